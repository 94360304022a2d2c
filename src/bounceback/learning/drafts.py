"""Feedback request drafts: who to ask, the words by stage and tone, mailto: and .eml forms."""

from __future__ import annotations

from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formataddr
from urllib.parse import quote

from bounceback.domain.learning import Draft, Tone
from bounceback.domain.models import Application, Contact
from bounceback.domain.vocabulary import ContactRole, Stage

NAME_PLACEHOLDER = "[name of the interviewer or hiring manager]"
SIGNATURE_PLACEHOLDER = "[your name]"

# Who is most likely to know why, by how far the application went.
_PREFERENCE: dict[str, tuple[ContactRole, ...]] = {
    "applied": (ContactRole.HIRING_MANAGER, ContactRole.RECRUITER, ContactRole.INTERVIEWER),
    "screening": (ContactRole.RECRUITER, ContactRole.HIRING_MANAGER, ContactRole.INTERVIEWER),
    "interviewing": (ContactRole.HIRING_MANAGER, ContactRole.INTERVIEWER, ContactRole.RECRUITER),
}


def stage_variant(stage: Stage) -> str:
    """Which of the three drafts fits: after the application, after a screen, after interviews."""
    if stage.rank >= Stage.INTERVIEWING.rank:
        return "interviewing"
    if stage == Stage.SCREENING:
        return "screening"
    return "applied"


def choose_recipient(contacts: Sequence[Contact], stage: Stage) -> Contact | None:
    """The contact best placed to say why: by role for the stage, then whoever has an email."""
    order = _PREFERENCE[stage_variant(stage)]
    for role in order:
        for contact in contacts:
            if contact.role == role and contact.name.strip():
                return contact
    return None


def first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else name


_ASK = {
    "applied": (
        "I was sorry to hear that my application for the {role} role will not go further. "
        "If you have a moment, I would be grateful for a line or two on what would have made "
        "my application stronger: a skill or experience you looked for that I did not show."
    ),
    "screening": (
        "Thank you for the conversation about the {role} role; I understand you will not be "
        "taking my application further. If you have a moment, I would value a short note on "
        "what held my application back, so that I can work on it."
    ),
    "interviewing": (
        "Thank you for the time you and the team gave me in the interviews for the {role} role. "
        "I respect the decision, and I would be grateful for any feedback on where I fell short: "
        "an answer that did not land, a skill you missed, or something else I could improve."
    ),
}

_OPENING = {
    Tone.WARM: "Dear {first},",
    Tone.FORMAL: "Dear {name},",
    Tone.BRIEF: "Hi {first},",
}

_CLOSING = {
    Tone.WARM: (
        "Even one sentence would help me a great deal. Thank you again, and I hope our paths "
        "cross again.\n\nWarm regards,\n{me}"
    ),
    Tone.FORMAL: (
        "I would appreciate any observations you are able to share, however brief. "
        "Thank you for your consideration.\n\nKind regards,\n{me}"
    ),
    Tone.BRIEF: "A sentence or two would help. Thanks either way.\n\nBest,\n{me}",
}

_BRIEF_ASK = {
    "applied": "Could you share what would have made my application for {role} stronger?",
    "screening": "Could you share what held back my application for {role} after our call?",
    "interviewing": (
        "Thanks for the interviews for {role}. Could you share where I fell short, "
        "so that I can improve?"
    ),
}


def draft_request(
    application: Application,
    contacts: Sequence[Contact],
    stage_reached: Stage,
    tone: Tone = Tone.WARM,
    sender_name: str | None = None,
) -> tuple[Draft, Contact | None]:
    """A short, polite, specific request for feedback, and the contact it is addressed to."""
    variant = stage_variant(stage_reached)
    contact = choose_recipient(contacts, stage_reached)
    name = contact.name.strip() if contact else NAME_PLACEHOLDER
    first = first_name(name) if contact else NAME_PLACEHOLDER
    me = (sender_name or "").strip() or SIGNATURE_PLACEHOLDER
    role = " ".join(application.role.split())
    ask = (_BRIEF_ASK if tone == Tone.BRIEF else _ASK)[variant].format(role=role)
    body = "\n\n".join(
        [
            _OPENING[tone].format(first=first, name=name),
            ask,
            _CLOSING[tone].format(me=me),
        ]
    )
    subject = f"Feedback on my application for {role}"
    if tone != Tone.BRIEF:
        company = " ".join(application.company.split())
        subject = f"{role} at {company}: a request for feedback"
    notes: list[str] = []
    placeholder = contact is None
    if contact is None:
        notes.append(
            f"No interviewer or hiring manager is saved for this application: replace "
            f"{NAME_PLACEHOLDER} and add their address before sending."
        )
    elif not contact.email:
        notes.append(f"No email address is saved for {contact.name}: add it before sending.")
    if me == SIGNATURE_PLACEHOLDER:
        notes.append(f"Replace {SIGNATURE_PLACEHOLDER} with your name.")
    draft = Draft(
        to_name=name,
        to_email=contact.email if contact else None,
        subject=subject,
        body=body,
        tone=tone,
        stage_reached=stage_reached,
        placeholder=placeholder,
        notes=notes,
    )
    return draft, contact


def draft_follow_up(draft: Draft, sender_name: str | None = None) -> Draft:
    """The one follow-up: short, no pressure, and the last message on the subject."""
    first = first_name(draft.to_name) if not draft.placeholder else draft.to_name
    me = (sender_name or "").strip() or SIGNATURE_PLACEHOLDER
    body = (
        f"Hi {first},\n\nI wanted to follow up once on my note from last week. If you have a "
        "moment for a sentence or two of feedback, I would be grateful; if not, I understand, "
        f"and thank you for considering me.\n\nBest regards,\n{me}"
    )
    return Draft(
        to_name=draft.to_name,
        to_email=draft.to_email,
        subject=f"Re: {draft.subject}",
        body=body,
        tone=draft.tone,
        stage_reached=draft.stage_reached,
        placeholder=draft.placeholder,
        notes=list(draft.notes),
    )


def _header(value: str) -> str:
    """Header text on one line: untrusted names must not add headers of their own."""
    return " ".join(value.split())


def mailto_link(draft: Draft) -> str:
    """A mailto: link that opens the draft in the user's mail program."""
    to = quote(draft.to_email or "", safe="@")
    return f"mailto:{to}?subject={quote(draft.subject)}&body={quote(draft.body)}"


def eml_bytes(draft: Draft, sender: str | None = None) -> bytes:
    """The draft as an .eml file: unsent, so mail programs open it ready to edit and send."""
    message = EmailMessage()
    if draft.to_email:
        message["To"] = formataddr((_header(draft.to_name), _header(draft.to_email)))
    if sender:
        message["From"] = _header(sender)
    message["Subject"] = _header(draft.subject)
    message["X-Unsent"] = "1"
    message.set_content(draft.body)
    return bytes(message)


def as_text(draft: Draft) -> str:
    """The draft as plain text, headed by who it goes to."""
    to = draft.to_name + (f" <{draft.to_email}>" if draft.to_email else "")
    return f"To: {to}\nSubject: {draft.subject}\n\n{draft.body}\n"
