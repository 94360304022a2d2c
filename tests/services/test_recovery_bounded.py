"""Recovery's reads bounded by what they show (round 13), on SQLite and PostgreSQL: `today`'s
windows, and the resilience trends from the records' totals by day."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from bounceback.domain.models import Application
from bounceback.domain.recovery import CheckIn
from bounceback.domain.vocabulary import Stage
from bounceback.recovery import wallowing, window
from bounceback.services import Bounceback
from bounceback.services import recovery_reads as rr
from bounceback.services.recovery import CheckInDraft
from bounceback.storage.readmodel import days, learning_queries
from bounceback.storage.readmodel import recovery_queries as q
from tests_now import NOW, TODAY, day


def _reject_many(bb: Bounceback, n: int, every: int = 1) -> list[int]:
    """`n` rejections, one every `every` days back from yesterday, windows of 1 to 6 days, a
    few closed early."""
    ids = []
    for i in range(n):
        app = bb.applications.add(Application(company=f"Firm {i}", role="Data analyst",
                                              date_applied=day(-60 - i)))
        flow = bb.recovery.reject(app.id, on=day(-1 - every * i), window_days=1 + i % 6)
        ids.append(flow.rejection.id)
        if i % 7 == 3:
            bb.recovery.end_window(flow.rejection.id)
    return ids


def _everything(bb: Bounceback, on: date) -> list[rr.Placed]:
    """Every window `today` used to read: all those starting in its weeks (the reference)."""
    prefs = bb.preferences()
    back = window.WINDOW_MAX_DAYS + prefs.wallowing_days_past_window + 1
    with bb.db.reader() as r:
        latest = q.latest_window_start(r, on)
        first = on - timedelta(days=back)
        if latest is not None:
            first = min(first, latest - timedelta(days=window.WINDOW_MAX_DAYS + 1))
        return rr.windows_since(r, first, on, prefs.recovery_window_days)


def test_today_reads_only_the_windows_it_shows_and_the_answers_stay(bb: Bounceback) -> None:
    """Of 36 windows started in the last weeks, `today` reads the open ones, those ended
    in the wallowing days and the last to end (it read all 36), and on every day of the
    weeks after its open windows, the ones just ended, the plan's window, the wallowing
    nudge and "in a window" are what every window gives."""
    _reject_many(bb, 36)
    prefs = bb.preferences()
    for back in (0, 3, 9, 20, 45):
        on = TODAY + timedelta(days=back)
        with bb.db.reader() as r:
            read = rr.recent_windows(r, on, prefs)
            status = rr.build_status(r, on, prefs, with_resilience=False)
            inside = rr.in_window(r, on, prefs)
        every = _everything(bb, on)
        if back == 0:
            assert len(every) == 36 and len(read) < 15
        windows = [p.window for p in every]
        assert {w.rejection_id for w in window.open_windows(windows, on)} == {
            v.rejection_id for v in status.open}
        assert inside == any(w.is_open(on) for w in windows)
        assert {w.rejection_id for w in window.just_ended(windows, on, prefs.wallowing_days_past_window)
                if not status.open} == {v.rejection_id for v in status.ended}
        last = wallowing._last_ended(windows, on)
        kept = wallowing._last_ended([p.window for p in read], on)
        assert (last and wallowing._end(last)) == (kept and wallowing._end(kept))


def test_the_wallowing_nudge_still_finds_the_last_window_long_after(bb: Bounceback) -> None:
    """Weeks after the last window ended, with low check-ins since, the nudge names it: the
    last to end is read though it ended long before the days `today` reads in full."""
    ids = _reject_many(bb, 12, every=2)
    later = TODAY + timedelta(days=25)
    then = Bounceback(bb.settings, clock=lambda: NOW + timedelta(days=20))
    then.recovery.check_in(CheckInDraft(1))
    status = Bounceback(bb.settings, clock=lambda: NOW + timedelta(days=25)).recovery.status()
    assert status.nudge is not None
    every = [p.window for p in _everything(bb, later)]
    last = wallowing._last_ended(every, later)
    assert last is not None and status.nudge.rejection_id == last.rejection_id
    assert last.rejection_id in ids
    then.close()


def _kept_by_day(bb: Bounceback) -> dict[tuple[str, date], int]:
    with bb.db.reader() as r:
        names, params = r.in_list("n", list(days.RECORDS))
        return {(n, as_day): int(v) for n, d, v in r.all(
            f"SELECT name, day, value FROM rm_days WHERE name IN {names}", **params)
            for as_day in [date.fromisoformat(str(d)[:10])]}


def _counted(bb: Bounceback) -> dict[tuple[str, date], int]:
    """The records' totals by day, counted from the records themselves."""
    out: dict[tuple[str, date], int] = {}
    with bb.db.reader() as r:
        for received, mood, nxt in r.all(
                "SELECT received_on, mood_days, next_days FROM rm_rejections"):
            on = date.fromisoformat(str(received)[:10])
            for name, value in ((days.R_N, 1), (days.R_MOOD_N, mood is not None),
                                (days.R_MOOD_SUM, mood or 0), (days.R_NEXT_N, nxt is not None),
                                (days.R_NEXT_SUM, nxt or 0)):
                if value:
                    out[name, on] = out.get((name, on), 0) + int(value)
    return out


def test_the_records_totals_by_day_follow_every_write_and_give_the_trends(bb: Bounceback) -> None:
    """Rejections, check-ins that bring mood back, a later application and a deleted one move
    the records' days to recover: the totals by day the trends read equal the records summed
    after each, and the trends equal the halves averaged over the records; the delays counted
    by stage and days equal the records', and the patterns' medians from them equal the
    medians read from the records."""
    checks = []
    delays: list[Any] = []

    def agree() -> None:
        assert _kept_by_day(bb) == _counted(bb)
        with bb.db.reader() as r:
            total, means = q.trends(r)
            assert total == q.resilience_records(r, None)[0]
            for column in ("mood_days", "next_days"):
                alone = q.trend_means(r, column)
                got = means[column]
                assert (got is None) == (alone is None)
                if got and alone:
                    assert abs(got[0] - alone[0]) < 1e-9 and abs(got[1] - alone[1]) < 1e-9
            checks.append(means)
            kept = {key: int(v) for key, v in r.all(
                "SELECT key, value FROM rm_tallies WHERE name = :name", name=days.DELAY)}
            counted: dict[str, int] = {}
            for stage, late in r.all("SELECT stage_reached, delay_days FROM rm_rejections "
                                     "WHERE delay_days IS NOT NULL"):
                counted[f"{stage}|{late}"] = counted.get(f"{stage}|{late}", 0) + 1
            assert kept == counted
            assert learning_queries.delays_from(kept) == learning_queries.delays(r)
            delays.append(learning_queries.delays_from(kept))

    apps = []
    for i in range(9):
        stage = (Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING)[i % 3]
        app = bb.applications.add(Application(company=f"Co {i}", role="Analyst", stage=stage,
                                              date_applied=day(-80 + 3 * i)))
        apps.append(app)
        bb.recovery.reject(app.id, on=day(-50 + 4 * i - (i % 2)))
        agree()
    with bb.db.session() as s:
        from bounceback.storage.repos import recovery as recovery_repo

        for k in (-47, -38, -30, -21, -9):
            recovery_repo.add_check_in(s, CheckIn(mood=4, recorded_at=NOW + timedelta(days=k)))
    agree()
    bb.applications.add(Application(company="Later", role="Analyst", date_applied=day(-33)))
    agree()
    bb.applications.delete(apps[3].id)
    agree()
    assert checks[-1]["mood_days"] is not None and checks[-1]["next_days"] is not None
    assert len(delays[-1]) == 4  # in all, and of each stage reached
