"""The interactive check-in and private writing, one flow for `reject`, `checkin` and
`journal write`: the same questions, the same skips, the same timer.

Enter skips any question. A check-in where every question was skipped saves nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import typer

from bounceback.cli import recovery_render as show
from bounceback.cli.context import say

EMOTIONS_LINE = (
    "Emotions: disappointment, sadness, anger, frustration, anxiety, embarrassment, "
    "self_doubt, hopelessness, numbness, relief, hope, determination (0-10 each)."
)
END_OF_WRITING = (
    " End with a line holding only a dot (.), or Ctrl-D. If you need someone right now: "
    "`bounceback helplines`."
)


def ask(question: str, check: Callable[[str], Any], default: str = "") -> Any:
    """Ask until the answer passes `check` (which raises BouncebackError); Enter skips (None),
    or keeps `default` when there is one."""
    from bounceback.domain.errors import BouncebackError

    while True:
        answer = typer.prompt(question, default=default, show_default=bool(default))
        if not str(answer).strip():
            return None
        try:
            return check(answer)
        except BouncebackError as exc:
            say(f"  {exc}")


def check_in(svc: Any, rejection_id: int | None, note: str = "",
             ratings: list[Any] | None = None) -> Any | None:
    """Ask what the user feels and their mood; store it. Returns what was saved, or None when
    everything was skipped (nothing is stored then)."""
    from bounceback.recovery.checkin import check_mood, parse_ratings
    from bounceback.services.recovery_drafts import CheckInDraft

    if not note:
        note = typer.prompt("In a few words, how does it feel? (Enter to skip)", default="",
                            show_default=False).strip()
    if not ratings:
        from bounceback.recovery.emotions import suggest  # RecoveryService.suggest_emotions

        suggested = suggest(note) if note else []
        hint = ", ".join(f"{s.emotion.value}={s.intensity}" for s in suggested)
        say(EMOTIONS_LINE)
        ratings = ask("Which, and how strong? e.g. sadness=6 (Enter to skip)", parse_ratings,
                      hint) or []
    mood = ask("Overall mood, 1 (very low) to 5 (very good) (Enter to skip)", check_mood)
    if mood is None:
        if note or ratings:
            say("Nothing saved: a check-in needs your overall mood. You can check in any time "
                "with `bounceback checkin`.")
        else:
            say("Nothing saved. You can check in any time with `bounceback checkin`.")
        return None
    saved = svc.lean_recovery.check_in(CheckInDraft(mood, ratings, note), rejection_id)
    show.crisis(saved.crisis)
    say(saved.reflection)
    return saved


def read_entry(svc: Any, minutes: int) -> tuple[str, float]:
    """The lines typed until a lone dot or the end of input, and the minutes spent; says once
    when the time box is over (the user may always stop early or go on)."""
    from bounceback.recovery.writing import WritingTimer

    timer = WritingTimer(svc.clock(), minutes)
    lines: list[str] = []
    told = False
    while True:
        line = sys.stdin.readline()
        if not line or line.strip() == ".":
            break
        lines.append(line.rstrip("\n"))
        if not told and timer.is_over(svc.clock()):
            say("(Time is up. Finish your thought, then a line with a dot.)")
            told = True
    return "\n".join(lines), timer.minutes_spent(svc.clock())


def write(svc: Any, rejection_id: int | None, prompt: Any | None, kind: Any) -> Any | None:
    """Show the prompt and the ground rules, read the entry, save it privately. Returns what
    was saved, or None when nothing was written (nothing is stored then)."""
    from bounceback.recovery.writing import GROUND_RULES
    from bounceback.services.recovery_drafts import EntryDraft

    if prompt is not None:
        show.prompt(prompt)
        kind = prompt.kind
    say(GROUND_RULES + END_OF_WRITING)
    minutes = prompt.minutes if prompt is not None else svc.preferences().writing_minutes
    text, spent = read_entry(svc, minutes)
    if not text.strip():
        say("Nothing written, nothing saved. The offer stands for another day.")
        return None
    saved = svc.lean_recovery.write(
        EntryDraft(text, kind, spent, prompt.text if prompt is not None else ""), rejection_id
    )
    show.crisis(saved.crisis)
    return saved
