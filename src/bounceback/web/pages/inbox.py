"""Inbox review: imported emails the app was not sure about, to confirm or correct."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError, NotFound
from bounceback.domain.vocabulary import EmailKind
from bounceback.web.forms import read_form
from bounceback.web.pages.unavailable import unavailable
from bounceback.web.rendering import call, need, page, part, redirect, service

PER_PAGE = 25
KIND_WORDS = {
    "application_received": "Application received", "rejection": "Rejection",
    "interview_request": "Interview request", "assessment": "Assessment", "offer": "Offer",
    "action_required": "Action required", "recruiter_outreach": "Recruiter outreach",
    "other": "Not about an application",
}


def open_items(bb: Any) -> list[Any]:
    """The open review items, read without the ORM (storage/readmodel/inbox_queries.py)."""
    from bounceback.storage.readmodel.inbox_queries import review_items

    with bb.db.reader() as r:
        return review_items(r, "open")


def show(request: Request, errors: dict[int, str] | None = None, status: int = 200) -> Response:
    inbox = part(request, "inbox")
    if inbox is None:
        return unavailable(request, "Inbox review", "inbox")
    bb = service(request)
    items = open_items(bb)  # the lean read layer: no ORM session
    shown = items[:PER_PAGE]
    titles: dict[int, str] = {}
    for item in shown:
        for app_id in item.candidates:
            if app_id not in titles:
                try:
                    titles[app_id] = bb.views.application(app_id).title
                except NotFound:
                    titles[app_id] = f"#{app_id}"
    return page(request, "inbox.html", {
        "items": shown, "total": len(items), "titles": titles, "kinds": list(EmailKind),
        "kind_words": KIND_WORDS, "errors": errors or {}, "learned": inbox.learned_from(),
    }, status=status, active="inbox")


async def decide(request: Request) -> Response:
    form = await read_form(request)
    inbox = need(request, "inbox")
    item_id = request.path_params["item_id"]
    action = form.text("action")
    try:
        if action == "accept":
            await call(inbox.accept, item_id)
        elif action == "kind":
            kind = form.text("kind")
            await call(inbox.change_kind, item_id, kind)
        elif action == "link":
            target = form.text("application")
            if not target:
                raise _Problem("choose the application it belongs to")
            await call(inbox.relink, item_id, target)
        elif action == "ignore":
            await call(inbox.ignore_sender, item_id)
        elif action == "dismiss":
            await call(inbox.dismiss, item_id)
        else:
            raise _Problem("choose what to do with it")
    except (BouncebackError, _Problem) as exc:
        return await call(show, request, {item_id: str(exc)}, 400)
    return redirect("/inbox", "reviewed")


class _Problem(Exception):
    pass


routes = [
    Route("/inbox", show, name="inbox"),
    Route("/inbox/{item_id:int}", decide, methods=["POST"]),
]
