"""The skills vocabulary: the built-in entries, the user's own, and merging imported ones."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from bounceback.domain.errors import InvalidValue
from bounceback.domain.skills import Form, Skill, SkillSource

BUILTIN_FILE = "vocabulary.json.gz"


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


class Vocabulary:
    """Skills by canonical name, with every alias pointing at its entry.

    Adding an entry whose name or alias is already known keeps the existing entry (the
    built-in rules for "Go" or "R" win over an imported plain name) and returns it.
    """

    def __init__(
        self, skills: Iterable[Skill] = (), families: Mapping[str, str] | None = None
    ) -> None:
        self._skills: dict[str, Skill] = {}
        self._forms: dict[str, str] = {}
        self.families: dict[str, str] = dict(families or {})
        for skill in skills:
            self.add(skill)

    def add(self, skill: Skill) -> Skill:
        """Add an entry, or return the known entry one of its forms already names."""
        senses = {r.text for r in skill.rules if r.fields}
        for form in skill.forms:
            if form in senses:
                continue  # "AWS" names the cloud and the welding society: both entries stay
            known = self._forms.get(_key(form))
            if known is not None:
                existing = self._skills[known]
                if skill.hot and not existing.hot:
                    existing = replace(existing, hot=True)
                    self._skills[known] = existing
                return existing
        key = _key(skill.name)
        self._skills[key] = skill
        for form in skill.forms:
            self._forms.setdefault(_key(form), key)
        return skill

    def extend(self, skills: Iterable[Skill]) -> int:
        """Add many entries; return how many were new."""
        before = len(self._skills)
        for skill in skills:
            self.add(skill)
        return len(self._skills) - before

    def get(self, name: str) -> Skill | None:
        """The entry a name or alias refers to (case-insensitive), or None."""
        key = self._forms.get(_key(name))
        return self._skills[key] if key is not None else None

    def canonical(self, name: str) -> str:
        """The canonical name for a name or alias; unknown names come back as typed."""
        skill = self.get(name)
        return skill.name if skill else name.strip()

    def family(self, category: str) -> str:
        """Skills of one family vouch for each other's context ("Go" next to "Docker")."""
        return self.families.get(category, category)

    def by_category(self) -> dict[str, list[Skill]]:
        out: dict[str, list[Skill]] = {}
        for skill in self._skills.values():
            out.setdefault(skill.category, []).append(skill)
        return out

    def copy(self) -> Vocabulary:
        clone = Vocabulary(families=self.families)
        clone._skills = dict(self._skills)
        clone._forms = dict(self._forms)
        return clone

    def __iter__(self) -> Iterator[Skill]:
        return iter(self._skills.values())

    def __len__(self) -> int:
        return len(self._skills)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and _key(name) in self._forms


def skill_from_dict(
    data: Mapping[str, Any], category: str, source: SkillSource = SkillSource.BUILTIN
) -> Skill:
    """Build an entry from the JSON shape used by the built-in file and user files."""
    name = str(data.get("name", "")).strip()
    if not name:
        raise InvalidValue(f"a skill in category {category!r} has no name")
    return Skill(
        name=name,
        category=str(data.get("category", category)),
        aliases=tuple(str(a).strip() for a in data.get("aliases", ()) if str(a).strip()),
        source=source,
        case_sensitive=bool(data.get("case_sensitive", False)),
        needs_context=bool(data.get("needs_context", False)),
        cues=tuple(str(c) for c in data.get("cues", ())),
        hot=bool(data.get("hot", False)),
        verb_like=bool(data.get("verb_like", False)),
    )


def skill_to_dict(skill: Skill) -> dict[str, Any]:
    out: dict[str, Any] = {"name": skill.name, "category": skill.category}
    if skill.aliases:
        out["aliases"] = list(skill.aliases)
    for flag in ("case_sensitive", "needs_context", "hot", "verb_like"):
        if getattr(skill, flag):
            out[flag] = True
    if skill.cues:
        out["cues"] = list(skill.cues)
    out["source"] = skill.source.value
    return out


@dataclass(frozen=True)
class BuiltinData:
    """What the shipped vocabulary file holds: skills, the field of each category, occupations
    (name, O*NET codes, skills the title implies, source), titles -> occupation, attributions."""

    version: str
    skills: tuple[Skill, ...]
    families: dict[str, str]
    occupations: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...]
    titles: dict[str, int]
    attributions: dict[str, str]


_SOURCES = {"curated": SkillSource.BUILTIN, "onet": SkillSource.ONET, "esco": SkillSource.ESCO}
_CS, _CTX, _VERB, _NOCUE = 1, 2, 4, 8


def _form(packed: list[Any]) -> Form:
    bits = packed[1]
    extra = len(packed) > 2
    return Form(
        packed[0],
        bool(bits & _CS),
        bool(bits & _CTX) or (extra and bool(packed[3])),
        tuple(packed[2]) if extra else (),
        tuple(packed[3]) if extra else (),
        bool(bits & _VERB),
        not bits & _NOCUE,
    )


@lru_cache(maxsize=1)
def builtin_data() -> BuiltinData:
    """The shipped vocabulary (read once per process)."""
    raw = resources.files("bounceback.skills").joinpath("data", BUILTIN_FILE).read_bytes()
    data = json.loads(gzip.decompress(raw))
    skills = []
    for name, category, forms, hot, source in data["skills"]:
        rules = tuple(_form(f) for f in forms)
        skills.append(
            Skill(
                name=name,
                category=category,
                aliases=tuple(r.text for r in rules[1:]),
                source=_SOURCES.get(source, SkillSource.BUILTIN),
                case_sensitive=rules[0].case_sensitive,
                needs_context=rules[0].needs_context,
                cues=rules[0].cues,
                hot=bool(hot),
                verb_like=rules[0].verb_like,
                rules=rules,
            )
        )
    occupations = tuple(
        (str(name), tuple(codes), tuple(implied), str(source))
        for name, codes, implied, source in data["occupations"]
    )
    return BuiltinData(
        version=str(data["version"]),
        skills=tuple(skills),
        families=dict(data["fields"]),
        occupations=occupations,
        titles=dict(data["titles"]),
        attributions=dict(data["attributions"]),
    )


def builtin_vocabulary() -> Vocabulary:
    """A fresh copy of the built-in vocabulary (every field of work; O*NET and ESCO names)."""
    data = builtin_data()
    return Vocabulary(data.skills, data.families)


def builtin_attributions(sources: Iterable[SkillSource]) -> dict[str, str]:
    """The attributions owed for shipped entries of these sources (O*NET, ESCO)."""
    known = builtin_data().attributions
    return {s.value: known[s.value] for s in sources if s.value in known}


def user_skill(
    name: str,
    category: str = "my skills",
    aliases: Iterable[str] = (),
    case_sensitive: bool = False,
) -> Skill:
    """An entry the user adds; names of one or two letters must be matched as written."""
    name = " ".join(name.split())
    if not name:
        raise InvalidValue("a skill needs a name; for example: bounceback skills add 'forklift'")
    if len(name) > 120:
        raise InvalidValue(f"the skill name {name[:40]!r}... is too long (at most 120 characters)")
    short = len(name) <= 2
    return Skill(
        name=name,
        category=" ".join(category.split()) or "my skills",
        aliases=tuple(a.strip() for a in aliases if a.strip()),
        source=SkillSource.USER,
        case_sensitive=case_sensitive or short,
    )
