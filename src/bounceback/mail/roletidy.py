"""What a phrase found as a job title loses before the role finder makes its forms (round 25).

People who label job mail write the title without what an email writes around it: a field's
name before it ("Job: Claims Adjuster II", "Tjänst: Arbetsledare anläggning"), a requisition
number or a selection code ("Senior Credit Risk Analyst (R-0048213)", "Requisition 2503-118
Underwriting Assistant", "Environmental Health Officer MBC/ENV/0921") and an elided article
("d'Assistante juridique"). A person's name ("Sanne Bakker", a signature's line) and a meeting
or test tool ("Google Meet", "HireVue") are never a title. A place at a title's end ("Store
Manager – Leeds") is kept, and marked for the ranker: writers differ on whether it is part of
the title, as they do on a speciality, a shift or a team ("Data Scientist, Personalization",
"Production Supervisor (2nd Shift)").
"""

from __future__ import annotations

import re

from bounceback.mail import roles as rules
from bounceback.mail.given_names import GIVEN_NAMES
from bounceback.mail.names import words
from bounceback.mail.namewords import CUE_CLASSES
from bounceback.mail.platforms import BRANDS, TEST_PLATFORMS
from bounceback.places import is_place_name

_FIELD_NAMES = (
    r"(?:job(?: title)?|position|role|title|vacancy|opening|stelle|stellenbezeichnung|poste|"
    r"intitulé du poste|puesto|vacante|vaga|cargo|posizione|ruolo|vacature|functie|stanowisko|"
    r"tjänst|befattning|roll|annons|rolle|annonce|função|funcao|función|fonction|funzione|"
    r"funktion|posição|posto|oferta|offerta|offre)")
_FIELD = re.compile(rf"^{_FIELD_NAMES}\s*:\s*(?=\w)", re.I)
# A field's name alone on its line, its value on the next ("Position" above "Field Service
# Engineer": a table's two cells, or a form's layout), or before it in one row of a table
# whose cells are read apart ("Position Field Service Engineer"): round 33.
_FIELD_ALONE = re.compile(rf"^{_FIELD_NAMES}\s*:?$", re.I)
_FIELD_ROW = re.compile(rf"^{_FIELD_NAMES}\s+(?=[A-ZÀ-ÖØ-ÞŁŚŻ])", re.I)
# A code: three digits in a row, with capitals, slashes or dashes ("R-0048213", "KBC/PL/0301",
# "JR-25-03317", "Req 44871"); a bracket of words ("(32-36 uur)", "(Summer 2025)") is not one.
_CODE = r"(?=[\w/.#-]*\d{3})[A-Za-z0-9][\w/.#-]*"
_CODE_WORD = (r"(?:(?i:req(?:uisition)?(?: id)?|ref(?:erence)?|job id|id|nr|no|referenznummer|"
              r"kennziffer|référence|referencia|referência|riferimento|vacaturenummer|numer)"
              r"\.?\s*[#:]?\s*)")
_CODE_PAREN = re.compile(rf"\s*\({_CODE_WORD}?{_CODE}\)$")
_CODE_END = re.compile(rf",?\s+(?:[-–|]\s+)?{_CODE_WORD}?(?=[\w/.-]*[A-Z])(?=[\w/.-]*[/-]){_CODE}$")
# A requisition's or a reference's code before the title: after "Req", "Ref", "Post Ref", "Job
# ID", "Vacancy" or "Job Opening" ("Post Ref OXB-0922 Environmental Health Officer"), or a bare
# number of three digits or more before a dash, a colon or a bar ("320175 - Operational Delivery
# Officer", "#4471: Staff Nurse"), a year alone aside ("2027 - Graduate Programme"): round 35.
_CODE_LEAD = re.compile(
    rf"^(?:(?:(?i:req(?:uisition)?)\.?\s*(?:#|no\.?|id)?\s*){_CODE}\s*[-–:|]?\s+"
    rf"|(?i:(?:post |job |vacancy )?ref(?:erence)?\.?(?: no\.?)?|job id|job opening|vacancy|"
    rf"stellen-id)\s*[#:]?\s*{_CODE}\s*[-–:|]?\s+"
    r"|#?(?!(?:19|20)\d\d\s)\d{3,}[\d/.-]*\s*[-–:|]\s+)"
    r"(?=[A-ZÀ-ÖØ-ÞŁŚŻ])")
# A selection's word after a title ("Clerical Officer Competition", "Assistant Professor
# search", "Administrative Officer (AO) Competition 2026"): the label is the title before it
# (round 35). Only when a job word or a bracket stands before it ("Head of Recruitment" stays).
_SELECTION_TAIL = re.compile(r"\s+(?i:competition|search|selection process|recruitment|"
                             r"campaign|posting)(?:\s+(?:19|20)\d\d)?$")
# The words of a reference ("Stellen-ID 1188421", "Offre n° 2026-1188442", "nabór nr 141882"):
# a phrase of these and codes alone names no title (round 35).
_REF_WORDS = words("""stellen-id id job ref réf ref. reference référence referencia referência
riferimento kennziffer vacaturenummer nr nr. no no. n° nº numer number offre oferta offerta
vacancy vacature posting requisition req req. nabór ogłoszenie concours concurso concorso
bando avviso aviso convocatoria # - – : |""")
_PLACE_TAIL = re.compile(r"(?:\s*\((?P<p>[^()]{2,40})\)|(?:,\s+|\s+[-–|]\s+)"
                         r"(?P<s>[^,()|–-]{2,40}))$")
_TAIL_MARKS = (")", ",", "-", "–", "|")  # one of which every match of _PLACE_TAIL holds
_PLACE_SPLIT = re.compile(r"\s*[/,]\s*")
_NOT_PLACE_OF_WORK = words("remote zdalnie hybrid hybride télétravail teletrabajo remoto "
                           "distanciel hybrydowo hybrydowa distans")
_ELIDED = re.compile(r"^[dl]['’](?=[A-ZÀ-ÖØ-Þ])")
_TOOLS = frozenset(t.casefold() for t in (
    *TEST_PLATFORMS, *BRANDS.values(), "Google Meet", "Microsoft Teams", "Teams", "Zoom",
    "Webex", "Skype", "Google Calendar", "Outlook", "DocuSign", "Dropbox Sign", "Adobe Sign",
    "HelloSign"))
_DIGIT = re.compile(r"\d")  # any digit: whether a title may hold a code at all
_DIGITS = re.compile(r"\d{2}")  # a code's digits ("SDE-3", "L4" are titles' own)
# A job board's or a network's notice of a message ("Karin skickade ett meddelande", "Florian
# Maier hat Ihnen eine Nachricht geschickt", "Message from Rachel", "te ha enviado un mensaje"):
# the title, when there is one, is in the message, never in these words (round 35).
_MESSAGE = re.compile(r"(?i:\b(?:message|messages|nachricht|meddelande|mensaje|messaggio|"
                      r"wiadomość|wiadomości|bericht|mensagem|inmail)\b)")


def tidied(raw: str) -> str | None:
    """`raw` without a field's name, codes and an elided article; None
    when it is a person's name or a tool's."""
    if ":" in raw:
        raw = _FIELD.sub("", raw)
    raw = _ELIDED.sub("", raw)
    raw = without_code(raw)
    if (raw.casefold() in _TOOLS or is_person(raw) or greets(raw) or only_reference(raw)
            or _MESSAGE.search(raw)):
        return None
    if "," in raw:
        raw = _GRADE_TAIL.sub("", raw)
    return without_selection(raw)


# A pay grade after a comma at a title's end ("Budget Analyst, GS-0560-09/11", "Human Rights
# Officer, P-3", "Healthcare Assistant, Band 3", "Policy Adviser, HEO"): the retired labels drop
# it (12 of 14 such titles; round 35), while a grade in brackets is mostly kept ("Housing Officer
# (Grade 6)") and stays a form the ranker weighs.
_GRADE_TAIL = re.compile(
    r",\s+(?:(?:GS|GG|WG|WL|WS|GM)-\d{4}-\d{1,2}(?:/\d{1,2})?|[PDG]-?\d{1,2}|"
    r"(?:Band|Grade|Scale|schaal|EG|Entgeltgruppe)\s\d{1,2}[a-z]?|"
    r"(?:HEO|SEO|EO|AO|AA|G6|G7))$"
)


def only_reference(raw: str) -> bool:
    """Whether a phrase is a reference and nothing else: codes and a reference's words
    ("Stellen-ID 1188421", "n° 2026-1188442", "OE202612/0441", "2027")."""
    return _DIGITS.search(raw) is not None and all(
        _DIGITS.search(w) or w.lower().strip(".:#()") in _REF_WORDS for w in raw.split())


def without_selection(raw: str) -> str:
    """A title without a selection's word after it ("Clerical Officer Competition" ->
    "Clerical Officer"), when a job's word or a bracket stands just before that word."""
    tail = _SELECTION_TAIL.search(raw) if " " in raw else None
    if tail is None:
        return raw
    rest = raw[:tail.start()].rstrip()
    if rest.endswith((",", "-", "–", "|", ":")) or rest.rsplit(None, 1)[-1].lower() in _FIRM_WORDS:
        return raw  # "Staff Software Engineer, Search" (a team); "Harvey Nash Executive Search"
    if rest.endswith(")"):
        return rest  # "Administrative Officer (AO) Competition"
    # The word is the selection's only after a complete title, one whose last word is a job's
    # ("Officer Competition", "Professor search"); after another word it is the title's own
    # ("Account Manager Paid Search", "Talent Partner Campus Recruitment": review of round 35,
    # M2).
    last = rest.rsplit(None, 2)
    if len(last) > 2 and _YEAR.fullmatch(last[-1]):
        last.pop()  # "Clerical Officer 2026 Campaign"
    return rest if rules.has_job_word(last[-1]) or last[-1].lower() in _SEARCHED_FOR else raw


_FIRM_WORDS = words("executive talent job jobs retained graduate")
_YEAR = re.compile(r"(?:19|20)\d\d")
# The last words of a title a selection is held for, beside roles.ROLE_NOUNS: the posts a
# faculty search fills ("Assistant Professor search"). Not the other languages' job words: their
# titles write the field after the job's word ("Medewerker Recruitment", "Referent Recruitment").
_SEARCHED_FOR = words("professor professors fellow dean provost chair postdoc librarian")


# A greeting's first word ("Hola Irene", "Hi Sam,", "Liebe Frau Brandt"), not a form of
# address a title may open with ("Sr Data Analyst", "Pan" aside): round 27.
_GREETS = frozenset(w for w, cls in CUE_CLASSES.items() if cls == "greet") - words(
    "sr sra mr mrs ms herr frau pan pani panie sig sig.ra signor signora madame monsieur exmo "
    "exma sehr geehrte geehrter bom boa buenos buenas guten dzień")


def greets(raw: str) -> bool:
    """Whether a phrase is a greeting: a greeting's word and a name or two after it."""
    parts = raw.split()
    return 2 <= len(parts) <= 4 and parts[0].lower().rstrip(",!") in _GREETS


def field_value(line: str) -> str | None:
    """The value of a line that names a job field ("Job: Claims Adjuster II" ->
    "Claims Adjuster II"); None for any other line."""
    field = _FIELD.match(line)
    return line[field.end():] if field else None


def field_alone(line: str) -> bool:
    """Whether a line is a job field's name alone ("Position", "Stelle:"), its value below."""
    return len(line) < 25 and _FIELD_ALONE.match(line) is not None


def row_value(line: str) -> str | None:
    """The value after a job field's name in a table row read as one line ("Position Field
    Service Engineer" -> "Field Service Engineer"); None for any other line."""
    field = _FIELD_ROW.match(line)
    return line[field.end():] if field else None


# A pay grade written as a code ("GS-2210-12", "(GS-0679-05)", "WG-4749-08"): part of the title
# as the email writes it, which writers keep; not a requisition's number (round 32).
_GRADE_CODE = re.compile(r"\b(?:GS|GG|WG|WL|WS|GM)-\d{4}-\d{1,2}\b")


def without_code(text: str) -> str:
    """A title without a requisition number or a selection code before or after it (a pay
    grade's code stays: the ranker weighs the forms with and without it)."""
    if _DIGIT.search(text):
        if _GRADE_CODE.search(text):
            return _CODE_LEAD.sub("", text)
        return _CODE_LEAD.sub("", _CODE_END.sub("", _CODE_PAREN.sub("", text)))
    return text


def ends_in_place(text: str) -> bool:
    """Whether a title ends with a place in brackets or after a comma or a dash ("Rececionista
    (Porto)", "Store Manager – Leeds", "DevOps Engineer, Wrocław/zdalnie"), which some
    writers keep in the title and most leave out: a feature the role ranker weighs."""
    if not any(map(text.__contains__, _TAIL_MARKS)):  # (most titles hold none: no search)
        return False
    tail = _PLACE_TAIL.search(text)
    if tail is None or tail.start() == 0:
        return False
    parts = _PLACE_SPLIT.split(tail.group("p") or tail.group("s"))
    return all(p.lower() in _NOT_PLACE_OF_WORK or is_place_name(p) for p in parts if p)


def is_person(raw: str) -> bool:
    """A person's name: two or three capitalised words, the first a given name, no job word
    ("Sanne Bakker", "Richard Hartley (Managing Director)")."""
    name = raw.split("(", 1)[0].strip()
    parts = name.split()
    return (2 <= len(parts) <= 3 and parts[0].lower() in GIVEN_NAMES
            and all(p[:1].isupper() and p.replace("-", "").isalpha() for p in parts)
            and not any(len(p) > 1 and p.isupper() for p in parts)  # "ED RN": letters
            and not rules.has_job_word(name))
