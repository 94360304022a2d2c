"""The coach's look reads its seekers' stamps on one connection (storage/connect.py,
`stamps_of_stores`): its wall time for 30 stores, and for 30 and one missing (a store dropped),
60 calls each, the median of the last 50.

    PYTHONPATH=src .venv/bin/python bench/coach_stamps.py APP_URL   # bench/centre_load.py's cluster
"""

from __future__ import annotations

import statistics
import sys
import time

import psycopg

from bounceback.storage.connect import stamps_of_stores
from bounceback.storage.readmodel.triggers import STORE


def main() -> None:
    url = sys.argv[1]
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
        stores = [row[0][3:] for row in conn.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname ~ '^bb_u' ORDER BY nspname LIMIT 30")]
    for missing in ([], ["u999999"]):
        took = []
        for _ in range(60):
            started = time.perf_counter()
            found = stamps_of_stores(url, stores + missing, STORE)
            took.append((time.perf_counter() - started) * 1e3)
        assert len(found) == len(stores)
        print(f"{len(stores)} stores{' and one missing' if missing else ''}: median "
              f"{statistics.median(took[10:]):.2f} ms, least {min(took[10:]):.2f} ms")


if __name__ == "__main__":
    main()
