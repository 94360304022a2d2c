"""A shared server (`serve --multi-user`): login on every page, each request served by the
service of the person logged in (their store only), login and logout pages."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import LoginFailed, TooManyAttempts
from bounceback.web.rendering import page, safe_next
from bounceback.web.security import CSRF_COOKIE, Message, Receive, Scope, Send, _cookie, _headers

if TYPE_CHECKING:
    from bounceback.domain.accounts import User
    from bounceback.services import Bounceback
    from bounceback.services.accounts import AccountsService

SESSION_COOKIE = "bb_session"
#: Reachable without logging in: the login page itself and the files every page loads.
OPEN_PATHS = {"/login", "/favicon.ico"}
OPEN_PREFIXES = ("/static/",)
#: A calendar app's address: /feeds/TOKEN.ics, the token standing for the login (it serves the
#: calendar of the account it belongs to, and nothing else).
FEED_PREFIX = "/feeds/"
FEED_PAGE = "/calendar.ics"


#: How many people's services a server process keeps. On PostgreSQL a kept service holds no
#: connection (every store shares the process's pool: storage/connect.py `store_engine`) and
#: about 10 KB, so a centre's every person is kept: a coach's look at thirty seekers, and each
#: seeker's next page, reuse theirs instead of making it again. On SQLite each holds its own
#: store's file open: fewer are kept.
KEEP_SERVICES = 1024
KEEP_SQLITE_SERVICES = 64


class UserServices:
    """The service of each person recently seen, made once and kept (bounded): each one
    opens only that person's store."""

    def __init__(self, accounts: AccountsService, keep: int | None = None) -> None:
        self.accounts = accounts
        sqlite = accounts.database_url.startswith("sqlite")
        self.keep = keep or (KEEP_SQLITE_SERVICES if sqlite else KEEP_SERVICES)
        self._made: OrderedDict[int, Bounceback] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, user: User) -> Bounceback:
        with self._lock:
            found = self._made.get(user.id)
            if found is not None and found.settings.store == user.store:
                self._made.move_to_end(user.id)
                return found
        made = self.accounts.service_for(user)
        made.parts()
        with self._lock:
            self._made[user.id] = made
            while len(self._made) > self.keep:
                _, old = self._made.popitem(last=False)
                old.close()
        return made

    def forget(self, user_id: int) -> None:
        with self._lock:
            old = self._made.pop(user_id, None)
        if old is not None:
            old.close()

    def close(self) -> None:
        with self._lock:
            made, self._made = list(self._made.values()), OrderedDict()
        for bb in made:
            bb.close()


class LoginGate:
    """Every page needs a login; the request then carries its user and their service."""

    def __init__(self, app: Any, *, accounts: AccountsService, services: UserServices) -> None:
        self.app = app
        self.accounts = accounts
        self.services = services

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if path in OPEN_PATHS or path.startswith(OPEN_PREFIXES):
            await self.app(scope, receive, send)
            return
        if path.startswith(FEED_PREFIX):
            await self.feed(scope, receive, send, path[len(FEED_PREFIX):])
            return
        token = _cookie(_headers(scope), SESSION_COOKIE)
        user, bb = await run_in_threadpool(self._signed_in, token)
        if user is None:
            target = path + ("?" + scope["query_string"].decode("latin-1")
                             if scope.get("query_string") else "")
            where = "/login" + (f"?next={quote(target, safe='')}" if path != "/" else "")
            await _see_other(send, where)
            return
        state = scope.setdefault("state", {})
        state["user"] = user
        state["bb"] = bb
        await self.app(scope, receive, send)

    def _signed_in(self, token: str | None) -> tuple[User | None, Bounceback | None]:
        """The session's user and their service, in one trip to a worker thread."""
        user = self.accounts.session_user(token)
        return (user, self.services.get(user)) if user is not None else (None, None)

    async def feed(self, scope: Scope, receive: Receive, send: Send, name: str) -> None:
        """A calendar app's request: the token names the account, and the request is served
        as the calendar page of that account (no other page is reachable this way)."""
        token = name[:-len(".ics")] if name.endswith(".ics") else ""
        user = await run_in_threadpool(self.accounts.feed_user, token) if token else None
        if user is None:
            body = (b"This calendar address is not in use (any more). Make a new one in "
                    b"bounceback: Settings, Calendar feed.")
            await send({"type": "http.response.start", "status": 404, "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        state = scope.setdefault("state", {})
        state["user"] = user
        state["bb"] = await run_in_threadpool(self.services.get, user)
        await self.app({**scope, "path": FEED_PAGE, "raw_path": FEED_PAGE.encode()},
                       receive, send)


async def _see_other(send: Send, where: str, cookies: list[str] | None = None) -> None:
    headers = [(b"location", where.encode("latin-1")), (b"content-length", b"0")]
    headers += [(b"set-cookie", c.encode("latin-1")) for c in cookies or []]
    start: Message = {"type": "http.response.start", "status": 303, "headers": headers}
    await send(start)
    await send({"type": "http.response.body", "body": b""})


def accounts_of(request: Request) -> AccountsService:
    return request.app.state.accounts  # type: ignore[no-any-return]


def secure(request: Request) -> str:
    """The cookie attribute that keeps a cookie off plain HTTP: when the page came over HTTPS,
    or when the server was told its public address is https (`serve --public-url`, behind a
    TLS proxy). X-Forwarded-* headers are never trusted for it."""
    if request.url.scheme == "https" or getattr(request.app.state, "secure_cookies", False):
        return "; Secure"
    return ""


def session_cookie(request: Request, token: str, max_age: int) -> str:
    return (f"{SESSION_COOKIE}={token}; Path=/; Max-Age={max_age}; HttpOnly; "
            f"SameSite=Lax{secure(request)}")


async def login_page(request: Request) -> Response:
    return page(request, "login.html", {"next": safe_next(request.query_params.get("next"), "/"),
                                         "email": ""})


async def login(request: Request) -> Response:
    import secrets

    from bounceback.services.accounts import SESSION_DAYS

    form = await request.form()
    email, password = str(form.get("email", "")), str(form.get("password", ""))
    target = safe_next(form.get("next"), "/")
    accounts = accounts_of(request)
    address = request.client.host if request.client else "unknown"
    try:
        user = await run_in_threadpool(accounts.authenticate, email, password, address)
    except (LoginFailed, TooManyAttempts) as exc:
        status = 429 if isinstance(exc, TooManyAttempts) else 401
        return page(request, "login.html", {"error": str(exc).capitalize() + ".",
                                             "next": target, "email": email}, status=status)
    old = request.cookies.get(SESSION_COOKIE)
    token = await run_in_threadpool(accounts.start_session, user, old)
    csrf = secrets.token_urlsafe(32)  # a new form token with the new session
    response = Response(status_code=303, headers={"location": target})
    response.headers.append("set-cookie", session_cookie(request, token, SESSION_DAYS * 86400))
    response.headers.append("set-cookie",
                            f"{CSRF_COOKIE}={csrf}; Path=/; HttpOnly; SameSite=Strict"
                            f"{secure(request)}")
    return response


async def logout(request: Request) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        await run_in_threadpool(accounts_of(request).end_session, token)
    return _logged_out(request)


async def logout_everywhere(request: Request) -> Response:
    user = request.scope["state"]["user"]
    await run_in_threadpool(accounts_of(request).end_all_sessions, user)
    request.app.state.user_services.forget(user.id)
    return _logged_out(request)


def _logged_out(request: Request) -> Response:
    response = Response(status_code=303, headers={"location": "/login"})
    response.headers.append("set-cookie", session_cookie(request, "", 0))
    return response


routes = [
    Route("/login", login_page, methods=["GET"]),
    Route("/login", login, methods=["POST"]),
    Route("/logout", logout, methods=["POST"]),
    Route("/logout/everywhere", logout_everywhere, methods=["POST"]),
]
