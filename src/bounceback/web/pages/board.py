"""Board: open applications by stage (kanban) with filters; moves by form, drag or keyboard."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError, Conflict
from bounceback.domain.models import Application, ApplicationQuery
from bounceback.domain.vocabulary import Outcome, Source, Stage
from bounceback.web.forms import read_form
from bounceback.web.rendering import call, page, redirect, safe_next, service

OPEN_STAGES = [Stage.SAVED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER]
CLOSED = [Outcome.REJECTED, Outcome.WITHDRAWN, Outcome.GHOSTED, Stage.ACCEPTED]
#: Cards a column shows at once: about what a screen holds. The rest of a column is a link
#: away, PER_COLUMN at a time (`?column=applied&from=20`): the page costs the same however
#: many applications a column holds.
PER_COLUMN = 20
# A search or filter counts its newest this many matches: enough to find any card, and the
# page costs the same however long the history (more words narrow it).
MATCHES_CAP = 1_000


def _start(raw: str | None) -> int | str:
    """The `from` of a column's page: a card's position, or what is wrong with it."""
    if raw is None or raw == "":
        return 0
    # ASCII digits only: str.isdigit() also takes '²' or '①', which int() refuses
    if len(raw) > 7 or not (raw.isascii() and raw.isdigit()):
        return f"'from' is the position of the first card to show, such as {PER_COLUMN}"
    return int(raw)


def board(request: Request) -> Response:
    q = request.query_params
    text = q.get("q", "").strip()[:200] or None
    source = q.get("source", "")
    show = q.get("show", "open")
    tag = q.get("tag", "").strip() or None
    only = source if source in Source._value2member_map_ else None
    wanted_column = q.get("column") or None
    start = _start(q.get("from"))
    if isinstance(start, str):
        return page(request, "errors/error.html", {"message": start}, status=400)

    def query(stages: list[str]) -> ApplicationQuery:
        return ApplicationQuery(stages=stages, text=text, tag=tag, source=only)

    specs = [(stage.value, stage.label, True, query([stage.value]))
             for stage in (OPEN_STAGES if show != "closed" else [])]
    if show in ("closed", "all"):
        specs.append(("closed", "Closed", False, query([c.value for c in CLOSED])))
    if wanted_column is not None:
        specs = [spec for spec in specs if spec[0] == wanted_column]
        if not specs:
            return page(request, "errors/error.html", {
                "message": f"the board shows no column {wanted_column[:40]!r} with these "
                           "filters; choose one of its columns"}, status=400)
    else:
        start = 0
    views = service(request).views
    found, capped = views.board([spec[3] for spec in specs], PER_COLUMN, MATCHES_CAP, offset=start)
    if start > 0 and not found[0][0]:
        # a `from` past the column's end (an old link, a hand-typed one) shows its last page
        start = max(0, (found[0][1] - 1) // PER_COLUMN * PER_COLUMN)
        found, capped = views.board([specs[0][3]], PER_COLUMN, MATCHES_CAP, offset=start)
    filters = [(k, v) for k, v in (("q", text or ""), ("source", source), ("tag", tag or ""),
                                   ("show", show if show != "open" else "")) if v]
    columns = []
    for (key, title, movable, _), (cards, total) in zip(specs, found, strict=True):
        after = start + len(cards)
        columns.append({
            "key": key, "title": title, "cards": cards, "total": total, "movable": movable,
            "start": start, "after": after,
            "more": _url([*filters, ("column", key), ("from", after)]) if total > after else None,
            "earlier": _url([*filters, ("column", key), ("from", max(0, start - PER_COLUMN))])
            if start > 0 else None,
        })
    return page(request, "board.html", {
        "columns": columns, "stages": OPEN_STAGES + [Stage.ACCEPTED], "sources": list(Source),
        "q": text or "", "source": source, "show": show, "tag": q.get("tag", ""),
        "per_column": PER_COLUMN, "capped": MATCHES_CAP if capped else None,
        "cards_html": cards_html,
        "one_column": wanted_column is not None, "whole": _url(filters),
        "next": str(request.url.path) + ("?" + str(request.url.query) if request.url.query else ""),
    }, active="board")


def cards_html(cards: Sequence[Application], movable: bool, hidden: Markup,
               choices: Markup) -> Markup:
    """A column's cards, built here rather than by the template: a board shows up to a
    hundred of them, and Jinja's loop (its attribute look-ups, escapes and generators for
    every field) was most of the page's processor time. Every text is escaped, as the
    template's autoescape would; `hidden` and `choices` are markup the template rendered (and
    escaped) once for every card of the column."""
    out = []
    for a in cards:
        i = int(a.id or 0)
        role, company, status = escape(a.role), escape(a.company), escape(a.status)
        where = f" · {escape(a.location)}" if a.location else ""
        out.append(f'<li class="kcard" data-id="{i}" tabindex="0" aria-label="{role} at '
                   f'{company}, {status}">\n<a class="title" href="/applications/{i}">{role}</a>\n'
                   f'<div class="company">{company}{where}</div>\n')
        if movable:
            out.append(f'<form method="post" action="/applications/{i}/move">\n{hidden}\n'
                       f'<label class="sr-only" for="mv-{i}">Move {role} at {company} to</label>\n'
                       f'<select id="mv-{i}" name="stage">{choices}</select>\n'
                       '<button type="submit">Move</button>\n</form>\n')
        else:
            out.append(f'<span class="pill">{status}</span>\n')
        out.append("</li>\n")
    return Markup("".join(out))


def _url(query: Sequence[tuple[str, object]]) -> str:
    from urllib.parse import urlencode

    return "/board" + ("?" + urlencode(query) if query else "")


async def move(request: Request) -> Response:
    app_id = request.path_params["app_id"]
    # An application that does not exist (or is someone else's) is a 404, whatever the form.
    before = await call(service(request).views.application, app_id)
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
    app = service(request).views.application(request.path_params["app_id"])
    message = f"{app.role} at {app.company} is now at {app.stage.value}."
    if app.stage in (Stage.INTERVIEWING, Stage.OFFER):
        message += " Good news. Keep a few other applications moving while you wait."
    return JSONResponse({"message": message, "stage": app.stage.value})


routes = [
    Route("/board", board, name="board"),
    Route("/applications/{app_id:int}/move", move, methods=["POST"], name="move"),
    Route("/applications/{app_id:int}/stage.json", stage_json),
]
