"""Tables of the pipeline: the weekly plan's implementation intentions, and ghosting snoozes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bounceback.storage import source_tables as t
from bounceback.storage.tables.base import Base, new_uid, now


class PlanIntentionRow(Base):
    """'Tuesday 9:00, at home: 3 applications'. The weekly goal itself is a setting."""

    __tablename__ = "plan_intentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 is Monday
    at: Mapped[str] = mapped_column(String(5))  # "09:00"
    place: Mapped[str] = mapped_column(String(200))
    count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class GhostSnoozeRow(Base):
    """The user said "not ghosted yet": no ghosting offer for this application until `until`."""

    __table__ = t.GHOST_SNOOZES
    application_id: Mapped[int]
    until: Mapped[date]
    created_at: Mapped[datetime]
