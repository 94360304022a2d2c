"""Tables and panels for applications, timelines and today, in calm colours."""

from __future__ import annotations

from typing import Any

from bounceback.cli.context import console

STATUS_STYLE = {
    "saved": "dim", "applied": "cyan", "screening": "blue", "interviewing": "magenta",
    "offer": "green", "accepted": "bold green", "rejected": "grey62", "withdrawn": "grey62",
    "ghosted": "grey50",
}


def money(app: Any) -> str:
    if app.salary_min is None and app.salary_max is None:
        return ""
    cur = app.salary_currency or ""
    if app.salary_min == app.salary_max or app.salary_max is None:
        return f"{app.salary_min:,} {cur}".strip()
    if app.salary_min is None:
        return f"up to {app.salary_max:,} {cur}".strip()
    return f"{app.salary_min:,}–{app.salary_max:,} {cur}".strip()


def applications_table(apps: list[Any]) -> None:
    from rich.table import Table
    from rich.text import Text
    if not apps:
        console.print("No applications match. Add one with `bounceback add COMPANY ROLE`.")
        return
    table = Table(show_edge=False, header_style="bold")
    for column in ("#", "Company", "Role", "Status", "Applied", "Source", "Tags"):
        table.add_column(column, no_wrap=column in ("#", "Applied"))
    for a in apps:
        table.add_row(
            str(a.id), Text(a.company), Text(a.role), Text(a.status, style=STATUS_STYLE.get(a.status, "")),
            str(a.date_applied or ""), a.source.value.replace("_", " "), Text(", ".join(a.tags)),
        )
    console.print(table)
    console.print(f"{len(apps)} application{'s' if len(apps) != 1 else ''}", style="dim")


def timeline(t: Any) -> None:
    from rich.table import Table
    from rich.text import Text
    a = t.application
    console.print(Text(f"#{a.id}  {a.role} at {a.company}", style="bold"))
    facts = [
        ("Status", a.status), ("Furthest stage", a.furthest_stage.value),
        ("Applied", str(a.date_applied or "not yet")), ("Location", a.location or ""),
        ("Remote", "" if a.remote is None else ("yes" if a.remote else "no")),
        ("Salary", money(a)), ("Source", a.source.value.replace("_", " ") + (f" ({a.source_detail})" if a.source_detail else "")),
        ("Excitement", "" if a.excitement is None else f"{a.excitement}/5"), ("Posting", a.url or ""),
        ("Tags", ", ".join(a.tags)), ("Notes", a.notes),
    ]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim")
    grid.add_column()
    for label, value in facts:
        if value:
            grid.add_row(label, Text(value))
    console.print(grid)
    if t.rejection:
        r = t.rejection
        reasons = ", ".join(e.reason + (" (primary)" if e.primary else "") for e in r.reasons) or "not recorded"
        console.print(Text(f"\nRejected on {r.received_on} at {r.stage_reached.value}, by {r.channel.value}. Reasons: {reasons}"))
    if t.contacts:
        console.print(Text("\nContacts", style="bold"))
        for c in t.contacts:
            console.print(Text(f"  {c.name} ({c.role.value.replace('_', ' ')}) {c.email or ''}"))
    if t.tasks:
        console.print(Text("\nTasks", style="bold"))
        for task in t.tasks:
            console.print(Text(f"  [{'x' if task.done else ' '}] {task.due}  {task.title}"))
    console.print(Text("\nTimeline", style="bold"))
    for e in t.events:
        origin = "" if e.origin.value == "user" else f" ({e.origin.value})"
        console.print(Text(f"  {e.occurred_at:%Y-%m-%d %H:%M}  {e.kind.value.replace('_', ' ')}: {e.summary}{origin}"))
