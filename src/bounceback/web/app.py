"""The web app factory: routes from one module per page, guards, static files, error pages."""

from __future__ import annotations

import contextlib
import importlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

from bounceback.domain.errors import BouncebackError, Conflict, InvalidValue, NotFound
from bounceback.web.rendering import HERE, make_templates, page
from bounceback.web.security import LOOPBACK_NAMES, Guard

if TYPE_CHECKING:
    from starlette.templating import Jinja2Templates

    from bounceback.services import Bounceback
    from bounceback.services.accounts import AccountsService

log = logging.getLogger("bounceback.web")

# One module per page; each has `routes`.
PAGE_MODULES = [
    "today", "board", "application", "application_learning", "application_form", "settings", "imports",
    "rejection", "journal", "support", "outlook", "insights", "practice", "inbox", "calendar", "assets",
    "helplines",
]
# On a shared server only: the coach's pages and sharing (web/pages/coach.py).
MULTI_USER_MODULES = ["coach", "feeds"]


def routes(*, multi_user: bool = False) -> list[BaseRoute]:
    found: list[BaseRoute] = []
    for name in PAGE_MODULES + (MULTI_USER_MODULES if multi_user else []):
        found.extend(importlib.import_module(f"bounceback.web.pages.{name}").routes)
    found.append(Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"))
    return found


async def not_found(request: Request, exc: Exception) -> Response:
    message = str(exc) if isinstance(exc, NotFound) else ""
    return page(request, "errors/404.html", {"message": message}, status=404)


async def http_error(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 500)
    if status == 404:
        return await not_found(request, exc)
    if status == 405:
        return page(request, "errors/error.html", {
            "message": "That address is not something to open directly."}, status=405)
    return page(request, "errors/error.html", {"message": ""}, status=status)


async def user_error(request: Request, exc: Exception) -> Response:
    """A BouncebackError nobody caught in a view: its message, the right status, a way back."""
    if isinstance(exc, NotFound):
        return await not_found(request, exc)
    status = 409 if isinstance(exc, Conflict) else 400 if isinstance(exc, InvalidValue) else 422
    return page(request, "errors/error.html", {"message": str(exc)}, status=status)


async def server_error(request: Request, exc: Exception) -> Response:
    """A bug: logged for the developer, a calm page for the user, never a traceback."""
    log.error("error while serving %s", request.url.path, exc_info=exc)
    try:
        return page(request, "errors/500.html", {}, status=500)
    except Exception:  # the template itself failed: plain words still
        return Response("Something went wrong inside bounceback. Nothing was half-saved. "
                        "Go back and try again.", status_code=500, media_type="text/plain")


# Imported before the first request: two threads importing them at once can see a
# half-initialised module (numpy.ma did, under parallel chart requests).
# The rest: what the pages import when first asked (the outlook's first view imported its
# model and numpy.random: a third of its processor time).
WARM_MODULES = ["numpy", "numpy.ma", "plotly.graph_objects", "plotly.io", "_plotly_utils.utils",
                "numpy.random", "bounceback.places", "bounceback.pipeline.outlook",
                "bounceback.pipeline.ghosting", "bounceback.pipeline.beliefs",
                # What the pages' first views imported after the warm-up (round 23): Today's
                # nine modules alone were ~35 ms of processor time, on a worker's first `/`.
                "bounceback.services.today", "bounceback.services.recovery_reads",
                "bounceback.recovery.resilience", "bounceback.recovery.wallowing",
                "bounceback.storage.readmodel.sync", "bounceback.storage.readmodel.derived",
                "bounceback.storage.readmodel.records", "bounceback.storage.readmodel.triggers",
                "bounceback.storage.readmodel.recovery_queries",
                "bounceback.storage.readmodel.window_ends",
                "bounceback.storage.readmodel.brief_queries",
                "bounceback.storage.readmodel.inbox_queries",
                "bounceback.storage.readmodel.learning_queries",
                "bounceback.storage.readmodel.skill_queries",
                "bounceback.storage.readmodel.skill_reads", "bounceback.pipeline.concentration",
                "bounceback.pipeline.conversion", "bounceback.services.feed_windows",
                "bounceback.services.learning_brief", "bounceback.learning.cues",
                "bounceback.learning.modelstore", "bounceback.skills.tailoring",
                "bounceback.mail.model", "bounceback.web.pages.capability_imports"]


#: Pages run in worker threads: at most this many at once (the rest wait their turn). Python
#: runs one thread at a time anyway; more threads only hold more results in memory at once,
#: each in its own malloc arena. (Capping glibc's arenas instead made SQLite's allocations in
#: those threads wait on each other: a third of the pages per second.)
WORKER_THREADS = 8


def warm_up(bb: Bounceback, templates: Jinja2Templates | None = None, *,
            reads: bool = False) -> None:
    """What every process loads once, loaded before it answers: the first view of a page
    (right after the server started, or a worker) then costs what every later view costs.
    The templates are compiled (an application's page compiled five and read the shipped
    skills vocabulary on its first view: 450 ms of processor time, 13 ms once warm)."""
    for name in WARM_MODULES:
        with contextlib.suppress(ImportError):  # a capability not installed is not warmed
            importlib.import_module(name)
    bb.parts()  # every service part created once, in one thread
    from bounceback.services import skills
    from bounceback.storage import tables

    tables.configure_mappers()  # else done by the first ORM query a process sends
    skills.warm()  # the shipped vocabulary and its occupations: every application's page reads them
    _warm_crisis_check()
    if templates is not None:
        for name in templates.env.list_templates(extensions=["html"]):
            templates.env.get_template(name)
    if reads:
        _warm_reads(bb)


def _warm_reads(bb: Bounceback) -> None:
    """Today's reads, once, in a transaction that writes nothing: the process's first
    connection to the database is opened (on PostgreSQL a server process of its own, which reads
    the tables' definitions and plans each statement the first time it sees it) and kept in the
    pool. Left to the first request a worker was handed, that was 100-210 ms on PostgreSQL at
    5,000 applications on a quiet machine (610 ms in round 22's `make bench`), against 7-30 for
    the same page after it. A database that cannot be read here is left to the pages, which say
    what is wrong."""
    try:
        with bb.db.session():
            bb.today()
    except Exception as exc:  # noqa: BLE001 - the pages show the error; the server still starts
        logging.getLogger("uvicorn.error").warning(
            "warm-up: the database could not be read (%s); each page will say why",
            type(exc).__name__)


#: Written words the first note, journal entry or check-in of a process reads for a crisis
#: message, one per script the language finder tells apart.
WARM_TEXTS = ("Called the recruiter today", "Позвонил рекрутеру сегодня", "आज भर्तीकर्ता को फोन किया",
              "اتصلت بالمسؤول عن التوظيف اليوم", "今天给招聘人员打了电话")


def _warm_crisis_check() -> None:
    """The crisis check a written note runs, made ready: every language's phrase list compiled,
    the language finder's tables mapped, the word model loaded. Left to the first note, check-in
    or journal entry, that took 0.9 s of processor time inside a request, holding the worker's
    interpreter lock, so every page the worker was computing waited with it (in the mixed
    workload at a load average of 17-20: the first web write of a worker took 17-23 s).
    The sentence encoder is not loaded here (40 MB more in every worker; a text that needs it
    still loads it on first use, 0.6 s)."""
    try:
        from bounceback.recovery import crisis, crisis_lexicon
        from bounceback.recovery.crisis_lang import LANGUAGES
    except ImportError:  # a capability not installed is not warmed
        return
    for lang in ("global", *LANGUAGES):  # each language's list is compiled when first read
        crisis_lexicon.lexicon(lang)
    for text in WARM_TEXTS:
        crisis.assess(text)


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    import anyio.to_thread
    from starlette.concurrency import run_in_threadpool

    anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
    await run_in_threadpool(lambda: warm_up(app.state.bb, app.state.templates,
                                            reads=not app.state.multi_user))
    if getattr(app.state, "settle_heap", False):  # a served app (`serve`), not a test's
        from bounceback.web.memory import settle_heap

        settle_heap()
    yield
    if getattr(app.state, "user_services", None) is not None:
        app.state.user_services.close()


def create_app(bb: Bounceback, *, allowed_hosts: set[str] | None = None,
               accounts: AccountsService | None = None, public_url: str | None = None
               ) -> Starlette:
    """The app over one service object. `allowed_hosts=None` means the loopback names.

    `public_url` is the address people open (a TLS proxy's, `https://jobs.centre.example`):
    with https, cookies are marked Secure although the proxy speaks plain HTTP to us, and
    calendar feed addresses are given with it.

    With `accounts` (a shared server) every page needs a login and is served by the service
    of the person logged in, which sees only their store; `bb` is then only warmed up.

    Pages read the read model, which each write keeps current in its own transaction: nothing
    is kept between requests, nothing is refreshed in the background, and the first look after
    any change (from this server, the CLI or another process) shows it."""
    app = Starlette(
        debug=False,
        lifespan=lifespan,
        routes=routes(multi_user=accounts is not None),
        exception_handlers={
            HTTPException: http_error,
            BouncebackError: user_error,
            Exception: server_error,
        },
    )
    app.state.bb = bb
    app.state.templates = make_templates()
    app.state.multi_user = accounts is not None
    app.state.public_url = public_url.rstrip("/") if public_url else None
    app.state.secure_cookies = bool(public_url and public_url.lower().startswith("https://"))
    if accounts is not None:
        from bounceback.web import accounts as gate

        app.state.accounts = accounts
        app.state.user_services = gate.UserServices(accounts)
        accounts.kept_services = app.state.user_services.get
        app.router.routes[:0] = gate.routes
        app.add_middleware(gate.LoginGate, accounts=accounts, services=app.state.user_services)
    hosts = LOOPBACK_NAMES | (allowed_hosts or set())
    if public_url:
        from urllib.parse import urlsplit

        hosts |= {urlsplit(public_url).hostname or ""}
    app.add_middleware(Guard, allowed_hosts=None if "*" in hosts else hosts,
                       secure_cookies=app.state.secure_cookies)
    from bounceback.web.memory import TrimWhenIdle

    app.add_middleware(TrimWhenIdle)  # outermost: it sees when the last answer has gone out
    return app


def from_environment() -> Starlette:
    """The app of one worker of `serve --workers N` (settings from the environment): on a
    shared server (`--multi-user`) every page needs a login, else it is the owner's app."""
    import os

    from bounceback.config import Settings, default_database_url
    from bounceback.domain.clock import Clock
    from bounceback.services import Bounceback
    from bounceback.services.accounts import AccountsService

    clock = Clock.from_environment()
    url = default_database_url()
    found = AccountsService(url, clock) if os.environ.get("BOUNCEBACK_SERVE_MULTI_USER") else None
    hosts = {h for h in os.environ.get("BOUNCEBACK_SERVE_HOSTS", "").split(",") if h}
    app = create_app(Bounceback(Settings(database_url=url), clock=clock), allowed_hosts=hosts,
                     accounts=found,
                     public_url=os.environ.get("BOUNCEBACK_SERVE_PUBLIC_URL") or None)
    app.state.settle_heap = True
    return app
