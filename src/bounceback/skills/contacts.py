"""The employer and the town from a posting's contact details. An address written anywhere: a
footer line
("Sunshine Coast Plumbing Pty Ltd | 14 Industrial Avenue, Caloundra QLD 4551"), a signature
("Bluebell Hair Studio, 14 Main Street, Naas, Co. Kildare, W91 X2Y3") or an employer block
written a part a line ("Employer details" / the trust / the site / "Halifax" / "HX3 0PW").
An address is known by its postcode; its town is the place before the postcode. Failing any
other sign of the employer, the domain of the address to write to ("tom@glenroycattle.com.au":
Glenroy Cattle), unless it is a mail provider's, a job board's or an agency's."""

from __future__ import annotations

import re

from bounceback.places import REGIONS, is_place
from bounceback.skills.agencies import is_agency
from bounceback.skills.headerwords import (
    ORG_SUFFIX,
    RECRUITER,
    SIGN_OFF,
    is_job,
    is_subunit,
    job_headed,
    orgish,
)
from bounceback.skills.squeezednames import written_name

_AU_STATES = r"NSW|VIC|QLD|SA|WA|TAS|NT|ACT"
_US_STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
    r"NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
_CA_PROVINCES = r"AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
# A postcode at the end of a part of an address, with the state or province before it when the
# country writes one: UK "HX3 0PW", Ireland's Eircode "W91 X2Y3", Australia "QLD 4551", the US
# "SC 29601", Canada "ON M5V 2T6", India "- 380015" or "380015".
POSTCODE = re.compile(
    r"(?:\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
    r"|\b[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}"
    rf"|\b(?:{_AU_STATES})\s+\d{{4}}"
    rf"|\b(?:{_US_STATES})\s+\d{{5}}(?:-\d{{4}})?"
    rf"|\b(?:{_CA_PROVINCES})\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d"
    r"|(?<=[A-Za-z])\s*[-–]?\s*\d{6})\s*$"
)
_STATE_ONLY = re.compile(rf"\s+(?P<state>{_AU_STATES}|{_US_STATES}|{_CA_PROVINCES})$")
_PARTS = re.compile(r"\s*[|·•]\s*|\s*,\s*")


def _town_before(parts: list[str]) -> str:
    """The town among the parts written before a postcode: the run of places after the street
    ("14 Main Street", "Naas", "Co. Kildare" gives "Naas, Co. Kildare")."""
    run: list[str] = []
    for part in reversed(parts):
        if re.search(r"\d", part) or not is_place(part):
            break
        run.insert(0, part)
    while run and not is_place(", ".join(run)):
        run.pop(0)
    return ", ".join(run)


def _address_at(line: str) -> tuple[str, list[str]] | None:
    """(town, the parts before the street) of an address line ending in a postcode."""
    pieces = [p for p in _PARTS.split(line) if p]
    for k, piece in enumerate(pieces):
        code = POSTCODE.search(piece)
        if not code:
            continue
        rest = piece[: code.start()].strip(" ,-–")
        before = pieces[:k]
        state = re.search(rf"\b(?:{_AU_STATES}|{_US_STATES}|{_CA_PROVINCES})\b", code.group())
        town = ""
        if rest and not re.search(r"\d", rest) and is_place(rest):
            town = rest  # "Caloundra QLD 4551" (the state stays with the town below)
        elif not rest:
            town = _town_before(before)
            before = before[: len(before) - len(town.split(", "))] if town else before
        if town and state and not _STATE_ONLY.search(town):
            town = f"{town}, {state.group()}"
        elif town:
            town = _STATE_ONLY.sub(lambda m: f", {m.group('state')}", town)
        if town:
            street = next((j for j, p in enumerate(before) if re.match(r"^\d", p)), len(before))
            return town, before[:street]
    return None


_STREET = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|lane|way|drive|close|place|square|terrace|row|hill|"
    r"house|park|estate|court|building|centre|center|hospital|unit|floor)\b",
    re.I,
)


def town_over_county(lines: list[str], i: int) -> str:
    """ "Ashmere" / "Wiltshire" / "SN10 2AB": the town written over its county ("Ashmere,
    Wiltshire"); "" when the line is no county or no town stands over it."""
    county = lines[i].strip().strip("*_#").strip()
    above = lines[i - 1].strip().strip("*_#").strip() if i > 0 else ""
    if county.casefold() not in REGIONS or not above or re.search(r"\d", above):
        return ""
    words = above.split()
    if len(words) > 3 or not all(w[:1].isupper() for w in words) or _STREET.search(above):
        return ""
    return f"{above}, {county}"


def _block_start(lines: list[str], i: int) -> int:
    start = i
    while start > 0 and lines[start - 1].strip() and i - start < 6:
        start -= 1
    return start


def address(lines: list[str]) -> tuple[str, str]:
    """(employer, town) of the first address in the lines; "" for what it does not show."""
    for i, raw in enumerate(lines):
        line = raw.strip().strip("*_#").strip()
        if not line or len(line) > 160:
            continue
        found = _address_at(line)
        if found is None and POSTCODE.fullmatch(line) and i > 0:
            # the postcode on a line of its own, the town on the line above (NHS Jobs' blocks)
            above = lines[i - 1].strip().strip("*_#").strip()
            if above and is_place(above) and not re.search(r"\d", above):
                found = (town_over_county(lines, i - 1) or above, [])
        if found is None:
            continue
        town, before = found
        employer = next((p for p in before if _employer(p)), "")
        if not employer:
            block = [ln.strip() for ln in lines[_block_start(lines, i) : i]]
            employer = next((p for p in block if _employer(p)), "")
        if not employer and len(before) == 1 and _leads_address(before[0], line):
            employer = before[0]  # "The Pickled Pear, 12 Call Lane, Leeds LS1 6DT" at the foot
        return employer, town
    return "", ""


def _leads_address(part: str, line: str) -> bool:
    """A name written before its street on the address line ("The Pickled Pear, 12 Call Lane"):
    the employer, though it carries no "Ltd" (not a building, a unit, a place or an agency)."""
    return bool(
        re.match(rf"^{re.escape(part)}\s*[,|–—-]\s*\d", line)
        and not re.search(r"\d", part)
        and not _STREET.search(part)
        and orgish(part)
        and not RECRUITER.search(part)
    )


def _employer(part: str) -> bool:
    return (
        bool(
            ORG_SUFFIX.search(part) or re.search(r"\b(?:studio|salon|farm|estates?)\b", part, re.I)
        )
        and orgish(part)
        and not is_place(part)
        and not RECRUITER.search(part)
    )


_EMAIL = re.compile(r"\b[\w.+-]{1,64}@(?P<domain>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6})\b", re.I)
# The parts of a domain that name no one: "co.uk", "com.au", "ac.nz" and mail hosts' own names.
_SUFFIXES = {
    "com", "co", "org", "net", "ac", "gov", "edu", "nhs", "uk", "au", "nz", "ie", "ca", "in",
    "za", "sg", "us", "io", "biz", "info", "ltd", "plc", "sch", "govt", "mail", "careers", "jobs",
    "recruitment", "apply", "hr", "email", "team",
}  # fmt: skip
_PROVIDERS = re.compile(
    r"^(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|"
    r"zoho|yandex|mail|rediffmail|bigpond|xtra|eircom|btinternet|sky|virginmedia|talktalk|"
    r"example|indeed|linkedin|seek|reed|totaljobs|monster|glassdoor|naukri|ziprecruiter|"
    r"workday|myworkday|greenhouse|lever|smartrecruiters|jobvite|icims|taleo|bamboohr|"
    r"applytojob|jobs|careers|nhs|gov|service)$",
    re.I,
)
_AGENCY_WORD = re.compile(r"recruit|staffing|talent|personnel|resourcing|jobs|careers", re.I)
# Words a business's domain often ends in, to split "glenroycattle" as "Glenroy Cattle".
_TRADE_WORDS = (
    "cattle", "dairy", "farms", "farm", "orchards", "estates", "vineyards", "plumbing",
    "electrical", "electric", "builders", "building", "construction", "roofing", "landscaping",
    "landscapes", "gardens", "cleaning", "dental", "medical", "health", "healthcare", "care",
    "vets", "veterinary", "pharmacy", "chemists", "homes", "group", "foods", "food", "bakery",
    "kitchen", "cafe", "hotel", "motors", "transport", "logistics", "freight", "engineering",
    "solutions", "services", "consulting", "legal", "law", "accounting", "accountants",
    "digital", "media", "studio", "design", "security", "salon", "hair", "nursery", "school",
    "academy", "clinic", "physio", "fitness", "automotive", "trucking", "haulage", "timber",
    "pastures", "station", "orchard", "vineyard", "growers", "nurseries", "joinery",
    "mechanical", "plastics", "packaging", "dentistry", "pediatrics", "paediatrics",
    "veterinary", "kitchens", "autos", "auto", "brewery", "brewing", "inns", "hospitality",
    "build", "scaffolding", "fabrication", "welding", "systems", "software", "energy", "solar",
    "printing", "removals", "coffee", "restaurant", "bistro", "hotels", "labs", "plant", "hire",
    "funerals", "funeral", "pharmacies", "bakeries",
)  # fmt: skip


def _core_of_domain(label: str) -> str:
    """The name a domain holds before its trade words ("ofaolainbakery": "ofaolain"), or ""
    when it ends in none."""
    for word in sorted(_TRADE_WORDS, key=len, reverse=True):
        if label.endswith(word) and len(label) > len(word) + 3:
            return _core_of_domain(label[: -len(word)]) or label[: -len(word)]
    return ""


def _name_of_domain(label: str) -> str:
    """ "glenroycattle": "Glenroy Cattle"; each trade word at the end split off in turn
    ("saoirsehairstudio": "Saoirse Hair Studio")."""
    for word in sorted(_TRADE_WORDS, key=len, reverse=True):
        if label.endswith(word) and len(label) > len(word) + 2:
            return f"{_name_of_domain(label[: -len(word)])} {word.capitalize()}"
    return label.capitalize()


# The employer's website: "www.brightwatercare.co.uk", "https://www.kestrelfreight.com.au/careers"
_WEB = re.compile(
    r"(?:\bhttps?://(?:www\.)?|\bwww\.)(?P<domain>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6})\b", re.I
)


# The employer's own jobs site, written bare or as a link: "careers.harlowfoods.co.uk",
# "https://jobs.kestrelfreight.com.au/...", "www.tawhitidairy.co.nz/careers"
_CAREERS_SITE = re.compile(
    r"(?<![\w.@-])(?:https?://)?(?:careers?|jobs|apply|join|recruiting)\."
    r"(?P<domain>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5})\b|"
    r"(?:\bhttps?://(?:www\.)?|\bwww\.)(?P<site>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5})"
    r"/(?:careers?|jobs|vacancies|join-us|work-with-us)\b",
    re.I,
)


def _domains(lines: list[str]) -> list[tuple[str, bool]]:
    """(domain, whether a website's) of the addresses to write to, of the employer's own jobs
    site (as sure as an address: a careers page is the employer's), then of the websites."""
    mails = [(m.group("domain"), False) for line in lines for m in _EMAIL.finditer(line)]
    own = [
        (m.group("domain") or m.group("site"), False)
        for line in lines
        for m in _CAREERS_SITE.finditer(line)
    ]
    return mails + own + [(m.group("domain"), True) for line in lines for m in _WEB.finditer(line)]


def email_employer(lines: list[str]) -> str:
    """The employer the address to write to (or failing one, the website) names: the text's own
    spelling of it when the text writes it ("Tawhiti Dairy" for tawhitidairy.co.nz), else the
    domain split on a trade word."""
    for domain, website in _domains(lines):
        labels = [p for p in domain.casefold().split(".") if p not in _SUFFIXES]
        if not labels:
            continue
        label = labels[-1]
        if _PROVIDERS.match(label) or _AGENCY_WORD.search(label) or len(label) < 4:
            continue
        squeezed = re.compile(
            r"\b" + r"[\s&'’-]*".join(re.escape(c) for c in label) + r"\b", re.I
        )
        for text in lines:
            found = squeezed.search(text)
            if found and found.group()[:1].isupper() and orgish(found.group()):
                return found.group()
        # the text's own spelling, accents and initials kept: "Waipā Vets", "Van der Merwe Botha"
        said = written_name(label.replace("-", ""), lines, whole=True)
        if said and orgish(said):
            return said
        core = _core_of_domain(label.replace("-", ""))
        said = written_name(core, lines) if core else ""
        if len(said.split()) >= 2 and orgish(said):
            return said  # "ashworthfunerals": "Ashworth & Daughters Funeral Directors, est. 1921"
        if label.endswith("mail"):
            continue  # a mail service ("examplemail.in", "fastmail"), unless the text names it
        name = _name_of_domain(label.replace("-", ""))
        if website and " " not in name:
            continue  # a website the text links to ("www.ahpra.gov.au") need not be the employer's
        return name if orgish(name) else ""
    return ""


def signature_employer(lines: list[str]) -> str:
    """The employer a sign-off names: "Kind regards," / "Joanne Pike" / "Office Manager" /
    "Millbeck Joinery Ltd" (or "Office Manager, Millbeck Joinery"); "" when it names none or an
    agency."""
    for i, raw in enumerate(lines):
        if not SIGN_OFF.match(raw.strip()) or len(raw.split()) > 4:
            continue
        block = [ln.strip() for ln in lines[i + 1 : i + 7] if ln.strip()][:5]
        after_role = False
        beside = ""  # a name beside a role ("Team Leader, Child & Family"): a team, or the employer
        for line in block:
            pieces = [p.strip() for p in re.split(r"\s*[,|·•]\s*|\s+(?:at|@)\s+", line) if p]
            for k, piece in enumerate(pieces):
                role = k > 0 and (is_job(pieces[0]) or job_headed(pieces[0]))
                if _employer(piece) and _signed(piece):
                    return piece  # an employer's name on the line under it wins
                if (role or after_role) and _signed(piece):
                    beside = beside or piece
            if not beside and is_agency(line):
                break  # "Khanyisa Talent Partners" / "Umhlanga Ridge, Durban": the agency's address
            after_role = is_job(line) or job_headed(line)
        return beside
    return ""


def _signed(piece: str) -> bool:
    return (
        orgish(piece)
        and not is_place(piece)
        and not RECRUITER.search(piece)
        and not is_job(piece)
        and not job_headed(piece)
        and not is_subunit(piece)  # "People Team", "Finance Department"
        and not re.search(r"@|\d|www\.|https?:", piece)
    )


def foot_employer(lines: list[str]) -> str:
    """The employer's legal name alone on one of the posting's last two lines, as a farmer or a
    small firm signs an ad ("Mark & Leah Thompson" / "Rakaia Downs Dairy Ltd"); "" otherwise."""
    last = [ln.strip() for ln in lines if ln.strip()][-2:]
    for line in reversed(last):
        if len(line.split()) <= 6 and ORG_SUFFIX.search(line) and _signed(line):
            return line
    return ""
