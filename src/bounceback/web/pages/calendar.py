"""/calendar.ics: a feed of interviews, follow-ups and plans for calendar apps on this machine."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def feed(request: Request) -> Response:
    return Response("", status_code=404)


routes = [Route("/calendar.ics", feed)]
