"""Settings: preferences, export, and deleting all data behind a deliberate confirmation."""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.config import Preferences
from bounceback.domain.errors import BouncebackError, InvalidValue
from bounceback.web.forms import read_form
from bounceback.web.pages import extras
from bounceback.web.rendering import call, one_transaction, page, part, redirect, service

# What each setting means, in the words of docs/settings.md.
WORDS = {
    "recovery_window_days": ("Recovery window (days)", "Days after a rejection given to recovery before Today turns you back to the search."),
    "weekly_application_goal": ("Applications each week", "How many applications you aim to send each week."),
    "offer_target": ("Offer chance to aim for (%)", "The chance of at least one offer that 'how many more' aims for: a percentage from 1 to 99."),
    "thin_pipeline_min": ("A thin pipeline is fewer than", "Fewer live applications than this brings a gentle warning."),
    "concentration_share": ("Hope concentrated above (%)", "Warn when one application carries more than this share of your chance: a percentage from 10 to 100."),
    "idle_days_warning": ("Quiet days before a reminder", "Days without sending an application while you wait, before a reminder."),
    "ghost_after_factor": ("Silence counts as ghosting after (times the usual wait)", "2 means: twice as long as employers usually take to answer, before asking whether you were ghosted."),
    "follow_up_wait_days": ("Days before a follow-up", "Days of silence before a follow-up is suggested."),
    "outlook_prior_weight": ("General figures count as (applications)", "While your own history is short, the outlook leans on published rates as if they were this many of your own applications."),
    "wallowing_days_past_window": ("Days past the window before a nudge", "Days of low mood and no activity past the recovery window before a gentle nudge."),
    "wallowing_mood_max": ("Low mood is at or below", "A mood at or below this (1 to 5) counts as low for that nudge."),
    "feedback_follow_up_days": ("Days before the feedback follow-up", "Days after a feedback request before its one follow-up is due."),
    "writing_minutes": ("Writing exercise (minutes)", "Length of the private writing exercise."),
    "crisis_country": ("Crisis lines for", "Which country's free crisis lines to show (see Helplines)."),
    "currency": ("Currency", "Currency for salaries when none is given (3 letters)."),
    "date_order": ("Dates with slashes", "How a date like 02/03/2026 is read."),
}
WIPE_PHRASE = "delete everything"
#: Settings kept as a fraction and shown as a percentage, with the percentages allowed.
PERCENT = {"offer_target": (1, 99), "concentration_share": (10, 100)}


def _shown(name: str, value: object) -> str:
    if name in PERCENT and isinstance(value, float):
        return f"{value * 100:g}"
    return str(value)


def _typed_percent(name: str, typed: str) -> str:
    """A percentage as typed ("80", "80 %") as the fraction stored, or InvalidValue."""
    low, high = PERCENT[name]
    try:
        number = float(typed.replace("%", "").strip())
    except ValueError:
        raise InvalidValue(f"setting {name}: {typed!r} is not a percentage") from None
    if not low <= number <= high:
        raise InvalidValue(f"setting {name}: {typed.strip()} is not between {low} % and {high} %")
    return str(number / 100)


def _choices(bb: object) -> dict[str, list[tuple[str, str]]]:
    """Settings with a fixed list of values, shown as a list to choose from."""
    choices: dict[str, list[tuple[str, str]]] = {}
    if hasattr(type(bb), "recovery"):
        from bounceback.recovery.crisis_resources import AUTO
        from bounceback.recovery.crisis_resources import choices as countries

        choices["crisis_country"] = [(AUTO, "From this computer's language settings"),
                                     *countries()]
    choices["date_order"] = [("auto", "From this computer's language settings"),
                             ("dmy", "Day first: 02/03/2026 is 2 March"),
                             ("mdy", "Month first: 02/03/2026 is 3 February")]
    return choices


def _settings() -> list[str]:
    return [f.name for f in fields(Preferences) if f.name != "extra"]


@one_transaction
def show(request: Request, errors: dict[str, str] | None = None, values: dict[str, str] | None = None,
         status: int = 200) -> Response:
    bb = service(request)
    prefs = bb.preferences()
    current = {name: _shown(name, getattr(prefs, name)) for name in _settings()}
    current.update(values or {})
    return page(request, "settings.html", {
        "names": _settings(), "words": WORDS, "values": current, "errors": errors or {},
        "wipe_phrase": WIPE_PHRASE, "support": extras.support_people(bb), "choices": _choices(bb),
        "db": bb.db.url.split("://", 1)[0],
        "calendar_url": str(request.base_url).rstrip("/") + "/calendar.ics",
    }, status=status, active="settings")


async def save(request: Request) -> Response:
    form = await read_form(request)
    bb = service(request)
    prefs = await call(bb.preferences)
    changes: dict[str, Any] = {}
    try:
        for name in _settings():
            typed = form.text(name, limit=100)
            if typed and typed.strip().lower() != _shown(name, getattr(prefs, name)).lower():
                changes[name] = _typed_percent(name, typed) if name in PERCENT else typed
        if changes:
            await call(bb.settings_store.set, changes)
    except BouncebackError as exc:
        found = re.match(r"setting (\w+):\s*(.*)", str(exc))
        key, message = (found.group(1), found.group(2)) if found else ("_form", str(exc))
        return await call(show, request, {key: message}, form.values(), 400)
    return redirect("/settings", "saved")


async def export(request: Request) -> Response:
    form = await read_form(request)
    bb = service(request)
    day = bb.clock().date().isoformat()
    if form.text("format") == "csv":
        text = await call(bb.data.export_csv, None)
        return Response(text, media_type="text/csv; charset=utf-8", headers={
            "content-disposition": f'attachment; filename="bounceback-{day}.csv"'})
    text = await call(bb.data.export_json, None, include_private=form.flag("include_private"))
    return Response(text, media_type="application/json", headers={
        "content-disposition": f'attachment; filename="bounceback-{day}.json"'})


async def wipe(request: Request) -> Response:
    form = await read_form(request)
    typed = form.text("confirm_phrase", limit=100).lower()
    private_only = form.text("what") == "private"
    if typed != WIPE_PHRASE:
        return await call(show, request, {"confirm_phrase": f"type “{WIPE_PHRASE}” to confirm; nothing was deleted"}, {}, 400)
    bb = service(request)
    recovery = part(request, "recovery")
    if private_only and recovery is not None:
        await call(recovery.wipe_private)  # also scrubs freed pages on SQLite
    else:
        await call(bb.data.wipe, private_only=private_only)
    if bb.data.scrub_pending():
        return redirect("/settings", "deleted_pending")
    return redirect("/settings", "wiped" if not private_only else "deleted")


routes = [
    Route("/settings", show, name="settings"),
    Route("/settings", save, methods=["POST"]),
    Route("/settings/export", export, methods=["POST"]),
    Route("/settings/wipe", wipe, methods=["POST"]),
]
