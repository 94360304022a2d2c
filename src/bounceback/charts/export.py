"""Writing charts to files: SVG, PNG and PDF through a local Chromium, standalone HTML, JSON.

Images are drawn by kaleido (plotly's exporter) in the Chromium already on the machine, with
the plotly.js that ships inside the plotly package and MathJax switched off, so nothing is
fetched from the network. HTML export needs no browser at all.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from bounceback import files
from bounceback.domain.errors import BouncebackError, InvalidValue

if TYPE_CHECKING:
    import plotly.graph_objects as go

T = TypeVar("T")

IMAGE_FORMATS = ("svg", "png", "pdf")
FORMATS: dict[str, str] = {
    ".svg": "svg",
    ".png": "png",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".txt": "sankeymatic",
    ".sankeymatic": "sankeymatic",
}
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
INSTALL_HINT = (
    "install Chromium (Debian or Ubuntu: `sudo apt-get install chromium`; macOS or Windows: "
    "install Google Chrome) or set BROWSER_PATH to a Chrome or Chromium program"
)
# A proxy that does not exist: the export browser may read local files, never the network.
_NO_NETWORK_PROXY = "http://127.0.0.1:9"


class ExportEngineMissing(BouncebackError):
    """SVG, PNG or PDF was asked for and no Chrome or Chromium is on this machine."""


class OutputNotWritable(BouncebackError):
    """The output file cannot be written where the user asked."""


class ExportFailed(BouncebackError):
    """The browser that draws images started but did not produce the image."""


# --- where and what to write ----------------------------------------------------------------


def format_for(path: Path, allowed: Sequence[str] | None = None) -> str:
    """The export format named by the file's extension, or a message listing the choices."""
    fmt = FORMATS.get(path.suffix.lower())
    choices = [ext for ext, f in FORMATS.items() if allowed is None or f in allowed]
    if fmt is None or (allowed is not None and fmt not in allowed):
        shown = path.suffix or "no extension"
        raise InvalidValue(
            f"cannot tell the format of {str(path)!r} ({shown}); end the file name with one of: "
            + ", ".join(choices)
        )
    return fmt


def check_writable(path: Path) -> Path:
    """Fail early, with the reason and what to do, when `path` cannot be written."""
    path = path.expanduser()
    if path.is_dir():
        raise OutputNotWritable(f"{path} is a folder; give a file name, like {path / 'chart.svg'}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise OutputNotWritable(
            f"cannot write {path}: the folder {folder} does not exist; create it or choose another"
        )
    if not folder.is_dir():
        raise OutputNotWritable(f"cannot write {path}: {folder} is not a folder")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputNotWritable(
            f"cannot write {path}: permission denied; choose a folder you can write to"
        )
    return path


def write_atomic(path: Path, content: bytes | str) -> Path:
    """Write through a temporary file beside `path`, so a failure never leaves half a file."""
    path = check_writable(path)
    try:
        files.write_atomic(path, content)
    except OSError as err:
        raise OutputNotWritable(f"cannot write {path}: {err.strerror or err}") from None
    return path


# --- HTML and JSON (no browser needed) ------------------------------------------------------


def plotly_js_path() -> Path:
    """The plotly.js bundled with the plotly package: what the web app serves locally."""
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


PLOT_CONFIG: dict[str, Any] = {"displaylogo": False, "responsive": True}


def figure_html(fig: go.Figure, title: str = "bounceback chart") -> str:
    """A standalone page: plotly.js embedded inline, so it opens with no network."""
    html: str = fig.to_html(
        include_plotlyjs=True, include_mathjax=False, full_html=True, config=PLOT_CONFIG
    )
    return html.replace("<head>", f"<head><title>{_escape(title)}</title>", 1)


def figure_json(fig: go.Figure) -> str:
    """The figure as plotly JSON, for the web page's `Plotly.newPlot`."""
    text: str = fig.to_json()
    return text


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)


# --- images through a local Chromium --------------------------------------------------------


def find_browser() -> str | None:
    """BROWSER_PATH when set, else a Chrome or Chromium on the PATH, else None."""
    configured = os.environ.get("BROWSER_PATH")
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def require_browser(what: str = "SVG, PNG and PDF export") -> str:
    browser = find_browser()
    if browser is None:
        configured = os.environ.get("BROWSER_PATH")
        where = f"BROWSER_PATH={configured!r} is not a program; " if configured else ""
        raise ExportEngineMissing(
            f"{what} needs Chrome or Chromium, which was not found: {where}{INSTALL_HINT}. "
            "HTML export works without it (use a file name ending in .html)"
        )
    return browser


def run_async(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to the end from sync code, also when an event loop is already running."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


def render_images(
    jobs: Sequence[tuple[go.Figure, str]], *, scale: float = 2.0, timeout: float = 90
) -> list[bytes]:
    """Draw each (figure, format) in one browser session; formats are svg, png or pdf."""
    browser = require_browser()
    import kaleido

    page = kaleido.PageGenerator(plotly=str(plotly_js_path()), mathjax=False)

    async def draw() -> list[bytes]:
        out: list[bytes] = []
        async with kaleido.Kaleido(
            page_generator=page,
            n=1,
            timeout=timeout,
            path=browser,
            enable_extensions=False,
            proxy_server=_NO_NETWORK_PROXY,
        ) as k:
            for fig, fmt in jobs:
                opts = {
                    "format": fmt,
                    "width": fig.layout.width,
                    "height": fig.layout.height,
                    "scale": scale if fmt == "png" else 1,
                }
                out.append(await k.calc_fig(fig, opts=opts))
        return out

    try:
        return run_async(draw)
    except BouncebackError:
        raise
    except Exception as err:  # the browser or kaleido failed: say so in one line
        raise ExportFailed(
            f"the browser at {browser} could not draw the image ({type(err).__name__}: {err}); "
            "HTML export still works (use a file name ending in .html)"
        ) from None


def write_figure(fig: go.Figure, path: Path, fmt: str | None = None, title: str = "") -> Path:
    """Write one figure as svg, png, pdf, html or json (from the extension unless `fmt`)."""
    path = check_writable(Path(path))
    fmt = fmt or format_for(path, (*IMAGE_FORMATS, "html", "json"))
    if fmt == "html":
        return write_atomic(path, figure_html(fig, title or "bounceback chart"))
    if fmt == "json":
        return write_atomic(path, figure_json(fig))
    if fmt not in IMAGE_FORMATS:
        raise InvalidValue(f"cannot export a chart as {fmt!r}")
    (image,) = render_images([(fig, fmt)])
    return write_atomic(path, image)


def html_to_pdf(html: str, path: Path, *, timeout: float = 60) -> Path:
    """Print a standalone HTML page to PDF with the local Chromium (no network, no profile)."""
    import subprocess

    path = check_writable(Path(path))
    browser = require_browser("PDF output")
    with tempfile.TemporaryDirectory(prefix="bounceback-pdf-") as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        out = Path(tmp) / "out.pdf"
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-extensions",
            "--disable-component-update",
            "--disable-background-networking",
            "--disable-sync",
            "--no-first-run",
            f"--proxy-server={_NO_NETWORK_PROXY}",
            f"--user-data-dir={Path(tmp) / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            page.as_uri(),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as err:
            raise ExportFailed(f"the browser at {browser} could not print a PDF ({err})") from None
        if not out.exists() or out.stat().st_size == 0:
            raise ExportFailed(
                f"the browser at {browser} did not produce a PDF; write HTML instead (.html)"
            )
        return write_atomic(path, out.read_bytes())
