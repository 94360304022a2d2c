"""`bounceback reject` (the guided flow) and `bounceback recovery` (windows, plan, resilience)."""

from __future__ import annotations

from typing import Any

import typer

from bounceback.cli import recovery_render as show
from bounceback.cli import recovery_steps as steps
from bounceback.cli.context import (
    JsonOption,
    console,
    enum_value,
    err_console,
    interactive,
    parse_day,
    print_json,
    resolve_app,
    resolve_rejection,
    say,
    service,
)

recovery_app = typer.Typer(help="Recovery windows, the re-invest plan and resilience over time.")


def register(app: typer.Typer) -> None:
    from bounceback.cli import recovery_private

    app.command("reject")(reject)
    app.add_typer(recovery_app, name="recovery")
    recovery_private.register(app)


def _app_or_new(ref: str, role: str | None, ask_user: bool) -> tuple[Any, Any]:
    """(application, None) when it exists; (None, new Application) when it is to be created."""
    from bounceback.domain.errors import NotFound
    from bounceback.domain.models import Application

    try:
        return resolve_app(ref), None
    except NotFound:
        if role:
            return None, Application(company=ref.strip(), role=role.strip())
        if ask_user and typer.confirm(f"No application matches {ref!r}. Add it now?", default=True):
            new_role = typer.prompt("Role")
            return None, Application(company=ref.strip(), role=new_role.strip())
        raise


def _check_in_steps(svc: Any, flow: Any) -> None:
    if typer.confirm("Would you like to name what you feel now?", default=True):
        steps.check_in(svc, flow.rejection.id)


def _writing_steps(svc: Any, flow: Any) -> None:
    p = flow.writing_prompt
    if p is None or not typer.confirm(
        f"Would you like to write privately for {p.minutes} minutes?", default=False
    ):
        return
    if steps.write(svc, flow.rejection.id, p, p.kind) is not None:
        say("Saved privately.")


def _support_steps(svc: Any, flow: Any) -> None:
    from bounceback.recovery.support import NO_PEOPLE_HINT

    s = flow.support
    if s is None:
        say(NO_PEOPLE_HINT)
        return
    show.suggestion(s)
    answer = typer.prompt("Did you reach out (or will you now)? yes / no / later", default="later")
    if answer.strip().lower() in ("y", "yes", "n", "no"):
        message = typer.prompt("The message you sent (Enter keeps the draft)", default=s.message,
                               show_default=False)
        svc.recovery.record_outreach(s.person.id, answer.strip().lower().startswith("y"),
                                     message, flow.rejection.id)
        show.crisis(svc.recovery.check_text(message))
        say("Noted.")


def reject(
    ref: str = typer.Argument(..., metavar="APP", help="Application number or company/role words."),
    role: str | None = typer.Option(
        None, "--role",
        help="Create the application with this role when APP matches none (APP is then the "
        "company).",
    ),
    on: str | None = typer.Option(None, "--on", "-d", help="When it came (default today)."),
    via: str = typer.Option("email", "--via", help="email, call, portal, silence, other."),
    text: str = typer.Option("", "--text", help="The rejection's text, pasted."),
    email: int | None = typer.Option(
        None, "--from-email", metavar="ID", help="Take the text and date from an imported email."
    ),
    reason: str | None = typer.Option(None, help="Primary reason (see `bounceback reasons`)."),
    also: list[str] = typer.Option([], "--also", help="Another reason; repeat for more."),
    stage: str | None = typer.Option(None, help="Stage reached, if not the furthest recorded."),
    hurt: int | None = typer.Option(
        None,
        help="How much it hurts, 0-10; sizes the recovery window.",
    ),
    window_days: int | None = typer.Option(
        None, "--window",
        help="Recovery window in days (overrides --hurt).",
    ),
    mood: int | None = typer.Option(None, help="Check in now: overall mood 1-5."),
    feel: list[str] = typer.Option(
        [], "--feel",
        help="Emotion=intensity, e.g. sadness=6 (repeat, or comma-separate).",
    ),
    something_else: str = typer.Option(
        "", "--something-else",
        help="Anything else you feel, in your words.",
    ),
    write: str | None = typer.Option(None, "--write", help="A private journal entry about it."),
    kind: str = typer.Option(
        "expressive", "--kind",
        help="Writing kind: expressive, self_compassion, free.",
    ),
    minutes: float | None = typer.Option(None, help="Minutes spent writing."),
    reached_out: str | None = typer.Option(
        None, "--reached-out",
        help="Support person (number or name) you reached out to.",
    ),
    message: str = typer.Option("", "--message", help="The message you sent them."),
    guided: bool | None = typer.Option(
        None, "--guided/--quick",
        help="Ask step by step (default in a terminal).",
    ),
    json: bool = JsonOption,
) -> None:
    """Record a rejection, with a moment to acknowledge it, check in, write and reach out."""
    from bounceback.domain.vocabulary import ReasonSource, RejectionChannel, Stage
    from bounceback.recovery.checkin import parse_ratings
    from bounceback.recovery.writing import parse_kind
    from bounceback.services.recovery_drafts import CheckInDraft, EntryDraft, OutreachDraft

    svc = service()
    steps_given = mood is not None or feel or write is not None or reached_out is not None
    guide = (interactive() and not json and not steps_given) if guided is None else guided
    found, new = _app_or_new(ref, role, guide)
    if guide and hurt is None and window_days is None:
        from bounceback.recovery.window import check_hurt

        hurt = steps.ask("How much does this one hurt, 0 to 10? (Enter to skip)", check_hurt)
    check_in = None
    if mood is not None or feel or something_else:
        if mood is None:
            from bounceback.domain.errors import InvalidValue

            raise InvalidValue(
                "a check-in needs --mood (1 very low to 5 very good); nothing was recorded"
            )
        check_in = CheckInDraft(mood, parse_ratings(feel), something_else)
    entry = EntryDraft(write, parse_kind(kind), minutes) if write is not None else None
    outreach = None
    if reached_out is not None:
        from bounceback.cli.recovery_private import resolve_person

        outreach = OutreachDraft(resolve_person(reached_out).id, True, message)
    reasons = []
    if reason or also:
        from bounceback.domain.reasons import reason_entries

        reasons = reason_entries(reason, also, ReasonSource.USER)
    given = dict(
        new_application=new, on=parse_day(on, "--on", past=True),
        channel=enum_value(RejectionChannel, via, "--via"), text=text,
        stage_reached=enum_value(Stage, stage, "stage"), hurt=hurt, window_days=window_days,
        check_in=check_in, entry=entry, email_id=email)
    # The rejection is kept only once its answer is shown in full: a failure before that keeps
    # nothing (the guided steps after it ask questions, so they are their own transactions).
    # Written on Core, no ORM (issue 16).
    with svc.db.writing():
        flow = svc.lean_reject.reject(found.id if found else None, reasons=reasons,
                                      outreach=outreach, **given)
        if json:
            print_json(_flow_json(flow))
            return
        show.crisis(flow.saved.crisis)
        if flow.created_application:
            say(f"Added #{flow.application.id} {flow.application.title}.")
        show.acknowledgement(flow.acknowledgement)
        if flow.saved.reflection:
            say(flow.saved.reflection)
        if not guide:
            if flow.writing_prompt is not None and entry is None:
                say(f"When you feel like it: `bounceback journal write` "
                    f"({flow.writing_prompt.minutes} minutes of private writing).")
            console.print()
            show.window(flow.window)
            return
    from bounceback.cli.recovery_private import ask_country_once

    ask_country_once(svc)
    _check_in_steps(svc, flow)
    _writing_steps(svc, flow)
    _support_steps(svc, flow)
    console.print()
    show.window(flow.window)


def _flow_json(flow: Any) -> Any:
    from bounceback.cli.context import jsonable

    # The rejection's own fields at the top (as before the guided flow), the steps beside.
    out = jsonable(flow.rejection)
    out.update(
        application=jsonable(flow.application), created_application=flow.created_application,
        acknowledgement=jsonable(flow.acknowledgement), window=jsonable(flow.window),
        check_in=jsonable(flow.saved.check_in), crisis=jsonable(flow.saved.crisis),
        journal_entry_id=flow.saved.entry.id if flow.saved.entry else None,
        outreach_id=flow.outreach.id if flow.outreach else None,
        writing_prompt=jsonable(flow.writing_prompt), support=jsonable(flow.support),
    )
    return out


@recovery_app.callback(invoke_without_command=True)
def recovery_status(ctx: typer.Context, json: bool = JsonOption) -> None:
    """Open recovery windows, the plan when one ends, and resilience over time."""
    if ctx.invoked_subcommand is not None:
        return
    st = service().views.recovery_status()
    if json:
        print_json(st)
        return
    show.status(st)


@recovery_app.command("window")
def recovery_window(
    ref: str = typer.Argument(..., metavar="APP"),
    days: int | None = typer.Option(None, help="Length in days (1-30)."),
    hurt: int | None = typer.Option(None, help="How much it hurts, 0-10; sets the length."),
    json: bool = JsonOption,
) -> None:
    """Change the length of a rejection's recovery window."""
    w = service().recovery.set_window(resolve_rejection(ref).id, days=days, hurt=hurt)
    if json:
        print_json(w)
        return
    show.window(w)


@recovery_app.command("end")
def recovery_end(ref: str = typer.Argument(..., metavar="APP")) -> None:
    """End a recovery window early, when you feel ready; the plan shows in `today`."""
    service().recovery.end_window(resolve_rejection(ref).id)
    say("Window closed. `bounceback today` shows where to pick up.")


@recovery_app.command("resilience")
def recovery_resilience(json: bool = JsonOption) -> None:
    """Days to mood recovery and to the next application, per rejection, and the trend."""
    res = service().views.resilience()
    if json:
        print_json(res)
        return
    from types import SimpleNamespace

    if not res.records:
        say("No rejections recorded yet.")
        return
    show.status(SimpleNamespace(open=[], plan=None, nudge=None, resilience=res), windows=False)


@recovery_app.command("wipe")
def recovery_wipe(
    yes: bool = typer.Option(False, "--yes", help="Confirm without asking."),
) -> None:
    """Delete every check-in, journal entry, support person and outreach record, for good."""
    question = "Delete all check-ins, journal entries and support people for good?"
    if not yes and not (interactive() and typer.confirm(question, default=False)):
        say("Nothing deleted. Add --yes to confirm.")
        raise typer.Exit(1)
    counts = service().recovery.wipe_private()
    what = (f"{counts['check_ins']} check-ins, {counts['journal_entries']} journal entries, "
            f"{counts['support_people']} support people, {counts['outreach']} outreach notes")
    if service().data.scrub_pending():
        err_console.print(
            f"bounceback: deleted {what}; but another program kept the database open for "
            "reading, so their text may stay in the database's -wal file until it closes. "
            "bounceback removes it the next time it opens the database.", markup=False)
        raise typer.Exit(1)
    say(f"Deleted for good: {what}.")
