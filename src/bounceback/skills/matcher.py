"""Finding vocabulary skills in a text with one Aho-Corasick pass, without false hits.

Every name and alias goes into one automaton over case-folded text. Each hit is then checked:
word boundaries ("Rust" is not in "trust", "C" is not in "C++" or "C-suite"), case for entries
matched only as written ("Excel", not "excel"), context for words that are also ordinary
English ("Go" needs a cue such as "language" or another tech skill in its sentence), and a
guard against verbs at the start of a sentence ("Go above and beyond", "Excel at...").
Overlaps keep the leftmost, then longest hit ("Microsoft Excel" over "Excel").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from bounceback.domain.skills import Importance, Skill, SkillMatch
from bounceback.skills.evidence import TextIndex, importance_of, shorten, years_in
from bounceback.skills.vocabulary import Vocabulary

# After a short or ambiguous form, these characters mean it is part of something else
# ("C++", "C#", "R&D", "Go-live", "C-suite").
_JOINERS = set("+#&-_@'’")
_VERB_FOLLOWERS = frozenset(
    [
        "at",
        "in",
        "to",
        "above",
        "beyond",
        "the",
        "a",
        "an",
        "on",
        "out",
        "ahead",
        "live",
        "back",
        "into",
        "through",
        "further",
        "quickly",
        "fast",
        "your",
        "our",
        "their",
        "up",
        "down",
        "over",
        "above",
    ]
)
_GENERIC_CUES = ("software", "tools", "platform", "platforms", "application", "systems")


def _fold(text: str) -> str:
    """Lower-case without changing the length, so positions stay valid in the original."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _case_ok(found: str, form: str) -> bool:
    if found == form:
        return True
    # A form written in lower case also matches with a capital first letter (sentence start).
    return form.islower() and found == form[:1].upper() + form[1:]


class SkillMatcher:
    """An automaton over a vocabulary; build once, then call `find` on many texts."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._skills: list[Skill] = list(vocabulary)
        self._families = [vocabulary.family(s.category) for s in self._skills]
        self._cue_patterns: dict[int, re.Pattern[str]] = {}
        keys: dict[str, list[tuple[int, str]]] = {}
        for index, skill in enumerate(self._skills):
            for form in skill.forms:
                key = form.lower()
                if len(key) != len(form):
                    key = _fold(form)
                if key.strip():
                    keys.setdefault(key, []).append((index, form))
        automaton = ahocorasick.Automaton()
        for key, entries in keys.items():
            automaton.add_word(key, entries)
        if len(automaton):
            automaton.make_automaton()
        self._automaton = automaton

    def __len__(self) -> int:
        return len(self._skills)

    def find(self, text: str, index: TextIndex | None = None) -> list[SkillMatch]:
        """Every mention of a vocabulary skill in `text`, in order, with its sentence."""
        if not text or not len(self._automaton):
            return []
        index = index or TextIndex(text)
        folded = _fold(text)
        candidates: list[tuple[int, int, int]] = []
        for last, entries in self._automaton.iter(folded):
            for skill_index, form in entries:
                start = last - len(form) + 1
                end = last + 1
                skill = self._skills[skill_index]
                short = len(form) <= 2 or skill.needs_context or skill.case_sensitive
                if not _bounded(text, start, end, form, short):
                    continue
                if skill.case_sensitive and not _case_ok(text[start:end], form):
                    continue
                candidates.append((start, end, skill_index))
        kept = self._with_context(text, candidates, index)
        kept.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        matches: list[SkillMatch] = []
        sentence_info: dict[int, tuple[Importance, float | None]] = {}
        last_end = -1
        for start, end, skill_index in kept:
            if start < last_end:
                continue
            skill = self._skills[skill_index]
            sentence = index.at(start)
            if skill.verb_like and _reads_as_verb(text, start, end, sentence):
                continue
            last_end = end
            key = sentence.start if sentence else -1
            info = sentence_info.get(key)
            if info is None:
                info = sentence_info[key] = (importance_of(sentence), years_in(sentence))
            evidence = (
                shorten(sentence.text, start - sentence.start, end - sentence.start)
                if sentence
                else text[start:end]
            )
            matches.append(
                SkillMatch(
                    skill=skill.name,
                    category=skill.category,
                    text=text[start:end],
                    start=start,
                    end=end,
                    evidence=evidence,
                    importance=info[0],
                    years=info[1],
                    source=skill.source,
                )
            )
        return matches

    def _with_context(
        self, text: str, candidates: list[tuple[int, int, int]], index: TextIndex
    ) -> list[tuple[int, int, int]]:
        """Drop ambiguous hits when neither their sentence nor its neighbours show the skill.

        Signs: a cue word of the entry, a plain skill of the same family, or two other
        ambiguous skills of the family ("Go, Rust and C").
        """
        plain: dict[int, set[str]] = {}
        ambiguous: dict[int, dict[str, set[int]]] = {}
        positions = [index.position(start) for start, _e, _i in candidates]
        for (_s, _e, skill_index), i in zip(candidates, positions, strict=True):
            family = self._families[skill_index]
            if self._skills[skill_index].needs_context:
                ambiguous.setdefault(i, {}).setdefault(family, set()).add(skill_index)
            else:
                plain.setdefault(i, set()).add(family)
        kept = []
        for (start, end, skill_index), i in zip(candidates, positions, strict=True):
            if not self._skills[skill_index].needs_context:
                kept.append((start, end, skill_index))
                continue
            family = self._families[skill_index]
            near = (i - 1, i, i + 1) if i >= 0 else (i,)
            if any(family in plain.get(j, ()) for j in near):
                kept.append((start, end, skill_index))
                continue
            same = ambiguous.get(i, {}).get(family, set()) - {skill_index}
            window = index.around(i) if i >= 0 else text[max(0, start - 80) : end + 80]
            # A short list of two ("French or German") is enough on a bullet of its own.
            short_list = i >= 0 and len(index.sentences[i].text.split()) <= 6
            if (
                len(same) >= 2
                or (same and short_list)
                or self._cue_pattern(skill_index).search(window)
            ):
                kept.append((start, end, skill_index))
        return kept

    def _cue_pattern(self, skill_index: int) -> re.Pattern[str]:
        pattern = self._cue_patterns.get(skill_index)
        if pattern is None:
            skill = self._skills[skill_index]
            cues = skill.cues or (_GENERIC_CUES if skill.source.value != "builtin" else ())
            alternatives = "|".join(re.escape(c) for c in cues) or r"(?!x)x"
            pattern = re.compile(rf"(?<![\w]){alternatives}(?![\w])", re.IGNORECASE)
            self._cue_patterns[skill_index] = pattern
        return pattern


def _bounded(text: str, start: int, end: int, form: str, short: bool) -> bool:
    """True when the hit is a whole word (or whole symbol-ended form like "C++")."""
    if form[0].isalnum() and start > 0:
        before = text[start - 1]
        if before.isalnum() or before == "_":
            return False
        if short and before in "-@#." and start > 1 and text[start - 2].isalnum():
            return False
    if form[-1].isalnum() and end < len(text):
        after = text[end]
        if after.isalnum() or after == "_":
            return False
        nxt = text[end + 1] if end + 1 < len(text) else " "
        if after == "." and nxt.isalnum():
            return False
        if short and after in _JOINERS:
            # "Go's" is still Go; "Go-live", "C++", "R&D" are not.
            return (
                after in "'’"
                and nxt == "s"
                and not (end + 2 < len(text) and text[end + 2].isalnum())
            )
    return True


def _reads_as_verb(text: str, start: int, end: int, sentence: object) -> bool:
    """A capitalised verb opening a sentence: "Go above and beyond", "Excel at speaking"."""
    if sentence is None or getattr(sentence, "start", -1) != start or " " in text[start:end]:
        return False
    following = text[end : end + 20].split()
    return bool(following) and following[0].lower().strip(",.") in _VERB_FOLLOWERS


def extract(text: str, matcher: SkillMatcher, index: TextIndex | None = None) -> list[SkillMatch]:
    """One entry per skill: required if any mention is required, with the best evidence."""
    return merge_mentions(matcher.find(text, index))


def merge_mentions(mentions: Iterable[SkillMatch]) -> list[SkillMatch]:
    best: dict[str, SkillMatch] = {}
    for m in mentions:
        current = best.get(m.skill)
        if current is None or _better(m, current):
            if current is not None and current.years and not m.years:
                m = _with_years(m, current.years)
            best[m.skill] = m
        elif m.years and not current.years:
            best[m.skill] = _with_years(current, m.years)
    return sorted(best.values(), key=lambda m: m.start)


def _better(new: SkillMatch, old: SkillMatch) -> bool:
    return new.importance is Importance.REQUIRED and old.importance is not Importance.REQUIRED


def _with_years(m: SkillMatch, years: float) -> SkillMatch:
    from dataclasses import replace

    return replace(m, years=years)
