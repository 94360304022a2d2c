"""Does a pooled connection that changes store make PostgreSQL plan its statements again?
One connection of the app role; a prepared statement run 400 times, the store selected before
each run and reset to no store after it (as the shared pool does, storage/connect.py), either
always the same store or two stores alternating. Median wall time of the statement alone.

    .venv/bin/python bench/store_replan.py APP_URL   # e.g. bench/centre_load.py's cluster
"""

from __future__ import annotations

import statistics
import sys
import time

import psycopg

GROUPED = ("SELECT a.id, c.name, a.role, a.stage, count(e.id) FROM applications a "
           "JOIN companies c ON c.id = a.company_id LEFT JOIN events e ON e.application_id = a.id "
           "WHERE a.stage <> %s GROUP BY a.id, c.name ORDER BY a.id LIMIT 50")
POINT = ("SELECT a.id, a.role, a.stage, a.last_activity, c.name FROM applications a "
         "JOIN companies c ON c.id = a.company_id WHERE a.id = %s")


def main() -> None:
    conn = psycopg.connect(sys.argv[1].replace("postgresql+psycopg", "postgresql"),
                           autocommit=True)
    conn.prepare_threshold = 1
    stores = [row[0][3:] for row in conn.execute(
        "SELECT nspname FROM pg_namespace WHERE nspname ~ '^bb_u' ORDER BY nspname LIMIT 2")]

    def run(order: list[str], query: str, value: object, n: int = 400) -> float:
        took = []
        for i in range(n):
            store = order[i % len(order)]
            conn.execute("SELECT set_config('search_path', %s, false), "
                         "set_config('bounceback.store', %s, false)", (f'"bb_{store}"', store))
            started = time.perf_counter()
            conn.execute(query, (value,), prepare=True).fetchall()
            took.append((time.perf_counter() - started) * 1e6)
            conn.execute("SELECT set_config('search_path', '', false), "
                         "set_config('bounceback.store', '', false)")
        return statistics.median(took)

    for round_ in range(3):
        for name, query, value in (("grouped", GROUPED, "x"), ("point", POINT, 5)):
            print(f"round {round_} {name}: one store {run(stores[:1], query, value):.0f} us, "
                  f"two alternating {run(stores, query, value):.0f} us")


if __name__ == "__main__":
    main()
