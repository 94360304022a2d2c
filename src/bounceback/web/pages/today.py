"""Today: what is due and what needs attention, from every capability (service.today())."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.web.rendering import page, service


def today(request: Request) -> Response:
    bb = service(request)
    sections = [s for s in bb.today() if s.items]
    return page(request, "today.html", {"sections": sections, "day": bb.clock().date()},
                active="today")


routes = [Route("/", today, name="today")]
