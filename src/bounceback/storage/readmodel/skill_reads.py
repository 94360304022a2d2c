"""What a gap report reads of the skills' own tables (postings, resumes, the profile, the
vocabulary's entries and imports) with plain SQL on a `Reader`: the rows the ORM's
repositories (storage/repos/skills.py, skill_vocabulary.py) give, without the ORM, so that
`bounceback gaps` and `tailor` start no ORM. tests/cli/test_lean_gaps.py holds them equal."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, NamedTuple

from bounceback.domain.skills import (
    Importance,
    Posting,
    Resume,
    Salary,
    Skill,
    SkillMatch,
    SkillSource,
)
from bounceback.storage.readmodel.reader import Reader, as_date, as_datetime

_MATCH = "skill, category, matched, position, evidence, years, source"


class AddedSkill(NamedTuple):
    """A skill the user added to the profile (a `profile_skills` row)."""

    skill: str
    category: str
    years: float | None


def _json(r: Reader, value: Any, empty: Any) -> Any:
    if value is None:
        return empty
    return json.loads(value) if isinstance(value, str | bytes) else value


def _match(row: tuple[Any, ...], importance: str = Importance.REQUIRED.value) -> SkillMatch:
    skill, category, matched, position, evidence, years, source = row
    return SkillMatch(skill=skill, category=category, text=matched, start=position,
                      end=position + len(matched), evidence=evidence,
                      importance=Importance(importance), years=years,
                      source=SkillSource(source))


_WHOLE = ("company, location, remote, salary_min, salary_max, salary_currency, salary_period, "
          "employment_type, date_posted, description, url, source_format, warnings, file_name")


def posting(r: Reader, app_id: int, *, whole: bool = False) -> Posting | None:
    """The application's posting with its skills (asked for, and mentioned apart); `whole`:
    with every field and the description (`posting show`), not only its title (a gap report)."""
    row = r.one(f"SELECT id, title{', ' + _WHOLE if whole else ''} FROM postings "
                "WHERE application_id = :app_id", app_id=app_id)
    if row is None:
        return None
    posting_id, title = row[:2]
    matches = [_match(found[1:], found[0]) for found in r.all(
        f"SELECT importance, {_MATCH} FROM posting_skills WHERE posting_id = :posting_id "
        "ORDER BY position", posting_id=posting_id)]
    found = Posting(id=posting_id, application_id=app_id, title=title,
                    skills=[m for m in matches if m.importance is not Importance.MENTIONED])
    found.mentioned = [m for m in matches if m.importance is Importance.MENTIONED]
    if whole:
        (found.company, found.location, remote, low, high, currency, period,
         found.employment_type, posted, found.description, found.url, found.source_format,
         warnings, found.file_name) = row[2:]
        found.remote = None if remote is None else bool(remote)
        found.salary = (None if low is None and high is None
                        else Salary(low, high, currency, period))  # type: ignore[arg-type]
        found.date_posted = as_date(posted)
        found.warnings = list(_json(r, warnings, []))
    return found


def resume_id_for(r: Reader, app_id: int) -> int | None:
    return r.scalar("SELECT resume_id FROM application_resumes WHERE application_id = :app_id",
                    app_id=app_id)


def resumes(r: Reader, resume_id: int | None = None) -> list[Resume]:
    """Every resume version by name and version (or the one `resume_id`), with its skills;
    not their text, which no gap report reads."""
    where = "" if resume_id is None else " WHERE id = :resume_id"
    rows = r.all("SELECT id, name, version, file_name, file_format, digest, titles, years, "
                 f"imported_at FROM resumes{where} ORDER BY name, version", resume_id=resume_id)
    skills: dict[int, list[SkillMatch]] = defaultdict(list)
    if rows:
        names, params = r.in_list("r", [row[0] for row in rows])
        for found in r.all(f"SELECT resume_id, {_MATCH} FROM resume_skills WHERE resume_id IN "
                           f"{names} ORDER BY resume_id, position", **params):
            skills[found[0]].append(_match(found[1:]))
    return [Resume(id=i, name=name, version=version, text="", file_format=file_format,
                   skills=skills.get(i, []), titles=list(_json(r, titles, [])),
                   years=dict(_json(r, years, {})), digest=digest, file_name=file_name,
                   imported_at=as_datetime(imported_at))
            for i, name, version, file_name, file_format, digest, titles, years, imported_at
            in rows]


def resume_links(r: Reader) -> dict[int, list[int]]:
    """Resume id -> the applications it went with (the repository's statement: its order)."""
    out: dict[int, list[int]] = defaultdict(list)
    for app_id, resume_id in r.all("SELECT application_id, resume_id FROM application_resumes"):
        out[resume_id].append(app_id)
    return dict(out)


def added_skills(r: Reader) -> list[AddedSkill]:
    return [AddedSkill(*row) for row in r.all(
        "SELECT skill, category, years FROM profile_skills ORDER BY skill")]


def vocabulary_entries(r: Reader) -> list[Skill]:
    """The store's own entries, the user's first (they win over an imported name)."""
    return [Skill(name=name, category=category, aliases=tuple(_json(r, aliases, ())),
                  source=SkillSource(source), case_sensitive=bool(case_sensitive),
                  needs_context=bool(needs_context), cues=tuple(_json(r, cues, ())),
                  hot=bool(hot))
            for name, category, aliases, case_sensitive, needs_context, cues, hot, source
            in r.all("SELECT name, category, aliases, case_sensitive, needs_context, cues, hot, "
                     "source FROM vocabulary_entries ORDER BY source DESC, id")]


def attributions(r: Reader) -> dict[str, str]:
    """source -> attribution text of every imported taxonomy (O*NET, ESCO)."""
    return dict(r.all("SELECT source, attribution FROM vocabulary_imports"))
