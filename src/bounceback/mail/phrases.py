"""Matching the phrase lists (mail/lexicon.py per language, mail/lexicon_cues.py,
lexicon_stages.py and lexicon_closures.py per cue) in an
email's text, in one pass with an Aho-Corasick automaton: the `x:` and `xs:` features.

A rejection phrase decides only where it stands: in an if-clause ("if you are not selected")
or in a sentence that says the process is still running ("lamentablemente el proceso se
retrasará", "malheureusement nous avons pris du retard"), that an interview moves to another
time ("unfortunately we have to reschedule") or, from round 26, that something other than an
application was declined, called off or is full ("we're sorry - the careers fair has been
cancelled") it counts as `if_rejection`. From round 27 a word of regret in the sentence just
before or after such an event's sentence decides nothing either ("der Workshop ist bereits
ausgebucht. Wir bedauern, ..."): it is the same apology, written in two sentences.
From round 33 an offer phrase inside a denial ("this does not constitute an offer", "no es una
oferta", "stellt kein Angebot dar": lexicon_cues' `not_offer`) counts as `not_offer`.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Any

from bounceback.mail.decision import SENTENCE_END, conditional
from bounceback.mail.lexicon import LANGUAGE_PHRASES
from bounceback.mail.lexicon_closures import CLOSURE_CUES
from bounceback.mail.lexicon_cues import CUES
from bounceback.mail.lexicon_stages import STAGE_CUES


def _split(text: str) -> tuple[str, ...]:
    return tuple(" ".join(p.split()) for p in text.split("|") if p.strip())


PHRASES: dict[str, tuple[str, ...]] = {}
for _table in (*LANGUAGE_PHRASES.values(), CUES, STAGE_CUES, CLOSURE_CUES):
    for _kind, _text in _table.items():
        PHRASES[_kind] = PHRASES.get(_kind, ()) + _split(_text)


@cache
def _automaton() -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for kind, phrases in PHRASES.items():
        for phrase in phrases:
            open_end = phrase.endswith("*")
            key = phrase.rstrip("*").lower()
            kinds, length, _ = automaton.get(key, ((), 0, open_end))
            if kind not in kinds:
                automaton.add_word(key, (kinds + (kind,), len(key), open_end))
    automaton.make_automaton()
    return automaton


def _same_sentence(text: str, start: int, others: list[int]) -> bool:
    """True when one of `others` (sorted positions) stands in the sentence holding `start`."""
    begin = max(0, start - 240)
    ends = [m.end() for m in SENTENCE_END.finditer(text, begin, start)]
    head = ends[-1] if ends else begin
    after = SENTENCE_END.search(text, start)
    tail = after.start() if after else len(text)
    i = bisect_left(others, head)
    return i < len(others) and others[i] < tail


def _sentence_number(text: str, pos: int) -> int:
    """How many sentences with words in them end before `pos`."""
    count, last = 0, 0
    for end in SENTENCE_END.finditer(text, 0, pos):
        if text[last:end.start()].strip():
            count += 1
        last = end.end()
    return count


def _next_to(text: str, start: int, sentences: set[int]) -> bool:
    """True when one of `sentences` (numbered by _sentence_number) is the sentence holding
    `start` or the one before or after it."""
    here = _sentence_number(text, start)
    return bool(sentences & {here - 1, here, here + 1})


DENIAL_REACH = 40  # an offer's word this close after a denial, in its sentence, is denied


def _denied(text: str, start: int, denials: list[tuple[int, int]]) -> bool:
    """Whether the phrase at `start` stands inside a denial of an offer or just after one in
    the same sentence ("stellt kein Angebot und keine Zusage dar", "geen aanbod van een
    arbeidsovereenkomst")."""
    for a, b in denials:
        if a <= start <= b or (b < start <= b + DENIAL_REACH
                               and SENTENCE_END.search(text, b, start) is None):
            return True
    return False


def phrase_kinds(lower_text: str, prefix: str) -> set[str]:
    """Features `<prefix><kind>` (and `<prefix><kind>2` for two or more phrases) for the kinds
    whose phrases occur in `lower_text` as whole words (or word starts, for "*" phrases). A
    rejection phrase inside an if-clause, or in a sentence with a cue that the process is
    still running (or that a job the reader saved has closed), or in or next to a sentence
    about an event that is full or called off, counts as `<prefix>if_rejection` instead; an
    offer phrase inside a denial of an offer counts as `<prefix>not_offer`."""
    found: list[tuple[int, tuple[str, ...]]] = []
    pending: list[int] = []
    elsewhere: list[int] = []
    denials: list[tuple[int, int]] = []  # (start, end) of each "not an offer"
    size = len(lower_text)
    for end, (kinds, length, open_end) in _automaton().iter(lower_text):
        start = end - length + 1
        if (start > 0 and lower_text[start - 1].isalpha()) or (
            not open_end and end + 1 < size and lower_text[end + 1].isalpha()
        ):
            continue
        found.append((start, kinds))
        if "pending" in kinds or "moved" in kinds or "saved_job" in kinds:
            pending.append(start)  # (a saved job closed is no no to the reader: round 31)
        if "declined_other" in kinds:
            elsewhere.append(start)
        if "not_offer" in kinds:
            denials.append((start, end))
    pending.sort()
    # the events' sentences, numbered once (not again for every rejection phrase)
    events = {_sentence_number(lower_text, at) for at in elsewhere}
    counts: dict[str, int] = {}
    for start, kinds in found:
        for kind in kinds:
            if kind == "rejection" and (conditional(lower_text, start) or (
                    pending and _same_sentence(lower_text, start, pending)) or (
                    events and _next_to(lower_text, start, events))):
                kind = "if_rejection"
            elif kind == "offer" and denials and _denied(lower_text, start, denials):
                kind = "not_offer"
            counts[kind] = counts.get(kind, 0) + 1
    out = {prefix + kind for kind in counts}
    out.update(prefix + kind + "2" for kind, n in counts.items() if n >= 2)
    return out
