"""The server gives freed memory back when it falls idle (web/memory.py)."""

from __future__ import annotations

import asyncio
from typing import Any

from bounceback.web import memory
from bounceback.web.memory import TrimWhenIdle


def test_glibc_trim_is_found_and_runs() -> None:
    trim = memory._trimmer()
    assert trim is not None  # the servers we ship on run glibc
    assert trim() in (0, 1)


def test_it_trims_once_the_last_request_in_flight_has_answered(monkeypatch) -> None:
    trims: list[int] = []
    gate = asyncio.Event()
    in_flight_at_trim: list[int] = []

    async def page(scope: Any, receive: Any, send: Any) -> None:
        if scope["path"] == "/slow":
            await gate.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    app: TrimWhenIdle

    def trim() -> None:
        trims.append(1)
        in_flight_at_trim.append(app.in_flight)

    app = TrimWhenIdle(page, trim=trim)
    sent: list[Any] = []

    async def send(message: Any) -> None:
        sent.append(message)

    async def receive() -> Any:
        return {"type": "http.request", "body": b""}

    async def scenario() -> None:
        slow = asyncio.create_task(app({"type": "http", "path": "/slow"}, receive, send))
        await asyncio.sleep(0)
        await app({"type": "http", "path": "/fast"}, receive, send)
        assert trims == []  # another request is still being answered
        gate.set()
        await slow
        assert trims == [1] and in_flight_at_trim == [0]
        await app({"type": "http", "path": "/fast"}, receive, send)
        assert trims == [1]  # not again within the second
        monkeypatch.setattr(memory, "TRIM_EVERY", 0.0)
        await app({"type": "http", "path": "/fast"}, receive, send)
        assert trims == [1, 1]

    asyncio.run(scenario())
    assert [m["body"] for m in sent if m["type"] == "http.response.body"] == [b"ok"] * 4


def test_a_served_worker_keeps_what_start_up_loaded_out_of_the_collectors_walks(
        sqlite_url: str, home: Any, monkeypatch: Any) -> None:
    """`serve --workers N` (each worker's app made from the environment): once started, the
    objects start-up loaded are frozen, so a full collection no longer walks them all (it took
    ~100 ms every couple of hundred requests, every request in flight waiting); an app made
    for a test is left as it was."""
    import gc
    import warnings

    from bounceback.config import Settings
    from bounceback.domain.clock import Clock
    from bounceback.services import Bounceback
    from bounceback.web.app import create_app, from_environment

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    monkeypatch.setenv("BOUNCEBACK_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("BOUNCEBACK_SERVE_MULTI_USER", "")
    gc.unfreeze()
    try:
        plain = create_app(Bounceback(Settings(database_url=sqlite_url), clock=Clock()))
        with TestClient(plain) as client:
            assert client.get("/settings").status_code == 200
            assert gc.get_freeze_count() == 0
        with TestClient(from_environment()) as client:
            assert client.get("/settings").status_code == 200
            assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
