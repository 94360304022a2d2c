"""Applications through the service: add, find, edit, move, and the timeline they leave."""

from __future__ import annotations

import pytest

from bounceback.domain.errors import Ambiguous, Conflict, InvalidValue, NotFound
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import EventKind, Outcome, Source, Stage
from bounceback.services import Bounceback
from bounceback.services.applications import ApplicationQuery
from tests_now import day


def add(bb: Bounceback, company: str = "Acme Inc.", role: str = "Data Analyst", **kw) -> Application:  # type: ignore[no-untyped-def]
    return bb.applications.add(Application(company=company, role=role, **kw))


def test_add_defaults_to_applied_today_and_starts_a_timeline(bb: Bounceback) -> None:
    app = add(bb, source=Source.REFERRAL, tags=["Dream", "remote"])
    assert app.id is not None and app.stage == Stage.APPLIED and app.outcome is None
    assert app.date_applied == day(0)
    assert app.tags == ["dream", "remote"]
    events = bb.applications.timeline(app.id).events
    assert [e.kind for e in events] == [EventKind.CREATED]


def test_company_names_are_matched_loosely(bb: Bounceback) -> None:
    add(bb, "Acme Inc.")
    add(bb, "ACME", "Analyst II")
    companies = {a.company for a in bb.applications.list()}
    assert companies == {"Acme Inc."}


def test_move_keeps_furthest_stage_and_revives_a_ghosted_application(bb: Bounceback) -> None:
    app = add(bb)
    bb.applications.move(app.id, Stage.INTERVIEWING, on=day(0))
    back = bb.applications.move(app.id, Stage.SCREENING)
    assert back.stage == Stage.SCREENING and back.furthest_stage == Stage.INTERVIEWING
    bb.applications.edit(app.id, {"notes": "quiet for weeks"})
    from bounceback.storage.repos import applications as repo

    with bb.db.session() as s:
        repo.update(s, app.id, {"outcome": Outcome.GHOSTED})
    revived = bb.applications.move(app.id, Stage.INTERVIEWING)
    assert revived.outcome is None
    kinds = [e.kind for e in bb.applications.timeline(app.id).events]
    assert EventKind.REVIVED in kinds and kinds.count(EventKind.STAGE_CHANGED) == 3


def test_closed_application_cannot_move_and_nothing_is_written(bb: Bounceback) -> None:
    app = add(bb)
    bb.rejections.record(app.id)
    before = bb.applications.timeline(app.id).events
    with pytest.raises(Conflict):
        bb.applications.move(app.id, Stage.OFFER)
    assert bb.applications.timeline(app.id).events == before


def test_bad_fields_are_refused_with_the_field_named(bb: Bounceback) -> None:
    with pytest.raises(InvalidValue, match="excitement"):
        add(bb, excitement=9)
    with pytest.raises(InvalidValue, match="salary max"):
        add(bb, salary_min=50000, salary_max=40000)
    with pytest.raises(InvalidValue, match="company"):
        add(bb, company="  ")
    assert bb.applications.list() == []


def test_dates_in_the_wrong_order_are_refused(bb: Bounceback) -> None:
    app = add(bb, date_applied=day(-5))
    with pytest.raises(InvalidValue, match="before"):
        bb.applications.move(app.id, Stage.SCREENING, on=day(-24))
    assert bb.applications.get(app.id).stage == Stage.APPLIED


def test_resolve_by_number_company_or_role(bb: Bounceback) -> None:
    a = add(bb, "Northwind Health", "Data Analyst")
    b = add(bb, "Quayside Bank", "Operations Analyst")
    c = add(bb, "Quayside Bank", "Reporting Analyst")
    assert bb.applications.resolve(str(a.id)).id == a.id
    assert bb.applications.resolve(f"#{b.id}").id == b.id
    assert bb.applications.resolve("northwind").id == a.id
    assert bb.applications.resolve("quayside reporting").id == c.id
    with pytest.raises(Ambiguous) as many:
        bb.applications.resolve("quayside")
    assert len(many.value.candidates) == 2
    with pytest.raises(NotFound) as missing:
        bb.applications.resolve("Nortwind Helth Analyst")
    assert missing.value.suggestions and "Northwind" in missing.value.suggestions[0]
    with pytest.raises(NotFound):
        bb.applications.resolve("999")


def test_filters(demo_bb: Bounceback) -> None:
    everything = demo_bb.applications.list()
    assert len(everything) == 60
    rejected = demo_bb.applications.list(ApplicationQuery(stages=["rejected"]))
    assert rejected and all(a.outcome == Outcome.REJECTED for a in rejected)
    live = demo_bb.applications.list(ApplicationQuery(live_only=True))
    assert live and all(a.is_live for a in live)
    since = demo_bb.applications.list(ApplicationQuery(since=day(-24)))
    assert all(a.date_applied and a.date_applied >= day(-24) for a in since)
    quay = demo_bb.applications.list(ApplicationQuery(company="quay"))
    assert all("Quayside" in a.company for a in quay)


def test_demo_has_every_stage_and_outcome(demo_bb: Bounceback) -> None:
    apps = demo_bb.applications.list()
    assert {a.furthest_stage for a in apps} == set(Stage)
    assert {a.outcome for a in apps} == {None, *Outcome}
    rejections = demo_bb.rejections.list()
    assert {r.stage_reached for r in rejections} >= {Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING}
    assert len({r.primary_reason for r in rejections}) >= 6
    assert demo_bb.contacts.list() and demo_bb.tasks.list(include_done=True)


def test_reasons_for_a_rejection_that_does_not_exist(bb: Bounceback) -> None:
    from bounceback.domain.models import RejectionReasonEntry

    with pytest.raises(NotFound, match="no rejection #999"):
        bb.rejections.set_reasons(999, [RejectionReasonEntry(reason="skill_gap")])
