"""/calendar.ics: interviews, follow-ups, reminders and plan blocks for calendar apps here.

Calendar apps poll a subscribed feed (every hour, as the feed asks, or more often): each answer
carries an ETag, and a request whose If-None-Match is still current gets 304 Not Modified, with
no entry built or sent."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.web.pages.unavailable import unavailable
from bounceback.web.rendering import one_transaction, part


@one_transaction
def feed(request: Request) -> Response:
    charts = part(request, "charts")
    if charts is None:
        return unavailable(request, "Calendar", "")
    body, etag = charts.calendar_feed(request.headers.get("if-none-match"))
    # no-cache: a calendar app may keep the feed but asks each time whether it is still current
    headers = {"etag": etag, "cache-control": "no-cache"}
    if body is None:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="text/calendar; charset=utf-8", headers={
        **headers, "content-disposition": 'inline; filename="bounceback.ics"'})


routes = [Route("/calendar.ics", feed)]
