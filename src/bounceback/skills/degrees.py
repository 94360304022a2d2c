"""Degrees a posting asks for (and a resume shows), in the shapes postings write them.

"Degree in Computer Science, Information Technology or a related discipline", "B.E./B.Tech in
Computer Science or equivalent", "MSc or PhD in Machine Learning", "BSc (Hons) Nursing",
"Bachelor of Science in Nursing", "a Statistics degree", "MBA preferred", "B.Com": each is one
skill, the degree as written without its tail ("or equivalent", "or a related field",
"preferred"), so that the gaps and the reader compare it by level and subject
(`degreenames.same_degree`: "Degree in HR or Business" is met by a "BSc Business").

Precision first, as for the other credentials: only in a sentence that asks something of the
candidate (a resume's every line), never under benefits, about us or how to apply. A degree
another reader already names is left to it; a phrase of the text's own words inside the degree
("sociology" of "Degree in economics, sociology or statistics") is the degree's, not a skill of
its own.
"""

from __future__ import annotations

import re

from bounceback.domain.skills import SkillMatch, SkillSource
from bounceback.places import is_place_name
from bounceback.skills import context
from bounceback.skills.degreenames import degree_name
from bounceback.skills.evidence import Sentence, TextIndex, named_in_sentence

CATEGORY = "named in the text"
HOW = "credential"

# The abbreviations, written with or without their dots ("B.Sc.", "BSc", "B.E.", "Ph.D.").
_ABBR = (
    r"(?:B\.?\s?Sc|M\.?\s?Sc|B\.S\.|M\.S\.|B\.A\.|M\.A\.|BA|MA|BS|B\.?\s?Eng|M\.?\s?Eng|B\.E\.?|"
    r"M\.E\.|B\.?\s?Tech|M\.?\s?Tech|B\.?\s?Com|M\.?\s?Com|BBA|MBA|LL\.?\s?B|LL\.?\s?M|B\.\s?Ed|"
    r"M\.\s?Ed|BEd|B\.?\s?Pharm|M\.?\s?Pharm|Pharm\.?\s?D|BScN|BSN|MSN|B\.?\s?Arch|M\.?\s?Arch|"
    r"BCA|MCA|BDS|MBBS|MPH|MPA|M\.?\s?Phil|Ph\.?\s?D|DPhil|EdD|HND|HNC|PGDM|PGCE)\.?"
    r"(?:\s*\((?:Hons?|Honours|Honors)\))?"
)
_ABBR_RE = re.compile(rf"(?<![\w.]){_ABBR}(?![\w])\.?")
# A long form or a degree word with what stands before it ("Honours degree", "Level 8 degree").
_LONG = (
    r"(?i:(?:(?:bachelor|master)(?:['’]?s\b(?:\s+degree)?|\s+degree|\s+of\s+(?:science|arts|"
    r"engineering|technology|commerce|laws|education|business\s+administration|applied\s+science|"
    r"social\s+work|nursing|teaching|pharmacy)\b))|doctorate\b|"
    r"(?:(?:honours|honors|undergraduate|postgraduate|university|tertiary|level\s+\d+|"
    r"\d[- ]year|three[- ]year|four[- ]year|first|good|relevant|recognised|recognized|"
    r"bachelor['’]?s|master['’]?s)\s+)*degree\b)"
)
_LEVEL = rf"(?:{_ABBR}\.?|{_LONG})"
# Levels joined ("B.E./B.Tech", "MSc or PhD", "Degree or Diploma"), then "in"/"of" and subjects.
_LEVELS = rf"{_LEVEL}(?:\s*(?:/|\bor\b|\band/or\b)\s*(?:an?\s+)?(?:{_LEVEL}|(?i:(?:national\s+|higher\s+)?diploma)))*"
_WITH_SUBJECT = re.compile(
    rf"(?<![\w.])(?P<level>{_LEVELS})(?P<join>\s*:\s*|\s+(?i:in|of)\s+(?:(?i:the|a|an)\s+)?|\s+)"
    # the subjects run to the next degree of a list: "BS in Computer Science, BS in Math"
    rf"(?P<subject>[A-Za-z](?:(?!,\s*(?:(?i:or|and)\s+)?(?:an?\s+)?{_LEVEL}(?!\w))[^.;:()\n–—])*)"
)
# A subject written without "in" after an abbreviation starts with a word, not a short name.
_WORD = re.compile(r"[A-Z][a-z]{2,}\b")
# Bare capitals that are also a state, a standard or a word: read alone only with a subject.
_NOT_ALONE = frozenset(["BA", "MA", "BS"])
# After one of them, a subject in small letters is a discipline only by its shape or its word
# ("BS in computer science", "MA in marketing"); "MA in the office", "MA: travel" are a state's
_DISCIPLINE = re.compile(
    r"(?:[A-Z]|[a-z]+(?:ics|ogy|ence|ences|ism|phy|try|ture|ing|ment|tion|ies|ance|ian)\b|"
    r"(?:computer|english|business|law|arts?|history|music|maths?|finance|design|data|public|"
    r"social|political|international|civil|mechanical|electrical|chemical|applied|health|film|"
    r"media|fine|liberal|human|environmental|information|software|theatre|theater|drama|"
    r"journalism|accounting|french|spanish|german|chinese|religion|philosophy|physics|"
    r"chemistry|geography|psychology|sociology|biology|statistics|economics)\b)"
)
# "Worcester, MA", "Springfield, MA": a town and its state
_AFTER_PLACE = re.compile(r"\b(?P<place>[A-Z][a-z]{2,}[\w.'’-]*(?:\s+[A-Z][a-z]+)?),\s*$")
# "a Statistics degree", "a computer science degree", "a relevant degree"
_SUBJECT_FIRST = re.compile(
    r"(?i:\b(?:a|an|any)\s+)(?!(?i:high|higher|certain|great|large|some|small|lesser|similar)\b)"
    r"(?P<subject>(?:[A-Za-z][\w&'’-]*\s+){1,3}?)(?i:degree)\b(?!\s+(?:of|to)\b)"
)
_ALONE = re.compile(rf"(?<![\w.])(?P<level>{_LEVELS})")
# Where a degree's subjects end: its tail, or the next clause.
_SUBJECT_END = re.compile(
    r"\s*(?:,\s*)?\b(?:(?:or|and)\s+(?:an?\s+|other\s+)?(?:related|relevant|similar|equivalent|"
    r"allied|associated|comparable|other|any|closely)|or\s+equivalent|equivalent|preferred|"
    r"preferably|required|essential|desirable|mandatory|advantageous|is|are|will|would|with|"
    r"plus|from|at|who|which|that|and\s+(?:at\s+least|\d|a\s|an\s|experience|proven|strong|"
    r"excellent|good|knowledge|ability|registration|current|valid|eligib)|or\s+(?:a\s+|an\s+)?"
    r"(?:relevant\s+)?(?:experience|\d)|or\s+(?:completed|completion|working|currently|studying|"
    r"pursuing|have|has|hold|proven|demonstrable)|ideally|highly|an?\s+(?:plus|advantage|asset)|"
    r"(?:a|an)\s|along|as\s+well|including|such\s+as|e\.g|i\.e|etc|for|to|by|on|within|"
    # a resume's institution and year: "B.Sc. (Hons) Mathematics, University of Limerick, 2019"
    r"university|college|institute|polytechnic|academy|(?:19|20)\d\d|"
    r"(?:\d+\+?\s*)?years?)\b",
    re.I,
)
_NO_SUBJECT = frozenset(
    ["any", "specialization", "specialisation", "discipline", "field", "subject", "stream",
     "relevant", "related", "equivalent", "a", "an", "the", "quantitative", "technical",
     "another", "other", "different", "unrelated", "areas", "area", "fields", "subjects"]
)  # fmt: skip
_ASKING_KINDS = frozenset({context.REQUIRED, context.NICE, context.DUTIES})
_ASKS = re.compile(
    r"\b(?:must|required|requirement|essential|need(?:ed|s)?|hold(?:s|ing)?|have|has|possess|"
    r"desirable|preferred|advantage|advantageous|a\s+plus|bonus|ideally|minimum|qualifications?|"
    r"education|graduate|degree)\b",
    re.I,
)
_TRIGGER = re.compile(
    r"(?i:degree|bachelor|master|doctorate|diploma)|\b(?:B|M|LL|Ph|Pharm)\.?\s?[A-Z]|\b(?:BA|MA|BS|"
    r"MBA|BBA|BSN|MSN|HND|HNC|PGCE|PGDM|MBBS|BDS|BCA|MCA|MPH|MPA|EdD|DPhil|BEd)\b"
)


def find_degrees(
    text: str, index: TextIndex, found: list[SkillMatch], resume: bool = False
) -> list[SkillMatch]:
    """`found` with the degrees the asking sentences name (a resume's: every line), each once;
    the text's own phrases inside a degree give way to it."""
    out = list(found)
    for sentence in index.sentences:
        if not _TRIGGER.search(sentence.text) or not (resume or _asking(sentence)):
            continue
        for start, end, name in _spans(sentence.text):
            start, end = start + sentence.start, end + sentence.start
            inside = [m for m in out if m.start < end and start < m.end]
            if any(degree_name(m.skill) is not None for m in inside):
                continue  # another reader names this degree
            if any(m.source is not SkillSource.TEXT and not _within(m, start, end) for m in inside):
                continue  # a vocabulary name reaches out of it
            if context.negated(text, start, end, sentence.start, sentence.end):
                continue
            mine = {
                id(m) for m in inside if m.source is SkillSource.TEXT and _within(m, start, end)
            }
            out = [m for m in out if id(m) not in mine]
            out.append(
                named_in_sentence(sentence, name, CATEGORY, text[start:end], start, end, HOW)
            )
    return sorted(out, key=lambda m: m.start)


def _within(m: SkillMatch, start: int, end: int) -> bool:
    return start <= m.start and m.end <= end


def _asking(sentence: Sentence) -> bool:
    if sentence.kind in context.SILENT:
        return False
    if context.is_boilerplate(sentence.text) or context.is_offered(sentence.text):
        return False
    return sentence.kind in _ASKING_KINDS or bool(_ASKS.search(sentence.text))


def _spans(line: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each degree the sentence names."""
    spans: list[tuple[int, int, str]] = []

    def add(start: int, end: int) -> None:
        name = " ".join(line[start:end].split()).rstrip(" ,/-")
        taken = any(s < end and start < e for s, e, _n in spans)
        if name and degree_name(name) is not None and not taken:
            spans.append((start, start + len(line[start:end].rstrip(" ,/-")), name))

    for m in _WITH_SUBJECT.finditer(line):
        if m.group("level") in _NOT_ALONE and (
            _after_place(line, m.start()) or not _DISCIPLINE.match(m.group("subject"))
        ):
            continue  # "Worcester, MA: travel to client sites", "Springfield, MA in the office"
        if not m.group("join").strip() and (
            not (_ABBR_RE.search(m.group("level")) and _WORD.match(m.group("subject")))
            or m.group("level").rstrip(".") in _NOT_ALONE
        ):
            # "BSc Nursing", never "Master data", "MBA students" nor "MEng CEng MIMechE"
            continue
        if m.group("join").strip().casefold() == "of" and m.group("level").casefold().endswith(
            "degree"
        ):
            continue  # "a high degree of accuracy"
        end = _subject_end(line, m.start("subject"), m.end("subject"))
        if end is not None:
            add(m.start(), end)
    for m in _SUBJECT_FIRST.finditer(line):
        words = m.group("subject").split()
        if len(words) <= 3 and not any(w.casefold() in ("of", "in", "with") for w in words):
            add(m.start("subject"), m.end())
    for m in _ALONE.finditer(line):
        if m.group().rstrip(".") in _NOT_ALONE:
            continue
        if _ABBR_RE.match(line, m.start()) or re.match(
            r"(?i:bachelor|master|doctorate)", m.group()
        ):
            add(m.start(), m.end())
    return spans


def _after_place(line: str, start: int) -> bool:
    """Whether a town and a comma stand before `start` ("Worcester, MA", "Palo Alto, CA")."""
    m = _AFTER_PLACE.search(line, 0, start)
    return m is not None and (
        is_place_name(m.group("place")) or is_place_name(m.group("place").split()[-1])
    )


def _subject_end(line: str, start: int, end: int) -> int | None:
    """Where the subjects of a degree end, or None when they are no subject ("Any
    Specialization", a sentence running on)."""
    stop = _SUBJECT_END.search(line, start, end)
    cut = stop.start() if stop else end
    subject = line[start:cut].rstrip(" ,/&-")
    subject = re.sub(r"(?:\s*(?:,|/|\bor\b|\band\b|&))+\s*$", "", subject)
    words = subject.split()
    if not words or len(words) > 9:
        return None
    if all(w.casefold().strip(",") in _NO_SUBJECT for w in words):
        return None
    if words[0][:1].islower() and len(words) > 5:
        return None  # "degree and then went on to ..." runs on as a sentence
    return start + len(subject)
