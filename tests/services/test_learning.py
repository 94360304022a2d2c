"""The learning part through the service, on SQLite and PostgreSQL."""

from __future__ import annotations

import email
from datetime import timedelta
from email import policy

import pytest

from bounceback.domain.errors import Conflict, InvalidValue, NotFound
from bounceback.domain.learning import FeedbackStatus, Interview, InterviewQuestion, Tone
from bounceback.domain.models import Application, Contact
from bounceback.domain.vocabulary import ContactRole, EventKind, InterviewType, ReasonSource, Stage
from bounceback.services import Bounceback
from tests_now import TODAY

TEMPLATE = (
    "Thank you for interviewing. We wanted to let you know that the position has been filled by "
    "an internal candidate."
)


def rejected(
    bb: Bounceback,
    company: str = "Larkspur",
    role: str = "Data Analyst",
    stage: Stage = Stage.INTERVIEWING,
    text: str = TEMPLATE,
    **kw,
) -> Application:  # type: ignore[no-untyped-def]
    app = bb.applications.add(
        Application(company=company, role=role, date_applied=TODAY - timedelta(days=30), **kw)
    )
    bb.applications.move(app.id, stage, on=TODAY - timedelta(days=20))
    bb.rejections.record(app.id, on=TODAY - timedelta(days=3), text=text)
    return bb.applications.get(app.id)


def test_feedback_request_goes_to_the_hiring_manager_with_one_follow_up(bb: Bounceback) -> None:
    app = rejected(bb)
    bb.contacts.add(
        Contact(
            "Ana Ruiz",
            role=ContactRole.HIRING_MANAGER,
            email="ana@lark.test",
            application_ids=[app.id],
        )
    )
    result = bb.learning.request_feedback(app.id, tone=Tone.FORMAL, sent=True)
    assert result.recorded and result.draft.to_email == "ana@lark.test" and not result.draft.placeholder
    assert result.request.follow_up_due == TODAY + timedelta(days=7)
    assert result.mailto.startswith("mailto:ana@lark.test?subject=")
    assert "71 %" in result.silence_note
    message = email.message_from_bytes(bb.learning.eml(result), policy=policy.default)
    assert message["To"] == "Ana Ruiz <ana@lark.test>"
    again = bb.learning.request_feedback(app.id)
    assert again.already_requested and again.request.id == result.request.id
    assert len(bb.learning.feedback_overview().requests) == 1
    kinds = [e.kind for e in bb.applications.timeline(app.id).events]
    assert kinds.count(EventKind.FEEDBACK_REQUESTED) == 1


def test_a_draft_is_not_a_request_until_it_is_sent(bb: Bounceback) -> None:
    app = rejected(bb)
    draft = bb.learning.request_feedback(app.id)
    assert not draft.recorded and draft.request.id is None
    assert bb.learning.feedback_overview().requests == []
    assert EventKind.FEEDBACK_REQUESTED not in [e.kind for e in bb.applications.timeline(app.id).events]
    sent = bb.learning.request_feedback(app.id, sent=True)
    assert sent.recorded and len(bb.learning.feedback_overview().requests) == 1
    asked = [e for e in bb.applications.timeline(app.id).events
             if e.kind == EventKind.FEEDBACK_REQUESTED]
    # No contact saved: the draft had a placeholder, and the timeline does not repeat it.
    assert [e.summary for e in asked] == ["Asked for feedback"]
    assert asked[0].occurred_at == bb.clock()


def test_request_without_contact_uses_a_placeholder(bb: Bounceback) -> None:
    app = rejected(bb)
    result = bb.learning.request_feedback(app.id)
    assert result.draft.placeholder and result.request.placeholder
    assert "[name of the interviewer or hiring manager]" in result.text
    assert result.draft.notes


def test_follow_up_is_due_then_allowed_once(bb: Bounceback) -> None:
    app = rejected(bb)
    bb.learning.request_feedback(app.id, to_name="Ana Ruiz", to_email="ana@lark.test", sent=True)
    later = Bounceback(bb.settings, clock=lambda: bb.clock() + timedelta(days=7))
    try:
        due = later.learning.feedback_overview().follow_ups_due
        assert [r.recipient_name for r in due] == ["Ana Ruiz"]
        assert any(s.key == "learning" for s in later.today())
        request, draft = later.learning.follow_up(app.id)
        assert request.status == FeedbackStatus.FOLLOWED_UP and "Ana" in draft.body
        with pytest.raises(Conflict, match="enough"):
            later.learning.follow_up(app.id)
        assert later.learning.feedback_overview().follow_ups_due == []
    finally:
        later.close()


def test_feedback_answers_the_request_and_adds_reasons_and_a_label(bb: Bounceback) -> None:
    app = rejected(bb)
    bb.learning.request_feedback(app.id, sent=True)
    saved = bb.learning.add_feedback(
        app.id, "You needed deeper SQL.", primary="skill_gap", others=["interview performance"]
    )
    assert [e.reason for e in saved.reasons] == ["skill_gap", "interview_performance"]
    overview = bb.learning.feedback_overview()
    assert (overview.asked, overview.answered) == (1, 1)
    assert overview.requests[0].status == FeedbackStatus.ANSWERED
    rejection = bb.rejections.for_application(app.id)
    assert rejection.primary_reason == "skill_gap"
    assert {e.source for e in rejection.reasons} == {ReasonSource.FEEDBACK}
    model, retrained = bb.learning.reason_model()
    assert retrained and bb.learning.model_path().exists()
    assert bb.learning.reason_model()[1] is False


def test_unknown_reason_lists_valid_ones(bb: Bounceback) -> None:
    app = rejected(bb)
    with pytest.raises(InvalidValue) as err:
        bb.learning.correct_reasons(app.id, "bad_luck")
    assert "skill_gap" in str(err.value) and "custom:NAME" in str(err.value)


def test_suggest_confirm_and_correct(bb: Bounceback) -> None:
    app = rejected(bb)
    review = bb.learning.review_reasons(app.id)
    assert review.suggestions[0].reason == "internal_candidate"
    assert review.suggestions[0].phrases and review.suggested_from == "email"
    confirmed = bb.learning.confirm_reasons(app.id)
    assert confirmed.primary_reason == "internal_candidate"
    assert confirmed.reasons[0].source == ReasonSource.EMAIL
    corrected = bb.learning.correct_reasons(app.id, "custom:budget_politics", ["position_closed"])
    assert [e.reason for e in corrected.reasons] == ["custom:budget_politics", "position_closed"]
    assert "custom:budget_politics" in bb.learning.valid_reasons()
    # the correction is training data now: the same text leans to the user's reason
    model, retrained = bb.learning.reason_model()
    assert retrained
    assert "custom:budget_politics" in [s.reason for s in model.suggest(TEMPLATE)]


def test_reasons_need_a_rejection(bb: Bounceback) -> None:
    app = bb.applications.add(Application(company="Acme", role="Dev"))
    with pytest.raises(NotFound, match="bounceback reject"):
        bb.learning.review_reasons(app.id)


def test_interview_log_numbers_rounds_and_makes_cards_of_weak_answers(bb: Bounceback) -> None:
    app = bb.applications.add(
        Application(company="Acme", role="Dev", date_applied=TODAY - timedelta(days=10))
    )
    first = bb.learning.log_interview(
        Interview(
            app.id,
            TODAY - timedelta(days=2),
            InterviewType.BEHAVIOURAL,
            interviewers=["Ana"],
            questions=[
                InterviewQuestion("Tell me about a conflict", "Vague story", 2),
                InterviewQuestion("Why us?", "", 4),
            ],
            rating=3,
            went_well="Rapport",
            do_differently="Use STAR",
        )
    )
    second = bb.learning.log_interview(Interview(app.id, TODAY, InterviewType.TECHNICAL))
    assert (first.round, second.round) == (1, 2)
    assert first.questions[0].answer_summary == "Vague story"
    deck = bb.learning.deck()
    assert [c.question for c in deck] == ["Tell me about a conflict"]
    card = bb.learning.review_card(deck[0].id, 4, "S: ... T: ... A: ... R: ...")
    assert card.box == 2 and card.due == TODAY + timedelta(days=3)
    assert card.best_answer.startswith("S:")
    assert bb.learning.due_cards() == []
    with pytest.raises(InvalidValue):
        bb.learning.log_interview(Interview(app.id, TODAY - timedelta(days=30)))


def test_interview_performance_rejection_turns_its_questions_into_cards(bb: Bounceback) -> None:
    app = rejected(bb, text="Your answers in the interview lacked depth.")
    bb.learning.log_interview(
        Interview(
            app.id,
            TODAY - timedelta(days=10),
            questions=[InterviewQuestion("Design a cache", rating=4)],
        )
    )
    assert bb.learning.deck() == []
    bb.learning.correct_reasons(app.id, "interview_performance")
    assert [c.question for c in bb.learning.deck()] == ["Design a cache"]


def test_user_cards_and_empty_deck(bb: Bounceback) -> None:
    assert bb.learning.deck() == [] and bb.learning.due_cards() == []
    card = bb.learning.add_card("What is your biggest weakness?", ["type:behavioural"])
    assert bb.learning.due_cards()[0].id == card.id


def test_lessons_patterns_and_brief(bb: Bounceback) -> None:
    for i in range(3):
        app = rejected(bb, company=f"Co{i}", text="Your answers in the interview were vague.")
        bb.learning.correct_reasons(app.id, "interview_performance")
    bb.learning.add_lesson("Bring numbers.", ["stage:interviewing", "skill:sql"])
    with pytest.raises(InvalidValue):
        bb.learning.add_lesson("x", ["mood:sad"])
    report = bb.learning.patterns()
    assert report.by_reason[0].key == "interview_performance" and report.by_reason[0].count == 3
    assert report.by_stage[0].pattern
    ideas = bb.learning.suggested_lessons()
    assert any("Rehearse" in i.text for i in ideas)
    assert [lesson.text for lesson in bb.learning.lessons("skill:sql")] == ["Bring numbers."]
    target = bb.applications.add(Application(company="Next", role="Data Analyst"))
    bb.applications.move(target.id, Stage.INTERVIEWING)
    brief = bb.learning.brief(target.id)
    assert [lesson.text for lesson in brief.lessons] == ["Bring numbers."]
    assert "keep applying" in brief.expectations


def test_demo_has_interviews_cards_feedback_and_a_brief(demo_bb: Bounceback) -> None:
    learning = demo_bb.learning
    assert learning.interviews() and learning.deck() and learning.lessons()
    overview = learning.feedback_overview()
    assert overview.asked >= 1 and overview.asked >= overview.answered
    live = [a for a in demo_bb.applications.list() if a.is_live and a.stage == Stage.INTERVIEWING]
    brief = learning.brief(live[0].id)
    assert brief.application.id == live[0].id and "keep applying" in brief.expectations
    questions = [w.question.question for w in brief.struggled]
    assert len(questions) == len(set(questions))
    report = learning.patterns()
    assert report.enough and report.by_company_size
