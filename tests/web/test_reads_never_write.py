"""Reading never writes: every GET route, opened over a lived-in search, leaves the database as it
was. The state is chosen so that each write seen before would happen: a ghosted application that
heard back, an interview_performance rejection with no practice card, support people to rotate,
a calendar feed never read."""

from __future__ import annotations

import re
from datetime import timedelta

from starlette.routing import Route

from bounceback.domain.learning import Interview, InterviewQuestion
from bounceback.domain.models import Event, RejectionReasonEntry
from bounceback.domain.vocabulary import EventKind, InterviewType, Outcome, Reason, ReasonSource
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import events as events_repo
from bounceback.storage.repos import interviews as interviews_repo
from bounceback.storage.repos import rejections as rejections_repo
from db_snapshot import changes, snapshot

# Query strings a page reads; each is opened as well as the bare address.
VARIANTS = {
    "/rejections/{rejection_id}": ["?step=reach-out", "?step=checkin", "?step=write", "?done=saved"],
    "/journal/write": ["?kind=self_compassion", "?rejection={rejection_id}&kind=expressive"],
    "/import": ["?kind=csv"],
    "/": ["?done=checkin"],
    "/board": ["?stage=applied"],
}


def _lived_in(bb) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The demo, plus the states that used to be "fixed" by the first read."""
    bb.data.build_demo("small")
    now = bb.clock()
    apps = bb.applications.list()
    live = [a for a in apps if a.is_live]
    with bb.db.session() as s:
        # A ghosted application whose answer arrived afterwards (written below the service,
        # as an old database or another process might have left it).
        ghost = live[0]
        apps_repo.update(s, ghost.id, {"outcome": Outcome.GHOSTED,
                                      "outcome_date": (now - timedelta(days=3)).date()})
        events_repo.add(s, Event(application_id=ghost.id, kind=EventKind.GHOSTED,
                                 occurred_at=now - timedelta(days=3), summary="ghosted"))
        events_repo.add(s, Event(application_id=ghost.id, kind=EventKind.EMAIL_RECEIVED,
                                 occurred_at=now - timedelta(days=1), summary="They wrote",
                                 details={"email_kind": "interview_request"}))
        # A rejection for the interview, with no practice card made for it yet.
        target = live[1]
        interviews_repo.add_interview(s, Interview(
            target.id, now.date() - timedelta(days=2), InterviewType.BEHAVIOURAL,
            questions=[InterviewQuestion("Describe a project you are proud of", rating=4)]))
        rejection = bb.rejections.record(target.id)
        rejections_repo.set_reasons(s, rejection.id, [RejectionReasonEntry(
            Reason.INTERVIEW_PERFORMANCE.value, primary=True, source=ReasonSource.USER)])
    bb.recovery.add_person("Ana", reach="ana@example.org")
    bb.recovery.add_person("Ben", reach="ben@example.org")
    rejection_ids = [r.id for r in bb.rejections.list()]
    return {
        "app_id": [a.id for a in apps[:6]] + [ghost.id, target.id],
        "rejection_id": rejection_ids[:4] + [rejection.id],
        "name": ["patterns", "conversion", "resilience", "gaps", "sankey", "funnel", "reasons",
                 "mood", "weekly", "outlook", "calendar"],
        "job_id": ["no-such-job"],
    }


def _addresses(app, values: dict[str, list[object]]) -> list[str]:  # type: ignore[no-untyped-def]
    """Every GET address of the app, with each sample value of its path parameters."""
    found: set[str] = set()
    for route in app.routes:
        if not isinstance(route, Route) or "GET" not in (route.methods or ()):
            continue
        plain = re.sub(r":\w+}", "}", route.path)
        for template in [plain] + [plain + q for q in VARIANTS.get(plain, [])]:
            names = re.findall(r"{(\w+)}", template)
            missing = [n for n in names if n not in values]
            assert not missing, f"{route.path}: give sample values for {missing} in this test"
            rounds = max((len(values[n]) for n in names), default=1)
            for i in range(rounds):
                found.add(re.sub(r"{(\w+)}", lambda m, i=i: str(_pick(values, m.group(1), i)), template))
    return sorted(found)


def test_opening_every_page_changes_nothing(web, db_url) -> None:  # type: ignore[no-untyped-def]
    values = _lived_in(web.bb)
    addresses = _addresses(web.client.app, values)
    assert len(addresses) > 30
    web.get("/favicon.ico")  # the CSRF cookie, as a browser would hold it
    offenders: dict[str, dict[str, str]] = {}
    before = snapshot(db_url)
    for url in addresses:
        response = web.get(url, follow_redirects=False)
        assert response.status_code < 500, f"{url}: {response.status_code}"
        after = snapshot(db_url)
        if after != before:
            offenders[url] = changes(before, after)
            before = after
    assert offenders == {}, "\n".join(f"{url}: {what}" for url, what in offenders.items())


def _pick(values: dict[str, list[object]], name: str, i: int) -> object:
    sample = values[name]
    return sample[i % len(sample)]
