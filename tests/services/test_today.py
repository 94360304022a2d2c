"""`today` gathers every capability; during a recovery window it stays gentle."""

from __future__ import annotations

from datetime import timedelta

from bounceback.domain.models import Application
from bounceback.services import Bounceback
from tests_now import NOW


def test_today_has_sections_from_several_capabilities(demo_bb: Bounceback) -> None:
    sections = demo_bb.today(NOW.date() + timedelta(days=30))
    keys = {s.key for s in sections}
    assert {"plan", "tasks"} <= keys
    assert [s.order for s in sections] == sorted(s.order for s in sections)


def test_nothing_pushy_while_a_recovery_window_is_open(bb: Bounceback) -> None:
    for n in range(2):
        bb.applications.add(Application(company=f"Quiet {n}", role="Analyst", date_applied=NOW.date() - timedelta(days=40)))
    dream = bb.applications.add(Application(company="Dream Co", role="Analyst", excitement=5))
    before = {s.key for s in bb.today(NOW.date())}
    assert "pipeline" in before  # a thin pipeline, silent applications: warnings
    bb.rejections.record(dream.id, on=NOW.date())
    during = bb.today(NOW.date())
    assert "pipeline" not in {s.key for s in during}
    assert any(s.tone == "gentle" for s in during)
    after = bb.today(NOW.date() + timedelta(days=20))
    assert "pipeline" in {s.key for s in after}
