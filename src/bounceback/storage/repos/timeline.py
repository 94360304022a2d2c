"""An application with everything hung on it (its page, the rejection page, `show`), in one
session: each repository here reads with SQLAlchemy Core on the session's connection (rows,
not ORM entities), so the page costs its statements and little more."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bounceback.domain.models import Rejection, Timeline
from bounceback.storage.repos import applications, contacts, events, rejections, tasks


def timeline(session: Session, app_id: int, rejection: Rejection | None = None) -> Timeline:
    """`rejection`: the application's rejection when the caller has read it already (the
    rejection page: an application has one rejection at most), rather than reading it again."""
    if rejection is not None and rejection.application_id != app_id:
        rejection = None
    return Timeline(
        application=applications.get(session, app_id),
        events=events.for_application(session, app_id),
        contacts=contacts.list_contacts(session, app_id),
        tasks=tasks.list_tasks(session, include_done=True, app_id=app_id),
        rejection=rejection or rejections.for_application(session, app_id),
    )
