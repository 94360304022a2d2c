"""Finding vocabulary skills in a text with one Aho-Corasick pass, without false hits.

Every form of every skill goes into one automaton over case-folded text (built once per
vocabulary and kept for the process). Each hit is then checked:
- word boundaries ("Rust" is not in "trust", "C" is not in "C++" or "C-suite");
- case for forms matched only as written ("Excel", not "excel"; "ECG", not "ecg");
- context for forms that are also ordinary words or name several things ("Go" needs a cue such
  as "language" or another skill of its field nearby; "AWS" is the cloud in a software posting
  and the welding society in a welder's);
- the part of the posting ("Benefits", "About us", "How to apply" and boilerplate sentences
  name no skill the candidate needs), negation ("Non CDL", "CDL not required"), grades ("GCSE
  grades A to C"), addresses (".net" in an email address), and verbs opening a sentence ("Go
  above and beyond", "Excel at...").
Overlaps keep the leftmost, then longest hit ("Microsoft Excel" over "Excel").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import ahocorasick

from bounceback.domain.skills import Form, Importance, Skill, SkillMatch
from bounceback.skills import context, notasked
from bounceback.skills.evidence import (
    Sentence,
    TextIndex,
    importance_of,
    match_at,
    years_in,
)
from bounceback.skills.mentions import merge_mentions, one_name_per_entry
from bounceback.skills.otherpeople import training_given
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
    ]
)
_GENERIC_CUES = ("software", "tools", "platform", "platforms", "application", "systems")
# Fields whose skills say nothing about which field a posting belongs to.
_NEUTRAL = frozenset({"general", "languages", "licences", "office", "software", "service"})


def _fold(text: str) -> str:
    """Lower-case without changing the length, so positions stay valid in the original."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _case_ok(found: str, form: str) -> bool:
    if found == form:
        return True
    # A form written in lower case also matches with a capital first letter (sentence start),
    # and a capitalised phrase matches in capitals (headings).
    if found == form[:1].upper() + form[1:]:
        return True  # a sentence's first word: "Good English"
    if form.islower():
        return found.isupper() and len(form) > 4
    return (found.isupper() and len(form) > 5 and found == form.upper()) or _title_cased(found, form)


def _title_cased(found: str, form: str) -> bool:
    """A name with letters in it written in title case, as a credential or a ticket is on a
    line of its own: "Registered BAS Agent" for "registered BAS agent", "Tax Practitioners Board
    Registration"; the letters stay as written ("Registered Bas Agent" is not it)."""
    words, written = form.split(), found.split()
    if len(words) < 3 or len(words) != len(written) or not any(w.islower() for w in words):
        return False
    return all(
        w == f or (w.islower() and f == w[:1].upper() + w[1:]) for w, f in zip(words, written, strict=True)
    )


class SkillMatcher:
    """An automaton over a vocabulary; build once, then call `find` on many texts."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._skills: list[Skill] = list(vocabulary)
        self._families = [vocabulary.family(s.category) for s in self._skills]
        self._forms: list[tuple[int, Form]] = []
        self._cue_patterns: dict[tuple[str, ...], re.Pattern[str]] = {}
        automaton = ahocorasick.Automaton()
        keys: dict[str, list[int]] = {}
        for index, skill in enumerate(self._skills):
            for form in skill.form_rules():
                key = _fold(form.text)
                if not key.strip():
                    continue
                keys.setdefault(key, []).append(len(self._forms))
                self._forms.append((index, form))
        for key, ids in keys.items():
            automaton.add_word(key, tuple(ids))
        if len(automaton):
            automaton.make_automaton()
        self._automaton = automaton

    def __len__(self) -> int:
        return len(self._skills)

    def find(self, text: str, index: TextIndex | None = None, field: str = "") -> list[SkillMatch]:
        """Every mention of a vocabulary skill in `text`, in order, with its sentence.

        `field` is the posting's field of work when known (from its title); otherwise the
        field whose skills the text names most decides ambiguous names.
        """
        if not text or not len(self._automaton):
            return []
        index = index or TextIndex(text)
        blanked = context.blank_addresses(text)
        candidates = self._candidates(text, blanked)
        if not candidates:
            return []
        field = field or self.field_of(candidates)
        kept = self._with_context(text, candidates, index, field)
        kept.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        matches: list[SkillMatch] = []
        info: dict[int, tuple[Importance, float | None]] = {}
        last_end = -1
        for start, end, form_id in kept:
            if start < last_end:
                continue
            skill_index, form = self._forms[form_id]
            sentence = index.at(start)
            if form.verb_like and _reads_as_verb(text, start, end, sentence):
                continue
            last_end = end
            key = sentence.start if sentence else -1
            if key not in info:
                info[key] = (importance_of(sentence), years_in(sentence))
            skill = self._skills[skill_index]
            matches.append(match_at(skill, text, start, end, sentence, *info[key]))
        return matches

    def _candidates(self, text: str, blanked: str) -> list[tuple[int, int, int]]:
        out = []
        for last, ids in self._automaton.iter(_fold(blanked)):
            for form_id in ids:
                _skill, form = self._forms[form_id]
                start, end = last - len(form.text) + 1, last + 1
                short = len(form.text) <= 2 or form.needs_context or form.case_sensitive
                if not _bounded(blanked, start, end, form.text, short):
                    continue
                if form.case_sensitive and not _case_ok(text[start:end], form.text):
                    continue
                if _plain_word(form) and context.in_compound(text, start, end):
                    continue  # "cutting-edge", "ready-to-cook"
                out.append((start, end, form_id))
        return out

    def field_of(self, candidates: Iterable[tuple[int, int, int]]) -> str:
        """The field most of the text's unambiguous skills belong to ("" when none stands out)."""
        counts: Counter[str] = Counter()
        for _s, _e, form_id in candidates:
            skill_index, form = self._forms[form_id]
            family = self._families[skill_index]
            if not form.needs_context and family not in _NEUTRAL:
                counts[family] += 1
        if not counts:
            return ""
        (best, n), *rest = counts.most_common(2) + [("", 0)]
        return best if n >= 2 and n > rest[0][1] else ""

    def _with_context(
        self,
        text: str,
        candidates: list[tuple[int, int, int]],
        index: TextIndex,
        field: str,
    ) -> list[tuple[int, int, int]]:
        """Drop hits that the posting's context says are not skills asked for."""
        positions = [index.position(start) for start, _e, _i in candidates]
        plain: dict[int, set[str]] = {}
        ambiguous: dict[int, dict[str, set[int]]] = {}
        for (_s, _e, form_id), i in zip(candidates, positions, strict=True):
            skill_index, form = self._forms[form_id]
            family = self._families[skill_index]
            if form.needs_context:
                ambiguous.setdefault(i, {}).setdefault(family, set()).add(skill_index)
            else:
                plain.setdefault(i, set()).add(family)
        silent: dict[int, bool] = {}
        denied: set[int] = set()
        kept = []
        for (start, end, form_id), i in zip(candidates, positions, strict=True):
            skill_index, form = self._forms[form_id]
            sentence = index.sentences[i] if i >= 0 else None
            if i not in silent:
                silent[i] = sentence is not None and (
                    _silent(sentence, text) or context.job_fact(text, sentence.start)
                )
            if silent[i]:
                continue
            s_start, s_end = (sentence.start, sentence.end) if sentence else (0, len(text))
            if context.negated(text, start, end, s_start, s_end):
                denied.add(skill_index)
                continue
            if context.grade_letter(text, start, end) or notasked.not_asked(text, start, end):
                continue
            if not form.needs_context:
                kept.append((start, end, form_id))
                continue
            window = index.around(i) if i >= 0 else text[max(0, start - 80) : end + 80]
            if form.fields:
                if field in form.fields or (form.cue_alone and self._cue(form).search(window)):
                    kept.append((start, end, form_id))
                continue
            family = self._families[skill_index]
            near = (i - 1, i, i + 1) if i >= 0 else (i,)
            if form.cue_alone and any(family in plain.get(j, ()) for j in near):
                kept.append((start, end, form_id))
                continue
            same = ambiguous.get(i, {}).get(family, set()) - {skill_index}
            # A short list of two ("French or German") is enough on a bullet of its own.
            short_list = sentence is not None and len(sentence.text.split()) <= 6
            if (form.cue_alone and (len(same) >= 2 or (same and short_list))) or self._cue(
                form
            ).search(window):
                kept.append((start, end, form_id))
        # A skill the posting denies once ("no Xero experience needed") is not asked for where
        # it is named again ("we're moving to Xero").
        return [k for k in kept if self._forms[k[2]][0] not in denied]

    def _cue(self, form: Form) -> re.Pattern[str]:
        cues = form.cues or _GENERIC_CUES
        pattern = self._cue_patterns.get(cues)
        if pattern is None:
            alternatives = "|".join(re.escape(c) for c in cues) or r"(?!x)x"
            pattern = re.compile(rf"(?<![\w]){alternatives}(?![\w])", re.IGNORECASE)
            self._cue_patterns[cues] = pattern
        return pattern


def _silent(sentence: Sentence, text: str = "") -> bool:
    """A sentence that asks nothing of the candidate: in a benefits, about-us, equal
    opportunity or how-to-apply section, or boilerplate wherever it stands."""
    if sentence.kind in context.SILENT:
        return True
    return (
        context.is_boilerplate(sentence.text)
        or (sentence.kind != context.REQUIRED and context.is_offered(sentence.text))
        or training_given(sentence.text)
        or (bool(text) and context.describes_employer(text, sentence.start, sentence.end))
    )


def _plain_word(form: Form) -> bool:
    """A form that is one word of ordinary English ("cutting", "cook"), not a name."""
    return form.text.isalpha() and form.text.islower() and not form.case_sensitive


def _bounded(text: str, start: int, end: int, form: str, short: bool) -> bool:
    """True when the hit is a whole word (or whole symbol-ended form like "C++")."""
    if form[0].isalnum() and start > 0:
        before = text[start - 1]
        if before.isalnum() or before == "_":
            return False
        if short and before in "-@#.&" and start > 1 and text[start - 2].isalnum():
            return False
    if form[-1].isalnum() and end < len(text):
        after = text[end]
        if after.isalnum() or after == "_":
            return False
        nxt = text[end + 1] if end + 1 < len(text) else " "
        if after in "./" and nxt.isalnum():
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


def extract(
    text: str, matcher: SkillMatcher, index: TextIndex | None = None, field: str = ""
) -> list[SkillMatch]:
    """One entry per skill: required if any mention is required, with the best evidence.
    Skills the text names in its own words (phrases.py) are found beside the vocabulary's."""
    index = index or TextIndex(text)
    return merge_mentions(find_all(text, matcher, index, field))


def find_all(
    text: str, matcher: SkillMatcher, index: TextIndex, field: str = "", resume: bool = False
) -> list[SkillMatch]:
    """Every mention: the vocabulary's, and the phrases the text asks for in its own words."""
    from bounceback.skills.acronympairs import find_acronym_pairs
    from bounceback.skills.awards import whole_awards
    from bounceback.skills.coordination import suspended
    from bounceback.skills.credentials import find_credentials
    from bounceback.skills.degrees import find_degrees
    from bounceback.skills.dutyverbs import find_duty_verbs
    from bounceback.skills.naming import as_written
    from bounceback.skills.ordinarysenses import drop_ordinary
    from bounceback.skills.phrases import find_phrases
    from bounceback.skills.qualified import qualified
    from bounceback.skills.slashlists import split_slash_lists
    from bounceback.skills.standards import find_standards

    mentions = drop_ordinary(text, matcher.find(text, index, field))
    named = {m.skill for m in mentions}
    mentions += [
        m for m in find_duty_verbs(text, index, matcher.vocabulary) if m.skill not in named
    ]
    mentions.sort(key=lambda m: m.start)
    found = find_phrases(text, index, mentions, matcher.vocabulary, resume=resume)
    found = suspended(text, found, matcher.vocabulary)
    found = split_slash_lists(found, matcher.vocabulary)  # "CATIA/NX" is CATIA and NX
    found = qualified(text, as_written(found, matcher.vocabulary), matcher.vocabulary)
    found = whole_awards(text, found, resume)
    found += find_credentials(text, index, found, resume)  # "Teaching Council registration"
    found = find_degrees(text, index, found, resume)  # "BSc (Hons) Nursing", "a Statistics degree"
    found = find_standards(text, index, found, resume)  # "ISO 13485", "IEC 61508-3"
    found = find_acronym_pairs(text, index, found, matcher.vocabulary, resume)  # "... (DOE)"
    found = one_name_per_entry(found, matcher.vocabulary)
    return sorted(found, key=lambda m: m.start)
