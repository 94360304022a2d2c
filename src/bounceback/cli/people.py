"""Commands for contacts and tasks."""

from __future__ import annotations

import typer

from bounceback.cli.context import (
    JsonOption,
    console,
    enum_value,
    parse_day,
    print_json,
    resolve_app,
    say,
    service,
)

contacts_app = typer.Typer(help="People: recruiters, hiring managers, interviewers, referrers.", no_args_is_help=False)
tasks_app = typer.Typer(help="Reminders with a due date.")
#: Columns under which a task's title gets no column of its own (the number, box, day and
#: application take 29 of them).
TASKS_NARROW = 56


def register(app: typer.Typer) -> None:
    app.add_typer(contacts_app, name="contacts")
    app.add_typer(tasks_app, name="tasks")


@contacts_app.callback(invoke_without_command=True)
def contacts_default(ctx: typer.Context, app_ref: str | None = typer.Option(None, "--app", help="Only this application's."),
                     json: bool = JsonOption) -> None:
    """List contacts (or use a subcommand: add, link, remove)."""
    from rich.table import Table
    from rich.text import Text
    if ctx.invoked_subcommand is not None:
        return
    app_id = resolve_app(app_ref).id if app_ref else None
    people = service().views.contacts(app_id)  # no ORM (issue 16)
    if json:
        print_json(people)
        return
    if not people:
        say("No contacts yet. Add one with `bounceback contacts add NAME --role recruiter --app 12`.")
        return
    table = Table(show_edge=False, header_style="bold")
    for column in ("#", "Name", "Role", "Company", "Email", "Applications"):
        table.add_column(column)
    for c in people:
        table.add_row(str(c.id), Text(c.name), c.role.value.replace("_", " "), Text(c.company or ""),
                      Text(c.email or ""), ", ".join(f"#{i}" for i in c.application_ids))
    console.print(table)


@contacts_app.command("add")
def contacts_add(
    name: str = typer.Argument(...),
    role: str = typer.Option("other", help="recruiter, hiring_manager, interviewer, referrer, other."),
    app_ref: str | None = typer.Option(None, "--app", help="Link to this application."),
    company: str | None = typer.Option(None),
    email: str | None = typer.Option(None),
    phone: str | None = typer.Option(None),
    profile: str | None = typer.Option(None, help="Profile URL."),
    notes: str = typer.Option(""),
    json: bool = JsonOption,
) -> None:
    """Add a contact, optionally linked to an application."""
    from bounceback.domain.models import Contact
    from bounceback.domain.vocabulary import ContactRole

    linked = resolve_app(app_ref) if app_ref else None
    contact = service().contacts.add(Contact(
        name=name, role=enum_value(ContactRole, role, "role"),
        company=company or (linked.company if linked else None), email=email, phone=phone,
        profile_url=profile, notes=notes, application_ids=[linked.id] if linked else [],
    ))
    if json:
        print_json(contact)
    else:
        say(f"Added contact #{contact.id}: {contact.name}.")


@contacts_app.command("link")
def contacts_link(contact_id: int = typer.Argument(...), app_ref: str = typer.Argument(..., metavar="APP")) -> None:
    """Link a contact to an application."""
    found = resolve_app(app_ref)
    contact = service().contacts.link(contact_id, found.id)
    say(f"{contact.name} is linked to #{found.id}.")


@contacts_app.command("remove")
def contacts_remove(contact_id: int = typer.Argument(...)) -> None:
    """Delete a contact."""
    service().contacts.remove(contact_id)
    say(f"Contact #{contact_id} removed.")


@tasks_app.callback(invoke_without_command=True)
def tasks_default(ctx: typer.Context, all_: bool = typer.Option(False, "--all", help="Include done tasks."),
                  json: bool = JsonOption) -> None:
    """List open tasks (or use a subcommand: add, done)."""
    if ctx.invoked_subcommand is not None:
        return
    tasks = service().views.tasks(include_done=all_)  # no ORM (issue 16)
    if json:
        print_json(tasks)
        return
    if not tasks:
        say("No open tasks.")
        return
    from rich.table import Table
    from rich.text import Text

    if console.width < TASKS_NARROW:  # the title's column would be a word wide: the
        # application's number before the title, and the line wraps as it must
        for t in tasks:
            ref = f"#{t.application_id} " if t.application_id else ""
            console.print(Text(f"{t.id} [{'x' if t.done else ' '}] {t.due} {ref}{t.title}"))
        return
    # The application's number in a column of its own on the task's first line, as `today`
    # does (round 19): appended to the title, an 80-column terminal wrapped "(#N)" onto a line
    # of its own, where it read as belonging to nothing.
    grid = Table.grid(padding=(0, 0, 0, 2))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_column(no_wrap=True)
    for t in tasks:
        app = f"(#{t.application_id})" if t.application_id else ""
        grid.add_row(str(t.id), Text(f"[{'x' if t.done else ' '}] {t.due}"), Text(t.title), app)
    console.print(grid)


@tasks_app.command("add")
def tasks_add(
    title: str = typer.Argument(...),
    due: str = typer.Option("today", "--due", help="Due date (2026-11-30, tomorrow, next Monday)."),
    app_ref: str | None = typer.Option(None, "--app"),
    json: bool = JsonOption,
) -> None:
    """Add a task."""
    from bounceback.domain.models import Task

    due_day = parse_day(due, "--due") or service().clock().date()
    linked = resolve_app(app_ref) if app_ref else None
    task = service().tasks.add(Task(title=title, due=due_day, application_id=linked.id if linked else None))
    if json:
        print_json(task)
    else:
        say(f"Task #{task.id} due {task.due}: {task.title}")


@tasks_app.command("done")
def tasks_done(task_id: int = typer.Argument(...), undo: bool = typer.Option(False, "--undo")) -> None:
    """Mark a task done (or not done with --undo)."""
    task = service().tasks.done(task_id, not undo)
    say(f"Task #{task.id} {'done' if task.done else 'open again'}: {task.title}")


