"""`serve --multi-user` in-process: login on every page, sessions, and isolation walked route by
route (seeker B and a coach without a share get 404 for every object id of seeker A), sharing
with its audit, and the journal shown to no one but its writer."""

from __future__ import annotations

import json
import re
import shutil
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from bounceback.domain.accounts import Role, User
from bounceback.services import Bounceback
from bounceback.services.accounts import AccountsService
from bounceback.services.recovery import EntryDraft
from bounceback.storage.stores import store_url
from conftest import ENGINES, IN_CI, NOW, PG_URL
from tests_support_cli import run_cli

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

PASSWORD = "correct horse battery"
JOURNAL_MARKER = "Zanzibar-private-journal-words"
# Which table holds the objects each route parameter names.
TABLE_OF = {"app_id": "applications", "task_id": "tasks", "rejection_id": "rejections",
            "entry_id": "journal_entries", "person_id": "support_people",
            "intention_id": "plan_intentions", "card_id": "practice_cards",
            "item_id": "mail_review", "seeker_id": None}


@dataclass
class Centre:
    accounts: AccountsService
    owner: Bounceback
    admin: User
    a: User
    b: User
    coach: User
    lonely_coach: User
    app: Any
    url: str

    def client(self) -> TestClient:
        return TestClient(self.app, raise_server_exceptions=False)


@pytest.fixture(scope="module", params=ENGINES)
def centre_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
               sqlite_template: Path) -> Iterator[str]:
    """One database for the module on each engine: making five accounts' stores is slow, and
    each test below uses the accounts so as to leave the others' state as they found it."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("centre") / "bounceback.db"
        shutil.copy(sqlite_template, path)
        yield f"sqlite:///{path}"
        return
    if not PG_URL:
        if IN_CI:
            pytest.fail("PostgreSQL is required under CI=true")
        pytest.skip("PostgreSQL not configured (set BOUNCEBACK_TEST_PG_URL)")
    template = request.getfixturevalue("pg_template")
    name = f"centre_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="module")
def centre(centre_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Centre]:
    from bounceback.config import Settings
    from bounceback.web.app import create_app

    accounts = AccountsService(centre_url, lambda: NOW)
    admin = accounts.add("admin@centre.org", Role.ADMIN, PASSWORD)
    a = accounts.add("a@centre.org", Role.SEEKER, PASSWORD)
    b = accounts.add("b@centre.org", Role.SEEKER, PASSWORD)
    coach = accounts.add("coach@centre.org", Role.COACH, PASSWORD)
    lonely = accounts.add("lonely@centre.org", Role.COACH, PASSWORD)
    bb_a = accounts.service_for(a)
    bb_a.data.build_demo("small")
    bb_a.recovery.write(EntryDraft(text=f"{JOURNAL_MARKER}: it stung more than I expected."))
    bb_a.close()
    home = tmp_path_factory.mktemp("centre-home")
    owner = Bounceback(Settings(database_url=centre_url, home=home), clock=lambda: NOW)
    app = create_app(owner, accounts=accounts)
    yield Centre(accounts, owner, admin, a, b, coach, lonely, app, centre_url)
    owner.close()
    accounts.close()


def login(client: TestClient, email: str, password: str = PASSWORD) -> Any:
    client.get("/login")
    return client.post("/login", data={"email": email, "password": password,
                                       "csrf_token": client.cookies["bb_csrf"]},
                       follow_redirects=False)


def post(client: TestClient, url: str, data: dict[str, Any] | None = None) -> Any:
    return client.post(url, data={"csrf_token": client.cookies["bb_csrf"], **(data or {})},
                       follow_redirects=False)


def first_company(centre: Centre) -> str:
    """The company of seeker A's first application: a word A's pages and A's coach's show."""
    apps = centre.accounts.service_for(centre.a)
    try:
        return apps.applications.list()[0].company
    finally:
        apps.close()


@contextmanager
def seeker_and_coach(centre: Centre) -> Iterator[tuple[TestClient, TestClient]]:
    """Seeker A and the coach, each logged in in a browser of their own."""
    with centre.client() as seeker, centre.client() as coach:
        login(seeker, "a@centre.org")
        login(coach, "coach@centre.org")
        yield seeker, coach


def ids_of(centre: Centre, user: User) -> dict[str, list[int]]:
    """Every object id in the user's store, by route parameter (read straight from SQL)."""
    url = store_url(centre.url, user.store)
    engine = create_engine(url)
    found: dict[str, list[int]] = {}
    with engine.connect() as c:
        if not url.startswith("sqlite"):
            c.execute(text(f"SET search_path TO bb_{user.store}"))
            c.execute(text(f"SELECT set_config('bounceback.store', '{user.store}', false)"))
        for param, table in TABLE_OF.items():
            if table is not None:
                found[param] = list(c.execute(text(f"SELECT id FROM {table}")).scalars())
    engine.dispose()
    return found


def test_every_page_needs_a_login(centre: Centre) -> None:
    with centre.client() as client:
        first = client.get("/", follow_redirects=False)
        assert first.status_code == 303 and first.headers["location"] == "/login"
        deep = client.get("/board?q=x", follow_redirects=False)
        assert deep.status_code == 303 and deep.headers["location"].startswith("/login?next=")
        assert post(client, "/applications/new", {"company": "X", "role": "Y"}).status_code == 303
        page = client.get("/login")
        assert page.status_code == 200
        assert 'name="email"' in page.text and 'name="password"' in page.text
        assert client.get("/static/app.css").status_code == 200


def test_login_rotates_the_session_and_logout_ends_it(centre: Centre) -> None:
    with centre.client() as client, centre.client() as other:
        wrong = login(client, "b@centre.org", "not the password")
        assert wrong.status_code == 401 and "do not match" in wrong.text
        assert "bb_session" not in client.cookies
        ok = login(client, "b@centre.org")
        assert ok.status_code == 303
        cookie = ok.headers.get_list("set-cookie")
        assert any("bb_session=" in c and "HttpOnly" in c for c in cookie)
        first = client.cookies["bb_session"]
        assert client.get("/").status_code == 200
        login(client, "b@centre.org")
        second = client.cookies["bb_session"]
        assert second != first
        assert centre.accounts.session_user(first) is None  # the old token is dead
        login(other, "b@centre.org")
        assert other.get("/", follow_redirects=False).status_code == 200
        post(client, "/logout/everywhere")
        assert other.get("/", follow_redirects=False).status_code == 303
        assert client.get("/", follow_redirects=False).status_code == 303


def test_the_login_is_throttled(centre: Centre) -> None:
    centre.accounts.add("throttled@centre.org", Role.SEEKER, PASSWORD)
    with centre.client() as client:
        codes = [login(client, "throttled@centre.org", f"guess number {n}").status_code
                 for n in range(6)]
        assert codes[:5] == [401] * 5 and codes[5] == 429
        assert "too many" in login(client, "throttled@centre.org").text.lower()


def _routes(app: Any) -> list[tuple[str, str, list[str]]]:
    found = []
    for route in app.routes:
        path = getattr(route, "path", "")
        params = re.findall(r"{(\w+):int}", path)
        if params:
            for method in sorted((route.methods or set()) - {"HEAD"}):
                found.append((method, path, params))
    return found


def walk(client: TestClient, app: Any, ids: dict[str, list[int]], seeker_id: int
         ) -> set[tuple[str, str, int]]:
    """Every route with an id, with each of the other user's ids: what did not answer 404."""
    wrong: set[tuple[str, str, int]] = set()
    for method, path, params in _routes(app):
        for value in ids.get(params[0], []) if params[0] != "seeker_id" else [seeker_id]:
            url = path
            for p in params:  # a second id (a task of an application) takes the first's value
                url = re.sub(r"{" + p + r":int}", str(value if p == params[0] else
                                                        (ids.get(p) or [1])[0]), url)
            answer = client.get(url) if method == "GET" else post(client, url)
            if answer.status_code != 404:
                wrong.add((method, path, answer.status_code))
    return wrong


def test_seeker_b_and_a_coach_without_a_share_get_404_for_every_id_of_seeker_a(
        centre: Centre) -> None:
    ids = ids_of(centre, centre.a)
    assert len(ids["app_id"]) >= 10 and ids["rejection_id"]  # a search worth walking
    assert not any(ids_of(centre, centre.b).values())
    before = ids_of(centre, centre.a)
    seeker_a = centre.accounts.service_for(centre.a)
    companies = {a.company for a in seeker_a.applications.list()}
    seeker_a.close()
    assert len(companies) >= 5
    for email in ("b@centre.org", "lonely@centre.org"):
        with centre.client() as client:
            assert login(client, email).status_code == 303
            assert walk(client, centre.app, ids, centre.a.id) == set(), email
            for page in ("/", "/board", "/outlook", "/insights", "/journal", "/inbox",
                         "/practice", "/calendar.ics", "/settings", "/coach"):
                answer = client.get(page)
                assert answer.status_code in (200, 404), page
                seen = [c for c in companies if c in answer.text]
                assert seen == [] and JOURNAL_MARKER not in answer.text, page
    assert ids_of(centre, centre.a) == before  # nothing of A's was changed or deleted


def test_sharing_shows_only_what_is_shared_and_every_look_is_audited(centre: Centre) -> None:
    sharing = centre.accounts.sharing
    company = first_company(centre)
    with seeker_and_coach(centre) as (seeker, coach):
        assert coach.get(f"/coach/seekers/{centre.a.id}").status_code == 404
        answer = post(seeker, "/settings/sharing", {"coach": "coach@centre.org",
                                                     "what": ["pipeline", "outlook"]})
        assert answer.status_code == 303
        listing = coach.get("/coach")
        assert listing.status_code == 200 and "a@centre.org" in listing.text
        shown = coach.get(f"/coach/seekers/{centre.a.id}")
        assert shown.status_code == 200 and company in shown.text
        assert "Check-ins by week" not in shown.text and JOURNAL_MARKER not in shown.text
        assert post(coach, f"/coach/seekers/{centre.a.id}/note",
                    {"text": "Proud of your week"}).status_code == 303
        mine = seeker.get("/settings/sharing").text
        assert "coach@centre.org" in mine and "pipeline, outlook" in mine
        assert "Proud of your week" in mine
        looks = sharing.audit(centre.a)
        assert [v.coach_email for v in looks] == ["coach@centre.org"] * len(looks)
        assert len(looks) >= 2  # the overview and the page
        # Revoked: the next look finds nothing, at once.
        assert post(seeker, "/settings/sharing/revoke",
                    {"coach": "coach@centre.org"}).status_code == 303
        assert coach.get(f"/coach/seekers/{centre.a.id}").status_code == 404
        assert "a@centre.org" not in coach.get("/coach").text
        # A seeker cannot open the coach's page.
        assert seeker.get("/coach").status_code == 404


def _row(page: str, email: str) -> str:
    """The coach's page's row of one seeker (their card's flags)."""
    found = re.search(rf"<tr>\s*<td><a [^>]*>{re.escape(email)}</a>.*?</tr>", page, re.S)
    assert found is not None, f"{email} is not on the coach's page"
    return found.group(0)


def test_the_coach_sees_a_seekers_write_at_once_from_the_web_or_the_cli(centre: Centre) -> None:
    """The coach's cards are kept between looks, under a stamp that every write of the
    seeker's store moves, whichever process made it: a write through the web, then one through
    the CLI in a process of its own, each shows on the coach's very next look."""
    from datetime import timedelta

    seeker = centre.accounts.add("stamp@centre.org", Role.SEEKER, PASSWORD)
    centre.accounts.sharing.share(seeker, "coach@centre.org", "pipeline")
    quiet = "No application sent for 20 days"
    with centre.client() as web, centre.client() as coach:
        login(web, "stamp@centre.org")
        login(coach, "coach@centre.org")
        assert "No application sent" not in _row(coach.get("/coach").text, "stamp@centre.org")
        assert post(web, "/applications/new", {
            "company": "Stamp Old Co", "role": "Analyst", "stage": "applied",
            "date_applied": (NOW.date() - timedelta(days=20)).isoformat()}).status_code == 303
        assert quiet in _row(coach.get("/coach").text, "stamp@centre.org")
        assert quiet in _row(coach.get("/coach").text, "stamp@centre.org")  # kept: the same
        assert post(web, "/applications/new", {
            "company": "Stamp New Co", "role": "Analyst", "stage": "applied",
            "date_applied": NOW.date().isoformat()}).status_code == 303
        fresh = _row(coach.get("/coach").text, "stamp@centre.org")
        assert "No application sent" not in fresh and "recovery window" not in fresh
        done = run_cli(["--db", centre.url, "--user", "stamp@centre.org", "reject",
                        "Stamp Old Co", "--window", "7"], input="")
        assert done.returncode == 0, done.stderr
        assert "In a recovery window" in _row(coach.get("/coach").text, "stamp@centre.org")


def test_pages_load_after_the_database_ended_the_servers_connections(centre: Centre) -> None:
    """PostgreSQL restarted, or an administrator ended the app's connections
    (`pg_terminate_backend`) while they waited in the pools: the next pages still load, on new
    connections, for a seeker and a coach (the server's time of day has no part in it)."""
    if centre.url.startswith("sqlite"):
        pytest.skip("PostgreSQL's connections")
    company = first_company(centre)
    with seeker_and_coach(centre) as (seeker, coach):
        assert company in seeker.get("/board").text
        assert coach.get("/coach").status_code == 200
        admin = create_engine(centre.url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            pids = c.execute(text("SELECT pid FROM pg_stat_activity WHERE datname = "
                                  "current_database() AND pid <> pg_backend_pid()")).scalars().all()
            assert pids  # the pools' connections, waiting
            # each ended, and waited for until gone (up to 10 s)
            assert all(c.execute(text("SELECT pg_terminate_backend(:pid, 10000)"),
                                 {"pid": pid}).scalar() for pid in pids)
        admin.dispose()
        for page in ("/board", "/outlook", "/"):
            shown = seeker.get(page)
            assert shown.status_code == 200, page
        assert company in seeker.get("/board").text
        assert coach.get("/coach").status_code == 200


def test_the_journal_is_never_shared(centre: Centre) -> None:
    from bounceback.domain.errors import InvalidValue

    with pytest.raises(InvalidValue, match="never shared"):
        centre.accounts.sharing.share(centre.a, "coach@centre.org", "pipeline,journal")
    with centre.client() as seeker:
        login(seeker, "a@centre.org")
        refused = post(seeker, "/settings/sharing", {"coach": "coach@centre.org",
                                                     "what": ["journal"]})
        assert refused.status_code == 400 and "never shared" in refused.text


def test_each_seeker_exports_and_deletes_only_their_own_data(centre: Centre) -> None:
    seeker_b = centre.accounts.service_for(centre.b)
    try:
        with centre.client() as b:
            login(b, "b@centre.org")
            assert post(b, "/applications/new", {"company": "Bee Only Ltd", "role": "Analyst",
                                                 "stage": "applied"}).status_code == 303
            exported = post(b, "/settings/export", {"format": "json"})
            assert exported.status_code == 200 and "Bee Only Ltd" in exported.text
            assert JOURNAL_MARKER not in exported.text
            tables = json.loads(exported.text)["tables"]
            assert [c["name"] for c in tables["companies"]] == ["Bee Only Ltd"]
            assert len(tables["applications"]) == 1
            before = ids_of(centre, centre.a)
            wiped = post(b, "/settings/wipe", {"confirm_phrase": "delete everything"})
            assert wiped.status_code == 303
            assert seeker_b.applications.list() == []
            assert ids_of(centre, centre.a) == before  # A's search untouched
    finally:
        seeker_b.close()


def test_a_seekers_writes_keep_their_own_read_model_whole_and_no_one_elses_touched(
        centre: Centre) -> None:
    """The read model follows a note, a stage change and a check-in in the writer's store
    only (its statements name no store: the connection's wall and search path choose it), and
    what it keeps for the writer agrees with a rebuild from the writer's own rows."""
    from bounceback.storage.readmodel.sync import check, snapshot

    seeker_a = centre.accounts.service_for(centre.a)
    seeker_b = centre.accounts.service_for(centre.b)
    try:
        with seeker_a.db.session() as s:
            before = snapshot(s)
        with centre.client() as b:
            login(b, "b@centre.org")
            assert post(b, "/applications/new", {"company": "Bee Writes Ltd", "role": "Analyst",
                                                 "stage": "applied"}).status_code == 303
            [app] = seeker_b.applications.list()
            assert app.id in ids_of(centre, centre.a)["app_id"]  # the same id as one of A's
            assert post(b, f"/applications/{app.id}/note",
                        {"note_text": "Called them back"}).status_code == 303
            assert post(b, f"/applications/{app.id}/move",
                        {"stage": "interviewing"}).status_code == 303
            assert post(b, "/checkin", {"mood": "2"}).status_code == 303
            with seeker_b.db.session() as s:
                assert check(s) == []
                kept = snapshot(s)
            assert list(kept["applications"]) == [app.id]
            assert "interviewing" in kept["applications"][app.id]
            with seeker_a.db.session() as s:
                assert snapshot(s) == before
            assert post(b, "/settings/wipe",
                        {"confirm_phrase": "delete everything"}).status_code == 303
    finally:
        seeker_a.close()
        seeker_b.close()


def test_a_calendar_app_reads_the_feed_by_its_secret_address_only(centre: Centre) -> None:
    from bounceback.web.pages.feeds import NEW_COOKIE

    mine = centre.accounts.service_for(centre.a)
    companies = {a.company for a in mine.applications.list()}
    mine.close()
    with centre.client() as seeker, centre.client() as calendar_app, centre.client() as b:
        login(seeker, "a@centre.org")
        login(b, "b@centre.org")
        assert "no calendar address" in seeker.get("/settings/calendar").text
        settings = seeker.get("/settings").text  # the secret address, not the login-only page
        assert 'href="/settings/calendar"' in settings and 'href="/calendar.ics"' not in settings
        logged_in = seeker.get("/calendar.ics")
        assert logged_in.status_code == 200 and "BEGIN:VCALENDAR" in logged_in.text
        made = post(seeker, "/settings/calendar")
        assert made.status_code == 303
        assert any(NEW_COOKIE in c and "HttpOnly" in c and "Path=/settings/calendar" in c
                   for c in made.headers.get_list("set-cookie"))
        shown = seeker.get("/settings/calendar").text
        address = re.search(r'value="(http://testserver(/feeds/[^"]+\.ics))"', shown)
        assert address is not None
        path = address.group(2)
        token = path[len("/feeds/"):-len(".ics")]
        assert token not in centre.accounts.store.engine.url.render_as_string()
        # Without any login, the address gives A's calendar and nothing else.
        feed = calendar_app.get(path)
        assert feed.status_code == 200 and feed.text == logged_in.text
        assert feed.headers["content-type"].startswith("text/calendar")
        assert "bb_session" not in calendar_app.cookies
        assert calendar_app.get("/board", follow_redirects=False).status_code == 303
        for wrong in (f"/feeds/{token}", f"/feeds/{token}x.ics", "/feeds/.ics",
                      f"/feeds/{token}.ics/../board"):
            assert calendar_app.get(wrong).status_code == 404, wrong
        # B's own address shows B's calendar, none of A's companies.
        post(b, "/settings/calendar")
        b_path = re.search(r'/feeds/[^"]+\.ics', b.get("/settings/calendar").text)
        assert b_path is not None
        b_feed = calendar_app.get(b_path.group(0))
        assert b_feed.status_code == 200 and not [c for c in companies if c in b_feed.text]
        # Only the hash is kept: once the cookie is gone the page cannot show the address.
        seeker.cookies.delete(NEW_COOKIE, path="/settings/calendar")
        later = seeker.get("/settings/calendar").text
        assert "/feeds/" not in later and "made on" in later
        # A new address ends the old one; stopping ends the new one.
        post(seeker, "/settings/calendar")
        assert calendar_app.get(path).status_code == 404
        newer = re.search(r'/feeds/[^"]+\.ics', seeker.get("/settings/calendar").text)
        assert newer is not None and calendar_app.get(newer.group(0)).status_code == 200
        assert post(seeker, "/settings/calendar/stop").status_code == 303
        assert calendar_app.get(newer.group(0)).status_code == 404
        assert "no calendar address" in seeker.get("/settings/calendar").text
        # A disabled account's address opens nothing.
        centre.accounts.set_disabled("b@centre.org")
        try:
            assert calendar_app.get(b_path.group(0)).status_code == 404
        finally:
            centre.accounts.set_disabled("b@centre.org", False)


def test_cookies_are_secure_behind_a_tls_proxy_only_when_told(centre: Centre) -> None:
    from bounceback.web.app import create_app

    def cookies_of(app: Any, headers: dict[str, str] | None = None) -> list[str]:
        """The cookies of a login over plain HTTP (as a TLS proxy forwards it). The form
        token is sent by hand: a browser would not send a Secure cookie over plain HTTP, but
        it is the proxy's side that is plain, not the browser's."""
        with TestClient(app, raise_server_exceptions=False) as client:
            first = client.get("/login", headers=headers)
            made = first.headers.get_list("set-cookie")
            csrf = next(c for c in made if c.startswith("bb_csrf=")).split(";")[0]
            answer = client.post("/login", headers={**(headers or {}), "cookie": csrf},
                                 follow_redirects=False, data={
                                     "email": "b@centre.org", "password": PASSWORD,
                                     "csrf_token": csrf.split("=", 1)[1]})
            assert answer.status_code == 303
            return made + answer.headers.get_list("set-cookie")

    # Plain HTTP, and a forwarded header claiming HTTPS: not trusted, no Secure.
    plain = cookies_of(centre.app, {"x-forwarded-proto": "https"})
    assert plain and not [c for c in plain if "Secure" in c]
    proxied = create_app(centre.owner, accounts=centre.accounts,
                         public_url="https://jobs.centre.example/")
    told = cookies_of(proxied)
    assert {c.split("=")[0] for c in told} >= {"bb_csrf", "bb_session"}
    assert all("; Secure" in c for c in told), told
    with TestClient(proxied, base_url="https://jobs.centre.example") as client:
        assert client.get("/login").status_code == 200  # the public host is allowed


def test_a_single_user_app_keeps_its_calendar_open_and_has_no_feed_addresses(
        sqlite_url: str, tmp_path: Path) -> None:
    from bounceback.config import Settings
    from bounceback.web.app import create_app

    owner = Bounceback(Settings(database_url=sqlite_url, home=tmp_path), clock=lambda: NOW)
    try:
        with TestClient(create_app(owner), raise_server_exceptions=False) as client:
            assert client.get("/calendar.ics").status_code == 200  # as before: no login
            assert client.get("/feeds/anything.ics").status_code == 404
            assert client.get("/settings/calendar").status_code == 404
    finally:
        owner.close()
