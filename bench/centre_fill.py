"""The career-centre benchmark's data, filled in minutes rather than an hour.

A few seekers (the templates) are filled through the service, as an import would fill them:
their search through `data.import_document`, the read model kept by the same code as ever.
Every other seeker's account is made as ever (`AccountsService.add`: its Argon2id hash, its
store made by the store script and walled by row-level security), then given a copy of one
template's rows made by PostgreSQL itself (`INSERT ... SELECT` for every table, read model
included, in one transaction), and last its own marker company through the service (a write
through the ordinary path, which the read model follows). What is a store's own is not
copied: its identity, its read model stamps and version, its migration record.

The copy reads another store's tables, which row-level security forbids to the app's role:
it runs as the cluster's superuser, like the rest of the fill, never in the server.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

#: Tables a store keeps for itself: made for it when it was made, never copied.
OWN = {"alembic_version", "database_identity", "rm_meta", "rm_dirty"}
TEMPLATES = 6


def copy_store(url: str, source: str, target: str) -> int:
    """Every row of store `source` into store `target` (an empty store, just made), in one
    transaction as the superuser; the identity sequences moved past the copied ids. Returns
    the rows copied. Triggers are off for the copy (session_replication_role): the read
    model's rows are copied with the rest, so it has nothing to follow."""
    from sqlalchemy import create_engine, text

    from bounceback.storage.stores import pg_schema

    src, dst = pg_schema(source), pg_schema(target)
    assert src is not None and dst is not None
    engine = create_engine(url)
    try:
        with engine.begin() as c:
            tables = c.execute(text(
                "SELECT table_name, string_agg(quote_ident(column_name), ', ' "
                " ORDER BY ordinal_position) FROM information_schema.columns "
                "WHERE table_schema = :s AND table_name IN (SELECT tablename FROM pg_tables "
                " WHERE schemaname = :s) GROUP BY table_name ORDER BY table_name"),
                {"s": dst}).all()
            serials = c.execute(text(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = :s AND (column_default LIKE 'nextval%' "
                " OR is_identity = 'YES')"), {"s": dst}).all()
            script = ["SET LOCAL session_replication_role = replica"]
            for table, columns in tables:
                if table in OWN:
                    continue
                script += [f'DELETE FROM "{dst}"."{table}"',
                           f'INSERT INTO "{dst}"."{table}" ({columns}) '
                           f'SELECT {columns} FROM "{src}"."{table}"']
            script.append(f'UPDATE "{dst}".rm_meta SET value = md5(key || random()::text) '
                          "WHERE key <> 'version'")  # stamps of its own, drawn again
            for table, column in serials:
                script.append(
                    f"SELECT setval(pg_get_serial_sequence('\"{dst}\".\"{table}\"', '{column}'), "
                    f'coalesce((SELECT max("{column}") FROM "{dst}"."{table}"), 0) + 1, false)')
            driver = c.connection.driver_connection
            assert driver is not None
            with driver.cursor() as cursor:
                cursor.execute(";\n".join(script), prepare=False)
            rows = sum(int(c.execute(text(f'SELECT count(*) FROM "{dst}"."{t}"')).scalar() or 0)
                       for t, _ in tables if t not in OWN)
    finally:
        engine.dispose()
    return rows


def fill(url: str, now: datetime, seekers: int, apps: int, password: str,
         marker: Callable[[int], str], threads: int = 2) -> None:
    """The admin, `seekers` seekers with `apps` applications each (their own marker
    company among them): the first TEMPLATES through the service, the rest copied from them
    (a template's marker is added after its copies, so that no copy carries it)."""
    from bounceback.demo import EXTENSIONS
    from bounceback.demo.builder import DemoDocument, build_core
    from bounceback.domain.accounts import Role
    from bounceback.domain.models import Application
    from bounceback.services.accounts import AccountsService

    accounts = AccountsService(url, lambda: now)
    if not accounts.enabled():
        accounts.add("admin@centre.example", Role.ADMIN, password)
    have = {u.email: u for u in accounts.users()}
    templates = min(TEMPLATES, seekers)
    started = time.perf_counter()

    def email(n: int) -> str:
        return f"seeker{n:04d}@centre.example"

    def one(n: int) -> None:
        if email(n) in have:
            return
        doc: Any = None
        if n < templates:
            doc = DemoDocument(today=now.date(), seed=1000 + n, count=apps - 1)
            build_core(doc)
            for extend in EXTENSIONS:
                extend(doc)
        user = accounts.add(email(n), Role.SEEKER, password)
        bb = accounts.service_for(user)
        try:
            if doc is not None:  # a template: its marker once every copy of it is made
                bb.data.import_document(doc.export())
                return
            copy_store(url, have[email(n % templates)].store, user.store)
            bb.applications.add(Application(company=marker(n), role="Marker role"))
        finally:
            bb.close()

    def mark(n: int) -> None:
        bb = accounts.service_for(have[email(n)])
        try:
            if not any(a.company == marker(n) for a in bb.applications.list()):
                bb.applications.add(Application(company=marker(n), role="Marker role"))
        finally:
            bb.close()

    with ThreadPoolExecutor(threads) as pool:  # the templates first: the copies read them
        list(pool.map(one, range(templates)))
    have = {u.email: u for u in accounts.users()}
    print(f"  {templates} templates filled through the service "
          f"({time.perf_counter() - started:.0f} s)", flush=True)
    with ThreadPoolExecutor(threads) as pool:
        for done, _ in enumerate(pool.map(one, range(templates, seekers)), templates + 1):
            if done % 50 == 0:
                print(f"  {done} seekers filled ({time.perf_counter() - started:.0f} s)",
                      flush=True)
        list(pool.map(mark, range(templates)))
    accounts.close()


#: A coach's caseload in the benchmark: each coach has this many seekers sharing with them.
CASELOAD = 30


def coach_email(k: int) -> str:
    return f"coach{k:02d}@centre.example"


def coach_of(n: int) -> int:
    """The coach seeker `n` shares with."""
    return n // CASELOAD


def share_with_coaches(url: str, now: datetime, seekers: int, password: str) -> None:
    """A coach for every CASELOAD seekers, each seeker sharing everything that can be shared
    (pipeline, outlook, check-ins summary) with theirs: made once, kept with the cluster (a
    cluster filled before coaches were in the benchmark gets them on its next run)."""
    from bounceback.domain.accounts import Role
    from bounceback.services.accounts import AccountsService

    accounts = AccountsService(url, lambda: now)
    try:
        have = {u.email: u for u in accounts.users()}
        for k in range(coach_of(seekers - 1) + 1):
            if coach_email(k) not in have:
                accounts.add(coach_email(k), Role.COACH, password)
        for n in range(seekers):
            seeker = have[f"seeker{n:04d}@centre.example"]
            if not accounts.sharing.shares_of(seeker):
                accounts.sharing.share(seeker, coach_email(coach_of(n)),
                                       "pipeline,outlook,checkins-summary")
    finally:
        accounts.close()
