"""Board: open applications by stage (kanban) with filters; moves by form, drag or keyboard."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError, Conflict
from bounceback.domain.models import ApplicationQuery
from bounceback.domain.vocabulary import Outcome, Source, Stage
from bounceback.web.forms import read_form
from bounceback.web.rendering import call, page, redirect, safe_next, service

OPEN_STAGES = [Stage.SAVED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER]
CLOSED = [Outcome.REJECTED, Outcome.WITHDRAWN, Outcome.GHOSTED, Stage.ACCEPTED]
PER_COLUMN = 40
# A search or filter counts its newest this many matches: enough to find any card, and the
# page costs the same however long the history (more words narrow it).
MATCHES_CAP = 1_000


def board(request: Request) -> Response:
    q = request.query_params
    text = q.get("q", "").strip()[:200] or None
    source = q.get("source", "")
    show = q.get("show", "open")
    wanted = [s.value for s in OPEN_STAGES]
    if show == "closed":
        wanted = [c.value for c in CLOSED]
    elif show == "all":
        wanted += [c.value for c in CLOSED]
    tag = q.get("tag", "").strip() or None
    only = source if source in Source._value2member_map_ else None

    def query(stages: list[str]) -> ApplicationQuery:
        return ApplicationQuery(stages=stages, text=text, tag=tag, source=only)

    specs = [(stage.value, stage.label, True, query([stage.value]))
             for stage in (OPEN_STAGES if show != "closed" else [])]
    if show in ("closed", "all"):
        specs.append(("closed", "Closed", False, query([c.value for c in CLOSED])))
    found, capped = service(request).views.board([spec[3] for spec in specs], PER_COLUMN,
                                                 MATCHES_CAP)
    columns = [{"key": key, "title": title, "cards": cards, "total": total, "movable": movable}
               for (key, title, movable, _), (cards, total) in zip(specs, found, strict=True)]
    return page(request, "board.html", {
        "columns": columns, "stages": OPEN_STAGES + [Stage.ACCEPTED], "sources": list(Source),
        "q": text or "", "source": source, "show": show, "tag": q.get("tag", ""),
        "per_column": PER_COLUMN, "capped": MATCHES_CAP if capped else None, "next": str(request.url.path) + ("?" + str(request.url.query) if request.url.query else ""),
    }, active="board")


async def move(request: Request) -> Response:
    app_id = request.path_params["app_id"]
    # An application that does not exist (or is someone else's) is a 404, whatever the form.
    before = await call(service(request).applications.get, app_id)
    form = await read_form(request)
    stage = form.choice("stage", Stage)
    on = form.day("on", past=True)
    note = form.text("note", limit=500)
    wants_json = "application/json" in request.headers.get("accept", "")
    back = safe_next(form.text("next"), f"/applications/{app_id}")
    if form.errors or stage is None:
        message = next(iter(form.errors.values()), "choose a stage")
        if wants_json:
            return JSONResponse({"message": message}, status_code=400)
        return page(request, "errors/error.html", {"message": message}, status=400)
    try:
        moved = await call(service(request).applications.move, app_id, stage, on=on, note=note)
    except BouncebackError as exc:
        if wants_json:
            return JSONResponse({"message": str(exc)}, status_code=409 if isinstance(exc, Conflict) else 400)
        raise
    if wants_json:  # the board's drag and drop: the answer is read from a GET, as any form's
        return redirect(f"/applications/{moved.id}/stage.json")
    unchanged = moved.stage == before.stage and before.outcome is None
    return redirect(back, "unchanged" if unchanged else "moved")


def stage_json(request: Request) -> Response:
    """Where an application stands, in words: what the board says after a card is moved."""
    app = service(request).applications.get(request.path_params["app_id"])
    message = f"{app.role} at {app.company} is now at {app.stage.value}."
    if app.stage in (Stage.INTERVIEWING, Stage.OFFER):
        message += " Good news. Keep a few other applications moving while you wait."
    return JSONResponse({"message": message, "stage": app.stage.value})


routes = [
    Route("/board", board, name="board"),
    Route("/applications/{app_id:int}/move", move, methods=["POST"], name="move"),
    Route("/applications/{app_id:int}/stage.json", stage_json),
]
