"""Companies: found or created by their normalised name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bounceback.domain.models import Company
from bounceback.domain.names import company_key
from bounceback.storage.repos import core
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


#: A company by its key, built once and read as a row (a brief sends it on every view)
_BY_KEY = core.prebuilt(
    select(CompanyRow.__table__).where(CompanyRow.__table__.c.key == bindparam("key")))


def find_company(session: Session, name: str) -> Company | None:
    """The company of that name (as its key matches), read as a row, not an entity."""
    found = core.rows(session, _BY_KEY, {"key": company_key(name)})
    return to_domain(found[0]) if found else None


def to_domain(row: Any) -> Company:
    return Company(
        id=row.id, name=row.name, website=row.website, industry=row.industry,
        size=row.size, notes=row.notes,
    )


def list_all(session: Session) -> list[Company]:
    return [to_domain(r) for r in session.scalars(select(CompanyRow).order_by(CompanyRow.name))]
