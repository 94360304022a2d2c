"""Commands for postings, resumes and the skills profile and vocabulary."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import typer

from bounceback.cli.context import JsonOption, console, print_json, resolve_app, say, service

posting_app = typer.Typer(help="Job postings: import a saved page, a text file or pasted text.")
resume_app = typer.Typer(help="Resumes: import versions, and say which one went where.")
skills_app = typer.Typer(help="Your skills profile, the skills vocabulary and its imports.")
import_app = typer.Typer(help="Import a skills taxonomy into the vocabulary (O*NET, ESCO).")
MAX_BYTES = 20 * 1024 * 1024


def register(app: typer.Typer) -> None:
    from bounceback.cli import gaps

    app.add_typer(posting_app, name="posting")
    app.add_typer(resume_app, name="resume")
    app.add_typer(skills_app, name="skills")
    skills_app.add_typer(import_app, name="import")
    gaps.register(app)


def read_input(file: str) -> tuple[bytes, str | None]:
    """The bytes of FILE, or of standard input for "-"."""
    from bounceback.domain.errors import ImportFailed

    if file == "-":
        import sys

        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read(MAX_BYTES + 1) if stream else sys.stdin.read().encode("utf-8")
        if len(data) > MAX_BYTES:
            raise ImportFailed("the pasted text is larger than 20 MB; paste just the posting")
        return data, None
    from bounceback.cli.arguments import readable_name
    from bounceback.files import read_file

    path = Path(file).expanduser()
    if not os.path.lexists(path):  # never raises, even on a name too long
        raise ImportFailed(
            f"no file at {file}; give the path of a saved page or text, or - to paste"
        )
    # The bytes of a name made on another system open the file; the name kept is readable.
    return read_file(path, limit=MAX_BYTES), readable_name(path.name)


def _interactive() -> bool:
    import sys

    return sys.stdin.isatty() and sys.stdout.isatty()


def _ask(question: str) -> str | None:
    """What the user types for a field the posting does not show (Enter leaves it blank)."""
    answer: str = typer.prompt(
        f"{question} (Enter to leave it blank)", default="", show_default=False
    )
    return answer.strip() or None


def skill_lines(matches: list[Any]) -> None:
    from rich.text import Text

    required = [m.skill for m in matches if m.importance.value == "required"]
    nice = [m.skill for m in matches if m.importance.value != "required"]
    if not matches:
        say(
            "No skills from the vocabulary found. You can add your own: bounceback skills vocabulary add NAME"
        )
    if required:
        console.print(Text(f"  Asked for: {', '.join(required)}"))
    if nice:
        console.print(Text(f"  Nice to have: {', '.join(nice)}"))


def attribution_line(text: str | None) -> None:
    from rich.text import Text

    if text:
        console.print(Text(text, style="dim"))


@posting_app.command("import")
def posting_import(
    file: str = typer.Argument(
        ...,
        metavar="FILE|-",
        help="Saved page (.html), .txt/.md, PDF, DOCX, or - for standard input.",
    ),
    app_ref: str | None = typer.Option(
        None, "--app", help="Attach to this application instead of finding or creating one."
    ),
    company: str | None = typer.Option(None, help="Company, when the posting does not name it."),
    role: str | None = typer.Option(None, help="Role title, to override the posting's."),
    encoding: str | None = typer.Option(None, help="Text encoding of the file, e.g. cp1252."),
    json: bool = JsonOption,
) -> None:
    """Import a job posting; creates a saved application or updates the matching one."""
    data, name = read_input(file)
    app_id = resolve_app(app_ref).id if app_ref else None
    ask = (company is None or role is None) and app_id is None and not json and file != "-"
    ask = ask and _interactive()
    peeked = service().skills.peek_posting(data, name, encoding) if ask else None
    if peeked is not None and company is None and not peeked.company:
        company = _ask("The posting does not name the company. Which company is it?")
    if peeked is not None and role is None and not peeked.title:
        role = _ask("The posting's job title could not be read. What is the job?")
    result = service().skills.import_posting(
        data, name, app_id, company=company, role=role, encoding=encoding
    )
    p = result.posting
    if json:
        out = p.to_dict()
        out.update(
            application_id=result.application_id,
            application=result.application_title,
            created=result.created,
            attribution=result.attribution,
        )
        notes = [
            f"{field} is null: {why}"
            for field, why in (
                ("company", "the posting does not name it; give it with --company NAME"),
                ("title", "the posting's job title could not be read; give it with --role TITLE"),
                ("location", "the posting's location could not be read"),
            )
            if field in p.missing
        ]
        if notes:
            out["notes"] = notes
        print_json(out)
        return
    verb = "Added" if result.created else "Updated"
    say(f"{verb} application #{result.application_id}: {result.application_title}.")
    via = f"via {p.agency}" if p.agency else ""
    salary = str(p.salary) if p.salary else ""
    details = [d for d in (via, p.location, salary, p.employment_type) if d]
    if details:
        say("  " + " · ".join(details))
    skill_lines(p.skills)
    if p.mentioned:
        say(f"  Also mentioned (not asked for): {', '.join(m.skill for m in p.mentioned)}")
    if p.implied:
        implied = ", ".join(i.skill for i in p.implied)
        say(f"  Implied by the title ({p.implied[0].occupation}): {implied}")
    for warning in p.warnings:
        say(f"  Note: {warning}.")
    say(f"  What it asks that your profile lacks: bounceback gaps {result.application_id}")
    attribution_line(result.attribution)


@posting_app.command("show")
def posting_show(
    app_ref: str = typer.Argument(..., metavar="APP"), json: bool = JsonOption
) -> None:
    """Show an application's posting: fields, skills with their sentences, description."""
    from rich.text import Text

    views = service().views  # no ORM (issue 16)
    p, owed = views.posting(resolve_app(app_ref).id)
    if json:
        out = p.to_dict()
        out["attribution"] = owed
        print_json(out)
        return
    console.print(Text(f"{p.title} — {p.company}", style="bold"))
    for label, value in (
        ("Location", p.location),
        ("Salary", str(p.salary) if p.salary else ""),
        ("Type", p.employment_type),
        ("Posted", str(p.date_posted or "")),
        ("URL", p.url),
    ):
        if value:
            console.print(Text(f"{label}: {value}"))
    for m in p.skills:
        tag = "" if m.importance.value == "required" else " (nice to have)"
        console.print(Text(f"  • {m.skill}{tag}: “{m.evidence}”"))
    if p.mentioned:
        mentioned = ", ".join(m.skill for m in p.mentioned)
        console.print(Text(f"  Also mentioned (not asked for): {mentioned}"))
    if p.implied:
        implied = ", ".join(i.skill for i in p.implied)
        console.print(Text(f"  Implied by the title ({p.implied[0].occupation}): {implied}"))
    console.print(Text("\n" + p.description))
    attribution_line(owed)


@resume_app.command("import")
def resume_import(
    file: str = typer.Argument(
        ..., metavar="FILE|-", help="PDF, DOCX, Markdown or text, or - for standard input."
    ),
    name: str | None = typer.Option(
        None,
        "--name",
        help="Name of this resume (default: the file name); a new file under the same name is a new version.",
    ),
    app_ref: str | None = typer.Option(
        None, "--app", help="The application this version went with."
    ),
    encoding: str | None = typer.Option(None, help="Text encoding of a text file, e.g. cp1252."),
    json: bool = JsonOption,
) -> None:
    """Import a resume into your profile: skills, titles, years per skill."""
    from rich.text import Text

    data, file_name = read_input(file)
    app_id = resolve_app(app_ref).id if app_ref else None
    resume, created = service().skills.import_resume(data, file_name, name, app_id, encoding)
    if json:
        print_json(
            {
                "id": resume.id,
                "name": resume.name,
                "version": resume.version,
                "new_version": created,
                "format": resume.file_format,
                "titles": resume.titles,
                "roles": [r.to_dict() for r in resume.roles],
                "years": resume.years,
                "skills": [m.to_dict() for m in resume.skills],
                "application_id": app_id,
            }
        )
        return
    if created:
        say(f"Imported {resume.label} (#{resume.id}): {len(resume.skills)} skills found.")
    else:
        say(f"{resume.label} (#{resume.id}) already holds this text; no new version added.")
    if resume.titles:
        say("  Titles: " + "; ".join(resume.titles))
    for role in resume.roles:
        when = role.to_dict()
        at = f", {role.organisation}" if role.organisation else ""
        console.print(Text(f"  {role.title}{at}: {when['start']} to {when['end'] or '?'}"))
    if resume.skills:
        shown = [
            f"{m.skill} ({resume.years[m.skill]:g} y)" if m.skill in resume.years else m.skill
            for m in resume.skills
        ]
        console.print(Text("  Skills: " + ", ".join(shown)))
    if app_id:
        say(f"  Linked to application #{app_id}.")


@resume_app.command("list")
def resume_list(json: bool = JsonOption) -> None:
    """List resume versions and the applications each went with."""
    from rich.table import Table
    from rich.text import Text

    versions, links = service().views.resumes()  # read without the ORM
    if json:
        print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "version": r.version,
                    "format": r.file_format,
                    "imported_at": r.imported_at,
                    "skills": sorted(r.skill_names),
                    "applications": links.get(r.id or 0, []),
                }
                for r in versions
            ]
        )
        return
    if not versions:
        say("No resumes yet. Import one with `bounceback resume import cv.pdf`.")
        return
    table = Table(show_edge=False, header_style="bold")
    for column in ("#", "Resume", "Format", "Skills", "Applications"):
        table.add_column(column)
    for r in versions:
        table.add_row(
            str(r.id),
            Text(r.label),
            r.file_format,
            str(len(r.skills)),
            ", ".join(f"#{a}" for a in links.get(r.id or 0, [])),
        )
    console.print(table)


@resume_app.command("use")
def resume_use(
    resume_ref: str = typer.Argument(..., metavar="RESUME", help="Number, name, or 'name v2'."),
    app_ref: str = typer.Argument(..., metavar="APP"),
) -> None:
    """Record which resume version went with an application."""
    bb = service()
    resume = bb.skills.find_resume(resume_ref)
    target = resolve_app(app_ref)
    bb.skills.use_resume(target.id, resume.id or 0)
    say(f"{resume.label} went with #{target.id} {target.title}.")


@skills_app.callback(invoke_without_command=True)
def skills_default(ctx: typer.Context, json: bool = JsonOption) -> None:
    """Your skills profile (or a subcommand: add, remove, vocabulary, import, rescan)."""
    from rich.text import Text

    if ctx.invoked_subcommand is not None:
        return
    profile = service().views.profile()  # no ORM (issue 16)
    if json:
        print_json(profile)
        return
    if not profile.skills:
        say(
            "Your profile is empty. Import a resume (bounceback resume import cv.pdf) "
            "or add a skill (bounceback skills add 'forklift operation')."
        )
        return
    category = None
    for p in profile.skills:
        if p.category != category:
            category = p.category
            console.print(Text(category.capitalize(), style="bold"))
        years = f", {p.years:g} years" if p.years else ""
        console.print(Text(f"  {p.skill}{years}  ({'; '.join(dict.fromkeys(p.sources))})"))
    if profile.titles:
        console.print(Text("Titles: " + "; ".join(profile.titles)))


@skills_app.command("add")
def skills_add(
    name: str = typer.Argument(...),
    years: float | None = typer.Option(None, help="Years of experience with it."),
) -> None:
    """Add a skill you have to your profile (even if no resume mentions it)."""
    added = service().skills.add_skill(name, years)
    say(f"Added {added.skill} ({added.category}) to your profile.")


@skills_app.command("remove")
def skills_remove(name: str = typer.Argument(...)) -> None:
    """Remove a skill you added to your profile."""
    service().skills.remove_skill(name)
    say(f"Removed {name} from the skills you added.")


@skills_app.command("rescan")
def skills_rescan() -> None:
    """Find skills again in every stored posting and resume (done after vocabulary changes)."""
    count = service().skills.rescan()
    say(f"Looked again at {count} postings and resumes.")


@skills_app.command("vocabulary")
def skills_vocabulary(
    search: str | None = typer.Argument(
        None, help="Only entries whose name or alias contains this."
    ),
    category: str | None = typer.Option(None, help="Only this category."),
    add: bool = typer.Option(False, "--add", help="Add SEARCH as a new entry of your own."),
    alias: list[str] = typer.Option(
        [], "--alias", help="With --add: another name for it (repeatable)."
    ),
    remove: bool = typer.Option(False, "--remove", help="Remove your own entry named SEARCH."),
    json: bool = JsonOption,
) -> None:
    """Browse the skills vocabulary, or add (--add) and remove (--remove) your own entries."""
    from rich.text import Text

    bb = service()
    if add or remove:
        from bounceback.domain.errors import InvalidValue

        if not search:
            raise InvalidValue(
                "name the entry: bounceback skills vocabulary 'cake decorating' --add"
            )
        if add:
            skill = bb.skills.add_vocabulary(search, category or "my skills", alias)
            say(f"Added {skill.name} to the vocabulary; postings and resumes were scanned again.")
        else:
            bb.skills.remove_vocabulary(search)
            say(f"Removed {search} from your vocabulary entries.")
        return
    from bounceback.skills.vocabulary import skill_to_dict

    needle = (search or "").casefold()
    vocabulary, attributions = bb.views.vocabulary()  # no ORM (issue 16)
    entries = [
        s
        for s in vocabulary
        if (not category or s.category.casefold() == category.casefold())
        and (not needle or any(needle in f.casefold() for f in s.forms))
    ]
    if json:
        print_json({"entries": [skill_to_dict(s) for s in entries], "attributions": attributions})
        return
    by_category: dict[str, list[str]] = {}
    for s in entries:
        by_category.setdefault(s.category, []).append(s.name)
    for name, names in sorted(by_category.items(), key=lambda kv: kv[0].casefold())[:60]:
        console.print(Text(f"{name} ({len(names)})", style="bold"))
        console.print(Text("  " + ", ".join(names[:40]) + (" …" if len(names) > 40 else "")))
    if len(by_category) > 60:
        say(
            f"… and {len(by_category) - 60} more categories; narrow with --category or a search word."
        )
    say(f"{len(entries)} entries.")
    for text in attributions.values():
        attribution_line(text)


@import_app.command("onet")
def import_onet(
    path: Path = typer.Argument(
        ..., help="'Technology Skills.txt' from the O*NET database, or its folder."
    ),
) -> None:
    """Import the O*NET Technology Skills file (about 9,000 technology names)."""
    done = service().skills.import_onet(path)
    say(
        f"Imported {done.entries} O*NET technology names (version {done.version}); "
        f"{done.new_entries} were new to the vocabulary. Looked again at {done.rescanned} postings and resumes."
    )
    attribution_line(done.attribution)


@import_app.command("esco")
def import_esco(path: Path = typer.Argument(..., help="ESCO skills CSV (skills_en.csv).")) -> None:
    """Import an ESCO skills CSV (preferred and alternative labels)."""
    done = service().skills.import_esco(path)
    say(f"Imported {done.entries} ESCO skills; {done.new_entries} were new to the vocabulary.")
    attribution_line(done.attribution)
