"""The text search (the board's box, `list --text`): role, company, notes or location, whatever
the case and the accents, as a plain substring, found through an index on each engine."""

from __future__ import annotations

from sqlalchemy import text

from bounceback.domain.models import Application, ApplicationQuery
from bounceback.services import Bounceback
from bounceback.storage.readmodel import search, sync


def found(bb: Bounceback, words: str) -> set[str]:
    return {a.company for a in bb.views.applications(ApplicationQuery(text=words))}


def test_case_and_accents_do_not_matter(bb: Bounceback) -> None:
    bb.applications.add(Application(company="Société Générale", role="Ingénieur Données"))
    bb.applications.add(Application(company="Istanbul Tech", role="Analyst"))
    bb.applications.add(Application(company="Acme", role="Analyst"))
    for words in ("societe", "SOCIÉTÉ", "générale", "ingenieur", "DONNEES", "é g"):
        assert found(bb, words) == {"Société Générale"}, words
    assert found(bb, "analyst") == {"Istanbul Tech", "Acme"}
    assert found(bb, "İSTANBUL") == {"Istanbul Tech"}
    assert found(bb, "nowhere") == set()


def test_every_field_is_searched_but_never_across_two(bb: Bounceback) -> None:
    bb.applications.add(Application(company="Acme", role="Data Analyst", location="Leeds",
                                    notes="Met Priya at the meetup"))
    bb.applications.add(Application(company="Globex", role="Engineer"))
    for words in ("acme", "data an", "leeds", "priya at", "ME"):
        assert "Acme" in found(bb, words), words
    assert found(bb, "analyst acme") == set()
    assert found(bb, "leedsmet") == set()


def test_short_texts_and_wildcard_characters_are_plain_text(bb: Bounceback) -> None:
    bb.applications.add(Application(company="Acme", role="Analyst", notes="50% remote"))
    bb.applications.add(Application(company="Ab_c", role="Engineer"))
    bb.applications.add(Application(company="Quote", role='The "best" team'))
    assert found(bb, "%") == {"Acme"}
    assert found(bb, "0% r") == {"Acme"}
    assert found(bb, "_") == {"Ab_c"}
    assert found(bb, "b_c") == {"Ab_c"}
    assert found(bb, "ac") == {"Acme"}
    assert found(bb, '"best"') == {"Quote"}
    assert found(bb, "a") == {"Acme", "Ab_c", "Quote"}


def test_the_search_follows_every_write(bb: Bounceback) -> None:
    app = bb.applications.add(Application(company="Acme", role="Analyst", notes="first call"))
    assert found(bb, "first call") == {"Acme"}
    bb.applications.edit(app.id or 0, {"notes": "Second round booked", "role": "Ingénieur"})
    assert found(bb, "first call") == set() and found(bb, "second ROUND") == {"Acme"}
    assert found(bb, "ingenieur") == {"Acme"}
    with bb.db.session() as s:  # a company renamed in place (by hand) reaches the search too
        s.execute(text("UPDATE companies SET name = 'Zeta Örtlich' WHERE name = 'Acme'"))
    assert found(bb, "zeta ort") == {"Zeta Örtlich"} and found(bb, "acme") == set()
    bb.applications.delete(app.id or 0)
    assert found(bb, "zeta") == set()
    with bb.db.session() as s:
        assert sync.check(s) == []


def test_the_search_has_its_index_on_each_engine(bb: Bounceback) -> None:
    with bb.db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            assert connection.execute(text(
                "SELECT count(*) FROM sqlite_master WHERE name = :n"), {"n": search.FTS_TABLE}
            ).scalar() == 1
        else:  # Debian's postgresql ships pg_trgm: the tests' cluster has it
            assert connection.execute(text(
                "SELECT count(*) FROM pg_indexes WHERE indexname = :n"), {"n": search.PG_INDEX}
            ).scalar() == 1
