"""What Python's cyclic garbage collector costs a shared server's requests, in one process:
logged in as a seeker with 300 applications (bench/profile_pages.py --centre's database), the
benchmark's pages 20 times each; processor time per request and the collector's share by
generation, with start-up's objects left as they are or frozen (`--freeze`, as a served
worker does: web/memory.py settle_heap).

    .venv/bin/python bench/gc_pauses.py [--db URL] [--freeze]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import profile_pages  # noqa: E402
from common import ENV  # noqa: E402

spent = {0: 0.0, 1: 0.0, 2: 0.0}
runs = {0: 0, 1: 0, 2: 0}
_started = [0.0]


def _watch(phase: str, info: dict[str, Any]) -> None:
    if phase == "start":
        _started[0] = time.process_time()
    else:
        spent[info["generation"]] += time.process_time() - _started[0]
        runs[info["generation"]] += 1


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None)
    parser.add_argument("--freeze", action="store_true")
    args = parser.parse_args()
    os.environ.update({k: v for k, v in ENV.items() if k.startswith("BOUNCEBACK_")})
    profile_pages.inline_threads()

    import httpx

    from bounceback.config import Settings
    from bounceback.domain.clock import Clock
    from bounceback.services import Bounceback
    from bounceback.web.app import create_app, warm_up
    from bounceback.web.memory import settle_heap

    url, accounts = profile_pages.centre(args.db)
    bb = Bounceback(Settings(database_url=url), clock=Clock.from_environment())
    app = create_app(bb, accounts=accounts)
    warm_up(bb)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        await client.get("/login")
        await client.post("/login", data={
            "email": "seeker@centre.example", "password": profile_pages.PASSWORD,
            "csrf_token": client.cookies["bb_csrf"]})
        app_id = re.findall(r'href="/applications/(\d+)"', (await client.get("/board")).text)[0]
        pages = ["/", "/board", "/outlook", "/insights", "/practice", "/journal", "/settings",
                 "/settings/sharing", "/inbox", f"/applications/{app_id}",
                 f"/applications/{app_id}/brief"]
        for page in pages:
            await client.get(page)
        if args.freeze:
            settle_heap()
        print(f"objects the collector tracks: {len(gc.get_objects())}")
        gc.callbacks.append(_watch)
        start, count = time.process_time(), 0
        for _ in range(20):
            for page in pages:
                await client.get(page)
                count += 1
        total = time.process_time() - start
    print(f"{count} requests, {1000 * total / count:.2f} ms of processor time each; the "
          "collector's ms per request by generation: "
          + ", ".join(f"{g}: {1000 * s / count:.3f} ({runs[g]} runs)" for g, s in spent.items()))
    bb.close()


if __name__ == "__main__":
    asyncio.run(main())
