"""What a person's service keeps between requests, beyond what test_kept_by_stamp.py covers:
the outlook (Today and the Outlook page each worked it out on every view) and the reasons the
classifier suggests for a rejection (its application's page, every view). Each is kept under
everything it is worked out from, so a change, in this process or another, shows on the very
next request, and what is kept is what working it out again gives. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bounceback.config import Settings
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from bounceback.learning.classifier import ReasonModel
from bounceback.pipeline import outlook as estimator
from bounceback.services import OUTLOOKS_KEPT, Bounceback
from kept_probes import elsewhere, rejected
from tests_now import NOW, TODAY


def counted(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """How often `owner.name` is called from now on (it still does its work)."""
    calls: list[int] = []
    real = getattr(owner, name)

    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


def search(bb: Bounceback) -> list[Application]:
    """A few applications waiting at different stages: an outlook with something to say."""
    made = []
    for n, stage in enumerate([Stage.APPLIED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING]):
        app = bb.applications.add(Application(company=f"Firm {n}", role="Data Analyst",
                                              date_applied=TODAY - timedelta(days=20 + n)))
        if stage is not Stage.APPLIED:
            bb.applications.move(app.id, stage, on=TODAY - timedelta(days=10))
        made.append(app)
    return made


def test_the_outlook_is_worked_out_once_per_change(
        bb: Bounceback, db_url: str, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    apps = search(bb)
    runs = counted(monkeypatch, estimator, "outlook_from")
    first = bb.views.report()
    bb.today()  # Today shows the outlook's warnings: the same outlook
    again = bb.views.report()
    assert len(runs) == 1
    assert again == first
    # What is kept is what working it out afresh gives (another service keeps nothing yet).
    fresh = Bounceback(Settings(database_url=db_url, home=home), clock=lambda: NOW)
    try:
        assert fresh.views.report() == first
    finally:
        fresh.close()
    assert len(runs) == 2

    # A change in this process: worked out again, and it shows.
    bb.applications.move(apps[0].id, Stage.INTERVIEWING, on=TODAY)
    moved = bb.views.report()
    assert len(runs) == 3
    assert moved != first

    # A change made by another process shows on the very next request too.
    elsewhere(db_url, home, "add", "Firm 9", "Analyst", "--applied", TODAY.isoformat())
    after = bb.views.report()
    assert len(runs) == 4
    assert after.outlook.live_count == moved.outlook.live_count + 1


def test_another_day_or_target_is_worked_out_for_itself(
        bb: Bounceback, monkeypatch: pytest.MonkeyPatch) -> None:
    search(bb)
    runs = counted(monkeypatch, estimator, "outlook_from")
    today = bb.views.outlook()
    later = bb.views.outlook(on=TODAY + timedelta(days=30))
    assert len(runs) == 2
    assert later.as_of == TODAY + timedelta(days=30) and today.as_of == TODAY
    assert later.chance != today.chance  # a month more of silence lowers the chance
    assert bb.views.outlook(target=0.5).target == 0.5
    assert len(runs) == 3
    assert bb.views.outlook() == today
    assert len(runs) == 3  # today's, kept


def test_a_rejection_s_suggestions_are_worked_out_once_per_model(
        bb: Bounceback, db_url: str, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = rejected(bb)
    runs = counted(monkeypatch, ReasonModel, "suggest")
    first = bb.learning.review_reasons(app.id)
    assert first.suggestions[0].reason == "internal_candidate"
    again = bb.learning.review_reasons(app.id)
    assert again.suggestions == first.suggestions
    assert len(runs) == 1

    # A caller changing what it was given does not change what the next request gets.
    again.suggestions[0].phrases.clear()
    again.suggestions.clear()
    assert bb.learning.review_reasons(app.id).suggestions == first.suggestions

    # A label written by another process is a new model: the suggestions follow it.
    elsewhere(db_url, home, "reasons", str(app.id), "--set", "custom:budget_politics")
    after = bb.learning.review_reasons(app.id)
    assert len(runs) == 2
    assert "custom:budget_politics" in [s.reason for s in after.suggestions]


def test_the_outlook_read_most_stays_kept_when_the_store_fills(
        bb: Bounceback, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full store forgets the outlook read longest ago, never all of them: today's, read
    between every other day's, is worked out once however many days are looked at (a store
    that cleared itself when full worked today's out again each time it filled)."""
    search(bb)
    runs = counted(monkeypatch, estimator, "outlook_from")
    today = bb.views.outlook()
    others = 2 * OUTLOOKS_KEPT
    for n in range(1, others + 1):
        bb.views.outlook(on=TODAY + timedelta(days=n))
        assert bb.views.outlook() == today
    assert len(runs) == 1 + others
    assert len(bb.outlooks_kept) == OUTLOOKS_KEPT
