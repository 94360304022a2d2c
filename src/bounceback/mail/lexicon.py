"""Phrases that say what a job-search email does, per kind: features that generalise beyond
the training corpus's wording (matched in one pass with an Aho-Corasick automaton)."""

from __future__ import annotations

from functools import cache
from typing import Any

PHRASES: dict[str, tuple[str, ...]] = {
    "rejection": (
        "not be moving forward", "not moving forward", "won't be moving forward", "decided not to",
        "other candidates", "another candidate", "other applicants", "not been successful",
        "unsuccessful", "regret to inform", "regret that", "not to proceed", "not be progressing",
        "won't be progressing", "not progress your", "unable to offer", "has been filled",
        "no longer", "on hold", "hiring freeze", "not selected", "not shortlisted",
        "not been shortlisted", "pursue other", "more closely match", "closer match",
        "not be taking", "won't be taking", "not be inviting", "won't be inviting",
        "not extend an offer", "has been cancelled", "been canceled", "went with",
        "gone with", "decided to go with", "internal candidate", "leider", "absage",
        "andere kandidaten", "nicht berücksichtigen", "not the news", "sorry to tell",
        "sorry to let you know", "afraid", "disappointing news", "not able to move",
        "won't be able to offer", "close the position", "without making a hire",
    ),
    "application_received": (
        "received your application", "application has been received", "thank you for applying",
        "thanks for applying", "under review", "being reviewed", "will review",
        "reviewing your application", "confirm receipt", "confirms receipt",
        "successfully submitted", "has been submitted", "application was sent",
        "application has been sent", "no decision", "in the queue", "be in touch",
        "get back to you", "eingang", "eingangsbestätigung", "erhalten", "prüfen",
        "got your application", "got your resume", "got your cv", "application is in",
        "we'll let you know", "we will let you know", "shortlisting will",
    ),
    "interview_request": (
        "invite you to", "invitation to interview", "interview is confirmed",
        "interview has been", "schedule", "availability", "are you available", "available for",
        "time slot", "book a time", "pick a time", "calendar invite", "phone screen",
        "video call", "meet the team", "trial shift", "reschedule", "move your interview",
        "moved your", "vorstellungsgespräch", "einladen", "are you free", "quick call",
        "a call", "come in for", "pop in", "panel interview", "onsite", "on-site interview",
        "confirm your attendance", "interview on", "interview with", "speak with you",
        "chat with", "give me a call", "give you a call", "ring",
    ),
    "assessment": (
        "assessment", "coding challenge", "online test", "take-home", "take home",
        "hackerrank", "codility", "hirevue", "codesignal", "testgorilla", "shl", "pymetrics",
        "spark hire", "questionnaire", "case study", "video interview", "record your",
        "recorded", "psychometric", "reasoning test", "the test", "test link", "time limit",
        "complete the task", "exercise", "no live interviewer", "proctor", "start test",
    ),
    "offer": (
        "pleased to offer", "delighted to offer", "happy to offer", "offer you the",
        "offer you a", "offer of employment", "offer letter", "job offer", "conditional offer",
        "extend an offer", "extend you an offer", "contract of employment", "sign your offer",
        "your offer", "accept the offer", "accept this offer", "starting salary",
        "start date", "welcome aboard", "zusage", "arbeitsvertrag", "annual ctc",
        "base salary", "e-sign", "docusign", "join us as", "verbal offer",
    ),
    "action_required": (
        "background check", "complete your profile", "candidate profile", "upload",
        "documents", "right to work", "references", "referees", "dbs", "confirm your interest",
        "still interested", "missing", "incomplete", "verify your", "onboarding",
        "paperwork", "form", "fingerprint", "drug screen", "pre-employment", "screening",
        "provide the following", "proof of address", "passport", "transcript",
        "certificate", "bank details", "tax form", "notice period",
    ),
    "recruiter_outreach": (
        "came across your profile", "your profile", "open to", "would you be interested",
        "reaching out", "our client", "one of our clients", "are you looking",
        "new challenge", "quick chat", "recruiting for", "i'm a recruiter", "sourcer",
        "refer you", "referral", "confidential search", "urgent opening", "updated cv",
        "updated resume", "expected ctc", "interested in hearing", "fancy a chat",
        "worth a conversation", "your background", "caught my eye", "hiring for",
        "registered with us", "shifts available",
    ),
    "other": (
        "unsubscribe", "job alert", "jobs you may", "new jobs", "recommended jobs",
        "jobs for you", "password", "sign-in", "sign in link", "verify your email",
        "receipt", "your order", "newsletter", "webinar", "tickets", "invoice", "delivery",
        "statement", "subscription", "security alert", "endorsed", "invitations",
        "saved search", "similar jobs", "promoted", "easy apply", "be an early applicant",
        "forwarded message", "booking", "streak", "premium", "% off", "sale",
    ),
}


@cache
def _automaton() -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for kind, phrases in PHRASES.items():
        for phrase in phrases:
            kinds = automaton.get(phrase, ((), 0))[0]
            automaton.add_word(phrase, (kinds + (kind,), len(phrase)))
    automaton.make_automaton()
    return automaton


def phrase_kinds(lower_text: str, prefix: str) -> set[str]:
    """Features `<prefix><kind>` (and `<prefix><kind>2` for two or more phrases) for the kinds
    whose phrases occur in `lower_text` as whole words."""
    counts: dict[str, int] = {}
    for end, (kinds, length) in _automaton().iter(lower_text):
        start = end - length + 1
        if (start > 0 and lower_text[start - 1].isalpha()) or (
            end + 1 < len(lower_text) and lower_text[end + 1].isalpha()
        ):
            continue
        for kind in kinds:
            counts[kind] = counts.get(kind, 0) + 1
    out = {prefix + kind for kind in counts}
    out.update(prefix + kind + "2" for kind, n in counts.items() if n >= 2)
    return out
