"""Linking a classified email to an application: same thread, company and role, or a new one.

Pure decisions on domain objects; the service applies them. When the match is not clear, or
the classifier is not sure, the decision is "review": the user decides, nothing changes silently.
Only a confident acknowledgement that names its company and role creates an application; any
other email about an application bounceback does not know (a rejection, an offer, an interview)
waits for the user, so that no stage is ever made up from a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from bounceback.domain.models import Application
from bounceback.domain.names import company_key as _company_key
from bounceback.domain.vocabulary import Outcome, Stage

MIN_CONFIDENCE = 0.7  # calibrated: below this, the user confirms the kind
CREATE_CONFIDENCE = 0.85  # a new application from an acknowledgement needs more
COMPANY_MATCH = 88
ROLE_MATCH = 75

# Kinds that are about one of the candidate's applications.
APPLICATION_KINDS = {
    "application_received", "rejection", "interview_request", "assessment", "offer",
    "action_required",
}
# The stage a new application starts at, by the kind of the first email about it.
START_STAGE = {
    "application_received": Stage.APPLIED,
    "rejection": Stage.APPLIED,
    "interview_request": Stage.SCREENING,
    "assessment": Stage.APPLIED,
    "offer": Stage.OFFER,
    "action_required": Stage.APPLIED,
}
UNKNOWN_ROLES = {"", "unknown role", "unknown", "?"}
ATS_DOMAINS = {
    "greenhouse.io": "greenhouse", "greenhouse-mail.io": "greenhouse", "lever.co": "lever",
    "myworkday.com": "workday", "myworkdayjobs.com": "workday", "workday.com": "workday",
    "ashbyhq.com": "ashby", "icims.com": "icims", "smartrecruiters.com": "smartrecruiters",
    "taleo.net": "taleo", "successfactors.com": "successfactors", "jobvite.com": "jobvite",
    "workable.com": "workable", "workablemail.com": "workable", "bamboohr.com": "bamboohr",
    "recruitee.com": "recruitee", "teamtailor.com": "teamtailor", "teamtailor-mail.com":
    "teamtailor", "personio.de": "personio", "personio.com": "personio",
    "linkedin.com": "linkedin", "indeed.com": "indeed", "indeedemail.com": "indeed",
    "breezy.hr": "breezy", "applytojob.com": "jazzhr", "jazzhr.com": "jazzhr",
    "paylocity.com": "paylocity", "ultipro.com": "ukg", "rippling.com": "rippling",
    "pinpointhq.com": "pinpoint", "oraclecloud.com": "oracle", "dayforcehcm.com": "dayforce",
}
PERSONAL_DOMAINS = {
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
    "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net",
    "web.de", "mail.com", "yandex.ru", "qq.com", "163.com",
}
_SENDER_NOISE = re.compile(
    r"\b(recruiting|recruitment|recruiter|hiring|team|careers?|talent|acquisition|jobs?|hr|"
    r"people|notifications?|no[- ]?reply|do[- ]not[- ]reply|via|the|at|from|on behalf of|"
    r"workday|greenhouse|lever|ashby|icims|smartrecruiters|taleo|linkedin|indeed)\b",
    re.IGNORECASE,
)
_GENERIC_LOCAL = {"noreply", "no-reply", "donotreply", "do-not-reply", "notifications",
                  "careers", "jobs", "recruiting", "talent", "hr", "hiring", "mail", "info"}


@dataclass(frozen=True)
class Message:
    """What linking needs to know about one classified email."""

    kind: str
    confidence: float
    company: str | None
    role: str | None
    sender: str
    sender_address: str


@dataclass
class Decision:
    """`action`: link (to `application_id`), create (from `proposal`), review, or none."""

    action: str
    application_id: int | None = None
    reason: str = ""
    candidates: list[int] = field(default_factory=list)
    proposal: dict[str, str] = field(default_factory=dict)


def decide(
    message: Message,
    applications: Sequence[Application],
    thread_application_ids: Sequence[int] = (),
    min_confidence: float = MIN_CONFIDENCE,
) -> Decision:
    """Where this email belongs. Thread headers win; then company (and role) match."""
    threads = sorted(set(thread_application_ids))
    if message.kind not in APPLICATION_KINDS:
        if len(threads) == 1:  # a reply in the thread of an application: keep it on its timeline
            return Decision("link", threads[0], "same email thread")
        return Decision("none", reason="not about one of your applications")
    company = message.company or company_from_sender(message.sender, message.sender_address)
    proposal = {
        "company": company or "",
        "role": message.role or "",
        "stage": START_STAGE[message.kind].value,
    }
    unsure = message.confidence < min_confidence
    if len(threads) == 1:
        if unsure:
            return Decision("review", threads[0], f"unsure it is {_kind_words(message.kind)}",
                            threads, proposal)
        return Decision("link", threads[0], "same email thread")
    matches = match_applications(company, message.role, message.sender_address, applications)
    if len(matches) > 1:
        live = [a for a in matches if a.outcome is None or a.outcome == Outcome.GHOSTED]
        if len(live) == 1:
            matches = live
    ids = sorted(a.id for a in matches if a.id is not None)
    if len(ids) == 1:
        if unsure:
            return Decision("review", ids[0], f"unsure it is {_kind_words(message.kind)}",
                            ids, proposal)
        return Decision("link", ids[0], f"matches {matches[0].company}")
    if len(ids) > 1:
        return Decision("review", None, f"could be one of {len(ids)} applications at "
                        f"{matches[0].company}", ids, proposal)
    if not company:
        return Decision("review", None, "no company found in the email", [], proposal)
    if message.kind != "application_received":
        return Decision("review", None, f"{_kind_words(message.kind)} about an application "
                        f"at {company} that is not in your list", [], proposal)
    if message.confidence < CREATE_CONFIDENCE:
        return Decision("review", None, f"unsure it is {_kind_words(message.kind)}", [], proposal)
    if not message.role:
        return Decision("review", None, f"an acknowledgement from {company} that names no role",
                        [], proposal)
    return Decision("create", None, f"a new application at {company}", [], proposal)


def match_applications(
    company: str | None,
    role: str | None,
    sender_address: str,
    applications: Sequence[Application],
) -> list[Application]:
    """Applications at the email's company (fuzzy), narrowed by role when the email names one."""
    hints = domain_hints(sender_address)
    key = company_key(company) if company else ""
    names = {app.company for app in applications}  # compare each company once, not each app
    same = {name for name in names if _matches(key, hints, company_key(name))}
    at_company = [app for app in applications if app.company in same]
    if not role or not at_company:
        return at_company
    scored = [(fuzz.token_set_ratio(role.lower(), a.role.lower()), a) for a in at_company]
    best = max(score for score, _ in scored)
    if best >= ROLE_MATCH:
        return [a for score, a in scored if score == best]
    # The email names another role: only applications whose role is unknown can be it.
    return [a for a in at_company if a.role.strip().lower() in UNKNOWN_ROLES]


def _matches(key: str, hints: set[str], app_key: str) -> bool:
    return bool(key and _same_company(key, app_key)) or app_key.replace(" ", "") in hints


def _same_company(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.replace(" ", "") == b.replace(" ", ""):
        return True
    return min(len(a), len(b)) >= 4 and fuzz.token_set_ratio(a, b) >= COMPANY_MATCH


@lru_cache(maxsize=4096)
def company_key(name: str) -> str:
    """The foundation's company key, remembered: linking compares every email to every app."""
    return _company_key(name)


def domain_hints(address: str) -> set[str]:
    """Company names a sender address suggests: "jobs@acme.com" → acme; "acme@myworkday.com"."""
    local, _, domain = address.lower().rpartition("@")
    if not domain or domain in PERSONAL_DOMAINS:
        return set()
    labels = domain.split(".")
    hints: set[str] = set()
    platform = ats_platform(address)
    if platform:
        if local and local not in _GENERIC_LOCAL:
            hints.add(re.sub(r"[^a-z0-9]", "", local))
        hints.update(lab for lab in labels[:-2] if lab not in {"us", "eu", "mail", "hire", "talent"})
        return {h for h in hints if len(h) >= 3}
    if len(labels) >= 2:
        hints.add(labels[-2])
        hints.add(labels[-2].split("-")[0])
    return {h for h in hints if len(h) >= 3}


def ats_platform(address: str) -> str | None:
    """The applicant-tracking system an address belongs to, if any."""
    domain = address.lower().rpartition("@")[2]
    parts = domain.split(".")
    for size in range(len(parts), 1, -1):
        found = ATS_DOMAINS.get(".".join(parts[-size:]))
        if found:
            return found
    return None


def company_from_sender(sender: str, address: str) -> str | None:
    """A company name from the sender's display name, or else from its own domain."""
    name = sender.split("<", 1)[0].strip().strip('"').strip()
    if name and "@" not in name:
        cleaned = " ".join(_SENDER_NOISE.sub(" ", name).replace(",", " ").split())
        if cleaned and len(cleaned) >= 2 and not _looks_like_person(name):
            return cleaned
    if ats_platform(address):
        hints = domain_hints(address)
        return sorted(hints)[0].title() if hints else None
    domain = address.lower().rpartition("@")[2]
    if not domain or domain in PERSONAL_DOMAINS:
        return None
    labels = domain.split(".")
    return labels[-2].split("-")[0].title() if len(labels) >= 2 else None


def _looks_like_person(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) and \
        not _SENDER_NOISE.search(name)


def _kind_words(kind: str) -> str:
    return {
        "application_received": "an acknowledgement",
        "rejection": "a rejection",
        "interview_request": "an interview request",
        "assessment": "an assessment",
        "offer": "an offer",
        "action_required": "a request for action",
    }.get(kind, kind.replace("_", " "))


@dataclass(frozen=True)
class Effect:
    """What an email does to its application: a stage to move to, an event, or a rejection."""

    move_to: Stage | None = None
    reject: bool = False
    review: str = ""


def effect(kind: str, app: Application) -> Effect:
    """The change an email of this kind makes to this application, or why to ask the user."""
    closed = app.outcome in (Outcome.REJECTED, Outcome.WITHDRAWN, Outcome.ACCEPTED)
    if kind == "rejection":
        if closed:
            return Effect()  # already closed: the email is kept on its timeline only
        return Effect(reject=True)
    if closed:
        if kind in ("interview_request", "offer"):
            return Effect(review=f"#{app.id} is closed ({app.outcome}); is this email about it?")
        return Effect()
    if kind == "application_received" and app.stage == Stage.SAVED:
        return Effect(move_to=Stage.APPLIED)
    if kind == "interview_request":
        if app.stage.rank <= Stage.APPLIED.rank:
            return Effect(move_to=Stage.SCREENING)
        if app.stage == Stage.SCREENING:
            return Effect(move_to=Stage.INTERVIEWING)
    if kind == "offer" and app.stage.rank < Stage.OFFER.rank:
        return Effect(move_to=Stage.OFFER)
    return Effect()
