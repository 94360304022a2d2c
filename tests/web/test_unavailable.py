"""While a capability's service part is not built, its page says so calmly instead of breaking."""

from __future__ import annotations

import pytest

from bounceback.services import Bounceback
from tests_now import TODAY
from web_helpers import text_of

PARTS = ["pipeline", "recovery", "learning", "skills", "mail", "inbox", "charts"]


@pytest.fixture
def bare_web(web, monkeypatch):
    for name in PARTS:
        monkeypatch.delattr(Bounceback, name)
    return web


@pytest.mark.parametrize("url", ["/outlook", "/practice", "/inbox", "/journal", "/checkin",
                                 "/journal/write", "/calendar.ics"])
def test_capability_pages_say_not_available_yet(bare_web, url: str) -> None:
    response = bare_web.get(url)
    assert response.status_code == 200
    assert "not available yet" in text_of(response)


def test_the_rest_still_works_without_them(bare_web) -> None:
    assert bare_web.post("/applications/new", {"company": "Acme", "role": "Analyst"}).status_code == 303
    [app] = bare_web.bb.applications.list()
    for url in ["/", "/board", f"/applications/{app.id}", "/settings", "/import", "/insights"]:
        assert bare_web.get(url).status_code == 200, url
    assert "Not available yet" in text_of(bare_web.get("/insights"))
    flow = bare_web.post(f"/applications/{app.id}/reject", {"received_on": TODAY.isoformat()})
    assert flow.status_code == 303
    assert "It is written down" in text_of(bare_web.get(flow.headers["location"]))
    refused = bare_web.post("/practice/cards", {"question": "Why?"})
    assert "not available yet" in text_of(refused)
