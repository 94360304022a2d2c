"""The demo's recovery rows: support people, windows, check-ins that recover, a few journal
entries and notes of reaching out. Recovery gets quicker as the demo search goes on."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from bounceback.demo.builder import DemoDocument
from bounceback.recovery.window import window_days

PEOPLE = (
    ("Maya", "maya@example.org", "sister"),
    ("Tom Becker", "+44 7700 900123", "former colleague"),
    ("Priya", "priya@example.net", "friend"),
)
FEELINGS = {
    "applied": (("disappointment", 4), ("frustration", 5), ("relief", 2)),
    "screening": (("disappointment", 6), ("self_doubt", 4), ("frustration", 4)),
    "interviewing": (("disappointment", 8), ("sadness", 6), ("self_doubt", 5), ("anxiety", 4)),
    "offer": (("sadness", 8), ("anger", 5), ("disappointment", 9)),
}
LATER = (("hope", 5), ("determination", 6))
ENTRIES = (
    "I had already pictured the walk to that office. It is strange how fast a picture like that "
    "grows. What it touches is the worry that I left my last job too soon.",
    "If Priya told me this had happened to her, I would tell her that one panel's view is not a "
    "verdict. I can tell myself the same thing, even if I only half believe it today.",
)


def _day(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def extend(doc: DemoDocument) -> None:
    rng = random.Random(doc.seed * 37 + 3)
    stamp = datetime.combine(doc.today, time(9)) - timedelta(days=120)
    people = [
        doc.add("support_people", {
            "uid": doc.uid(), "name": name, "reach": reach, "relationship": who, "active": True,
            "last_suggested_at": None, "created_at": stamp,
        })
        for name, reach, who in PEOPLE
    ]
    rejections = sorted(doc.rows("rejections"), key=lambda r: (_day(r["received_on"]), r["id"]))
    total = max(1, len(rejections))
    written = 0
    for index, rejection in enumerate(rejections):
        start = _day(rejection["received_on"])
        hurt = rejection.get("hurt")
        doc.add("recovery_windows", {
            "rejection_id": rejection["id"], "starts_on": start,
            "days": window_days(3, hurt), "hurt": hurt, "closed_on": None,
        })
        # Later rejections recover faster: from about 8 days early in the search to 2 or 3.
        recover = max(1, round(8 - 6 * index / total) + rng.choice((-1, 0, 0, 1)))
        feelings = FEELINGS.get(str(rejection["stage_reached"]), FEELINGS["applied"])
        low = 1 if (hurt or 5) > 6 else 2
        moods = {0: low, recover // 2: 2, recover: 3 + rng.randint(0, 1)}
        for offset, mood in sorted(moods.items()):
            day = start + timedelta(days=offset)
            if day > doc.today:
                break
            progress = offset / recover
            check_in = doc.add("check_ins", {
                "uid": doc.uid(), "rejection_id": rejection["id"],
                "recorded_at": datetime.combine(day, time(20, rng.randrange(0, 60))),
                "mood": mood, "something_else": "", "crisis_level": "none",
            })
            rated = list(feelings) if progress < 1 else list(LATER)
            for emotion, strength in rated:
                intensity = round(strength * (1 - progress / 2)) + rng.randint(-1, 1)
                doc.add("check_in_emotions", {
                    "check_in_id": check_in, "emotion": emotion,
                    "intensity": max(0, min(10, intensity)),
                })
        if rejection["stage_reached"] in ("interviewing", "offer") and written < len(ENTRIES):
            doc.add("journal_entries", {
                "uid": doc.uid(), "rejection_id": rejection["id"],
                "written_at": datetime.combine(start + timedelta(days=1), time(21, 15)),
                "kind": "expressive" if written == 0 else "self_compassion", "prompt": "",
                "text": ENTRIES[written], "minutes": 15.0, "crisis_level": "none",
            })
            doc.add("outreach", {
                "person_id": people[written % len(people)], "rejection_id": rejection["id"],
                "recorded_at": datetime.combine(start + timedelta(days=1), time(12)),
                "reached_out": True, "message": "",
            })
            written += 1
