"""The employer and the place in the lines around a posting's title ("Brookfield Care Home,
Harrogate", "Meridian Foods 3.8 ★" above the title, "at Northgate Outfitters" under it, a town
alone under the employer); split from headlines.py, which finds the title."""

from __future__ import annotations

import re

from bounceback.places import is_place
from bounceback.skills.cardlines import POSTED_BY as _POSTED_BY
from bounceback.skills.cardlines import RATING as _RATING
from bounceback.skills.cardlines import SITE_TOWN as _SITE_TOWN
from bounceback.skills.context import heading_kind
from bounceback.skills.headerwords import (
    FIELD_LINE,
    JUNK,
    NOT_COMPANY,
    ORG_SUFFIX,
    PRONOUNS,
    SEPARATORS,
    SHIFT,
    Header,
    employer_under,
    is_job,
    is_subunit,
    orgish,
    without_unit,
)
from bounceback.skills.headlines import (
    _WORK_MODE_ONLY,
    _label_line,
    _label_only,
    _mode_no_place,
)
from bounceback.skills.headplaces import bracketed_place, name_and_place, place_list, place_of
from bounceback.skills.legalforms import legal_name
from bounceback.skills.occupations import occupation_for
from bounceback.skills.workmode import work_mode_place

# The facts a job board's card shows after the employer and the place ("2 weeks ago", "Over 100
# applicants", "Reposted 1 week ago", "Promoted").
_CARD = re.compile(r"\b(?:ago|applicants?|reposted|promoted|actively recruiting)\b", re.I)


def _town(line: str) -> bool:
    """One to three capitalised words that name no job, employer or board noise."""
    words = line.replace(",", " ").split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not any(c.isdigit() for c in line)
        and not JUNK.match(line)
        and not ORG_SUFFIX.search(line)
        and not NOT_COMPANY.search(line)
        and not heading_kind(line)
        and not SHIFT.search(line)
        and not re.search(r"\b(?:mon|tue|wed|thu|fri|sat|sun)", line, re.I)
        and occupation_for(line) is None
    )


# The body of a department that posts its own jobs (USAJOBS: "Department of the Interior -
# U.S. Geological Survey"): the employer, the department over it.
_FEDERAL_BODY = re.compile(
    r"\b(?:administration|agency|bureau|service|commission|survey|command|corps)\s*$", re.I
)
_GLUED_LABEL = re.compile(r"^[A-Z][A-Za-z ]{1,25}:\S")  # "Categories:IT" (a table's cells)
# An aside after the employer's name: its affiliation, registration or parent
_ASIDE = re.compile(
    r"\s*\((?:affiliated|a subsidiary|subsidiary|part of|a member of|member of|regd?\b\.?|"
    r"registered|recogni[sz]ed by|approved by)[^()]*\)",
    re.I,
)
# The year the employer was founded, after its name: ", est. 1921", "(since 1962)", "- founded 1988"
_FOUNDED = re.compile(
    r"\s*(?:[,(–—-]\s*|\s)(?i:est\.?|estd\.?|established|founded|since|seit|sedan|opgericht)\s+"
    r"(?:in\s+)?(?:1[6-9]|20)\d\d\)?\.?$"
)
_LOCALITY = re.compile(r"\s*\((?:\s*(?:sector|phase|block|zone|area)\b[^()]*)\)\s*$", re.I)
def company_and_place(
    head: list[tuple[int, str]], stripped: list[str], title_line: int, header: Header
) -> None:
    after = [(i, line) for i, line in head if i > title_line] if title_line >= 0 else head
    before = [(i, line) for i, line in head if i < title_line] if title_line >= 0 else []
    # a title labelled lower down ("Post: Trained Graduate Teacher") leaves the first lines, the
    # employer and its town over an advert's heading, to be read too
    top = before[:3] if header.labelled.get("title") and len(before) > 3 else []
    for i, line in top + after[:6] + [b for b in before[-2:] if b not in top]:
        mode = work_mode_place(line)  # "Hybrid - 2 days a week in Manchester"
        if mode and (not header.location or _mode_no_place(header.location)):
            header.location = mode
            header.used.add(i)
            continue
        remote = re.match(r"^(?:remote|hybrid)\s*[-–(,]\s*[A-Za-z][\w .]*\)?$", line, re.I)
        if not header.location and (remote or (_WORK_MODE_ONLY.match(line) and is_place(line))):
            header.location = line  # "Remote" on a line of its own
            header.used.add(i)
            continue
        posted = _POSTED_BY.match(line)
        if posted and not header.company and orgish(posted.group("name").strip()):
            header.company = posted.group("name").strip()
            continue
        if JUNK.match(line) or FIELD_LINE.match(line) or _GLUED_LABEL.match(line):
            continue  # junk, or a labelled line ("Recruiter: ...", "Categories:IT") read already
        prev = stripped[i - 1] if 0 <= i - 1 < len(stripped) else ""
        if _label_line(line) or _label_only(prev) or (i - 1 != title_line and _label_line(prev)):
            continue  # a label over its value ("Directorate" / "Children's Services"), or the value
        if (line.endswith(":") and heading_kind(line)) or line.split()[0].casefold().strip(
            ":,"
        ) in PRONOUNS:
            continue  # a heading ("## You", "Your week:") or a sentence, not the employer
        line = _ASIDE.sub("", line)  # "Sri Vidyanikethan Public School (Affiliated to CBSE, ...)"
        line = _FOUNDED.sub("", line) or line  # "Ashworth & Daughters Funeral Directors, est. 1921"
        parts = [without_unit(p.strip().strip("*_").strip()) for p in SEPARATORS.split(line) if p.strip()]
        if len(parts) == 2 and is_subunit(parts[0]) and _FEDERAL_BODY.search(parts[1]):
            parts = parts[1:]  # "Department of Transportation — Federal Highway Administration"
        parts = [
            p if place_of(p) else re.sub(r"\s*\((?:on-?site|hybrid|remote)\)\s*$", "", p, flags=re.I) or p
            for p in parts
        ]  # "Acme Ltd (Remote)" is Acme Ltd; "United Kingdom (Remote)" stays whole
        rated = [_RATING.sub("", p) for p in parts]
        if rated != parts and i < title_line and not header.company and orgish(rated[0]):
            header.company = rated[0]  # "Meridian Foods 3.8 ★" above the title (Indeed, Glassdoor)
        parts = rated
        if (
            _CARD.search(line)
            and len(parts) >= 3
            and place_of(parts[1])
            and not header.company
            and orgish(parts[0])
            and not is_place(parts[0])
        ):
            # LinkedIn's card: "Peakway Freight · Reading, England (Hybrid) · 2 weeks ago · Over
            # 100 applicants": the employer first, even when its name reads as a job
            header.company = parts[0]
        used = False
        # "Hybrid - London": the town rather than the way of working
        parts = sorted(parts, key=lambda p: bool(is_place(p) and _WORK_MODE_ONLY.match(p)))
        for part in parts:
            if legal_name(part) and orgish(part) and not header.company:
                header.company = part  # "Nordvik Mobility AB" under the title: no town in Alberta
                used = True
                continue
            site = _SITE_TOWN.fullmatch(part)
            if site and header.company and not header.location:
                header.location = site.group("town")  # "Hexley Royal Infirmary, Hexley"
                used = True
                continue
            at = re.match(r"^at\s+(?P<name>[A-Z].{1,60})$", part)
            if at and not header.company and orgish(at.group("name")):
                header.company = at.group("name")  # "at Northgate Outfitters" under the title
                used = True
                continue
            name, town = name_and_place(part)
            if not town and i > title_line:
                name, town = bracketed_place(part)  # "Northgate Outfitters (York)" under the title
                name, town = (name, town) if town else ("", "")
            if (
                not header.company
                and not header.location
                and name
                and (ORG_SUFFIX.search(name) or (i > title_line and len(name.split()) >= 2))
                and orgish(name)
                and not is_place(name)
                and not place_of(name)  # "Auckland CBD, Auckland" is a place
                and not is_job(name)
            ):
                header.company, header.location = name, town  # "Brookfield Care Home, Harrogate"
                used = True
            elif not header.location and (
                is_place(_LOCALITY.sub("", part)) or place_list(part) or place_of(part)
            ):
                header.location = _LOCALITY.sub("", part)  # "Noida( Sector 62 )": Noida
                used = True
            elif not header.location and header.company and name and town and i > title_line:
                # "Coláiste na Laoi Community College, Ballincollig, Co. Cork" under the title,
                # the employer (the board over the school) named above it
                header.location = town
                used = True
            elif (
                not header.company
                and orgish(part)
                and not is_job(part)
                and (i > title_line or ORG_SUFFIX.search(part))
            ):
                header.company = part
                used = True
        if used and all(is_place(p) or orgish(p) or JUNK.match(p) for p in parts):
            header.used.add(i)
        if header.company and header.location and not _mode_no_place(header.location):
            break
    if not header.company and title_line >= 0 and before and before[-1] == head[0]:
        _i, line = before[-1]
        card = any(_CARD.search(ln) for _j, ln in after[:2])  # "· 2 weeks ago · 54 applicants"
        if orgish(line) and (card or not is_job(line)) and not is_place(line):
            header.company = line  # LinkedIn: the employer above the title
        elif header.labelled.get("title"):
            # "Transport Assets Victoria – Careers", "NORTHERN VALLEYS COMBINED AUTHORITY –
            # TRANSPORT OPERATIONS" over a labelled title: the employer, then its page or team
            parts = [p.strip() for p in SEPARATORS.split(line) if p.strip()]
            first = parts[0] if len(parts) == 2 else ""
            if orgish(first) and len(first.split()) >= 2 and not is_job(first) and not is_place(first):
                header.company = first
    if is_subunit(header.company):
        header.company = employer_under(after, header.company) or header.company
    if header.company and not header.location:
        lines = [line for _i, line in after[:4]]
        row = next((k for k, line in enumerate(lines) if header.company in line), -1)
        if row >= 0:
            nxt = row + 1  # under "Wellcare Chemists" or "School of Law, University of Leeds"
            if nxt < len(lines) and _town(lines[nxt]):
                header.location = lines[nxt]  # "Mullingar" under "Wellcare Chemists"
