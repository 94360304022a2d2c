"""Skills records: postings, resumes, vocabulary entries, skill matches, gaps and hints."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from bounceback.domain.errors import ImportFailed


class Importance(StrEnum):
    """How much a posting wants a skill."""

    REQUIRED = "required"
    NICE_TO_HAVE = "nice_to_have"
    # named in the posting but not asked of the candidate (a duty's tool, "you will learn X",
    # "our team uses Y"): shown apart as "also mentioned", never a gap
    MENTIONED = "mentioned"


class SkillSource(StrEnum):
    """Where a vocabulary entry came from."""

    BUILTIN = "builtin"
    USER = "user"
    ONET = "onet"
    ESCO = "esco"
    TEXT = "text"  # named in the posting or resume in its own words, in no vocabulary


class UnreadableDocument(ImportFailed):
    """A posting or resume file that cannot be read: says what and suggests pasting the text."""


class NotAPosting(UnreadableDocument):
    """A page that holds no job posting (no JobPosting data and no posting-like text)."""


class Form(NamedTuple):
    """One way of writing a skill, with its own rules (built-in entries carry one per form:
    "AWS" matches only as written and only in a welding or cloud context, "Amazon Web Services"
    in any case). `fields` names the fields of work where this form means this skill."""

    text: str
    case_sensitive: bool = False
    needs_context: bool = False
    cues: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    verb_like: bool = False
    cue_alone: bool = True  # False: a cue word is not enough ("English": only as a language)


@dataclass(frozen=True)
class Skill:
    """One entry of the skills vocabulary: a canonical name, its aliases and its category.

    `case_sensitive` entries match only as written (Excel, not excel); `needs_context` entries
    (Go, R, C) match only when the sentence also shows they mean the skill (cue words or
    another skill of the same family nearby); `verb_like` entries are not the skill when they
    open a sentence as a verb would ("Go above and beyond", "Excel at...").
    """

    name: str
    category: str
    aliases: tuple[str, ...] = ()
    source: SkillSource = SkillSource.BUILTIN
    case_sensitive: bool = False
    needs_context: bool = False
    cues: tuple[str, ...] = ()
    hot: bool = False
    verb_like: bool = False  # "Go to", "Excel at": not the skill when it opens a sentence
    rules: tuple[Form, ...] = ()  # per-form rules; empty: every form follows the flags above

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def form_rules(self) -> tuple[Form, ...]:
        if self.rules:
            return self.rules
        return tuple(
            Form(f, self.case_sensitive, self.needs_context, self.cues, (), self.verb_like)
            for f in self.forms
        )


@dataclass(frozen=True)
class SkillMatch:
    """A skill found in a text, with the sentence that shows it."""

    skill: str
    category: str
    text: str
    start: int
    end: int
    evidence: str
    importance: Importance = Importance.REQUIRED
    years: float | None = None
    source: SkillSource = SkillSource.BUILTIN
    section: str = ""  # the part of the posting it sits in: requirements, duties, ...
    how: str = ""  # how a phrase in the text's own words was found: cue, duty, tool, list, bare

    def to_dict(self) -> dict[str, object]:
        return {
            "skill": self.skill,
            "category": self.category,
            "matched": self.text,
            "importance": self.importance.value,
            "years": self.years,
            "evidence": self.evidence,
            "source": self.source.value,
        }


@dataclass
class Salary:
    minimum: float | None = None
    maximum: float | None = None
    currency: str | None = None
    period: str | None = None  # year, month, week, day, hour

    def __str__(self) -> str:
        def fmt(v: float) -> str:
            return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}"

        amounts = [fmt(v) for v in (self.minimum, self.maximum) if v is not None]
        text = " – ".join(dict.fromkeys(amounts))
        if self.currency:
            text = f"{self.currency} {text}"
        if self.period:
            text += f" per {self.period}"
        return text

    def to_dict(self) -> dict[str, object]:
        return {
            "min": self.minimum,
            "max": self.maximum,
            "currency": self.currency,
            "period": self.period,
            "text": str(self),
        }


@dataclass(frozen=True)
class ImpliedSkill:
    """A skill the posting's title implies (a plumber plumbs), not one its text names."""

    skill: str
    category: str
    occupation: str

    def to_dict(self) -> dict[str, object]:
        return {"skill": self.skill, "category": self.category, "occupation": self.occupation}


@dataclass(frozen=True)
class Role:
    """A role on a resume: its title, the employer, and when (month precision)."""

    title: str
    organisation: str = ""
    start: date | None = None
    end: date | None = None  # None with current=True: to the present
    current: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "organisation": self.organisation or None,
            "start": self.start.isoformat()[:7] if self.start else None,
            "end": "present" if self.current else (self.end.isoformat()[:7] if self.end else None),
        }


@dataclass
class Posting:
    """A job posting as read from a page or a text: its fields and its description as text."""

    title: str = ""
    company: str = ""
    location: str = ""
    remote: bool | None = None
    salary: Salary | None = None
    employment_type: str = ""
    date_posted: date | None = None
    description: str = ""
    url: str = ""
    source_format: str = "text"  # json-ld, microdata, html-text, text, markdown
    skills: list[SkillMatch] = field(default_factory=list)  # asked for: required or preferred
    warnings: list[str] = field(default_factory=list)
    id: int | None = None
    application_id: int | None = None
    file_name: str = ""
    # named, not asked for (importance MENTIONED): shown apart, never counted as a gap
    mentioned: list[SkillMatch] = field(default_factory=list)
    occupation: str = ""  # the occupation the title names, when known
    implied: list[ImpliedSkill] = field(default_factory=list)
    work_field: str = ""  # the field of work the posting belongs to (trades, health...)
    # The recruitment agency that posted the job for the company it names ("via Voltline
    # Recruitment"); empty when the employer posted it, or when the agency is the company
    agency: str = ""

    @property
    def missing(self) -> list[str]:
        """The fields the posting does not state (they stay empty, never guessed)."""
        return [name for name in ("title", "company", "location") if not getattr(self, name)]

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "application_id": self.application_id,
            "title": self.title or None,
            "company": self.company or None,
            "agency": self.agency or None,
            "location": self.location or None,
            "missing": self.missing,
            "occupation": self.occupation or None,
            "field": self.work_field or None,
            "required_skills": [
                m.skill for m in self.skills if m.importance is Importance.REQUIRED
            ],
            "preferred_skills": [
                m.skill for m in self.skills if m.importance is not Importance.REQUIRED
            ],
            "implied_by_title": [i.to_dict() for i in self.implied],
            "remote": self.remote,
            "salary": self.salary.to_dict() if self.salary else None,
            "employment_type": self.employment_type,
            "date_posted": self.date_posted.isoformat() if self.date_posted else None,
            "url": self.url,
            "source_format": self.source_format,
            "skills": [m.to_dict() for m in self.skills],
            "asked_for": [m.skill for m in self.skills],
            "also_mentioned": [m.to_dict() for m in self.mentioned],
            "warnings": list(self.warnings),
            "description": self.description,
        }


@dataclass
class Resume:
    """One version of the candidate's resume, read from a file."""

    name: str
    text: str
    file_format: str  # pdf, docx, markdown, text
    skills: list[SkillMatch] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    years: dict[str, float] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    digest: str = ""
    warnings: list[str] = field(default_factory=list)
    id: int | None = None
    version: int = 1
    file_name: str = ""
    imported_at: datetime | None = None

    @property
    def label(self) -> str:
        return f"{self.name} v{self.version}"

    @property
    def skill_names(self) -> set[str]:
        return {m.skill for m in self.skills}


@dataclass(frozen=True)
class SkillGap:
    """A skill a posting asks for that the profile does not show."""

    skill: str
    category: str
    importance: Importance
    evidence: str


@dataclass
class ApplicationGaps:
    """Per application: what the posting asks for, split into have / missing."""

    required_missing: list[SkillGap] = field(default_factory=list)
    nice_missing: list[SkillGap] = field(default_factory=list)
    matched: list[SkillMatch] = field(default_factory=list)

    @property
    def coverage(self) -> float | None:
        """Share of the required skills the profile shows (None when none are required)."""
        required = {m.skill for m in self.matched if m.importance is Importance.REQUIRED}
        total = len(required) + len(self.required_missing)
        return None if total == 0 else len(required) / total


@dataclass(frozen=True)
class ApplicationSkills:
    """What gap analysis across the search needs to know about one application."""

    application_id: int
    label: str
    skills: tuple[SkillMatch, ...]
    rejected_for_skill_gap: bool = False


@dataclass
class SearchGap:
    """A skill missing across the search, with its weight and the applications it touched."""

    skill: str
    category: str
    score: float
    postings: int
    skill_gap_rejections: int
    required_in: int
    applications: list[str] = field(default_factory=list)
    evidence: str = ""


@dataclass(frozen=True)
class LearningStep:
    skill: str
    why: str
    applications: tuple[str, ...]


@dataclass(frozen=True)
class TailoringHint:
    """A posting skill that the resume sent leaves out although the profile shows it."""

    skill: str
    posting_evidence: str
    profile_evidence: str
    importance: Importance


@dataclass
class ProfileSkill:
    """A skill the candidate shows: where it shows (resume versions, or added by hand)."""

    skill: str
    category: str
    sources: list[str] = field(default_factory=list)
    years: float | None = None
    evidence: str = ""


@dataclass
class Profile:
    skills: list[ProfileSkill] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    resumes: list[str] = field(default_factory=list)

    @property
    def names(self) -> set[str]:
        return {s.skill for s in self.skills}


@dataclass
class PostingImport:
    """What `posting import` did: the posting, its application, created or updated."""

    posting: Posting
    application_id: int
    application_title: str
    created: bool
    attribution: str | None = None


@dataclass
class VocabularyImport:
    source: str
    version: str
    entries: int
    new_entries: int
    attribution: str
    rescanned: int = 0


@dataclass
class GapReport:
    """Gaps of one application, with the resume that was sent and tailoring hints."""

    application_id: int
    application_title: str
    gaps: ApplicationGaps
    resume: str | None
    hints: list[TailoringHint] = field(default_factory=list)
    has_posting: bool = True
    attribution: str | None = None
    implied: list[ImpliedSkill] = field(default_factory=list)  # by the title, not gaps
    mentioned: list[str] = field(default_factory=list)  # named, not asked for: never gaps


@dataclass
class SearchGapReport:
    gaps: list[SearchGap]
    plan: list[LearningStep]
    applications: int
    skill_gap_rejections: int
    attribution: str | None = None
