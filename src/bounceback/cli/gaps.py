"""Commands for skill gaps (one application, or the whole search) and tailoring hints."""

from __future__ import annotations

from typing import Any

import typer

from bounceback.cli.context import JsonOption, console, print_json, resolve_app, say, service


def register(app: typer.Typer) -> None:
    app.command("gaps")(gaps)
    app.command("tailor")(tailor)


def gaps(
    app_ref: str | None = typer.Argument(
        None, metavar="[APP]", help="One application; without it, the whole search."
    ),
    limit: int = typer.Option(
        10, min=1, max=100, help="How many skills to list across the search."
    ),
    json: bool = JsonOption,
) -> None:
    """Skills the postings ask for that your profile does not show, and a learning plan."""
    views = service().views  # read without the ORM (services/gap_reads.py)
    if app_ref:
        report = views.gaps(resolve_app(app_ref).id)
        if json:
            print_json(report)
            return
        _one(report)
        return
    overall = views.search_gaps(limit)
    if json:
        print_json(overall)
        return
    _overall(overall)


def _one(report: Any) -> None:
    from rich.text import Text
    console.print(Text(f"#{report.application_id} {report.application_title}", style="bold"))
    if not report.has_posting:
        say(f"No posting stored yet: bounceback posting import FILE --app {report.application_id}")
        return
    g = report.gaps
    if g.coverage is not None:
        say(f"Your profile shows {round(g.coverage * 100)} % of the required skills.")
    for title, items in (
        ("Required, not in your profile", g.required_missing),
        ("Nice to have, not in your profile", g.nice_missing),
    ):
        if items:
            console.print(Text(title + ":", style="bold"))
            for gap in items:
                console.print(Text(f"  • {gap.skill} — “{gap.evidence}”"))
    if not g.required_missing and not g.nice_missing:
        say("Nothing the posting asks for is missing from your profile.")
    if g.matched:
        console.print(Text("You have: " + ", ".join(m.skill for m in g.matched)))
    if report.implied:
        implied = ", ".join(i.skill for i in report.implied)
        console.print(Text(f"Implied by the title ({report.implied[0].occupation}): {implied}"))
    _hints(report)
    if report.attribution:
        console.print(Text(report.attribution, style="dim"))


def _hints(report: Any) -> None:
    from rich.text import Text

    from bounceback.skills.tailoring import TAILORING_EVIDENCE

    if report.resume is None:
        say(
            "Which resume went with it? bounceback resume use RESUME "
            f"{report.application_id} — then you get tailoring hints here."
        )
        return
    if not report.hints:
        say(f"The resume sent ({report.resume}) mentions every posting skill your profile has.")
        return
    console.print(Text(f"Worth bringing forward in {report.resume}:", style="bold"))
    for hint in report.hints:
        console.print(
            Text(
                f"  • {hint.skill}: the posting says “{hint.posting_evidence}”; "
                f"you show it in {hint.profile_evidence}"
            )
        )
    console.print(Text(TAILORING_EVIDENCE, style="dim"))


def _overall(report: Any) -> None:
    from rich.text import Text
    if not report.applications:
        say("No postings stored yet. Import one with `bounceback posting import FILE`.")
        return
    say(
        f"Across {report.applications} postings ({report.skill_gap_rejections} rejected for a skill gap):"
    )
    if not report.gaps:
        say("Your profile covers every skill these postings ask for.")
        return
    for gap in report.gaps:
        n = gap.skill_gap_rejections
        rejections = f", {n} skill-gap rejection{'s' if n != 1 else ''}" if n else ""
        postings = f"{gap.postings} posting{'s' if gap.postings != 1 else ''}"
        console.print(Text(f"  {gap.score:>5.1f}  {gap.skill} — in {postings}{rejections}"))
    if report.plan:
        console.print(Text("A learning plan:", style="bold"))
        for number, step in enumerate(report.plan, start=1):
            console.print(Text(f"  {number}. {step.skill}: {step.why}."))
            console.print(
                Text(
                    "     "
                    + "; ".join(step.applications[:4])
                    + (" …" if len(step.applications) > 4 else ""),
                    style="dim",
                )
            )
    if report.attribution:
        console.print(Text(report.attribution, style="dim"))


def tailor(app_ref: str = typer.Argument(..., metavar="APP"), json: bool = JsonOption) -> None:
    """Tailoring hints: posting skills your profile has but the resume you sent leaves out."""
    from bounceback.skills.tailoring import TAILORING_EVIDENCE

    report = service().views.gaps(resolve_app(app_ref).id)
    if json:
        print_json(
            {
                "application_id": report.application_id,
                "resume": report.resume,
                "hints": report.hints,
                "why": TAILORING_EVIDENCE,
            }
        )
        return
    if not report.has_posting:
        say(f"No posting stored yet: bounceback posting import FILE --app {report.application_id}")
        return
    _hints(report)
