"""`bounceback feedback`: ask for feedback, follow up once, keep what they said."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from bounceback.cli.context import (
    AppArg,
    JsonOption,
    interactive,
    parse_day,
    print_json,
    resolve_app,
    say,
    service,
)

feedback_app = typer.Typer(
    help="Ask for feedback after a rejection, follow up once, and keep what they said.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(feedback_app, name="feedback")


def _check_eml(path: Path) -> None:
    """Before anything is recorded: the .eml can be written where asked."""
    from bounceback.domain.errors import InvalidValue
    from bounceback.files import check_target

    try:
        check_target(path)
    except OSError as exc:
        raise InvalidValue(f"cannot write {path}: {exc.strerror}; nothing was recorded") from None
    if not path.parent.is_dir():
        raise InvalidValue(f"cannot write {path}: the folder {path.parent} does not exist; "
                           "nothing was recorded")
    if path.exists() and interactive() and not typer.confirm(f"{path} exists. Replace it?"):
        raise InvalidValue(f"{path} was kept as it was; choose another file name with --eml")


def _write(path: Path, data: bytes) -> None:
    from bounceback.domain.errors import InvalidValue
    from bounceback.files import write_atomic

    try:
        write_atomic(path, data)
    except OSError as exc:
        raise InvalidValue(
            f"cannot write {path}: {exc.strerror or exc}; nothing was recorded"
        ) from None


@feedback_app.command("request")
def request(
    ref: str = AppArg,
    eml: Path | None = typer.Option(
        None,
        "--eml",
        metavar="FILE",
        help="Also write the draft as an .eml file for a mail program.",
    ),
    tone: str = typer.Option("warm", help="warm, formal or brief."),
    to: str | None = typer.Option(None, "--to", help="Who to ask, when no contact is saved."),
    to_email: str | None = typer.Option(None, "--to-email", help="Their email address."),
    sender: str | None = typer.Option(None, "--from", help="Your name, to sign the email."),
    follow_up_days: int | None = typer.Option(
        None, "--follow-up-days", min=1, max=60, help="Days before the one follow-up (default 7)."
    ),
    sent: bool = typer.Option(False, "--sent", help="You have sent it: record the request."),
    json: bool = JsonOption,
) -> None:
    """Draft a short, polite request for feedback (text, mailto: link, .eml). It is recorded
    when you say you sent it (`feedback sent APP`, or --sent)."""
    from bounceback.domain.learning import Tone
    from bounceback.domain.vocabulary import parse_enum

    found = resolve_app(ref)
    chosen = parse_enum(Tone, tone, "tone")
    learning = service().learning
    if to is None and interactive() and not service().contacts.list(found.id):
        to = (
            typer.prompt(
                "Who interviewed you or managed the hiring? (Enter to leave a placeholder)",
                default="",
                show_default=False,
            ).strip()
            or None
        )
        if to:
            to_email = (
                typer.prompt("Their email (Enter to skip)", default="", show_default=False).strip()
                or None
            )
    if eml is not None:
        _check_eml(eml)
    with service().transaction():  # the request is kept only if its .eml could be written
        result = learning.request_feedback(
            found.id,
            tone=chosen,
            to_name=to,
            to_email=to_email,
            sender_name=sender,
            follow_up_days=follow_up_days,
            sent=sent,
        )
        if eml is not None:
            _write(eml, learning.eml(result))
    if json:
        payload = {"eml_file": str(eml) if eml else None, **_asdict(result)}
        print_json(payload)
        return
    say(result.text)
    for note in result.draft.notes:
        say(f"Note: {note}")
    say(f"Open in your mail program: {result.mailto}")
    if eml is not None:
        say(f"Saved as {eml}: open it in your mail program, check it, and send.")
    _after(result, found.id)


def _after(result: object, app_id: int) -> None:
    """What the draft means for the record: asked already, recorded now, or not yet."""
    if getattr(result, "already_requested", False):
        say("You already asked about this application; this is the same request, redrafted.")
    elif not getattr(result, "recorded", False):
        say(f"Nothing is recorded yet. When you have sent it: `bounceback feedback sent {app_id}`.")
        return
    due = result.request.follow_up_due  # type: ignore[attr-defined]
    if due:
        say(f"One polite follow-up is due on {due.isoformat()}; after that, no more.")
    say(result.silence_note)  # type: ignore[attr-defined]


@feedback_app.command("sent")
def sent_(
    ref: str = AppArg,
    tone: str = typer.Option("warm", help="warm, formal or brief (the draft you sent)."),
    to: str | None = typer.Option(None, "--to", help="Who you asked, when no contact is saved."),
    to_email: str | None = typer.Option(None, "--to-email", help="Their email address."),
    follow_up_days: int | None = typer.Option(
        None, "--follow-up-days", min=1, max=60, help="Days before the one follow-up (default 7)."
    ),
    json: bool = JsonOption,
) -> None:
    """Record that you sent your feedback request; its one follow-up is then scheduled."""
    from bounceback.domain.learning import Tone
    from bounceback.domain.vocabulary import parse_enum

    found = resolve_app(ref)
    result = service().learning.request_feedback(
        found.id, tone=parse_enum(Tone, tone, "tone"), to_name=to, to_email=to_email,
        follow_up_days=follow_up_days, sent=True,
    )
    if json:
        print_json(_asdict(result))
        return
    if not result.already_requested:
        say(f"Recorded: you asked for feedback on #{found.id} {found.title}.")
    _after(result, found.id)


def _asdict(value: object) -> dict[str, object]:
    from dataclasses import asdict

    return asdict(value)  # type: ignore[call-overload, no-any-return]


@feedback_app.command("follow-up")
def follow_up(
    ref: str = AppArg,
    sender: str | None = typer.Option(None, "--from", help="Your name, to sign the email."),
    json: bool = JsonOption,
) -> None:
    """Record the one follow-up as sent, and show its words."""
    from bounceback.learning.drafts import as_text, mailto_link

    found = resolve_app(ref)
    request_, draft = service().learning.follow_up(found.id, sender)
    if json:
        print_json({"request": request_, "draft": draft, "mailto": mailto_link(draft)})
        return
    say(as_text(draft))
    say(f"Open in your mail program: {mailto_link(draft)}")
    say("That is the last message on this. If no answer comes, it says nothing about you.")


@feedback_app.command("add")
def add(
    ref: str = AppArg,
    text: str | None = typer.Option(
        None, "--text", "-m", help="What they said. Without it: typed in, or read from a pipe."
    ),
    reason: str | None = typer.Option(None, help="Primary reason (see `bounceback reasons`)."),
    also: list[str] = typer.Option([], "--also", help="Another reason; repeat for more."),
    sender: str | None = typer.Option(None, "--from", help="Who said it."),
    on: str | None = typer.Option(None, "--on", "-d", help="When it came (default today)."),
    json: bool = JsonOption,
) -> None:
    """Keep the feedback you received; its reasons join the rejection's."""
    found = resolve_app(ref)
    if text is None:
        if interactive():
            text = typer.prompt("What did they say?")
        elif not sys.stdin.isatty():
            text = sys.stdin.read()
    saved = service().learning.add_feedback(
        found.id,
        text or "",
        on=parse_day(on, "--on", past=True),
        from_name=sender,
        primary=reason,
        others=also,
    )
    if json:
        print_json(saved)
        return
    say(f"Kept the feedback on #{found.id} {found.title}. Thank you for asking: most never do.")
    if saved.reasons:
        say("Reasons: " + ", ".join(e.reason for e in saved.reasons))
    else:
        say(f"To record why, run `bounceback reasons {found.id}` for suggestions.")


@feedback_app.command("list")
def list_(
    ref: str | None = typer.Argument(None, metavar="[APP]", help="Only this application."),
    json: bool = JsonOption,
) -> None:
    """Feedback requests, answers, follow-ups due and your response rate."""
    app_id = resolve_app(ref).id if ref else None
    overview = service().views.feedback_overview(app_id)  # no ORM (issue 16)
    if json:
        print_json(overview)
        return
    from rich.table import Table
    from rich.text import Text

    from bounceback.cli.context import console

    if overview.requests:
        table = Table(title="Feedback requests", title_justify="left")
        for column in ("#", "to", "asked", "status", "follow-up due"):
            table.add_column(column)
        for r in overview.requests:
            cells = [
                str(r.application_id),
                r.recipient_name,
                str(r.sent_on or "-"),
                r.status.value,
                str(r.follow_up_due or "-"),
            ]
            table.add_row(*(Text(c) for c in cells))  # names are data, never markup
        console.print(table)
    for f in overview.feedback:
        who = f" from {f.from_name}" if f.from_name else ""
        say(f"#{f.application_id} {f.received_on}{who}: {f.text}")
    for r in overview.follow_ups_due:
        say(
            f"Follow-up due for #{r.application_id} ({r.recipient_name}): "
            f"`bounceback feedback follow-up {r.application_id}`"
        )
    for r in overview.time_to_let_go:
        say(f"#{r.application_id}: no answer after a follow-up. It is fine to let it go.")
    say(overview.summary)
