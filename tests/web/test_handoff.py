"""The parent's side of `serve --workers N` (cli/handoff.py) without worker processes: each
connection accepted goes to the worker holding the fewest, a closed one is counted off, and a
worker whose channel is gone gets nothing."""

from __future__ import annotations

import socket
import time

import pytest

from bounceback.cli.handoff import CLOSED, Dispatcher, channel, supported

pytestmark = pytest.mark.skipif(not supported(), reason="passes descriptors (SCM_RIGHTS)")


def _received(worker: socket.socket, wanted: int) -> list[socket.socket]:
    """The connections handed to one worker's end, as that worker reads them."""
    worker.settimeout(5)
    got: list[socket.socket] = []
    while len(got) < wanted:
        _, fds, _, _ = socket.recv_fds(worker, 16, 16)
        got += [socket.socket(fileno=fd) for fd in fds]
    return got


def _open(port: int, n: int) -> list[socket.socket]:
    return [socket.create_connection(("127.0.0.1", port)) for _ in range(n)]


def _wait(until, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 10
    while not until():
        assert time.monotonic() < deadline, what
        time.sleep(0.01)


def test_each_connection_goes_to_the_worker_holding_the_fewest() -> None:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    port = listener.getsockname()[1]
    (a, a_worker), (b, b_worker) = channel(), channel()
    ends = [a, b]
    dispatcher = Dispatcher(listener, lambda: ends)
    dispatcher.start()
    clients = []
    try:
        _wait(lambda: len(dispatcher.open) == 2, "the dispatcher sees both workers")
        clients += _open(port, 6)
        held_a, held_b = _received(a_worker, 3), _received(b_worker, 3)
        _wait(lambda: dispatcher.handed == 6, "six handed")
        assert sorted(dispatcher.open.values()) == [3, 3]

        # worker A's clients leave: two closed, said on its channel; the next two go to A
        for conn in held_a[:2]:
            conn.close()
        a_worker.send(CLOSED)
        a_worker.send(CLOSED)
        _wait(lambda: dispatcher.open[a] == 1, "the closes counted")
        clients += _open(port, 2)
        held_a += _received(a_worker, 2)
        _wait(lambda: dispatcher.handed == 8, "eight handed")
        assert dispatcher.open[a] == 3 and dispatcher.open[b] == 3

        # worker B gone (its end closed): every new connection goes to A
        b_worker.close()
        clients += _open(port, 2)
        held_a += _received(a_worker, 2)
        _wait(lambda: dispatcher.handed == 10, "ten handed")
        assert dispatcher.open[a] == 5

        # a connection handed over is the client's own: bytes go through
        for client in clients[-2:]:
            client.sendall(b"ping")
        held_a[-1].settimeout(5)
        assert held_a[-1].recv(4) == b"ping"
        for conn in held_a + held_b:
            conn.close()
    finally:
        dispatcher.stop()
        for c in clients:
            c.close()
        for s in (listener, a, b, a_worker):
            s.close()
