"""The board's search box: any case, any accents, through the same index as `list --text`."""

from __future__ import annotations

from bounceback.domain.models import Application


def test_the_board_finds_by_any_case_and_accent(web) -> None:  # type: ignore[no-untyped-def]
    web.bb.applications.add(Application(company="Société Générale", role="Analyst"))
    web.bb.applications.add(Application(company="Acme", role="Analyst"))
    page = web.get("/board?q=SOCIETE&show=all").text
    assert "Société Générale" in page and "Acme" not in page
    both = web.get("/board?q=analyst&show=all").text
    assert "Société Générale" in both and "Acme" in both


def test_a_search_matching_more_than_the_cap_says_so(web, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bounceback.web.pages import board

    for company in ("Acme", "Globex", "Initech"):
        web.bb.applications.add(Application(company=company, role="Analyst"))
    assert "applications match" not in web.get("/board?q=analyst").text
    monkeypatch.setattr(board, "MATCHES_CAP", 2)
    page = web.get("/board?q=analyst").text
    assert "More than 2 applications match" in page and "Add a word" in page
