"""The English structure reader: phrase groups per clause, negated, about someone else or a
past put behind (split from crisis.py in round 35, crisis52; crisis.py reads the other languages'
phrase lists and decides the level)."""

from __future__ import annotations

import re

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_cues import (
    about_someone_else,
    farewell_signs,
    has_self,
    in_past,
    negated,
    resolved_past,
)
from bounceback.recovery.crisis_english_live import EXPLICIT, SOFT, clean, idioms_in, is_long, live
from bounceback.recovery.crisis_phrases import COMPOSITE_RE, NEGATION_PROOF
from bounceback.recovery.crisis_readable import english_phone
from bounceback.recovery.crisis_text import normalise, sentences, split_clauses

# Groups that count only when the clause says "i", "me" or "my" ("the role will not be around
# much longer" is not about the writer).
NEEDS_SELF = {
    "future_gone",
    "no_future_alive",
    "harm_again",
    "want_pain",
    "pill_means",
    "rope_means",
}
# Groups read on a whole sentence, commas included ("time I stopped being one, for good").
SENTENCE_GROUPS = {"gone_for_good", "better_off_means", "gone_easier", "harm_body"}


def _higher(a: CrisisLevel, b: CrisisLevel) -> CrisisLevel:
    return a if a.rank >= b.rank else b


# A negated statement that reassures ("not that I want to die, I just want a job") and words
# about a story (a film, a book, the news) are not read: the helpers who wrote the training texts
# read them as ordinary, and they should not crowd out the question where it is needed.
REASSURED = re.compile(
    r"\b(or anything|just (want|need|tired|mad|angry|frustrated|venting|"
    r"exhausted|fed up|stressed|annoyed|really)|i just|only want|do not worry)\b"
)
FICTION = re.compile(
    r"\b(book|film|movie|show|series|novel|character|documentary|episode|"
    r"article|news)\b"
)


class Reading:
    """The level and signs found so far in one text."""

    def __init__(self) -> None:
        self.level = CrisisLevel.NONE
        self.signs: list[str] = []
        self.sentence = ""
        self.found: list[tuple[str, CrisisLevel]] = []
        self.live = (EXPLICIT, SOFT, True)  # the patterns that may match (crisis_english_live)

    def add(self, name: str, level: CrisisLevel) -> None:
        self.level = _higher(self.level, level)
        self.signs.append(name)
        self.found.append((name, level))

    def explicit_or_softened(
        self, name: str, clause: str, match: re.Match[str], past: bool
    ) -> None:
        key = match.start("k") if "k" in match.re.groupindex else match.start()
        if negated(clause, key):
            if not REASSURED.search(self.sentence):
                self.add(name + ":softened", CrisisLevel.SOFT)
            else:
                self.add(name + ":reassured", CrisisLevel.NONE)
        elif about_someone_else(clause, key, match.group(0)):
            if not FICTION.search(self.sentence):
                self.add(name + ":softened", CrisisLevel.SOFT)
        elif past:
            self.add(name + ":softened", CrisisLevel.SOFT)
        else:
            self.add(name, CrisisLevel.EXPLICIT)

    def read_clause(self, clause: str, past: bool, groups: set[str] | None = None) -> None:
        explicit, soft, composite = self.live
        for name, pattern in explicit:
            if groups is not None and name not in groups:
                continue
            if name in NEEDS_SELF and not has_self(clause):
                continue
            for match in pattern.finditer(clause):
                self.explicit_or_softened(name, clause, match, past)
        if groups is not None:
            return
        for match in COMPOSITE_RE.finditer(clause) if composite else ():
            self.explicit_or_softened("wish_death", clause, match, past)
        for name, pattern in soft:
            for match in pattern.finditer(clause):
                if name not in NEGATION_PROOF and negated(clause, match.start()):
                    self.add(name + ":negated", CrisisLevel.NONE)
                    continue
                if name in NEGATION_PROOF and REASSURED.search(self.sentence):
                    self.add(name + ":reassured", CrisisLevel.NONE)
                    continue
                if name == "others_suicide" and FICTION.search(self.sentence):
                    continue
                self.add(name, CrisisLevel.SOFT)


def read_english(text: str, reading: Reading) -> None:
    plain = normalise(text)
    phone = english_phone(plain)  # round 24: "thinkin bout", "w/o", read beside the text
    if phone != plain:
        # Only a statement read on the phone spelling is brought in: an idiom or a softened
        # phrase found there alone ("the 9to5 grind is killin me") gave nothing before round 24
        # and asks nothing now (review of round 24).
        beside = Reading()
        _read_english_plain(phone, beside)
        for name, level in beside.found:
            if level == CrisisLevel.EXPLICIT:
                reading.add(name, level)
    _read_english_plain(plain, reading)


def _read_english_plain(plain: str, reading: Reading) -> None:
    parts = sentences(plain)
    resolved = resolved_past(plain)
    long = is_long(plain)
    raw = [(split_clauses(s), re.sub(r"[,:()\"]+", " ", s)) for s in parts]
    # round 29: the idioms that may stand in any clause or sentence read, found once per text
    within = (
        idioms_in([t for clauses_, joined in raw for t in (*clauses_, joined)]) if long else None
    )
    read = [
        ([clean(c, long, within=within) for c in clauses_], clean(joined, long, within=within))
        for clauses_, joined in raw
    ]
    # The patterns narrowed to this text hold for this text only: put every pattern back after
    # it, so that no later read_clause on the same reading skips one (round 27's review).
    reading.live = live([t for clauses_, joined in read for t in (*clauses_, joined)])
    try:
        for sentence, (clauses_, joined) in zip(parts, read, strict=True):
            past = resolved and in_past(sentence)
            reading.sentence = sentence
            for clause in clauses_:
                reading.read_clause(clause, past)
            reading.read_clause(joined, past, SENTENCE_GROUPS)
    finally:
        reading.live = (EXPLICIT, SOFT, True)
    if farewell_signs(parts):
        reading.add("farewell", CrisisLevel.EXPLICIT)
