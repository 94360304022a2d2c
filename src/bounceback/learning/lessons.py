"""Lessons: tagged notes to self, matched to the next interview, and suggested from patterns."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from bounceback.domain.errors import InvalidValue
from bounceback.domain.learning import Lesson
from bounceback.domain.vocabulary import Stage
from bounceback.learning.patterns import PatternReport
from bounceback.learning.reasons import reason_label

TAG_KINDS = ("stage", "company", "skill", "reason", "type")
_TAG = re.compile(r"^[a-z0-9][a-z0-9_+#./-]{0,39}$")


def parse_tag(value: str) -> str:
    """A tag as stored: `kind:value` (stage:interviewing, company:startup, skill:sql) or a word."""
    raw = value.strip().lower()
    kind, _, rest = raw.partition(":")
    if not rest:
        kind, rest = "", kind
    rest = re.sub(r"\s+", "_", rest.strip())
    if kind and kind not in TAG_KINDS:
        raise InvalidValue(
            f"tag {value!r} has an unknown kind {kind!r}; use one of: {', '.join(TAG_KINDS)} "
            "(for example stage:interviewing, company:startup, skill:sql), or a plain word"
        )
    if kind == "stage" and rest not in {s.value for s in Stage}:
        raise InvalidValue(
            f"tag {value!r}: unknown stage; choose one of: {', '.join(s.value for s in Stage)}"
        )
    if not _TAG.match(rest):
        raise InvalidValue(f"tag {value!r} is not usable; use letters, digits, - or _")
    return f"{kind}:{rest}" if kind else rest


def parse_tags(values: Iterable[str]) -> list[str]:
    tags: list[str] = []
    for value in values:
        for part in value.split(","):
            if part.strip():
                tag = parse_tag(part)
                if tag not in tags:
                    tags.append(tag)
    return tags


def new_lesson(
    text: str, today: date, tags: Iterable[str] = (), application_id: int | None = None
) -> Lesson:
    if not text.strip():
        raise InvalidValue("a lesson needs some words; write what you want to remember")
    return Lesson(
        text=text.strip(), created_on=today, tags=parse_tags(tags), application_id=application_id
    )


@dataclass
class Context:
    """What the next interview is: its stage, the kind of company, the skills it asks for."""

    stage: Stage | None = None
    company_tags: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()

    def tags(self) -> set[str]:
        found = {f"company:{c.lower()}" for c in self.company_tags if c}
        found |= {f"skill:{s.lower()}" for s in self.skills if s}
        if self.stage is not None:
            found.add(f"stage:{self.stage.value}")
        return found


def relevance(lesson: Lesson, context: Context) -> int:
    """How well a lesson fits: 2 per matching tag; an untagged lesson fits everywhere a little.

    A lesson tagged for a different stage does not fit at all.
    """
    wanted = context.tags()
    stages = [t for t in lesson.tags if t.startswith("stage:")]
    if context.stage is not None and stages and f"stage:{context.stage.value}" not in stages:
        return 0
    typed = [t for t in lesson.tags if ":" in t]
    if not typed:
        return 1
    return 2 * len(wanted.intersection(typed)) + (1 if not stages else 0)


def lessons_for(lessons: Sequence[Lesson], context: Context, limit: int = 5) -> list[Lesson]:
    """The lessons that fit the context, best first, newest first among equals."""
    scored = [(relevance(lesson, context), lesson) for lesson in lessons]
    scored = [(s, lesson) for s, lesson in scored if s > 0]
    scored.sort(key=lambda sl: (-sl[0], -sl[1].created_on.toordinal()))
    return [lesson for _, lesson in scored[:limit]]


def suggest_lessons(report: PatternReport, existing: Sequence[Lesson], today: date) -> list[Lesson]:
    """Lessons the patterns point to, not already written; the user keeps or drops them."""
    have = {lesson.text.lower() for lesson in existing}
    ideas: list[Lesson] = []
    for q in report.repeated_questions:
        ideas.append(
            Lesson(
                f"Prepare a STAR answer for {q.question!r}: it was hard {q.times} times.",
                today,
                tags=["stage:interviewing"],
                suggested=True,
            )
        )
    advice = {
        "interview_performance": (
            "Rehearse answers out loud before interviews, with one concrete example each.",
            "stage:interviewing",
        ),
        "skill_gap": (
            "Note the skills named in rejections and plan one to build.",
            "stage:applied",
        ),
        "experience_level": (
            "Check the seniority a posting asks for before applying; aim at the level you fit.",
            "stage:applied",
        ),
        "assessment_result": (
            "Practise timed exercises before the next assessment.",
            "stage:screening",
        ),
        "compensation": (
            "Ask for the salary range early, in the first call.",
            "stage:screening",
        ),
        "logistics": (
            "Check location, visa and start-date conditions before applying.",
            "stage:applied",
        ),
    }
    for tally in report.by_reason:
        if tally.pattern and tally.key in advice:
            text, tag = advice[tally.key]
            reason = reason_label(tally.key).lower()
            ideas.append(
                Lesson(
                    f"{text} ({reason}: {tally.text()} rejections)",
                    today,
                    tags=[tag],
                    suggested=True,
                )
            )
    for tally in report.by_stage:
        if tally.pattern and tally.key in ("screening", "applied"):
            ideas.append(
                Lesson(
                    f"Most rejections come at {tally.key} ({tally.text()}): tailor the CV and the "
                    "first call to the posting.",
                    today,
                    tags=[f"stage:{tally.key}"],
                    suggested=True,
                )
            )
    return [i for i in ideas if i.text.lower() not in have]
