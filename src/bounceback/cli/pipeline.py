"""Commands that keep more than one door open: outlook, plan, ghost, conversion."""

from __future__ import annotations

import typer

from bounceback.cli.context import (
    AppArg,
    JsonOption,
    console,
    parse_day,
    print_json,
    resolve_app,
    say,
    service,
)

ghost_app = typer.Typer(
    help="Applications with no answer: follow up, mark as ghosted (reversible), revive.",
    no_args_is_help=False,
    invoke_without_command=True,
)


def register(app: typer.Typer) -> None:
    app.command("outlook")(outlook)
    app.command("plan")(plan)
    app.command("conversion")(conversion)
    app.add_typer(ghost_app, name="ghost")


def outlook(
    target: float | None = typer.Option(
        None, "--target", help="Chance to aim for, between 0 and 1 (default: the offer_target setting, 0.8)."
    ),
    json: bool = JsonOption,
) -> None:
    """The chance of at least one offer from your live applications, and how many more would help.

    Rates start from published hiring figures (CareerPlug 2025, Ashby, Huntr; see
    docs/outlook.md) and lean on your own history as it grows.
    """
    report = service().views.report(target)
    if json:
        print_json(report.to_dict())
        return
    from rich.table import Table
    from rich.text import Text

    from bounceback.pipeline.wording import chance_words

    o = report.outlook
    say(o.explanation)
    if o.contributions:
        table = Table(show_edge=False, header_style="bold", title_justify="left")
        for column in ("#", "Application", "Kind", "Stage", "Silent", "Own chance"):
            table.add_column(column, no_wrap=column != "Application")
        for c in o.contributions:
            table.add_row(
                str(c.application_id or ""), Text(c.title), c.kind, c.stage,
                f"{c.days_silent} d", chance_words(c.chance),
            )
        console.print()
        console.print(table)
    for warning in report.warnings:
        console.print()
        say(f"• {warning.message} {warning.advice}")


def plan(
    goal: int | None = typer.Option(None, "--goal", help="Applications per week to aim for."),
    add: str | None = typer.Option(
        None, "--add", help="An intention: 'Tuesday 9:00, at home: 3'."
    ),
    remove: int | None = typer.Option(None, "--remove", help="Remove intention number N."),
    json: bool = JsonOption,
) -> None:
    """Your weekly plan: a goal, when and where you will apply, progress and streak.

    Deciding when and where you will apply helps turn intending into applying (Van Hooft et al.
    2005); job seekers asked to write a plan sent 15 % more applications and got 30 % more offers
    (Abel et al., World Bank 2017).
    """
    if goal is not None:
        service().pipeline.set_goal(goal)
    if add is not None:
        from bounceback.pipeline.plan import parse_intention

        service().pipeline.add_intention(parse_intention(add))
    if remove is not None:
        service().pipeline.remove_intention(remove)
    status = service().views.plan()
    if json:
        print_json(status.to_dict())
        return
    say(status.message)
    weeks = "  ".join(
        f"{w.week_start.strftime('%d %b')}: {w.sent}{'✓' if w.met else ''}" for w in status.weeks
    )
    say(f"Last weeks (goal {status.goal}): {weeks}", style="dim")
    if status.intentions:
        say("When and where you will apply:")
        for intention in status.intentions:
            say(f"  {intention.id}. {intention.text}")
    else:
        say("Add when and where you will apply: bounceback plan --add 'Tuesday 9:00, at home: 3'")


def conversion(json: bool = JsonOption) -> None:
    """Stage-to-stage conversion, last 30 days against all time, by kind, always with counts."""
    result = service().views.conversion()
    if json:
        print_json(result)
        return
    from rich.table import Table

    for title, funnels in (("All time", result.all_time), ("Last 30 days", result.recent)):
        table = Table(title=title, show_edge=False, header_style="bold", title_justify="left")
        table.add_column("Kind")
        table.add_column("Applications", justify="right")
        for step in funnels[0].steps:
            table.add_column(step.step)
        for funnel in funnels:
            table.add_row(funnel.label, str(funnel.applications), *(s.text for s in funnel.steps))
        console.print(table)
        console.print()
    say(f"Percentages show once at least {result.min_count} applications have an answer at a step.",
        style="dim")


@ghost_app.callback()
def ghost_list(
    ctx: typer.Context,
    all_: bool = typer.Option(False, "--all", help="Also the applications within the usual time."),
    json: bool = JsonOption,
) -> None:
    """Applications waiting on an answer: when to follow up and when to stop waiting."""
    if ctx.invoked_subcommand is not None:
        return
    from bounceback.pipeline.ghosting import GhostStatus

    checks = service().views.ghosting()
    shown = [c for c in checks if all_ or c.status != GhostStatus.WAITING]
    if json:
        print_json(shown)
        return
    if not shown:
        say("Nothing is overdue: every application is within its usual answer time.")
        return
    for check in shown:
        say(f"#{check.application_id} {check.title}: {check.message}")
    say("Mark one: bounceback ghost confirm APP · keep waiting: bounceback ghost not-yet APP",
        style="dim")


@ghost_app.command("confirm")
def ghost_confirm(
    ref: str = AppArg,
    on: str | None = typer.Option(None, "--on", help="Date (default today)."),
    json: bool = JsonOption,
) -> None:
    """Mark an application as ghosted. It stays in your history and comes back if they answer."""
    app = service().pipeline.confirm_ghosted(resolve_app(ref).id, on=parse_day(on, "--on", past=True))
    if json:
        print_json(app)
    else:
        say(f"#{app.id} {app.title} is marked as ghosted. If they answer, it comes back to life.")


@ghost_app.command("not-yet")
def ghost_not_yet(
    ref: str = AppArg,
    days: int | None = typer.Option(None, "--days", help="Days to keep waiting (default: the follow_up_wait_days setting)."),
) -> None:
    """Keep waiting: no ghosting suggestion for this application for a while."""
    found = resolve_app(ref)
    until = service().pipeline.not_ghosted_yet(found.id, days=days)
    say(f"Still waiting on {found.title}; bounceback will ask again on {until.isoformat()}.")


@ghost_app.command("followed-up")
def ghost_followed_up(
    ref: str = AppArg,
    on: str | None = typer.Option(None, "--on", help="When you sent it (default today)."),
) -> None:
    """Record that you sent a follow-up; bounceback waits a few more days before asking again."""
    found = resolve_app(ref)
    event = service().pipeline.followed_up(found.id, on=parse_day(on, "--on", past=True))
    say(f"Follow-up to {found.company} recorded on {event.occurred_at.date().isoformat()}.")


@ghost_app.command("revive")
def ghost_revive(
    ref: str = AppArg,
    on: str | None = typer.Option(None, "--on", help="When they answered (default today)."),
    json: bool = JsonOption,
) -> None:
    """They answered after all: the application is live again."""
    app = service().pipeline.revive(resolve_app(ref).id, on=parse_day(on, "--on", past=True))
    if json:
        print_json(app)
    else:
        say(f"#{app.id} {app.title} is live again, at {app.stage.value}.")


@ghost_app.command("times")
def ghost_times(json: bool = JsonOption) -> None:
    """How long answers usually take: per stage (published figure and yours) and per company."""
    pace = service().views.answer_times()
    if json:
        print_json(pace)
        return
    for stage in pace.stages:
        own = (f"blended with {stage.own_count} of your own" if stage.own_count
               else "no timelines of your own yet")
        say(f"{stage.stage}: about {round(stage.days)} days ({own}; starting point "
            f"{stage.prior_days:g} days, {stage.source})")
    if pace.companies:
        say("By company (your own timelines):")
        for company in pace.companies[:15]:
            say(f"  {company.company}: {company.average_days:.0f} days on average "
                f"({company.count} answer{'s' if company.count != 1 else ''})")
