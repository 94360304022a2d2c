"""Short-lived tickets: what a form's answer must show once it has redirected (303) to a page,
kept in this server's memory, bound to the browser's CSRF cookie and never in a URL beyond an
opaque id. The journal's "show my entries" and the crisis card after a saved text use them."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from typing import Any

from starlette.requests import Request

from bounceback.web.rendering import csrf_token

#: How long a ticket answers (reloading the page included).
SECONDS = 10 * 60
MAX_TICKETS = 1000
_LOCK = threading.Lock()


def _store(request: Request) -> dict[str, tuple[str, float, Any]]:
    state = request.app.state
    if not hasattr(state, "tickets"):
        state.tickets = {}
    return state.tickets  # type: ignore[no-any-return]


def issue(request: Request, value: Any, seconds: float = SECONDS) -> str:
    """A new ticket holding `value` for this browser."""
    now = time.monotonic()
    ticket = secrets.token_urlsafe(16)
    with _LOCK:
        store = _store(request)
        for old in [t for t, (_, until, _) in store.items() if until <= now]:
            del store[old]
        while len(store) >= MAX_TICKETS:
            store.pop(next(iter(store)))
        store[ticket] = (csrf_token(request), now + seconds, value)
    return ticket


def redeem(request: Request, ticket: str | None) -> Any | None:
    """The value of a live ticket issued to this browser, else None."""
    if not ticket:
        return None
    with _LOCK:
        found = _store(request).get(ticket)
    if found is None:
        return None
    owner, until, value = found
    if time.monotonic() >= until or not hmac.compare_digest(owner, csrf_token(request)):
        return None
    return value
