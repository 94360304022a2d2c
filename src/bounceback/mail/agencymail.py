"""What an agency's mail says of the employer: the features of the answer "none".

The employer rule for agencies (docs/email-classification.md): when a recruitment agency
writes about a role with one of its clients, the company is the client when the email names
it and none when it does not; never the agency. The company ranker (mail/employer.py) scores
"none" as a candidate; until round 19 its only features were `none` and `none:{sender type}`,
so the agency mail that names no client could teach "none" only by raising it for every
sender of its type (a platform's acknowledgement, a client named in the subject). Round 19's
features of "none" say what such mail looks like, in words that carry from one writer to
another:

- `none:agency`, `none:agency:{sender type}`: the sender writes as an agency (its domain or
  display name, or its mail speaks of "our client" or of "a manufacturing client");
- `none:unnamed`, `none:unnamed:agency`: the email speaks of a client, or of "a company", it
  does not name: "a client", "one of my clients", "a tier 1 iron ore client", "für einen
  mittelständischen Kunden", "voor een opdrachtgever", "pour un de nos clients", "para una
  empresa líder", "dla naszego klienta", "åt en kund";
- `none:agency:only_own`: an agency's mail that writes no name but its own (every name in
  the subject or the body is one the sender's domain spells or one that reads as an
  agency's);
- `none:ek:{kind}`, `none:agency:ek:{kind}`: the kind of email the classifier read (an
  agency's outreach names its client far less often than its interview invitation or offer:
  101 of 127 agency outreach emails in the repo's labels name none, 14 of 75 interview
  invitations).

And of a candidate (mail/nameshape.py): whether its name reads as an agency's ("Harrowgate
Recruitment", "Kessler & Partner Personalberatung", "Jansen Werving & Selectie"),
`agency_name`.
"""

from __future__ import annotations

import re

from bounceback.mail.sender import CLIENT_COMPOUND, speaks_of_client

# A client spoken of without its name: an article or a quantity before the word (the client
# named, "our client Kestrel Foods", is the ranker's candidate after the cue).
_UNNAMED_CLIENT = re.compile(
    r"\b(?:(?:an?|one of (?:my|our|their)) (?:\S+ ){0,4}?clients?\b(?! (?-i:[A-Z]))"
    r"|(?:einen?|einem|eines) (?:\S+ ){0,3}?(?:kunden|mandanten|auftraggeber|unternehmen)\b"
    r"|(?:un|une|l'un de nos|l'une de nos|un de nos|une de nos) (?:\S+ ){0,3}?"
    r"(?:client(?:e)?s?|entreprise|société)\b"
    r"|(?:un|una|uno de nuestros|una de nuestras) (?:\S+ ){0,3}?"
    r"(?:cliente|empresa|compañía)\b"
    r"|(?:un['’]|(?:un|una|un nostro|una nostra|uno dei nostri) )(?:\S+ ){0,3}?"
    r"(?:cliente|azienda|società)\b"  # (round 36: "un'azienda cliente", "un'importante azienda")
    r"|(?:een) (?:\S+ ){0,3}?(?:klant|opdrachtgever|organisatie|bedrijf)\b"
    r"|(?:um|uma|um dos nossos) (?:\S+ ){0,3}?(?:cliente|empresa)\b"
    r"|(?:dla|u) (?:naszego |jednego z naszych )?(?:\S+ ){0,2}?(?:klienta|klientów|firmy)\b"
    r"|(?:en|ett|vår|åt en|för en) (?:\S+ ){0,3}?(?:kund|klient|uppdragsgivare|företag)\b)",
    re.I)
# An agency's verbs for the employer it does not name, before an article, whatever noun follows
# (round 22, the retired sets: "I'm working exclusively with a Series C fintech", "retained by a
# luxury five-star hotel", "im Auftrag eines Herstellers", "j'accompagne un acteur de
# l'agroalimentaire", "trabajando en exclusiva con una empresa familiar", "per conto di
# un'azienda", "namens een", "Vi hjälper just nu ett mobilspelsbolag"): "a company" unnamed,
# but not a client by its word (writes_as_agency asks for that).
_UNNAMED_BY_VERB = re.compile(
    r"\b(?:(?:i['’]m|i am|we['’]re|we are)(?: currently)? working(?: exclusively| closely)? with|"
    r"working exclusively with|partner(?:ing|ed)(?: exclusively)? with|retained by|"
    r"on behalf of|im auftrag|(?:unterstütze|unterstützen|begleite|begleiten)(?: ich| wir)?"
    r"(?: aktuell| derzeit| gerade| momentan)?|pour le compte d['’]|"
    r"(?:j['’]accompagne|nous accompagnons)(?: actuellement| aujourd['’]hui)?|"
    r"(?:trabajando|trabajo|trabajamos|colaborando)(?: en exclusiva)? con|por encargo de|"
    r"per conto di|in esclusiva (?:per|con)|namens|"
    r"hjälper(?: vi| jag)?(?: just nu| nu)?|em nome de|w imieniu)"
    r"(?:\s|(?<=['’]))(?:an?|ein(?:e[nrs]?|s)?|une?|una?|uma?|een|ett|en)\b"
    # a search run for someone it does not name: "I'm working on a Finance Manager search",
    # "conducting a confidential search for a" (not "a Product Manager search for Lumen
    # Robotics": that one names its employer)
    r"|\b(?:working on|running|leading|conducting|handling) an? (?:[\w-]+ ){0,3}?"
    r"(?:search|assignment|mandate)\b(?!,? (?:for|on behalf of|with|at) (?-i:[A-Z0-9]))",
    re.I)
# One of these is in every match of _UNNAMED_BY_VERB, lower-cased: a text that holds none is
# not searched (the pattern has no first letter for the engine to skip to, so it is tried at
# every character: 46 us on an average company step's 400 characters, round 24). Keep it in
# step with the pattern (tests/mail/test_agencymail_speed.py).
_VERB_WORDS = ("working", "partner", "retained by", "on behalf of", "im auftrag",
               "unterstütze", "begleite", "pour le compte d", "accompagn", "trabaj",
               "colaborando", "por encargo de", "per conto di", "in esclusiva", "namens",
               "hjälper", "em nome de", "w imieniu", "running", "leading", "conducting",
               "handling")
# The letters the pattern's ignore-case matching takes for one of those words' letters though
# their lower case is another ("ſ" is an "s" to it, "ı" and "İ" an "i"): a text with one is
# searched whatever its words.
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")


def _may_say_by_verb(text: str, low: str) -> bool:
    """Whether _UNNAMED_BY_VERB can match `text` (`low` is its lower case)."""
    return (any(word in low for word in _VERB_WORDS)
            or (not text.isascii() and _ODD_CASE.search(text) is not None))


_CLIENT_WORDS = ("client", "kund", "klient", "mandant", "opdrachtgever", "auftraggeber",
                 "uppdragsgivar", "unternehmen", "empresa", "azienda", "entreprise", "société",
                 "bedrijf", "organisatie", "firmy", "företag", "società", "compañía")


def unnamed_client(text: str, client_only: bool = False) -> bool:
    """Whether the text speaks of a client (or "a company": not with `client_only`) without
    naming it there."""
    low = text.lower()
    if not client_only and _may_say_by_verb(text, low) and _UNNAMED_BY_VERB.search(text):
        return True
    if not any(w in low for w in _CLIENT_WORDS):
        return False
    for match in _UNNAMED_CLIENT.finditer(text):
        found = match.group(0).lower()
        if (found.startswith(("a ", "an ")) and _BETWEEN.search(found)) \
                or CLIENT_COMPOUND.match(text, match.end()):
            continue  # "a candidate with more hands-on client-facing experience", "a client call"
        if not client_only or any(w in found for w in _CLIENTS):
            return True
    return False


# Words that end the phrase before the client: "a candidate with more hands-on client" is
# not "a ... client" (round 20).
_BETWEEN = re.compile(r" (?:with|for|of|and|to|in|on|at|the|who|that|from|by) ")


_CLIENTS = ("client", "kund", "klient", "mandant", "opdrachtgever", "auftraggeber",
            "uppdragsgivar")


def writes_as_agency(low: str, subject: str) -> bool:
    """Whether mail from an organisation's own domain speaks of the employer as its client:
    "our client", "a manufacturing client", "für einen Mandanten" (then it writes as an
    agency, whatever its name says)."""
    return (speaks_of_client(low) or speaks_of_client(subject.lower())
            or unnamed_client(low[:3000], True))


def none_features(kind: str, agency: bool = False, text: str = "", subject: str = "",
                  only_own: bool = False, email_kind: str | None = None) -> list[str]:
    """The features of the answer "the email names no employer": the sender type, and for
    mail that speaks of a client or comes from an agency, what says so (see the module);
    `email_kind` is the kind of email the classifier read (an agency's outreach names its
    client far less often than its interview invitation or offer)."""
    out = ["none", f"none:{kind}"]
    if email_kind:
        out.append(f"none:ek:{email_kind}")
        if agency:
            out.append(f"none:agency:ek:{email_kind}")
    if not text and not subject:
        return out
    unnamed = unnamed_client(text[:3000])
    if agency:
        out += ["none:agency", f"none:agency:{kind}"]
        if only_own:
            out.append("none:agency:only_own")
    if unnamed:
        out.append("none:unnamed" + (":agency" if agency else ""))
    return out
