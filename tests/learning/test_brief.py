from __future__ import annotations

from datetime import date

from bounceback.domain.learning import Feedback, Interview, InterviewQuestion
from bounceback.domain.models import Application, Company, Contact
from bounceback.domain.vocabulary import ContactRole, Outcome, Stage
from bounceback.learning.brief import EXPECTATIONS, build_brief
from bounceback.learning.lessons import new_lesson
from bounceback.learning.practice import new_card

TODAY = date(2026, 11, 25)
TARGET = Application("Brindle", "Data Analyst", id=1, stage=Stage.INTERVIEWING)
PAST = Application("Quillon", "Senior Data Analyst", id=2, outcome=Outcome.REJECTED)
UNRELATED = Application("Foxglove", "Nurse", id=3, outcome=Outcome.REJECTED)
COMPANIES = {
    "Brindle": Company("Brindle", size="startup"),
    "Quillon": Company("Quillon", size="startup"),
}


def brief():
    interviews = [
        Interview(
            2, date(2026, 10, 1), questions=[InterviewQuestion("Explain a p-value", rating=1)]
        ),
        Interview(
            1, date(2026, 11, 20), round=1, questions=[InterviewQuestion("Why us?", rating=4)]
        ),
    ]
    lessons = [
        new_lesson("Bring numbers for impact.", TODAY, ["stage:interviewing"]),
        new_lesson("Ask for the range early.", TODAY, ["stage:screening"]),
    ]
    feedback = [
        Feedback(2, date(2026, 10, 10), "Statistics answers were thin."),
        Feedback(3, date(2026, 10, 10), "Needed a prescribing qualification."),
    ]
    return build_brief(
        TARGET,
        [Contact("Ana", role=ContactRole.HIRING_MANAGER)],
        interviews,
        lessons,
        [new_card("Explain a p-value", TODAY), new_card("Later", date(2026, 12, 9))],
        applications=[TARGET, PAST, UNRELATED],
        feedback=feedback,
        companies=COMPANIES,
        today=TODAY,
    )


def test_brief_gathers_what_to_remember():
    b = brief()
    assert b.stage == Stage.INTERVIEWING
    assert [c.name for c in b.contacts] == ["Ana"]
    assert [i.round for i in b.rounds_so_far] == [1]
    assert [lesson.text for lesson in b.lessons] == ["Bring numbers for impact."]
    assert [c.question for c in b.cards_due] == ["Explain a p-value"]
    assert [w.question.question for w in b.struggled] == ["Explain a p-value"]


def test_feedback_from_similar_rejections_only():
    b = brief()
    assert [(s.application_id, s.text) for s in b.similar_feedback] == [
        (2, "Statistics answers were thin.")
    ]
    assert "data role" in b.similar_feedback[0].why_similar
    assert "startup" in b.similar_feedback[0].why_similar


def test_expectations_line_says_keep_applying_and_cites():
    assert "keep applying" in brief().expectations
    assert "CareerPlug" in EXPECTATIONS and "27 %" in EXPECTATIONS
