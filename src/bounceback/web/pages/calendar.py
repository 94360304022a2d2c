"""/calendar.ics: interviews, follow-ups, reminders and plan blocks for calendar apps here."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.web.pages.unavailable import unavailable
from bounceback.web.rendering import part


def feed(request: Request) -> Response:
    charts = part(request, "charts")
    if charts is None:
        return unavailable(request, "Calendar", "")
    return Response(charts.calendar(), media_type="text/calendar; charset=utf-8", headers={
        "content-disposition": 'inline; filename="bounceback.ics"', "cache-control": "no-cache"})


routes = [Route("/calendar.ics", feed)]
