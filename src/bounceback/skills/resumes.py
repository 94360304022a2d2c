"""Reading a resume (PDF, DOCX, Markdown, text): skills, job titles, years per skill."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from bounceback import htmltext
from bounceback.domain.skills import Resume, Role, SkillMatch, UnreadableDocument
from bounceback.skills.academiccv import academic_skills
from bounceback.skills.documents import (
    PASTE_HINT,
    decode_text,
    docx_text,
    pdf_text,
    plain_emphasis,
    sniff_format,
)
from bounceback.skills.evidence import TextIndex
from bounceback.skills.layout import ORG_SUFFIX
from bounceback.skills.matcher import SkillMatcher, find_all
from bounceback.skills.mentions import merge_mentions
from bounceback.skills.resumecolumns import split_columns

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = (
    r"(?:(?P<{0}>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+"
    r"|(?P<{0}n>\d{{1,2}})/)?"
)
_RANGE = re.compile(
    _MONTH.format("m1")
    + r"(?P<y1>(?:19|20)\d{2})\s*(?:-|–|—|to|until)\s*"
    + _MONTH.format("m2")
    + r"(?P<y2>(?:19|20)\d{2}|present|current|now|today|date)",
    re.IGNORECASE,
)
_TITLE_WORDS = re.compile(
    r"\b(engineer|developer|programmer|architect|analyst|scientist|designer|manager|director|"
    r"lead|leader|head|officer|nurse|midwife|assistant|technician|therapist|pharmacist|physician|"
    r"carer|teacher|lecturer|tutor|instructor|teaching|consultant|specialist|coordinator|"
    r"co-ordinator|administrator|representative|associate|executive|advisor|adviser|"
    r"accountant|bookkeeper|clerk|cashier|driver|operator|electrician|plumber|welder|"
    r"carpenter|mechanic|fitter|apprentice|supervisor|chef|cook|barista|server|receptionist|"
    r"agent|buyer|planner|recruiter|writer|editor|researcher|intern|controller|auditor|"
    r"bartender|waiter|waitress|host|hostess|porter|cleaner|labourer|laborer|operative|picker|"
    r"packer|attendant|stylist|hairdresser|barber|trainer|coach|guard|fabricator|machinist|"
    r"joiner|roofer|plasterer|painter|decorator|landscaper|gardener|housekeeper|nanny|"
    r"paramedic|dispenser|phlebotomist|sonographer|radiographer|hygienist|dentist|doctor|"
    r"surgeon|paralegal|solicitor|lawyer|attorney|secretary|typist|chemist|biologist|"
    r"practitioner|educator|professor|worker|aide|associate|clerk|handler|mover|courier|"
    r"steward|stewardess|sommelier|baker|butcher|dishwasher|caretaker|custodian|janitor|"
    r"surveyor|estimator|inspector|rigger|firefighter|miner|arborist|climber|groundsman|oiler|"
    r"scaffolder|bricklayer|glazier|tiler|boilermaker|millwright|shotfirer|dispatcher|"
    r"storeperson|storeman|dogman|lineworker|linesman)s?\b",
    re.IGNORECASE,
)
_STOP_SECTIONS = re.compile(
    r"^\s*#*\s*(education|qualifications|certifications?|skills|languages|interests|"
    r"references|training|courses|publications|awards|volunteering)\b:?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Block:
    start: int
    end: int
    months: tuple[int, int]  # first and last month, as year * 12 + month index
    heading: str


def resume_text(
    data: bytes | str, filename: str | None = None, encoding: str | None = None
) -> tuple[str, str]:
    """The text of a resume file and its format (pdf, docx, markdown, html, text)."""
    what = filename or "the pasted resume"
    if isinstance(data, str):
        text, kind = data, "text"
    else:
        kind = sniff_format(data, filename)
        if kind == "pdf":
            text = pdf_text(data, what)
        elif kind == "docx":
            text = docx_text(data, what)
        else:
            text = decode_text(data, what, encoding)
            if kind == "html":
                text = htmltext.node_text(htmltext.parse_html(text).body)
    if kind != "html":
        text = column_lines(plain_emphasis(text))
    text = htmltext.tidy(text)
    if len(text) < 20:
        raise UnreadableDocument(f"could not read {what}: it holds almost no text; {PASTE_HINT}")
    return text, kind


_GUTTER = re.compile(r" {3,}|\t+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def column_lines(text: str) -> str:
    """A resume's columns and tables as one item a line, the way a list reads.

    A text export of a two-column layout puts both columns on one line with a wide gutter
    between them ("Tender evaluation          SAP Ariba", "SKILLS        Cost planning"): each
    side becomes a line of its own. A Markdown table's row ("| Shotfirer's permit | WA |") gives
    a bullet a cell (a code or date in a cell of its own stays with the cell before it: "Working
    at heights (RIIWHS204E)"), and a header row of one-word columns ("| Ticket | Detail |") none; a row
    that holds the dates of a role stays one line, so the title and employer stay beside the
    dates."""
    out: list[str] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # a block of two columns: the right one, then the left one; a block whose right (or left)
    # cells are mostly a role's dates is one column with its dates set off, and stays as it is
    lines = split_columns(lines, _RANGE.search)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            if _TABLE_RULE.match(stripped):
                continue
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            cells = [c for c in cells if c]
            header = i + 1 < len(lines) and bool(_TABLE_RULE.match(lines[i + 1].strip()))
            if _RANGE.search(stripped):
                out.append(" | ".join(cells))
            elif header and all(len(c.split()) == 1 for c in cells):
                continue  # "| Ticket | Detail |": the columns' names, no skill
            else:
                items: list[str] = []
                for cell in cells:
                    if items and re.search(r"\d", cell):
                        items[-1] += f" ({cell})"  # "| Working at heights | RIIWHS204E |"
                    else:
                        items.append(cell)
                out.extend(f"- {c}" for c in items)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        parts = [p.strip() for p in _GUTTER.split(line.strip())]
        if len(parts) > 1 and not _RANGE.search(line):
            out.extend(indent + p for p in parts if p)
        elif len(parts) > 1:
            out.append(indent + "   ".join(p for p in parts if p))
        else:
            out.append(line)
    return "\n".join(out)


def read_resume(
    data: bytes | str,
    filename: str | None,
    matcher: SkillMatcher,
    name: str | None = None,
    encoding: str | None = None,
    *,
    today: date,
) -> Resume:
    """A resume version: its text, the skills it shows, titles held and years per skill."""
    text, kind = resume_text(data, filename, encoding)
    index = TextIndex(text, resume=True)
    mentions = find_all(text, matcher, index, resume=True)
    mentions += academic_skills(text, mentions)  # "## Grants", "Reviewer for *Archivaria*"
    skills = merge_mentions(mentions)
    years = years_per_skill(text, mentions, today)
    skills = [_years(m, years.get(m.skill)) for m in skills]
    label = name or _default_name(filename)
    return Resume(
        name=label,
        text=text,
        file_format="markdown"
        if kind == "text" and filename and filename.endswith(".md")
        else kind,
        skills=skills,
        titles=job_titles(text),
        years=years,
        roles=resume_roles(text, today),
        digest=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _default_name(filename: str | None) -> str:
    if not filename or filename == "-":
        return "resume"
    base = re.split(r"[\\/]", filename)[-1]
    return base.rsplit(".", 1)[0] or "resume"


def _years(match: SkillMatch, years: float | None) -> SkillMatch:
    from dataclasses import replace

    return replace(match, years=years) if years else match


def experience_blocks(text: str, today: date) -> list[_Block]:
    """Stretches of the resume under a dated role ("Staff Nurse, 2019 – present")."""
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    blocks: list[_Block] = []
    current: tuple[int, tuple[int, int], str] | None = None
    for i, line in enumerate(lines):
        match = _RANGE.search(line)
        stop = _STOP_SECTIONS.match(line)
        if (match or stop) and current is not None:
            blocks.append(_Block(current[0], offsets[i], current[1], current[2]))
            current = None
        if match:
            span = _months(match, today)
            if span:
                current = (offsets[i], span, line)
    if current is not None:
        blocks.append(_Block(current[0], len(text), current[1], current[2]))
    return blocks


def _months(match: re.Match[str], today: date) -> tuple[int, int] | None:
    def month(name: str | None, number: str | None, default: int) -> int:
        if number and 1 <= int(number) <= 12:
            return int(number) - 1
        return _MONTHS.index(name[:3].lower()) if name else default

    first = int(match.group("y1")) * 12 + month(match.group("m1"), match.group("m1n"), 0)
    end_word = match.group("y2").lower()
    if end_word.isdigit():
        # "2016 - 2019" reads as three years; "Mar 2016 - 2019" runs to the end of 2019.
        open_end = 0 if not (match.group("m1") or match.group("m1n")) else 11
        last = int(end_word) * 12 + month(match.group("m2"), match.group("m2n"), open_end)
    else:
        last = today.year * 12 + today.month - 1
    return (first, last) if first <= last else None


def years_per_skill(text: str, mentions: list[SkillMatch], today: date) -> dict[str, float]:
    """Years per skill: what the resume states ("5 years of Python"), else the dated roles
    that mention it (overlapping roles counted once), in half years."""
    stated: dict[str, float] = {}
    for m in mentions:
        if m.years:
            stated[m.skill] = max(stated.get(m.skill, 0.0), m.years)
    spans: dict[str, set[int]] = {}
    for block in experience_blocks(text, today):
        for m in mentions:
            if block.start <= m.start < block.end:
                spans.setdefault(m.skill, set()).update(range(block.months[0], block.months[1] + 1))
    out = {skill: round(len(months) / 6) / 2 for skill, months in spans.items()}
    out = {k: v for k, v in out.items() if v > 0}
    out.update(stated)
    return out


def job_titles(text: str) -> list[str]:
    """Titles the candidate has held: dated role lines, and the line under the name."""
    titles: list[str] = []
    raw = text.split("\n")
    lines = [ln.strip(" #*•-") for ln in raw]
    for line in lines[1:3]:
        head = line.split("|")[0].strip(" ,")
        if head and len(head.split()) <= 6 and _TITLE_WORDS.search(head) and "@" not in head:
            titles.append(head)
            break
    for i, line in enumerate(lines):
        match = _RANGE.search(line)
        if not match:
            continue
        candidates = [line[: match.start()], line[match.end() :]]
        candidates += _around(lines, i, raw)
        for candidate in candidates:
            title = _title_in(candidate)
            if title:
                titles.append(title)
                break
    return list(dict.fromkeys(titles))


_BULLET = re.compile(r"^\s*(?:[-*•▪●◦‣]|\d+[.)])\s")


def _around(lines: list[str], i: int, raw: list[str]) -> list[str]:
    """The lines a dated line's title may stand on: the one above and the one below (blank
    lines skipped), then the one above those when the line above names the employer
    ("Staff Nurse (Band 5)" / "Airedale Vale Hospitals NHS Trust, Leeds" / "09/2021 - present")."""
    above = [j for j in range(i - 1, max(i - 5, -1), -1) if lines[j]][:2]
    below = [j for j in range(i + 1, min(i + 3, len(lines))) if lines[j]][:1]
    below = [j for j in below if not _BULLET.match(raw[j])]  # a duty, not the title
    out = [lines[j] for j in above[:1] + below]
    if len(above) > 1 and not _RANGE.search(lines[above[1]]):
        out.append(lines[above[1]])
    return out


def _title_in(line: str) -> str:
    for part in re.split(r"\s+(?:at|@)\s+|[,|–—()·•]|\s-\s", line):
        part = part.strip(" .:*#•")
        if part and len(part.split()) <= 6 and _TITLE_WORDS.search(part):
            return part
    return ""


def resume_roles(text: str, today: date) -> list[Role]:
    """The roles a resume lists: a dated line ("Staff Nurse, Ward 14 — March 2021 – Present"),
    its title and employer from that line or the lines around it."""
    raw = text.split("\n")
    lines = [ln.strip(" #*•-\t") for ln in raw]
    roles: list[Role] = []
    for i, line in enumerate(lines):
        match = _RANGE.search(line)
        if not match:
            continue
        span = _months(match, today)
        if span is None:
            continue
        rest = (line[: match.start()] + " " + line[match.end() :]).strip(" ,|()–—-:")
        candidates = [rest] if rest else []
        candidates += _around(lines, i, raw)
        title, organisation = "", ""
        for candidate in candidates:
            if _RANGE.search(candidate) and candidate is not rest:
                continue
            found = _title_in(candidate)
            if found:
                title = found
                organisation = _organisation(candidate, found)
                break
        if not title:
            continue
        current = not match.group("y2").isdigit()
        start = date(span[0] // 12, span[0] % 12 + 1, 1)
        end = None if current else date(span[1] // 12, span[1] % 12 + 1, 1)
        roles.append(Role(title, organisation, start, end, current))
    return roles


def _organisation(line: str, title: str) -> str:
    """The employer beside a title on a role line ("Bartender, Rainey Street Social")."""
    rest = line.replace(title, " ", 1)
    parts = [
        p.strip(" .:*#•()")
        for p in re.split(r"\s+(?:at|@)\s+|[,|–—·•]|\s-\s", rest)
        if p.strip(" .:*#•()")
    ]
    parts = [p for p in parts if not _RANGE.search(p) and not re.fullmatch(r"[\d/ -]+", p)]
    parts = [p for p in parts if len(p.split()) <= 8]
    named = [p for p in parts if ORG_SUFFIX.search(p)]
    return (named or parts or [""])[0]
