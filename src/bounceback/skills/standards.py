"""Standards and regulations named by their number: "ISO 13485", "IEC 61508-3", "VDA 6.3",
"21 CFR Part 11", "ICH E6", "ASME Section IX", "AS/NZS 3000".

The vocabulary knows a few standards (ISO 9001, BS 7671); a skill-dense posting names many more,
and the phrase finder loses them when they stand beside a vocabulary name ("ISO 9001:2015 and
ISO 13485": the second is the tail of a coordination) or cuts them at a dot ("VDA 6.3" read as
"VDA 6"). A standard's shape is regular: a standards body, then a number with its parts. Each
one a posting asks for (a sentence the phrase finder would read, under the requirements, duties
or nice-to-haves) is a skill named by body and number; the year of the edition is dropped
("ISO 9001:2015" is ISO 9001, as the labels and the vocabulary name it).

The employer's own badge asks nothing: "Norvale is an ISO 13485 certified company", "We hold
ISO 45001", "our ISO 27001 accreditation" (the clause has the employer as subject, or "our").
"""

from __future__ import annotations

import re

from bounceback.domain.skills import SkillMatch, SkillSource
from bounceback.skills import context
from bounceback.skills.evidence import Sentence, TextIndex, named_in_sentence

CATEGORY = "named in the text"  # as phrases.py names its own (the filter's record of it)

__all__ = ["CATEGORY", "find_standards", "reads_sentence", "standard_name"]

_BODIES = (
    r"(?:BS\s+)?(?:EN\s+)?(?:ISO/IEC|ISO/TS|ISO|IEC|IEEE|ASTM|ASME|ANSI|AS/NZS|NZS|NFPA|API|IPC|"
    r"SAE|DIN|VDA|CSA|MIL-STD|MIL-PRF|EN|BS|AS|DO|UL|IS|KS|OSHA)"
)
_NUMBER = r"[A-Z]?\d{1,6}(?:[.-]\d{1,4}[A-Z]?)*(?:/\d{1,4})?"
_STANDARD = re.compile(
    rf"(?<![\w/.-])(?:{_BODIES}[ -]?(?:{_NUMBER}|Section\s+[IVX]+)(?::(?:19|20)\d\d)?"
    r"(?:\s+Part\s+\d+)?"
    r"|\d{1,2}\s+CFR\s+(?:Part\s+)?\d{1,4}(?:\.\d{1,4})?(?:\s+Part\s+\d{1,4})?"
    r"|ICH[ -](?:GCP|[QEMS]\d{1,2}[A-Z]?(?:\(R\d\))?))(?![\w-]|\.\d)"
)
# Bodies whose letters are also words or other names: read only with a number of three or more
# digits or a part ("AS 2293", "IS 1200"; not "as 20", "DO 2 shifts").
_SHORT_BODIES = re.compile(r"^(?:AS|DO|UL|IS|KS|EN|BS|API|DIN|CSA|SAE|IPC)[ -]?\d{1,2}$")
# RTCA's "DO" only as it is written, with a hyphen ("DO-178C", "DO-254"): "DO 120 picks an hour"
# is a count (round 32, fix32s)
_NOT_RTCA = re.compile(r"^DO(?!-\d{3}[A-Z]?$)")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r":(?:19|20)\d\d$")
# The employer's own certificate: "we hold", "we are ... certified", "our ISO 9001 ...",
# "an ISO 13485 certified company/site/manufacturer".
_OWN = re.compile(
    r"\b(?:we|we're|we’re|our|us)\b[^.;:]*$|"
    r"\b(?:is|are|being|been)\s+(?:an?\s+|fully\s+|proudly\s+)?$",
    re.IGNORECASE,
)
_OWN_AFTER = re.compile(
    r"^[^.;:]{0,40}?\b(?:certified|accredited|registered|approved|compliant)\s+"
    r"(?:company|business|organi[sz]ation|site|facility|facilities|manufacturer|supplier|"
    r"employer|laboratory|lab|plant|firm)\b",
    re.IGNORECASE,
)
_ASKED_OF_YOU = re.compile(
    r"\b(?:you|your|experience|knowledge|familiar\w*|understanding|working|work|must|"
    r"required|essential|desirable|background)\b",
    re.IGNORECASE,
)
_ASKING = frozenset({context.REQUIRED, context.DUTIES, context.NICE, context.ROLE})


def standard_name(code: str) -> str:
    """A standard named by body and number, its edition's year dropped ("ISO 9001:2015" ->
    "ISO 9001")."""
    return _YEAR.sub("", " ".join(code.split()))


def find_standards(
    text: str, index: TextIndex, found: list[SkillMatch], resume: bool = False
) -> list[SkillMatch]:
    """The standards asked for that no mention in `found` names already (a mention cut inside
    one, "VDA 6" of "VDA 6.3", gives way to it)."""
    known = {" ".join(m.skill.casefold().split()) for m in found}
    cut: set[int] = set()
    out: list[SkillMatch] = []
    for sentence in index.sentences:
        if not _DIGIT.search(sentence.text) or not reads_sentence(text, sentence, resume):
            continue
        for hit in _STANDARD.finditer(text, sentence.start, sentence.end):
            code = hit.group(0)
            name = standard_name(code)
            if _SHORT_BODIES.match(name) or _NOT_RTCA.match(name) or name.casefold() in known:
                continue
            if not resume and _employer_own(text, sentence, hit.start(), hit.end()):
                continue
            inside = [m for m in found if hit.start() <= m.start and m.end <= hit.end()]
            if any(m.source is not SkillSource.TEXT for m in inside):
                continue  # the vocabulary names it ("ISO 9001" in "ISO 9001:2015")
            cut.update(id(m) for m in inside)
            known.add(name.casefold())
            out.append(_mention(sentence, name, code, hit.start(), hit.end()))
    cut.update(id(m) for m in found if m.source is SkillSource.TEXT and _only_standards(m.text))
    return [m for m in found if id(m) not in cut] + out


def _only_standards(phrase: str) -> bool:
    """A phrase of two or more standards and what joins them ("BS EN 61439 | IEC 61850"): the
    standards are read one by one."""
    hits = _STANDARD.findall(phrase)
    return len(hits) > 1 and not re.sub(r"\b(?:and|or)\b|[\s,;|/&+]", "", _STANDARD.sub("", phrase))


def reads_sentence(text: str, sentence: Sentence, resume: bool) -> bool:
    """Whether a sentence may ask for a skill: under the requirements, duties, nice-to-haves or
    no heading, not the employer describing itself, not what the job offers."""
    if resume:
        return sentence.kind not in context.SILENT
    if sentence.kind in context.SILENT or sentence.kind not in _ASKING | {""}:
        return False
    if context.describes_employer(text, sentence.start, sentence.end):
        return False
    return not (sentence.kind != context.REQUIRED and context.is_offered(sentence.text))


def _employer_own(text: str, sentence: Sentence, start: int, end: int) -> bool:
    before = text[sentence.start : start]
    after = text[end : sentence.end]
    if _OWN_AFTER.match(after):
        return True
    clause = re.split(r"[,;(]|\band\b(?! ?/)", before)[-1]
    return bool(_OWN.search(clause)) and not _ASKED_OF_YOU.search(clause)


def _mention(sentence: Sentence, name: str, code: str, start: int, end: int) -> SkillMatch:
    return named_in_sentence(sentence, name, CATEGORY, code, start, end, "list")
