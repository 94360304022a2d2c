"""A calm "not available yet" page for a capability whose service part is not built."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from bounceback.web.rendering import page


def unavailable(request: Request, heading: str, active: str = "") -> Response:
    return page(request, "unavailable.html", {"heading": heading}, active=active)
