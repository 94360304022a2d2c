"""Builds the core of the demo search: companies, applications, timelines, rejections,
contacts and tasks, as rows of the export document."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from bounceback.demo import catalogue as cat
from bounceback.domain.names import company_key
from bounceback.storage import transfer

EXPORT_FORMAT = {"format": transfer.FORMAT, "version": transfer.VERSION}

# (furthest stage, outcome, how many in the 60-application search). Scaled up for larger sizes.
SCENARIOS: list[tuple[str, str | None, int]] = [
    ("saved", None, 2),
    ("applied", None, 12), ("screening", None, 4), ("interviewing", None, 3), ("offer", None, 1),
    ("applied", "rejected", 14), ("screening", "rejected", 7), ("interviewing", "rejected", 6),
    ("applied", "ghosted", 6), ("screening", "ghosted", 1),
    ("applied", "withdrawn", 1), ("interviewing", "withdrawn", 1), ("offer", "withdrawn", 1),
    ("accepted", "accepted", 1),
]
STAGES = ["saved", "applied", "screening", "interviewing", "offer", "accepted"]
REASONS_BY_STAGE = {
    "applied": ["not_specified", "stronger_candidates", "skill_gap", "experience_level",
                "position_closed", "logistics"],
    "screening": ["skill_gap", "experience_level", "compensation", "stronger_candidates",
                  "logistics", "assessment_result"],
    "interviewing": ["interview_performance", "internal_candidate", "fit", "skill_gap",
                     "stronger_candidates", "assessment_result", "position_closed"],
    "offer": ["compensation"],
}
SOURCES = [("job_board", 45), ("careers_page", 22), ("referral", 12), ("recruiter", 16), ("other", 5)]


@dataclass
class DemoDocument:
    """Rows by table, with ids handed out in order; extensions add their own tables' rows."""

    today: date
    seed: int
    count: int
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def add(self, table: str, row: dict[str, Any]) -> int:
        rows = self.tables.setdefault(table, [])
        if "id" not in row:
            row = {"id": len(rows) + 1, **row}
        rows.append(row)
        return int(row["id"])

    def uid(self) -> str:
        return uuid.UUID(int=self.rng.getrandbits(128)).hex

    def rows(self, table: str) -> list[dict[str, Any]]:
        return self.tables.get(table, [])

    def export(self) -> dict[str, Any]:
        def enc(v: Any) -> Any:
            return v.isoformat() if isinstance(v, date | datetime) else v

        tables = {t: [{k: enc(v) for k, v in r.items()} for r in rows] for t, rows in self.tables.items()}
        return {**EXPORT_FORMAT, "tables": tables}


def _at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _scenarios(count: int) -> list[tuple[str, str | None]]:
    total = sum(n for _, _, n in SCENARIOS)
    out: list[tuple[str, str | None]] = []
    for stage, outcome, n in SCENARIOS:
        out.extend([(stage, outcome)] * max(1, round(n * count / total)))
    return out[:count] + [("applied", "rejected")] * max(0, count - len(out))


def build_core(doc: DemoDocument) -> None:
    rng = doc.rng
    span = 120 if doc.count <= 100 else 730
    company_ids = []
    for name, industry, size in cat.COMPANIES:
        company_ids.append(doc.add("companies", {
            "name": name, "key": company_key(name), "website": None, "industry": industry,
            "size": size, "notes": "",
        }))
    scenarios = _scenarios(doc.count)
    rng.shuffle(scenarios)
    sources = [s for s, w in SOURCES for _ in range(w)]
    for furthest, outcome in scenarios:
        _application(doc, rng, furthest, outcome, span, rng.choice(company_ids), rng.choice(sources))
    doc.tables.setdefault("settings", []).append({"key": "weekly_application_goal", "value": 5})


def _application(doc: DemoDocument, rng: random.Random, furthest: str, outcome: str | None,
                 span: int, company_id: int, source: str) -> None:
    today = doc.today
    live = outcome is None and furthest != "saved"
    if live:
        age = {"applied": rng.randint(1, 24), "screening": rng.randint(8, 35),
               "interviewing": rng.randint(14, 45), "offer": rng.randint(25, 50)}[furthest]
    elif outcome == "ghosted":  # silence long past the usual answer time
        age = rng.randint(min(75, span - 1), span)
    else:
        age = rng.randint(20, span)
    applied = today - timedelta(days=age)
    role = rng.choice(cat.ROLES)
    salary = rng.choice([None, (32000, 38000), (38000, 45000), (45000, 55000), (50000, 62000)])
    app_id = len(doc.rows("applications")) + 1
    step_days = max(2, age // 6)
    # Walk the stages up to the furthest one, a few days apart.
    day = applied
    events: list[dict[str, Any]] = []

    def event(kind: str, when: datetime, **extra: Any) -> None:
        events.append({"uid": doc.uid(), "application_id": app_id, "kind": kind,
                       "occurred_at": when, "origin": extra.pop("origin", "user"),
                       "stage": extra.pop("stage", None), "round": extra.pop("round", None),
                       "interview_type": extra.pop("interview_type", None),
                       "summary": extra.pop("summary", ""), "details": extra.pop("details", {})})

    event("created", _at(applied, 9), stage="saved" if furthest == "saved" else "applied",
          summary="Added")
    if furthest != "saved":
        event("email_received", _at(applied, 18), origin="imported",
              summary="Application received", details={"kind": "application_received"})
    reached = STAGES.index(furthest)
    round_no = 0
    for stage in STAGES[2 : reached + 1]:
        day = min(today, day + timedelta(days=rng.randint(2, step_days)))
        event("stage_changed" if stage != "offer" else "offer", _at(day, 10), stage=stage,
              summary=f"→ {stage}", details={"to": stage})
        if stage in ("screening", "interviewing"):
            rounds = 1 if stage == "screening" else rng.randint(1, 3)
            for _ in range(rounds):
                round_no += 1
                kind = "phone_screen" if stage == "screening" else rng.choice(
                    ["technical", "behavioural", "panel", "case", "final"])
                event("interview_scheduled", _at(day, 11), stage=stage, round=round_no,
                      interview_type=kind, summary=f"Round {round_no}: {kind.replace('_', ' ')}")
                held = min(today, day + timedelta(days=rng.randint(1, 4)))
                event("interview_held", _at(held, 14), stage=stage, round=round_no,
                      interview_type=kind, summary=f"Round {round_no} held")
                day = held
    if live and furthest == "interviewing":  # the next round is booked
        round_no += 1
        upcoming = today  # one to five working days ahead, at an ordinary interview hour
        for _ in range(rng.randint(1, 5)):
            upcoming += timedelta(days=1)
            while upcoming.weekday() >= 5:
                upcoming += timedelta(days=1)
        hour, minute = rng.choice([(9, 30), (10, 0), (11, 0), (13, 30), (14, 0), (15, 30)])
        event("interview_scheduled", _at(min(today, day + timedelta(days=1)), 11), stage=furthest,
              round=round_no, interview_type="final",
              summary=f"Round {round_no}: final", details={"at": _at(upcoming, hour, minute).isoformat()})
    if furthest == "accepted":
        day = min(today, day + timedelta(days=3))
    if rng.random() < 0.3:
        event("note", _at(min(today, applied + timedelta(days=1)), 20), summary=rng.choice(cat.NOTES))
    if doc.count > 100:  # the large demo: about ten events an application, as in a busy inbox
        for _ in range(rng.randint(3, 6)):
            event("email_received", _at(min(today, applied + timedelta(days=rng.randint(0, age))), 8),
                  origin="imported", summary="Update from the employer")
    end = min(today, day + timedelta(days=rng.randint(3, 14)))
    if outcome == "rejected":
        reason = rng.choice(REASONS_BY_STAGE[furthest])
        channel = "email" if rng.random() < 0.8 else rng.choice(["portal", "call"])
        rejection_id = doc.add("rejections", {
            "uid": doc.uid(), "application_id": app_id, "stage_reached": furthest,
            "received_on": end, "channel": channel, "text": cat.REJECTION_TEXTS[reason],
            "hurt": rng.randint(2, 9) if furthest != "applied" else rng.randint(1, 5),
            "recovery_days": None, "created_at": _at(end, 17),
        })
        source_of_reason = "email" if reason in ("not_specified", "stronger_candidates",
                                                 "position_closed", "internal_candidate") else "feedback"
        doc.add("rejection_reasons", {"rejection_id": rejection_id, "reason": reason,
                                      "source": source_of_reason, "is_primary": True,
                                      "confidence": None, "evidence": ""})
        if furthest == "interviewing" and rng.random() < 0.5:
            extra = rng.choice(["skill_gap", "interview_performance", "fit"])
            if extra != reason:
                doc.add("rejection_reasons", {"rejection_id": rejection_id, "reason": extra,
                                              "source": "user", "is_primary": False,
                                              "confidence": None, "evidence": ""})
        event("rejection", _at(end, 17), stage=furthest, summary=f"Rejected at {furthest}",
              details={"rejection_id": rejection_id})
    elif outcome == "withdrawn":
        event("withdrawal", _at(end, 16), stage=furthest,
              summary="Declined the offer: salary below my floor" if furthest == "offer" else "Withdrew")
    elif outcome == "ghosted":
        end = min(today, day + timedelta(days=rng.randint(35, 60)))
        event("ghosted", _at(end, 9), stage=furthest, origin="inferred",
              summary="No answer long after the expected response time")
    elif outcome == "accepted":
        event("stage_changed", _at(end, 10), stage="accepted", summary="Accepted a fixed-term contract")
    low, high = salary if salary else (None, None)
    last = max(e["occurred_at"] for e in events).date()
    doc.add("applications", {
        "id": app_id, "uid": doc.uid(), "company_id": company_id, "role": role,
        "location": rng.choice(cat.LOCATIONS), "remote": rng.random() < 0.3,
        "salary_min": low, "salary_max": high, "salary_currency": "GBP" if salary else None,
        "source": source,
        "source_detail": {"job_board": rng.choice(["LinkedIn", "Indeed", "Reed"]),
                          "referral": rng.choice(cat.FIRST) + " from the bootcamp",
                          "recruiter": "Agency: Hays"}.get(source),
        "url": f"https://jobs.example.com/{app_id}", "description": "",
        "date_applied": None if furthest == "saved" else applied,
        "excitement": rng.randint(1, 5), "stage": furthest if furthest != "saved" else "saved",
        "furthest_stage": furthest, "outcome": outcome,
        "outcome_date": end if outcome else None, "notes": rng.choice(["", "", *cat.NOTES]),
        "last_activity": last, "created_at": _at(applied, 9), "updated_at": _at(last, 18),
    })
    for e in events:
        doc.add("events", e)
    if rng.random() < 0.25:
        doc.add("application_tags", {"application_id": app_id, "tag": rng.choice(["dream", "remote", "stretch", "local"])})
    _people(doc, rng, app_id, company_id, furthest, source, live, day)


def _people(doc: DemoDocument, rng: random.Random, app_id: int, company_id: int, furthest: str,
            source: str, live: bool, day: date) -> None:
    roles = []
    if source == "referral":
        roles.append("referrer")
    if STAGES.index(furthest) >= 2:
        roles.append("recruiter")
    if STAGES.index(furthest) >= 3:
        roles.append(rng.choice(["interviewer", "hiring_manager"]))
    for role in roles:
        first, last = rng.choice(cat.FIRST), rng.choice(cat.LAST)
        contact_id = doc.add("contacts", {
            "uid": doc.uid(), "name": f"{first} {last}", "role": role, "company_id": company_id,
            "email": f"{first.lower()}.{last.lower()}@example.com", "phone": None,
            "profile_url": None, "notes": "",
        })
        doc.add("application_contacts", {"application_id": app_id, "contact_id": contact_id})
    if live and rng.random() < 0.5:
        due = doc.today + timedelta(days=rng.randint(-2, 6))
        doc.add("tasks", {"uid": doc.uid(), "title": rng.choice(cat.TASKS), "due": due,
                          "done": False, "done_at": None, "kind": "reminder", "notes": "",
                          "application_id": app_id})
