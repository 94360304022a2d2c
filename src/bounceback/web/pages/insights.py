"""Insights page."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.web.pages.unavailable import unavailable


def show(request: Request) -> Response:
    return unavailable(request, "Insights", "insights")


routes = [Route("/insights", show)]
