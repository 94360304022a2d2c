"""The employer an email is about: the ranker's pick among its candidates (mail/company.py).

The packaged ranker (mail/model/names.json.gz, trained by mail/train.py) scores every candidate
and the answer "the email names no employer"; a name known only from the sender's domain is
given as the email writes it. The EU's selection office (EPSO) selects for the institutions
and agencies: the body it names is the employer (`eu_body`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from bounceback.mail.agencymail import none_features as _none_features
from bounceback.mail.agencymail import unnamed_client
from bounceback.mail.company import Facts, gather
from bounceback.mail.company_pick import LazyPick, finish_all
from bounceback.mail.company_spans import RUN, Candidate
from bounceback.mail.features import Reading, read
from bounceback.mail.nameforms import shortened, trimmed
from bounceback.mail.names import squash
from bounceback.mail.nameshape import AGENCY_NAME, dotted_legal_cut, name_key, static_feats
from bounceback.mail.ranker import Ranker, load
from bounceback.mail.sender import staffing_brand
from bounceback.mail.servicename import marked_employer, service_name

NAMES_MODEL = Path(__file__).resolve().parent / "model" / "names.json.gz"


@cache
def packaged_ranker() -> Ranker:
    """The packaged company ranker (an empty one, which names nothing, if it is missing)."""
    return load(NAMES_MODEL).get("company") or Ranker({})


def none_features(kind: str) -> list[str]:
    """The features of the answer "the email names no employer" that the sender type alone
    gives (`email_none` adds what the email says)."""
    return ["none", f"none:{kind}"]


def email_none(items: list[Candidate], facts: Facts, reading: Reading, subject: str,
               email_kind: str | None = None) -> list[str]:
    """The features of the answer "the email names no employer" for one email (its
    candidates as `gather` gives them): the sender type, and whether it writes as an agency,
    speaks of a client without naming it, or writes no name but the agency's own
    (mail/agencymail.py)."""
    only_own = facts.agency and not any(
        not _WRITTEN_AT.isdisjoint(c.feats) and not _agencys_own(c, facts.stem) for c in items)
    return _none_features(facts.kind, facts.agency, reading.text, subject, only_own, email_kind)


_WRITTEN_AT = frozenset({"s", "b", "q", "f"})


def _agencys_own(item: Candidate, stem: str) -> bool:
    """Whether a candidate is the agency's own name: its domain spells it, or it reads as an
    agency's name."""
    key = item.key
    if stem and len(key) >= 4 and (key in stem or stem in key):
        return True
    return AGENCY_NAME.search(item.text) is not None


def candidates_none(sender: str, subject: str, reading: Reading, email_kind: str | None = None
                    ) -> tuple[list[Candidate], str, list[str]]:
    """Every candidate with all its features, the sender type and the features of "none"
    (`email_kind`: the kind of email, its label in training): what the ranker is trained
    on."""
    items, facts = gather(sender, reading, subject)
    none = email_none(items, facts, reading, subject, email_kind)
    return finish_all(items, facts), facts.kind, none


def company_of(sender: str, subject: str, reading: Reading, ranker: Ranker | None = None,
               email_kind: str | None = None) -> str | None:
    """The employer the email is about, as the email writes it; None when it names none
    (`email_kind`: the kind the classifier read, as `emails classify` gives it; when not
    given, the packaged classifier's reading of the email, `kind_of`). Only the candidates
    that may win get all their features (mail/company_pick.py); the answer is `choose`'s
    over every candidate."""
    body = eu_body(sender, reading.text)
    if body is not None:
        return body
    if email_kind is None:
        email_kind = kind_of(sender, subject, reading)
    items, facts = gather(sender, reading, subject)
    lazy = LazyPick(items, facts, ranker or packaged_ranker(),
                    email_none(items, facts, reading, subject, email_kind))
    return decide(lazy.found, facts.kind, lazy.best, facts.agency and bool(lazy.found),
                  reading.text)


def choose(found: list[Candidate], kind: str, ranker: Ranker, text: str = "",
           none: list[str] | None = None) -> str | None:
    """The ranker's pick among an email's candidates, each with all its features
    (`candidates_none`; see `decide`), `none` the features of "none" (the sender type's
    alone when not given)."""
    none = none or none_features(kind)
    options = [(c.text, c.feats) for c in found]

    def best(skip: str | None = None) -> str | None:
        return ranker.pick([o for o in options if o[0] != skip] if skip else options, none)[0]

    return decide(found, kind, best, any("agency_sender" in c.feats for c in found), text)


def decide(found: list[Candidate], kind: str, best: Callable[[str | None], str | None],
           agency: bool, text: str = "") -> str | None:
    """`_decide`'s employer; but an agency's own name (its domain spells it) is none when the
    mail speaks of a client it does not name (round 36: "bij een opdrachtgever in Tilburg",
    "per un'azienda cliente": the role is the client's, and the agency never its employer)."""
    name = _decide(found, kind, best, agency, text)
    if name is None or not agency or not text:
        return name
    stem = next((c.key for c in found if "dom" in c.feats), "")
    key = squash(name).lower()
    # (a staffing or recruitment firm's name: a consultancy, an agency of design or media
    # speaks of "a client" of its own work and hires for itself)
    if stem and len(key) >= 4 and (key in stem or stem in key) and (
            staffing_brand(stem) or AGENCY_NAME.search(name)) and unnamed_client(
            text[:3000], True):
        return None
    return name


def _decide(found: list[Candidate], kind: str, best: Callable[[str | None], str | None],
            agency: bool, text: str = "") -> str | None:
    """The employer among `found`, given `best(skip)`, the ranker's pick among them (leaving
    out the one spelled `skip`); a name known only from the sender's domain is given as the
    email writes it when it does ("Nimbus Payroll" for nimbuspayroll.com, not
    "Nimbuspayroll"). `agency`: the sender writes as an agency."""
    name = best(None)
    if name is not None and text and service_name(name):
        # A portal's, an HR relay's or a mail service's name ("Jobbportal", "Mail Service")
        # loses to an employer the body marks ("hos Nordfrakt", a "Fenwick & Rowe Ltd" line).
        marked = marked_employer(text, found)
        if marked is not None:
            return marked
    if name is not None and _surname(name, found):  # "Tanaka" of "Brooke Tanaka": a person
        name = best(name)
    if name is not None:
        name = _with_legal_form(name, found)
    if name is not None and (" " in name or name.endswith(("'s", "’s"))):
        # without a department's or a job's words around it, a possessive, a place after it
        feats = next((c.feats for c in found if c.text == name), set())
        keys = {c.key: c.text for c in found}
        stem = next((c.key for c in found if "dom" in c.feats), "")
        name = shortened(trimmed(name, keys, stem, agency, "b" in feats), keys, stem)
    if name is not None and text:
        for item in found:
            if item.text == name and "dom" in item.feats and _WRITTEN.isdisjoint(item.feats):
                return _as_written(item.key, text) or item.shown or name
    if name is None and kind == "own" and not agency:
        # A person writing from their employer's own domain ("Ben Alvarez
        # <ben@quarrysoft.com>") works there, though the email may not spell it out (an
        # agency's recruiter works for the agency, never the employer of its client's role).
        for item in found:
            if "dom" in item.feats and "dm:eq" in item.feats:
                return item.shown or item.text
    return name


def _with_legal_form(name: str, found: list[Candidate]) -> str:
    """The name as the email writes it with its dotted legal form ("Verdelab S.r.l" for
    "Verdelab" when the signature writes "Verdelab S.r.l."): the same employer, which the
    ranker weighs alike (round 27's tests ask for the signature's form; a refit on more mail
    tipped the near-tie to the bare name, round 29)."""
    for item in found:
        text = item.text
        if (text.startswith(name + " ") and " " not in text[len(name) + 1:]
                and dotted_legal_cut(text[len(name) + 1:])):
            return text
    return name


def _surname(name: str, found: list[Candidate]) -> bool:
    """Whether `name` is only the display name's person without their given name ("Tanaka"
    for "Brooke Tanaka"), written nowhere else in the email."""
    feats = next((c.feats for c in found if c.text == name), set())
    if "d:v:cut10" not in feats or not _WRITTEN.isdisjoint(feats - {"d"}):
        return False
    # ("given" is how a name looks, which the run-time pick gives only the candidates that
    # may win: asked of the name itself)
    return any("d:full" in c.feats and c.text.endswith(" " + name)
               and "given" in static_feats(c.text, c.key) for c in found)


def extract_company(sender: str, subject: str, body: str) -> str | None:
    """`company_of` for an email's sender, subject and body (plain text or HTML)."""
    return company_of(sender, subject, read(subject, body))


def kind_of(sender: str, subject: str, reading: Reading) -> str:
    """The kind of email the packaged classifier reads (the company ranker's features of
    "none" carry it: `emails classify` passes its own)."""
    from bounceback.mail.classify import default_classifier

    return default_classifier()._kind(sender, subject, reading.text, reading)[0].value


_WRITTEN = frozenset({"d", "s", "b", "q", "f"})


def _as_written(key: str, text: str) -> str | None:
    """The first run of capitalised words in `text` (or part of one) that spells `key`."""
    for match in RUN.finditer(text, 0, 6000):
        found = match.group(0)
        if key[:2] not in squash(found):
            continue
        parts = found.split(" ")
        for first in range(len(parts)):
            for end in range(first + 1, min(len(parts), first + 5) + 1):
                name = " ".join(parts[first:end])
                if squash(name) == key:
                    return name_key(name)[0]
    return None


# The body EPSO selects for, in its English and French mail: "for the European Medicines
# Agency", "pour l'Agence européenne pour l'environnement" (round 21: not "Europa" of its
# domain, nor EPSO itself when it names the body).
_EU_BODY = re.compile(
    r"\b(?:for|of|at) the (?P<en>(?:European|EU)(?: (?:[A-Z][\w'-]*|and|for|of|the|on|in)){1,7})"
    r"|\b(?:pour|de|auprès de) (?P<fr>l'(?:Agence|Autorité|Office|Institut|Observatoire)"
    r"(?: [\w'-]+){0,3}? européen(?:ne)?(?: (?:pour|de|des|du|de la) [\w' -]{3,40}?)?)"
    r"(?=[.,;:)\n]|\s+(?:à|au|en|de)\s|$)")
_EU_SELECTION = ("epso.europa.eu",)


def eu_body(sender: str, text: str) -> str | None:
    """The EU institution or agency an EPSO email names as the one it selects for; None for
    other senders and when it names none (EPSO's own competitions for the institutions)."""
    if not sender.lower().rstrip("> ").endswith(_EU_SELECTION):
        return None
    for match in _EU_BODY.finditer(text):
        name = (match.group("en") or match.group("fr") or "").strip()
        if name.startswith("l'"):
            name = name[2:3].upper() + name[3:]
        name = re.sub(r"(?: (?:and|for|of|the|on|in))+$", "", name)
        if len(name.split()) >= 2 and "Personnel Selection" not in name \
                and "sélection du personnel" not in name:
            return name
    return None
