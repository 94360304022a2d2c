"""Companies: found or created by their normalised name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.domain.models import Company
from bounceback.domain.names import company_key
from bounceback.storage.tables import CompanyRow


def get_or_create(session: Session, name: str) -> CompanyRow:
    name = " ".join(name.split())
    key = company_key(name)
    row = session.scalar(select(CompanyRow).where(CompanyRow.key == key))
    if row is None:
        row = CompanyRow(name=name, key=key, notes="")
        session.add(row)
        session.flush()
    return row


def find(session: Session, name: str) -> CompanyRow | None:
    return session.scalar(select(CompanyRow).where(CompanyRow.key == company_key(name)))


def to_domain(row: CompanyRow) -> Company:
    return Company(
        id=row.id, name=row.name, website=row.website, industry=row.industry,
        size=row.size, notes=row.notes,
    )


def list_all(session: Session) -> list[Company]:
    return [to_domain(r) for r in session.scalars(select(CompanyRow).order_by(CompanyRow.name))]
