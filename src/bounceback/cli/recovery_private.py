"""`bounceback checkin`, `journal` and `support`: the private side of recovering."""

from __future__ import annotations

import sys
from typing import Any

import typer

from bounceback.cli import recovery_render as show
from bounceback.cli.context import (
    JsonOption,
    console,
    err_console,
    interactive,
    print_json,
    say,
    service,
)

journal_app = typer.Typer(help="Private writing: write, list, show, delete. Never exported unless "
                          "you ask (--include-private).")
support_app = typer.Typer(help="The people you trust, and reaching out to them.")

ForOption = typer.Option(None, "--for", metavar="APP", help="The rejected application it is about.")


def register(app: typer.Typer) -> None:
    app.command("checkin")(checkin)
    app.command("helplines")(helplines)
    app.add_typer(journal_app, name="journal")
    app.add_typer(support_app, name="support")


def _rejection_id(ref: str | None) -> int | None:
    """The rejection recorded for the named application, read without the ORM."""
    if ref is None:
        return None
    from bounceback.cli.context import resolve_app
    from bounceback.domain.errors import NotFound

    found = resolve_app(ref)
    rejection_id = service().lean_recovery.rejection_of(found.id)
    if rejection_id is None:  # resolve_rejection's message
        raise NotFound(f"#{found.id} {found.title} has no rejection recorded")
    return rejection_id


def resolve_person(ref: str) -> Any:
    """A support person by number or by (part of) the name."""
    from bounceback.domain.errors import Ambiguous, NotFound

    people = service().views.people(include_inactive=True)  # a lean read, no ORM
    text = ref.strip().lstrip("#")
    if text.isdigit():
        for p in people:
            if p.id == int(text):
                return p
        raise NotFound(f"no support person #{text}; `bounceback support list` shows them")
    matches = [p for p in people if text.lower() in p.name.lower()]
    exact = [p for p in matches if p.name.lower() == text.lower()]
    if len(exact) == 1 or len(matches) == 1:
        return (exact or matches)[0]
    if matches:
        raise Ambiguous(f"{ref!r} matches several people", [f"#{p.id} {p.name}" for p in matches])
    raise NotFound(f"no support person matches {ref!r}; `bounceback support list` shows them")


def checkin(
    mood: int | None = typer.Option(None, help="Overall mood, 1 (very low) to 5 (very good)."),
    feel: list[str] = typer.Option(
        [], "--feel", help="Emotion=intensity 0-10, e.g. sadness=6 (repeat, or comma-separate)."
    ),
    note: str = typer.Option("", "--note", help="Something else you feel, in your words."),
    suggest: bool = typer.Option(
        False, "--suggest", help="Only suggest emotions from --note; store nothing."
    ),
    rejection: str | None = ForOption,
    json: bool = JsonOption,
) -> None:
    """Check in: name what you feel (0-10 each) and your overall mood (1-5)."""
    from bounceback.domain.errors import InvalidValue
    from bounceback.recovery.checkin import check_mood, parse_ratings
    from bounceback.services.recovery_drafts import CheckInDraft

    svc = service()
    if suggest:
        found = svc.recovery.suggest_emotions(note)
        if json:
            print_json(found)
        else:
            say(", ".join(f"{s.emotion.value}={s.intensity}" for s in found) or "No suggestion.")
        return
    ratings = parse_ratings(feel)
    ask_country_once(svc)
    if mood is None:
        if not interactive() or json:
            raise InvalidValue("give --mood (1 very low to 5 very good); nothing was recorded")
        from bounceback.cli import recovery_steps as steps

        steps.check_in(svc, _rejection_id(rejection), note, ratings)
        return
    saved = svc.lean_recovery.check_in(CheckInDraft(check_mood(mood), ratings, note),
                                       _rejection_id(rejection))  # no ORM (issue 16)
    if json:
        print_json(saved)
        return
    show.crisis(saved.crisis)
    say(saved.reflection)


def ask_country_once(svc: Any) -> None:
    """The first time the crisis lines matter in a terminal, ask which country they are for
    (defaulting to this computer's language settings) and keep the answer as crisis_country."""
    from bounceback.domain.errors import BouncebackError
    from bounceback.recovery.crisis_resources import AUTO, countries, locale_country

    if not interactive() or svc.preferences().crisis_country != AUTO:
        return
    guess = locale_country()
    say("bounceback shows free crisis lines for your country when something you write sounds "
        "very heavy. Which country are you in? (a code such as gb, us, de, in; or "
        "international; `bounceback helplines --list` shows them)")
    while True:
        answer = typer.prompt("Country", default=guess).strip()
        try:
            svc.settings_store.set({"crisis_country": answer})
        except BouncebackError as exc:
            say(f"  {exc}")
            continue
        say(f"Crisis lines for {countries()[svc.preferences().crisis_country].country}; "
            "change with `bounceback settings set crisis_country CODE`.")
        return


def helplines(
    json: bool = JsonOption,
    all_countries: bool = typer.Option(False, "--list", help="List every country with lines."),
) -> None:
    """Free, confidential crisis lines for your country (setting crisis_country), any time."""
    from bounceback.domain.recovery import CrisisLevel
    from bounceback.recovery.crisis import crisis_message
    from bounceback.recovery.crisis_resources import choices

    if all_countries:
        if json:
            print_json([{"code": c, "country": n} for c, n in choices()])
            return
        for code, name in choices():
            say(f"  {code:<14} {name}")
        return
    svc = service()
    ask_country_once(svc)
    message = crisis_message(CrisisLevel.EXPLICIT, svc.preferences().crisis_country)
    assert message is not None
    if json:
        print_json({"country": message.country, "emergency": message.emergency,
                    "lines": message.resources})
        return
    say(f"If things feel heavier than the job search, you can talk to someone now, free and in "
        f"confidence ({message.country}):")
    show.resources(message)


@journal_app.command("write")
def journal_write(
    text: str | None = typer.Argument(None, help="The entry; or use --stdin, or type it."),
    stdin: bool = typer.Option(False, "--stdin", help="Read the entry from standard input."),
    kind: str = typer.Option("free", help="expressive, self_compassion or free."),
    minutes: float | None = typer.Option(None, help="Minutes spent writing."),
    rejection: str | None = ForOption,
    json: bool = JsonOption,
) -> None:
    """Write a private journal entry (today's prompt is shown when you type it here)."""
    from bounceback.recovery.writing import parse_kind
    from bounceback.services.recovery_drafts import EntryDraft

    svc = service()
    ask_country_once(svc)
    writing_kind = parse_kind(kind)
    rid = _rejection_id(rejection)
    if stdin:
        text = sys.stdin.read()
    if text is None:  # typed here: the same flow as after a rejection
        from bounceback.cli import recovery_steps as steps
        from bounceback.domain.recovery import WritingKind

        offered = svc.lean_recovery.writing_prompt(
            rid, writing_kind if writing_kind != WritingKind.FREE else WritingKind.EXPRESSIVE
        )
        typed = steps.write(svc, rid, offered, writing_kind)
        if typed is None:
            raise typer.Exit(1)
        saved = typed
    else:
        saved = svc.lean_recovery.write(EntryDraft(text, writing_kind, minutes), rid)  # no ORM
    if json:
        print_json({"id": saved.entry.id, "crisis": saved.crisis})
        return
    show.crisis(saved.crisis)
    say(f"Saved privately as journal entry #{saved.entry.id}.")


@journal_app.command("list")
def journal_list(json: bool = JsonOption) -> None:
    """Your journal entries: number, date, kind and length (the text stays out of the list)."""
    from rich.table import Table
    entries = service().views.journal()  # no ORM (issue 16)
    if json:
        print_json([{"id": e.id, "written_at": e.written_at, "kind": e.kind, "words": e.words,
                     "rejection_id": e.rejection_id} for e in entries])
        return
    if not entries:
        say("No journal entries. `bounceback journal write` starts one.")
        return
    table = Table(show_edge=False, header_style="bold")
    for column in ("#", "Written", "Kind", "Words"):
        table.add_column(column)
    for e in entries:
        table.add_row(str(e.id), f"{e.written_at:%Y-%m-%d %H:%M}", e.kind.value.replace("_", " "),
                      str(e.words))
    console.print(table)


@journal_app.command("show")
def journal_show(
    entry_id: int = typer.Argument(..., metavar="ID"), json: bool = JsonOption
) -> None:
    """Show one journal entry."""
    from rich.text import Text
    entry = service().recovery.entry(entry_id)
    if json:
        print_json({"id": entry.id, "written_at": entry.written_at, "kind": entry.kind,
                    "prompt": entry.prompt, "text": entry.text, "minutes": entry.minutes,
                    "rejection_id": entry.rejection_id})
        return
    console.print(Text(f"#{entry.id} · {entry.written_at:%A %d %B %Y, %H:%M} · "
                       f"{entry.kind.value.replace('_', ' ')}", style="bold"))
    if entry.prompt:
        console.print(Text(entry.prompt, style="dim"))
    console.print(Text(entry.text))


@journal_app.command("delete")
def journal_delete(
    entry_id: int = typer.Argument(..., metavar="ID"),
    yes: bool = typer.Option(False, "--yes", help="Delete without asking."),
) -> None:
    """Delete a journal entry for good (no copy is left in the database file)."""
    svc = service()
    svc.recovery.entry(entry_id)
    if not yes and not (interactive() and typer.confirm(f"Delete entry #{entry_id} for good?")):
        say("Nothing deleted. Add --yes to confirm.")
        raise typer.Exit(1)
    svc.recovery.delete_entry(entry_id)
    if svc.data.scrub_pending():
        err_console.print(
            f"bounceback: journal entry #{entry_id} is deleted, but another program (the web "
            "app, a backup, a database viewer) kept the database open for reading, so its text "
            "may stay in the database's -wal file until that program closes. bounceback "
            "removes it the next time it opens the database.", markup=False)
        raise typer.Exit(1)
    say(f"Journal entry #{entry_id} is deleted for good.")


@support_app.callback(invoke_without_command=True)
def support_default(ctx: typer.Context, json: bool = JsonOption) -> None:
    """List your support people (or use a subcommand: add, edit, remove, suggest, reached)."""
    if ctx.invoked_subcommand is not None:
        return
    support_list(json=json, all_=False)


@support_app.command("list")
def support_list(
    json: bool = JsonOption,
    all_: bool = typer.Option(False, "--all", help="Include people set aside (--inactive)."),
) -> None:
    """List your support people."""
    from rich.table import Table
    from rich.text import Text
    people = service().views.people(include_inactive=all_)  # no ORM
    if json:
        print_json(people)
        return
    if not people:
        from bounceback.recovery.support import NO_PEOPLE_HINT

        say(NO_PEOPLE_HINT)
        return
    table = Table(show_edge=False, header_style="bold")
    for column in ("#", "Name", "How to reach", "Who", "Last suggested"):
        table.add_column(column)
    for p in people:
        last = f"{p.last_suggested_at:%Y-%m-%d}" if p.last_suggested_at else ""
        table.add_row(str(p.id), Text(p.name), Text(p.reach), Text(p.relationship), last)
    console.print(table)


@support_app.command("add")
def support_add(
    name: str = typer.Argument(...),
    reach: str = typer.Option("", help="How to reach them: a phone, an email, a handle."),
    relationship: str = typer.Option("", help="Friend, sister, former colleague..."),
) -> None:
    """Add someone you trust."""
    person = service().recovery.add_person(name, reach, relationship)
    say(f"Added #{person.id} {person.name}.")


@support_app.command("edit")
def support_edit(
    ref: str = typer.Argument(..., metavar="PERSON"),
    name: str | None = typer.Option(None),
    reach: str | None = typer.Option(None),
    relationship: str | None = typer.Option(None),
    active: bool | None = typer.Option(None, "--active/--inactive", help="Set aside for now."),
) -> None:
    """Change a support person's details."""
    person = service().recovery.edit_person(
        resolve_person(ref).id, name=name, reach=reach, relationship=relationship, active=active
    )
    say(f"Saved #{person.id} {person.name}.")


@support_app.command("remove")
def support_remove(ref: str = typer.Argument(..., metavar="PERSON")) -> None:
    """Remove a support person (and the notes of reaching out to them)."""
    person = resolve_person(ref)
    service().recovery.remove_person(person.id)
    say(f"Removed {person.name}.")


@support_app.command("suggest")
def support_suggest(rejection: str | None = ForOption, json: bool = JsonOption) -> None:
    """Suggest someone to talk to, with a message you can edit and send (after `support reached`, someone else)."""
    from bounceback.recovery.support import NO_PEOPLE_HINT

    found = service().recovery.suggest_support(_rejection_id(rejection))
    if json:
        print_json(found)
        return
    if found is None:
        say(NO_PEOPLE_HINT)
        return
    show.suggestion(found)


@support_app.command("reached")
def support_reached(
    ref: str = typer.Argument(..., metavar="PERSON"),
    no: bool = typer.Option(False, "--no", help="Record that you did not reach out (yet)."),
    message: str = typer.Option("", help="The message you sent."),
    rejection: str | None = ForOption,
) -> None:
    """Record that you reached out to someone (or not)."""
    person = resolve_person(ref)
    svc = service()
    svc.recovery.record_outreach(person.id, not no, message, _rejection_id(rejection))
    show.crisis(svc.recovery.check_text(message))
    say(f"Noted: {'not yet' if no else 'reached out to'} {person.name}.")
