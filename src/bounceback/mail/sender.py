"""What an email's sender says about the employer, worked out once per sender.

The sender type (a job board, an applicant-tracking system, a test platform, free mail, a relay
such as a calendar or signing service, or the sender's own domain), the organisation its domain
spells, whether it reads as an agency, and how a candidate name and a domain spell each other.
"""

from __future__ import annotations

import re

from bounceback.mail.features import sender_parts
from bounceback.mail.memo import TEXTS, Memo
from bounceback.mail.names import squash
from bounceback.mail.namewords import TEAM_WORDS, domain_stem
from bounceback.mail.platforms import FREE_MAIL, platform_kind, platform_of_domain

_AGENCY = re.compile(r"recruit|staff(?!ord)|personnel|personal|resourcing|headhunt|zeitarbeit|"
                     r"uitzend|interim|intérim|bemanning|agenzia|agencia|agence|agencja|agentur|"
                     r"\brh\b|talent|(?<!re)search|selection|consult|werving|rekryt|rekrut|"
                     r"recrut|temps|placement|flex|exec$|hunter")
# ("quinnexec": executive search; round 24: "hunterit", "huntersbr": head-hunters)
# A public body's or a university's domain ("epso.europa.eu", "ox.ac.uk", "x.gov.pl"): it
# hires for itself (round 20: "research" and "Personnel Selection" read as an agency's).
_PUBLIC = frozenset({"gov", "gouv", "gob", "govt", "edu", "mil", "ac", "nhs", "europa", "int",
                     "overheid", "bund", "admin"})
_DISPLAY_WORDS = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


# Round 36: staffing firms known by a brand with no agency word in it, as their domains spell
# them (E28's temp work through Adecco, Randstad, Manpower, Gi Group and Lernia gave the brand
# for a client the mail does not name; the rule gives none). A stem that starts with one
# ("adeccogroup", "randstadsourceright") is the firm too.
STAFFING_BRANDS = ("adecco", "randstad", "manpower", "gigroup", "lernia", "kellyservices",
                   "roberthalf", "michaelpage", "pagepersonnel", "pagegroup", "robertwalters",
                   "experis", "aerotek", "teksystems", "astoncarter", "insightglobal",
                   "kforce", "spherion", "expresspros", "synergie", "startpeople", "tempoteam",
                   "proman", "openjobmetis", "trenkwalder", "academicwork", "poolia",
                   "bluearrow", "allegis", "persolkelly")
_SHORT_BRANDS = frozenset({"hays", "hayspl", "haysplc"})  # whole stems only ("haystack")


def staffing_brand(stem: str) -> bool:
    """Whether a sender's domain stem is a staffing firm's brand ("adecco", "gigroup")."""
    return stem in _SHORT_BRANDS or stem.startswith(STAFFING_BRANDS)


def agency_words(text: str) -> bool:
    """Whether a (squashed, lower-case) spelling holds a word an agency's name holds."""
    return bool(_AGENCY.search(text))


def agency_sender(display: str, stem: str, domain: str = "") -> bool:
    """Whether the sender reads as an agency: its domain says so ("everstaff.com"), or its
    display name does in words that are not a team's name. An employer's own "Talent
    Acquisition", "Recruitment Team" or "Rekrutacja" writes for itself, not for a client;
    so does a public body or a university ("EPSO - European Personnel Selection Office",
    a research council: round 20)."""
    if domain and not _PUBLIC.isdisjoint(domain.lower().split(".")[1:]):
        return False
    if _AGENCY.search(stem) or staffing_brand(stem):
        return True
    rest = " ".join(w for w in _DISPLAY_WORDS.findall(display.lower()) if w not in TEAM_WORDS)
    return bool(_AGENCY.search(rest))


# An agency writes of the employer as its client ("our client", "Retour de notre client",
# "Feedback dal cliente", "Återkoppling från kunden"), in every language bounceback reads: the
# singular with a possessive or an article, not "our clients" or "customer service" words.
_CLIENT = re.compile(
    r"\b(?:our client|my client|the client|client's|on behalf of (?:a|our) client|"
    r"unser(?:em|en|es)? (?:kunden?|mandant(?:en)?|auftraggeber)|mandant(?:en)?\b|"
    r"der kunde (?:möchte|hat|würde|will|wünscht)|"
    r"notre client(?:e)?|mon client|de notre client|"
    r"nuestr[oa] client[ea]|mi cliente|el cliente|(?:la )?empresa cliente|"
    r"(?:il )?nostr[oa] cliente|il cliente|dal cliente|(?:l')?azienda cliente|"
    r"onze (?:klant|opdrachtgever)|mijn (?:klant|opdrachtgever)|de opdrachtgever|"
    r"noss[oa] cliente|meu cliente|o cliente|"
    r"nasz(?:ego|emu|ym)? klient(?:a|owi|em)?|mój klient|mojego klienta|od klienta|u klienta|"
    r"vår (?:kund|klient|uppdragsgivare)|uppdragsgivaren|från kunden|hos kunden|kunden har|"
    r"kunden vill)\b")


# "client" as the first half of a compound noun is the employer's own business, not a
# client it recruits for (round 20: "the client relationship", "a client call", "our client
# work", "client-facing", "Client Service Associate" in direct employers' mail).
CLIENT_COMPOUND = re.compile(
    r"(?:[-‐]|\s+(?:relationships?|projects?|services?|calls?|work|side|base|meetings?|"
    r"accounts?|portfolios?|management|success|care|delivery|sites?|visits?|presentations?|"
    r"briefs?|engagements?|experience|satisfaction|onboarding|teams?|support|demos?|"
    r"communications?|deliverables?|pitch(?:es)?|workshops?|contact|data|money|funds|"
    r"assets|files?|cases?|questions?|requests?|issues?|needs)\b)", re.I)


def speaks_of_client(low: str) -> bool:
    """Whether the (lower-case) text speaks of the employer as a client, as an agency does
    (not "the client" of a compound noun: "the client relationship")."""
    # The word looked for first (a substring test is a hundred times cheaper than the pattern).
    if not any(word in low for word in _CLIENT_WORDS):
        return False
    return any(not CLIENT_COMPOUND.match(low, m.end()) for m in _CLIENT.finditer(low))


_CLIENT_WORDS = ("client", "kund", "klient", "mandant", "opdrachtgever", "uppdragsgivar")


def sender_type(local: str, domain: str) -> str:
    """board, ats or test (a platform), free (free mail), own (the sender's own domain)."""
    platform = platform_of_domain(domain)
    if platform:
        return platform_kind(platform)
    if domain in FREE_MAIL or not domain:
        return "free"
    if domain.endswith(_RELAYS):
        return "relay"  # a calendar or signing service writing for someone
    return "own"


_RELAYS = ("google.com", "calendly.com", "docusign.net", "docusign.com", "microsoft.com",
           "zoom.us", "office365.com", "outlook.com", "hellosign.com", "adobesign.com")


def domain_feats(key: str, stem: str, prefix: str) -> list[str]:
    """How the squashed candidate `key` and a domain stem spell each other (at most one
    feature)."""
    if len(stem) < 3 or len(key) < 2 or key[0] != stem[0]:
        return [] if len(stem) < 4 or len(key) < 4 or (stem not in key and key not in stem) \
            else _spelled(key, stem, prefix)
    return _spelled(key, stem, prefix)


def _spelled(key: str, stem: str, prefix: str) -> list[str]:
    if key == stem:
        return [f"{prefix}:eq"]
    out = []
    if len(key) >= 4 and stem.startswith(key):
        out.append(f"{prefix}:key_in_stem")
    elif len(stem) >= 4 and key.startswith(stem):
        out.append(f"{prefix}:stem_in_key")
    elif len(stem) >= 4 and stem in key:
        out.append(f"{prefix}:stem_inside")
    elif len(key) >= 4 and key in stem:
        out.append(f"{prefix}:key_inside")
    else:
        common = 0
        for a, b in zip(key, stem, strict=False):
            if a != b:
                break
            common += 1
        if common >= 4:
            out.append(f"{prefix}:prefix")
    return out


_SENDER_FACTS: Memo[str, tuple[str, str, str, str, str, bool]] = Memo(TEXTS)


def sender_facts(sender: str) -> tuple[str, str, str, str, str, bool]:
    """What the sender alone says, worked out once per sender: (display name as written,
    local part, sender type, the organisation its domain spells, the local part squashed,
    whether it reads as an agency)."""
    found = _SENDER_FACTS.get(sender)
    if found is None:
        display = sender.split("<", 1)[0].strip().strip('"').strip() if "<" in sender else ""
        _, local, domain = sender_parts(sender)
        kind = sender_type(local, domain)
        stem = domain_stem(local, domain) if kind != "relay" else ""
        local_sq = squash(local) if kind != "board" else ""
        agency = agency_sender(display, stem, domain) or (
            stem.endswith("people") and len(stem) > 6 and "." in local)
        # (round 24: a person at "nexuspeople", "ironbarkpeople" writes for a people agency;
        # an ATS's no-reply at "pageuppeople" does not)
        found = _SENDER_FACTS.keep(sender, (display, local, kind, stem, local_sq, agency))
    else:
        _SENDER_FACTS.touch(sender)
    return found


_BRANDS: Memo[str, str] = Memo(TEXTS)
_WEB_END = re.compile(r"\.[a-z]{2,3}$")


def platform_brand(sender: str) -> str:
    """The squashed name of the platform the sender's domain belongs to ("Pracuj.pl" ->
    "pracuj", "Totaljobs" -> "totaljobs"); "" for any other sender or a name under 5 letters.
    A name that has it in it ("Grupa Pracuj S.A.", "Totaljobs Group") is the platform's
    operator, who runs the board, not an employer hiring through it."""
    found = _BRANDS.get(sender)
    if found is None:
        platform = platform_of_domain(sender_parts(sender)[2])
        found = squash(_WEB_END.sub("", platform.lower())) if platform else ""
        found = _BRANDS.keep(sender, found if len(found) >= 5 else "")
    else:
        _BRANDS.touch(sender)
    return found


_STEM_PARTS = re.compile(r"[.@+_]")
_WORDS_OF: Memo[tuple[str, str], tuple[str, ...]] = Memo(TEXTS)


def stem_words(sender: str, stem: str) -> tuple[str, ...]:
    """The words the sender's address writes its organisation in, when it hyphenates them
    ("estudio-norte.es" -> ("estudio", "norte")); () when it writes them as one."""
    memo = (sender, stem)
    found = _WORDS_OF.get(memo)
    if found is None:
        address = sender.rsplit("<", 1)[-1].strip(" >").lower()
        found = ()
        for part in _STEM_PARTS.split(address):
            pieces = tuple(w for w in part.split("-") if w)
            if len(pieces) > 1 and squash(part) == stem and all(w.isalpha() for w in pieces):
                found = pieces
                break
        _WORDS_OF.keep(memo, found)
    else:
        _WORDS_OF.touch(memo)
    return found


def person_local(text: str, local_sq: str) -> bool:
    """A person's name the sender's address spells ("Jane Doe" from jane.doe@...)."""
    low_words = text.lower().split()
    if len(low_words) > 3:
        return False
    parts = [squash(w) for w in low_words]
    if not all(len(w) > 1 for w in parts):
        return False
    if sum(w in local_sq for w in parts) >= min(2, len(parts)):
        return True
    # "bec@", "sobrien@", "ntran@": a first name alone, or an initial and the last name
    return len(parts) >= 2 and (local_sq == parts[0] or local_sq == parts[0][0] + parts[-1])


def initials(name: str) -> str:
    """The first letters of a name's words ("Acme Data Works" -> "adw"), as a domain may
    spell it."""
    return "".join(w[:1] for w in name.lower().split())
