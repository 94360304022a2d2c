"""`bounceback inbox review`: the emails the import was not sure about, one decision each."""

from __future__ import annotations

from typing import Any

import typer

from bounceback.cli.context import JsonOption, console, interactive, print_json, say, service

inbox_app = typer.Typer(help="Imported emails waiting for your decision.", no_args_is_help=True)

KINDS = ("application_received, rejection, interview_request, assessment, offer, "
         "action_required, recruiter_outreach, other")


def register(app: typer.Typer) -> None:
    app.add_typer(inbox_app, name="inbox")


@inbox_app.command("review")
def review(
    item: int | None = typer.Argument(None, help="The review item's number."),  # noqa: UP007
    list_only: bool = typer.Option(False, "--list", help="List the waiting items and stop."),
    accept: bool = typer.Option(False, "--accept", help="Take the suggestion shown."),
    kind: str | None = typer.Option(None, "--kind", help=f"Correct the kind: {KINDS}."),  # noqa: UP007
    link: str | None = typer.Option(None, "--link", help="Link to this application (number or company)."),  # noqa: UP007
    ignore_sender: bool = typer.Option(False, "--ignore-sender", help="Pass this sender's mail by from now on."),
    ignore_domain: bool = typer.Option(False, "--ignore-domain", help="Pass mail from the sender's whole domain by."),
    dismiss: bool = typer.Option(False, "--dismiss", help="Leave it unlinked; change nothing."),
    json: bool = JsonOption,
) -> None:
    """Go through the waiting emails: accept, change the kind, re-link, ignore the sender."""
    bb = service()
    if item is not None:
        actions = [accept, kind is not None, link is not None, ignore_sender or ignore_domain,
                   dismiss]
        if sum(actions) > 1:
            from bounceback.domain.errors import InvalidValue

            raise InvalidValue("choose one of --accept, --kind, --link, --ignore-sender, --dismiss")
        if not any(actions):
            found = bb.inbox.get(item)
            print_json(found) if json else show(found)
            return
        result = decide(item, accept, kind, link, ignore_sender, ignore_domain)
        if json:
            print_json(bb.inbox.get(item))
        else:
            say(result)
        return
    items = bb.inbox.review_items()
    if json:
        print_json(items)
        return
    learned = bb.inbox.learned_from()
    if learned:
        say(f"The classifier has learned from {learned} of your correction"
            f"{'s' if learned != 1 else ''}.")
    if not items:
        say("Nothing waits for review: every imported email found its place.")
        return
    if list_only or not interactive():
        table_of(items)
        if not list_only:
            say("Decide one with `bounceback inbox review NUMBER --accept` (or --kind, --link, "
                "--ignore-sender, --dismiss).")
        return
    walk(items)


def decide(item: int, accept: bool, kind: str | None, link: str | None,
           ignore_sender: bool, ignore_domain: bool) -> str:
    """Apply one decision; return what happened, in a sentence."""
    inbox = service().inbox
    if accept:
        done = inbox.accept(item)
        return f"#{item}: {done.resolution}; the timeline of #{done.message.application_id} has it."
    if kind is not None:
        done = inbox.change_kind(item, kind)
        if done.status == "open":
            return f"#{item}: kind set to {done.message.kind}; it still needs a link (--link)."
        return f"#{item}: {done.resolution}. The classifier will learn from it."
    if link is not None:
        done = inbox.relink(item, link)
        return f"#{item}: {done.resolution}."
    if ignore_sender or ignore_domain:
        closed = inbox.ignore_sender(item, whole_domain=ignore_domain)
        return f"#{item}: sender ignored from now on; {len(closed)} waiting item(s) closed."
    inbox.dismiss(item)
    return f"#{item}: left unlinked."


def table_of(items: list[Any]) -> None:
    """Three short lines per item: who and when, what, and why it waits."""
    from rich.text import Text
    for it in items:
        m = it.message
        day = m.received_at.date().isoformat() if m.received_at else "no date"
        line = Text(f"#{it.id}  ", style="bold")
        line.append(f"{day}  {m.sender_address or m.sender}")
        console.print(line)
        console.print(Text(f"    {m.subject[:100]} ({m.kind.replace('_', ' ')}, "
                           f"{m.confidence:.0%} sure)"))
        console.print(Text(f"    Why: {it.reason}. Suggestion: {suggestion(it)}."))


def suggestion(item: Any) -> str:
    if len(item.candidates) == 1:
        return f"link to #{item.candidates[0]}"
    if item.candidates:
        return "one of " + ", ".join(f"#{c}" for c in item.candidates)
    company = item.proposal.get("company")
    if company:
        role = item.proposal.get("role") or "unknown role"
        return f"new: {role} at {company} ({item.proposal.get('stage', 'applied')})"
    return "link it by hand"


def show(item: Any) -> None:
    from rich.markup import escape
    m = item.message
    when = m.received_at.isoformat(sep=" ", timespec="minutes") if m.received_at else "no date"
    console.print(f"[bold]#{item.id}[/] {escape(m.subject)}", highlight=False)
    say(f"From {m.sender} · {when}")
    say(f"Kind: {m.kind.replace('_', ' ')} ({m.confidence:.0%} sure)")
    if m.snippet:
        say(f"“{m.snippet}”")
    say(f"Why it waits: {item.reason}. Suggestion: {suggestion(item)}.")


def walk(items: list[Any]) -> None:
    """One item at a time, a one-letter choice each; stop any time."""
    say(f"{len(items)} email(s) wait for your decision. Choose a letter; q stops.")
    for it in items:
        console.print()
        show(it)
        while True:
            choice = typer.prompt(
                "[a]ccept  [k]ind  [l]ink  [i]gnore sender  [d]ismiss  [s]kip  [q]uit",
                default="s",
            ).strip().lower()[:1]
            if choice == "q":
                return
            if choice == "s":
                break
            try:
                result = _choose(it.id, choice)
            except Exception as error:
                from bounceback.domain.errors import BouncebackError

                if not isinstance(error, BouncebackError):
                    raise
                say(str(error))
                continue
            if result:
                say(result)
                break


def _choose(item: int, choice: str) -> str | None:
    if choice == "a":
        return decide(item, True, None, None, False, False)
    if choice == "k":
        kind = typer.prompt(f"Kind ({KINDS})")
        return decide(item, False, kind, None, False, False)
    if choice == "l":
        ref = typer.prompt("Application (number, or company and role)")
        return decide(item, False, None, ref, False, False)
    if choice == "i":
        return decide(item, False, None, None, True, False)
    if choice == "d":
        return decide(item, False, None, None, False, False)
    say("Choose a, k, l, i, d, s or q.")
    return None
