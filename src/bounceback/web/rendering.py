"""Templates and what every page shares: the service, the CSRF token, navigation, notices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import jinja2
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

if TYPE_CHECKING:
    from bounceback.services import Bounceback

HERE = Path(__file__).parent
T = TypeVar("T")

NAV = [
    ("today", "/", "Today"),
    ("board", "/board", "Board"),
    ("outlook", "/outlook", "Outlook"),
    ("insights", "/insights", "Insights"),
    ("practice", "/practice", "Practice"),
    ("journal", "/journal", "Journal"),
    ("inbox", "/inbox", "Inbox"),
    ("import", "/import", "Import"),
    ("settings", "/settings", "Settings"),
]

# Messages after a form is saved: fixed words chosen by a short code (never user text in a URL).
NOTICES = {
    "added": "Added.",
    "saved": "Saved.",
    "country_unknown": "That country is not in the list; nothing was changed.",
    "moved": "Moved.",
    "unchanged": "It was at that stage already; nothing was changed.",
    "deleted": "Deleted.",
    "deleted_pending": "Deleted. Another program is reading the database, so a copy of the "
                       "text may stay in its -wal file until that program closes; bounceback "
                       "removes it the next time it opens the database.",
    "wiped": "All data was deleted.",
    "imported": "Imported.",
    "noted": "Note added.",
    "task": "Task added.",
    "contact": "Contact added.",
    "withdrawn": "Marked as withdrawn.",
    "reasons": "Reasons saved.",
    "asked": "Recorded: you asked for feedback. One polite follow-up will be suggested in a week.",
    "checkin": "Check-in saved. Thank you for taking a moment for it.",
    "journal": "Saved privately.",
    "support": "Saved.",
    "reviewed": "Thank you; the inbox is a little shorter.",
    "practised": "Saved. The card will come back when it is due.",
    "feed_made": "A new calendar address is made; any address made before has stopped working.",
    "feed_stopped": "The calendar address has stopped working.",
}


def _day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%-d %b %Y, %H:%M")
    return value.strftime("%-d %b %Y")


def _words(value: object) -> str:
    """snake_case vocabulary as plain words: `self_doubt` → `self doubt`."""
    text = getattr(value, "value", value)
    return str(text or "").replace("custom:", "").replace("_", " ")


def _percent(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value * 100:.{digits}f} %"


def safe_next(url: object, default: str) -> str:
    """`url` when it is a path inside this app, else `default`: a link or a form's `next` never
    leads elsewhere."""
    text = str(url or "")
    return text if text.startswith("/") and not text.startswith(("//", "/\\")) else default


def _local(url: object) -> str:
    """Only links inside this app (a service may suggest one; it never leads elsewhere)."""
    return safe_next(url, "#")


def make_templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its name: imported text is untrusted
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates ship with the package: no file check on every render
    )
    from bounceback.pipeline.wording import chance_words
    from bounceback.pipeline.wording import percent as chance

    # `chance`: a chance worded as the outlook's sentences word it (the same rounding);
    # `chance_words`: one application's chance in words ("a long shot").
    env.filters.update(day=_day, words=_words, percent=_percent, local=_local, chance=chance,
                       chance_words=chance_words)
    return Jinja2Templates(env=env)


def service(request: Request) -> Bounceback:
    """The service of this request: on a shared server the logged-in person's (their store
    only, set by web/accounts.LoginGate), else the one service of this local app."""
    found = request.scope.get("state", {}).get("bb")
    if found is not None:
        return found  # type: ignore[no-any-return]
    if getattr(request.app.state, "multi_user", False):  # never the owner's data by default
        from bounceback.domain.errors import NotFound

        raise NotFound("log in to see this page")
    return request.app.state.bb  # type: ignore[no-any-return]


def one_transaction(view: Callable[..., T]) -> Callable[..., T]:
    """A page that reads through several service calls reads in one transaction: each call
    joins it (one connection, one snapshot, one commit) instead of opening its own. On the
    application page that was sixteen transactions, a quarter of the page's processor time."""
    from functools import wraps

    @wraps(view)
    def wrapped(request: Request, *args: Any, **kwargs: Any) -> T:
        with service(request).db.session():
            return view(request, *args, **kwargs)

    return wrapped


def csrf_token(request: Request) -> str:
    return str(request.scope.get("state", {}).get("csrf_token", ""))


def page(request: Request, name: str, context: dict[str, Any] | None = None,
         status: int = 200, active: str = "") -> HTMLResponse:
    """Render a template with what the layout needs."""
    templates: Jinja2Templates = request.app.state.templates
    ctx = {
        "nav": NAV,
        "active": active,
        "csrf": csrf_token(request),
        "notice": NOTICES.get(request.query_params.get("done", "")),
        "is_htmx": request.headers.get("hx-request") == "true",
        "user": request.scope.get("state", {}).get("user"),
        "signed_in_only": getattr(request.app.state, "multi_user", False),
    }
    ctx.update(context or {})
    return templates.TemplateResponse(request, name, ctx, status_code=status)


def redirect(url: str, done: str | None = None, **query: object) -> Response:
    """303 See Other to a page, with `done` (a notice code) and other values in its query,
    always before the #fragment (after it, the browser would not send them)."""
    path, hashmark, fragment = url.partition("#")
    extra = [(k, v) for k, v in [("done", done), *query.items()] if v is not None and v != ""]
    if extra:
        from urllib.parse import urlencode

        path += ("&" if "?" in path else "?") + urlencode(extra)
    return RedirectResponse(path + hashmark + fragment, status_code=303)


async def call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a (blocking) service call off the event loop."""
    return await run_in_threadpool(fn, *args, **kwargs)


def need(request: Request, name: str) -> Any:
    """A capability's part for a form that needs it; a calm 404 while it is not built."""
    found = part(request, name)
    if found is None:
        from bounceback.domain.errors import NotFound

        raise NotFound(f"this part of bounceback ({name}) is not available yet")
    return found


def part(request: Request, name: str) -> Any | None:
    """A capability's service part, or None while it is not built yet."""
    bb = service(request)
    if not hasattr(type(bb), name):
        return None
    return getattr(bb, name)
