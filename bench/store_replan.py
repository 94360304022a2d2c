"""Does a pooled connection that changes store make PostgreSQL plan its statements again, and
would statements that name their schema keep their plans? One connection of the app role; a
prepared statement run 400 times, the store selected before each run and reset to no store
after it (as the shared pool does, storage/connect.py), the stores taken in turn from the
first 1, 2, 20 or 150: either the store chosen by the search path (as the app does) or named in
the statement (`"bb_uN".applications`, the search path left empty: SQLAlchemy's
schema_translate_map would send that). Median wall time of the statement alone.

    .venv/bin/python bench/store_replan.py APP_URL   # e.g. bench/centre_load.py's cluster
"""

from __future__ import annotations

import statistics
import sys
import time

import psycopg

GROUPED = ("SELECT a.id, c.name, a.role, a.stage, count(e.id) FROM {s}applications a "
           "JOIN {s}companies c ON c.id = a.company_id "
           "LEFT JOIN {s}events e ON e.application_id = a.id "
           "WHERE a.stage <> %s GROUP BY a.id, c.name ORDER BY a.id LIMIT 50")
POINT = ("SELECT a.id, a.role, a.stage, a.last_activity, c.name FROM {s}applications a "
         "JOIN {s}companies c ON c.id = a.company_id WHERE a.id = %s")
STORES = (1, 2, 20, 150)


def main() -> None:
    conn = psycopg.connect(sys.argv[1].replace("postgresql+psycopg", "postgresql"),
                           autocommit=True)
    conn.prepare_threshold = 1
    stores = [row[0][3:] for row in conn.execute(
        "SELECT nspname FROM pg_namespace WHERE nspname ~ '^bb_u' ORDER BY nspname LIMIT %s",
        (max(STORES),))]

    def run(order: list[str], query: str, value: object, named: bool, n: int = 400) -> float:
        took = []
        for i in range(n):
            store = order[i % len(order)]
            if named:  # the search path stays empty; the statement names the store's schema
                conn.execute("SELECT set_config('bounceback.store', %s, false)", (store,))
            else:
                conn.execute("SELECT set_config('search_path', %s, false), "
                             "set_config('bounceback.store', %s, false)", (f'"bb_{store}"', store))
            statement = query.format(s=f'"bb_{store}".' if named else "")
            started = time.perf_counter()
            conn.execute(statement, (value,), prepare=True).fetchall()
            took.append((time.perf_counter() - started) * 1e6)
            conn.execute("SELECT set_config('search_path', '', false), "
                         "set_config('bounceback.store', '', false)")
        return statistics.median(took)

    for round_ in range(2):
        for name, query, value in (("point", POINT, 5), ("grouped", GROUPED, "x")):
            for count in STORES:
                print(f"round {round_} {name}, {count} stores in turn: search path "
                      f"{run(stores[:count], query, value, False):.0f} us, schema named "
                      f"{run(stores[:count], query, value, True):.0f} us", flush=True)


if __name__ == "__main__":
    main()
