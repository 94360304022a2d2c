"""Files served from installed packages (plotly.js), never from a CDN; and the favicon."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response
from starlette.routing import Route


@lru_cache(maxsize=1)
def plotly_js() -> Path | None:
    """plotly.min.js from the plotly package, found without importing plotly."""
    spec = importlib.util.find_spec("plotly")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "package_data" / "plotly.min.js"
    return path if path.is_file() else None


def plotly(request: Request) -> Response:
    path = plotly_js()
    if path is None:
        return Response("", status_code=404)
    return FileResponse(path, media_type="text/javascript",
                        headers={"cache-control": "public, max-age=86400"})


def favicon(request: Request) -> Response:
    return RedirectResponse("/static/icon.svg", status_code=301)


routes = [
    Route("/assets/plotly.min.js", plotly),
    Route("/favicon.ico", favicon),
]
