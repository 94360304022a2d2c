"""Importing an ESCO skills CSV (preferredLabel, altLabels, skillType...) into entries."""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from bounceback.domain.errors import ImportFailed
from bounceback.domain.skills import Skill, SkillSource
from bounceback.skills.documents import decode_text
from bounceback.skills.vocabulary import Vocabulary

ESCO_ATTRIBUTION = (
    "This product uses the ESCO classification of the European Commission (© European Union)."
)
ESCO_FAMILY = "esco"
_REQUIRED = ("preferredLabel",)


@dataclass
class EscoImport:
    skills: list[Skill]
    rows: int
    skipped: int
    attribution: str = ESCO_ATTRIBUTION


def load_esco(path: Path) -> EscoImport:
    from bounceback.files import read_file

    if not os.path.lexists(path):  # never raises, even on a name too long
        raise ImportFailed(f"no ESCO skills CSV at {path}; download 'skills_en.csv' from ESCO")
    return parse_esco(read_file(path), str(path))


def parse_esco(data: bytes, what: str = "the ESCO file") -> EscoImport:
    """Released concepts only; altLabels (one per line in the cell) become aliases."""
    text = decode_text(data, what)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        columns = set(reader.fieldnames or ())
    except csv.Error as exc:  # a header cell over the csv module's limit, a stray NUL...
        raise ImportFailed(f"{what}, line 1: {exc}") from None
    if not set(_REQUIRED) <= columns:
        raise ImportFailed(
            f"{what} is not an ESCO skills CSV: it has no 'preferredLabel' column "
            "(expected the columns of ESCO's skills_<language>.csv)"
        )
    skills: list[Skill] = []
    rows = skipped = 0
    try:
        for row in reader:
            rows += 1
            status = (row.get("status") or "released").strip().lower()
            name = " ".join((row.get("preferredLabel") or "").split())
            if status != "released" or not name:
                skipped += 1
                continue
            skills.append(esco_skill(name, row.get("altLabels") or "", row.get("skillType") or ""))
    except csv.Error as exc:
        raise ImportFailed(f"{what}, line {reader.line_num}: {exc}") from None
    return EscoImport(skills, rows, skipped)


def esco_skill(name: str, alt_labels: str, skill_type: str) -> Skill:
    aliases = [" ".join(a.split()) for a in re.split(r"[\n|]", alt_labels) if a.strip()]
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    if bare != name and len(bare) > 2:
        aliases.insert(0, bare)
    short = len(bare) <= 3
    return Skill(
        name=name,
        category=f"ESCO {skill_type.strip() or 'skill'}",
        aliases=tuple(dict.fromkeys(a for a in aliases if a.casefold() != name.casefold())),
        source=SkillSource.ESCO,
        case_sensitive=short,
        needs_context=short,
    )


def add_to_vocabulary(vocabulary: Vocabulary, skills: list[Skill]) -> int:
    for skill in skills:
        vocabulary.families.setdefault(skill.category, ESCO_FAMILY)
    return vocabulary.extend(skills)
