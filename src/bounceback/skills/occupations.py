"""Job title -> occupation -> the skills the title implies and the field of work.

Titles are matched against the shipped index: bounceback's own occupation phrases ("plumber
fitter", "chef de partie"), O*NET's occupation and reported titles, and ESCO's occupation
labels. The longest phrase of the title that names an occupation wins, bounceback's phrases
first. The skills an occupation implies are shown apart from the skills a posting names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bounceback.domain.skills import ImpliedSkill
from bounceback.skills.vocabulary import builtin_data

# O*NET-SOC major groups -> fields of work.
_SOC_FIELDS = {
    "11": "business", "13": "finance", "15": "tech", "17": "trades", "19": "science",
    "21": "care", "23": "office", "25": "education", "27": "marketing", "29": "health",
    "31": "health", "33": "security", "35": "hospitality", "37": "service", "39": "care",
    "41": "retail", "43": "office", "45": "trades", "47": "trades", "49": "trades",
    "51": "trades", "53": "logistics",
}  # fmt: skip
_NOISE = re.compile(
    r"\([^)]*\)|\[[^\]]*\]|\b(?:band|grade|level)\s*\d+\w*|\b\d+\w*\b|"
    r"\b(?:senior|junior|jr|sr|trainee|graduate|lead|principal|apprentice|assistant to the|"
    r"part[- ]time|full[- ]time|temporary|temp|permanent|contract|locum|bank|agency|relief|"
    r"night|nights|days|weekend|weekends|days/nights|ft|pt|remote|hybrid|urgent|immediate start|"
    r"hiring|needed|wanted|required|opportunity|position|vacancy|job|role)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Occupation:
    name: str
    codes: tuple[str, ...]
    skills: tuple[str, ...]
    field: str
    source: str  # curated, onet, esco


@lru_cache(maxsize=1)
def _occupations() -> tuple[Occupation, ...]:
    data = builtin_data()
    families = data.families
    by_name = {s.name: s for s in data.skills}
    out = []
    for name, codes, skills, source in data.occupations:
        counts: dict[str, int] = {}
        for skill in skills:
            known = by_name.get(skill)
            if known is not None:
                family = families.get(known.category, known.category)
                counts[family] = counts.get(family, 0) + 1
        field = max(counts, key=lambda f: counts[f]) if counts else ""
        if not field or field in ("general", "licences", "service", "office"):
            field = _SOC_FIELDS.get(codes[0][:2], field) if codes else field
        out.append(Occupation(name, codes, skills, field, source))
    return tuple(out)


def clean_title(title: str) -> str:
    """The words of a title that name the job ("Staff Nurse - Band 5 (Nights)" -> "staff nurse")."""
    title = re.split(r"\s+[-–—|@]\s+|\s+at\s+|,\s+", title.strip(), maxsplit=1)[0]
    title = _NOISE.sub(" ", title)
    title = re.sub(r"[^\w&+/' -]", " ", title)
    return " ".join(title.casefold().replace("/", " / ").split())


def load() -> None:
    """The shipped vocabulary and its occupations, read now (once per process) rather than
    by the first title looked up: a server reads them before its first page."""
    _occupations()


def occupation_for(title: str) -> Occupation | None:
    """The occupation a job title names, or None."""
    if not title or not title.strip():
        return None
    return _lookup(clean_title(title), title)


@lru_cache(maxsize=512)
def _lookup(cleaned: str, original: str) -> Occupation | None:
    titles = builtin_data().titles
    occupations = _occupations()
    words = cleaned.split()
    best: tuple[int, int, int] | None = None  # (curated, length, index)
    for size in range(min(len(words), 6), 0, -1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            index = titles.get(phrase)
            if index is None:
                continue
            if len(phrase) <= 3 and phrase.upper() not in original:
                continue
            occupation = occupations[index]
            rank = (int(occupation.source == "curated"), len(phrase), -index)
            if size == 1 and occupation.source != "curated":
                continue
            if best is None or rank > best:
                best = rank
    return occupations[-best[2]] if best else None


def implied_skills(occupation: Occupation | None, named: set[str]) -> list[ImpliedSkill]:
    """The occupation's core skills that the text does not name already."""
    if occupation is None:
        return []
    data = builtin_data()
    categories = {s.name: s.category for s in data.skills}
    return [
        ImpliedSkill(skill, categories.get(skill, ""), occupation.name)
        for skill in occupation.skills
        if skill not in named
    ]
