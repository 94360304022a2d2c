"""Learning commands: reasons, lessons, patterns and the brief (feedback and practice beside)."""

from __future__ import annotations

import typer

from bounceback.cli.context import (
    AppArg,
    JsonOption,
    console,
    print_json,
    resolve_app,
    say,
    service,
)

lesson_app = typer.Typer(
    help="Lessons to remember before the next interview.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    from bounceback.cli import feedback, practice

    feedback.register(app)
    practice.register(app)
    app.command("reasons")(reasons)
    app.add_typer(lesson_app, name="lesson")
    app.command("patterns")(patterns)
    app.command("brief")(brief)


def reasons(
    ref: str | None = typer.Argument(
        None, metavar="[APP]", help="A rejected application; without it, list the valid reasons."
    ),
    set_: str | None = typer.Option(None, "--set", help="Your primary reason (corrects the rest)."),
    also: list[str] = typer.Option([], "--also", help="Another reason (with --set); repeat."),
    confirm: bool = typer.Option(False, "--confirm", help="Accept the suggested reasons."),
    json: bool = JsonOption,
) -> None:
    """Why a rejection happened: see suggestions, confirm them, or set your own.

    Suggestions come from the rejection email and any feedback, with a confidence and the
    phrases behind them. What you confirm or correct teaches the suggestions for next time.
    Your own reasons are written custom:NAME.
    """
    from bounceback.domain.errors import InvalidValue
    from bounceback.learning.reasons import reason_label

    if ref is None:
        if set_ or also or confirm:
            raise InvalidValue("name the application: `bounceback reasons APP --set REASON`")
        valid = service().views.valid_reasons()  # no ORM (issue 16)
        if json:
            print_json([{"reason": r, "label": reason_label(r)} for r in valid])
            return
        for r in valid:
            say(f"{r:<24} {reason_label(r)}")
        say("Or a reason of your own: custom:NAME (for example custom:portfolio_missing).")
        return
    found = resolve_app(ref)
    if also and not set_:
        raise InvalidValue("--also goes with --set: give the primary reason first")
    if set_ and confirm:
        raise InvalidValue("choose either --confirm (accept the suggestions) or --set (your own)")
    if set_ or confirm:
        learning = service().learning
        saved = (
            learning.correct_reasons(found.id, set_, also)
            if set_
            else learning.confirm_reasons(found.id)
        )
        if json:
            print_json(saved)
            return
        listed = ", ".join(f"{e.reason} ({e.source.value})" for e in saved.reasons)
        say(f"Reasons for #{found.id} {found.title}: {listed}. Noted for later suggestions too.")
        return
    review = service().views.reasons(found.id)  # no ORM (issue 16)
    if json:
        print_json(review)
        return
    if review.current:
        say(
            "Recorded: "
            + ", ".join(
                f"{e.reason}{' (primary)' if e.primary else ''} from {e.source.value}"
                for e in review.current
            )
        )
    else:
        say("No reasons recorded yet.")
    if not review.suggestions:
        say("No email or feedback text to read, so no suggestion. Set them yourself with --set.")
        return
    say(f"Suggested from the {review.suggested_from}:")
    for s in review.suggestions:
        words = f" (words: {', '.join(repr(p) for p in s.phrases)})" if s.phrases else ""
        say(f"  {s.reason:<22} {s.confidence * 100:3.0f} %{words}")
    say(
        f"Accept: `bounceback reasons {found.id} --confirm`; or set your own: "
        f"`bounceback reasons {found.id} --set REASON [--also REASON]`."
    )


@lesson_app.command("add")
def lesson_add(
    text: str = typer.Argument(..., help="What you want to remember."),
    tag: list[str] = typer.Option(
        [],
        "--tag",
        "-t",
        help="stage:interviewing, company:startup, skill:sql, or a word; repeat or comma-separate.",
    ),
    app_ref: str | None = typer.Option(None, "--app", help="The application it came from."),
    json: bool = JsonOption,
) -> None:
    """Add a lesson, tagged so the brief can bring it back at the right moment."""
    app_id = resolve_app(app_ref).id if app_ref else None
    lesson = service().learning.add_lesson(text, tag, app_id)
    if json:
        print_json(lesson)
    else:
        tags = f" [{', '.join(lesson.tags)}]" if lesson.tags else ""
        say(f"Lesson #{lesson.id} kept{tags}.")


@lesson_app.command("list")
def lesson_list(
    tag: str | None = typer.Option(None, "--tag", "-t", help="Only lessons with this tag."),
    suggested: bool = typer.Option(False, "--suggested", help="Lessons your patterns suggest."),
    json: bool = JsonOption,
) -> None:
    """Your lessons, newest first (or the ones your patterns suggest)."""
    views = service().views  # no ORM (issue 16)
    found = views.suggested_lessons() if suggested else views.lessons(tag)
    if json:
        print_json(found)
        return
    if not found:
        say(
            "No suggestions yet: they come once rejections share a pattern."
            if suggested
            else 'No lessons yet. Add one: `bounceback lesson add "..." --tag stage:interviewing`.'
        )
    for lesson in found:
        tags = f" [{', '.join(lesson.tags)}]" if lesson.tags else ""
        say(f"{'- ' if suggested else f'#{lesson.id} '}{lesson.text}{tags}")
    if suggested and found:
        say('Keep one with `bounceback lesson add "TEXT" --tag ...`.')


def patterns(json: bool = JsonOption) -> None:
    """What your rejections have in common, with counts beside every rate."""
    report = service().views.patterns()  # the lean read path: no ORM imported (issue 16)
    if json:
        print_json(report)
        return
    for line in report.findings or ["No clear pattern yet; the counts are below."]:
        say(line)
    sections = [
        ("By stage", report.by_stage),
        ("By reason", report.by_reason),
        ("Rejected, by source", report.by_source),
        ("Rejected, by role family", report.by_role_family),
        ("Rejected, by company size", report.by_company_size),
        ("Rejected, by industry", report.by_industry),
    ]
    for title, tallies in sections:
        if tallies:
            say(f"\n{title}:")
            for t in tallies:
                say(f"  {t.key:<22} {t.text()}{'  <- pattern' if t.pattern else ''}")
    if report.time_to_rejection:
        say("\nDays from applying to the answer (median):")
        for d in report.time_to_rejection:
            say(f"  {d.stage:<22} {d.median_days:g} days (n={d.count})")
    say("\nRecent (last 90 days) against earlier:")
    for c in report.recent_vs_earlier:

        def fmt(v: float | None) -> str:
            return "-" if v is None else f"{v:.2f}"

        note = "" if c.comparable else "  (too few to compare)"
        say(
            f"  {c.measure}: {fmt(c.recent)} (n={c.recent_n}) vs {fmt(c.earlier)} "
            f"(n={c.earlier_n}){note}"
        )
    say(f"\nA pattern needs at least {report.minimum} cases. Small numbers are not verdicts.")


def brief(
    ref: str = AppArg,
    skill: list[str] = typer.Option([], "--skill", help="A skill the role asks for; repeat."),
    json: bool = JsonOption,
) -> None:
    """Before an interview: who, what you learned, what to practise, and a steadying word."""
    found = resolve_app(ref)
    b = service().views.brief(found.id, skill)  # the lean read path: no ORM (issue 16)
    if json:
        print_json(b)
        return
    a = b.application
    header, stage = f"Brief for #{a.id} {a.title}", f"(stage: {b.stage.value})"
    from rich.cells import cell_len

    # too long for one line: the stage on a line of its own, never "(stage: / screening)"
    fits = cell_len(header) + 1 + cell_len(stage) <= console.width
    say(f"{header} {stage}" if fits else f"{header}\n{stage}")
    if b.contacts:
        say(
            "People: "
            + "; ".join(f"{c.name} ({c.role.value.replace('_', ' ')})" for c in b.contacts)
        )
    for i in b.rounds_so_far:
        say(
            f"Round {i.round} on {i.held_on}: {i.kind.value}"
            + (f"; next time: {i.do_differently}" if i.do_differently else "")
        )
    if b.lessons:
        say("Your lessons for this:")
        for lesson in b.lessons:
            say(f"  - {lesson.text}")
    if b.struggled:
        say("Questions that were hard before:")
        for w in b.struggled:
            say(f"  - {w.question.question} (rated {w.rating}/5)")
    if b.cards_due:
        say(f"{len(b.cards_due)} practice card(s) due: `bounceback practice`.")
    for f in b.similar_feedback:
        said = "Feedback on" if f.source == "feedback" else "The rejection email for"
        say(f"{said} {f.title} ({f.why_similar}): {f.text}")
    say(b.expectations)
