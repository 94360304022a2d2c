"""A posting's labelled lines: "Company: Acme", "Location | Christchurch", a "Location" line over
"Henrico, VA, US", several labels on one line ("**Team:** ... · **Location:** Remote (US)"), a
USAJOBS agency within its department; the title, employer and place they give (layout.py reads the
rest of the header). Split from layout.py in round 26 (no change of output)."""

from __future__ import annotations

import re

from bounceback.places import is_place
from bounceback.skills.agencies import is_agency, named_agency
from bounceback.skills.contacts import POSTCODE, town_over_county
from bounceback.skills.headerwords import (
    FIELD_LINE,
    RECRUITER,
    Header,
    label_key,
    orgish,
)
from bounceback.skills.headlines import BODY_START
from bounceback.skills.headplaces import town_before_code
from bounceback.skills.titleextras import TITLE_LINE_MAX
from bounceback.skills.workmode import work_mode_place

_WORK_SETTING = re.compile(
    r"^(?:in[- ]person|on[- ]?site|in[- ]office|office[- ]based|field[- ]based|on the road|"
    r"various|multiple|tbc|tbd|n/?a)\.?$",
    re.I,
)
_AFTERWORD = re.compile(r"\s*(?:\([^()]*\)|\s[-–—]\s.*)$")
# What a bracket after a place says about the work rather than the place.
_ASIDE = re.compile(r";|\b(?:hybrid|remote|on-?site|fieldwork|travel|days?|office|visits?)\b", re.I)
_LEAD_IN_VALUE = re.compile(
    r"^(?:\d+|many|few|several)?\s*vacanc(?:y|ies)\s+in\s+the\s+following\s+locations?:\s*", re.I
)

# A label everyone knows, with a dash or a bar where the colon goes: "Company - Vistara Agro
# Foods Pvt Ltd", "Location | Christchurch, Canterbury" (read as "Label: value"; an unknown word
# before a dash is a name: "Mitre 10 Hardware - Nelson")
_DASH_LABEL = re.compile(
    r"^(\s*[*_]*\s*(?:company|company name|employer|organi[sz]ation|hiring company|location|"
    r"job location|work location|job title|position|role|salary|job type|employment type|"
    r"contract type|recruiter|agency)\s*[*_]*)\s+[-–—|]\s+(?=\S)",
    re.I,
)
_MODE_ALONE = re.compile(r"^\s*(?:remote|hybrid|fully remote|work from home)\s*$", re.I)
_PIN = re.compile(r"^\s*📍\s*(?:(?i:location|where)\s*[:：]\s*)?")
_EMOJI = re.compile(r"^\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*")
_BULLET = re.compile(r"^\s*[•·▪●◦‣]\s+")
_LEAD_IN = re.compile(
    r"^(?:\d+|many|few|several)?\s*vacanc(?:y|ies)\b.*:$|^.{0,60}\bfollowing locations?:$", re.I
)



# A Canadian federal department is named "... Canada" ("Employment and Social Development Canada",
# "Fisheries and Oceans Canada").
_CANADA = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,5}\s+Canada$")


def _department(value: str) -> str:
    """A department's name without its branch after a dash or its short name in brackets:
    "Employment and Social Development Canada (ESDC) – Strategic and Service Policy Branch"."""
    value = re.split(r"\s+[-–—]\s+", value)[0]
    return re.sub(r"\s*\([^()]*\)$", "", value).strip()


_PUBLIC_BODY = re.compile(
    r"\b(?:department|administration|agency|service|bureau|commission|ministry|office|command|"
    r"corps|authority|institutes?|survey|guard|marshals|patrol|directorate)\b",
    re.I,
)


def _below_body(lines: list[str], i: int) -> bool:
    """Whether line i stands below the start of the posting's body ("Job description"), as the
    board's facts under the text do ("Role: Accounts Manager", Naukri)."""
    seen = [ln.strip().strip("*_#:").strip() for ln in lines[:i] if ln.strip()]
    # "Job Description and Person Specification" heading a PDF is the document's name
    return any(BODY_START.match(ln) and not _DOCUMENT_NAME.match(ln) for ln in seen[1:])


_DOCUMENT_NAME = re.compile(r"^job description\s+(?:and|&)\s+person spec", re.I)


_STREET = r"\b(?:street|st|road|rd|avenue|ave|lane|way|drive|place|square|terrace|row|hill)\b"


def _town_of_address(value: str) -> str:
    """ "Pinderfields Lane Hospital, Aberford Road, Wakefield, WF1 9ZZ": Wakefield (the last
    part of an address that is a town, with the region after it); the value itself otherwise."""
    if re.search(r"\([^()]*,", value):
        return value  # "Rural Western Kentucky (Paducah, Mayfield, Murray area)": one place
    parts = [p.strip() for p in value.split(",")]
    for k in range(len(parts) - 1, 0, -1):
        if is_place(parts[k]) and not re.search(r"\d", parts[k]):
            rest = [p for p in parts[k + 1 :] if p and not re.search(r"\d", p)]
            # "Civic Offices, Emmet Street, Clonmel, Co. Tipperary, E91 N512": the town before
            # the county ("Clonmel, Co. Tipperary"), not the county alone
            county = re.match(r"^(?:co\.?|county)\s", parts[k], re.I) or is_place(parts[k - 1])
            pair = f"{parts[k - 1]}, {parts[k]}"
            if county and not re.search(r"\d|" + _STREET, parts[k - 1], re.I) and is_place(pair):
                return pair
            if k == len(parts) - 1 and town_before_code(parts, POSTCODE):
                return town_before_code(parts, POSTCODE)  # "..., Walla Falls, WA"
            town = ", ".join([parts[k], *rest])
            return town if is_place(town) else parts[k]
    return town_before_code(parts, POSTCODE) or value


def _town_in_block(lines: list[str], first: int) -> str:
    """The town of an address written a part a line under a label: "Job locations" / "Oakfield
    Road Hospital" / "Oakfield Road" / "Wolverhampton" / "WV10 0XX" (NHS Jobs) gives
    Wolverhampton; "" when the block (up to its blank line or next label) names none."""
    for k in range(first + 1, min(first + 5, len(lines))):
        part = lines[k].strip().strip("*_#").strip()
        if not part or label_key(part.strip(":").strip()) or part.endswith(":"):
            return ""
        if is_place(part) and not re.search(r"\d", part):
            return town_over_county(lines, k) or part  # "Ashmere" / "Wiltshire"
    return ""


# Several labels on one line: "**Team:** Patient Experience · **Location:** Remote (US) · **Type:**
# Full-time".
_FIELD_SEPARATOR = re.compile(r"\s+[·|•]\s+")


def _several_fields(line: str, header: Header) -> bool:
    """Read a line of several "Label: value" fields; whether it was one."""
    parts = _FIELD_SEPARATOR.split(line)
    matches = [FIELD_LINE.match(p) for p in parts] if len(parts) > 1 else []
    if sum(1 for m in matches if m and label_key(m.group("key"))) < 2:
        return False
    for m in matches:
        key = label_key(m.group("key")) if m else None
        value = m.group("value").strip() if m else ""
        if not key or not value or key in header.labelled:
            continue
        if key == "location" and (len(value.split()) > 12 or _WORK_SETTING.match(value)):
            continue
        header.labelled[key] = value
    return True


# A name then a dash and what it is: "Little Acorns Day Nursery - an independent 62-place
# nursery in Knighton, Leicester"; the name is the employer.
_DESCRIBED = re.compile(r"\s+[-–—]\s+(?:an?|the|one of|our|their|its|part of)\s.*$")
# The place a description names: "Client: Meridian Retail Logistics – their national
# distribution centre at DIRFT, Daventry, Northamptonshire".
_DESCRIBED_AT = re.compile(r"\b(?:at|in)\s+(?P<place>[A-Z][^.;]{1,60})$")
# A value that speaks to the reader is a sentence, never an employer's name.
_SPEAKS = re.compile(r"\b(?:you|your|we|we're|us)\b", re.I)


def read_labels(lines: list[str], header: Header) -> None:
    """The "Label: value" lines of a posting (and a label over its value on the next line) into
    header.labelled, and the title, employer and place they give."""
    described_place = ""  # the place an employer's description names, when no label does
    for i, line in enumerate(lines[:80]):
        line = _PIN.sub("Location: ", line)  # "📍 Wellington", "📍 Location: Wellington"
        line = _EMOJI.sub("", line)  # "🏢 Company: Flight Coffee"
        line = _DASH_LABEL.sub(r"\1: ", line)  # "Company - Vistara Agro Foods Pvt Ltd"
        if _several_fields(line, header):
            header.used.add(i)
            continue
        match = FIELD_LINE.match(_BULLET.sub("", line))  # "• Location: Kitchener, ON" (a <li>)
        value = ""
        key = None
        if match:
            key = label_key(match.group("key"))
            # USAJOBS: "Location: 1 vacancy in the following location: Suitland, MD"
            value = _LEAD_IN_VALUE.sub("", match.group("value").strip())
        else:
            bare = line.strip().strip("*_#:").strip()
            if bare and len(bare) <= 25:
                key = label_key(bare)
                if key and i + 1 < len(lines):
                    nxt = next(
                        (j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None
                    )
                    if nxt is not None and _LEAD_IN.match(lines[nxt].strip()):
                        # "Location" / "1 vacancy in the following location:" / "Spokane, WA"
                        nxt = next(
                            (
                                j
                                for j in range(nxt + 1, min(nxt + 3, len(lines)))
                                if lines[j].strip()
                            ),
                            None,
                        )
                    if nxt is not None and not label_key(lines[nxt].strip().strip("*_#:").strip()):
                        value = lines[nxt].strip()
                        if key in ("title", "company", "location") and len(value.split()) > 12:
                            key = None
                        elif key:
                            header.used.add(nxt)
                        if key == "location" and not is_place(value):
                            value = _town_in_block(lines, nxt) or value
        label = (match.group("key") if match else line).strip().strip("*_#:").strip().casefold()
        if (
            key == "location"
            and value
            and key in header.labelled
            and not is_place(header.labelled[key])
            and (is_place(value) or (label in ("town", "city") and len(value.split()) <= 4))
        ):
            header.labelled[key] = value  # "Location: Royal Vale Hospital" then "Town: Wakefield"
            continue
        mode = header.labelled.get("location", "") if key == "location" else ""
        if mode and value and _MODE_ALONE.match(mode) and is_place(value):
            # "Workplace: Hybrid" then "Office: Bristol": Hybrid (Bristol)
            header.labelled["location"] = f"{mode.strip().capitalize()} ({value})"
            continue
        if key == "company":
            described = _DESCRIBED.search(value)
            at = _DESCRIBED_AT.search(described.group()) if described else None
            if at and is_place(at.group("place")):
                described_place = described_place or at.group("place")
            value = _DESCRIBED.sub("", value)  # "Little Acorns Day Nursery - an independent..."
        if key == "company" and re.search(r"\d", value) and "," in value:
            continue  # "Venue: Nirmaan Tower, Plot A-19, Sector 62, Noida" is an address
        if key == "company" and _SPEAKS.search(value):
            continue  # "... Committed employer - if you need any adjustments, let us know."
        if key == "location" and len(value.split()) > 12:
            # "Kilkenny (Regional Office, John's Green), with hybrid working available under...":
            # the place that opens a long value
            lead = re.split(r"\s*[(,;]|\s+[-–—]\s+", value)[0].strip()
            value = lead if is_place(lead) else value
        if key == "location" and work_mode_place(value):
            value = work_mode_place(value)  # "Location: Hybrid - 2 days a week in Leeds"
        if key in ("location", "site") and value and len(value) <= TITLE_LINE_MAX:
            bare = _AFTERWORD.sub("", value)  # "Vancouver, BC (hybrid; fieldwork across ...)"
            said = value[len(bare) :]
            aside = bool(_ASIDE.search(said)) and len(said.split()) > 3  # not "(Hybrid)"
            address_line = bool(POSTCODE.search(bare)) and aside  # "..., Eastmere, EM4 1AA (hybrid...)"
            if bare != value and (is_place(bare) or address_line) and (not is_place(value) or aside):
                value = bare
        if key == "location" and value and not is_place(value):
            value = _town_of_address(value)
        if key and value and key not in header.labelled:
            if key == "title" and (
                sum(1 for ln in lines[:i] if ln.strip()) > 14 or _below_body(lines, i)
            ):
                header.far_title = value
                header.labelled[key] = value
                continue
            if key == "location" and (len(value.split()) > 12 or _WORK_SETTING.match(value)):
                continue  # "Work Location: In person" says how, not where
            header.labelled[key] = value
            header.used.add(i)
    header.title = header.labelled.get("title", "")
    if header.title and header.far_title:
        header.title = ""  # "Role: Accountant" in a board's facts below the text (Naukri)
    company = header.labelled.get("company", "")
    if RECRUITER.search(company) or re.match(r"^(?:an?|our|the client|confidential)\b", company, re.I):
        # "Posted by: Blueprint Recruitment" is the agency (the employer when no client is
        # named: agencies.py); "Client: a growing fintech" names no one
        header.agency = company if is_agency(company) else ""
        company = ""
    header.agency = header.agency or named_agency(header.labelled.get("agency", ""))
    public = [
        _department(unit) if _CANADA.search(_department(unit)) else unit
        for unit in (header.labelled.get("agency", ""), header.labelled.get("department", ""))
        if _CANADA.search(_department(unit))
        or orgish(unit)
        and "," not in unit  # "Customer Success, Service & Operations" is a team
        and not RECRUITER.search(unit)
        and _PUBLIC_BODY.search(unit)
    ]
    if not company and public:
        # USAJOBS: "Department: Department of Agriculture" / "Agency: Forest Service": the agency
        # hires, within its department: "Forest Service (Department of Agriculture)"
        company = public[0] if len(public) == 1 else f"{public[0]} ({public[1]})"
    header.company = company
    header.location = header.labelled.get("location", "") or described_place
    site = header.labelled.get("site", "")
    if not header.location and site:
        town = _town_of_address(site)  # the town, not the nursery's name before it
        header.location = town if town != site or is_place(site) else ""
