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

from bounceback.domain.learning import Interview
from bounceback.domain.models import Company
from bounceback.domain.skills import Importance, SkillMatch
from bounceback.learning.facts import LearningShare, learning_share
from bounceback.pipeline.state import KINDS, AppState, derive
from bounceback.skills.gaps import GapRow, gap_share
from bounceback.storage import source_tables as t
from bounceback.storage.readmodel import days, sources
from bounceback.storage.readmodel.search import recency, search_text

# Core tables, no ORM (storage/source_tables.py): a write's follow-up loads no mapped class.
_APP, _CO, _TAG = t.APPLICATIONS.c, t.COMPANIES.c, t.APPLICATION_TAGS.c
_SNOOZE, _FEEDBACK = t.GHOST_SNOOZES.c, t.FEEDBACK.c
_POSTING, _SKILL = t.POSTINGS.c, t.POSTING_SKILLS.c


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
        tags = (func.json_agg if dialect == "postgresql" else func.json_group_array)(_TAG.tag)
        _APPS[dialect] = (
            select(*sources.APP_FIELDS, _CO.name.label("company_name"),
                   _CO.website.label("co_website"), _CO.industry.label("co_industry"),
                   _CO.size.label("co_size"), _CO.notes.label("co_notes"),
                   _CO.id.label("co_id"), _SNOOZE.until.label("snoozed_until"),
                   exists().where(_FEEDBACK.application_id == _APP.id)
                   .label("has_feedback"),
                   select(tags).where(_TAG.application_id == _APP.id)
                   .scalar_subquery().label("tags"))
            .join(t.COMPANIES, _CO.id == _APP.company_id)
            .outerjoin(t.GHOST_SNOOZES, _SNOOZE.application_id == _APP.id)
            .where(_APP.id.in_(bindparam("ids", expanding=True)))
            .order_by(_APP.id)
        )
    return _APPS[dialect]


_APPS: dict[str, Any] = {}


def _tags(value: Any) -> list[str]:
    """A JSON list of tags (PostgreSQL hands it over read, SQLite as text), sorted as the
    applications' own reads sort them."""
    found = value if isinstance(value, list) else json.loads(value) if value else []
    return sorted(str(tag) for tag in found)


_SKILLS = (
    select(_POSTING.application_id, _SKILL.skill, _SKILL.category, _SKILL.matched,
           _SKILL.position, _SKILL.evidence, _SKILL.importance, _SKILL.years)
    .join(t.POSTING_SKILLS, _SKILL.posting_id == _POSTING.id)
    .where(_POSTING.application_id.in_(bindparam("ids", expanding=True)))
    .where(_SKILL.importance != Importance.MENTIONED.value)  # the gaps: asked for only
    .order_by(_POSTING.application_id, _SKILL.position)
)


def _skills(session: Any, ids: list[int]) -> dict[int, list[SkillMatch]]:
    """The skills of these applications' postings, as plain rows (no ORM entities)."""
    out: dict[int, list[SkillMatch]] = defaultdict(list)
    for row in sources.connection_of(session).execute(_SKILLS, {"ids": ids}):
        out[row.application_id].append(SkillMatch(
            skill=row.skill, category=row.category, text=row.matched, start=row.position,
            end=row.position + len(row.matched), evidence=row.evidence,
            importance=Importance(row.importance), years=row.years))
    return out


def states(session: Any, ids: list[int]) -> dict[int, Derived]:
    """The derived state of these applications (those that still exist); `session`: an ORM
    session or a Core connection."""
    connection = sources.connection_of(session)
    rows = connection.execute(_apps(connection.dialect.name), {"ids": ids}).all()
    if not rows:
        return {}
    ids = [row.id for row in rows]
    events = sources.events_by_application(connection, KINDS, ids)
    rejections = sources.rejections_for(connection, ids)
    interviews: dict[int, list[Interview]] = defaultdict(list)
    for interview in sources.interviews_of(connection, ids):
        interviews[interview.application_id].append(interview)
    skills = _skills(connection, ids)
    out = {}
    for row in rows:
        app_id = row.id
        app = sources.to_application(row, row.company_name, _tags(row.tags))
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
