"""A shared server's pages about sharing: the seeker's Sharing settings (what they share, with
whom, every look taken, notes received) and the coach's page (their seekers and the cohort)."""

from __future__ import annotations

import contextlib
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.accounts import Shared
from bounceback.domain.errors import BouncebackError, NotFound
from bounceback.web.rendering import call, page, redirect

WHAT = [(Shared.PIPELINE, "Your applications and their stages"),
        (Shared.OUTLOOK, "Your outlook (the chance of an offer) and its warnings"),
        (Shared.CHECKINS_SUMMARY, "A weekly summary of check-ins: how many and the average "
                                  "mood, never what you wrote")]


def _user(request: Request) -> Any:
    return request.scope["state"]["user"]


def _sharing(request: Request) -> Any:
    return request.app.state.accounts.sharing


async def sharing_page(request: Request, error: str = "", status: int = 200) -> Response:
    me, svc = _user(request), _sharing(request)
    shares, looks, notes = await call(svc.overview_of, me)
    return page(request, "sharing.html", {"shares": shares, "looks": looks, "notes": notes,
                                           "what": WHAT, "error": error}, status=status,
                active="settings")


async def share(request: Request) -> Response:
    form = await request.form()
    chosen = ",".join(str(v) for v in form.getlist("what"))
    try:
        await call(_sharing(request).share, _user(request), str(form.get("coach", "")),
                   chosen or "")
    except BouncebackError as exc:
        return await sharing_page(request, str(exc), status=400)
    return redirect("/settings/sharing", "saved")


async def revoke(request: Request) -> Response:
    form = await request.form()
    with contextlib.suppress(NotFound):  # an unknown account: nothing shared, nothing to stop
        await call(_sharing(request).revoke, _user(request), str(form.get("coach", "")))
    return redirect("/settings/sharing", "saved")


async def coach_page(request: Request) -> Response:
    me = _user(request)
    if not me.is_coach:
        raise NotFound("this page is for coaches")
    svc = _sharing(request)
    cards, cohort = await call(svc.coach_page, me)
    from bounceback.services.sharing import COHORT_MIN, QUIET_DAYS

    return page(request, "coach.html", {"cards": cards, "cohort": cohort,
                                         "cohort_min": COHORT_MIN, "quiet_days": QUIET_DAYS})


async def seeker_page(request: Request) -> Response:
    shown = await call(_sharing(request).view, _user(request), request.path_params["seeker_id"])
    return page(request, "coach_seeker.html", {"shown": shown})


async def note(request: Request) -> Response:
    seeker_id = request.path_params["seeker_id"]
    form = await request.form()
    await call(_sharing(request).add_note, _user(request), seeker_id, str(form.get("text", "")))
    return redirect(f"/coach/seekers/{seeker_id}", "noted")


routes = [
    Route("/settings/sharing", sharing_page, methods=["GET"]),
    Route("/settings/sharing", share, methods=["POST"]),
    Route("/settings/sharing/revoke", revoke, methods=["POST"]),
    Route("/coach", coach_page, methods=["GET"]),
    Route("/coach/seekers/{seeker_id:int}", seeker_page, methods=["GET"]),
    Route("/coach/seekers/{seeker_id:int}/note", note, methods=["POST"]),
]
