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


def test_a_search_with_a_control_character_finds_what_it_names(web) -> None:  # type: ignore[no-untyped-def]
    # A NUL pasted into the search box made SQLite's FTS5 fail ("unterminated string", a 500)
    # and PostgreSQL refuses NUL in any text: the search reads the text without it.
    from bounceback.domain.models import ApplicationQuery

    web.bb.applications.add(Application(company="Banana Republic", role="Analyst"))
    web.bb.applications.add(Application(company="Acme", role="Engineer"))
    answer = web.get("/board?q=%00ana&show=all")
    assert answer.status_code == 200
    assert "Banana Republic" in answer.text and "Acme" not in answer.text
    found = web.bb.applications.list(ApplicationQuery(text="ban\x00ana\t"))
    assert [a.company for a in found] == ["Banana Republic"]
