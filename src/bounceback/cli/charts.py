"""`bounceback chart`, `bounceback review` and `bounceback calendar export`."""

from __future__ import annotations

from pathlib import Path

import typer

from bounceback.cli.context import JsonOption, console, parse_day, print_json, say, service

calendar_app = typer.Typer(help="Your interviews, follow-ups and plan in a calendar app.")


def register(app: typer.Typer) -> None:
    app.command("chart")(chart)
    app.command("review")(review)
    app.add_typer(calendar_app, name="calendar")


def chart(
    name: str | None = typer.Argument(
        None, help="sankey, funnel, reasons, mood, weekly or outlook; none lists them."
    ),
    out: Path | None = typer.Option(
        None, "--out", "-o", metavar="FILE",
        help="Write the chart here: .svg .png .pdf .html .json, or .txt for the Sankey as "
        "SankeyMATIC text. The extension picks the format.",
    ),
    json: bool = JsonOption,
) -> None:
    """Draw a chart of your search, or print its numbers."""
    from bounceback.charts.catalog import CHARTS, resolve

    if name is None:
        if json:
            print_json(list(CHARTS.values()))
            return
        for info in CHARTS.values():
            console.print(f"[bold]{info.name:<8}[/bold] {info.about}")
        say("\nWrite one with: bounceback chart sankey --out search.svg")
        return
    name = resolve(name)
    if out is not None:
        written = service().charts.export(name, out)
        say(f"Wrote {CHARTS[name].title.lower()} to {written}")
        return
    data = service().charts.data(name)
    if json:
        print_json(data)
    elif name == "sankey":
        from bounceback.charts.sankeymatic import sankeymatic_text

        print(sankeymatic_text(data), end="")
    else:
        print_json(data)


def review(
    week: str | None = typer.Option(
        None, "--week", metavar="WHEN",
        help="Which week: 'last', or any day in it (2026-11-16, 'last Monday'). "
        "Default: this week.",
    ),
    include_private: bool = typer.Option(
        False, "--include-private", help="Include your check-ins and journal entries."
    ),
    out: Path | None = typer.Option(
        None, "--out", "-o", metavar="FILE",
        help="Where to write it: .html, or .pdf (needs Chromium). "
        "Default: bounceback-review-<monday>.html here.",
    ),
) -> None:
    """Write a short review of the week: sent, back, felt, learned, next."""
    from datetime import timedelta

    from bounceback.charts.data import monday

    bb = service()
    today = bb.charts.today()
    if week is None or week.strip().lower() in ("this", "this week"):
        day = today
    elif week.strip().lower() in ("last", "last week"):
        day = monday(today) - timedelta(days=7)
    else:
        day = parse_day(week, "--week") or today
    path = out or Path(f"bounceback-review-{monday(day).isoformat()}.html")
    written = bb.charts.write_review(path, week=day, include_private=include_private)
    private = " (with private check-ins and journal)" if include_private else ""
    say(f"Wrote the review of the week of {monday(day):%d %B %Y}{private} to {written}")


@calendar_app.command("export")
def calendar_export(
    file: Path = typer.Argument(..., metavar="FILE", help="The .ics file to write."),
) -> None:
    """Write interviews, follow-ups, feedback reminders, re-invest days and plan blocks as .ics."""
    if file.suffix.lower() != ".ics":
        from bounceback.domain.errors import InvalidValue

        raise InvalidValue(f"{file} does not end in .ics; calendar apps open .ics files")
    written = service().charts.export_calendar(file)
    say(f"Wrote your calendar to {written}. Import it, or subscribe to the web app's feed.")
