"""Candidates for the employer an email is about, each with the evidence for it.

Every name-like span of the sender's display name, the subject and the body is a candidate
(with shorter forms: without the words around it, without a legal form or a team's name), and
so is the organisation the sender's domain spells. Each candidate carries features that say
where it stands and what stands around it, in words that carry from one writer to another: the
word before it and after it, the kind of cue that is ("at", "bei", "chez", "presso" are all the
same cue), whether the sender's domain spells it, whether it looks like an organisation, a
person, a job title or a platform. What the sender alone says comes from mail/sender.py; the
trained ranker's pick (one, or none) is mail/employer.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bounceback.mail.agencymail import writes_as_agency
from bounceback.mail.company_spans import (
    BEHALF_RUN,
    Candidate,
    Pool,
    add_cued_runs,
    add_display,
    add_run,
    add_runs,
)
from bounceback.mail.features import Reading
from bounceback.mail.nameshape import name_key
from bounceback.mail.namewords import PORTAL_PAGES, bare_stem, domain_stem, segment
from bounceback.mail.sender import agency_words, platform_brand, sender_facts
from bounceback.mail.servicename import add_marks

# The domains an email's addresses and links name: each match's domain is its last group.
# The address's name part is matched possessively: "@" is not one of its characters, so giving
# some back never finds one (the same matches, without trying every shorter run at each
# letter); a text without "@" in the part read holds only links, found by the link half alone,
# which opens with "h" or "w" and so is tried only there (round 21: 28 -> 11 us an email with
# a link or an address; tests/mail/test_run_patterns_same.py).
_EMAIL = re.compile(r"[\w.+-]++@([\w-]+(?:\.[\w-]+)+)|(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)")
_LINK = re.compile(r"(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)")
LINKS_READ = 3000


def linked_domains(text: str) -> Iterator[str]:
    """The domain of each address and link in `text`'s first LINKS_READ characters, in order."""
    pattern = _EMAIL if text.find("@", 0, LINKS_READ) >= 0 else _LINK
    for match in pattern.finditer(text, 0, LINKS_READ):
        yield match.group(match.lastindex or 0)


MAX_BODY = 1600
MAX_TAIL = 600
SIGNATURE = 250  # the last characters of the part that decides: where a signature stands


def candidates(sender: str, reading: Reading, subject: str) -> tuple[list[Candidate], str]:
    """The candidates for the employer, each with all its features, and the sender type (see
    sender.sender_type): what the ranker is trained on (the run-time pick finishes only the
    candidates that may win, mail/company_pick.py)."""
    from bounceback.mail.company_pick import finish_all

    items, facts = gather(sender, reading, subject)
    return finish_all(items, facts), facts.kind


@dataclass(slots=True)
class Facts:
    """What the candidates' last features need of the email: the sender type, the
    organisation its domain spells (and without a legal form), its local part squashed,
    whether it writes as an agency, the other domains the email writes, the platform's own
    name (for platform senders)."""

    kind: str
    stem: str
    bare: str
    local_sq: str
    agency: bool
    others: set[str]
    brand: str


def gather(sender: str, reading: Reading, subject: str) -> tuple[list[Candidate], Facts]:
    """The candidates for the employer with the features of where they are written (not yet
    those of how they look or what the sender's domain says of them: mail/company_pick.py)."""
    display, local, kind, stem, local_sq, agency = sender_facts(sender)
    # A sender whose mail speaks of "our client" (or "a manufacturing client") is an agency,
    # whatever its name says; a platform (eRecruiter, SmartRecruiters) never is.
    agency = kind not in _PLATFORM_KINDS and (
        agency or (kind == "own" and writes_as_agency(reading.low, reading.subject)))
    pool = Pool()
    if display:
        add_display(pool, display, kind)
    add_runs(pool, subject, "s")
    body = reading.cut.text
    low = reading.low
    for item in list(pool.items.values()):  # named again in the body
        if len(item.key) > 3:
            mentions = low.count(item.text.lower(), 0, MAX_BODY)
            if mentions:
                item.feats.add("b:named")
                if not _as_a_name(body, low, item.text.lower()):
                    item.feats.add("b:lower")
                item.count += mentions
    to_a = reading.lang in _A_TO
    # (the signature is at most the last half of a short mail: round 19)
    add_cued_runs(pool, body, "b", min(len(body), MAX_BODY),
               max(len(body) - SIGNATURE, len(body) // 2, 1), to_a, agency)
    add_marks(pool, body)
    if len(body) > MAX_BODY:
        tail = body[-MAX_TAIL:]
        add_cued_runs(pool, tail, "b", len(tail), len(tail) - SIGNATURE, to_a, agency)
    if reading.cut.footer:  # "sent via SmartRecruiters on behalf of Acme", cut as a footer
        rest = reading.text[len(body): len(body) + 3000]
        for match in BEHALF_RUN.finditer(rest):
            add_run(pool, rest, match.group(1), match.start(1), match.end(1), "behalf", "f",
                     False)
    if reading.cut.quoted and len(body) < 400:
        quoted = reading.text[len(body): len(body) + MAX_BODY]
        add_cued_runs(pool, quoted, "q", len(quoted), len(quoted), to_a, agency)
    if kind == "own" and not agency and len(stem) > 3:
        # The sender's own name, written out in the mail, reads as an agency's: its domain
        # spells the start ("albers-executive.de" signs "Albers Executive Search": round 22).
        agency = any(key.startswith(stem) and agency_words(key[len(stem):])
                     for key in pool.items)
    bare = bare_stem(stem) if stem else ""
    if stem and kind in ("own", "ats", "test"):
        for spelling, marks in ((stem, ("dom", f"dom:{kind}")),
                                (bare, ("dom", f"dom:{kind}", "dom:bare"))):
            name = segment(spelling) if spelling else None
            if name is None and len(spelling) > 14 and spelling.isalpha():
                # Too long to split at a known word ("fietsenmakerijdeker"): the domain as one
                # name still spells the employer, which the email may write nowhere else.
                name, marks = spelling.title(), (*marks, "dom:long")
            if name:
                pool.add(name, marks)
                spelled = pool.items.get(name_key(name)[1])
                if spelled is not None and spelled.count == 1:  # written nowhere else
                    spelled.spelled = (spelling, sender, reading.text)
    whole = reading.text
    others = {s for s in (domain_stem("", d) for d in linked_domains(whole)) if s and s != stem
              } if ("@" in whole or "www." in whole or "://" in whole) else set()
    brand = platform_brand(sender) if kind in _PLATFORM_KINDS else ""
    # (round 36: a portal's page or status, "Minhas Candidaturas", "Status: Referred", is no
    # name at all, whatever cue stands before it)
    items = [c for c in pool.items.values() if c.text.lower() not in PORTAL_PAGES]
    return items, Facts(kind, stem, bare, local_sq, agency, others, brand)


def _as_a_name(body: str, low: str, name: str) -> bool:
    """Whether the body writes a name of the display name or the subject as a name: with a
    capital (or a digit) at least once; not so, only in lower case, it describes an unnamed
    client ("Cloud Security Architect – Global Bank" over "for a global bank": round 27)."""
    if len(body) != len(low):  # (lower case changed the length: positions do not match)
        return True
    at = low.find(name, 0, MAX_BODY)
    while at >= 0:
        if not body[at].islower():
            return True
        at = low.find(name, at + 1, MAX_BODY)
    return False


_A_TO = frozenset({"es", "it", "pt"})
_PLATFORM_KINDS = frozenset({"board", "ats", "test"})
