"""The pre-interview brief: who, what to remember, what to practise, and expectations in check."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from bounceback.domain.learning import Feedback, Interview, Lesson, PracticeCard
from bounceback.domain.models import Application, Company, Contact, Rejection
from bounceback.domain.vocabulary import Stage
from bounceback.learning.facts import NOTHING_TO_LEARN
from bounceback.learning.families import role_family
from bounceback.learning.interviews import WeakAnswer, weak_answers
from bounceback.learning.lessons import Context, lessons_for
from bounceback.learning.practice import due_cards, same_question

# NOTHING_TO_LEARN lives in learning/facts.py, which a write's read model imports without the
# brief's lessons, patterns and practice (rapidfuzz: round 18).

#: What a brief shows at most: practice cards due, questions found hard, similar feedback.
CARDS, STRUGGLED, SIMILAR = 5, 5, 3

EXPECTATIONS = (
    "Go in prepared and keep applying meanwhile: even after a good interview, about 27 % of "
    "interviews lead to a hire (CareerPlug Recruiting Metrics Report 2025). One interview is one "
    "chance among several, not the only one."
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


@dataclass(frozen=True)
class Learnable:
    """Another application with something to learn from: feedback, or an informative rejection
    email (`texts` of them), in reading order (feedback first)."""

    application_id: int
    title: str
    family: str  # the role family
    tags: tuple[str, ...]  # the company's size and industry, when known
    texts: int = 1


def learnables(
    applications: Mapping[int, Application],
    feedback: Sequence[Feedback],
    rejections: Sequence[Rejection],
    companies: Mapping[str, Company],
) -> tuple[list[Learnable], dict[int, list[tuple[str, str]]]]:
    """The applications with feedback or an informative rejection email, in reading order,
    and their texts (text, source)."""
    texts: dict[int, list[tuple[str, str]]] = {}
    for f in feedback:
        texts.setdefault(f.application_id, []).append((f.text, "feedback"))
    for r in rejections:
        if r.text and r.application_id not in texts and r.primary_reason not in NOTHING_TO_LEARN:
            texts.setdefault(r.application_id, []).append((r.text, "email"))
    found = []
    for app_id, items in texts.items():
        other = applications.get(app_id)
        if other is not None:
            found.append(Learnable(app_id, other.title, role_family(other.role),
                                   company_tags(other, companies), len(items)))
    return found, texts


def why_similar(family: str, kind: set[str], other: Learnable) -> str:
    """Why another application's lessons apply here ("" when they do not), for an application
    of this role family and kind of company."""
    reasons = []
    if other.family == family and family != "other":
        reasons.append(f"also a {family} role")
    shared = kind & set(other.tags)
    if shared:
        reasons.append("same kind of company (" + ", ".join(sorted(shared)) + ")")
    return "; ".join(reasons)


def most_similar(
    application: Application, kind: set[str], candidates: Sequence[Learnable], limit: int
) -> list[tuple[Learnable, int, str]]:
    """(candidate, which of its texts, why) of the `limit` closest, the most reasons first."""
    found = []
    family = role_family(application.role)
    for other in candidates:
        if other.application_id == application.id:
            continue
        why = why_similar(family, kind, other)
        if why:
            found += [(other, k, why) for k in range(other.texts)]
    found.sort(key=lambda entry: -len(entry[2]))
    return found[:limit]


def _similar(
    application: Application,
    applications: Mapping[int, Application],
    feedback: Sequence[Feedback],
    rejections: Sequence[Rejection],
    companies: Mapping[str, Company],
    limit: int,
) -> list[SimilarFeedback]:
    candidates, texts = learnables(applications, feedback, rejections, companies)
    kind = set(company_tags(application, companies))
    return [
        SimilarFeedback(other.application_id, other.title, texts[other.application_id][k][0],
                        why, source=texts[other.application_id][k][1])
        for other, k, why in most_similar(application, kind, candidates, limit)
    ]


def _distinct(answers: Sequence[WeakAnswer]) -> list[WeakAnswer]:
    """One line per question, however often it was hard: the most recent time (answers come
    most recent first; those of one day by wording)."""
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
        cards_due=due_cards(cards, today, limit=CARDS),
        struggled=_distinct(sorted(
            weak_answers([i for i in interviews if i.held_on <= today]),
            key=lambda w: (-w.interview.held_on.toordinal(), w.question.question),
        ))[:STRUGGLED],
        similar_feedback=_similar(application, by_id, feedback, rejections, companies, SIMILAR),
    )


def brief_stage(application: Application) -> Stage:
    """The stage the brief prepares for (a screen at least)."""
    stage = application.stage if application.outcome is None else application.furthest_stage
    return Stage.SCREENING if stage.rank < Stage.SCREENING.rank else stage


def distinct_wordings(wordings: Sequence[str], limit: int = STRUGGLED) -> list[str]:
    """The first wordings of different questions (same_question), up to `limit`."""
    kept: list[str] = []
    for text in wordings:
        if not any(same_question(text, k) for k in kept):
            kept.append(text)
            if len(kept) == limit:
                break
    return kept
