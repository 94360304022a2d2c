"""Insights: patterns, reasons, conversion, resilience, skill gaps and the charts (local plotly)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import NotFound
from bounceback.web.rendering import one_transaction, page, part

SECTIONS = ("patterns", "conversion", "resilience", "gaps")
#: The resilience section lists the latest rejections only.
RESILIENCE_SHOWN = 10
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


@one_transaction
def section(request: Request) -> Response:
    name = request.path_params["name"]
    if name not in SECTIONS:
        raise NotFound(f"no insights section {name!r}")
    reads: dict[str, tuple[str, str, Callable[[Any], Any]]] = {
        "patterns": ("p", "learning", lambda found: found.patterns(applications=False)),
        "conversion": ("c", "pipeline", lambda found: found.conversion()),
        "resilience": ("r", "recovery", lambda found: found.resilience(limit=RESILIENCE_SHOWN)),
        "gaps": ("g", "skills", lambda found: found.search_gaps(applications=False)),
    }
    ctx: dict[str, Any] = {"name": name}
    short, part_name, read = reads[name]
    found = part(request, part_name)
    if found is not None:
        ctx[short] = read(found)
    return page(request, "parts/insights_section.html", ctx)


def chart(request: Request) -> Response:
    charts = part(request, "charts")
    if charts is None:
        raise NotFound("charts are not available yet")
    name = request.path_params["name"]

    def build() -> str:
        with FIGURES:
            figure = charts.figure(name)
            figure.update_layout(autosize=True, width=None)
            return str(figure.to_json())

    return Response(build(), media_type="application/json")


routes = [
    Route("/insights", show, name="insights"),
    Route("/insights/sections/{name:str}", section),
    Route("/insights/charts/{name:str}.json", chart),
]
