"""Request guards: allowed hosts, the CSRF double-submit token, and security headers."""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "bb_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
# Uploads (a whole mailbox) pass through here; beyond this the user gets a clear message.
MAX_BODY = 512 * 1024 * 1024

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on its own
    # forms, and the Origin check below could not tell them from another site's.
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "[::1]", "::1", "testserver"}


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _cookie(headers: dict[str, str], name: str) -> str | None:
    raw = headers.get("cookie")
    if not raw:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:  # a malformed cookie header is simply no token
        return None
    morsel = jar.get(name)
    return morsel.value if morsel else None


def same_origin(headers: dict[str, str]) -> bool:
    """A state-changing request comes from a page of this server: its Origin (or, without
    one, its Referer) names the host it was sent to. A request with neither (a script, an
    old browser) still needs the CSRF token; "null" or another site is refused."""
    from urllib.parse import urlsplit

    host = headers.get("host", "").strip().lower()
    origin = headers.get("origin")
    source = origin if origin is not None else headers.get("referer")
    if source is None:
        return True
    parts = urlsplit(source.strip())
    return parts.scheme in ("http", "https") and bool(host) and parts.netloc.lower() == host


def host_name(host_header: str) -> str:
    if host_header.startswith("["):
        return host_header.split("]")[0] + "]"
    return host_header.rsplit(":", 1)[0] if ":" in host_header else host_header


class Guard:
    """One ASGI middleware for every request.

    - Host check: only the names the server was started for (DNS-rebinding defence).
    - CSRF: every state-changing request carries the token of its `bb_csrf` cookie, in the
      `csrf_token` form field or the `X-CSRF-Token` header (htmx sends the header), and comes
      from this server's own pages (Origin or Referer).
    - Security headers (CSP without inline script) on every response.
    """

    def __init__(self, app: ASGIApp, *, allowed_hosts: set[str] | None = None,
                 on_write: Callable[[], None] | None = None) -> None:
        self.app = app
        self.allowed_hosts = allowed_hosts  # None: any host (bound to all interfaces)
        self.on_write = on_write  # told before the answer to a form goes out

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        headers = _headers(scope)
        if self.allowed_hosts is not None:
            host = host_name(headers.get("host", ""))
            if host not in self.allowed_hosts:
                await _plain(send, 400, "This address is not served here. Open the URL that "
                             "`bounceback serve` printed.")
                return
        token = _cookie(headers, CSRF_COOKIE)
        new_token = None
        if not token or len(token) < 20:
            token = None
            new_token = secrets.token_urlsafe(32)
        scope.setdefault("state", {})["csrf_token"] = token or new_token

        if scope["method"] not in SAFE_METHODS:
            body, too_big = await _read_body(receive)
            if too_big:
                await _plain(send, 413, "That file is too large to upload here (the limit is "
                             "512 MB). Import it from the command line instead.")
                return
            sent = headers.get(CSRF_HEADER) or await _form_token(scope, headers, body)
            if not token or not sent or not hmac.compare_digest(token, sent) \
                    or not same_origin(headers):
                await _plain(send, 403, "This form has expired or did not come from bounceback. "
                             "Go back, reload the page and try again; nothing was changed.")
                return
            receive = _replay(body)

        unsafe = scope["method"] not in SAFE_METHODS

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                if unsafe and self.on_write is not None:
                    self.on_write()  # before the redirect reaches the browser
                out = list(message.get("headers", []))
                names = {k.lower() for k, _ in out}
                out.extend((k, v) for k, v in HEADERS if k not in names)
                # How long the server took to answer (the benchmark reads it; local only).
                spent = (time.perf_counter() - started) * 1000
                out.append((b"server-timing", f"app;dur={spent:.1f}".encode()))
                if new_token:
                    out.append((b"set-cookie", (
                        f"{CSRF_COOKIE}={new_token}; Path=/; HttpOnly; SameSite=Strict"
                    ).encode()))
                message["headers"] = out
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _read_body(receive: Receive) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), False


def _replay(body: bytes) -> Receive:
    done = False

    async def receive() -> Message:
        nonlocal done
        if done:
            return {"type": "http.disconnect"}
        done = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _form_token(scope: Scope, headers: dict[str, str], body: bytes) -> str | None:
    kind = headers.get("content-type", "")
    if kind.startswith("application/x-www-form-urlencoded"):
        values = parse_qs(body.decode("latin-1"), keep_blank_values=True).get(CSRF_FIELD)
        return values[0] if values else None
    if kind.startswith("multipart/form-data"):
        from starlette.requests import Request

        request = Request(scope, _replay(body))
        try:
            form = await request.form()
        except Exception:  # a broken upload carries no token
            return None
        try:
            value = form.get(CSRF_FIELD)
            return value if isinstance(value, str) else None
        finally:
            await form.close()
    return None


async def _plain(send: Send, status: int, text: str) -> None:
    from html import escape

    page = (
        "<!doctype html><html lang=en><meta charset=utf-8><title>bounceback</title>"
        '<link rel=stylesheet href="/static/app.css"><main class="narrow"><h1>That did not work</h1>'
        f"<p>{escape(text)}</p><p><a href=\"/\">Back to Today</a></p></main></html>"
    ).encode()
    await send({
        "type": "http.response.start", "status": status,
        "headers": [(b"content-type", b"text/html; charset=utf-8"), *HEADERS],
    })
    await send({"type": "http.response.body", "body": page})
