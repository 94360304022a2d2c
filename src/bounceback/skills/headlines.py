"""The header lines of a posting: which line is the title, and the employer and the place in
the lines around it ("Bartender – The Copper Still", "Meridian Foods 3.8 ★", "Hybrid - London",
"Brookfield Care Home, Harrogate", LinkedIn's employer above the title)."""

from __future__ import annotations

import re

from bounceback.places import is_place
from bounceback.skills.cardlines import RATING_LINE as _RATING_LINE
from bounceback.skills.context import heading_kind
from bounceback.skills.headerwords import (
    EMPLOYER_BODY,
    FIELD_LINE,
    JUNK,
    LABEL_RE,
    ORG_SUFFIX,
    PRONOUNS,
    SEPARATORS,
    SIGN_OFF,
    Header,
    business_named,
    is_job,
    is_subunit,
    job_headed,
    job_terms,
    orgish,
    specialism,
)
from bounceback.skills.headplaces import bracketed_place, name_and_place, place_of
from bounceback.skills.hiringsentence import offer_in
from bounceback.skills.occupations import occupation_for
from bounceback.skills.titleshapes import (
    BOARD_TITLE,
    PAY_PIECE,
    hires,
    subject_title,
    title_then_place,
)
from bounceback.skills.workmode import work_mode_place

_HIRING_SENTENCE = re.compile(
    r"^(?P<company>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5})\s+(?:is|are)\s+(?:hiring|"
    r"looking for|recruiting|seeking)\s+(?:an?\s+|two\s+|several\s+)?(?P<title>[A-Z][\w/&'’ -]{2,60}?)"
    r"(?:\s+(?:in|at|for|to join|based in)\s+(?P<place>[A-Z][\w .,'’-]{1,40}?))?\s*[!.]?$"
)
_AT_COMPANY = re.compile(r"^(?P<title>.{3,80}?)\s+(?:at|@)\s+(?P<company>[A-Z0-9][^|·•\n]{1,60})$")
_BODY_START = re.compile(
    r"^(about the (job|role|position)|job (description|summary|details|overview)|full job "
    r"description|description|overview|the role(?=\s*:?\s*$)|role overview|main duties|responsibilities|"
    r"key responsibilities|requirements|what you('ll)? do|about you|job purpose|key duties|duties|"
    r"purpose of the (?:job|role|position|post)|(?:role|position) purpose|"
    r"what you('ll)? need|the ideal candidate|about the company|about us|meet the hiring team)\b",
    re.I,
)
BODY_START = _BODY_START
_WORK_MODE_ONLY = re.compile(r"^\(?(?:remote|hybrid|on-?site|in[- ]office)\)?$", re.I)
# "Afternoon," alone opens a recruiter's email as "Good afternoon," does
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening|day))\b|^(?:morning|afternoon|evening)"
    r"\s*[,!]?$",
    re.I,
)
# A recruiter's word for the job that is no part of its title: "Confidential opportunity –
# Legal Secretary, Family Law – Perth CBD".
_PRAISE = r"(?i:confidential|exciting|urgent|great|excellent|fantastic|rare|unique|immediate)"
_HIRING_LABEL = re.compile(
    r"^(?:we(?:'re| are) hiring|now hiring|hiring now|hiring|help wanted|wanted|vacancy|job opening|opening|"
    r"opportunity|new opportunity|job opportunity|job|role|"
    rf"{_PRAISE}\s+(?:opportunity|role|position|vacancy))\s*[:!–—-]\s*(.+)$",
    re.I,
)
# "Site Manager role - Hollis Construction, Bristol" (a recruiter's subject line)
_SUBJECT = re.compile(
    rf"^(?!{_PRAISE}\s)(?P<title>[A-Z][\w/&'’() -]{{2,60}}?)\s+(?:role|position|vacancy|opportunity|job)\b"
    r"(?:\s*[-–—:|]\s*(?P<company>[^,|]{2,60}?)(?:,\s*(?P<place>[^,|]{2,40}))?|"
    r"\s+in\s+(?P<town>[A-Z][^,|]{1,30}(?:,\s*[A-Z]{2,3})?))?\s*$",
    re.I,
)
_FIRM = re.compile(r"^[A-Z][\w'’-]+\s+&\s+[A-Z][\w'’-]+\b")
# "Line Cook (Full Time)", "Dump Truck Operator (FIFO)": the terms in brackets are no part of
# the title
_BRACKETED = re.compile(r"\s*\(([^()]*)\)")


def _without_bracketed_terms(line: str) -> str:
    return _BRACKETED.sub(
        lambda m: "" if job_terms(m.group(1)) or m.group(1).casefold() in {"ft", "pt"} else m.group(0),
        line,
    )


def _about_heading(line: str) -> bool:
    """ "About Brolga Freight:" (a heading over the employer's pitch): the header ends there."""
    return len(line.split()) <= 6 and not line.endswith(".") and heading_kind(line) == "about_us"


def head_lines(stripped: list[str]) -> list[tuple[int, str]]:
    """The header: non-empty lines before the body starts (at most 14)."""
    out: list[tuple[int, str]] = []
    for i, line in enumerate(stripped):
        if not line or _GREETING.match(line):
            continue  # "Hi Sam," opens a recruiter's email
        if out and (_BODY_START.match(line) or _about_heading(line)):
            break
        if out and SIGN_OFF.match(line) and len(line.split()) <= 4:
            break  # "Thanks," / "Amy Hart": a recruiter's email ends
        if len(line.split()) > 25 and out:
            break
        out.append((i, line))
        if len(out) >= 14:
            break
    return out


# A board's terms beside a title: "| 4-8 yrs", "| 0 - 4 years" (Naukri).
_EXPERIENCE = re.compile(r"\d{1,2}\s*(?:[-–]|to)\s*\d{1,2}\s*(?:yrs?|years?)|\d{1,2}\+?\s*(?:yrs?|years?)", re.I)


def _mode_no_place(location: str) -> bool:
    """A way of working that names no place ("Remote", "Remote (Arizona Residents)" from a
    title's tail): a line that says where ("Remote in Phoenix, AZ") is read over it."""
    return bool(_WORK_MODE_ONLY.match(location)) or (
        bool(re.match(r"^(?:remote|hybrid)\b", location, re.I)) and not work_mode_place(location)
    )


def _label_only(line: str) -> bool:
    return any(pattern.match(line.strip(" :*_")) for pattern in LABEL_RE.values())


# The last word of a board's field label: "Position Type:", "Start Date:", "Req ID:".
_FIELD_NOUN = re.compile(
    r"\b(?:type|date|id|status|category|level|grade|number|no\.?|code|hours|schedule|shift|"
    r"posted|closing|reference|ref|department|division|unit|team|function|class|band|duration|"
    r"term|start|openings?|positions?|vacanc(?:y|ies)|length|union)\s*:$",
    re.I,
)


def _label_line(line: str) -> bool:
    """A label, known ("Location") or not ("Position Type:"): a short line ending in a field's
    noun and a colon names a field, never the employer; nor does the value under it."""
    stripped = line.strip(" *_")
    return _label_only(line) or (len(stripped.split()) <= 4 and bool(_FIELD_NOUN.search(stripped)))


def _without_terms(line: str) -> str:
    """The line without the parts that only state the experience asked ("4-8 yrs")."""
    parts = SEPARATORS.split(line)
    if len(parts) < 2 or not any(_EXPERIENCE.fullmatch(p.strip()) for p in parts):
        return line
    seps = SEPARATORS.findall(line)
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        if not _EXPERIENCE.fullmatch(part.strip()):
            out += sep + part
    return out


def _looks_title(line: str) -> bool:
    line = _without_terms(line)
    hiring = _HIRING_LABEL.match(line)
    if hiring and not JUNK.match(line):
        return bool(re.search(r"[^\W\d_]{2}", hiring.group(1)))  # "WE'RE HIRING! 🍕" is no title  # "Hiring now! Cashier / Stocker at Valley Fresh Market in Yakima, WA."
    if not line or len(line.split()) > 30 or JUNK.match(line) or _GREETING.match(line):
        return False
    subject = re.match(r"^(?:subject|re|fwd?)\s*:\s*(.+)$", line, re.I)
    if subject and (_SUBJECT.match(subject.group(1)) or _HIRING_LABEL.match(subject.group(1))):
        return True  # "Subject: Site Manager role - Hollis Construction, Bristol"
    if subject and subject_title(subject.group(1), Header()):
        return True  # "Subject: Site Manager - New Build - Leeds - £58-65k + car"
    if len([w for w in line.split() if re.search(r"\w", w)]) > 14:
        return False  # a sentence; the bars and dashes between a title's pieces are no words
    if len(re.findall(r"\s[>»›]\s", line)) >= 2:
        return False  # "Working for Wrenford > Job search > Social Worker": a breadcrumb trail
    if heading_kind(line) == "about_us":
        return False  # "### About Kestrel Freight" opens the employer's pitch; no job's title
    first = re.split(r"[,|·•]| - | — | – ", line)[0]
    if is_place(line) and not (occupation_for(first) or job_headed(first)):
        return False
    if FIELD_LINE.match(line) and not (_AT_COMPANY.match(line) or _HIRING_LABEL.match(line)):
        return False
    if re.match(r"^(?:i|i'm|we|we're|you|you're|your|our|hope|thanks|thank you)\b", line, re.I):
        return False  # "I hope you're well." in a recruiter's email
    abbreviated = re.search(r"\b(?:inc|ltd|co|corp|llc|pty|plc|st)\.$", line, re.I)
    if line.endswith((".", "!", "?")) and len(line.split()) > 6 and not abbreviated:
        return False
    return not re.match(r"^(https?://|www\.|\d|[£$€])", line)


def _name_line(head: list[tuple[int, str]]) -> str:
    """The first line alone when it is a short name ("Bayside Electrical Services" over "We're
    after a qualified Electrician..."), neither a job, a place nor a label."""
    line = head[0][1] if head else ""
    if not line or ":" in line or len(line.split()) > 6 or line.endswith((".", "!", "?")):
        return ""
    return line if orgish(line) and not is_job(line) and not is_place(line) else ""


# "Farm hand wanted - dairy farm near Morrinsville.": the job before "wanted"
_WANTED_LINE = re.compile(
    r"^(?P<title>[A-Z][\w/&'’ -]{2,40}?)\s+(?:wanted|needed|required|sought)\b", re.I
)
# "Barista wanted at Bean There Coffee, Dublin 2.", "Landscape Gardener needed - GreenThumb
# Gardens, Truro": the employer and the place after the job
_WANTED_AT = re.compile(
    r"^\s*(?:(?:at|for|by)\s+|[-–—:]\s*)(?P<company>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5})"
    r"(?:(?:,|\s+in)\s*(?P<place>[A-Z][\w .'-]{1,30}?(?:,\s*[A-Z][\w .'-]{1,30}?)?)"
    r"(?P<area>\s*\([^()]{2,50}\))?)?\s*(?:[.!]|$)"  # "Katy TX (Fulshear/Cinco Ranch area)"
)


def find_title(head: list[tuple[int, str]], stripped: list[str], header: Header) -> int:
    """Find the title (unless labelled); return its line number (-1 when none)."""
    if header.title:
        at = _AT_COMPANY.match(header.title)
        if at and not header.company and orgish(bracketed_place(at.group("company"))[0]):
            # "Title: Payroll Administrator at Kinsale Foods (Cork)"
            header.company, place = bracketed_place(at.group("company"))
            header.location = header.location or place
            header.title = at.group("title")
        for i, line in head:
            if header.title in line:
                return i
        return -1
    for i, line in head[:3]:
        m = _HIRING_SENTENCE.match(line)
        if m and m.group("company").split()[0].casefold() not in PRONOUNS:
            header.title = m.group("title")
            header.company = header.company or m.group("company")
            if m.group("place") and not header.location and is_place(m.group("place")):
                header.location = m.group("place")
            return i
    for k, (i, line) in enumerate(head[:2]):
        if k and len(head[0][1].split()) <= 6 and occupation_for(head[0][1]):
            break  # "Receptionist (part-time)" over "Friendly receptionist needed ...": the title
        wanted = _WANTED_LINE.match(line)
        if wanted and occupation_for(wanted.group("title")) and not _HIRING_LABEL.match(line):
            title = wanted.group("title")
            header.title = title.title() if title.isupper() else title
            near = re.search(r"\b(?:in|near)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", line)
            if near and is_place(near.group(1)) and not header.location:
                header.location = near.group(1)
            at = _WANTED_AT.match(line[wanted.end() :])
            if at and place_of(at.group("company")) and not at.group("place"):
                header.location = header.location or place_of(at.group("company"))
                at = None  # "PLUMBER WANTED – Northside Brisbane": the place, not the employer
            if at and orgish(at.group("company")) and not header.company:
                header.company = at.group("company")
            if at and at.group("place") and is_place(at.group("place")) and not header.location:
                header.location = at.group("place") + (at.group("area") or "")
            header.used.add(i)
            return i
    rated = {
        i
        for (i, line), (_j, nxt) in zip(head, head[1:], strict=False)
        if _RATING_LINE.match(nxt) and orgish(line) and not is_job(line)  # "Dental Nurse" / "3.9 ★"
    }
    for i in sorted(rated)[:1]:
        header.company = header.company or stripped[i]  # "Maplecrest Insurance" / "4.0 ★"
    candidates = [(i, line) for i, line in head if _looks_title(line) and i not in rated]
    for i, line in candidates[:6]:
        # "We're hiring: Sous Chef", "Job: Sous Chef"
        m = _HIRING_LABEL.match(line) or re.match(r"^(?:subject|re|fwd?)\s*:\s*(.+)$", line, re.I)
        if m and not _HIRING_LABEL.match(line) and _HIRING_LABEL.match(m.group(1)):
            m = _HIRING_LABEL.match(m.group(1))  # "Subject: Opportunity: Phlebotomist at..."
        subject = _SUBJECT.match(m.group(1)) if m else None
        pieces = (
            ""
            if not m or subject or _HIRING_LABEL.match(line)
            else subject_title(m.group(1), header)
        )
        if pieces:
            header.title = pieces  # "Subject: Site Manager - New Build - Leeds - £58-65k + car"
            header.used.add(i)
            return i
        if m and (subject or _HIRING_LABEL.match(line) or _HIRING_LABEL.match(m.string)):
            value = re.split(r"(?<=[a-z])[.!]\s+", m.group(1))[0].rstrip(".!")
            at = _AT_COMPANY.match(value)
            if at and not subject:
                # "Hiring now! Cashier / Stocker at Valley Fresh Market in Yakima, WA."
                company = at.group("company")
                name, town = name_and_place(company)
                inside = re.match(r"(?P<name>.+?)\s+in\s+(?P<town>[A-Z].+)$", company)
                if inside and place_of(inside.group("town")):
                    name, town = inside.group("name"), place_of(inside.group("town"))
                name = name or company
                if orgish(name) and not header.company:
                    header.company = name
                if town and not header.location:
                    header.location = town
                value = at.group("title")
            if not subject and not at:
                value = title_then_place(value, header)  # "Opportunity - Payroll Officer, Reading"
            if subject:
                value = subject.group("title")
                company = subject.group("company")
                place = subject.group("place") or subject.group("town")
                place = place and SEPARATORS.split(place)[0]  # "in Nelson - thought of you"
                if company and orgish(company) and not header.company:
                    header.company = company.strip()
                if place and place_of(place.strip()) and not header.location:
                    header.location = place_of(place.strip())
            header.title = value.title() if value.isupper() else value
            header.used.add(i)
            return i
    named = [
        (i, line)
        for i, line in candidates[:6]
        if occupation_for(SEPARATORS.split(line)[0])
        and not (ORG_SUFFIX.search(line) and orgish(line) and not is_job(line))
        and not business_named(SEPARATORS.split(line)[0])  # "Peakway Freight" over the title
        and not is_subunit(SEPARATORS.split(line)[0])  # "Department of Transportation - ..."
    ]
    if not named:
        # "Maple Grove Senior Living" over "Resident Care Aide": the line ending in a job's word
        named = [(i, line) for i, line in candidates[:4] if job_headed(SEPARATORS.split(line)[0])]
    offer = None if named else offer_in(stripped, limit=5)
    if offer is not None:
        # "Kestrel Roofing is hiring an experienced Roofer in Exeter.": no line names a job
        header.title = offer.title
        header.company = header.company or offer.company or _name_line(head)
        header.location = header.location or offer.place
        return -1
    chosen = named[0] if named else (candidates[0] if candidates else None)
    if chosen is None:
        return -1
    i, line = chosen
    # a Markdown heading ends in ":" here ("# Hotel Receptionist — The Lantern Hotel:")
    line = _without_bracketed_terms(_without_terms(line)).rstrip(":").rstrip()
    board = BOARD_TITLE.match(line)
    if board and occupation_for(board.group("title")) and orgish(board.group("company")):
        line = f"{board.group('title')} at {board.group('company')}"  # "... job at X | Jobsite"
    at = _AT_COMPANY.match(line)
    if at and not is_place(at.group("company")):
        header.title = at.group("title")
        company, place = bracketed_place(at.group("company"))
        header.company = header.company or company
        header.location = header.location or place
    else:
        parts = _outside_brackets(line)
        if (
            len(parts) > 1
            and orgish(parts[0])
            and not (occupation_for(parts[0]) or job_headed(parts[0]))
            and (occupation_for(parts[1]) or job_headed(parts[1]))
        ):
            # "Porter Logistics — Night Shift Forklift Driver — Toledo, OH"
            header.company = header.company or parts[0]
            parts = parts[1:]
        kept = [parts[0]]
        weak = ""
        below = [ln for j, ln in head if j > i][:2]
        # "Social Worker - Adult Services" over "Northfield County Council": the line below
        # names the employer, so the part beside the title is a team, not the employer
        employer_below = any(
            ORG_SUFFIX.search(name) and orgish(name) and not is_place(name)
            for ln in below
            for name in (ln, SEPARATORS.split(ln)[0])  # "HomeWell Care Services - Harrogate, ..."
            if name
        )
        for part in parts[1:]:
            name, town = name_and_place(part)
            if name and not header.location and town and orgish(name) and not occupation_for(name):
                header.location = town
                header.company = header.company or name
            elif place_of(part) and not _abbreviation_over_a_place(part, below) and (
                not header.location
                or (_WORK_MODE_ONLY.match(header.location) and not _WORK_MODE_ONLY.match(part))
            ):
                header.location = place_of(part)  # "Accountant | Hybrid | Dublin 2": Dublin
            elif _WORK_MODE_ONLY.match(part) or job_terms(part):
                continue  # "Hybrid", "Nights", "Fixed Term (22 hours)": no employer, no title
            elif PAY_PIECE.search(part):
                continue  # "Chef de Partie | $70k + super": the pay, read by the salary reader
            elif place_of(part) and len(parts) >= 3:
                continue  # "Security Officer | Jurong West | 12-hr shifts": a place, no title's
            elif is_subunit(part) and not EMPLOYER_BODY.search(part) and not hires(part, stripped):
                kept.append(part)  # "Social Worker - Child & Family Team": the team, in the title
            elif (
                not header.company
                and not employer_below
                and orgish(part)
                and not occupation_for(part)
                and ORG_SUFFIX.search(part)
                and not specialism(part)
            ):
                header.company = part
            elif (
                not header.company
                and not weak
                and orgish(part)
                and (not (is_job(part) or job_headed(part)) or _firm_between(part, parts))
                and (occupation_for(parts[0]) or employer_below)
            ):
                weak = part  # "Bartender – The Copper Still": the employer, unless a line says
            else:
                kept.append(part)
        header.title = " - ".join(k for k in kept if k != weak)
        if not header.location and "," in header.title:
            header.title = title_then_place(header.title, header)  # "Sous Chef, Manchester"
        header.weak_company = weak
    header.used.add(i)
    return i


def _outside_brackets(line: str) -> list[str]:
    """The line's parts, split at separators outside brackets: "Ramp Agent (Seasonal, April -
    October)" is one part, the months no employer."""
    masked = re.sub(r"\([^()]*\)", lambda m: m.group().replace("-", "\x00").replace("|", "\x01"), line)
    parts = [p.strip() for p in SEPARATORS.split(masked)]
    return [p.replace("\x00", "-").replace("\x01", "|") for p in parts]


def _firm_between(part: str, parts: list[str]) -> bool:
    """ "**Senior Bookkeeper** | Tallis & Rowe Accountants | Norwich": two names joined by "&"
    between the title and a town are a firm, though its name ends in a trade's word."""
    return (
        len(parts) == 3
        and part == parts[1]
        and bool(_FIRM.match(part))
        and not occupation_for(part)
        and bool(place_of(parts[2]))
    )


def _abbreviation_over_a_place(part: str, below: list[str]) -> bool:
    """"Teaching Assistant - SEND" over "Ferncliffe Primary Academy, Halifax": an abbreviation
    in capitals beside the title (special educational needs), not the village of Send, when the
    line below names a town."""
    return (
        part.isupper()
        and len(part) <= 5
        and " " not in part
        and any(name_and_place(ln)[1] for ln in below)
    )
