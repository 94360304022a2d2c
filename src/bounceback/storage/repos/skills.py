"""Skills storage: postings and their skills, resume versions, profile skills, vocabulary."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from bounceback.domain.errors import NotFound
from bounceback.domain.skills import (
    Importance,
    Posting,
    Resume,
    Salary,
    SkillMatch,
    SkillSource,
)
from bounceback.storage.repos import core
from bounceback.storage.tables.core import RejectionReasonRow, RejectionRow
from bounceback.storage.tables.skills import (
    ApplicationResumeRow,
    PostingRow,
    PostingSkillRow,
    ProfileSkillRow,
    ResumeRow,
    ResumeSkillRow,
)


def _match(row: Any) -> SkillMatch:
    importance = getattr(row, "importance", Importance.REQUIRED.value)
    return SkillMatch(
        skill=row.skill,
        category=row.category,
        text=row.matched,
        start=row.position,
        end=row.position + len(row.matched),
        evidence=row.evidence,
        importance=Importance(importance),
        years=row.years,
        source=SkillSource(row.source),
    )


def _skill_values(m: SkillMatch) -> dict[str, Any]:
    return {
        "skill": m.skill[:300],
        "category": m.category[:200],
        "matched": m.text[:300],
        "years": m.years,
        "evidence": m.evidence,
        "source": m.source.value,
        "position": m.start,
    }


# Postings -----------------------------------------------------------------------------------


def save_posting(session: Session, app_id: int, posting: Posting) -> Posting:
    """Store the application's posting, replacing any earlier one."""
    session.execute(delete(PostingRow).where(PostingRow.application_id == app_id))
    salary = posting.salary or Salary()
    row = PostingRow(
        application_id=app_id,
        title=posting.title[:300],
        company=posting.company[:200],
        location=posting.location[:300],
        remote=posting.remote,
        salary_min=salary.minimum,
        salary_max=salary.maximum,
        salary_currency=(salary.currency or None),
        salary_period=salary.period,
        employment_type=posting.employment_type[:100],
        date_posted=posting.date_posted,
        url=posting.url[:2000],
        description=posting.description,
        source_format=posting.source_format,
        file_name=posting.file_name[:500],
        warnings=list(posting.warnings),
    )
    session.add(row)
    session.flush()
    replace_posting_skills(session, row.id, [*posting.skills, *posting.mentioned])
    found = get_posting(session, app_id)
    assert found is not None
    return found


def replace_posting_skills(session: Session, posting_id: int, skills: Iterable[SkillMatch]) -> None:
    """The posting's skills, asked for and also mentioned (importance MENTIONED) alike."""
    session.execute(delete(PostingSkillRow).where(PostingSkillRow.posting_id == posting_id))
    values = [
        {**_skill_values(m), "posting_id": posting_id, "importance": m.importance.value}
        for m in skills
    ]
    if values:
        session.execute(insert(PostingSkillRow), values)


def _posting(row: Any, skills: list[SkillMatch]) -> Posting:
    salary = None
    if row.salary_min is not None or row.salary_max is not None:
        salary = Salary(row.salary_min, row.salary_max, row.salary_currency, row.salary_period)
    return Posting(
        id=row.id,
        application_id=row.application_id,
        title=row.title,
        company=row.company,
        location=row.location,
        remote=row.remote,
        salary=salary,
        employment_type=row.employment_type,
        date_posted=row.date_posted,
        description=row.description,
        url=row.url,
        source_format=row.source_format,
        skills=skills,
        warnings=list(row.warnings or []),
        file_name=row.file_name,
    )


_POSTINGS, _POSTING_SKILLS = PostingRow.__table__, PostingSkillRow.__table__
#: An application's posting and a posting's skills: built once, read as rows (an application's
#: page reads both whenever its gap report is worked out)
_POSTING_OF = core.prebuilt(
    select(_POSTINGS).where(_POSTINGS.c.application_id == bindparam("app_id")))
_SKILLS_OF_POSTING = core.prebuilt(
    select(_POSTING_SKILLS).where(_POSTING_SKILLS.c.posting_id == bindparam("posting_id"))
    .order_by(_POSTING_SKILLS.c.position))


def get_posting(session: Session, app_id: int) -> Posting | None:
    found = core.rows(session, _POSTING_OF, {"app_id": app_id})
    if not found:
        return None
    row = found[0]
    matches = [_match(s) for s in core.rows(session, _SKILLS_OF_POSTING, {"posting_id": row.id})]
    posting = _posting(row, [m for m in matches if m.importance is not Importance.MENTIONED])
    posting.mentioned = [m for m in matches if m.importance is Importance.MENTIONED]
    return posting


def posting_skills_by_application(
    session: Session, app_ids: list[int] | None = None
) -> dict[int, list[SkillMatch]]:
    out: dict[int, list[SkillMatch]] = defaultdict(list)
    stmt = (
        select(PostingRow.application_id, PostingSkillRow)
        .join(PostingSkillRow, PostingSkillRow.posting_id == PostingRow.id)
        .order_by(PostingRow.application_id, PostingSkillRow.position)
    )
    stmt = stmt.where(PostingSkillRow.importance != Importance.MENTIONED.value)  # asked for only
    if app_ids is not None:
        stmt = stmt.where(PostingRow.application_id.in_(app_ids))
    rows = session.execute(stmt)
    for app_id, skill in rows:
        out[app_id].append(_match(skill))
    return dict(out)


def posting_texts(session: Session) -> list[tuple[int, str, str]]:
    """(posting id, title, description) of every posting, for a rescan."""
    rows = session.execute(select(PostingRow.id, PostingRow.title, PostingRow.description))
    return [(i, t, d) for i, t, d in rows]


def skill_gap_application_ids(session: Session) -> set[int]:
    rows = session.scalars(
        select(RejectionRow.application_id)
        .join(RejectionReasonRow, RejectionReasonRow.rejection_id == RejectionRow.id)
        .where(RejectionReasonRow.reason == "skill_gap")
    )
    return set(rows)


# Resumes ------------------------------------------------------------------------------------


def _resume(row: ResumeRow, skills: list[SkillMatch]) -> Resume:
    return Resume(
        id=row.id,
        name=row.name,
        version=row.version,
        text=row.text,
        file_format=row.file_format,
        skills=skills,
        titles=list(row.titles or []),
        years=dict(row.years or {}),
        digest=row.digest,
        file_name=row.file_name,
        imported_at=row.imported_at,
    )


def _resume_skills(session: Session, ids: list[int]) -> dict[int, list[SkillMatch]]:
    out: dict[int, list[SkillMatch]] = defaultdict(list)
    if not ids:
        return out
    rows = session.scalars(
        select(ResumeSkillRow)
        .where(ResumeSkillRow.resume_id.in_(ids))
        .order_by(ResumeSkillRow.resume_id, ResumeSkillRow.position)
    )
    for row in rows:
        out[row.resume_id].append(_match(row))
    return out


def add_resume(session: Session, resume: Resume) -> tuple[Resume, bool]:
    """Store a new version under the resume's name; the same text again adds nothing."""
    latest = session.scalar(
        select(ResumeRow).where(ResumeRow.name == resume.name).order_by(ResumeRow.version.desc())
    )
    if latest is not None and latest.digest == resume.digest:
        return get_resume(session, latest.id), False
    row = ResumeRow(
        name=resume.name[:200],
        version=(latest.version + 1) if latest else 1,
        file_name=resume.file_name[:500],
        file_format=resume.file_format,
        text=resume.text,
        digest=resume.digest,
        titles=list(resume.titles),
        years=dict(resume.years),
    )
    session.add(row)
    session.flush()
    replace_resume_skills(session, row.id, resume.skills)
    return get_resume(session, row.id), True


def replace_resume_skills(session: Session, resume_id: int, skills: Iterable[SkillMatch]) -> None:
    session.execute(delete(ResumeSkillRow).where(ResumeSkillRow.resume_id == resume_id))
    values = [{**_skill_values(m), "resume_id": resume_id} for m in skills]
    if values:
        session.execute(insert(ResumeSkillRow), values)


def get_resume(session: Session, resume_id: int) -> Resume:
    row = session.get(ResumeRow, resume_id)
    if row is None:
        raise NotFound(f"no resume #{resume_id}; see `bounceback resume list`")
    return _resume(row, _resume_skills(session, [row.id]).get(row.id, []))


def list_resumes(session: Session) -> list[Resume]:
    rows = list(session.scalars(select(ResumeRow).order_by(ResumeRow.name, ResumeRow.version)))
    skills = _resume_skills(session, [r.id for r in rows])
    return [_resume(r, skills.get(r.id, [])) for r in rows]


def update_resume(session: Session, resume_id: int, years: dict[str, float]) -> None:
    row = session.get(ResumeRow, resume_id)
    if row is not None:
        row.years = years


def link_resume(session: Session, app_id: int, resume_id: int) -> None:
    session.execute(
        delete(ApplicationResumeRow).where(ApplicationResumeRow.application_id == app_id)
    )
    session.add(ApplicationResumeRow(application_id=app_id, resume_id=resume_id))
    session.flush()


#: The resume version an application went with: built once, read as a row
_RESUME_OF = core.prebuilt(select(ApplicationResumeRow.resume_id).where(
    ApplicationResumeRow.application_id == bindparam("app_id")))


def resume_id_for_application(session: Session, app_id: int) -> int | None:
    found = core.rows(session, _RESUME_OF, {"app_id": app_id})
    return found[0].resume_id if found else None


def resume_for_application(session: Session, app_id: int) -> Resume | None:
    resume_id = resume_id_for_application(session, app_id)
    return get_resume(session, resume_id) if resume_id is not None else None


def resume_links(session: Session) -> dict[int, list[int]]:
    """Resume id -> the applications it went with."""
    out: dict[int, list[int]] = defaultdict(list)
    for app_id, resume_id in session.execute(
        select(ApplicationResumeRow.application_id, ApplicationResumeRow.resume_id)
    ):
        out[resume_id].append(app_id)
    return dict(out)


# Profile skills -----------------------------------------------------------------------------


def profile_skills(session: Session) -> list[ProfileSkillRow]:
    return list(session.scalars(select(ProfileSkillRow).order_by(ProfileSkillRow.skill)))


def add_profile_skill(session: Session, skill: str, category: str, years: float | None) -> bool:
    existing = session.scalar(
        select(ProfileSkillRow).where(func.lower(ProfileSkillRow.skill) == skill.lower())
    )
    if existing is not None:
        if years is not None:
            existing.years = years
        return False
    session.add(ProfileSkillRow(skill=skill[:300], category=category[:200], years=years))
    session.flush()
    return True


def remove_profile_skill(session: Session, skill: str) -> bool:
    result = session.execute(
        delete(ProfileSkillRow).where(func.lower(ProfileSkillRow.skill) == skill.lower())
    )
    return bool(getattr(result, "rowcount", 0))
