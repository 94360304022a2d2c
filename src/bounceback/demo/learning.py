"""The demo's learning rows: interview logs, practice cards, feedback requests, lessons."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from bounceback.demo.builder import DemoDocument

QUESTIONS: dict[str, tuple[str, ...]] = {
    "phone_screen": (
        "Walk me through your CV",
        "Why are you looking to move?",
        "What salary are you expecting?",
    ),
    "technical": (
        "Write a SQL query for the top customer in each region",
        "How would you clean a dataset with missing dates?",
        "Explain a p-value to a non-specialist",
    ),
    "behavioural": (
        "Tell me about a time you disagreed with your manager",
        "Tell me about a mistake you made and what you learned",
        "Describe a project you are proud of",
    ),
    "case": ("How would you size the market for electric bikes in the UK?",),
    "panel": (
        "Tell me about a time you disagreed with your manager",
        "How do you prioritise competing requests?",
    ),
    "final": ("Why this company?", "Where do you see yourself in three years?"),
}
SUMMARIES = (
    "Covered the main points",
    "Lost the thread halfway",
    "Clear and short",
    "Too long, no result at the end",
    "Good example with numbers",
)
LESSONS = (
    ("End every story with the result, and a number if there is one", ["stage:interviewing"]),
    ("Ask for the salary range in the first call", ["stage:screening"]),
    ("Revise window functions before technical rounds", ["stage:interviewing", "skill:sql"]),
)


def _day(value: Any) -> date:
    return value.date() if isinstance(value, datetime) else value


def extend(doc: DemoDocument) -> None:
    """Interviews for the rounds the core held, cards for weak answers, feedback asked after
    some rejections. A private Random keeps other extensions' rows independent of this one."""
    rng = random.Random(doc.seed * 31 + 5)
    rejections = {r["application_id"]: r for r in doc.rows("rejections")}
    asked: set[str] = set()
    for event in doc.rows("events"):
        if event["kind"] != "interview_held":
            continue
        kind = event.get("interview_type") or "other"
        pool = QUESTIONS.get(kind, QUESTIONS["behavioural"])
        held = _day(event["occurred_at"])
        interview_id = doc.add(
            "interviews",
            {
                "uid": doc.uid(),
                "application_id": event["application_id"],
                "held_on": held,
                "kind": kind,
                "round": event.get("round"),
                "interviewers": [],
                "rating": rng.randint(2, 5),
                "went_well": "",
                "do_differently": "",
                "notes": "",
            },
        )
        for position, question in enumerate(rng.sample(pool, min(2, len(pool)))):
            rating = rng.choice([1, 2, 3, 3, 4, 4, 5])
            doc.add(
                "interview_questions",
                {
                    "interview_id": interview_id,
                    "position": position,
                    "question": question,
                    "answer_summary": rng.choice(SUMMARIES),
                    "rating": rating,
                },
            )
            if rating <= 2 and question not in asked:
                asked.add(question)
                doc.add(
                    "practice_cards",
                    {
                        "uid": doc.uid(),
                        "question": question,
                        "origin": "weak_answer",
                        "application_id": event["application_id"],
                        "due": min(doc.today, held + timedelta(days=1)),
                        "box": 1,
                        "reviews": 0,
                        "last_rating": None,
                        "last_reviewed": None,
                        "best_answer": "",
                        "tags": [f"type:{kind}"],
                    },
                )
    for app_id, rejection in sorted(rejections.items()):
        if rejection["stage_reached"] == "applied" or rng.random() < 0.5:
            continue
        sent = _day(rejection["received_on"]) + timedelta(days=1)
        if sent > doc.today:
            continue
        answered = sent + timedelta(days=4) if rng.random() < 0.3 else None
        if answered and answered > doc.today:
            answered = None
        # Older unanswered requests were followed up once, then let go, as the app suggests.
        old = not answered and (doc.today - sent).days > 21
        request_id = doc.add(
            "feedback_requests",
            {
                "uid": doc.uid(),
                "application_id": app_id,
                "contact_id": None,
                "recipient_name": "the hiring manager",
                "recipient_email": None,
                "tone": "warm",
                "stage_reached": rejection["stage_reached"],
                "subject": "A request for feedback",
                "body": "",
                "placeholder": False,
                "created_on": sent,
                "sent_on": sent,
                "follow_up_due": None if answered or old else sent + timedelta(days=7),
                "follow_up_sent_on": sent + timedelta(days=7) if old else None,
                "answered_on": answered,
                "closed_on": sent + timedelta(days=21) if old else None,
            },
        )
        if answered:
            doc.add(
                "feedback",
                {
                    "uid": doc.uid(),
                    "application_id": app_id,
                    "request_id": request_id,
                    "received_on": answered,
                    "from_name": None,
                    "reasons": [],
                    "text": "Thank you for asking. Your examples were good; the other finalist had "
                    "more hands-on experience with our reporting tools.",
                },
            )
    for offset, (text, tags) in enumerate(LESSONS):
        doc.add(
            "lessons",
            {
                "uid": doc.uid(),
                "text": text,
                "created_on": doc.today - timedelta(days=20 - offset),
                "tags": tags,
                "application_id": None,
                "suggested": False,
            },
        )
