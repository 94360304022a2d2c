"""Commands on applications: add, list, show, edit, move, note, withdraw."""

from __future__ import annotations

import typer

from bounceback.cli.context import (
    AppArg,
    JsonOption,
    enum_value,
    interactive,
    parse_day,
    print_json,
    resolve_app,
    say,
    service,
)


def register(app: typer.Typer) -> None:
    app.command("add")(add)
    app.command("list")(list_)
    app.command("show")(show)
    app.command("edit")(edit)
    app.command("move")(move)
    app.command("note")(note)
    app.command("withdraw")(withdraw)
    # `reject` is the guided flow in cli/recovery.py


def _salary(text: str | None) -> tuple[int | None, int | None]:
    from bounceback.domain.money import parse_salary_range

    return parse_salary_range(text)


def add(
    company: str = typer.Argument(..., help="Company name."),
    role: str = typer.Argument(..., help="Role title."),
    applied: str | None = typer.Option(None, "--applied", "-d", help="Date applied (2026-11-03, yesterday...). Default today."),
    stage: str = typer.Option("applied", help="saved, applied, screening, interviewing, offer."),
    source: str = typer.Option("other", help="referral, recruiter, job_board, careers_page, other."),
    via: str | None = typer.Option(None, help="Which one: the board, the referrer, the agency."),
    location: str | None = typer.Option(None),
    remote: bool | None = typer.Option(None, "--remote/--on-site"),
    salary: str | None = typer.Option(None, help="Range such as 45000-55000 or 45k-55k."),
    currency: str | None = typer.Option(None, help="3-letter code, e.g. EUR."),
    url: str | None = typer.Option(None, help="Posting URL."),
    excitement: int | None = typer.Option(None, min=1, max=5, help="1 (meh) to 5 (dream job)."),
    tag: list[str] = typer.Option([], "--tag", "-t", help="A tag; repeat for more."),
    notes: str = typer.Option("", help="Anything to remember."),
    again: bool = typer.Option(False, "--again", help="Add it even when the same company and "
                               "role is already tracked and open."),
    json: bool = JsonOption,
) -> None:
    """Add an application (an exact duplicate of an open one is asked about first)."""
    from bounceback.domain.models import Application
    from bounceback.domain.vocabulary import Source, Stage

    low, high = _salary(salary)
    st = enum_value(Stage, stage, "stage")
    from bounceback.services.lean_writes import DuplicateApplication

    new = Application(
        company=company, role=role, date_applied=parse_day(applied, "date applied", past=True),
        stage=st, furthest_stage=st, source=enum_value(Source, source, "source"),
        source_detail=via, location=location, remote=remote, salary_min=low, salary_max=high,
        salary_currency=currency, url=url, excitement=excitement, tags=tag, notes=notes,
    )
    try:
        created = service().lean_writes.add(new, again=again)  # no ORM (issue 16)
    except DuplicateApplication as exc:
        if not (interactive() and not json):
            from bounceback.domain.errors import Conflict

            raise Conflict(f"{exc}; add --again to track a second one") from None
        if not typer.confirm(f"{exc.existing.role} at {exc.existing.company} is already "
                             f"#{exc.existing.id} ({exc.existing.status}). Add it again?",
                             default=False):
            say("Nothing was added.")
            return
        created = service().lean_writes.add(new, again=True)
    if json:
        print_json(created)
    else:
        say(f"Added #{created.id}: {created.role} at {created.company} ({created.status}).")


def list_(
    stage: list[str] = typer.Option([], "--stage", "-s", help="Stage or outcome; repeat for more."),
    company: str | None = typer.Option(None, help="Company name contains."),
    tag: str | None = typer.Option(None),
    since: str | None = typer.Option(None, help="Applied on or after (date or phrase)."),
    until: str | None = typer.Option(None, help="Applied on or before."),
    text: str | None = typer.Option(None, "--text", "-q", help="Words in role, company, notes or location."),
    live: bool = typer.Option(False, "--live", help="Only applications still waiting on an answer."),
    limit: int | None = typer.Option(None, min=1, max=1_000_000),
    json: bool = JsonOption,
) -> None:
    """List applications, newest first."""
    from bounceback.domain.dates import check_order
    from bounceback.domain.errors import InvalidValue
    from bounceback.domain.models import ApplicationQuery

    valid = {"saved", "applied", "screening", "interviewing", "offer", "accepted", "rejected", "withdrawn", "ghosted"}
    for s in stage:
        if s not in valid:
            raise InvalidValue(f"unknown stage {s!r}; choose from {', '.join(sorted(valid))}")
    start, end = parse_day(since, "--since"), parse_day(until, "--until")
    check_order(start, end, "--since", "--until")
    apps = service().views.applications(
        ApplicationQuery(stages=stage or None, company=company, tag=tag, since=start, until=end,
                         text=text, live_only=live, limit=limit)
    )
    if json:
        print_json(apps)
    else:
        from bounceback.cli.render import applications_table

        applications_table(apps)


def show(ref: str = AppArg, json: bool = JsonOption) -> None:
    """Show an application: details, contacts, tasks and its timeline."""
    found = resolve_app(ref)
    timeline = service().views.timeline(found.id)  # the lean read path: no ORM (issue 16)
    if json:
        print_json(timeline)
    else:
        from bounceback.cli.render import timeline as render

        render(timeline)


def edit(
    ref: str = AppArg,
    company: str | None = typer.Option(None),
    role: str | None = typer.Option(None),
    applied: str | None = typer.Option(None, "--applied"),
    source: str | None = typer.Option(None),
    via: str | None = typer.Option(None),
    location: str | None = typer.Option(None),
    remote: bool | None = typer.Option(None, "--remote/--on-site"),
    salary: str | None = typer.Option(None),
    currency: str | None = typer.Option(None),
    url: str | None = typer.Option(None),
    excitement: int | None = typer.Option(None, min=1, max=5),
    tag: list[str] | None = typer.Option(None, "--tag", help="Replaces the tags; repeat for more."),
    notes: str | None = typer.Option(None),
    json: bool = JsonOption,
) -> None:
    """Change an application's details (stages change with `move`)."""
    from bounceback.domain.errors import InvalidValue
    from bounceback.domain.vocabulary import Source

    found = resolve_app(ref)
    changes: dict[str, object] = {}
    simple = {"company": company, "role": role, "source_detail": via, "location": location,
              "remote": remote, "salary_currency": currency, "url": url, "excitement": excitement,
              "notes": notes}
    changes.update({k: v for k, v in simple.items() if v is not None})
    if applied is not None:
        changes["date_applied"] = parse_day(applied, "date applied", past=True)
    if source is not None:
        changes["source"] = enum_value(Source, source, "source")
    if salary is not None:
        changes["salary_min"], changes["salary_max"] = _salary(salary)
    if tag is not None:
        changes["tags"] = tag
    if not changes:
        raise InvalidValue("nothing to change; give an option such as --role or --notes")
    updated = service().lean_writes.edit(found.id, changes)  # no ORM (issue 16)
    if json:
        print_json(updated)
    else:
        say(f"Updated #{updated.id}: {', '.join(sorted(changes))}.")


def move(
    ref: str = AppArg,
    stage: str = typer.Argument(..., help="saved, applied, screening, interviewing, offer, accepted."),
    on: str | None = typer.Option(None, "--on", "-d", help="When (default today)."),
    note: str = typer.Option("", help="A word on what happened."),
    json: bool = JsonOption,
) -> None:
    """Move an application to another stage."""
    from bounceback.domain.vocabulary import Stage

    found = resolve_app(ref)
    moved = service().lean_writes.move(found.id, enum_value(Stage, stage, "stage"),
                                       on=parse_day(on, "--on", past=True), note=note)
    if json:
        print_json(moved)
    elif moved.stage == found.stage and found.outcome is None:
        say(f"#{moved.id} {moved.role} at {moved.company} is already at {moved.stage.value}; "
            "nothing was recorded.")
    else:
        say(f"#{moved.id} {moved.role} at {moved.company} is now at {moved.stage.value}.")
        if moved.stage.value in ("interviewing", "offer"):
            say("Good news. Keep a few other applications moving while you wait: nothing is certain until it is signed.")


def note(
    ref: str = AppArg,
    text: str = typer.Argument(..., help="The note."),
    on: str | None = typer.Option(None, "--on", "-d"),
) -> None:
    """Add a note to an application's timeline."""
    found = resolve_app(ref)
    writes = service().lean_writes  # no ORM (issue 16)
    writes.note(found.id, text, on=parse_day(on, "--on", past=True))
    from bounceback.cli import recovery_render

    recovery_render.crisis(writes.crisis_card(text))
    say(f"Noted on #{found.id}.")


def withdraw(
    ref: str = AppArg,
    on: str | None = typer.Option(None, "--on", "-d"),
    reason: str = typer.Option("", help="Why (for yourself)."),
) -> None:
    """Withdraw from an application (including declining an offer)."""
    found = resolve_app(ref)
    writes = service().lean_writes  # no ORM (issue 16)
    writes.withdraw(found.id, on=parse_day(on, "--on", past=True), reason=reason)
    if reason.strip():
        from bounceback.cli import recovery_render

        recovery_render.crisis(writes.crisis_card(reason))
    say(f"Withdrawn: #{found.id} {found.role} at {found.company}. Saying no is a choice, and a fine one.")

