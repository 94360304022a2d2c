"""Outlook: the chance of an offer, how many more, concentration warnings, ghosting, the plan."""

from __future__ import annotations

from datetime import time

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError
from bounceback.web.forms import read_form
from bounceback.web.pages.unavailable import unavailable
from bounceback.web.rendering import (
    call,
    need,
    one_transaction,
    page,
    part,
    redirect,
    safe_next,
    service,
)

#: The page lists this many contributions and quiet applications, then says how many more.
CONTRIBUTIONS, GHOSTS = 25, 30
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@one_transaction
def show(request: Request, errors: dict[str, str] | None = None, status: int = 200) -> Response:
    if part(request, "pipeline") is None:
        return unavailable(request, "Outlook", "outlook")
    shown = service(request).views.outlook_page(contributions=CONTRIBUTIONS, ghosts=GHOSTS)
    report = shown["report"]
    return page(request, "outlook.html", {
        "o": report.outlook, "warnings": report.warnings, "plan": shown["plan"],
        "ghosts": shown["ghosts"], "ghosts_total": shown["ghosts_total"], "weekdays": WEEKDAYS,
        "errors": errors or {},
    }, status=status, active="outlook")


async def set_goal(request: Request) -> Response:
    form = await read_form(request)
    goal = form.integer("goal", low=1, high=200)
    if goal is None and "goal" not in form.errors:
        form.errors["goal"] = "give a number of applications, such as 5"
    if not form.errors:
        try:
            await call(need(request, "pipeline").set_goal, goal)
            return redirect("/outlook", "saved")
        except BouncebackError as exc:
            form.errors["goal"] = str(exc)
    return await call(show, request, form.errors, 400)


async def add_intention(request: Request) -> Response:
    from bounceback.pipeline.plan import Intention

    form = await read_form(request)
    weekday = form.integer("weekday", low=0, high=6)
    raw_time = form.text("at", limit=5)
    place = form.text("place", limit=100)
    count = form.integer("count", low=1, high=50)
    at = None
    try:
        hour, minute = (int(x) for x in raw_time.split(":"))
        at = time(hour, minute)
    except ValueError:
        form.errors["at"] = "give a time such as 09:00"
    if weekday is None:
        form.errors.setdefault("weekday", "choose a day")
    if count is None:
        form.errors.setdefault("count", "how many applications, such as 3")
    if not place:
        form.errors["place"] = "where you will do it, such as at home"
    if not form.errors and weekday is not None and at is not None and count is not None:
        try:
            await call(need(request, "pipeline").add_intention,
                       Intention(weekday=weekday, at=at, place=place, count=count))
            return redirect("/outlook#plan", "saved")
        except BouncebackError as exc:
            form.errors["place"] = str(exc)
    return await call(show, request, form.errors, 400)


async def remove_intention(request: Request) -> Response:
    await request.form()
    await call(need(request, "pipeline").remove_intention, request.path_params["intention_id"])
    return redirect("/outlook#plan", "deleted")


async def ghost(request: Request) -> Response:
    form = await read_form(request)
    pipeline = need(request, "pipeline")
    app_id = request.path_params["app_id"]
    await call(service(request).views.application, app_id)  # none such (or not yours): a 404
    action = form.text("action")
    if action == "ghosted":
        await call(pipeline.confirm_ghosted, app_id)
    elif action == "wait":
        await call(pipeline.not_ghosted_yet, app_id)
    elif action == "revive":
        await call(pipeline.revive, app_id)
    return redirect(safe_next(form.text("next"), "/outlook"), "saved")


routes = [
    Route("/outlook", show, name="outlook"),
    Route("/outlook/goal", set_goal, methods=["POST"]),
    Route("/outlook/intentions", add_intention, methods=["POST"]),
    Route("/outlook/intentions/{intention_id:int}/delete", remove_intention, methods=["POST"]),
    Route("/applications/{app_id:int}/ghosting", ghost, methods=["POST"]),
]
