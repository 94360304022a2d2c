"""`bounceback today`: what is due and what needs attention, gathered from every capability."""

from __future__ import annotations

import typer

from bounceback.cli.context import JsonOption, console, parse_day, print_json, service

TONE = {"crisis": "bold", "warning": "yellow", "gentle": "cyan", "neutral": ""}
NARROW = 30  # columns under which the items' numbers get no column of their own


def register(app: typer.Typer) -> None:
    app.command("today")(today)


def today(
    on: str | None = typer.Option(None, "--on", help="Show another day (for planning)."),
    json: bool = JsonOption,
) -> None:
    """What is due today and what needs your attention."""
    sections = service().today(parse_day(on, "--on"))
    if json:
        print_json(sections)
        return
    from rich.table import Table
    from rich.text import Text

    if not any(s.items for s in sections):
        console.print("Nothing is due today. A good day to send an application or two.")
        return
    for section in sections:
        if not section.items:
            continue
        console.print(Text(section.title, style="bold " + TONE.get(section.tone, "")))
        if console.width < NARROW:  # no room for a column: the number first, then the text
            for item in section.items:
                ref = f"#{item.application_id} " if item.application_id else ""
                console.print(Text(f"• {ref}{item.text}"))
            console.print()
            continue
        # The item's number in a column of its own on the item's first line: appended to the
        # text, a terminal 80 wide wrapped "(#10)" onto a line of its own.
        refs = [f" (#{i.application_id})" if i.application_id else "" for i in section.items]
        room = console.width - len("  •") - 1 - max(map(len, refs)) - 1
        grid = Table.grid(padding=(0, 0, 0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        grid.add_column(no_wrap=True)
        for item, ref in zip(section.items, refs, strict=True):
            grid.add_row("  •", Text(_lines(item.text, room)), ref)
        console.print(grid)
        console.print()


def _lines(text: str, width: int) -> str:
    """The text wrapped to the column's width, its last line never one short word alone (an
    80-column terminal printed an interview's "round" and its "5" on two lines)."""
    import textwrap

    lines = textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    if len(lines) > 1 and " " not in lines[-1] and len(lines[-1]) <= 12:
        head, _, word = lines[-2].rpartition(" ")
        if head and len(word) + 1 + len(lines[-1]) <= width:
            lines[-2:] = [head, f"{word} {lines[-1]}"]
    return "\n".join(lines)
