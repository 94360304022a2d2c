"""Importing the O*NET Technology Skills file (tab-separated, as the O*NET Resource Center
publishes it) into vocabulary entries; the attribution its licence asks for goes with it."""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bounceback.domain.errors import ImportFailed
from bounceback.domain.skills import Skill, SkillSource
from bounceback.skills.documents import decode_text
from bounceback.skills.vocabulary import Vocabulary

TECHNOLOGY_SKILLS_FILE = "Technology Skills.txt"
HEADER = ("O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology")
DEFAULT_VERSION = "29.2"
ONET_FAMILY = "tech"


def onet_attribution(version: str = DEFAULT_VERSION) -> str:
    """The attribution the O*NET licence (CC BY 4.0) asks for, wherever its data is used."""
    return (
        f"This product includes information from the O*NET {version} Database by the U.S. "
        "Department of Labor, Employment and Training Administration (USDOL/ETA). Used under "
        "the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA."
    )


@dataclass
class OnetImport:
    skills: list[Skill]
    rows: int
    occupations: int
    version: str
    hot: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def attribution(self) -> str:
        return onet_attribution(self.version)


def find_technology_skills(path: Path) -> Path:
    """The Technology Skills file itself, given the file or the folder holding it."""
    candidate = path / TECHNOLOGY_SKILLS_FILE if os.path.isdir(path) else path
    if not os.path.isfile(candidate):  # never raises, even on a name too long
        raise ImportFailed(
            f"no O*NET Technology Skills file at {path}; download the O*NET database text "
            f"files and point to '{TECHNOLOGY_SKILLS_FILE}' or the folder holding it"
        )
    return candidate


def read_version(folder: Path) -> str:
    """The database version from the 'Read Me.txt' beside the file, if there is one."""
    readme = folder / "Read Me.txt"
    if readme.is_file():
        match = re.search(r"O\*NET\s+(\d+\.\d+)\s+Database", readme.read_text("utf-8", "replace"))
        if match:
            return match.group(1)
    return DEFAULT_VERSION


def load_onet(path: Path) -> OnetImport:
    """Read the file at `path` (or in the folder `path`)."""
    from bounceback.files import read_file

    file = find_technology_skills(path)
    return parse_technology_skills(read_file(file), str(file), read_version(file.parent))


def parse_technology_skills(
    data: bytes, what: str = TECHNOLOGY_SKILLS_FILE, version: str = DEFAULT_VERSION
) -> OnetImport:
    """One entry per technology name, in the commodity category O*NET files it under."""
    text = decode_text(data, what)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
    try:
        header = next(reader, None)
    except csv.Error as exc:  # a header cell over the csv module's limit, a stray NUL...
        raise ImportFailed(f"{what}, line 1: {exc}") from None
    if header is None or tuple(h.strip() for h in header[: len(HEADER)]) != HEADER:
        raise ImportFailed(
            f"{what} is not an O*NET Technology Skills file: the first line should name the "
            f"columns {', '.join(HEADER)}"
        )
    by_name: dict[str, Skill] = {}
    occupations: set[str] = set()
    rows = 0
    for number, row in enumerate(_rows(reader, what), start=2):
        if not row or not any(row):
            continue
        if len(row) < len(HEADER):
            raise ImportFailed(
                f"{what}, line {number}: expected {len(HEADER)} columns, found {len(row)}"
            )
        rows += 1
        code, name, _commodity, category, hot = (c.strip() for c in row[:5])
        occupations.add(code)
        if not name:
            continue
        known = by_name.get(name.casefold())
        if known is None:
            by_name[name.casefold()] = onet_skill(name, category, hot == "Y")
        elif hot == "Y" and not known.hot:
            by_name[name.casefold()] = onet_skill(known.name, known.category, True)
    skills = list(by_name.values())
    return OnetImport(skills, rows, len(occupations), version, sum(s.hot for s in skills))


def _rows(reader: Any, what: str) -> Iterator[list[str]]:
    try:
        yield from reader
    except csv.Error as exc:
        raise ImportFailed(f"{what}, line {reader.line_num}: {exc}") from None


def onet_skill(name: str, category: str, hot: bool) -> Skill:
    """An entry for one O*NET technology name; plain words must show they mean the product."""
    plain_word = bool(re.fullmatch(r"[A-Z][a-z]+!?", name))
    short = len(name) <= 2
    aliases: tuple[str, ...] = ()
    stripped = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    if stripped != name and len(stripped) > 3:
        aliases = (stripped,)
    return Skill(
        name=name,
        category=category or "technology",
        aliases=aliases,
        source=SkillSource.ONET,
        case_sensitive=plain_word or short or (len(name) <= 4 and name.isupper()),
        needs_context=plain_word or short,
        hot=hot,
    )


def add_to_vocabulary(vocabulary: Vocabulary, skills: list[Skill]) -> int:
    """Merge imported entries (built-in entries keep their rules); return how many were new."""
    for skill in skills:
        vocabulary.families.setdefault(skill.category, ONET_FAMILY)
    return vocabulary.extend(skills)
