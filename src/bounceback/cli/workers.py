"""`serve --workers N`: the worker processes, each with a listening socket of its own on one
port (SO_REUSEPORT), and "ready" said only once every worker answers.

Why not one socket shared by every worker (uvicorn's way): a browser or a TLS proxy keeps its
connection open, and the worker that accepted it serves every request on it. With one shared
socket the connections were split by whichever worker reached `accept` first: the first
worker to finish its warm-up took every connection queued meanwhile, and the event loop
accepts everything pending at once, so the split was uneven (connections per worker, 2
workers, 50 clients: 31/11, 24/18, 23/19, and 10/0 with 10; bench/worker_spread.py). With a
socket each, the kernel spreads new connections over the sockets by a hash of their
addresses, whatever each worker is doing; a worker not ready yet finds its own connections
waiting for it. Where SO_REUSEPORT is missing, one shared socket as before.

Round 19: the kernel's hash is random, not even (the busiest of two workers held 56-66% of
the connections): where descriptors can be passed, the parent accepts on one socket and hands
each connection to the worker holding the fewest (cli/handoff.py); the sockets per worker stay
for systems without. A worker that dies before every worker serves stops the server.
"""

from __future__ import annotations

import logging
import signal
import socket
import time
from collections.abc import Callable

from uvicorn.config import STARTUP_FAILURE, Config
from uvicorn.server import Server
from uvicorn.supervisors.multiprocess import Multiprocess, Process

from bounceback.cli.handoff import Dispatcher, HandedServer, channel

logger = logging.getLogger("uvicorn.error")


def listening_sockets(host: str, port: int, count: int, backlog: int) -> list[socket.socket]:
    """`count` sockets listening on one port (the first picks it when `port` is 0), or one
    shared socket where the system cannot share a port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    made: list[socket.socket] = []
    per_worker = count > 1 and hasattr(socket, "SO_REUSEPORT")
    for _ in range(count if per_worker else 1):
        # Made with its protocol named (IPPROTO_TCP): asyncio sets TCP_NODELAY only on
        # connections accepted from such a socket, and without it every answer on a
        # kept-alive connection waits 40 ms for the client's delayed acknowledgement.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if per_worker:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            sock.bind((host, port))
        except OSError:
            sock.close()
            for other in made:
                other.close()
            raise
        port = sock.getsockname()[1]  # the others on the port the first one got
        sock.set_inheritable(True)
        sock.listen(backlog)  # connections wait for their worker, not refused meanwhile
        made.append(sock)
    return made


def why(exitcode: int | None) -> str:
    """A worker's end in words: its exit code or the signal that ended it."""
    if exitcode is None:
        return "it stopped answering"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"killed by {name}"
    if exitcode == STARTUP_FAILURE:
        return f"exit code {exitcode} (the app failed to start: its error is above)"
    return f"exit code {exitcode}"


class HandedProcess(Process):
    """A worker serving the connections the parent hands it (cli/handoff.py): its one socket
    is its channel; `parent_end` is the parent's side of it."""

    parent_end: socket.socket
    child_end: socket.socket | None

    @property
    def server(self) -> Server:
        if self._server is None:
            self._server = HandedServer(config=self.config)
        return self._server


class Workers(Multiprocess):
    """uvicorn's supervisor, worker `i` given `sockets[i]` (or every worker the one shared
    socket), restarted on the same socket if it dies; `ready` is called once every worker
    has started serving. With `handoff`, the parent accepts on the one socket and hands each
    connection to the worker holding the fewest (cli/handoff.py)."""

    def __init__(self, config: Config, sockets: list[socket.socket],
                 ready: Callable[[], None], handoff: bool = False) -> None:
        super().__init__(config, sockets=sockets)
        self.ready = ready
        self.failed = ""  # what stopped the server before it served, if anything
        self.dispatcher = Dispatcher(sockets[0], self.channels) if handoff else None

    def channels(self) -> list[socket.socket]:
        return [p.parent_end for p in list(self.processes) if isinstance(p, HandedProcess)]

    def _process(self, idx: int) -> Process:
        if self.dispatcher is not None:
            parent, child = channel()
            handed = HandedProcess(self.config, [child])
            handed.parent_end, handed.child_end = parent, child
            return handed
        own = [self.sockets[idx]] if len(self.sockets) > 1 else self.sockets
        return Process(self.config, own)

    @staticmethod
    def _start(process: Process) -> None:
        process.start()
        if isinstance(process, HandedProcess) and process.child_end is not None:
            process.child_end.close()  # the worker has its copy
            process.child_end = None

    @staticmethod
    def _ended(process: Process) -> None:
        if isinstance(process, HandedProcess):
            process.parent_end.close()

    def run(self) -> None:
        try:
            super().run()
        finally:
            if self.dispatcher is not None:
                self.dispatcher.stop()

    def init_processes(self) -> None:
        for idx in range(self.processes_num):
            process = self._process(idx)
            self._start(process)
            self.processes.append(process)
        # However long the warm-up takes on a busy machine (no time limit: a server that
        # never said its address would look hung); a signal ends the wait and the supervision
        # loop takes over. A worker that dies before it serves is not restarted: whatever
        # stopped it (the app failing to load, the database refusing, too little memory, a
        # kill) would most likely stop the next one too, and a server that said its address
        # with a worker missing would serve half. The others are stopped, the parent exits 1.
        for idx, process in enumerate(self.processes):
            while not process.is_ready(timeout=1):
                if self.signal_queue:
                    return
                if not process.process.is_alive():
                    process.join()
                    self.failed = (f"worker {idx + 1} of {len(self.processes)} (process "
                                   f"{process.pid}) stopped while starting: "
                                   f"{why(process.exitcode)}; the server is stopped")
                    self.should_exit.set()
                    return
                time.sleep(0.1)
        if self.dispatcher is not None:
            self.dispatcher.start()
        self.ready()

    def restart_all(self) -> None:
        """Each worker replaced on its own socket, the new one serving before the old ends."""
        for idx, old in enumerate(self.processes):
            if self.should_exit.is_set():
                return
            new = self._process(idx)
            self._start(new)
            if not new.wait_until_ready(self.config.timeout_worker_healthcheck, self.should_exit):
                new.kill()
                new.join()
                self._ended(new)
                return
            self.processes[idx] = new
            old.terminate()
            old.join()
            self._ended(old)

    def keep_subprocess_alive(self) -> None:
        if self.should_exit.is_set():
            return
        for idx, process in enumerate(self.processes):
            if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                continue
            process.kill()
            process.join()
            self._ended(process)
            if process.exitcode == STARTUP_FAILURE:
                logger.error(f"Child process [{process.pid}] failed to start, stopping.")
                self.should_exit.set()
                return
            if self.should_exit.is_set():
                return
            logger.info(f"Child process [{process.pid}] died")
            process = self._process(idx)
            self._start(process)
            self.processes[idx] = process

    def handle_ttin(self) -> None:
        logger.info("Received SIGTTIN: the number of workers is fixed (--workers).")

    def handle_ttou(self) -> None:
        logger.info("Received SIGTTOU: the number of workers is fixed (--workers).")
