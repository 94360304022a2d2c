"""A rejection recorded with its reasons makes the practice cards it calls for from its own
application's interviews and the deck (storage/core_practice.for_rejection, round 22), not from
a catch-up over every interview and rejection: after each such rejection, on the lean path and
the ORM's, the catch-up (`core_practice.sync`) finds nothing left to add."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import text

from bounceback.domain.learning import Interview, InterviewQuestion
from bounceback.domain.models import Application, RejectionReasonEntry
from bounceback.domain.vocabulary import ReasonSource
from bounceback.services import Bounceback
from bounceback.storage import core_practice
from conftest import NOW

DAY = NOW.date() - timedelta(days=2)


def _why(*names: str) -> list[RejectionReasonEntry]:
    return [RejectionReasonEntry(reason=n, source=ReasonSource.USER, primary=i == 0)
            for i, n in enumerate(names)]


def _deck(bb: Bounceback) -> list[tuple[str, str, int | None]]:
    with bb.db.session() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT question, origin, application_id FROM practice_cards ORDER BY id"))]


def _nothing_left(bb: Bounceback) -> None:
    with bb.db.session() as s:
        assert core_practice.sync(s, NOW.date()) == []
        s.rollback()


def _interviewed(bb: Bounceback, company: str, questions: list[tuple[str, int | None]]) -> int:
    app = bb.applications.add(Application(company=company, role="Analyst",
                                          date_applied=DAY - timedelta(days=20)))
    assert app.id is not None
    bb.learning.log_interview(Interview(application_id=app.id, held_on=DAY - timedelta(days=5),
                                        questions=[InterviewQuestion(q, rating=r)
                                                   for q, r in questions]))
    return app.id


def test_a_rejection_adds_its_cards_and_leaves_nothing_to_catch_up(demo_bb: Bounceback) -> None:
    bb = demo_bb
    _nothing_left(bb)  # the demo as built: caught up
    before = _deck(bb)
    asked = [("Walk me through a data model you designed", 4),
             ("Why do manhole covers stay round when moved?", 2),  # weak: carded when logged
             ("Tell me about a conflict with a colleague", None)]
    sides: list[tuple[Any, int]] = [
        (bb.lean_reject.reject, _interviewed(bb, "Lean Co", asked)),
        (bb.recovery.reject, _interviewed(bb, "Orm Co", asked)),
    ]
    after_interviews = _deck(bb)
    assert ("Why do manhole covers stay round when moved?", "weak_answer",
            sides[0][1]) in after_interviews
    for reject, app_id in sides:
        flow = reject(app_id, on=DAY, reasons=_why("fit", "interview performance"))
        assert [e.reason for e in flow.rejection.reasons] == ["fit", "interview_performance"]
        _nothing_left(bb)
    added = _deck(bb)[len(after_interviews):]
    # the lean side's questions that the deck lacked; the ORM side's are all in the deck by then
    assert added == [("Walk me through a data model you designed", "rejection", sides[0][1]),
                     ("Tell me about a conflict with a colleague", "rejection", sides[0][1])]
    assert len(after_interviews) == len(before) + 1  # the weak answer, once for both sides


def test_other_reasons_and_new_applications_add_no_cards(demo_bb: Bounceback) -> None:
    bb = demo_bb
    app_id = _interviewed(bb, "Other Co", [("Describe your last project", 4)])
    deck = _deck(bb)
    bb.lean_reject.reject(app_id, on=DAY, reasons=_why("fit", "compensation"))
    bb.lean_reject.reject(None, new_application=Application(company="New Co", role="Clerk"),
                          reasons=_why("interview_performance"))
    assert _deck(bb) == deck
    _nothing_left(bb)
