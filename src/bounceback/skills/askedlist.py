"""The asked-for list as a recruiter writes it: one entry per ask, and a list of a checklist's length.

The asked-for model (skillfilter.py) scores each candidate alone, so a posting can come out with
two candidates read from one stretch of text ("Category C+E" and "UK Category C"), and, in a long
posting, many more entries than anyone lists (the labelled checklists hold 10 skills a posting,
18 at most). Held out (round 14, `scripts/train_skill_filter.py`), these rules raised the
precision of the first-read checklist folders at the same recall; what they take off the
asked-for list stays visible as "also mentioned". Round 14 also left a name's examples in
brackets ("Microsoft Office (Word, Excel)") to "also mentioned"; round 29 keeps them asked for:
the strangers' labels of the retired rounds 8-17 list them (370 postings: 114 more skills right
for 257 more listed, recall 0.721 -> 0.745, F1 0.614 -> 0.620).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bounceback.domain.skills import SkillMatch, SkillSource
from bounceback.skills.evidence import TextIndex


def _placed(m: SkillMatch, text: str) -> bool:
    return m.end <= len(text) and text[m.start : m.end] == m.text


def settle(
    matches: Sequence[SkillMatch],
    scores: Sequence[float],
    text: str,
    cap: int = 0,
    index: TextIndex | None = None,
) -> tuple[list[SkillMatch], list[SkillMatch]]:
    """The candidates scored as asked for (`scores`: the asked-for model's, one per match), split
    into those that stay asked for and those the list leaves to "also mentioned":

    - the shorter of two candidates read from overlapping text ("UK Category C" inside "UK
      Category C+E");
    - a bilingual ask's English and the word "bilingual" when the line names the other language
      ("Bilingual English/Spanish", "Bilingual (English and Afrikaans)"): the ask is Spanish;
    - a tool the team uses, in a sentence that asks nothing of you ("Our engineering team uses
      Jira, Slack and GitHub.", "Our backend is Node.js on AWS");
    - with `cap` (the model's `asked_cap`; 0: none), every skill past the `cap` best scored ones.

    An entry the user added to the vocabulary is never moved (they said it is a skill).
    `index` is the text's sentences (evidence.TextIndex, the one cut of every rule; made here
    when not given).
    """
    ranked = list(zip(matches, scores, strict=True))
    free = [(m, s) for m, s in ranked if m.source is not SkillSource.USER]
    # A name's examples in brackets ("Microsoft Office (Word, Excel)", "Python (pandas, NumPy)")
    # stay asked for beside it (round 29; the module's docstring).
    moved: set[int] = set()
    spans = [(k, m) for k, (m, _s) in enumerate(free) if _placed(m, text)]
    for k, a in spans:
        for j, b in spans:
            if j != k and a.start < b.end and b.start < a.end:
                la, lb = a.end - a.start, b.end - b.start
                if la < lb or (la == lb and k > j):
                    moved.add(id(a))
    pair, asked = _bilingual_pair(free, text)
    moved = (moved - asked) | pair | _credential_twins(free, moved)
    if any(_placed(m, text) for m, _s in free):
        index = index or TextIndex(text)
        moved |= {id(m) for m, _s in free if _placed(m, text) and _team_uses(_sentence(index, m))}
    if cap > 0:
        best: dict[str, float] = {}
        for m, s in free:
            if id(m) not in moved:
                best[m.skill] = max(best.get(m.skill, 0.0), s)
        order = sorted(best, key=lambda name: -best[name])
        over = set(order[cap:])
        moved |= {id(m) for m, _s in free if m.skill in over}
    kept = [m for m, _s in ranked if id(m) not in moved]
    return kept, [m for m, _s in ranked if id(m) in moved]


_CREDENTIAL = re.compile(
    r"\s+(?:licen[cs]es?|certificates?|certification|tickets?|cards?|qualifications?|training)$",
    re.IGNORECASE,
)


def _credential_twins(free: Sequence[tuple[SkillMatch, float]], moved: set[int]) -> set[int]:
    """A phrase of the text's own words that is another candidate's name with a credential's
    word after it ("reach truck licence" beside the vocabulary's "reach truck", from
    "Forklift and reach truck licences" and "a reach truck licence"): one skill, read once."""
    names = {
        n.casefold()
        for m, _s in free
        if id(m) not in moved
        for n in (m.skill, m.text)
        if not _CREDENTIAL.search(n)
    }
    return {
        id(m)
        for m, _s in free
        if m.source is SkillSource.TEXT
        and (bare := _CREDENTIAL.sub("", m.skill)) != m.skill
        and bare.casefold() in names
    }


_BILINGUAL = re.compile(r"\bbilingual\b", re.IGNORECASE)


def _bilingual_pair(
    free: Sequence[tuple[SkillMatch, float]], text: str
) -> tuple[set[int], set[int]]:
    """The candidates (by id) a bilingual ask names twice, and those that name it: in a line
    that says "bilingual" and names a language other than English, English (the posting's own
    language) and "bilingual" itself are the same ask as that language, which stays asked for
    even when written as an example in brackets ("Bilingual (English/French)")."""
    lines: dict[int, list[SkillMatch]] = {}
    for m, _s in free:
        if m.category == "languages" and _placed(m, text):
            lines.setdefault(text.rfind("\n", 0, m.start), []).append(m)
    out: set[int] = set()
    asked: set[int] = set()
    for start, found in lines.items():
        end = text.find("\n", start + 1)
        line = text[start + 1 : end if end >= 0 else len(text)]
        if not _BILINGUAL.search(line):
            continue
        other = [m for m in found if m.skill.casefold() not in ("english", "bilingual")]
        if other:
            out |= {id(m) for m in found if m.skill.casefold() in ("english", "bilingual")}
            asked |= {id(m) for m in other}
    return out, asked


# "Our engineering team uses Jira...", "We use Opera PMS...", "Our current tooling includes...",
# "Our backend is Node.js on AWS", "The team uses Monday.com..."
_TEAM_USES = re.compile(
    r"^\W*(?:(?:our|the)(?:\s+[\w-]+){0,2}\s+(?:team|teams|office|site|clinic|practice|kitchen|"
    r"stack|tooling|tools|backend|frontend|platform|systems?)\s+(?:uses?|runs?|is|are|includes?|"
    r"relies on|works with)|we\s+(?:use|run|work with|rely on|are rolling out|'re rolling out)|"
    r"we're\s+(?:using|rolling out)|our stack\b)\b",
    re.IGNORECASE,
)
# What asks something of the reader in the same sentence.
_ASKS = re.compile(
    r"\b(?:experience|experienced|knowledge|familiar\w*|proficien\w*|required|require|must|"
    r"essential|desirable|ideally|bonus|plus|advantage\w*|expert\w*|skills?|able to|ability|"
    r"should|need|you have|you've|your)\b",
    re.IGNORECASE,
)


def _sentence(index: TextIndex, m: SkillMatch) -> str:
    """The sentence holding the match, as every rule cuts the text (evidence.TextIndex)."""
    sentence = index.at(m.start)
    return sentence.text if sentence is not None else ""


def _team_uses(sentence: str) -> bool:
    """A sentence that says what the team uses and asks nothing of the reader."""
    return bool(_TEAM_USES.search(sentence)) and not _ASKS.search(sentence)
