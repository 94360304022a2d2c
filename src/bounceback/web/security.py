"""Request guards: allowed hosts, the CSRF double-submit token, body limits, security headers.

A request body is never read before its CSRF token is checked, and never beyond the limit of
its route: a form may send at most FORM_LIMIT, an upload (POST /import) at most UPLOAD_LIMIT,
streamed through to the page (whose parser spools files to disk) instead of held in memory. A
declared length over the limit is refused before a byte is read; an upload's token is read from
its first fields (the form sends csrf_token first) and checked before the file is.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping
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
UPLOAD_LIMIT = 512 * 1024 * 1024
UPLOAD_ROUTES = {"/import"}
# Every other form: text typed on a page (journal entries are the longest).
FORM_LIMIT = 2 * 1024 * 1024
# The token must come within the first bytes of an upload, before its file.
TOKEN_WINDOW = 64 * 1024

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
    """The value of cookie `name` (the last one of that name), None without one.

    Read by hand, not with http.cookies: every request reads two cookies (the form token and,
    on a shared server, the login), and SimpleCookie cost 22 us each; it also gave up on the
    whole header at a cookie it did not like (another app on the same host, whose cookie held
    a space), so bounceback's own were lost and every form refused."""
    raw = headers.get("cookie")
    if not raw:
        return None
    found = None
    for part in raw.split(";"):
        key, sep, value = part.partition("=")
        if sep and key.strip() == name:
            found = value.strip()
    if found and len(found) >= 2 and found[0] == found[-1] == '"':
        found = found[1:-1]
    return found


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
                 on_write: Callable[[], None] | None = None, secure_cookies: bool = False
                 ) -> None:
        self.app = app
        self.allowed_hosts = allowed_hosts  # None: any host (bound to all interfaces)
        self.on_write = on_write  # told before the answer to a form goes out
        # Behind a TLS proxy the page arrives as plain HTTP: the server is told so explicitly
        # (`serve --public-url https://...`), never by trusting X-Forwarded-* headers.
        self.secure_cookies = secure_cookies

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
            limit = body_limit(scope.get("path", ""))
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                await _too_large(send, limit)
                return
            kind = headers.get("content-type", "")
            sent = headers.get(CSRF_HEADER)
            if sent is not None:
                receive = _limited(receive, b"", False, limit)
            elif kind.startswith("multipart/form-data"):
                sent, prefix, ended = await _upload_token(receive, kind)
                receive = _limited(receive, prefix, ended, limit)
            else:
                body, too_big = await _read_body(receive, limit)
                if too_big:
                    await _too_large(send, limit)
                    return
                sent = _form_token(kind, body)
                receive = _replay(body)
            if not token or not sent or not hmac.compare_digest(token, sent) \
                    or not same_origin(headers):
                await _plain(send, 403, "This form has expired or did not come from bounceback. "
                             "Go back, reload the page and try again; nothing was changed.")
                return

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
                    secure = self.secure_cookies or scope.get("scheme") == "https"
                    out.append((b"set-cookie", (
                        f"{CSRF_COOKIE}={new_token}; Path=/; HttpOnly; SameSite=Strict"
                        f"{'; Secure' if secure else ''}"
                    ).encode()))
                message["headers"] = out
            await send(message)

        started_reply = False

        async def send_tracked(message: Message) -> None:
            nonlocal started_reply
            started_reply = started_reply or message["type"] == "http.response.start"
            await send_with_headers(message)

        try:
            await self.app(scope, receive, send_tracked)
        except BodyTooLarge as too_big:  # the upload went past its limit while being read
            if not started_reply:
                await _too_large(send, too_big.limit)


def body_limit(path: str) -> int:
    """How many bytes a request to `path` may send: uploads a lot, forms a little."""
    return UPLOAD_LIMIT if path in UPLOAD_ROUTES else FORM_LIMIT


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the request body is over {limit} bytes")
        self.limit = limit


async def _too_large(send: Send, limit: int) -> None:
    if limit >= UPLOAD_LIMIT:
        text = (f"That file is too large to upload here (the limit is {limit >> 20} MB). "
                "Import it from the command line instead.")
    else:
        text = (f"That is more than this form takes (the limit is {limit >> 20} MB); nothing "
                "was changed.")
    await _plain(send, 413, text)


async def _read_body(receive: Receive, limit: int) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), False


def _limited(receive: Receive, prefix: bytes, ended: bool, limit: int) -> Receive:
    """The body as the page reads it: what was read already, then the rest as it arrives,
    counted; past `limit` the request ends with 413 (BodyTooLarge)."""
    size = len(prefix)
    pending: bytes | None = prefix if prefix or ended else None

    async def limited() -> Message:
        nonlocal size, pending
        if pending is not None:
            chunk, pending = pending, None
            return {"type": "http.request", "body": chunk, "more_body": not ended}
        if ended:
            return {"type": "http.disconnect"}
        message = await receive()
        if message["type"] == "http.request":
            size += len(message.get("body", b""))
            if size > limit:
                raise BodyTooLarge(limit)
        return message

    return limited


async def _upload_token(receive: Receive, kind: str) -> tuple[str | None, bytes, bool]:
    """The csrf_token field of an upload, read from its first TOKEN_WINDOW bytes at most (the
    file after it is not read yet); the bytes read so far, and whether that was all."""
    from python_multipart.multipart import MultipartParser, parse_options_header

    boundary = parse_options_header(kind)[1].get(b"boundary")
    if not boundary:
        return None, b"", False
    fields = _FirstFields()
    parser = MultipartParser(boundary, fields.callbacks())
    read = bytearray()
    ended = False
    while fields.token is None and not fields.other_part and len(read) < TOKEN_WINDOW:
        message = await receive()
        if message["type"] != "http.request":
            ended = True
            break
        chunk = message.get("body", b"")
        read += chunk
        ended = not message.get("more_body", False)
        try:
            parser.write(chunk)
        except Exception:  # a broken upload carries no token
            break
        if ended:
            break
    return fields.token, bytes(read), ended


def _replay(body: bytes) -> Receive:
    done = False

    async def receive() -> Message:
        nonlocal done
        if done:
            return {"type": "http.disconnect"}
        done = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _form_token(kind: str, body: bytes) -> str | None:
    if kind.startswith("application/x-www-form-urlencoded"):
        values = parse_qs(body.decode("latin-1"), keep_blank_values=True).get(CSRF_FIELD)
        return values[0] if values else None
    return None


class _FirstFields:
    """Callbacks for python-multipart's parser: the value of the csrf_token part, and whether
    another part came first (then there is no token where the form puts it)."""

    def __init__(self) -> None:
        self.token: str | None = None
        self.other_part = False
        self._field = bytearray()
        self._value = bytearray()
        self._is_token = False
        self._data = bytearray()

    def callbacks(self) -> Any:
        return {
            "on_header_field": self._on_field, "on_header_value": self._on_value,
            "on_header_end": self._on_header_end, "on_part_data": self._on_data,
            "on_part_end": self._on_part_end,
        }

    def _on_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def _on_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def _on_header_end(self) -> None:
        if bytes(self._field).lower() == b"content-disposition":
            self._is_token = f'name="{CSRF_FIELD}"'.encode() in self._value
            self.other_part = self.other_part or not self._is_token
        self._field.clear()
        self._value.clear()

    def _on_data(self, data: bytes, start: int, end: int) -> None:
        if self._is_token and len(self._data) < 200:
            self._data += data[start:end]

    def _on_part_end(self) -> None:
        if self._is_token:
            self.token = self._data.decode("latin-1")
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
