"""What the read model derives from each application: its pipeline state, its share of the
learning and skills figures, its search text. Read from the source tables in a handful of
statements for any number of applications (a note on one application costs the same six as an
import's chunk of five hundred)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, exists, func, select
from sqlalchemy.orm import Session

from bounceback.domain.learning import Interview
from bounceback.domain.models import Company
from bounceback.domain.skills import Importance, SkillMatch
from bounceback.learning.facts import LearningShare, learning_share
from bounceback.pipeline.state import KINDS, AppState, derive
from bounceback.skills.gaps import GapRow, gap_share
from bounceback.storage.readmodel import days
from bounceback.storage.readmodel.search import recency, search_text
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import core
from bounceback.storage.repos import pipeline as pipeline_repo
from bounceback.storage.tables import ApplicationRow, CompanyRow, TagRow
from bounceback.storage.tables.learning import FeedbackRow
from bounceback.storage.tables.pipeline import GhostSnoozeRow
from bounceback.storage.tables.skills import PostingRow, PostingSkillRow


@dataclass(frozen=True)
class Derived:
    """An application's pipeline state and its shares of the learning and skills figures."""

    state: AppState
    share: LearningShare
    gap_totals: dict[tuple[str, str], int]
    gap_rows: list[GapRow]
    rejected_for_skill_gap: bool
    search: str = ""
    day_totals: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def application_id(self) -> int:
        return self.state.application_id

    @property
    def totals(self) -> dict[tuple[str, str], int]:
        both = dict(self.state.totals)
        for part in (self.share.totals, self.gap_totals, self.day_totals):
            for key, value in part.items():
                both[key] = both.get(key, 0) + value
        for weak in self.share.weak:  # each wording's weak answers, summed by the tallies
            key = (days.WEAK_TIMES, days.wording_key(weak.question[:1000]))
            both[key] = both.get(key, 0) + weak.times
        return both


def _apps(dialect: str) -> Any:
    """An application's own columns, its tags (a JSON list), its company's, its ghosting
    snooze and whether feedback came, in one statement; built once per dialect (only the ids
    change)."""
    if dialect not in _APPS:
        tags = (func.json_agg if dialect == "postgresql" else func.json_group_array)(TagRow.tag)
        _APPS[dialect] = (
            select(*apps_repo._FIELDS, CompanyRow.name.label("company_name"),
                   CompanyRow.website.label("co_website"), CompanyRow.industry.label("co_industry"),
                   CompanyRow.size.label("co_size"), CompanyRow.notes.label("co_notes"),
                   CompanyRow.id.label("co_id"), GhostSnoozeRow.until.label("snoozed_until"),
                   exists().where(FeedbackRow.application_id == ApplicationRow.id)
                   .label("has_feedback"),
                   select(tags).where(TagRow.application_id == ApplicationRow.id)
                   .scalar_subquery().label("tags"))
            .join(CompanyRow, CompanyRow.id == ApplicationRow.company_id)
            .outerjoin(GhostSnoozeRow, GhostSnoozeRow.application_id == ApplicationRow.id)
            .where(ApplicationRow.id.in_(bindparam("ids", expanding=True)))
            .order_by(ApplicationRow.id)
        )
    return _APPS[dialect]


_APPS: dict[str, Any] = {}


def _tags(value: Any) -> list[str]:
    """A JSON list of tags (PostgreSQL hands it over read, SQLite as text), sorted as the
    applications' own reads sort them."""
    found = value if isinstance(value, list) else json.loads(value) if value else []
    return sorted(str(tag) for tag in found)


_SKILLS = (
    select(PostingRow.application_id, PostingSkillRow.skill, PostingSkillRow.category,
           PostingSkillRow.matched, PostingSkillRow.position, PostingSkillRow.evidence,
           PostingSkillRow.importance, PostingSkillRow.years)
    .join(PostingSkillRow, PostingSkillRow.posting_id == PostingRow.id)
    .where(PostingRow.application_id.in_(bindparam("ids", expanding=True)))
    .where(PostingSkillRow.importance != Importance.MENTIONED.value)  # the gaps: asked for only
    .order_by(PostingRow.application_id, PostingSkillRow.position)
)


def _skills(session: Session, ids: list[int]) -> dict[int, list[SkillMatch]]:
    """The skills of these applications' postings, as plain rows (no ORM entities)."""
    out: dict[int, list[SkillMatch]] = defaultdict(list)
    for row in core.connection(session).execute(_SKILLS, {"ids": ids}):
        out[row.application_id].append(SkillMatch(
            skill=row.skill, category=row.category, text=row.matched, start=row.position,
            end=row.position + len(row.matched), evidence=row.evidence,
            importance=Importance(row.importance), years=row.years))
    return out


def states(session: Session, ids: list[int]) -> dict[int, Derived]:
    """The derived state of these applications (those that still exist)."""
    from bounceback.storage.repos import interviews as interviews_repo
    from bounceback.storage.repos import rejections as rejections_repo

    connection = core.connection(session)
    rows = connection.execute(_apps(connection.dialect.name), {"ids": ids}).all()
    if not rows:
        return {}
    ids = [row.id for row in rows]
    events = pipeline_repo.events_by_application(session, KINDS, ids)
    rejections = rejections_repo.for_applications(session, ids)
    interviews: dict[int, list[Interview]] = defaultdict(list)
    for interview in interviews_repo.interviews(session, app_ids=ids):
        interviews[interview.application_id].append(interview)
    skills = _skills(session, ids)
    out = {}
    for row in rows:
        app_id = row.id
        app = apps_repo._to_domain(row, row.company_name, _tags(row.tags))
        company = Company(id=row.co_id, name=row.company_name, website=row.co_website,
                          industry=row.co_industry, size=row.co_size, notes=row.co_notes)
        rejection = rejections.get(app_id)
        gap_rejected = rejection is not None and any(
            e.reason == "skill_gap" for e in rejection.reasons)
        gap_totals, gap_rows = gap_share(skills.get(app_id, []), gap_rejected)
        state = derive(app, events.get(app_id, ()), row.snoozed_until)
        out[app_id] = Derived(
            state,
            learning_share(app, company, rejection, interviews.get(app_id, []),
                           bool(row.has_feedback)),
            gap_totals, gap_rows, gap_rejected,
            search_text(app.role, app.company, app.notes, app.location),
            days.share(state, rejection, interviews.get(app_id, [])),
        )
    return out


def encode_totals(totals: dict[tuple[str, str], int]) -> str:
    return json.dumps(sorted([name, key, value] for (name, key), value in totals.items()))


def row_of(found: Derived) -> dict[str, Any]:
    """The read model's row of one application."""
    state, share = found.state, found.share
    return {
        "application_id": state.application_id, "company": state.company[:200],
        "role": state.role[:300], "kind": state.kind.value, "source": state.source,
        "stage": state.stage.value, "furthest_stage": state.furthest_stage.value,
        "outcome": state.outcome.value if state.outcome else None, "live": state.live,
        "date_applied": state.date_applied, "outcome_date": state.outcome_date,
        "last_activity": state.last_activity, "excitement": state.excitement,
        "silent_since": state.silent_since, "last_follow_up": state.last_follow_up,
        "snoozed_until": state.snoozed_until, "revived_at": state.revived_at,
        "revived_stage": state.revived_stage.value if state.revived_stage else None,
        "role_family": share.role_family, "learnable": share.learnable,
        "totals": encode_totals(found.totals), "search": found.search,
        "recency": recency(state.date_applied, state.application_id),
    }
