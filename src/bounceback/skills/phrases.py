"""Skills a posting or a resume names in its own words, whether the vocabulary knows them or not.

A reader takes "Knowledge of housing law and the Housing Act 1985" as two skills asked for,
although no list of skills holds either. In the parts of a text that ask something of the
candidate (requirements, duties, person specification; a resume's skills and roles) this finds:
- the objects of cue phrases: "experience in/with/of X", "knowledge of X", "proficient in X",
  "trained in X", "familiar with X", "X skills", "X certificate/licence/card/ticket";
- the items of lists: "GST, TDS and Income Tax", "(Layher, Cuplok)", "such as Epic or Cerner";
- short bulleted noun phrases ("Working at Heights ticket", "Standard 11 Coal Board Medical");
- the objects of duty verbs ("Apply fluoride varnish and sealants": two skills).
Each phrase is trimmed of qualifiers ("strong", "valid", "is desirable", "(essential)"), named by
the vocabulary when one of its names says the same (so it merges with the vocabulary's finds),
and dropped when it names no skill: people, places, times, the team, the environment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bounceback.domain.skills import Skill, SkillMatch, SkillSource
from bounceback.skills import context
from bounceback.skills.evidence import Sentence, TextIndex, importance_of, shorten, years_in
from bounceback.skills.naming import core_of, job_title
from bounceback.skills.phrasewords import (
    CERT_HEADS,
    CUE,
    LEAD_WORDS,
    NOT_SKILL_LABEL,
    PEOPLE,
    SPLIT_PREPOSITIONS,
    STOP_HEADS,
    STOP_PHRASES,
    TRAIL,
    is_verb,
)
from bounceback.skills.places import is_place
from bounceback.skills.vocabulary import Vocabulary

CATEGORY = "named in the text"
_ASKING = frozenset({context.REQUIRED, context.DUTIES, context.NICE, context.ROLE})
_ITEM_SPLIT = re.compile(
    r"\s*(?:,|;|\s/\s|(?<=[A-Za-z]{3})/(?=[A-Za-z]{3})|\s&\s|\band/or\b|\bor\b|\band\b|\+)\s*"
)
_GENERIC_HEADS = frozenset(
    [
        "procedures",
        "systems",
        "techniques",
        "equipment",
        "reports",
        "records",
        "services",
        "methods",
        "processes",
        "controls",
        "checks",
        "inspections",
        "assessments",
        "policies",
        "tests",
    ]
)
_DATED = re.compile(
    r"\b(?:19|20)\d{2}\b.*\b(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s*[-–—]\s*(?:present|current|now)|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
_RESUME_LISTS = re.compile(
    r"skill|licen[cs]|ticket|certif|qualif|competenc|tool|software|language|technolog|"
    r"expertise|proficienc|training|courses",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\(([^()]{1,80})\)")
_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&.-]{0,9}s?$")
_SUCH_AS = re.compile(
    r"\b(?:such as|including|incl\.?|e\.g\.?|eg\.|i\.e\.?|like|especially)\s+", re.I
)
_WORD = re.compile(r"[A-Za-z0-9][\w'’+#./:-]*")
_ADJ_ENDS = ("al", "ive", "ic", "en", "ous", "ary", "ory", "ed", "ful", "ble")
_ADJECTIVES = frozenset(
    [
        "written",
        "verbal",
        "oral",
        "spoken",
        "inpatient",
        "outpatient",
        "domestic",
        "commercial",
        "industrial",
        "residential",
        "hydraulic",
        "electrical",
        "mechanical",
        "internal",
        "external",
        "manual",
        "pediatric",
        "paediatric",
        "adult",
        "junior",
        "senior",
        "basic",
        "advanced",
        "fine",
        "gross",
        "hard",
        "soft",
        "front",
        "back",
    ]
)
_MAX_WORDS = 6
_VAGUE_HEADS = frozenset(
    ["issues", "tasks", "duties", "work", "activities", "matters", "needs", "requirements", "experience", "knowledge", "skills", "role", "roles", "environment", "environments", "setting", "settings", "principles", "practices", "concepts", "strategies", "techniques", "methods", "processes", "procedures", "policies", "areas", "aspects", "training", "teaching", "monitoring", "portfolio", "support", "delivery", "services", "service", "duties"]
)
_DENIED = re.compile(r"\bnot (?:required|needed|necessary|essential|accepted)\b", re.I)
_QUALIFICATIONS = frozenset(
    ["degree", "diploma", "certificate", "certification", "qualification", "masters", "bachelors", "bachelor's", "master's", "course", "apprenticeship", "nvq", "svq"]
)
# Verbs that are also the first word of a skill's name: "open enrollment", "stock rotation".
_NOUN_VERBS = frozenset(
    ["open", "process", "test", "order", "record", "service", "plan", "design", "control", "audit", "report", "budget", "schedule", "stock", "check", "train", "program", "code", "label", "display", "model", "review", "supply", "change", "project", "quality", "cost", "price", "store"]
)
_NOMINAL = re.compile(r"(?:ment|tion|sion|ing|ance|ence|ship|ity|ery|ry)$")
_CREDENTIALS = frozenset(
    ["certification", "certificate", "licence", "license", "card", "ticket", "registration", "qualification"]
)
# An acronym followed by a word for its kind names the acronym: "LTI schemes", "DAX measures".
_KIND_WORDS = (
    "schemes|scheme|regulations|measures|principles|rules|guidelines|protocols|software|tools|"
    "platform|platforms|methodology|methodologies|concepts|frameworks|framework|legislation"
)
_ACRONYM_KIND = re.compile(rf"^([A-Z][A-Z0-9&/.-]{{1,9}})\s+(?:{_KIND_WORDS})$")
# A course or unit code in brackets says nothing a reader names: "(UEE30811)".
_CODE = re.compile(r"\s*\((?=[^)]*\d)(?=[^)]*[A-Za-z])[A-Za-z0-9/-]{5,}\)")
_SIGN_OFF = re.compile(
    r"^(?:thanks|thank you|many thanks|regards|kind regards|best regards|best wishes|best|"
    r"cheers|warm regards|sincerely|yours sincerely)[,!.]?$",
    re.IGNORECASE,
)
_OPENERS = frozenset(
    ["we", "we're", "we'll", "we've", "our", "you", "you'll", "you're", "your", "this", "they", "it", "i", "if", "as", "once", "when", "please", "apply", "join", "here", "there"]
)
_OBJECT_PREPOSITIONS = frozenset(
    ["with", "using", "to", "against", "on", "following", "in", "via", "under", "within", "into"]
)
# Words that join no skill to anything: blanked before a clause is cut into items.
_QUIET = re.compile(
    r"\b(?:up[- ]to[- ]date|in line with|in order to|as well as|as required|as needed|"
    r"at all times|where (?:necessary|needed|required|appropriate)|on a daily basis|"
    r"in a timely manner)\b",
    re.IGNORECASE,
)


def find_phrases(
    text: str,
    index: TextIndex,
    mentions: list[SkillMatch],
    vocabulary: Vocabulary,
    resume: bool = False,
) -> list[SkillMatch]:
    """The vocabulary's mentions with the phrases the text asks for added; a phrase that says
    more than a mention inside it ("SAP B1" around "SAP") takes that mention's place."""
    blanked = context.blank_addresses(text)
    found: list[SkillMatch] = []
    covered: set[int] = set()  # ids of mentions a longer phrase replaces
    by_start = sorted(mentions, key=lambda m: m.start)
    signed = len(text)
    for sentence in index.sentences:
        if _SIGN_OFF.match(sentence.text):
            signed = sentence.start
            break  # "Thanks, Jo": what follows is the sender's signature
        if not _asks(sentence) or (resume and not _resume_line(text, sentence)):
            continue
        for raw_start, raw_end in _candidates(blanked, sentence):
            start, end = _strip(text, raw_start, raw_end)
            if context.negated(text, start, end, sentence.start, sentence.end) or _DENIED.search(
                text, start, end
            ):
                continue
            known = _known(vocabulary, text[start:end])
            if known is None:
                start, end = _trim(text, start, end)
                known = _known(vocabulary, text[start:end])
            if end - start < 2:
                continue
            code = _CODE.search(text, start, end)
            if known is None and code and code.end() == end:
                end = code.start()
            kind = _ACRONYM_KIND.match(text[start:end])
            if known is None and kind:
                end = start + kind.end(1)
                known = _known(vocabulary, text[start:end])
            if known is None:
                core = core_of(vocabulary, text, start, end, _known)
                if core[2] is not None or _skill_like(text[core[0] : core[1]]):
                    start, end, known = core
            phrase = text[start:end]
            if known is None and (is_place(phrase) or phrase.split()[0].casefold() in PEOPLE):
                continue
            if any(m.start <= start and end <= m.end for m in by_start):
                continue  # the vocabulary found it, or more
            inside = [m for m in by_start if m.start >= start and m.end <= end]
            if known is None and not _skill_like(phrase):
                continue
            if context.negated(text, start, end, sentence.start, sentence.end):
                continue
            if known is None and inside:
                # "SAP B1" says more than "SAP": a name with its model or edition takes the
                # mention's place; "high-volume bartending" says no more than "bartending".
                if len(inside) > 1 or not _names_more(phrase, inside[0]):
                    continue
                covered.add(id(inside[0]))
            found.append(_match(sentence, phrase, start, end, known))
    # nothing in the signature is asked for ("Harbourside Education Recruitment")
    kept = [m for m in mentions if id(m) not in covered and m.start < signed]
    ends = {m.end for m in kept + found}
    return kept + [
        m
        for m in found
        if not job_title(m) and (resume or not _bare_word(m) or _listed(text, m, ends))
    ]


def _listed(text: str, match: SkillMatch, ends: set[int]) -> bool:
    """A word in a list beside another skill: "fluoride varnish and sealants"."""
    before = text[max(0, match.start - 8) : match.start]
    joint = re.search(r"(?:,\s*(?:and|or)?|\s(?:and|or|&))\s*$", before)
    return joint is not None and (match.start - len(joint.group())) in ends


def _bare_word(match: SkillMatch) -> bool:
    """One plain word the vocabulary does not know ("payment", "kitchens", "datasets") is
    seldom what a reader lists; a skill's name in one word is usually a gerund or a field
    ("mopping", "phonics", "pharmacology") or written as a name."""
    name = match.skill
    return (
        match.source is SkillSource.TEXT
        and " " not in name
        and name.islower()
        and not re.search(r"(?:ing|ics|ogy|ery|ism)$", name)
    )


def _resume_line(text: str, sentence: Sentence) -> bool:
    """On a resume: bullets and the lines of a skills or licences section, not the lines that
    name a role, its employer and its dates."""
    if _DATED.search(sentence.text):
        return False
    if _bullet(text, sentence) or _RESUME_LISTS.search(sentence.section):
        return True
    return _prose(sentence)


def _prose(sentence: Sentence) -> bool:
    """A sentence of a resume's summary or experience written as prose ("Responsible for
    stock control and training new staff"), not a line naming a role and its employer."""
    words = sentence.text.split()
    if not sentence.section or len(words) < 6 or re.search(r"[|—–]|\s-\s", sentence.text):
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals / len(words) < 0.4


def _asks(sentence: Sentence) -> bool:
    heading = sentence.section.strip("#*:_ ")
    if sentence.kind in context.SILENT or (heading and sentence.text.strip("#*:_ ") == heading):
        return False
    if context.is_boilerplate(sentence.text) and not (
        sentence.kind == context.REQUIRED and CUE.search(sentence.text)
    ):
        return False  # but "Working knowledge of FLSA, FMLA, ADA and EEO regulations" asks
    if sentence.kind != context.REQUIRED and context.is_offered(sentence.text):
        return False
    label, colon, _rest = sentence.text.partition(":")
    return not (colon and NOT_SKILL_LABEL.match(label.strip(" *_#")))


def _bullet(text: str, sentence: Sentence) -> bool:
    line_start = text.rfind("\n", 0, sentence.start) + 1
    return bool(re.match(r"\s*(?:[-*•·▪●]|\d{1,2}[.)])\s", text[line_start : sentence.start + 1]))


def _candidates(text: str, sentence: Sentence) -> Iterator[tuple[int, int]]:
    """Spans of the sentence that name one skill each."""
    body = text[sentence.start : sentence.end]
    # Bullets under a heading the index does not know ("What you'll be doing") ask too.
    asking = sentence.kind in _ASKING or (not sentence.kind and _bullet(text, sentence))
    spans: list[tuple[int, int]] = []
    for clause_start, clause_end in _clauses(body):
        clause = body[clause_start:clause_end]
        spans += [(clause_start + s, clause_start + e) for s, e in _clause_spans(clause, asking)]
    seen: set[tuple[int, int]] = set()
    for s, e in spans:
        if e - s < 2 or (s, e) in seen:
            continue
        seen.add((s, e))
        yield sentence.start + s, sentence.start + e


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not (text[s].isalnum() or text[s] in "("):
        s += 1
    while e > s and not (text[e - 1].isalnum() or text[e - 1] in "+#)"):
        e -= 1
    return s, e


def _clauses(body: str) -> Iterator[tuple[int, int]]:
    """Parts of a sentence split at ':' and ' - ' (a label and its value, two clauses)."""
    pos = 0
    for m in re.finditer(r":\s|\s[-–—]\s|\.\s+(?=[A-Z])", body):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(body)


def _clause_spans(clause: str, asking: bool) -> list[tuple[int, int]]:
    """Candidate spans of one clause: objects of cues, or the clause as a list of items."""
    spans: list[tuple[int, int]] = []
    cues = list(CUE.finditer(clause))
    for m in cues:
        end = _object_end(clause, m.end())
        spans += _items(clause, m.end(), end)
    if cues:
        return spans
    if not asking:
        return spans
    words = _WORD.findall(clause)
    if not words or len(words) > 18:
        return spans
    start = _skip_lead(clause, 0)
    first = _WORD.match(clause, start)
    if first and is_verb(first.group()):
        # A duty: "Apply fluoride varnish and sealants", "Erecting, altering and dismantling X".
        pos = first.end()
        while True:
            nxt = re.match(r"(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*)([A-Za-z-]+)", clause[pos:])
            if not nxt or not is_verb(nxt.group(1)):
                break
            pos += nxt.end()
        particle = re.match(r"\s+(?:out|up|off)\b", clause[pos:])
        pos += particle.end() if particle else 0
        spans += _items(clause, pos, len(clause))
    elif len(words) <= 8 and not _sentence_like(words):
        spans += _items(clause, start, len(clause))
    elif clause.count(",") >= 2 and not _sentence_like(words):
        # A list: "Certified Coding Specialist (CCS), Certified Professional Coder (CPC), ..."
        items = _split_list(clause, start, len(clause))
        if all(len(clause[s:e].split()) <= 6 for s, e in items):
            spans += _items(clause, start, len(clause))
    return spans


def _sentence_like(words: list[str]) -> bool:
    """A clause with a verb after its first word reads as a sentence, not a noun phrase:
    "Brennock Medical designs and manufactures..."."""
    if words and words[0].casefold() in _OPENERS:
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
            and before_word[0][:1].isupper()
            and after_word[0][:1].isupper()
        ) or (m.group(1) == "in" and before_word[0].casefold() in _QUALIFICATIONS):
            continue  # a name: "Certificate III in Mobile Plant Technology", "Working at Heights"
        out += _split_list(work, start + pos, start + m.start())
        pos = m.end()
        if m.group(1).casefold() not in _OBJECT_PREPOSITIONS:
            pos = len(segment)
            break
    if pos < len(segment):
        objects = _split_list(work, start + pos, start + len(segment))
        # After a preposition, one lower-case word alone is a setting ("in production"); a
        # list of them is not ("faults in engines, transmissions and hydraulics").
        if pos == 0 or len(objects) > 1 or not _one_plain_word(work[slice(*objects[0])]):
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
            and (_adjective(previous) or words[-1].casefold() in _GENERIC_HEADS)
        ):
            merged[-1] = (merged[-1][0], e)  # "written and verbal communication"
        else:
            merged.append((s, e))
    out = []
    for s, e in merged:
        while s < e and segment[s].isspace():
            s += 1
        while e > s and (segment[e - 1].isspace() or segment[e - 1] in ".,;:!?"):
            e -= 1
        out.append((start + s, start + e))
    return out


def _adjective(word: str) -> bool:
    word = word.strip().casefold()
    return word in _ADJECTIVES or (word.islower() and word.endswith(_ADJ_ENDS) and len(word) > 4)


def _skip_lead(text: str, pos: int) -> int:
    while True:
        m = LEAD_WORDS.match(text, pos)
        if not m or m.end() == pos:
            return pos
        pos = m.end()


def _trim(body: str, s: int, e: int) -> tuple[int, int]:
    """The span without qualifiers before and after, spaces and punctuation."""
    for _ in range(6):
        before = (s, e)
        s, e = _strip(body, s, e)
        s = _skip_lead(body[:e], s)
        verb = re.match(r"([a-z][a-z-]+)\s+(?:(?:out|up|on|off)\s+)?(?=(\S+))", body[s:e])
        if (
            verb
            and is_verb(verb.group(1))
            and len(body[s:e].split()) > 1
            and not (verb.group(1) in _NOUN_VERBS and _NOMINAL.search(verb.group(2)))
        ):
            s += verb.end()  # "and reconcile GSTR-2B"; not "open enrollment"
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


def _names_more(phrase: str, mention: SkillMatch) -> bool:
    """Whether a phrase names a skill more exactly than the mention inside it: the mention's
    name with its model or edition ("SAP B1"), or a noun before it that makes a skill of its
    own ("methadone dispensing", "till reconciliation"); not a describing word ("high-volume
    bartending", "structural steel fabrication" are bartending and fabrication)."""
    if phrase.startswith(mention.text):
        rest = _WORD.findall(phrase[len(mention.text) :])
        if rest and all(w.casefold() in _CREDENTIALS for w in rest):
            # "local anesthesia certification" is a credential; "ACLS certification" is ACLS
            return mention.text.islower()
        if rest and rest[0] in ("of", "for", "in", "to", "and", "or", "with", "on"):
            return False  # "visual inspection of welds" is visual inspection
        if mention.text.islower() and 0 < len(rest) <= 2 and all(w.islower() for w in rest):
            # a common noun before a new head: "fluoride varnish", "switchboard upgrades";
            # but "Kafka pipelines" are Kafka, and "employee relations issues" are its issues
            return not any(w in _VAGUE_HEADS for w in rest)
        return 0 < len(rest) <= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in rest)
    if not phrase.endswith(mention.text):
        return False
    before = phrase[: len(phrase) - len(mention.text)].split()
    titled = mention.text[:1].isupper() and not mention.text.isupper()
    return 0 < len(before) <= 2 and all(
        (w.islower() or w.isupper() or w[:1].isdigit() or (titled and w[:1].isupper()))
        and "-" not in w[:-1]
        and not _adjective(w)
        for w in before
    )  # "methadone dispensing", "Standard First Aid"


def _skill_like(phrase: str) -> bool:
    words = _WORD.findall(phrase)
    if not words or len(words) > _MAX_WORDS or len(phrase) > 60:
        return False
    folded = [w.casefold().strip(".'’") for w in words]
    last = folded[-1]
    if " ".join(folded) in STOP_PHRASES or last in STOP_HEADS:
        return False
    if len(folded) == 1 and (
        last + "s" in STOP_PHRASES or last + "s" in STOP_HEADS or last in CERT_HEADS
    ):
        return False
    if all(w in STOP_PHRASES for w in folded):
        return False
    if re.search(r"\d{3,}|[£$€₹]|%", phrase) and not re.search(
        r"[A-Za-z]{2,}\s?\d|\d[A-Za-z]", phrase
    ):
        return False
    if re.match(
        r"\d[\d,.]*\s*(?:k|kg|lbs?|pounds|points|mph|miles|hours?|wpm|words)\b", phrase, re.I
    ):
        return False
    if re.match(
        r"(?:under|over|up to|above|below|less than|more than|at least)\s+\d", phrase, re.I
    ):
        return False
    if re.match(r"(?:team|group|range|variety|number|lots|plenty|part|one|all) of\b", phrase, re.I):
        return False  # "team of four chefs"
    if re.match(r"\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)", phrase, re.I):
        return False  # "11:30 PM"
    if len(folded) == 1 and folded[0].endswith("ly"):
        return False  # "accurately", "safely"
    if len(folded) == 1 and (len(phrase) < 3 and not phrase.isupper()):
        return False
    single_verb = is_verb(words[0]) and words[0].islower() and not folded[0].endswith("ing")
    return not (len(folded) == 1 and single_verb)


def _known(vocabulary: Vocabulary, phrase: str) -> Skill | None:
    """The vocabulary entry a phrase names ("communication skills" -> communication)."""
    key = " ".join(phrase.split())
    for candidate in (key, re.sub(r"\s+(skills?|experience|knowledge)$", "", key, flags=re.I)):
        skill = vocabulary.get(candidate)
        if skill is None and candidate.endswith("s") and len(candidate) > 4:
            skill = vocabulary.get(candidate[:-1])
        if skill is None:
            continue
        if (skill.case_sensitive or skill.needs_context) and candidate not in skill.forms:
            continue  # "DBT" (a therapy) is not dbt (the data tool): names matched as written
        return skill
    return None


def _match(
    sentence: Sentence, phrase: str, start: int, end: int, known: Skill | None
) -> SkillMatch:
    name = _without_expansion(" ".join(phrase.split()))
    category, source = CATEGORY, SkillSource.TEXT
    if known is not None:
        name = known.name
        category = known.category
        source = known.source
    elif name[:1].isupper() and name.split()[0][1:].islower() and " " in name and not _proper(name):
        name = name[0].lower() + name[1:]  # a bullet's capital: "Fault finding" -> "fault finding"
    return SkillMatch(
        skill=name,
        category=category,
        text=phrase,
        start=start,
        end=end,
        evidence=shorten(sentence.text, start - sentence.start, end - sentence.start),
        importance=importance_of(sentence),
        years=years_in(sentence),
        source=source,
        section=sentence.kind,
    )


def _without_expansion(name: str) -> str:
    """ "Low Voltage Rescue (LVR)" -> "Low Voltage Rescue": the short name in brackets spells
    the words before it (the evidence keeps both)."""
    m = re.fullmatch(r"(.+?)\s*\(([A-Z][A-Za-z]{1,7})s?\)", name)
    if not m:
        return name
    words = [
        w
        for w in re.split(r"[\s-]+", m.group(1))
        if w.casefold() not in ("of", "and", "&", "the", "for", "in")
    ]
    initials = "".join(w[0] for w in words).upper()
    return m.group(1) if initials.endswith(m.group(2).upper()) else name


def _proper(name: str) -> bool:
    """A name whose later words are capitalised too ("Standard First Aid", "Flight Curriculum")."""
    words = name.split()
    return any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:])
