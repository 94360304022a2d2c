"""How bench/eval_skills.py scores extracted skills against labels, and header fields against
theirs (also used by scripts/train_skill_filter.py to label the filter's candidates, and by
bench/eval_fields.py).

A label counts as found when it names the same skill as an extracted one: the same canonical
name, or any name the vocabulary gives that skill, compared without case, punctuation, plural
"s", "licence"/"license" or "-ise"/"-ize" differences, or (from round nine) when a reader takes
the two names for one skill, by the rule the gaps use (`bounceback.skills.sameskill`). Extracted
skills and labels are paired one to one, the largest pairing possible (`compare`);
`compare_first_fit` is the scorer before round eight (first come, first paired).
"""

from __future__ import annotations

import re
from typing import Any

from bounceback.skills.sameskill import same_skill


def norm(text: str) -> str:
    text = text.casefold().replace("licence", "license").replace("’", "'")
    text = re.sub(r"(?<=\w)is(ation|e|ing|ed)\b", r"iz\1", text)
    text = re.sub(r"[^\w+#/&]+", " ", text)
    words = [
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in text.split()
    ]
    return " ".join(words)


class Names:
    """Every name the vocabulary gives each skill, normalised."""

    def __init__(self, vocabulary: Any) -> None:
        self.vocabulary = vocabulary
        self.names: dict[str, set[str]] = {}

    def of(self, skill: str) -> set[str]:
        if skill not in self.names:
            entry = self.vocabulary.get(skill)
            forms = set(entry.forms) if entry is not None else {skill}
            self.names[skill] = {norm(f) for f in forms} | {norm(skill)}
        return self.names[skill]

    def canonical(self, label: str) -> str:
        entry = self.vocabulary.get(label)
        return entry.name if entry is not None else label


def alternatives(label: Any) -> tuple[str, ...]:
    """A label is one name, or a list of acceptable names for the same skill."""
    return tuple(label) if isinstance(label, list | tuple) else (label,)


def _accepts(label: tuple[str, ...], skill: str, names: Names, reader: bool = True) -> bool:
    """Whether an extracted skill names a label: by one of the vocabulary's names of the skill,
    or (`reader`, from round nine) as a reader takes two names for one skill
    (`bounceback.skills.sameskill`, the rule the gaps use: "calendaring skills" names
    "calendaring deadlines", "Intermediate Excel" names "Excel")."""
    accept = names.of(skill)
    if any(norm(a) in accept or norm(names.canonical(a)) in accept for a in label):
        return True
    return reader and any(same_skill(a, skill) for a in label)


def compare(
    labels: list[Any], found: list[str], names: Names, reader: bool = True
) -> tuple[int, list[Any], list[str]]:
    """(right, labels missed, found not labelled), as a one-to-one assignment.

    Each extracted skill names at most one label and each label (one name, or a list of
    alternative names for one skill) is named by at most one extracted skill; of all such
    assignments the largest is taken (a maximum bipartite matching, by augmenting paths), so
    that an extracted skill that could name two labels takes the one no other skill names. When
    two extracted skills could name only one label, one of them is right and the other is not.
    Ties go to the skill extracted first.
    """
    left = list(dict.fromkeys(alternatives(lab) for lab in labels))
    skills = list(dict.fromkeys(found))
    edges = [
        [j for j, lab in enumerate(left) if _accepts(lab, skill, names, reader)] for skill in skills
    ]
    owner: dict[int, int] = {}  # label index -> skill index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(skills)):
        augment(i, set())
    matched = set(owner.values())
    missed = [lab for j, lab in enumerate(left) if j not in owner]
    return len(owner), missed, [s for i, s in enumerate(skills) if i not in matched]


def compare_first_fit(
    labels: list[Any], found: list[str], names: Names
) -> tuple[int, list[Any], list[str]]:
    """The scorer before round eight, kept to show what the change of scorer alone moves: each
    extracted skill, in order, takes the first label still unclaimed that it names, so that a
    skill naming two labels could take the one a later skill needed."""
    left = list(dict.fromkeys(alternatives(lab) for lab in labels))
    unmatched_found = []
    right = 0
    for skill in dict.fromkeys(found):
        hit = next((lab for lab in left if _accepts(lab, skill, names, reader=False)), None)
        if hit is None:
            unmatched_found.append(skill)
        else:
            left.remove(hit)
            right += 1
    return right, left, unmatched_found


def same(expected: str | None, got: str | None) -> bool:
    a, b = norm(expected or ""), norm(got or "")
    if not a:
        return not b
    if not b:
        return False
    if a == b:
        return True
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def same_place(expected: str | None, got: str | None) -> bool:
    """Two names of one place are the same place ("Bangalore" and "Bengaluru"; from round 23 a
    town's state or province by its code or its name: "Halifax, NS" and "Halifax, Nova Scotia",
    "Perth WA" and "Perth, Western Australia", the town the same on both sides; "Perth CBD" and
    "Perth, WA"; "Remote (USA)" and "Remote (US)")."""
    from bounceback.places import canonical_place

    if same(canonical_place(expected or ""), canonical_place(got or "")):
        return True
    town, forms = _states_spelled(canonical_place(expected or ""))
    other_town, other_forms = _states_spelled(canonical_place(got or ""))
    return bool(town) and town == other_town and any(same(a, b) for a in forms for b in other_forms)


# A code's names: "WA" is Washington or Western Australia, so both are tried.
_AU_STATES = {
    "NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "TAS": "Tasmania",
    "SA": "South Australia", "ACT": "Australian Capital Territory", "NT": "Northern Territory",
}  # fmt: skip


def _state_names() -> dict[str, tuple[str, ...]]:
    from bounceback.places import CA_PROVINCES, US_STATES

    names: dict[str, tuple[str, ...]] = {}
    for table in (US_STATES, CA_PROVINCES, _AU_STATES, {"WA": "Western Australia"}):
        for code, name in table.items():
            names[code] = (*names.get(code, ()), name)
    return names


# A town's centre is the town ("Perth CBD" is Perth); the United States by any of its names.
_CENTRE = re.compile(
    r"[\s,]+\(?(?:CBD|city cent(?:re|er)|town cent(?:re|er)|downtown)\)?(?=$|,)", re.IGNORECASE
)
_COUNTRY = re.compile(r"\b(?:USA|U\.S\.A\.?|U\.S\.|United States(?: of America)?)(?!\w)")


def _states_spelled(place: str) -> tuple[str, list[str]]:
    """The place's town, and the place as written and with the code of the town's state or
    province (the part right after the town: "Halifax, NS", "Mackay QLD 4740"; never a country's
    code at the end, "CA" or "IN") spelled out, once for each state the code names; a town's
    centre and the United States' other names set aside first ("Perth CBD", "Remote (USA)")."""
    names = _state_names()
    codes = "|".join(sorted(names, key=len, reverse=True))
    place = _COUNTRY.sub("US", _CENTRE.sub("", place)).strip()
    found = re.match(rf"^([^,]+?)(,\s*|\s+)({codes})\b", place)
    if not found:
        return norm(place.split(",")[0]), [place]
    rest = place[found.end() :]
    spelled = [f"{found.group(1)}, {name}{rest}" for name in names[found.group(3)]]
    return norm(found.group(1)), [place, *spelled]
