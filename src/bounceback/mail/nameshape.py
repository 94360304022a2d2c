"""What a candidate name says on its own, wherever it stands: the name without its legal form
("Acme GmbH" is Acme), its squashed key, and the features of its shape (how many words, its
first and last words, whether it looks like an organisation, a person, a job, a team, a
platform or a town). mail/company_spans.py adds what stands around each place the name is written.

Both are worked out once per spelling and kept (a mailbox names the same employers again and
again); the answers are the same with or without what is kept.
"""

from __future__ import annotations

import re

from bounceback.mail.given_names import GIVEN_NAMES
from bounceback.mail.memo import NAMES, Memo
from bounceback.mail.names import squash, words
from bounceback.mail.namewords import (
    CUE_CLASSES,
    NOT_COMPANY,
    ORG_WORDS,
    PLATFORM_NAMES,
    ROLE_WORDS,
    SITE_NOUNS,
    SITE_WORDS,
    TEAM_WORDS,
)
from bounceback.mail.roles import ROLE_NOUNS
from bounceback.places import is_place_name

# Legal forms written with dots or spaces, which a run of capitalised words may end with.
LEGAL_RUN = (r"GmbH & Co\. KG|Sp\. z o\.o\.|sp\. z o\.o\.|S\.p\.A\.|S\.r\.l\.|S\.A\.|S\.L\.|"
             r"B\.V\.|N\.V\.|A/S|gGmbH|eG|vzw|asbl|e\.V\.?|mbH|Ltda\.?|Lda\.?|S\.n\.c\.?|"
             r"S\.a\.s\.?|s\.c\.|Sp\. j\.|S\.C\.|KB|HB|ETT|S\.L\.U\.")
_LEGAL_TAIL = re.compile(rf"(?:,?[ ](?:{LEGAL_RUN}|(?i:gmbh|ag|se|ab|sa|sas|sarl|sl|slu|sau|bv|"
                         rf"nv|ltd|llp|llc|inc|plc|spa|srl|lda|ltda|kg|ug|oy|oyj|as|asa|aps|"
                         rf"corp|eg|ev|oü|bvba|kft|zrt|pty|pte|pvt|limited|sasu|sp)\.?))+$")

# The last word of every legal form above, in lower case: a name whose last word is none of
# these has no legal form to leave out, and the pattern need not be tried on it.
_LEGAL_LAST = words("kg o.o. s.p.a. s.r.l. s.a. s.l. b.v. n.v. a/s ggmbh eg vzw asbl e.v. e.v mbh "
                    "ltda. ltda lda. lda s.n.c. s.n.c s.a.s. s.a.s s.c. j. kb hb ett s.l.u.") | \
    frozenset(f"{form}{dot}" for form in words(
        "gmbh ag se ab sa sas sarl sl slu sau bv nv ltd llp llc inc plc spa srl lda ltda kg ug oy "
        "oyj as asa aps corp eg ev oü bvba kft zrt pty pte pvt limited sasu sp") for dot in ("", "."))
_NAMES: Memo[str, tuple[str, str, bool]] = Memo(NAMES)


def dotted_legal_cut(word: str) -> bool:
    """Whether a word is a dotted legal form whose last dot a run of words left out ("S.r.l"
    of "Verdelab S.r.l.", "S.p.A"), which name_key does not take for a legal form."""
    low = word.lower()
    return "." in low and low not in _LEGAL_LAST and f"{low}." in _LEGAL_LAST


def name_key(raw: str) -> tuple[str, str, bool]:
    """(name as written without a trailing legal form, its squashed key, had a legal form)."""
    found = _NAMES.get(raw)
    if found is None:
        name = raw.strip(" .,;:!?-–—|'’\"()[]")
        bare = name
        if " " in name and name.rsplit(" ", 1)[-1].lower() in _LEGAL_LAST:
            bare = _LEGAL_TAIL.sub("", name)
        legal = bare != name and len(bare) >= 2
        if legal:
            name = bare  # "Acme GmbH" is Acme
        found = _NAMES.keep(raw, (name, squash(name) if len(name) <= 80 else "", legal))
    else:
        _NAMES.touch(raw)
    return found


_LEVEL = re.compile(r"(?:i{1,3}|iv|v|[1-5]|junior|senior|jr|sr)")
_WEB_TAIL = re.compile(r"\.(?:com|net|org|jobs|io|co|[a-z]{2})(?:\.[a-z]{2})?$", re.I)
# A name that reads as an agency's, by a word of its own (not a team's words in an employer's
# name: "Recruitment Team" alone is left to the team features).
AGENCY_NAME = re.compile(
    r"(?i:recruitment|recruiting|recruiters|staffing|personnel|personalberatung|"
    r"personaldienst\w*|personalvermittlung|personalservice|zeitarbeit|headhunt\w*|resourcing|"
    r"\bsearch\b|\bselection\b|selecci[oó]n\b|werving|uitzend\w*|rekrytering|bemanning|"
    r"rekrutacj\w*|recrutement|recrutamento|reclutamiento|talent partners|talent solutions|"
    r"\bagency\b|agentur\b|\bagencia\b|\bagence\b|\bagenzia\b|\bagencja\b|trabalho tempor|"
    r"\btemps\b|interim\b|intérim\b)")

# Round 24: the words of a document or a register an employer asks for ("Offer Letter",
# "Cartão de Cidadão", "Krajowego Rejestru Karnego", "Registro Central de Delincuentes
# Sexuales", "CCNL Cooperative Sociali") and of a meeting ("Intro Call", "Teams"), in the
# nine languages: names, but never the employer's (`doc`, `meet`).
_DOC_WORDS = words("""letter certificate certificado certificat zertifikat zeugnis
    führungszeugnis register registro registre rejestr rejestru registret belastningsregistret
    número numero numer nummer cartão carte tarjeta ccnl contrato contract contrat vertrag
    umowa umowy avtal anställningsavtal identificação identificación identité identità
    dbs disclosure casier penales
    karnego karny cidadão ciudadano documento documents document dokument dokumenty
    passport pasaporte passaporte passeport reisepass paszport""")
_MEET_WORDS = words("""call calls meeting chat screen screening intro teams zoom meet webex
    gespräch telefonat entretien appel entrevista llamada reunión colloquio chiamata
    riunione rozmowa spotkanie intervju samtal möte gesprek kennismaking videocall""")
_NW = ("nw:1", "nw:1", "nw:2", "nw:3", "nw:4", "nw:5")
_STATIC: Memo[str, tuple[str, ...]] = Memo(NAMES)


def static_feats(text: str, key: str) -> tuple[str, ...]:
    """The features a candidate has whatever stands around it: its length, first and last
    words, and whether it looks like an organisation, a person, a job, a team, a platform or
    a place. `key` is the name's squashed spelling (name_key's)."""
    found = _STATIC.get(text)
    if found is not None:
        _STATIC.touch(text)
        return found
    low = text.lower()
    low_words = low.split()
    first = low_words[0]
    last = low_words[-1].strip(".,")
    many = len(low_words)
    out = [_NW[min(many, 5)], "lw:" + last]
    if many > 1:
        out.append("fw:" + first)
    if not ORG_WORDS.isdisjoint(low_words):
        out.append("org")
    if first in GIVEN_NAMES:
        out.append("given" if many <= 3 else "given_long")
    if last.rstrip("s") in ROLE_NOUNS:
        out.append("role_end")
    if first in ROLE_WORDS or first.rstrip("s") in ROLE_NOUNS:
        out.append("role_first")  # "Konsultant Infolinii", "Vaga Coordenador Financeiro"
    elif not ROLE_WORDS.isdisjoint(low_words) or (
            many > 1 and low_words[-2].rstrip("s") in ROLE_NOUNS and _LEVEL.fullmatch(last)):
        out.append("role_word")  # "Pharmacy Technician II", "Auxiliar de Logística"
    if not TEAM_WORDS.isdisjoint(low_words):
        out.append("team_word")
        if TEAM_WORDS.issuperset(low_words):
            out.append("team_only")
    if key in PLATFORM_NAMES:
        out.append("platform")
    else:  # also as a web address names it: "Subito.it", "IrishJobs.ie"
        bare = _WEB_TAIL.sub("", text)
        if bare != text and squash(bare) in PLATFORM_NAMES:
            out.append("platform")
    first_cue = CUE_CLASSES.get(first)
    if first_cue:  # "Liebe Frau Lindner", "Soy Ignacio", "Thanks Kojo": not a name
        out.append(f"fwc:{first_cue}")
    if many <= 3 and low in NOT_COMPANY:
        out.append("stop")
    if not key.isalpha() and any(map(str.isdigit, key)):
        out.append("digit")
    if AGENCY_NAME.search(text):
        out.append("agency_name")  # round 19: "Harrowgate Recruitment", "Jansen Werving"
    if many <= 4 and is_place_name(text):
        out.append("place")  # "Cape Town", "Nowy Targ", "Lancashire": where, not who
    if many <= 5 and not SITE_NOUNS.isdisjoint(low_words) and all(
            w in SITE_WORDS or is_place_name(w) for w in low_words):
        out.append("site")  # "Sede Centrale", "Head Office", "Filiale di Pescara": where too
    if not _DOC_WORDS.isdisjoint(low_words):
        out.append("doc")
    if last in _MEET_WORDS or (many == 1 and first in _MEET_WORDS):
        out.append("meet")
    if len(key) <= 3:
        out.append("short")
    elif text.isupper():
        out.append("caps")
    return _STATIC.keep(text, tuple(out))
