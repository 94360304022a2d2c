"""Skills vocabulary storage: the user's entries, imported O*NET/ESCO names, import records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from bounceback.domain.skills import Skill, SkillSource
from bounceback.storage.tables.skills import VocabularyEntryRow, VocabularyImportRow


def vocabulary_entries(session: Session) -> list[Skill]:
    """User entries first, so that they win over imported names of the same spelling."""
    rows = session.execute(
        select(
            VocabularyEntryRow.name,
            VocabularyEntryRow.category,
            VocabularyEntryRow.aliases,
            VocabularyEntryRow.case_sensitive,
            VocabularyEntryRow.needs_context,
            VocabularyEntryRow.cues,
            VocabularyEntryRow.hot,
            VocabularyEntryRow.source,
        ).order_by(VocabularyEntryRow.source.desc(), VocabularyEntryRow.id)
    )
    return [
        Skill(
            name=name,
            category=category,
            aliases=tuple(aliases or ()),
            source=SkillSource(source),
            case_sensitive=case_sensitive,
            needs_context=needs_context,
            cues=tuple(cues or ()),
            hot=hot,
        )
        for name, category, aliases, case_sensitive, needs_context, cues, hot, source in rows
    ]


def vocabulary_stamp(session: Session) -> tuple[Any, ...]:
    """Changes whenever the stored entries change, so a cached vocabulary knows it is stale."""
    count, top = session.execute(
        select(func.count(VocabularyEntryRow.id), func.max(VocabularyEntryRow.id))
    ).one()
    return count, top, tuple(sorted(imports(session).items()))


def replace_source(session: Session, source: SkillSource, skills: Iterable[Skill]) -> int:
    """Replace every entry of one source (a fresh O*NET import replaces the old one)."""
    session.execute(delete(VocabularyEntryRow).where(VocabularyEntryRow.source == source.value))
    values = []
    seen: set[str] = set()
    for s in skills:
        if s.name in seen:
            continue
        seen.add(s.name)
        values.append(
            {
                "name": s.name[:300],
                "category": s.category[:200],
                "aliases": list(s.aliases),
                "case_sensitive": s.case_sensitive,
                "needs_context": s.needs_context,
                "cues": list(s.cues),
                "hot": s.hot,
                "source": source.value,
            }
        )
    if values:
        session.execute(insert(VocabularyEntryRow), values)
    return len(values)


def add_user_entry(session: Session, skill: Skill) -> None:
    session.execute(
        delete(VocabularyEntryRow).where(
            VocabularyEntryRow.source == SkillSource.USER.value,
            func.lower(VocabularyEntryRow.name) == skill.name.lower(),
        )
    )
    session.add(
        VocabularyEntryRow(
            name=skill.name,
            category=skill.category,
            aliases=list(skill.aliases),
            case_sensitive=skill.case_sensitive,
            needs_context=False,
            cues=[],
            hot=False,
            source=SkillSource.USER.value,
        )
    )
    session.flush()


def remove_user_entry(session: Session, name: str) -> bool:
    result = session.execute(
        delete(VocabularyEntryRow).where(
            VocabularyEntryRow.source == SkillSource.USER.value,
            func.lower(VocabularyEntryRow.name) == name.lower(),
        )
    )
    return bool(getattr(result, "rowcount", 0))


def record_import(
    session: Session, source: str, version: str, file_name: str, entries: int, attribution: str
) -> None:
    session.execute(delete(VocabularyImportRow).where(VocabularyImportRow.source == source))
    session.add(
        VocabularyImportRow(
            source=source,
            version=version,
            file_name=file_name[:500],
            entries=entries,
            attribution=attribution,
        )
    )
    session.flush()


def imports(session: Session) -> dict[str, tuple[str, int, str]]:
    """source -> (version, entries, attribution) of every imported taxonomy."""
    rows = session.execute(
        select(
            VocabularyImportRow.source,
            VocabularyImportRow.version,
            VocabularyImportRow.entries,
            VocabularyImportRow.attribution,
        )
    )
    return {
        source: (version, entries, attribution) for source, version, entries, attribution in rows
    }
