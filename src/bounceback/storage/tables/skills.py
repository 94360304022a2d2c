"""Tables of the skills capability: postings, resumes and their versions, profile skills,
the user's vocabulary entries (their own and imported O*NET/ESCO names), and imports."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bounceback.storage import source_tables as t
from bounceback.storage.tables.base import Base, new_uid, now


class PostingRow(Base):
    """The job posting of an application (one per application; importing again replaces it)."""

    __table__ = t.POSTINGS
    id: Mapped[int]
    uid: Mapped[str]
    application_id: Mapped[int]
    title: Mapped[str]
    company: Mapped[str]
    location: Mapped[str]
    remote: Mapped[bool | None]
    salary_min: Mapped[float | None]
    salary_max: Mapped[float | None]
    salary_currency: Mapped[str | None]
    salary_period: Mapped[str | None]
    employment_type: Mapped[str]
    date_posted: Mapped[date | None]
    url: Mapped[str]
    description: Mapped[str]
    source_format: Mapped[str]
    file_name: Mapped[str]
    warnings: Mapped[Any]
    imported_at: Mapped[datetime]


class PostingSkillRow(Base):
    __table__ = t.POSTING_SKILLS
    id: Mapped[int]
    posting_id: Mapped[int]
    skill: Mapped[str]
    category: Mapped[str]
    matched: Mapped[str]
    importance: Mapped[str]
    years: Mapped[float | None]
    evidence: Mapped[str]
    source: Mapped[str]
    position: Mapped[int]


class ResumeRow(Base):
    """One version of a resume: versions of one name are numbered 1, 2, 3..."""

    __tablename__ = "resumes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    file_format: Mapped[str] = mapped_column(String(20), default="text")
    text: Mapped[str] = mapped_column(Text, default="")
    digest: Mapped[str] = mapped_column(String(64))
    titles: Mapped[Any] = mapped_column(JSON, default=list)
    years: Mapped[Any] = mapped_column(JSON, default=dict)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=now)

    __table_args__ = (UniqueConstraint("name", "version"), Index("ix_resumes_digest", "digest"))


class ResumeSkillRow(Base):
    __tablename__ = "resume_skills"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resume_id: Mapped[int] = mapped_column(ForeignKey("resumes.id", ondelete="CASCADE"))
    skill: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(200), default="")
    matched: Mapped[str] = mapped_column(String(300), default="")
    years: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(10), default="builtin")
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("resume_id", "skill"),)


class ApplicationResumeRow(Base):
    """Which resume version went with which application."""

    __tablename__ = "application_resumes"
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True
    )
    resume_id: Mapped[int] = mapped_column(ForeignKey("resumes.id", ondelete="CASCADE"))


class ProfileSkillRow(Base):
    """A skill the user says they have, beyond what their resumes show."""

    __tablename__ = "profile_skills"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    skill: Mapped[str] = mapped_column(String(300), unique=True)
    category: Mapped[str] = mapped_column(String(200), default="")
    years: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class VocabularyEntryRow(Base):
    """An entry added to the built-in vocabulary: the user's own, or imported (O*NET, ESCO)."""

    __tablename__ = "vocabulary_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(200), default="")
    aliases: Mapped[Any] = mapped_column(JSON, default=list)
    case_sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_context: Mapped[bool] = mapped_column(Boolean, default=False)
    cues: Mapped[Any] = mapped_column(JSON, default=list)
    hot: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(10), default="user")

    __table_args__ = (UniqueConstraint("source", "name"),)


class VocabularyImportRow(Base):
    """A taxonomy imported into the vocabulary, with the attribution its licence asks for."""

    __tablename__ = "vocabulary_imports"
    source: Mapped[str] = mapped_column(String(10), primary_key=True)
    version: Mapped[str] = mapped_column(String(40), default="")
    file_name: Mapped[str] = mapped_column(String(500), default="")
    entries: Mapped[int] = mapped_column(Integer, default=0)
    attribution: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=now)
