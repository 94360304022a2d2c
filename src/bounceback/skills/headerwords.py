"""The words and shapes a posting's header is read with: the labels of its fields ("Company:",
"Location"), the board's noise around them, what an employer's name looks like, and the Header
the fields are gathered in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bounceback.places import is_place
from bounceback.skills.context import cue_inside_name, heading_kind
from bounceback.skills.legalforms import legal_name
from bounceback.skills.occupations import clean_title, occupation_for
from bounceback.skills.vocabulary import builtin_data

_LABELS = {
    "title": r"job title|title|position|role|vacancy|job|post|job role|position title|"
    r"vacancy title|job name|job posting|posting title|working title|job posting title|"
    r"job advert|job advertisement|vacancy advert|advert|"
    # German, French, Spanish, Dutch boards: "Stellenbezeichnung", "Intitulé du poste"
    r"stellenbezeichnung|stellentitel|stelle|poste|intitulé du poste|titre du poste|"
    r"puesto|functie|functietitel|vacature",
    "company": r"company|employer|employer name|organi[sz]ation|hiring organi[sz]ation|"
    r"company name|business|trust|client|practice|school|hiring company|brand|restaurant|"
    r"hotel|venue|posted by|our client|client name|"
    # an employer named by its kind in a recruiter's email: "NURSERY: Little Acorns Day Nursery"
    r"nursery|salon|pharmacy|surgery|firm|dealership|hospital|bakery|cafe|café|"
    r"unternehmen|firma|arbeitgeber|entreprise|employeur|société|empresa|werkgever|bedrijf|"
    r"organisatie",
    "location": r"location|job location|locations|based in|base|based at|work location|"
    r"office|site|address|city|place of work|work site|workplace|where|area|region|town|"
    r"location\(s\)|work address|job address|job locations|work locations|sites|work sites|"
    r"job sites|branches|offices|locations available|"
    r"(?:multiple|various|several) (?:locations|sites|branches|stores)|"  # round 32
    # round 16: "Where you'll work: Newcastle", "Primary location", a federal "Duty location"
    r"where you['’]ll work|where you will work|where you['’]ll be based|where you will be based|"
    r"primary location|duty location|duty station|location of work|place of employment|"
    r"job based in|work base|base location|office location|worksite|jobsite|work location\(s\)|"
    r"position located at|job located at|located at|position location|suburb|"
    r"standort|standorte|arbeitsort|einsatzort|dienstort|lieu|lieu de travail|localisation|"
    r"ubicación|ubicacion|lugar de trabajo|locatie|standplaats|werklocatie|plaats",
    "salary": r"salary|pay|compensation|salary range|rate|pay rate|wage|hourly rate|"
    r"remuneration|package|gehalt|vergütung|salaire|rémunération|salario|sueldo|salaris",
    "employment_type": r"employment type|job type|contract|contract type|type|hours|"
    r"position type|employment status|position status|"
    r"working hours|schedule|shift|working pattern|"
    r"anstellungsart|beschäftigungsart|arbeitszeit|vertragsart|type de contrat|"
    r"type d'emploi|tipo de contrato|jornada|dienstverband",
    "date_posted": r"date posted|posted|posted on|date|published",
    # A postcode on its own ("Postcode: LS6 2AB"): the place when nothing else names one
    "postcode": r"postcode|post code|postal code|zip|zip code|pin code|pincode|eircode",
    # An agency that posts for its client is not the employer: its line is read and left.
    "agency": r"recruiter|agency|recruitment agency|recruitment consultant|consultant|"
    r"advertised by|recruiting agency",
    # Where the work is, written with the site's name: "Setting: Thistledown Nurseries,
    # Morningside, Edinburgh", "Clinic: Tampines, Singapore"; read for its town
    "site": r"setting|clinic|branch|store|depot|campus|work setting|care home|home",
    # USAJOBS and councils: the employing department, used when no line names the employer
    "department": r"department|directorate|service area",
}
LABEL_RE = {key: re.compile(rf"^(?:{pattern})$", re.I) for key, pattern in _LABELS.items()}
FIELD_LINE = re.compile(
    r"^\s*[*_#]*\s*(?P<key>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ()/'’]{1,30}?)\s*[*_]*\s*[:：]\s*[*_]*\s*(?P<value>\S.*?)[*_]*\s*$"
)
JUNK = re.compile(
    r"^(skip to (main )?content|home|jobs?|search|sign in|log ?in|register|menu|apply|"
    r"apply now|easy apply|quick apply|save|save job|saved|share|report( job)?|back( to "
    r"(search|results|jobs))?|show more|show less|see more|view job|new|urgently hiring|"
    r"actively recruiting|be an early applicant|promoted|featured|sponsored|job details|"
    r"full job description|job description|description|about the job|overview|summary|"
    r"profile insights|benefits|pulled from the full job description|responsive employer|"
    r"hiring multiple candidates|\d+ (applicants?|clicks?)|over \d+ applicants|"
    r"\d+ (hours?|days?|weeks?|months?) ago|posted .*|reposted .*|just posted|today|"
    r"listed (?:on )?(?:mon|tue|wed|thu|fri|sat|sun|today|yesterday|\d).*|"
    r"employer active .*|active \d+ days? ago|how you match|see how you compare|"
    r"skills|job|jobs you may like|cookies?|accept( all)?( cookies)?|close|×|x|"
    r"[\d.,]+\s*(★|stars?|out of 5 stars)?|[\d.]+ out of 5( stars)?|\d+ reviews?|"
    r"company logo|logo|follow|message|more|via .*|full[- ]time|part[- ]time|contract|"
    r"permanent|temporary|on-?site|remote|hybrid|nhs jobs|indeed|linkedin|glassdoor|"
    r"google|total jobs|totaljobs|reed|caterer|monster|ziprecruiter|job bank|jobbank|jobs\.ie|"
    r"irishjobs|seek|trade me jobs|naukri|jobstreet|mycareersfuture|pnet|careers24|usajobs|"
    r"cv-library|jobsite|workday|greenhouse|lever|bamboohr|adzuna|simplyhired)\W*$",
    re.I,
)
PRONOUNS = {"we", "our", "they", "you", "i", "this", "the team", "it"}
ORG_SUFFIX = re.compile(
    r"\b(ltd|limited|plc|llc|l\.l\.c\.|inc|inc\.|corp|corporation|co\.|company|group|gmbh|"
    r"llp|lp|pty|partners|partnership|trust|foundation|nhs|council|university|college|schools|"
    r"school|academy|hospital|clinic|care|services|solutions|logistics|restaurant|hotel|"
    r"bar|kitchen|cafe|café|bakery|construction|engineering|systems|technologies|health|"
    r"healthcare|associates|agency|centre|center|institute|society|charity|federation)\b",
    re.I,
)
NOT_COMPANY = re.compile(
    r"(\d+\s*(k|,\d{3})|£|\$|€|₹|\bR\s?\d|per (hour|annum|year|week|month)|an hour|a year|/hr|/hour|"
    r"\b(?:full[- ]time|part[- ]time|permanent|temporary|contract|posted|ago|applicants?|"
    r"reviews?|stars?|apply|salary|shift|jobs?|vacanc\w*|location|remote|hybrid|on-?site|"
    r"about|description|requirements|responsibilities|benefits|closing|reference)\b|"
    r"\b\d+\s*(?:hours?|days?)\b|^(?:hours?|days?|details|job details|summary)$|^\d|"
    r"^(?:(?:kind|best|warm|many)\s+)?(?:regards|wishes|thanks)\b|^thank you\b|^cheers\b|"
    r"^join (?:our|the) team\b|^join us\b|^work (?:with|for) us\b|^we(?:'re| are) hiring\b|"
    # a shopping centre names where the store is, not who runs it ("Galway Shopping Centre")
    r"\b(?:shopping cent(?:re|er)|mall|retail park|outlet cent(?:re|er))$|"
    r"^private advertiser$|^casual(?:\s*/\s*part[- ]time)?$|\((?:[\w ,]+ & )?(?:community services & development|hospitality & "
    r"tourism|healthcare & medical|trades & services|education & training|information & "
    r"communication technology|manufacturing, transport & logistics|retail & consumer products|"
    r"administration & office support|banking & financial services|construction|accounting)\)$|"
    # a board's category beside the place in a header line ("Brisbane City, QLD · Hotels &
    # Resorts · Housekeeping"), not in brackets
    r"^(?:hotels? & resorts|hospitality & tourism|healthcare & medical|trades & services|"
    r"education & training|retail & consumer products|call centre & customer service|"
    r"community services & development|manufacturing, transport & logistics|"
    r"administration & office support|banking & financial services|"
    r"mining, resources & energy|marketing & communications|science & technology|"
    r"sport & recreation|farming, animals & conservation|government & defen[cs]e|"
    r"human resources & recruitment|real estate & property|design & architecture|"
    r"advertising, arts & media|insurance & superannuation|consulting & strategy|"
    r"housekeeping|chefs?/cooks?|front office(?: & guest services)?|food & beverage|"
    r"reception|kitchen|warehousing, storage & "
    r"distribution|aged & disability support|nursing|labourers)$|"
    r"\b(?:long|short|fixed)[- ]term\b|\bimmediate start\b|^ongoing$|\btemp to perm\b|^(the )?role|band \d|\bgrade \d|"
    r"\breq(?:uisition)?\b\.?\s*(?:#|no\.?|id)?\s*:?\s*[\w-]*\d|"
    r"\b(?:ref|job code|job id|vacancy (?:no|id))\b\.?\s*(?:no\b\.?|number|#|:)?\s*[\w/.-]*\d)",
    re.I,
)
SHIFT = re.compile(
    r"^(nights?|days?|evenings?|weekends?|prn|per diem|regional|local|otr|days/nights|"
    r"immediate start|urgent|temp|contract|ft|pt|[a-z]+ shift|\d+ ?(am|pm).*|"
    # days of the week ("Mon–Fri", "Monday to Friday", "Mon-Sat"), never an employer
    r"(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*\.?\s*(?:[-–—/]|to|&)\s*"
    r"(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*\.?)$",
    re.I,
)
# The close of a letter or an email: the name, the role and the employer follow it.
SIGN_OFF = re.compile(
    r"^(?:(?:kind|best|warm|warmest|many)\s+)?(?:regards|wishes|thanks)|^(?:yours\s+)?"
    r"(?:sincerely|faithfully)|^(?:with\s+)?thanks|^thank you|^cheers|"
    r"^ng[aā] mihi(?: nui| maioha)?\b",  # te reo Māori (NZ): "Ngā mihi nui,"
    re.I,
)
SEPARATORS = re.compile(r"\s+[·•|]\s+|\s+[-–—]\s+|\t+")


@dataclass
class Header:
    title: str = ""
    company: str = ""
    location: str = ""
    labelled: dict[str, str] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)  # line numbers that held only header fields
    weak_company: str = ""  # a name beside the title, used when no line names the employer
    far_title: str = ""  # a labelled title far below the header, used when the head has none
    agency: str = ""  # the recruitment agency posting for the employer (agencies.py)


def label_key(key: str) -> str | None:
    key = " ".join(key.split()).strip()
    for name, pattern in LABEL_RE.items():
        if pattern.match(key):
            return name
    return None


def tidy(value: str) -> str:
    return " ".join(value.split()).strip(" -–—|·•,:;")


# A recruitment business posts for its client: its name is not the employer's.
RECRUITER = re.compile(
    r"\b(?:recruit\w*|staffing|talent|personnel|resourcing|headhunt\w*|search partners|"
    r"employment agency|jobs? agency)\b",
    re.I,
)
# The last word of most job titles: "Resident Care Aide", "Greenhouse Grower".
_JOB_HEADS = re.compile(
    r"\b(?:aide|assistant|worker|officer|manager|technician|operative|driver|nurse|carer|"
    r"cleaner|engineer|analyst|coordinator|co-ordinator|administrator|advisor|adviser|"
    r"consultant|specialist|supervisor|lead|director|executive|associate|representative|rep|"
    r"clerk|porter|chef|cook|attendant|labourer|laborer|operator|inspector|teacher|tutor|"
    r"practitioner|therapist|surveyor|designer|developer|agent|receptionist|grower|"
    r"herdsperson|handler|picker|packer|fitter|welder|electrician|plumber|carpenter|joiner|"
    r"mechanic|caretaker|custodian|janitor|guard|barista|bartender|server|waiter|waitress|"
    r"host|accountant|bookkeeper|auditor|controller|planner|buyer|scientist|researcher|"
    r"processor|caseworker|counsellor|counselor|educator|instructor|trainee|apprentice|"
    r"intern|internship|graduate|leader|head|partner|housekeeper|steward|dispatcher|"
    r"underwriter|paralegal|solicitor|lawyer|pharmacist|dentist|hygienist|midwife|"
    r"physician|doctor|paramedic|phlebotomist|radiographer|sonographer|optometrist|vet|"
    r"veterinarian|groomer|stylist|hairdresser|barber|beautician|estimator|machinist|"
    r"installer|engineer|programmer|tester)s?\b(?:\s+(?:I{1,3}|IV|[1-4]))?(?:\s*\([^)]*\))?$",
    re.I,
)


def job_headed(text: str) -> bool:
    """Whether a short line ends in the word most job titles end in ("Resident Care Aide")."""
    return len(text.split()) <= 8 and bool(_JOB_HEADS.search(text))


def is_job(text: str) -> bool:
    """A job title rather than an employer: a title the index knows whole ("Staff Nurse"), or a
    short one naming an occupation; "Buckeye Family Dental" is an employer, and so is "Peakway
    Freight" (a name, then a trade's field: see `business_named`)."""
    if clean_title(text) in builtin_data().titles:
        return True
    return (
        not business_named(text)
        and occupation_for(text) is not None
        and len(text.split()) <= 2
        and not ORG_SUFFIX.search(text)
        and not _BRAND.search(text)  # "SaguaroPay Financial": a brand's name, not a job
    )


def business_named(text: str) -> bool:
    """An employer's name that reads like a job: a name the title index does not know, then
    the field a trade works in ("Peakway Freight", "Northside Accounting", "Greenway
    Landscaping", "Apex Welding"). The index leads "freight" to a warehouse operative and
    "accounting" to a bookkeeper, but a job's title ends in who does the work (operative,
    bookkeeper, welder: `job_headed`), and its other words are a job's ("Freight Operative")."""
    if job_headed(text) or not orgish(text):
        return False
    words = clean_title(text).split()
    titles = builtin_data().titles
    if len(words) < 2 or words[-1] not in titles or " ".join(words) in titles:
        return False
    # no other part of the line names a job: "Peakway" is a name, "Warehouse" is not
    return not any(
        " ".join(words[i:j]) in titles
        for i in range(len(words))
        for j in range(i + 1, len(words) + (i < len(words) - 1))
    )


# A word with a capital inside it ("SaguaroPay", "FreshWay") names a brand, never a job.
_BRAND = re.compile(r"\b[A-Z][a-z]+[A-Z][a-z]")


# A council's or a trust's own unit ("Adults and Health Directorate", "Place Service Area") is
# a part of the employer, never the employer.
UNIT = re.compile(r"\b(?:directorates?|service areas?|portfolio)\s*$", re.I)


# A part of an employer named beside it: a department, a school or faculty of a university, a
# ward, a council's service ("Emergency Department", "School of Chemistry", "Children's Services",
# "Department of Biology", "Ward 7B", "Finance Team").
SUBUNIT = re.compile(
    r"^(?:the\s+)?(?:school|faculty|department|dept\.?|division|college|centre|center|"
    r"institute|office)\s+(?:of|for)\b|\b(?:department|dept\.?|unit|ward(?:\s+\w+)?|team|"
    r"services|service|directorates?|service areas?|division|faculty|portfolio|"
    r"care group|clinical group)\s*$",
    re.I,
)
# The body that employs: a trust, a council, a university, a health board, a company (not "a
# government": "Department of Families, Fairness and Housing" / "Victorian Government" is hired
# by the department).
EMPLOYER_BODY = re.compile(
    r"\b(?:nhs|trust|council|university|universit[éy]|hospitals?|health board|health service|"
    r"health district|authority|ltd|limited|plc|inc|llc|pty|gmbh|corporation|"
    r"school district|public schools|college|polytechnic|institute of technology)\b",
    re.I,
)


def without_unit(text: str) -> str:
    """A line with the employer's unit left out: "Environment Directorate, Kelbrook Borough
    Council" is Kelbrook Borough Council, "School of Chemistry, University of Bramwell" the
    University of Bramwell."""
    pieces = [p.strip() for p in text.split(",")]
    if len(pieces) < 2:
        return text
    body = any(EMPLOYER_BODY.search(p) and not SUBUNIT.search(p) for p in pieces)
    kept = [p for p in pieces if not UNIT.search(p) and not (body and SUBUNIT.search(p))]
    return ", ".join(kept) if kept and len(kept) < len(pieces) else text


_SHORT_NAME = re.compile(r"\s*\([A-Z&]{2,6}\)$")


def is_subunit(name: str) -> bool:
    """A department, ward or service of an employer rather than the employer ("Emergency
    Department", "Children's Services"); "Northfield Hospitals NHS Foundation Trust" is not."""
    name = _SHORT_NAME.sub("", name.strip())  # "Intensive Care Unit (ICU)": its short name aside
    return bool(SUBUNIT.search(name)) and not EMPLOYER_BODY.search(name)


_LEGAL_END = re.compile(r"\b(?:ltd|limited|plc|llc|inc|pvt|pte|pty|gmbh|llp|corp)\.?$", re.I)


def orgish(text: str) -> bool:
    """A short name that could be an employer ("Harwood Building Services", "The Ivy")."""
    text = text.strip()
    words = text.split()
    if not words or len(words) > 7 or len(text) > 70 or NOT_COMPANY.search(text):
        return False
    if UNIT.search(text):
        return False
    # a heading's word inside a legal name is no heading ("Vistara Global Contact Services Pvt.
    # Ltd.": "contact" opens no how-to-apply section there)
    heading = not _LEGAL_END.search(text) and heading_kind(text) and not cue_inside_name(text)
    # "Lingonbyte AB" reads as a town and Alberta's code: a company's legal form (legalforms.py)
    if (is_place(text) and not legal_name(text)) or JUNK.match(text) or heading or SHIFT.search(text):
        return False
    capitals = sum(
        1
        for w in (w.lstrip("(") for w in words)  # "Little Acorns Day Nursery (Bramley)"
        if w[:1].isupper()
        or w[:1].isdigit()
        or w
        in ("&", "and", "of", "for", "the", "van", "der", "den", "de", "la", "le", "du", "von", "da",
               "für", "des", "del", "di", "do", "dos", "das", "voor")  # "Institut für ..."
    )
    return capitals == len(words)


def employer_under(after: list[tuple[int, str]], unit: str) -> str:
    """The employer named on a line next to its unit: "Emergency Department" / "Northfield
    Hospitals NHS Foundation Trust" (or the trust first, the unit under it)."""
    lines = [line for _i, line in after[:6]]
    at = next((k for k, line in enumerate(lines) if unit in line), -1)
    if at < 0:
        return ""
    for line in lines[max(0, at - 1) : at + 3]:
        name = without_unit(line)
        if name != unit and EMPLOYER_BODY.search(name) and orgish(name) and not is_subunit(name):
            return name
    return ""


# The words of a care or clinical specialism written beside a title ("Healthcare Assistant -
# Hospital & Dementia Care", "Support Worker - Mental Health Services"): no employer's name.
_SPECIALISM_WORDS = frozenset(
    ["hospital", "dementia", "care", "nursing", "residential", "community", "mental", "health", "elderly", "aged", "home", "day", "night", "adult", "adults", "children's", "childrens", "services", "support", "acute", "surgical", "medical", "palliative", "respite", "learning", "disabilities", "disability", "complex", "needs", "rehabilitation", "and", "&", "of", "the"]
)


def specialism(part: str) -> bool:
    return all(w.casefold() in _SPECIALISM_WORDS for w in part.split())


# The terms of a job written beside its title ("Class 1 HGV Driver - Nights", "Teacher of
# Mathematics - Fixed Term (22 hours)", "Frontend Developer - Intermediate/Senior", "Dump Truck
# Operator (FIFO)", "Farm Assistant - Accommodation Provided"): how long, how many hours, which
# shift or roster, how senior, what comes with it. Neither the employer nor part of the title.
_TERM = re.compile(
    r"(?:full|part)[- ]?time|permanent|perm|temporary|temp|contract|fixed[- ]term|casual|"
    r"seasonal|freelance|locum|ongoing(?: work| role| position)?|maternity cover|"
    r"(?:contract|temp) to perm(?:anent)?|"
    r"\d{1,2}[- ]?(?:months?|mths?|weeks?|years?)(?: fixed[- ]term)?(?: contract| role| assignment)?|"
    r"\d{1,2}(?:\.\d)?\s*(?:hours?|hrs?)(?:\s*(?:per|a|p/?)\s*w(?:ee)?k)?|"
    r"nights?|days|weekends?|evenings?|(?:night|day|early|late|back|swing|rotating|split) shifts?|"
    r"\d{1,2}[- ]?(?:hr|hour)s? shifts?|shift work|rotating rosters?|"
    r"fifo|dido|bibo|fly[- ]in[- ]fly[- ]out|\d{1,2}/\d{1,2}(?: roster| swing)?|"
    r"junior|intermediate|senior|mid[- ]?level|mid|entry[- ]level|graduate|trainee|experienced|"
    r"(?:accommodation|housing|ute|van|vehicle) (?:provided|supplied|included)|"
    r"visa sponsorship(?: available)?|sign[- ]on bonus|relocation (?:support|assistance|package)|"
    r"immediate start|start asap",
    re.I,
)
_TERM_JOINER = re.compile(r"\s*(?:[/,&+()]|\band\b|\bor\b|\s[-–—]\s)\s*", re.I)


def job_terms(part: str) -> bool:
    """The part beside a title states only the job's terms ("Fixed Term (22 hours)", "Nights",
    "11 Month Contract", "Intermediate/Senior", "FIFO")."""
    pieces = [p for p in _TERM_JOINER.split(part.strip()) if p.strip()]
    return bool(pieces) and all(_TERM.fullmatch(p.strip()) for p in pieces)
