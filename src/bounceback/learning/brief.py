"""The pre-interview brief: who, what to remember, what to practise, and expectations in check."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from bounceback.domain.learning import Feedback, Interview, Lesson, PracticeCard
from bounceback.domain.models import Application, Company, Contact, Rejection
from bounceback.domain.vocabulary import Stage
from bounceback.learning.families import role_family
from bounceback.learning.interviews import WeakAnswer, weak_answers
from bounceback.learning.lessons import Context, lessons_for
from bounceback.learning.practice import due_cards, same_question

EXPECTATIONS = (
    "Go in prepared and keep applying meanwhile: even after a good interview, about 27 % of "
    "interviews lead to a hire (CareerPlug Recruiting Metrics Report 2025). One interview is one "
    "chance among several, not the only one."
)


# Reasons that say nothing about the candidate: their emails teach nothing for the next interview.
NOTHING_TO_LEARN = (
    None,
    "not_specified",
    "stronger_candidates",
    "internal_candidate",
    "position_closed",
)


@dataclass
class SimilarFeedback:
    application_id: int
    title: str
    text: str
    why_similar: str
    source: str = "feedback"


@dataclass
class Brief:
    application: Application
    stage: Stage
    contacts: list[Contact]
    rounds_so_far: list[Interview]
    lessons: list[Lesson]
    cards_due: list[PracticeCard]
    struggled: list[WeakAnswer]
    similar_feedback: list[SimilarFeedback] = field(default_factory=list)
    expectations: str = EXPECTATIONS


def company_tags(application: Application, companies: Mapping[str, Company]) -> tuple[str, ...]:
    """The kind of company, as lesson tags understand it: size and industry when known."""
    company = companies.get(application.company)
    if company is None:
        return ()
    return tuple(t for t in (company.size, company.industry) if t)


def _similar(
    application: Application,
    applications: Mapping[int, Application],
    feedback: Sequence[Feedback],
    rejections: Sequence[Rejection],
    companies: Mapping[str, Company],
    limit: int,
) -> list[SimilarFeedback]:
    family = role_family(application.role)
    kind = set(company_tags(application, companies))
    texts: dict[int, list[tuple[str, str]]] = {}
    for f in feedback:
        texts.setdefault(f.application_id, []).append((f.text, "feedback"))
    for r in rejections:
        if r.text and r.application_id not in texts and r.primary_reason not in NOTHING_TO_LEARN:
            texts.setdefault(r.application_id, []).append((r.text, "email"))
    found: list[SimilarFeedback] = []
    for app_id, items in texts.items():
        other = applications.get(app_id)
        if other is None or other.id == application.id:
            continue
        reasons = []
        if role_family(other.role) == family and family != "other":
            reasons.append(f"also a {family} role")
        shared = kind & set(company_tags(other, companies))
        if shared:
            reasons.append("same kind of company (" + ", ".join(sorted(shared)) + ")")
        if reasons:
            for text, source in items:
                found.append(SimilarFeedback(app_id, other.title, text, "; ".join(reasons), source))
    found.sort(key=lambda s: -len(s.why_similar))
    return found[:limit]


def _distinct(answers: Sequence[WeakAnswer]) -> list[WeakAnswer]:
    """One line per question, however often it was hard: the most recent time."""
    kept: list[WeakAnswer] = []
    for answer in answers:
        if not any(same_question(answer.question.question, k.question.question) for k in kept):
            kept.append(answer)
    return kept


def build_brief(
    application: Application,
    contacts: Sequence[Contact],
    interviews: Sequence[Interview],
    lessons: Sequence[Lesson],
    cards: Sequence[PracticeCard],
    applications: Sequence[Application] = (),
    feedback: Sequence[Feedback] = (),
    rejections: Sequence[Rejection] = (),
    companies: Mapping[str, Company] | None = None,
    skills: Sequence[str] = (),
    *,
    today: date,
) -> Brief:
    """Everything worth reading in the ten minutes before an interview for `application`."""
    companies = companies or {}
    stage = application.stage if application.outcome is None else application.furthest_stage
    if stage.rank < Stage.SCREENING.rank:
        stage = Stage.SCREENING
    context = Context(stage, company_tags(application, companies), tuple(skills))
    own_rounds = sorted(
        (i for i in interviews if i.application_id == application.id), key=lambda i: i.held_on
    )
    by_id = {a.id: a for a in applications if a.id is not None}
    return Brief(
        application=application,
        stage=stage,
        contacts=list(contacts),
        rounds_so_far=own_rounds,
        lessons=lessons_for(lessons, context),
        cards_due=due_cards(cards, today, limit=5),
        struggled=_distinct(weak_answers([i for i in interviews if i.held_on <= today]))[:5],
        similar_feedback=_similar(application, by_id, feedback, rejections, companies, 3),
    )
