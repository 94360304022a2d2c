"""Title, company and location of a posting from its layout, whatever the layout.

Postings arrive as a careers page's text, a job board page pasted whole (LinkedIn, Indeed,
NHS Jobs, Google's job results, hospitality boards), Markdown or an email. The fields are read
from labels ("Company: Acme", a "Location" line followed by "Henrico, VA, US"; here), from the
header lines (headlines.py: the title first, then the employer and the place in the lines under
it, separated by "·", "|", "•" or " - ") and from phrases ("Acme is hiring", "Sous Chef at The
Ivy", "About Acme"; employerphrases.py). A field that cannot be found stays empty: nothing is
refused for it.
"""

from __future__ import annotations

import re

from bounceback.places import is_place
from bounceback.skills.agencies import (
    email_agency,
    is_agency,
    phrase_agency,
    settle,
    signature_agency,
)
from bounceback.skills.boardchrome import (
    brand,
    chrome_end,
    is_board,
    is_cookie_banner,
    other_jobs,
    trail_employer,
)
from bounceback.skills.contacts import (
    address,
    email_employer,
    foot_employer,
    signature_employer,
)
from bounceback.skills.employerphrases import from_phrases
from bounceback.skills.employersigns import signed_employer
from bounceback.skills.headcompany import company_and_place
from bounceback.skills.headerwords import (
    NOT_COMPANY,
    ORG_SUFFIX,
    RECRUITER,
    Header,
    is_job,
    job_headed,
    orgish,
    tidy,
)
from bounceback.skills.headlines import find_title, head_lines
from bounceback.skills.headplaces import joined_places
from bounceback.skills.labelledlines import read_labels
from bounceback.skills.legalforms import legal_employer, legal_name, words_of
from bounceback.skills.notemployer import employer_or_blank
from bounceback.skills.sitelists import facts_line_place, many_places, sites_listed
from bounceback.skills.titleemployer import title_part_gives_way
from bounceback.skills.titleextras import without_pay, without_pay_between, without_reference
from bounceback.skills.titletidy import first_role
from bounceback.skills.unnamedemployer import withheld
from bounceback.skills.workmode import mode_line, title_work_mode

__all__ = ["ORG_SUFFIX", "Header", "read_header"]

_BRACKETED_PLACE = re.compile(r"^(?P<title>.{3,80}?)\s*\((?P<place>[^()]{2,40})\)$")
_HOME = re.compile(
    r"^(?:work(?:ing)? from home|wfh|home[- ]based|fully remote|100% remote|remote[- ]first)(?=$|\s*[(,-])",
    re.I,
)
# A line, or a sentence opening one, that says the work is done from anywhere: "Fully remote.",
# "Remote is fine, I'm UK based.", "This is a remote role."
_REMOTE_LINE = re.compile(
    r"^(?:(?:fully|100%|completely)\s+remote|remote(?:\s+is\s+(?:fine|ok|okay))?|"
    r"(?:this|it)\s+is\s+a\s+(?:fully\s+)?remote\s+(?:role|job|position))\s*(?:[.!,]|$)",
    re.I,
)
# LinkedIn's way of working after the place: the place is where the work is done
_ON_SITE = re.compile(r"\s*[(·|-]\s*(?:on-?site|in[- ]office|in[- ]person)\s*\)?\s*$", re.I)
# A forum's tag before a post's title: "[HIRING] Junior Python developer, remote (US only)"
_TAG = re.compile(r"^\[(?:hiring|now hiring|for hire|job|jobs|job offer|paid|remote)\]\s*", re.I)


def read_header(lines: list[str]) -> Header:
    """The fields the first lines of a posting show (and labelled lines anywhere)."""
    header = Header()
    chrome = chrome_end(lines)  # a board's menu pasted with the posting ("Find jobs", "Sign in")
    site = brand(lines)  # the name over the menu: the employer's careers site, or a board's
    site = site or trail_employer(lines)  # "Alpenbahn Technologies › Careers › Legal"
    others = other_jobs(lines)  # "Similar jobs you may like:" and the jobs under it
    page = lines  # with the board's menu, which tells a board's name from an employer's
    lines = [""] * chrome + [
        "" if is_cookie_banner(ln) or chrome + k in others else ln
        for k, ln in enumerate(lines[chrome:])
    ]
    read_labels(lines, header)
    stripped = [
        without_pay_between(without_reference(_TAG.sub("", ln.strip()).strip("*_#").strip()))
        for ln in lines
    ]
    modes: dict[int, str] = {}
    for i, line in enumerate(stripped[:20]):
        bare, mode = title_work_mode(line)  # "Support Engineer (Remote, Ireland)" is no place
        if not mode:
            bare, mode = title_work_mode(without_pay(line))  # "..., remote (US only), $75-90k"
            if mode and orgish(bare) and not (is_job(bare) or job_headed(bare)):
                continue  # "Ferncastle Digital — Remote (UK)": the employer's line, read as it is
        if mode and bare and not is_place(bare):
            stripped[i], modes[i] = bare, mode
    head = head_lines(stripped)
    title_line = find_title(head, stripped, header)
    if not header.title and header.far_title:
        header.title = header.far_title
    company_and_place(head, stripped, title_line, header)
    title_part_gives_way(header, stripped, title_line)  # "Dental Nurse - Mixed Practice"
    header.company = employer_or_blank(header.company)  # "Early Careers" over the title
    if is_board(header.company, page):
        header.company = ""  # "NurseJobsNZ" over the title: the text's sentences name the employer
    header.location = header.location or _pinned_place(stripped[:25])  # "📍 Mumbai (Andheri East)"
    header.title, mode = title_work_mode(header.title)
    mode = mode or modes.get(title_line, "")
    if mode and (not header.location or is_place(header.location) and mode_only(header.location)):
        header.location = mode  # "Senior Software Engineer (Hybrid, Dublin)"
    if is_agency(header.company):
        header.agency = header.agency or header.company  # "Fenwick Staffing" under the title
    weak = employer_or_blank(header.weak_company)  # "Bar Staff – Sarah Jones"
    if weak and weak.casefold() == header.labelled.get("department", "").casefold():
        weak = ""  # "Paralegal – Residential Property" over "Department: Residential Property"
    if weak and _written_as_place(weak, stripped, title_line):
        weak = ""  # "SECURITY OFFICER – BELLVILLE" and "a site in Bellville, Cape Town": a town
    promoted = ""
    if weak and not header.company and _named_again(weak, stripped, title_line):
        header.company, weak = weak, ""  # "Bartender – The Copper Still", and the text names it
        promoted = header.company
    if not header.location or mode_only(header.location):
        header.location = mode_line(stripped) or header.location  # "Hybrid - Leeds" lower down
    employer, town = address(lines)
    header.company = header.company or employer_or_blank(employer)  # "... Pty Ltd | 14 Industrial Avenue, Caloundra"
    if not header.location or (mode_only(header.location) and town):
        header.location = town or header.location
    elif town and _site_not_place(header.location):
        header.location = town  # "Location: Harmon Middle School", its district's address below
    if not header.location or many_places(header.location):
        # "Location: Multiple locations" and the sites listed further down
        header.location = sites_listed(lines[chrome:]) or header.location
    header.location = header.location or header.labelled.get("postcode", "")
    header.location = header.location or facts_line_place(stripped)
    if not header.location and any(_REMOTE_LINE.match(ln) for ln in stripped):
        header.location = "Remote"  # "Fully remote." at the foot of a freelance brief
    from_phrases(stripped, header)
    header.company = employer_or_blank(header.company)  # "Contact Sarah Jones", "HR Team"
    department = header.labelled.get("department", "")
    if header.company and header.company in (promoted, department):
        header.company, kept = _named_more(header.company, stripped)
        header.title = f"{header.title} - {kept}" if kept == promoted and kept else header.title
    # each reader's name is asked whether it names a person or a department (notemployer.py):
    # "Kind regards, ...", "Rakaia Downs Dairy Ltd" at the foot, "Apply: ... – Tasman Cleaning"
    header.company = header.company or employer_or_blank(signature_employer(stripped))
    header.company = header.company or employer_or_blank(foot_employer(stripped))
    header.company = header.company or employer_or_blank(signed_employer(lines))
    header.company = header.company or employer_or_blank(email_employer(stripped))
    site = employer_or_blank(site)
    if not header.company and orgish(site) and not RECRUITER.search(site) and not is_job(site):
        header.company = site  # "Eastmere District Council - Jobs and careers" over the menu
    if header.company and weak and weak.casefold() != header.company.casefold():
        header.title = f"{header.title} - {weak}"  # another line named the employer
    header.company = header.company or weak
    agency = (
        header.agency
        or (site if is_agency(site) else "")
        or signature_agency(stripped)
        or phrase_agency(stripped)
        or email_agency(stripped)
    )
    header.company, header.agency = settle(header.company, agency, "", header.title)
    if is_board(header.company, page):
        header.company = ""  # "Reed.co.uk" over the title: the board, not the employer
    if not header.location and header.company:
        header.company, header.location = _beside_employer(header.company, stripped)
    legal = legal_employer(stripped)
    mine, theirs = words_of(header.company, 3), words_of(legal, 3)
    if legal and not header.agency and not legal_name(header.company) and (
        not mine & theirs or mine <= theirs
    ):
        # "Wind Turbine Service Technician - Offshore" read the specialism as the employer; the
        # text names one by its legal form ("Vestkyst Wind Service A/S provides..."), or the
        # name read is the legal name's short form ("Nordvik Mobility develops...")
        header.company = legal
    if withheld(lines[chrome:]):
        header.company = ""  # "Confidential" where the employer stands: no other line names it
    dashed = _DASHED_PLACE.match(header.title)
    if dashed and not header.location and is_place(dashed.group("place")):
        # "Warehouse Associates – Reno, NV (Sparks distribution center)": the place after a dash
        aside = dashed.group("aside") or ""
        aside = "" if re.search(r"\d", aside) else aside
        header.title, header.location = dashed.group("title"), dashed.group("place") + aside
    placed = _BRACKETED_PLACE.match(header.title)
    if placed and is_place(placed.group("place")) and not header.location:
        header.title, header.location = placed.group("title"), placed.group("place")  # "Cook (Bath)"
    header.title = tidy(first_role(without_pay(header.title)))  # "Line Cook, Kitchen Porter and ..."
    header.company = tidy(header.company)
    header.location = _HOME.sub("Remote", tidy(header.location))  # "Work from home (UK)"
    header.location = joined_places(header.location)  # "Leeds or Manchester": "Leeds / Manchester"
    header.location = _ON_SITE.sub("", header.location) or header.location  # "Bengaluru (On-site)"
    header.agency = tidy(header.agency)
    return header



def _site_not_place(location: str) -> bool:
    """A site's name where a place was expected ("Harmon Middle School", "Royal Vale Hospital")."""
    return (
        not is_place(location)
        and bool(ORG_SUFFIX.search(location))
        and not re.search(r"\d|,", location)
        and len(location.split()) <= 6
    )


def mode_only(location: str) -> bool:
    """ "Remote", "Hybrid", "(On-site)": a way of working without a place."""
    return bool(re.fullmatch(r"\(?(?:remote|hybrid|on-?site|in[- ]office)\)?", location.strip(), re.I))



def _mentions(name: str, stripped: list[str]) -> int:
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")  # as a name: "field service" is none
    return sum(len(pattern.findall(ln)) for ln in stripped)


def _named_more(name: str, stripped: list[str]) -> tuple[str, str]:
    """(employer, the name it replaces or ""): a name beside the title ("Data Analyst - Supply
    Chain Analytics") or a team on a "Department:" line ("Field Service") gives way to the
    employer the text's own sentences name at least twice and as often ("About Kiranaloop")."""
    other = Header()
    from_phrases(stripped, other)
    found = other.company
    if (
        found
        and found.casefold() != name.casefold()
        and name.casefold() not in found.casefold()
        and orgish(found)
        and not is_board(found)
        # the name beside the title or on the label counts its own line: the text's sentences
        # name the employer as often as that name in all
        and _mentions(found, stripped) >= max(2, _mentions(name, stripped))
    ):
        return found, name
    return name, ""


def _named_again(name: str, stripped: list[str], title_line: int) -> bool:
    """Whether a line other than the title's names the employer again, written as a name: its
    words after the first as capitalised as in the name ("The Copper Still" and "the Copper
    Still"; "Small Animal" beside the title is not named again by "a small animal practice")."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
    return any(
        m.group(0)[1:] == name[1:] and (" " in name or m.group(0) == name)
        for i, ln in enumerate(stripped)
        if i != title_line
        for m in pattern.finditer(ln)
    )


_CARD_PIN = re.compile(r"(?:📍|📌)\s*(?P<place>[^\s|•·📍💼₹$£€][^|•·]*?)(?:\s{2,}|\s*[|•·]|$)")


# The same card copied without its icons: the years, the pay, then the place ("0 - 3 years
# ₹ 2.8-4.2 Lacs P.A. Hyderabad (Madhapur)", "2-5 Yrs Not disclosed Pune").
_CARD_TAIL = re.compile(
    r"^\d{1,2}\s*(?:[-–]|to)\s*\d{1,2}\s*(?:years?|yrs?)\b.{0,40}?"
    r"(?:(?:lacs?|lakhs?)(?:\s*p\.\s?a\.)?|lpa|not disclosed)\s+(?P<place>[A-Z][^|•·$₹£€]{1,60})$",
    re.I,
)


def _pinned_place(lines: list[str]) -> str:
    """The place a job board's card marks with a pin ("💼 2-5 Yrs   📍 Mumbai (Andheri East)")."""
    for line in lines:
        m = _CARD_PIN.search(line) or _CARD_TAIL.match(line)
        if m and is_place(re.sub(r"\s*\([^()]*\)$", "", m.group("place")).strip()):
            return m.group("place").strip()
    return ""


def _written_as_place(name: str, stripped: list[str], title_line: int) -> bool:
    """Whether the text writes the name beside the title as a place: "in Bellville, Cape Town",
    "near Bellville", "Bellville, Western Cape"."""
    pattern = re.compile(
        rf"\b(?:in|near|around|outside)\s+{re.escape(name)}\b|(?<!\w){re.escape(name)},\s+(?P<place>[A-Z][\w .'-]+)",
        re.I,
    )
    for i, line in enumerate(stripped):
        m = pattern.search(line) if i != title_line else None
        if m and (not m.group("place") or is_place(m.group("place").split(",")[0].strip(" ."))):
            return True
    return False



def _beside_employer(company: str, lines: list[str]) -> tuple[str, str]:
    """A header line naming the employer and then its town ("The Old Granary, Chipping
    Langley" under the title): the town, even one no gazetteer knows, when the text names the
    employer alone elsewhere ("Posted by The Old Granary")."""
    name, _sep, rest = company.partition(", ")
    if not rest or NOT_COMPANY.search(rest):
        return company, ""
    if is_place(rest) and orgish(name) and not is_place(name):
        return name, rest  # "Greenvale College, Pietermaritzburg, KwaZulu-Natal": a known place
    if not _TOWN_WORDS.match(rest):
        return company, ""
    alone = re.compile(rf"{re.escape(name)}(?!\s*,\s*{re.escape(rest)})(?:\W|$)")
    if any(alone.search(line) for line in lines[:80]):
        return name, rest
    return company, ""


# one to four capitalised words, any alphabet's capitals ("Ōpōtiki")
_DASHED_PLACE = re.compile(
    r"^(?P<title>.+?)\s+[–—-]\s+(?P<place>[^–—()]+?)(?P<aside>\s*\([^()]*\))?$"
)
_TOWN_WORDS = re.compile(r"^(?=[^\W\d_])[^\W\d_a-z][\w'’.-]*(?:\s+(?=[^\W\d_])[^\W\d_a-z][\w'’.-]*){0,3}$")


