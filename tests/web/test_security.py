"""The shell's guards: CSRF on every form, headers and CSP, hosts, friendly errors, no traceback."""

from __future__ import annotations

import pytest

from web_helpers import text_of


def test_every_page_has_a_strict_content_security_policy(demo_web) -> None:
    response = demo_web.get("/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    # Never sent to another site; sent to this one, so that its forms carry a real Origin.
    assert response.headers["referrer-policy"] == "same-origin"


def test_no_inline_script_in_any_page(demo_web) -> None:
    for url in ["/", "/board", "/applications/1", "/applications/new", "/settings", "/import",
                "/outlook", "/insights", "/practice", "/inbox", "/journal", "/checkin"]:
        html = demo_web.get(url).text
        for chunk in html.split("<script")[1:]:
            head = chunk.split(">", 1)[0]
            assert "src=" in head, f"inline script on {url}"
        assert " onclick=" not in html and " onload=" not in html and "javascript:" not in html


def test_a_form_without_its_token_changes_nothing(demo_web) -> None:
    before = len(demo_web.bb.applications.list())
    demo_web.get("/")
    response = demo_web.client.post("/applications/new", data={"company": "Evil", "role": "X"},
                                    follow_redirects=False)
    assert response.status_code == 403
    assert "nothing was changed" in response.text
    forged = demo_web.client.post("/applications/new", data={
        "company": "Evil", "role": "X", "csrf_token": "x" * 43}, follow_redirects=False)
    assert forged.status_code == 403
    assert len(demo_web.bb.applications.list()) == before


def test_a_request_from_another_site_without_the_cookie_is_refused(demo_web) -> None:
    token = demo_web.token
    demo_web.client.cookies.clear()
    response = demo_web.client.post("/settings/wipe", data={
        "csrf_token": token, "confirm_phrase": "delete everything", "what": "all"})
    assert response.status_code == 403
    assert demo_web.bb.applications.list()


@pytest.mark.parametrize("headers", [
    {"origin": "https://evil.example"}, {"origin": "null"},
    {"referer": "https://evil.example/page"}, {"origin": "http://127.0.0.1:9"},
])
def test_a_foreign_origin_is_refused_even_with_a_matching_cookie_and_token(demo_web, headers) -> None:
    """Another site that sets its own bb_csrf cookie and sends the same token is still refused."""
    before = len(demo_web.bb.applications.list())
    demo_web.client.cookies.set("bb_csrf", "chosen-by-the-attacker-" + "x" * 20)
    response = demo_web.client.post("/applications/new", headers={**headers, "host": "127.0.0.1:8765"},
                                    data={"company": "Evil", "role": "X",
                                          "csrf_token": "chosen-by-the-attacker-" + "x" * 20})
    assert response.status_code == 403
    assert len(demo_web.bb.applications.list()) == before


def test_this_servers_own_origin_is_accepted(demo_web) -> None:
    response = demo_web.post("/applications/new", {"company": "Own Co", "role": "Analyst"},
                             headers={"origin": "http://127.0.0.1:8765", "host": "127.0.0.1:8765"})
    assert response.status_code == 303
    referred = demo_web.post("/applications/new", {"company": "Own Co 2", "role": "Analyst"},
                             headers={"referer": "http://127.0.0.1:8765/applications/new",
                                      "host": "127.0.0.1:8765"})
    assert referred.status_code == 303


def test_the_htmx_header_carries_the_token(demo_web) -> None:
    response = demo_web.client.post(
        "/applications/1/edit", data={"company": "Renamed Co", "role": "Analyst"},
        headers={"X-CSRF-Token": demo_web.token, "HX-Request": "true"})
    assert response.status_code == 200
    assert demo_web.bb.applications.get(1).company == "Renamed Co"


def test_unknown_hosts_are_refused(demo_web) -> None:
    response = demo_web.get("/", headers={"host": "evil.example:8000"})
    assert response.status_code == 400


def test_a_wrong_address_gets_a_friendly_404_with_a_way_back(demo_web) -> None:
    response = demo_web.get("/no/such/page")
    assert response.status_code == 404
    assert 'href="/"' in response.text
    assert "does not exist" in text_of(response)
    missing = demo_web.get("/applications/999999")
    assert missing.status_code == 404 and "no application #999999" in missing.text


def test_a_bug_shows_a_calm_page_and_never_a_traceback(demo_web, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(demo_web.bb, "today", broken)
    response = demo_web.get("/")
    assert response.status_code == 500
    assert "Something went wrong" in response.text
    assert "Traceback" not in response.text and "secret internal detail" not in response.text
    assert 'href="/"' in response.text


@pytest.mark.parametrize("url", ["/applications/1/move", "/settings"])
def test_get_only_and_post_only_routes_answer_plainly(demo_web, url) -> None:
    response = demo_web.client.put(url, headers={"X-CSRF-Token": demo_web.token})
    assert response.status_code == 405
    assert "Traceback" not in response.text


@pytest.mark.parametrize("foreign", ["dark mode", '{"a": 1}', '"q\\\\"'])
def test_another_apps_cookie_on_the_same_host_does_not_hide_ours(web, foreign) -> None:
    """Cookies are shared by every port of a host: another app on 127.0.0.1 may set one
    with a space or JSON in it. The form token beside it is still read (Python's cookie
    parser gave up on the whole header there: every form was refused)."""
    web.token  # noqa: B018 - the form token's cookie, set by a first page
    web.client.cookies.set("ui-theme", foreign)
    saved = web.post("/applications/new", {"company": "Cookie Co", "role": "Analyst",
                                           "date_applied": "2026-11-20", "stage": "applied"})
    assert saved.status_code == 303, saved.text[:300]
    assert "Cookie Co" in web.get("/board").text
