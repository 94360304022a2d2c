"""A posting's "also mentioned" skills (importance 'mentioned', round eleven) after a downgrade
to the round-ten schema (0022): the older code reads each stored skill's importance with
`Importance(value)`, which knows only 'required' and 'nice_to_have', and failed on the posting
(its page, its gaps, `posting show`). Migration 0023's downgrade deletes those rows; the asked
for ones stay, and the newer code finds the mentioned ones again when it rescans."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text
from tests.skills_documents import ACCOUNTS_POSTING

from bounceback.config import Settings
from bounceback.services import Bounceback
from conftest import NOW

#: The importances the round-ten code (schema 0022) knows: `domain.skills.Importance` then.
ROUND_TEN_IMPORTANCE = {"required", "nice_to_have"}


def test_downgrade_to_round_ten_leaves_only_skills_the_older_code_reads(
        db_url: str, tmp_path: Path) -> None:
    from alembic import command

    from bounceback.storage.migrate import alembic_config, upgrade

    bb = Bounceback(Settings(database_url=db_url, home=tmp_path), clock=lambda: NOW)
    result = bb.skills.import_posting(ACCOUNTS_POSTING, "accounts.txt")
    app_id = result.application_id
    asked = {m.skill for m in result.posting.skills}
    mentioned = {m.skill for m in result.posting.mentioned}
    assert asked and mentioned  # the posting names skills it does not ask for
    bb.close()

    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0022_covering_read_indexes")
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT ps.skill, ps.importance FROM posting_skills ps "
            "JOIN postings p ON p.id = ps.posting_id WHERE p.application_id = :a"),
            {"a": app_id}).all()
    # every row reads with the older code's enum, and the asked-for skills are all kept
    assert {importance for _skill, importance in rows} <= ROUND_TEN_IMPORTANCE
    assert {skill for skill, _importance in rows} == asked

    assert upgrade(engine) is True  # and back to this version: the posting reads as before
    engine.dispose()
    bb = Bounceback(Settings(database_url=db_url, home=tmp_path), clock=lambda: NOW)
    try:
        assert {m.skill for m in bb.skills.posting(app_id).skills} == asked
        bb.skills.rescan()
        again = bb.skills.posting(app_id)
        assert ({m.skill for m in again.skills}, {m.skill for m in again.mentioned}) == (
            asked, mentioned)
    finally:
        bb.close()
