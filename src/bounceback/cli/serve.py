"""`bounceback serve`: the local web UI on 127.0.0.1 (uvicorn and the web app load lazily)."""

from __future__ import annotations

from typing import Literal

import typer

from bounceback.cli.context import say, service
from bounceback.config import DEFAULT_PORT


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    port: int = typer.Option(DEFAULT_PORT, "--port", "-p", min=0, max=65535,
                             help="Port (0 picks a free one)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Keep 127.0.0.1 "
                             "unless you know why: other machines could then reach your data."),
    allow_host: list[str] | None = typer.Option(  # noqa: UP007 - typer reads it at run time
        None, "--allow-host", help="Another host name the browser may use (repeat for more)."),
    multi_user: bool = typer.Option(False, "--multi-user", help="A shared server (a career "
                                    "centre's): every page needs a login; each person sees "
                                    "only their own data."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Worker processes: "
                                "pages are computed in parallel, one per processor (SQLite "
                                "or PostgreSQL; writes wait for each other as they always do)."),
    public_url: str | None = typer.Option(  # noqa: UP007 - typer reads it at run time
        None, "--public-url", help="The address people open, behind a TLS proxy "
        "(https://jobs.centre.example): cookies are then marked Secure, its host is allowed, "
        "and calendar feed addresses use it. X-Forwarded-* headers are never trusted."),
) -> None:
    """Open the web UI in your browser: the URL is printed when it is ready."""
    import socket

    import uvicorn

    from bounceback.domain.errors import InvalidValue
    from bounceback.web.app import create_app

    bb = service()
    bb.db.ensure_ready()
    found = None
    if multi_user:
        from bounceback.cli.context import accounts

        found = accounts()
        if not found.enabled() or not found.users():
            raise InvalidValue("no accounts yet: create the administrator first with "
                               "`bounceback users init EMAIL`")
    hosts = set(allow_host or [])
    public_url = _public_url(public_url)
    if host not in ("127.0.0.1", "localhost", "::1"):
        hosts.add("*" if host in ("0.0.0.0", "::") else host)
        say(f"Listening on {host}: other machines on the network may reach this page.")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    if port:  # a clear message now, rather than the server's own log line later
        probe = socket.socket(family, socket.SOCK_STREAM)
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise InvalidValue(f"cannot listen on {host}:{port} ({exc.strerror}); "
                               "try another --port") from None
        finally:
            probe.close()
    shown = f"[{host}]" if ":" in host else host
    if workers > 1:
        _serve_workers(bb.db.base_url, host, shown, port, hosts, workers, public_url,
                       multi_user)
        return
    # uvicorn binds the address itself: a socket handed over would lose TCP_NODELAY and add
    # 40 ms to every answer on a kept-alive connection.
    app = create_app(bb, allowed_hosts=hosts, accounts=found, public_url=public_url)
    app.state.settle_heap = True
    http, loop = protocols()
    config = uvicorn.Config(app, host=host,
                            port=port,
                            log_level="warning", access_log=False, server_header=False,
                            proxy_headers=False, http=http, loop=loop)

    class Server(uvicorn.Server):
        async def startup(self, sockets=None):  # type: ignore[no-untyped-def]
            await super().startup(sockets)
            if self.should_exit or not self.servers:
                return
            bound = self.servers[0].sockets[0].getsockname()[1]
            import sys

            # Listening now: scripts may read the URL and connect at once.
            say(f"bounceback is ready at http://{shown}:{bound}/  (Ctrl+C to stop)")
            sys.stdout.flush()

    Server(config).run()


def protocols() -> tuple[Literal["httptools", "h11"], Literal["uvloop", "asyncio"]]:
    """The HTTP parser and event loop a served app runs on: httptools and uvloop (both in C)
    where they are installed, else h11 and asyncio's own loop (pure Python). On a shared
    server the C pair cost 0.6 to 2.5 ms less processor time per request (bench/centre_cpu.py),
    a tenth to a third of a light page's whole cost."""
    import importlib.util

    def have(name: str) -> bool:
        return importlib.util.find_spec(name) is not None

    return ("httptools" if have("httptools") else "h11",
            "uvloop" if have("uvloop") else "asyncio")


def _public_url(typed: str | None) -> str | None:
    """`--public-url` checked: an http(s) address with a host, nothing after it but a path."""
    if typed is None:
        return None
    from urllib.parse import urlsplit

    from bounceback.domain.errors import InvalidValue

    parts = urlsplit(typed.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query \
            or parts.fragment:
        raise InvalidValue(f"--public-url {typed!r} is not an address like "
                           "https://jobs.centre.example")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _serve_workers(url: str, host: str, shown: str, port: int, hosts: set[str],
                   workers: int, public_url: str | None, multi_user: bool) -> None:
    """Several worker processes on one port, each making the app from the environment, each
each handed its connections by the parent, the fewest open first (cli/handoff.py), or where
that cannot be, with a listening socket of its own (cli/workers.py); the address is said once
every worker serves.

    Python runs one thread at a time in a process: one process computes one page at a time,
    so several clients wait for each other. Worker processes compute pages in parallel (on
    SQLite too: in WAL mode readers never wait, and writes wait for each other through the
    database's own lock, as a CLI write and the server always have)."""
    import os
    import sys

    import uvicorn

    from bounceback.cli.handoff import supported
    from bounceback.cli.workers import Workers, listening_sockets

    os.environ.update({"BOUNCEBACK_DATABASE_URL": url,
                       "BOUNCEBACK_SERVE_MULTI_USER": "1" if multi_user else "",
                       "BOUNCEBACK_SERVE_HOSTS": ",".join(sorted(hosts)),
                       "BOUNCEBACK_SERVE_PUBLIC_URL": public_url or ""})
    http, loop = protocols()
    config = uvicorn.Config("bounceback.web.app:from_environment", factory=True, host=host,
                            port=port, workers=workers, log_level="warning", access_log=False,
                            server_header=False, proxy_headers=False, http=http, loop=loop)
    handed = supported()  # the parent hands each connection to the least busy worker
    sockets = listening_sockets(host, port, 1 if handed else workers, config.backlog)
    bound = sockets[0].getsockname()[1]

    def ready() -> None:
        say(f"bounceback is ready at http://{shown}:{bound}/  ({workers} workers; Ctrl+C to stop)")
        sys.stdout.flush()

    supervisor = Workers(config, sockets, ready, handoff=handed)
    supervisor.run()
    if supervisor.failed:
        sys.stderr.write(f"bounceback: {supervisor.failed}\n")
        raise typer.Exit(1)
