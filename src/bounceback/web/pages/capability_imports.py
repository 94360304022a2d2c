"""Imports that capability parts provide: mailboxes (mail), postings and resumes (skills)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback.web.pages.extras import has

if TYPE_CHECKING:
    from bounceback.services import Bounceback
    from bounceback.web.jobs import Job
    from bounceback.web.pages.importers import Kind

MAIL_EXTENSIONS = (".mbox", ".eml", ".zip", ".tgz", ".tar.gz", ".mbx")


def _mail(bb: Bounceback, path: Path, job: Job | None) -> Any:
    def progress(p: Any) -> None:
        if job is not None:
            job.progress(p.done, p.total, f"{p.messages:,} messages so far")

    return bb.mail.import_path(path, progress=progress)  # type: ignore[attr-defined]


def _mail_lines(report: Any) -> list[str]:
    lines = [f"{report.messages:,} messages looked at; "
             f"{sum(report.by_kind.values()):,} about your job search."]
    if report.up_to_date:
        lines.append("Nothing new since the last import of this mailbox.")
    for kind, count in sorted(report.by_kind.items()):
        lines.append(f"{kind.replace('_', ' ').capitalize()}: {count:,}")
    if report.new_applications or report.updated_applications:
        lines.append(f"{report.new_applications} new applications, "
                     f"{report.updated_applications} brought up to date.")
    if report.for_review:
        lines.append(f"{report.for_review} emails wait for you in the inbox review.")
    if report.already_imported:
        lines.append(f"{report.already_imported:,} were already imported.")
    for skip in report.skipped[:20]:
        lines.append(f"Skipped {skip.where}: {skip.reason}")
    if len(report.skipped) > 20:
        lines.append(f"And {len(report.skipped) - 20} more skipped.")
    return lines


def _posting(bb: Bounceback, path: Path, job: Any) -> Any:
    return bb.skills.import_posting(path.read_bytes(), path.name)  # type: ignore[attr-defined]


def _posting_lines(result: Any) -> list[str]:
    posting = result.posting
    via = f" (via {posting.agency})" if getattr(posting, "agency", "") else ""
    lines = [("A new saved application: " if result.created else "Added to ")
             + result.application_title + via + "."]
    required = sorted({m.skill for m in posting.skills if m.importance.value == "required"})
    preferred = sorted({m.skill for m in posting.skills} - set(required))
    if required:
        lines.append(f"Skills asked for ({len(required)}): " + ", ".join(required[:30]))
    if preferred:
        lines.append(f"Nice to have ({len(preferred)}): " + ", ".join(preferred[:30]))
    mentioned = sorted({m.skill for m in getattr(posting, "mentioned", [])})
    if mentioned:
        lines.append(f"Also mentioned, not asked for ({len(mentioned)}): "
                     + ", ".join(mentioned[:30]))
    implied = [i.skill for i in getattr(posting, "implied", [])]
    if implied:
        lines.append(f"Implied by the title ({posting.implied[0].occupation}): " + ", ".join(implied))
    lines += list(getattr(posting, "warnings", []) or [])
    if result.attribution:
        lines.append(result.attribution)
    return lines


def _resume(bb: Bounceback, path: Path, job: Any) -> Any:
    return bb.skills.import_resume(path.read_bytes(), path.name)  # type: ignore[attr-defined]


def _resume_lines(result: Any) -> list[str]:
    resume, created = result
    lines = [f"Resume “{resume.name}”, version {resume.version}" +
             ("" if created else ": the same text as before, nothing new") + "."]
    skills = sorted({m.skill for m in resume.skills})
    if skills:
        lines.append(f"Skills found ({len(skills)}): " + ", ".join(skills[:40]))
    lines += list(resume.warnings or [])
    return lines


def kinds(bb: Bounceback) -> dict[str, Kind]:
    from bounceback.web.pages.importers import Kind

    mail = has(bb, "mail")
    skills = has(bb, "skills")
    return {
        "mail": Kind("mail", "Emails: a mailbox, .eml or a Takeout archive", MAIL_EXTENSIONS,
                     _mail, _mail_lines, ready=mail, background=True),
        "posting": Kind("posting", "A job posting (saved web page or text)",
                        (".html", ".htm", ".txt", ".md"), _posting, _posting_lines, ready=skills,
                        link=lambda r: f"/applications/{r.application_id}"),
        "resume": Kind("resume", "Your resume", (".pdf", ".docx", ".md", ".txt"), _resume,
                       _resume_lines, ready=skills),
    }
