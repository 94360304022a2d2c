"""Fingerprints of imported rows, so that the same file imported twice adds nothing."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.storage.tables import ImportRecordRow


def seen_fingerprints(session: Session, fingerprints: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(fingerprints), 500):
        chunk = fingerprints[start : start + 500]
        found.update(
            session.scalars(select(ImportRecordRow.fingerprint).where(ImportRecordRow.fingerprint.in_(chunk)))
        )
    return found


def record_import(session: Session, fingerprint: str, kind: str, app_id: int | None) -> None:
    session.add(ImportRecordRow(fingerprint=fingerprint, kind=kind, application_id=app_id))
    session.flush()
