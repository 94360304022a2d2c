"""Cutting a sentence of a posting or resume into the spans that may each name one skill: the
objects of cues ("experience with X"), the items of lists ("GST, TDS and Income Tax", "(Layher,
Cuplok)", "such as Epic or Cerner"), short bulleted noun phrases, the objects of duty verbs
("Apply fluoride varnish and sealants"), each trimmed of qualifiers ("strong", "is desirable")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bounceback.skills import context
from bounceback.skills.cues import CUE, LEAD_WORDS, SPLIT_PREPOSITIONS, TRAIL
from bounceback.skills.evidence import Sentence
from bounceback.skills.phrasewords import (
    ADJ_ENDS,
    ADJECTIVES,
    GENERIC_HEADS,
    NOMINAL,
    NOUN_VERBS,
    OBJECT_PREPOSITIONS,
    OPENERS,
    QUALIFICATIONS,
)
from bounceback.skills.prosepieces import pieces
from bounceback.skills.verbs import is_verb

_ASKING = frozenset({context.REQUIRED, context.DUTIES, context.NICE, context.ROLE})
_ITEM_SPLIT = re.compile(
    r"\s*(?:,|;|\s/\s|(?<=[A-Za-z]{3})/(?=[A-Za-z]{3})|\s&\s|\band/or\b|\bor\b|\band\b|\+)\s*"
)
_PAREN = re.compile(r"\(([^()]{1,80})\)")
_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&.-]{0,9}s?$")
_SUCH_AS = re.compile(
    r"\b(?:such as|including|incl\.?|e\.g\.?|eg\.|i\.e\.?|like|especially|particularly)\s+", re.I
)
WORD = re.compile(r"[A-Za-z0-9][\w'’+#./:-]*")
# A verb that also names a thing, followed by a number or a letter code, is that name, not a
# duty: "Code 08 (B) driver's licence", "Code B (08)" ("Administered IV antibiotics" stays a duty).
_NUMBERED = re.compile(r"\s+\(?(?:\d|[A-Z]{1,2}\b(?!['’]))")
# Words that join no skill to anything: blanked before a clause is cut into items.
_QUIET = re.compile(
    r"\b(?:up[- ]to[- ]date|in line with|in order to|as well as|as required|as needed|"
    r"at all times|where (?:necessary|needed|required|appropriate)|on a daily basis|"
    r"in a timely manner|on an? (?:daily|weekly|monthly|quarterly|annual|yearly) basis|"
    # when a duty is done: "prepare BAS returns each quarter", "reconcile accounts every week"
    r"(?:each|every) (?:day|week|month|quarter|year|shift|morning|evening|night))\b",
    re.IGNORECASE,
)


def bullet(text: str, sentence: Sentence) -> bool:
    line_start = text.rfind("\n", 0, sentence.start) + 1
    return bool(re.match(r"\s*(?:[-*•·▪●]|\d{1,2}[.)])\s", text[line_start : sentence.start + 1]))


def candidates(text: str, sentence: Sentence) -> Iterator[tuple[int, int, str]]:
    """Spans of the sentence that name one skill each, with how each was found."""
    body = text[sentence.start : sentence.end]
    # Bullets under a heading the index does not know ("What you'll be doing") ask too.
    asking = sentence.kind in _ASKING or (not sentence.kind and bullet(text, sentence))
    prose = sentence.kind in _ASKS_OF_YOU  # a long sentence of them is read piece by piece
    spans: list[tuple[int, int, str]] = []
    for clause_start, clause_end in _clauses(body):
        clause = body[clause_start:clause_end]
        spans += [
            (clause_start + s, clause_start + e, how) for s, e, how in _clause_spans(clause, asking)
        ]
        if prose:
            for a, b in pieces(clause):
                spans += [
                    (clause_start + a + s, clause_start + a + e, how)
                    for s, e, how in _clause_spans(clause[a:b], asking)
                ]
    seen: set[tuple[int, int]] = set()
    for s, e, how in spans:
        if e - s < 2 or (s, e) in seen:
            continue
        seen.add((s, e))
        yield sentence.start + s, sentence.start + e, how


def strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not (text[s].isalnum() or text[s] in "("):
        s += 1
    while e > s and not (text[e - 1].isalnum() or text[e - 1] in "+#)"):
        e -= 1
    return s, e


def _clauses(body: str) -> Iterator[tuple[int, int]]:
    """Parts of a sentence split at ':' and ' - ' (a label and its value, two clauses)."""
    pos = 0
    for m in re.finditer(r":\s|\s[-–—]\s|\.\s+(?=[A-Z])", body):
        if m.group().startswith(".") and re.search(r"\b(?:[A-Za-z]\.){1,3}[A-Za-z]{0,3}$", body[: m.start()]):
            continue  # "B.Sc. Agriculture", "e.g. Excel"
        yield pos, m.start()
        pos = m.end()
    yield pos, len(body)


_ASKS_OF_YOU = frozenset({context.REQUIRED, context.NICE})
_SETTING_HEADS = frozenset(
    ["setting", "settings", "environment", "environments", "role", "roles", "sector", "sectors",
     "industry", "industries", "background", "context", "organisation", "organization", "company",
     "business", "team", "teams", "service", "services"]
)
# How a span was found: the object of a cue or a duty's verb, an item of a list, or a short
# clause that is neither (a bullet such as "Reliable car", "Milk texturing and latte art").
CUED, DUTY, TOOL, LISTED, BARE = "cue", "duty", "tool", "list", "bare"
# Verbs whose object is a tool or machine the candidate must handle ("Operate planters").
_TOOL_VERBS = frozenset(
    ["operate", "use", "drive", "run", "service", "repair", "install", "maintain", "program",
     "calibrate", "fit", "weld", "test", "configure", "troubleshoot", "diagnose", "administer",
     "dispense", "prescribe", "teach", "deliver", "conduct", "perform", "carry", "undertake",
     "complete", "lead", "facilitate", "chair", "provide", "apply", "follow", "implement",
     "erect", "build", "assemble", "dismantle", "construct", "fabricate", "inspect", "pass",
     "hold", "obtain", "possess", "read", "interpret", "write", "record"]
)


def _clause_spans(clause: str, asking: bool) -> list[tuple[int, int, str]]:
    """Candidate spans of one clause: objects of cues, or the clause as a list of items."""
    spans: list[tuple[int, int, str]] = []
    cues = list(CUE.finditer(clause))
    for m in cues:
        end = _object_end(clause, m.end())
        spans += [(a, b, CUED) for a, b in _items(clause, m.end(), end)]
        before = _before_experience(clause, m)
        if before:
            spans.append((*before, CUED))  # "dairy farming experience in New Zealand"
    if cues:
        return spans
    if not asking:
        return spans
    duties = _duty_parts(clause)
    if len(duties) > 1:
        # "Shift break fences, set up feed allocation and operate the tractor": three duties
        for a, b in duties:
            spans += [(a + x, a + y, how) for x, y, how in _clause_spans(clause[a:b], asking)]
        return spans
    core = _core(clause)
    words = WORD.findall(clause[:core])
    if not words or len(words) > 18:
        return spans
    start = skip_lead(clause, 0)
    first = WORD.match(clause, start)
    if (
        first
        and is_verb(first.group())
        and not (first.group().casefold() in NOUN_VERBS and _NUMBERED.match(clause, first.end()))
    ):
        # A duty: "Apply fluoride varnish and sealants", "Erecting, altering and dismantling X".
        pos = first.end()
        while True:
            nxt = re.match(r"(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*)([A-Za-z-]+)", clause[pos:])
            if not nxt or not is_verb(nxt.group(1)):
                break
            pos += nxt.end()
        particle = re.match(r"\s+(?:out|up|off)\b", clause[pos:])
        pos += particle.end() if particle else 0
        verb = first.group().casefold()
        stems = {verb, verb[:-1], verb[:-2], verb[:-3], verb[:-3] + "e", verb[:-2] + "e"}
        how = TOOL if stems & _TOOL_VERBS else DUTY
        spans += [(a, b, how) for a, b in _items(clause, pos, len(clause))]
    elif len(words) <= 8 and not _sentence_like(words):
        items = _items(clause, start, core)
        how = LISTED if len(items) > 1 else BARE
        spans += [(a, b, how) for a, b in items]
    elif clause.count(",") >= 2 and not _sentence_like(words):
        # A list: "Certified Coding Specialist (CCS), Certified Professional Coder (CPC), ..."
        items = _split_list(clause, start, len(clause))
        if all(len(clause[s:e].split()) <= 6 for s, e in items):
            spans += [(a, b, LISTED) for a, b in _items(clause, start, len(clause))]
    elif such := _SUCH_AS.search(clause):
        # "Milk in our rotary shed, including cups-on, teat spraying and shed hygiene"
        spans += [(a, b, LISTED) for a, b in _split_list(clause, such.end(), core)]
    return spans


def _core(clause: str) -> int:
    """Where a clause ends without a trailing qualifier or note in brackets: "Primary ITO
    Level 3 (or working towards it) is desirable" ends after "Level 3"."""
    end = len(clause)
    trail = TRAIL.search(clause)
    if trail and trail.start() > 0 and not re.search(r"\b(?:not|no longer)\s*$", clause[: trail.start()]):
        end = trail.start()
    note = re.search(r"\s*\((?:or|and|ideally|preferably|if|where|e\.g|i\.e|including)\b[^()]*\)\s*$", clause[:end], re.I)
    if note:
        end = note.start()
    return end


def _duty_parts(clause: str) -> list[tuple[int, int]]:
    """A clause of several duties, each with its own verb and object, cut at the commas (or
    ", and") before each verb; a run of verbs sharing one object ("Erecting, altering and
    dismantling scaffolds") stays whole."""
    first = WORD.match(clause, skip_lead(clause, 0))
    gerund = bool(first and first.group().casefold().endswith("ing"))
    cuts = [
        m
        for m in re.finditer(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=([a-z][a-z-]+)\b(\s+and\b)?)", clause)
        if is_verb(m.group(1))
        and m.group(1).endswith("ing") == gerund  # "Support toileting, feeding and nap routines"
        and m.group(1) not in NOUN_VERBS
        and not m.group(2)  # "tube and fitting and system scaffolds"
        and len(WORD.findall(clause[: m.start()].split(",")[-1])) >= 2
    ]
    if not cuts:
        return [(0, len(clause))]
    parts, pos = [], 0
    for m in cuts:
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(clause)))
    return parts


def _before_experience(clause: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """The words before "experience" in "2+ seasons of dairy farming experience in NZ"."""
    if not cue.group().casefold().lstrip().startswith("experience"):
        return None
    head = clause[: cue.start()].rstrip()
    m = re.search(r"(?:^|\bof|\bin|\bwith|\d\+?|[,;(])\s*((?:[A-Za-z][\w/&'-]*\s+){0,2}[A-Za-z][\w/&'-]*)$", head)
    if not m or m.group(1).casefold().split()[0] in ("years", "year", "previous", "prior", "some", "any"):
        return None
    return m.start(1), m.end(1)


def _sentence_like(words: list[str]) -> bool:
    """A clause with a verb after its first word reads as a sentence, not a noun phrase:
    "Brennock Medical designs and manufactures..."."""
    if words and words[0].casefold() in OPENERS:
        return True
    for before, word in zip(["x", *words], words, strict=False):
        if word in ("is", "are", "will", "we", "you", "our", "must", "can", "be", "was"):
            return True
        if before[:1].isupper() and word.islower() and word.endswith("s") and is_verb(word):
            return True
    return False


def _object_end(clause: str, start: int) -> int:
    m = re.search(
        r"[.;:!?]|\s[-–—]\s|\bto (?:ensure|support|help|deliver|meet|provide)\b", clause[start:]
    )
    return start + m.start() if m else len(clause)


def _items(clause: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list in clause[start:end], each cut at a preposition; the objects of
    some prepositions ("with", "using", "to ISO 14971") are items of their own."""
    work = _QUIET.sub(lambda m: " " * len(m.group()), clause[:end])
    segment = work[start:end]
    out: list[tuple[int, int]] = []
    # Parenthesised lists are items of their own: "(Layher, Cuplok)", "(VLOOKUP, pivot tables)".
    for m in _PAREN.finditer(segment):
        inner = m.group(1)
        if _ACRONYM.match(inner.strip()):
            continue  # "(CCS)": the phrase's own short name, kept with it
        out += _split_list(work, start + m.start(1), start + m.end(1))
        segment = segment[: m.start()] + " " * (m.end() - m.start()) + segment[m.end() :]
    work = work[:start] + segment
    such = _SUCH_AS.search(segment)
    if such:
        out += _split_list(work, start + such.end(), end)
        segment = segment[: such.start()]
    pos = 0
    for m in SPLIT_PREPOSITIONS.finditer(segment):
        before_word = segment[: m.start()].split()[-1:] or [""]
        after_word = segment[m.end() :].split()[:1] or [""]
        if (
            m.group(1) in ("in", "at", "of", "for")
            and (before_word[0][:1].isupper() or before_word[0][-1:].isdigit())
            and after_word[0][:1].isupper()
        ) or (m.group(1) == "in" and before_word[0].casefold() in QUALIFICATIONS):
            continue  # a name: "Certificate III in Mobile Plant Technology", "Working at Heights"
        out += _split_list(work, start + pos, start + m.start())
        pos = m.end()
        if m.group(1).casefold() not in OBJECT_PREPOSITIONS:
            pos = len(segment)
            break
    if pos < len(segment):
        objects = _split_list(work, start + pos, start + len(segment))
        # After a preposition, one lower-case word alone is a setting ("in production"); a
        # list of them is not ("faults in engines, transmissions and hydraulics").
        if objects and (pos == 0 or len(objects) > 1 or not _one_plain_word(work[slice(*objects[0])])):
            out += objects
    return out


def _one_plain_word(text: str) -> bool:
    words = text.split()
    return len(words) == 1 and words[0].islower()


def _split_list(work: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items of "A, B and C"; "written and verbal communication" stays one item."""
    segment = work[start:end]
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _ITEM_SPLIT.finditer(segment):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(segment)))
    pieces = [(s, e) for s, e in pieces if segment[s:e].strip()]
    merged: list[tuple[int, int]] = []
    for s, e in pieces:
        words = segment[s:e].split()
        previous = segment[merged[-1][0] : merged[-1][1]] if merged else ""
        joined = merged and re.fullmatch(
            r"\s*(?:and|or|&|and/or)\s*", segment[merged[-1][1] : s], re.IGNORECASE
        )
        if (
            joined
            and len(previous.split()) == 1
            and len(words) >= 2
            and (adjective(previous) or words[-1].casefold() in GENERIC_HEADS)
        ):
            merged[-1] = (merged[-1][0], e)  # "written and verbal communication"
        else:
            merged.append((s, e))
    last = segment[merged[-1][0] : merged[-1][1]].split() if merged else []
    if (
        len(merged) > 1
        and last
        and last[-1].casefold().strip(".,") in _SETTING_HEADS
        and all(len(segment[a:b].split()) <= 2 for a, b in merged[:-1])
    ):
        return []  # "a housing, advice or support setting" names settings, not skills
    out = []
    for s, e in merged:
        while s < e and segment[s].isspace():
            s += 1
        while e > s and (segment[e - 1].isspace() or segment[e - 1] in ".,;:!?"):
            e -= 1
        out.append((start + s, start + e))
    return out


def adjective(word: str) -> bool:
    word = word.strip().casefold()
    return word in ADJECTIVES or (word.islower() and word.endswith(ADJ_ENDS) and len(word) > 4)


def skip_lead(text: str, pos: int) -> int:
    while True:
        m = LEAD_WORDS.match(text, pos)
        if not m or m.end() == pos:
            return pos
        pos = m.end()


def trim(body: str, s: int, e: int) -> tuple[int, int]:
    """The span without qualifiers before and after, spaces and punctuation."""
    verbs = 0
    for _ in range(6):
        before = (s, e)
        s, e = strip(body, s, e)
        s = skip_lead(body[:e], s)
        verb = re.match(r"([a-z][a-z-]+)\s+(?:(?:out|up|on|off)\s+)?(?=(\S+))", body[s:e])
        if (
            verb
            and not verbs  # one verb: "creating support plans" is support plans
            and is_verb(verb.group(1))
            and len(body[s:e].split()) > 1
            and not (verb.group(1) in NOUN_VERBS and NOMINAL.search(verb.group(2)))
        ):
            s += verb.end()  # "and reconcile GSTR-2B"; not "open enrollment"
            verbs += 1
        m = TRAIL.search(body[s:e])
        if m and m.start() > 0:
            e = s + m.start()
        if (s, e) == before:
            break
    # An unbalanced bracket is dropped with what follows it.
    while e > s and body[s:e].count(")") > body[s:e].count("("):
        e -= 1
    if body[s:e].count("(") > body[s:e].count(")"):
        e = s + body[s:e].rfind("(")
        while e > s and not body[e - 1].isalnum():
            e -= 1
    return s, e
