"""Sentences, sections and cue phrases: where a skill was asked for and how strongly."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from bounceback.domain.skills import Importance, Skill, SkillMatch, SkillSource
from bounceback.skills.context import (
    APPLY,
    BENEFITS,
    BOTH_MARKS,
    EEO,
    HIGHLIGHTS,
    NICE,
    POLICIES,
    REQUIRED,
    heading_kind,
    highlight_kind,
)
from bounceback.skills.prosekind import prose_kind, wish_turn

# A sentence ends at a line break, a bullet, a semicolon, or ". ! ?" before a capital/digit.
_BOUNDARY = re.compile(r"\n+|[;•·▪●]\s*|(?<=[.!?])\s+(?=[\"'(\[A-Z0-9•*-])")
# A full stop that ends an abbreviation, not a sentence: "B.Sc. Agriculture", "e.g. Excel".
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){1,3}[A-Za-z]{0,3}\.|\b(?:e\.g|i\.e|etc|approx|incl|Dr|Mr|Mrs|Ms|St|"
    r"No|Nos|Inc|Ltd|Co|vs|Jr|Sr|Dept|Govt|Univ)\.)$"
)
# A line under a policy heading (policyheadings.py) that asks for something is read as a
# requirement: a safety adviser's or a safeguarding lead's criteria (round 33's review).
_ASKS_IN_POLICY = re.compile(
    r"\b(?:essential|desirable|required|preferred|experience (?:of|in|with)|knowledge of|"
    r"registration|registered|certificate|certification|membership|qualified|qualification)\b",
    re.IGNORECASE,
)
_NICE_CUES = re.compile(
    r"\b(nice[- ]to[- ]have|a plus|bonus|preferred|desirable|ideally|advantageous|preferably|"
    r"an advantage|not required|not essential|would be great|good to have|pluses|"
    r"is helpful|are helpful|helpful but|beneficial|extra credit|an asset|is an asset|"
    r"highly regarded|preferable|is desired|are desired|(?:is|are|would be) welcome|"
    r"would be valued|favourable|favorable|would be useful|useful but|"
    r"would set you apart|sets you apart|considered a plus)",
    re.IGNORECASE,
)
# The mark a person specification sets in a column at the end of a criterion's line ("... E"),
# or in brackets or after a dash in one mixed list ("IPAF (D)", "ECS card [E]", "Reach truck
# licence (desirable)", "Full UK driving licence - essential").
_MARK_COLUMN = re.compile(
    r"(?:\s{2,}|\t\s*)(E|D|Essential|Desirable)$"
    r"|\s*[(\[]\s*(E|D|[Ee]ssential|[Dd]esirable)\s*[)\]]\.?$"
    r"|\s+[-–—|]\s*([Ee]ssential|[Dd]esirable|ESSENTIAL|DESIRABLE)\.?$"
)
# A condition of the offer: "This post is subject to an enhanced DBS check", "Offers are
# subject to satisfactory Garda vetting" (after the last list, often under "Desirable").
_CONDITION = re.compile(
    r"\b(?:is|are|be|being)\s+subject\s+to\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}"
    r"(?:dbs|pvg|garda|police|background|criminal|disclosure|vetting|security|medical|drug)\b",
    re.I,
)
_YEARS = re.compile(
    r"(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?(?:years?|yrs?)\b", re.IGNORECASE
)
_HEADING_MAX_WORDS = 8
# A job board's buttons copied with the posting ("[APPLY NOW]   [SAVE JOB]   [EMAIL JOB]"): no
# heading, so the duties and requirements under them are not read as how to apply (round 34).
_BUTTONS = re.compile(r"(?:\[[^\[\]\n]{1,30}\]\s*)+")
_SECTION_WORDS = re.compile(
    r"^(about|what|who|your|the|key|our|nice|bonus|preferred|desirable|essential|minimum|"
    r"basic|required|requirements|qualifications|responsibilities|skills|experience|benefits|"
    r"perks|duties|you|must|good|extra|additional|pluses)\b",
    re.IGNORECASE,
)


# A line that says something of a skill rather than naming a part of the posting.
_PREDICATE = re.compile(
    r"\b(?:is|are|would be|will be)\s+(?:a|an|highly|very)?\s*(?:plus|bonus|advantage|"
    r"advantageous|asset|desirable|essential|required|preferred|beneficial|welcome)\b|"
    r"^(?:must|should)\s+(?:be|have|hold|pass|possess|obtain|provide|complete|own)\b|"
    r"^(?:able|ability|willing|willingness) to\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    section: str
    kind: str = ""  # the kind of section (context.REQUIRED, context.BENEFITS...)
    marked: bool = False  # the line carries its own Essential / Desirable mark


# A paragraph that opens with the employer's equal-opportunity statement or with how to apply
# is that, to its end, without a heading over it: "Cardinal is an Equal Opportunity Employer.
# ... Offers are contingent on a background check", "To apply, complete our online application."
_PARAGRAPH_OPENERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        EEO,
        re.compile(
            r"^(?:[\w&'’.,-]+\s+){0,6}(?:is|are)\s+(?:an?\s+)?(?:proud\s+)?"
            r"(?:equal[- ]opportunit\w*|eeo|disability confident)|"
            r"^(?:we|we're|we are)\s+(?:an?\s+)?(?:proud\s+)?(?:equal[- ]opportunit\w*|eeo)|"
            r"^(?:equal (?:employment )?opportunit\w*|eeo)\b",
            re.IGNORECASE,
        ),
    ),
    (
        APPLY,
        re.compile(
            r"^(?:to apply\b|how to apply\b|please apply\b|apply (?:now|today|online|with|via|"
            r"through|by)\b|click\s*[\"“']?apply|interested (?:candidates|applicants)\b)",
            re.IGNORECASE,
        ),
    ),
)
_QUIET_ON_POSTINGS = frozenset(
    {"benefits", "about_us", "equal_opportunity", "how_to_apply", "policies"}
)
# A resume's headings over lists of what the candidate can do ("Core competencies", "Tickets &
# licences", "Equipment", "What I do"): their lines are read as a requirements list is.
RESUME_LISTS = re.compile(
    r"skill|licen[cs]|ticket|certif|qualif|competenc|tool|software|language|technolog|"
    r"expertise|proficienc|training|courses|equipment|machinery|systems|registration|approvals|"
    r"authori[sz]ations|accreditation|memberships|capabilit|strengths|specialis|what i (?:do|offer)",
    re.IGNORECASE,
)
# Those of them with no sentence of their own (a bare line "CostX, Procore, Excel" under
# "SOFTWARE"): read as a list of skills. Languages and courses keep their own reading ("Spanish
# (native)", "First aid, valid until 2027").
_RESUME_ITEMS = re.compile(
    r"(?:[\w'-]+\s+){0,2}(?:software|tools?|technolog\w*|equipment|machinery|plant|systems|"
    r"competenc\w*|expertise|capabilit\w*|strengths|specialis\w*|what i (?:do|offer))"
    r"(?:\s*(?:&|and|/|,)\s*[\w' -]+)?",
    re.IGNORECASE,
)
# a resume's contact field with its value ("Contact: 072 555 3817", "Contact number: ..."): one
# personal detail among others, no section (the "Languages:" line under it still shows skills)
_CONTACT_FIELD = re.compile(r"contact(?:\s+(?:details|number|no\.?|info))?\s*:\s*\S", re.I)
_RESUME_SILENT = re.compile(r"\b(references?|referees?|contact|interests|hobbies)\b", re.I)


_TURNS_MAX = 40  # a sentence cut at more turns than this is a pasted page, not prose


class TextIndex:
    """A text cut into sentences, each knowing the heading of the section it sits in."""

    def __init__(self, text: str, resume: bool = False) -> None:
        self.text = text
        self._resume = resume
        self.sentences: list[Sentence] = []
        section, kind = "", ""
        pos = 0
        line_start, bullet = True, False
        self._inline = ""
        self._paragraph = ""  # the kind a paragraph's opening sentence gave it (see above)
        for m in [*_BOUNDARY.finditer(text), None]:
            if (
                m is not None
                and m.group().isspace()
                and "\n" not in m.group()
                and _ABBREVIATION.search(text, max(0, m.start() - 12), m.start())
            ):
                continue  # "B.Sc. Agriculture" is one sentence
            end = m.start() if m else len(text)
            chunk = text[pos:end].strip()
            ends_line = m is None or "\n" in m.group()
            if (
                chunk
                and line_start
                and ends_line
                and not bullet
                and is_heading(chunk)
                and not (resume and _CONTACT_FIELD.match(chunk))
            ):
                self._paragraph = ""
                section, kind = chunk, heading_kind(chunk)
                if resume and _RESUME_SILENT.search(chunk):
                    kind = "how_to_apply"  # a resume's references or interests show no skill
                elif resume and (kind in _QUIET_ON_POSTINGS or kind == HIGHLIGHTS):
                    kind = ""  # a resume's "About me" or "Additional information" shows skills
                elif resume and not kind and _RESUME_ITEMS.fullmatch(chunk.strip("#*:_ ")):
                    kind = REQUIRED  # "SOFTWARE", "Equipment": one item a line, as a list
                self._add(pos, end, section, kind)
            else:
                if line_start and not bullet and not resume:
                    self._paragraph = _opens_paragraph(chunk) or self._paragraph
                self._add(pos, end, section, kind)
            if m is None:
                break
            if m.group().count("\n") > 1:
                self._paragraph = ""  # a blank line ends the paragraph
            line_start = "\n" in m.group()
            if line_start:
                self._inline = ""
            bullet = any(c in m.group() for c in "•·▪●")
            pos = m.end()
        self._starts = [s.start for s in self.sentences]

    def _add(self, start: int, end: int, section: str, kind: str, turns: int = 0) -> None:
        raw = self.text[start:end]
        stripped = raw.strip(" \t\r-*#>")
        if not stripped:
            return
        offset = raw.find(stripped)
        label, colon, rest = stripped.partition(":")
        if colon and rest.strip() and len(label.split()) <= 5:
            # "About Lumen: we build..." is about the company, to the end of its line.
            self._inline = heading_kind(label.strip("*_ ")) or self._inline
        kind = self._inline or self._paragraph or kind
        if kind == POLICIES and _ASKS_IN_POLICY.search(stripped):
            kind = REQUIRED  # "NEBOSH General Certificate essential" under "Health and Safety"
        if kind == HIGHLIGHTS:
            # the heading itself names nothing ("highlights" is also a hairdresser's skill)
            heading = stripped.strip("#*:_ ") == section.strip("#*:_ ")
            kind = BENEFITS if heading else highlight_kind(stripped)
        if not self._resume:
            turn = wish_turn(stripped) if turns < _TURNS_MAX and len(stripped.split()) >= 8 else -1
            if turn > 0:
                # "... are essential, and a reach truck licence would be an advantage": two asks
                self._add(start + offset, start + offset + turn, section, kind, turns + 1)
                self._add(start + offset + turn, start + offset + len(stripped), section, kind, turns + 1)
                return
            kind = prose_kind(stripped, kind)  # "You'll have 3+ years of React" under "The role"
        column = _MARK_COLUMN.search(stripped)
        if column:
            # A person specification's Essential / Desirable column ("... E", "... D").
            stripped = stripped[: column.start()]
            mark = next(g for g in column.groups() if g)
            kind = NICE if mark[0] in "Dd" else REQUIRED
        self.sentences.append(
            Sentence(
                start + offset, start + offset + len(stripped), stripped, section, kind, bool(column)
            )
        )

    def position(self, pos: int) -> int:
        """The number of the sentence holding `pos`, or -1."""
        i = bisect_right(self._starts, pos) - 1
        return i if i >= 0 and pos < self.sentences[i].end else -1

    def at(self, pos: int) -> Sentence | None:
        i = self.position(pos)
        return self.sentences[i] if i >= 0 else None

    def around(self, i: int) -> str:
        """The sentence `i` with its neighbours: a bullet's context is its list."""
        return " ".join(s.text for s in self.sentences[max(0, i - 1) : i + 2])


def _opens_paragraph(line: str) -> str:
    """EEO or APPLY when a paragraph's first sentence is the employer's equal-opportunity
    statement or says how to apply; "" otherwise."""
    stripped = line.strip(" \t\r*_#>")
    return next((kind for kind, pattern in _PARAGRAPH_OPENERS if pattern.search(stripped)), "")


def is_heading(line: str) -> bool:
    """A short line that names a part of a posting ("Requirements:", "## Nice to have")."""
    stripped = line.strip().lstrip("#").strip().strip("*_").strip()
    if not stripped or len(stripped.split()) > _HEADING_MAX_WORDS:
        return False
    if stripped.endswith(":") or line.lstrip().startswith("#"):
        return True
    if _BUTTONS.fullmatch(stripped):
        return False
    if stripped[:1] in "-*•·▪●" or re.match(r"\d+[.)]\s", stripped):
        return False
    if stripped.isupper() and len(stripped) > 3:
        return True
    if stripped.endswith("?") and heading_kind(stripped) in _QUIET_ON_POSTINGS:
        return True  # "Why work for us?"
    if stripped.endswith((".", ",", ";", "!", "?")):
        return False
    if _PREDICATE.search(stripped):
        return False  # "TWIC card is a plus", "Must pass a DOT physical and drug screen"
    if _SECTION_WORDS.search(stripped) and (len(stripped.split()) <= 4 or heading_kind(stripped)):
        return True
    return len(stripped.split()) <= 5 and heading_kind(stripped) != ""


def importance_of(sentence: Sentence | None) -> Importance:
    """Nice-to-have when the sentence or its section says so; required otherwise."""
    if sentence is None:
        return Importance.REQUIRED
    if sentence.marked:
        return Importance.NICE_TO_HAVE if sentence.kind == NICE else Importance.REQUIRED
    nice = _NICE_CUES.search(sentence.text)
    if _CONDITION.search(sentence.text) and not nice:
        return Importance.REQUIRED  # a condition of the offer, wherever it stands
    if sentence.kind == NICE or nice:
        return Importance.NICE_TO_HAVE
    if sentence.section and _NICE_CUES.search(sentence.section):
        both = BOTH_MARKS.search(sentence.section)
        return Importance.REQUIRED if both else Importance.NICE_TO_HAVE
    return Importance.REQUIRED


def years_in(sentence: Sentence | None) -> float | None:
    """The number of years a sentence states ("3+ years of SQL"), if exactly one is stated."""
    if sentence is None:
        return None
    found = {float(m.group(1)) for m in _YEARS.finditer(sentence.text)}
    if len(found) != 1:
        return None
    value = found.pop()
    return value if 0 < value <= 50 else None


def shorten(text: str, start: int, end: int, limit: int = 280) -> str:
    """A window of at most `limit` characters of `text` around [start, end)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    centre = (start + end) // 2
    lo = max(0, min(centre - limit // 2, len(text) - limit))
    window = text[lo : lo + limit]
    return ("…" if lo > 0 else "") + window.strip() + ("…" if lo + limit < len(text) else "")


def named_in_sentence(
    sentence: Sentence,
    name: str,
    category: str,
    written: str,
    start: int,
    end: int,
    how: str,
    source: SkillSource = SkillSource.TEXT,
) -> SkillMatch:
    """A skill a reader found written at [start, end) of the text, inside `sentence` (the
    phrase, standards, acronym-pair and credential readers: one shape of a text mention);
    `source` is the vocabulary entry's when the phrase names one."""
    return SkillMatch(
        skill=name,
        category=category,
        text=written,
        start=start,
        end=end,
        evidence=shorten(sentence.text, start - sentence.start, end - sentence.start),
        importance=importance_of(sentence),
        years=years_in(sentence),
        source=source,
        section=sentence.kind,
        how=how,
    )


def match_at(
    skill: Skill,
    text: str,
    start: int,
    end: int,
    sentence: Sentence | None,
    importance: Importance,
    years: float | None,
) -> SkillMatch:
    """The match of a vocabulary entry at text[start:end], its evidence the sentence around it
    (the matched words themselves when there is no sentence)."""
    evidence = (
        shorten(sentence.text, start - sentence.start, end - sentence.start)
        if sentence
        else text[start:end]
    )
    return SkillMatch(
        skill=skill.name,
        category=skill.category,
        text=text[start:end],
        start=start,
        end=end,
        evidence=evidence,
        importance=importance,
        years=years,
        source=skill.source,
        section=sentence.kind if sentence else "",
    )
