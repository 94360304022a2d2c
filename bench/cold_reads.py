"""What each page reads from the disk on a first view when the database is not in memory
(SQLite): the megabytes a request makes the operating system read, and how long it takes.

A page that reads the read model's rows for what it shows reads a few pages of the file; one
whose statement walks a whole table or index reads as much as the history holds, and on a busy
machine (other processes' files pushing ours out of the page cache, disks shared) each of those
reads waits. So the first view of such a page can take seconds although its processor time is a
few milliseconds: round 15 saw `/outlook` take 6.1 s at 50,000 applications under load.

    .venv/bin/python bench/cold_reads.py [--size huge | --db FILE] [--pages REGEX] [--explain REGEX]

Per page: the database file (and its WAL) is dropped from the page cache
(`posix_fadvise(DONTNEED)`, this file only), a fresh connection pool is made (SQLite's own cache
is per connection), and the page is asked once; then again, warm. `--explain REGEX`: for the
pages whose address matches, each statement the page sent, run again alone on a cold file,
with the megabytes it read and its query plan (`EXPLAIN QUERY PLAN`).

Linux only (`/proc/self/io`). The database is a copy of the bench's demo (it is written to).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ENV, demo_path  # noqa: E402
from profile_pages import inline_threads, pages  # noqa: E402


def evict(database: Path) -> None:
    """This database's pages out of the operating system's page cache (written first)."""
    for name in (database, Path(f"{database}-wal")):
        if name.exists():
            fd = os.open(name, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def read_bytes() -> int:
    """Bytes this process has made the system read from storage so far."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("read_bytes"):
            return int(line.split()[1])
    return 0


class Recorder:
    """Every statement sent (through SQLAlchemy and through the lean reader), with its
    parameters in sqlite3's form."""

    def __init__(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        from bounceback.storage.readmodel import reader

        self.sent: list[tuple[str, Any]] = []
        event.listen(Engine, "before_cursor_execute",
                     lambda _c, _cur, sql, params, *_a: self.sent.append((sql, params)))
        real_all = reader.Reader.all
        recorder = self

        def all(self, sql, **params):  # type: ignore[no-untyped-def]
            recorder.sent.append((sql, self._params(params)))
            return real_all(self, sql, **params)

        reader.Reader.all = all  # type: ignore[method-assign]


def explain(database: Path, sent: list[tuple[str, Any]]) -> None:
    for sql, params in sent:
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        evict(database)
        connection = sqlite3.connect(database)
        before, started = read_bytes(), time.perf_counter()
        try:
            rows = connection.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            print(f"    (not replayed: {exc})")
            continue
        spent = (time.perf_counter() - started) * 1000
        got = (read_bytes() - before) / 1e6
        plan = [row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql, params)]
        connection.close()
        print(f"    {got:6.2f} MB {spent:7.1f} ms {len(rows):6} rows  {' '.join(sql.split())[:150]}")
        for step in plan:
            print(f"        {step}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="huge")
    parser.add_argument("--db", default=None, help="a SQLite file to copy instead of the demo")
    parser.add_argument("--pages", default="")
    parser.add_argument("--explain", default=None)
    args = parser.parse_args()
    os.environ.update({k: v for k, v in ENV.items() if k.startswith("BOUNCEBACK_")})
    inline_threads()

    import httpx

    from bounceback.config import Settings
    from bounceback.domain.clock import Clock
    from bounceback.services import Bounceback
    from bounceback.web.app import create_app, warm_up

    database = Path(tempfile.mkdtemp(prefix="cold-reads-")) / "demo.db"
    shutil.copy(args.db or demo_path(args.size), database)
    url = f"sqlite:///{database}"
    recorder = Recorder()
    try:
        bb = Bounceback(Settings(database_url=url), clock=Clock.from_environment())
        bb.db.ensure_ready()
        app = create_app(bb)
        warm_up(bb)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            paths = [p for p in await pages(client) if re.search(args.pages, p)]
            print(f"{'page':48} {'cold MB':>8} {'cold ms':>8} {'warm ms':>8}")
            total_mb = 0.0
            for path in paths:
                bb.db.engine.dispose()  # SQLite's own page cache is per connection
                evict(database)
                recorder.sent.clear()
                before, started = read_bytes(), time.perf_counter()
                answer = await client.get(path)
                cold = (time.perf_counter() - started) * 1000
                got = (read_bytes() - before) / 1e6
                if answer.status_code != 200:
                    raise SystemExit(f"{path}: {answer.status_code}")
                sent = list(recorder.sent)
                started = time.perf_counter()
                await client.get(path)
                warm = (time.perf_counter() - started) * 1000
                total_mb += got
                print(f"{path[:48]:48} {got:8.2f} {cold:8.1f} {warm:8.1f}", flush=True)
                if args.explain and re.search(args.explain, path):
                    explain(database, sent)
            print(f"{'all pages, one each':48} {total_mb:8.2f}")
        bb.close()
    finally:
        shutil.rmtree(database.parent, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main())
