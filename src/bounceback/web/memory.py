"""A server's memory: freed memory given back to the system when the server falls idle, and
what start-up loaded kept out of the cyclic garbage collector's walks (`settle_heap`).

Pages run in worker threads, and glibc's malloc gives each thread its own arena: what a page
freed stays in its thread's arena, counted in the server's resident memory, until something
asks for it back. `malloc_trim` does (every arena, at their tops and whole free pages inside);
it runs after an answer when no other request is in flight, at most once a second, in a
worker thread (ctypes lets the other threads run meanwhile)."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import time
from collections.abc import Callable
from typing import Any

from bounceback.web.security import ASGIApp, Receive, Scope, Send

#: At most one trim this often (seconds): a busy server falls idle many times a second.
TRIM_EVERY = 1.0


def _trimmer() -> Callable[[], Any] | None:
    """glibc's malloc_trim, or None where there is none (macOS, musl)."""
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        trim = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return lambda: trim(0)


class TrimWhenIdle:
    """ASGI middleware: after the last request in flight has answered, trim (see above)."""

    def __init__(self, app: ASGIApp, trim: Callable[[], Any] | None = None) -> None:
        self.app = app
        self.trim = trim if trim is not None else _trimmer()
        self.in_flight = 0
        self.last = 0.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.trim is None:
            await self.app(scope, receive, send)
            return
        self.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1
        now = time.monotonic()
        if self.in_flight == 0 and now - self.last >= TRIM_EVERY:
            self.last = now
            import anyio.to_thread

            await anyio.to_thread.run_sync(self.trim)


def settle_heap() -> int:
    """Once a server has started (modules, templates and models loaded, every service part
    made): collect once, then freeze what is left, out of the cyclic collector's sight.

    A full collection walks every object the collector tracks, and start-up leaves some
    180,000 (measured: a seeker's pages on a shared server): one took about 100 ms every
    couple of hundred requests, while every request in flight in that worker waited. Frozen
    objects are still freed when nothing refers to them; only a cycle among them would stay.
    Returns how many objects were frozen."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
