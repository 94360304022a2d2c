"""The web forms and routes under the sweep's bad input (issue 18): same rules as the CLI."""

from __future__ import annotations


def test_the_web_forms_follow_the_same_rule(web) -> None:  # type: ignore[no-untyped-def]
    response = web.post("/applications/new", {
        "company": "Acme", "role": "Analyst", "date_applied": "9999-12-31",
    })
    assert response.status_code != 500
    assert "is in the future" in response.text
    assert web.bb.applications.list() == []
