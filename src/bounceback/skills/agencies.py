"""Who posts for whom: a recruitment agency's posting and the employer behind it.

The rule (decided in round 11, changed in round 29): when an agency posts for a client it names
("on behalf of our client, Riverside Precision Components"), the company is the client and the
agency is kept beside it, to be shown as "via Voltline Recruitment"; when it does not name the
client ("our client, a leading M&E contractor"), the company is not stated (None, as every
writer of the retired sets labels it: the agency is not the employer), and the agency is still
kept beside it. Only a job at the agency itself ("Recruitment Consultant" at Hays) has the agency
as its company. The agency's name is read wherever the
posting writes it: a "Company:", "Posted by:", "Agency:" or "Recruiter:" line, a header line, the
recruiter's signature ("Senior Consultant" / "Classroom Connect Recruitment") or the address to
write to (jess@brightpathrecruitment.co.uk: Brightpath Recruitment).
"""

from __future__ import annotations

import re

from bounceback.places import is_place
from bounceback.skills.headerwords import RECRUITER, SIGN_OFF, is_job, orgish

# Words that make a recruiting name a team or a person's role, not an agency: "Talent
# Acquisition Team", "Staff Bank Recruitment Team", "Recruitment Partner", "Talent Manager".
_IN_HOUSE = re.compile(
    r"\b(?:team|acquisition|department|dept|manager|partner|specialist|consultant|coordinator|"
    r"co-ordinator|advisor|adviser|lead|officer|administrator|assistant|bank|hub|services? "
    r"centre|hr|human resources|people)\b",
    re.I,
)
# A legal form ends a business's name (to tell an agency from a person in a "Recruiter:" line;
# USAJOBS' "Agency: Forest Service" has none and names no recruiter).
_LEGAL_FORM = re.compile(r"\b(?:ltd|limited|llc|inc|pty|plc|llp)\.?$", re.I)
_EMAIL = re.compile(r"\b[\w.+-]{1,64}@(?P<domain>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6})\b", re.I)
_AGENCY_LABEL_WORD = re.compile(
    r"(recruitment|recruiting|staffing|personnel|resourcing|talent|recruit)$", re.I
)


def is_agency(name: str) -> bool:
    """Whether a name is a recruitment business's ("Voltline Recruitment", "Swift Staffing
    Solutions", "Emerald Talent"), not an employer's own recruiting team."""
    name = name.strip()
    return (
        bool(name)
        and bool(RECRUITER.search(name))
        and not _IN_HOUSE.search(name)
        and orgish(name)
        and not is_place(name)
        and not is_job(name)
    )


def named_agency(value: str) -> str:
    """The agency an "Agency:" or "Recruiter:" line names, or "" for a person ("Recruiter: Jane
    Smith") or a description ("a specialist agency")."""
    value = value.strip(" .,")
    if not value or not orgish(value) or _IN_HOUSE.search(value) or is_place(value):
        return ""
    return value if RECRUITER.search(value) or _LEGAL_FORM.search(value) else ""


_NAME = r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){0,5}?)"
# "Crestline Recruitment is acting as an employment business in relation to this vacancy",
# "Apply via Umhlanga Technical Personnel.", "Send your CV to Harbourside Recruitment"
_SAYS_AGENCY = re.compile(
    rf"(?:^|[.!]\s+){_NAME}\s+(?:(?:is|are)\s+(?:acting|operating)|acts|operates)\s+as\s+an?\s+"
    r"(?:employment\s+(?:agency|business)|recruitment\s+(?:agency|business)|agency)\b",
    re.I,
)
# "Recruited by MedStaff KZN on behalf of our client", "Advertised by Harbour Search for a client"
_RECRUITED_BY = re.compile(
    rf"\b(?i:recruited|advertised|posted|listed)\s+(?i:by)\s+{_NAME}\s+"
    r"(?i:on behalf of|for (?:our|a|their) client)"
)
# "This vacancy is advertised by Pertemps Recruitment Partnership."
_ADVERTISED_BY = re.compile(
    rf"\b(?i:vacancy|role|job|position)\s+(?i:is\s+(?:being\s+)?advertised\s+by)\s+{_NAME}"
    r"\s*(?:[.,;!(]|$)"
)
_APPLY_VIA = re.compile(
    rf"\b(?i:apply|applications?|send (?:your|a) (?:cv|resume|résumé)|contact)\b[^.]{{0,30}}?"
    rf"\b(?i:via|through|to|with|at)\s+{_NAME}\s*(?:[.,;!(]|$|\s+(?i:on|at|by|quoting|today)\b)"
)


def phrase_agency(lines: list[str]) -> str:
    """The agency a sentence names as such: "... is acting as an employment agency", "Recruited
    by MedStaff KZN on behalf of our client", "Apply via Umhlanga Technical Personnel"."""
    for line in lines:
        for pattern in (_SAYS_AGENCY, _RECRUITED_BY, _ADVERTISED_BY, _APPLY_VIA):
            for m in pattern.finditer(line):
                name = m.group("name").strip(" ,.")
                # the sentence itself says it is an agency
                said = pattern in (_SAYS_AGENCY, _RECRUITED_BY)
                if said and orgish(name) and not is_place(name):
                    return name
                if is_agency(name):
                    return name
    return ""


def signature_agency(lines: list[str]) -> str:
    """The agency a recruiter's sign-off names: "Kind regards," / "Jess Patel" / "Senior
    Consultant" / "Classroom Connect Recruitment" (or "Senior Consultant | Harbourside
    Recruitment")."""
    for i, raw in enumerate(lines):
        if not SIGN_OFF.match(raw.strip()) or len(raw.split()) > 4:
            continue
        block = [ln.strip() for ln in lines[i + 1 : i + 7] if ln.strip()][:5]
        for line in block:
            for piece in re.split(r"\s*[,|·•]\s*|\s+(?:at|@)\s+", line):
                if _PERSONS_ROLE.search(piece.strip()):
                    continue  # "Senior Technology Recruiter" over "Liffey Search Partners"
                if is_agency(piece) and not re.search(r"@|\d|www\.|https?:", piece):
                    return piece.strip()
    return ""


# The recruiter's own job in a signature ends in who does it, not in what the firm is
_PERSONS_ROLE = re.compile(r"\b(?:recruiter|consultant|sourcer|resourcer|talent partner)$", re.I)


def email_agency(lines: list[str]) -> str:
    """The agency the address to write to belongs to: the text's own spelling of it when the
    text writes it, else the domain split before its recruiting word ("brightpathrecruitment":
    Brightpath Recruitment)."""
    for line in lines:
        for m in _EMAIL.finditer(line):
            labels = [p for p in m.group("domain").casefold().split(".") if len(p) > 3]
            label = next((p for p in labels if _AGENCY_LABEL_WORD.search(p)), "")
            word = _AGENCY_LABEL_WORD.search(label)
            if not word or word.start() < 3:
                continue  # "recruitment.acme.com" names the employer's own team
            squeezed = re.compile(
                r"\b" + r"[\s&'’-]*".join(re.escape(c) for c in label) + r"\b", re.I
            )
            for text in lines:
                said = squeezed.search(text)
                if said and said.group()[:1].isupper() and is_agency(said.group()):
                    return said.group()
            name = f"{label[: word.start()].capitalize()} {word.group().capitalize()}"
            return name if is_agency(name) else ""
    return ""


# A job at the agency itself: its own recruiters, resourcers and sourcers. Not a bare
# "consultant", "account manager" or "human resources": an agency fills those for its clients.
_RECRUITING_JOB = re.compile(
    r"\b(?:recruit\w*|resourcer|resourcing|talent (?:acquisition|sourcer|partner)|staffing "
    r"(?:consultant|coordinator)|headhunt\w*|sourcer)\b",
    re.I,
)


def settle(company: str, agency: str, client: str, title: str = "") -> tuple[str, str]:
    """(company, via): the client an agency names is the company, the agency shown beside it;
    with no client named, no company (the agency kept as the via), unless the job is the
    agency's own ("Trainee Recruitment Consultant")."""
    if company and is_agency(agency) and agency.casefold().startswith(company.casefold() + " "):
        company = agency  # "Keystone Trades" (the address keystonetrades.com): Keystone Trades Staffing
    if client and not is_agency(client):
        via = agency or (company if is_agency(company) else "")
        return client, via if via.casefold() != client.casefold() else ""
    said = bool(agency) and agency.casefold() == company.casefold()  # "Hays ... acts as an agency"
    if company and not is_agency(company) and not said:
        return company, agency if agency and agency.casefold() != company.casefold() else ""
    if _RECRUITING_JOB.search(title):
        return company or agency, ""
    return "", agency or company
