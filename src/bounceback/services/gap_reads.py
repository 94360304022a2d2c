"""Skill gaps built from what was read, and read without the ORM.

The builders (the profile from the resumes and the skills added, the vocabulary with the
store's entries, the attributions owed, one application's report) are shared by the skills
part (services/skill_*.py, which reads through the ORM's repositories inside its writes) and
by the lean reads below (`views.gaps`, `views.search_gaps`: one snapshot through plain
DB-API, so that `bounceback gaps` and `tailor` start no ORM). Nothing here imports the ORM.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bounceback.domain.skills import (
    GapReport,
    Posting,
    Profile,
    ProfileSkill,
    Resume,
    SearchGapReport,
    Skill,
    SkillSource,
)

if TYPE_CHECKING:
    from bounceback.storage.readmodel.reader import Reader

ADDED_BY_YOU = "added by you"


@lru_cache(maxsize=1)
def shared_builtin() -> Any:
    """The built-in vocabulary, for every store without entries of its own (never changed:
    a store with entries gets a copy to add them to). On a shared server each person's
    service used to build its own copy and matcher: 5 MB and 35 ms each."""
    from bounceback.skills.vocabulary import builtin_vocabulary

    return builtin_vocabulary()


def vocabulary_from(entries: Sequence[Skill]) -> Any:
    """The built-in vocabulary with the store's entries (user's, O*NET, ESCO) added."""
    from bounceback.skills.vocabulary import builtin_vocabulary

    if not entries:  # the built-in one alone: one copy per process, whoever asks
        return shared_builtin()
    vocabulary = builtin_vocabulary()
    families = {SkillSource.ONET: "tech", SkillSource.ESCO: "esco"}
    for skill in entries:
        if skill.source in families:
            vocabulary.families.setdefault(skill.category, families[skill.source])
        vocabulary.add(skill)
    return vocabulary


def profile_from(versions: Sequence[Resume], added: Iterable[Any]) -> Profile:
    """Every skill the resumes show and the ones the user added (rows with `skill`,
    `category`, `years`), with years and where each shows."""
    skills: dict[str, ProfileSkill] = {}
    titles: list[str] = []
    for resume in versions:
        titles.extend(resume.titles)
        for m in resume.skills:
            entry = skills.setdefault(
                m.skill, ProfileSkill(m.skill, m.category, [], None, m.evidence)
            )
            entry.sources.append(resume.label)
            years = resume.years.get(m.skill)
            if years and (entry.years is None or years > entry.years):
                entry.years = years
            entry.evidence = m.evidence
    for row in added:
        entry = skills.setdefault(row.skill, ProfileSkill(row.skill, row.category, [], row.years))
        entry.sources.append(ADDED_BY_YOU)
        if row.years and (entry.years is None or row.years > entry.years):
            entry.years = row.years
    ordered = sorted(skills.values(), key=lambda p: (p.category.casefold(), p.skill.casefold()))
    return Profile(ordered, list(dict.fromkeys(titles)), [r.label for r in versions])


def evidence_of(profile: Profile) -> dict[str, str]:
    """Where each profile skill shows (a resume's line), or that the user added it."""
    out = {}
    for p in profile.skills:
        where = next((src for src in p.sources if src != ADDED_BY_YOU), None)
        out[p.skill] = f"{where}: “{p.evidence}”" if where and p.evidence else ADDED_BY_YOU
    return out


def have(vocabulary: Any, names: Iterable[str]) -> set[str]:
    """The profile's skills and the entries they belong to: "calipers" on a resume also
    shows the "measuring tools" a posting may ask for in those words."""
    names = list(names)
    return set(names) | {vocabulary.canonical(n) for n in names}


def attribution_of(sources: set[str], stored: dict[str, str]) -> str | None:
    """The attributions owed for skills from these sources (O*NET, ESCO); `stored`: the
    attribution texts of the store's imports, by source."""
    from bounceback.skills.vocabulary import builtin_data

    sources = sources & {"onet", "esco"}
    if not sources:
        return None
    known = {**builtin_data().attributions, **stored}
    return " ".join(known[s] for s in sorted(sources) if s in known) or None


def owed_for(matches: Iterable[Any], location: str | None, stored: dict[str, str]) -> str | None:
    """The attributions owed when any of these skills came from an imported taxonomy, and
    when the place was known from the GeoNames towns that ship with bounceback."""
    from bounceback.places import GEONAMES_ATTRIBUTION, names_a_town

    owed = [attribution_of({m.source.value for m in matches}, stored)]
    if names_a_town(location):
        owed.append(GEONAMES_ATTRIBUTION)
    return " ".join(a for a in owed if a) or None


def with_occupation(found: Posting) -> Posting:
    """The posting with the occupation its title names and the skills that implies."""
    from bounceback.skills.occupations import implied_skills, occupation_for

    occupation = occupation_for(found.title)
    found.occupation = occupation.name if occupation else ""
    found.work_field = occupation.field if occupation else ""
    named = {m.skill for m in found.skills} | {m.skill for m in found.mentioned}
    found.implied = implied_skills(occupation, named)
    return found


@dataclass(frozen=True)
class ProfileParts:
    """What a gap report needs of the profile (kept: never changed once made)."""

    profile: Profile
    have: frozenset[str]
    evidence: dict[str, str]
    resumes: dict[int, Resume]


def report_for(app_id: int, title: str, posting: Posting | None, resume: Resume | None,
               mine: ProfileParts, attribution: str | None) -> GapReport:
    """One application's gaps, implied skills and tailoring hints; `attribution`: what the
    posting's skills owe (None before the posting is read: worked out here)."""
    from bounceback.domain.skills import ApplicationGaps
    from bounceback.skills.gaps import application_gaps
    from bounceback.skills.occupations import implied_skills, occupation_for
    from bounceback.skills.tailoring import tailoring_hints

    if posting is None:
        return GapReport(app_id, title, ApplicationGaps(), None, has_posting=False)
    named = {m.skill for m in posting.skills} | {m.skill for m in posting.mentioned}
    report = GapReport(
        app_id, title, application_gaps(posting.skills, mine.have),
        resume.label if resume else None, attribution=attribution,
        implied=implied_skills(occupation_for(posting.title), named),
        mentioned=[m.skill for m in posting.mentioned],
    )
    if resume is not None:
        report.hints = tailoring_hints(posting.skills, resume.skill_names, dict(mine.evidence))
    return report


# ---- read without the ORM --------------------------------------------------------------------

def _profile(r: Reader) -> tuple[Profile, list[Resume], Any]:
    from bounceback.storage.readmodel import skill_reads as q

    versions = q.resumes(r)
    return (profile_from(versions, q.added_skills(r)), versions,
            vocabulary_from(q.vocabulary_entries(r)))


def profile_parts(r: Reader) -> ProfileParts:
    """What a report needs of the profile, read now (a process keeps it under the skills'
    stamp: services/page_reads.py)."""
    profile, versions, vocabulary = _profile(r)
    return ProfileParts(profile, frozenset(have(vocabulary, profile.names)),
                        evidence_of(profile), {v.id: v for v in versions if v.id is not None})


def report_from(r: Reader, app_id: int, title: str, mine: ProfileParts) -> GapReport:
    """One application's report from its posting and resume, read now, and the profile's parts."""
    from bounceback.storage.readmodel import skill_reads as q

    posting = q.posting(r, app_id)
    resume_id = q.resume_id_for(r, app_id)
    resume = None if resume_id is None else mine.resumes.get(resume_id)
    attribution = None
    if posting is not None:
        sources = {m.source.value for m in [*posting.skills, *posting.mentioned]}
        attribution = attribution_of(sources, q.attributions(r) if sources & {"onet", "esco"}
                                     else {})
    return report_for(app_id, title, posting, resume, mine, attribution)


def application_report(r: Reader, app_id: int, title: str) -> GapReport:
    """What `skills.gaps(app_id)` gives, from one snapshot."""
    return report_from(r, app_id, title, profile_parts(r))


def copy_report(report: GapReport, title: str) -> GapReport:
    """A report that shares no list with `report` (their items are frozen): what a process
    keeps and what a caller may change stay apart. A deep copy cost more than the page."""
    from dataclasses import replace

    gaps = replace(report.gaps, required_missing=list(report.gaps.required_missing),
                   nice_missing=list(report.gaps.nice_missing), matched=list(report.gaps.matched))
    return replace(report, application_title=title, gaps=gaps, hints=list(report.hints),
                   implied=list(report.implied), mentioned=list(report.mentioned))


def search_report(r: Reader, limit: int, applications: bool = True) -> SearchGapReport:
    """What `skills.search_gaps(limit)` gives, from one snapshot."""
    from bounceback.skills.gaps import (
        GAP_APPS,
        GAP_APPS_REJECTED,
        gap_sources,
        gaps_from,
        learning_plan,
    )
    from bounceback.storage.readmodel import skill_queries as sq
    from bounceback.storage.readmodel import skill_reads as q

    profile, _, vocabulary = _profile(r)
    totals = sq.gap_totals(r)
    gaps = gaps_from(totals, have(vocabulary, profile.names))[:limit]
    with_details(r, gaps, applications=applications)
    sources = gap_sources(totals, profile.names)
    return SearchGapReport(
        gaps=gaps,
        plan=learning_plan(gaps, limit=min(5, limit)),
        applications=totals.get((GAP_APPS, ""), 0),
        skill_gap_rejections=totals.get((GAP_APPS_REJECTED, ""), 0),
        attribution=attribution_of(sources, q.attributions(r) if sources & {"onet", "esco"}
                                   else {}),
    )


def with_details(r: Any, gaps: Sequence[Any], *, applications: bool) -> None:
    """Each gap shown gets its category and evidence and, when `applications`, the
    applications behind it (the lean path and the skills service read them alike)."""
    from bounceback.storage.readmodel import skill_queries as sq

    shown = [gap.skill for gap in gaps]
    details = sq.gap_details(r, shown)
    listed = sq.gap_applications(r, shown) if applications else {}
    for gap in gaps:
        gap.category, gap.evidence = details.get(gap.skill, ("", ""))
        if applications:
            gap.applications = listed.get(gap.skill, [])
