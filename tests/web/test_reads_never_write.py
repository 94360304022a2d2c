"""Reading never writes: every GET route, opened over a lived-in search, leaves the database as it
was. The state is chosen so that each write seen before would happen: a ghosted application that
heard back, an interview_performance rejection with no practice card, support people to rotate,
a calendar feed never read."""

from __future__ import annotations

import re

from starlette.routing import Route

from db_snapshot import changes, lived_in, snapshot

# Query strings a page reads; each is opened as well as the bare address.
VARIANTS = {
    "/rejections/{rejection_id}": ["?step=reach-out", "?step=checkin", "?step=write", "?done=saved"],
    "/journal/write": ["?kind=self_compassion", "?rejection={rejection_id}&kind=expressive"],
    "/import": ["?kind=csv"],
    "/": ["?done=checkin"],
    "/board": ["?stage=applied"],
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
    values = lived_in(web.bb)
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
