
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

from bounceback.domain.skills import Skill, SkillMatch, SkillSource
from bounceback.places import is_place
from bounceback.skills import context, notasked
from bounceback.skills.cues import CUE, NOT_SKILL_LABEL
from bounceback.skills.evidence import (
    RESUME_LISTS,
    Sentence,
    TextIndex,
    named_in_sentence,
)
from bounceback.skills.naming import core_of, job_title
from bounceback.skills.nonskills import PEOPLE
from bounceback.skills.otherpeople import training_given
from bounceback.skills.phraseguards import names_no_skill, spec_columns_end
from bounceback.skills.phraseshape import (
    bare_word,
    entry_for,
    listed,
    names_more,
    proper_name,
    skill_like,
    without_expansion,
)
from bounceback.skills.phrasespans import BARE, DUTY, LISTED, bullet, candidates, strip, trim
from bounceback.skills.vocabulary import Vocabulary

CATEGORY = "named in the text"


_ASKING = frozenset({context.REQUIRED, context.DUTIES, context.NICE, context.ROLE})


_DATED = re.compile(
    r"\b(?:19|20)\d{2}\b.*\b(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s*[-–—]\s*(?:present|current|now)|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}\b",
    re.IGNORECASE,
)




_DENIED = re.compile(r"\bnot (?:required|needed|necessary|essential|accepted)\b", re.I)


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
        if (
            not _asks(sentence)
            or (resume and not _resume_line(text, sentence))
            or (not resume and context.job_fact(text, sentence.start))
            or (not resume and context.describes_employer(text, sentence.start, sentence.end))
        ):
            continue
        for raw_start, raw_end, how in candidates(blanked, sentence):
            start, end = strip(text, raw_start, raw_end)
            if context.negated(text, start, end, sentence.start, sentence.end) or _DENIED.search(
                text, start, end
            ):
                continue
            end = spec_columns_end(text, start, end)  # "evening work Essential Interview"
            known = entry_for(vocabulary, text[start:end])
            if known is None:
                start, end = trim(text, start, end)
                known = entry_for(vocabulary, text[start:end])
            if end - start < 2:
                continue
            code = _CODE.search(text, start, end)
            if known is None and code and code.end() == end:
                end = code.start()
            kind = _ACRONYM_KIND.match(text[start:end])
            if known is None and kind:
                end = start + kind.end(1)
                known = entry_for(vocabulary, text[start:end])
            if known is None:
                core = core_of(vocabulary, text, start, end, entry_for)
                if core[2] is not None or skill_like(text[core[0] : core[1]]):
                    start, end, known = core
            if known is None:
                end = _without_generic_head(text, start, end)
            phrase = text[start:end]
            if known is None and (is_place(phrase) or phrase.split()[0].casefold() in PEOPLE):
                continue
            if known is None and resume and _labels_a_list(text, start, end):
                continue  # "- Languages: TypeScript, Go", "Frameworks: Spring Boot"
            if known is None and names_no_skill(text, start, end, sentence.start, sentence.end):
                continue  # "in a high-volume warehouse", "assisting with", "Singapore PRs"
            if known is None and _spelled_out(text, end, by_start):
                continue  # "electronic logs (ELD)": the vocabulary's ELD names it
            if any(m.start <= start and end <= m.end for m in by_start):
                continue  # the vocabulary found it, or more
            inside = [m for m in by_start if m.start >= start and m.end <= end]
            if known is None and not skill_like(phrase):
                continue
            named_mid = phrase[:1].isupper() and _mid_sentence(text, start, sentence)
            if (
                known is None
                and how in (BARE, LISTED, DUTY)
                and not resume
                and not (named_mid or _activity(phrase))
            ):
                # a bullet of plain words alone ("Reliable car", "seasonal produce"), or what a
                # duty acts on ("handle client requests", "visit distributors")
                continue
            if context.negated(text, start, end, sentence.start, sentence.end):
                continue
            if notasked.not_asked(text, start, end):
                continue  # "the Emergency Department", "(power tools provided)"
            if known is None and inside:
                # "SAP B1" says more than "SAP": a name with its model or edition takes the
                # mention's place; "high-volume bartending" says no more than "bartending".
                if len(inside) > 1 or not names_more(phrase, inside[0]):
                    continue
                covered.add(id(inside[0]))
            found.append(_match(sentence, phrase, start, end, known, named_mid, how))
    # nothing in the signature is asked for ("Harbourside Education Recruitment")
    kept = [m for m in mentions if id(m) not in covered and m.start < signed]
    ends = {m.end for m in kept + found}
    return kept + [
        m
        for m in found
        if not job_title(m) and (resume or not bare_word(m) or listed(text, m, ends))
    ]


# The rest of a resume line's label after a phrase ("Languages: ...", "Cloud & DevOps: ..."),
# and what may open the line before it (a bullet).
_LABEL_REST = re.compile(r"(?:[ \t]*(?:&|and|/|,)[ \t]*[\w' -]+)?[ \t]*:[ \t]*\S")
_LINE_OPENING = re.compile(r"[ \t]*(?:[-*+•·▪●][ \t]*)?")


def _labels_a_list(text: str, start: int, end: int) -> bool:
    """The label that opens a resume line before a colon and what it lists ("Languages:
    TypeScript, Go", "Cloud & DevOps: AWS"): a heading, no skill (the caller keeps one the
    vocabulary knows: "Python: Django, Flask")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_LINE_OPENING.fullmatch(text, line_start, start)) and bool(
        _LABEL_REST.match(text, end)
    )


def _resume_line(text: str, sentence: Sentence) -> bool:
    """On a resume: bullets and the lines of a skills or licences section, not the lines that
    name a role, its employer and its dates."""
    if _DATED.search(sentence.text):
        return False
    if bullet(text, sentence) or RESUME_LISTS.search(sentence.section):
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
    if training_given(sentence.text):
        return False

    label, colon, _rest = sentence.text.partition(":")
    return not (colon and NOT_SKILL_LABEL.match(label.strip(" *_#")))


def _match(
    sentence: Sentence,
    phrase: str,
    start: int,
    end: int,
    known: Skill | None,
    named_mid: bool = False,
    how: str = "",
) -> SkillMatch:
    name = without_expansion(" ".join(phrase.split()))
    category, source = CATEGORY, SkillSource.TEXT
    if known is not None:
        name = known.name
        category = known.category
        source = known.source
    elif (
        name[:1].isupper()
        and name.split()[0][1:].islower()
        and " " in name
        and not proper_name(name)
        and not named_mid
    ):
        name = name[0].lower() + name[1:]  # a bullet's capital: "Fault finding" -> "fault finding"
    return named_in_sentence(sentence, name, category, phrase, start, end, how, source)


def _named(phrase: str) -> bool:
    """A phrase written as a name (capitals or digits past its first letter: "Food Hygiene
    Level 2", "HACCP") or as an activity or field ("nappy changing", "phonics")."""
    if any(c.isupper() or c.isdigit() for c in phrase[1:]):
        return True
    return bool(re.search(r"(?:ing|ics|ogy|ery)$", phrase.split()[-1].casefold()))


_ACTIVITY = re.compile(
    r"(?:ing|tion|sion|ment|ance|ence|ysis|ics|ogy|ery|ry|ure|ship|therapy|care|safety|checks?|"
    r"inspections?|examinations?|reviews?|meetings?|demonstrations?|drills?|tests?|audits?|"
    r"assessments?|repairs?|records|rounds|plans?|reports?|programm(?:e|es)|programs?|"
    r"procedures?|protocols?|regulations?|law|legislation|standards?|policies|support|work|skills?|"
    r"hygiene|screens?|physicals?|control)$"
)


def _activity(phrase: str) -> bool:
    """The object of a duty that is itself a piece of work ("soil testing", "scaffold
    inspections", "newborn examinations") or written as a name, not a thing or a person it is
    done to ("client requests", "distributors")."""
    return _named(phrase) or bool(_ACTIVITY.search(phrase.split()[-1].casefold()))


def _mid_sentence(text: str, start: int, sentence: Sentence) -> bool:
    """Whether a phrase starts inside its sentence, where a capital makes a name ("using the
    Samsara app"), not at its start or after a label, where any word has one."""
    before = text[sentence.start : start].rstrip()
    return bool(before) and before[-1:] not in ":-–—•*(\"'"


_GENERIC_TAIL = re.compile(
    r"\s+(?:procedures|policies|processes|practices|guidelines|principles|requirements|"
    r"techniques|methods|activities|tasks|duties|systems)$"
)


def _without_generic_head(text: str, start: int, end: int) -> int:
    """ "spill prevention procedures" is spill prevention (lower-case phrases of three words
    or more; "Building Regulations" and "safety systems" stay)."""
    phrase = text[start:end]
    tail = _GENERIC_TAIL.search(phrase)
    if tail and phrase.islower() and len(phrase.split()) >= 3:
        return start + tail.start()
    return end


def _spelled_out(text: str, end: int, mentions: list[SkillMatch]) -> bool:
    """A phrase followed by its short name in brackets that the vocabulary knows."""
    m = re.match(r"\s*\(([A-Z][A-Za-z0-9&/-]{1,9})\)", text[end : end + 14])
    if not m:
        return False
    at = end + m.start(1)
    return any(x.start == at for x in mentions)
