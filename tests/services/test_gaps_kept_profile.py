"""An application's gap report, worked out when its page is first opened, reads the posting and
the resume link as rows through statements built once, and takes what it needs of the profile
(every resume and its skills, the profile's own skills) from what the service keeps under the
skills' stamp: each report must be the one worked out afresh through the ORM, and a change to
the profile or a resume, from this process or another, must show in the next report. On the
small demo search, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from bounceback.domain.skills import Importance
from bounceback.services import Bounceback
from bounceback.storage.repos import skills as repo
from bounceback.storage.tables.skills import ApplicationResumeRow, PostingRow, PostingSkillRow
from kept_probes import elsewhere


def posting_through_the_orm(session: Any, app_id: int) -> Any:
    """The posting as `get_posting` read it before (ORM entities)."""
    row = session.scalar(select(PostingRow).where(PostingRow.application_id == app_id))
    if row is None:
        return None
    matches = [repo._match(s) for s in session.scalars(
        select(PostingSkillRow).where(PostingSkillRow.posting_id == row.id)
        .order_by(PostingSkillRow.position))]
    posting = repo._posting(row, [m for m in matches if m.importance is not Importance.MENTIONED])
    posting.mentioned = [m for m in matches if m.importance is Importance.MENTIONED]
    return posting


def test_postings_and_resume_links_read_as_rows_are_what_the_orm_reads(
        demo_bb: Bounceback) -> None:
    bb = demo_bb
    ids = [a.id for a in bb.applications.list()]
    with bb.db.session() as s:
        postings = [repo.get_posting(s, i) for i in ids]
        assert postings == [posting_through_the_orm(s, i) for i in ids]
        links = [repo.resume_id_for_application(s, i) for i in ids]
        assert links == [s.scalar(select(ApplicationResumeRow.resume_id).where(
            ApplicationResumeRow.application_id == i)) for i in ids]
    assert sum(p is not None for p in postings) >= 5, "the demo has postings"
    assert sum(link is not None for link in links) >= 3, "and resumes sent with applications"


def reports(bb: Bounceback) -> list[Any]:
    return [bb.skills.gaps(a.id, a) for a in bb.applications.list() if a.id is not None]


def afresh(bb: Bounceback) -> list[Any]:
    """Every report worked out again, the profile read again for each (nothing kept)."""
    found = []
    for a in bb.applications.list():
        with bb.db.session() as s:
            found.append(bb.skills._gaps(s, a.id, a))
    return found


def test_a_report_with_the_kept_profile_is_the_one_worked_out_afresh(demo_bb: Bounceback) -> None:
    bb = demo_bb
    kept = reports(bb)
    assert kept == afresh(bb)
    assert any(r.has_posting and r.hints for r in kept), "reports with a resume's hints"
    assert any(r.gaps.required_missing for r in kept)
    assert bb.skills._profile_then is not None, "the profile is kept"


def test_a_change_to_the_profile_shows_in_the_next_report_whoever_made_it(
        demo_bb: Bounceback, db_url: str, home: Path) -> None:
    bb = demo_bb
    before = reports(bb)
    report = next(r for r in before if r.gaps.required_missing)
    missing = report.gaps.required_missing[0].skill
    bb.skills.add_skill(missing)
    after = next(r for r in reports(bb) if r.application_id == report.application_id)
    assert missing not in {m.skill for m in after.gaps.required_missing}
    assert after == next(r for r in afresh(bb) if r.application_id == report.application_id)

    other = next(m.skill for r in reports(bb) for m in r.gaps.required_missing)
    elsewhere(db_url, home, "skills", "add", other)  # another process
    assert other not in {m.skill for r in reports(bb) for m in r.gaps.required_missing}
    assert reports(bb) == afresh(bb)
