"""`bounceback serve`: the local web UI on 127.0.0.1 (uvicorn and the web app load lazily)."""

from __future__ import annotations

import typer

from bounceback.cli.context import say, service


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    port: int = typer.Option(8000, "--port", "-p", min=0, max=65535, help="Port (0 picks a free one)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Keep 127.0.0.1 "
                             "unless you know why: other machines could then reach your data."),
    allow_host: list[str] | None = typer.Option(  # noqa: UP007 - typer reads it at run time
        None, "--allow-host", help="Another host name the browser may use (repeat for more)."),
) -> None:
    """Open the web UI in your browser: the URL is printed when it is ready."""
    import socket

    import uvicorn

    from bounceback.domain.errors import InvalidValue
    from bounceback.web.app import create_app

    bb = service()
    bb.db.ensure_ready()
    hosts = set(allow_host or [])
    if host not in ("127.0.0.1", "localhost", "::1"):
        hosts.add("*" if host in ("0.0.0.0", "::") else host)
        say(f"Listening on {host}: other machines on the network may reach this page.")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise InvalidValue(f"cannot listen on {host}:{port} ({exc.strerror}); "
                           "try another --port") from None
    bound_port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    config = uvicorn.Config(create_app(bb, allowed_hosts=hosts), log_level="warning",
                            access_log=False, server_header=False, proxy_headers=False)
    url = f"http://{shown}:{bound_port}/"

    class Server(uvicorn.Server):
        async def startup(self, sockets=None):  # type: ignore[no-untyped-def]
            await super().startup(sockets)
            if not self.should_exit:  # listening now: scripts may read the URL and connect
                import sys

                say(f"bounceback is ready at {url}  (Ctrl+C to stop)")
                sys.stdout.flush()

    Server(config).run(sockets=[sock])
