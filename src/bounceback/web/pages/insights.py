"""Insights: patterns, reasons, conversion, resilience, skill gaps and the charts (local plotly)."""

from __future__ import annotations

import threading
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import NotFound
from bounceback.web.rendering import page, part

SECTIONS = ("patterns", "conversion", "resilience", "gaps")
# Figures are built one at a time: plotly's figure objects are not made for threads.
FIGURES = threading.Lock()


def charts_list() -> list[Any]:
    from bounceback.charts.catalog import CHARTS

    return list(CHARTS.values())


def show(request: Request) -> Response:
    """The page itself is light; each section and chart loads on its own (htmx, fetch)."""
    available = {
        "patterns": part(request, "learning") is not None,
        "conversion": part(request, "pipeline") is not None,
        "resilience": part(request, "recovery") is not None,
        "gaps": part(request, "skills") is not None,
    }
    charts = charts_list() if part(request, "charts") is not None else []
    return page(request, "insights.html", {"available": available, "charts": charts},
                active="insights")


def section(request: Request) -> Response:
    name = request.path_params["name"]
    if name not in SECTIONS:
        raise NotFound(f"no insights section {name!r}")
    ctx: dict[str, Any] = {"name": name}
    if name == "patterns" and (learning := part(request, "learning")) is not None:
        ctx["p"] = learning.patterns()
    elif name == "conversion" and (pipeline := part(request, "pipeline")) is not None:
        ctx["c"] = pipeline.conversion()
    elif name == "resilience" and (recovery := part(request, "recovery")) is not None:
        ctx["r"] = recovery.resilience()
    elif name == "gaps" and (skills := part(request, "skills")) is not None:
        ctx["g"] = skills.search_gaps()
    return page(request, "parts/insights_section.html", ctx)


def chart(request: Request) -> Response:
    charts = part(request, "charts")
    if charts is None:
        raise NotFound("charts are not available yet")
    with FIGURES:
        figure = charts.figure(request.path_params["name"])
        figure.update_layout(autosize=True, width=None)
        body = figure.to_json()
    return Response(body, media_type="application/json")


routes = [
    Route("/insights", show, name="insights"),
    Route("/insights/sections/{name:str}", section),
    Route("/insights/charts/{name:str}.json", chart),
]
