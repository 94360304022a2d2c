"""`serve --workers N`: the parent accepts every connection and hands it to the worker holding
the fewest, so that kept-alive connections (a browser's, a proxy's) are split evenly.

Why: a kept-alive connection stays with the worker that took it, so the split of connections
is the split of the work. Each worker listening on a socket of its own (SO_REUSEPORT, round
18) left the split to the kernel's hash of the client's address: random, the busiest of two
workers holding 56-66% of the connections. Here the parent, which computes no page, accepts
on the one listening socket and passes each connection's descriptor over a Unix socket
(SCM_RIGHTS) to the worker with the fewest open; each worker says on the same socket when one
of its connections closes. A worker that dies is replaced with a new channel and a count of 0.
Where descriptors cannot be passed (no `socket.send_fds`), cli/workers.py's sockets serve.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import selectors
import socket
import threading
from collections.abc import Callable

from uvicorn.server import Server

logger = logging.getLogger("uvicorn.error")
CLOSED = b"-"  # a worker's word to the parent: one of its connections has closed


def supported() -> bool:
    return hasattr(socket, "send_fds") and hasattr(socket, "AF_UNIX")


def channel() -> tuple[socket.socket, socket.socket]:
    """(the parent's end, the worker's end): one message per connection handed over."""
    parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    parent.setblocking(False)  # a worker that stops reading never stalls the parent: the next
    child.set_inheritable(True)
    return parent, child


class HandedServer(Server):
    """uvicorn's server in a worker, serving the connections its parent hands it (the one
    socket it is given is its channel, not a listening socket)."""

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=[])  # the app loaded and started; nothing to listen on
        if self.should_exit or not sockets:
            return
        self.channel = sockets[0]
        self.channel.setblocking(False)
        config, loop = self.config, asyncio.get_running_loop()
        base = config.http_protocol_class

        def protocol() -> asyncio.Protocol:
            made = base(config=config, server_state=self.server_state,  # type: ignore[call-arg]
                        app_state=self.lifespan.state)
            lost = made.connection_lost

            def connection_lost(exc: Exception | None) -> None:
                lost(exc)
                with contextlib.suppress(OSError):  # the parent gone: the worker stops too
                    self.channel.send(CLOSED)

            made.connection_lost = connection_lost  # type: ignore[method-assign]
            return made

        def received() -> None:
            while True:
                try:
                    _, fds, _, _ = socket.recv_fds(self.channel, 16, 64)
                except (BlockingIOError, InterruptedError):
                    return
                except OSError:
                    loop.remove_reader(self.channel.fileno())
                    self.should_exit = True
                    return
                if not fds:  # the parent closed its end
                    loop.remove_reader(self.channel.fileno())
                    self.should_exit = True
                    return
                for fd in fds:
                    sock = socket.socket(fileno=fd)
                    task = loop.create_task(loop.connect_accepted_socket(protocol, sock))
                    task.add_done_callback(_closed_on_failure(sock))

        loop.add_reader(self.channel.fileno(), received)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        if getattr(self, "channel", None) is not None:
            asyncio.get_running_loop().remove_reader(self.channel.fileno())
        await super().shutdown(sockets)


def _closed_on_failure(sock: socket.socket) -> Callable[[asyncio.Task[object]], None]:
    def done(task: asyncio.Task[object]) -> None:
        if not task.cancelled() and task.exception() is not None:
            sock.close()
    return done


class Dispatcher:
    """The parent's side: a thread accepting on `listener` and handing each connection to the
    worker with the fewest open; `channels()` gives each worker's current channel."""

    def __init__(self, listener: socket.socket,
                 channels: Callable[[], list[socket.socket]]) -> None:
        self.listener = listener
        self.channels = channels
        self.open: dict[socket.socket, int] = {}  # a worker's channel -> connections it holds
        self.handed = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="bounceback-dispatch",
                                       daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        if self.thread.ident is not None:
            self.thread.join(timeout=5)

    def _run(self) -> None:
        chooser = selectors.DefaultSelector()
        self.listener.setblocking(False)
        chooser.register(self.listener, selectors.EVENT_READ)
        while not self.stopping.is_set():
            current = list(self.channels())
            for gone in [c for c in self.open if not any(c is k for k in current)]:
                chooser.unregister(gone)  # a worker replaced: its channel dropped
                del self.open[gone]
            for sock in current:
                if sock not in self.open and sock.fileno() >= 0:
                    self.open[sock] = 0
                    chooser.register(sock, selectors.EVENT_READ)
            for key, _ in chooser.select(timeout=0.5):
                if key.fileobj is self.listener:
                    self._accept()
                else:
                    self._closed(key.fileobj)  # type: ignore[arg-type]
        chooser.close()

    def _closed(self, sock: socket.socket) -> None:
        try:
            words = sock.recv(16)
        except OSError:
            return
        if sock in self.open:
            self.open[sock] = max(0, self.open[sock] - words.count(CLOSED))

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # too many open files and the like: try again later
                logger.warning(f"accept failed: {exc}")
                return
            with conn:
                conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                for sock in sorted(self.open, key=lambda c: self.open[c]):
                    try:
                        socket.send_fds(sock, [b"+"], [conn.fileno()])
                    except OSError:  # that worker is gone, or its queue full: the next one
                        continue
                    self.open[sock] += 1
                    self.handed += 1
                    break
