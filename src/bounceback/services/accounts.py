"""Accounts on a multi-user server: users and roles, passwords (Argon2id), login sessions and
their throttle, and the service object of each user, which sees only that user's store."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from bounceback.domain.accounts import (
    Role,
    User,
    check_password,
    normal_email,
)
from bounceback.domain.errors import Conflict, LoginFailed, NotFound, TooManyAttempts
from bounceback.storage import accounts as repo
from bounceback.storage import stores

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from bounceback.services import Bounceback
    from bounceback.services.sharing import SharingService

@dataclass(frozen=True)
class StoresUpgraded:
    """What `db upgrade` did to the accounts' stores: how many there are (the main store
    aside), how many were opened and brought up to date the ordinary way (the others were
    found current at once), and those that failed (email: the error)."""

    stores: int
    opened: int
    failed: dict[str, str] = field(default_factory=dict)


#: A login session lasts this long, then the person logs in again.
SESSION_DAYS = 7
#: Failed logins counted over this window; past a limit, logins pause until it slides by.
THROTTLE_WINDOW = timedelta(minutes=15)
ACCOUNT_LIMIT = 5
ADDRESS_LIMIT = 30


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def as_user(row: Any) -> User:
    return User(id=row["id"], email=row["email"], role=Role(row["role"]), store=row["store"],
                disabled=bool(row["disabled"]), created_at=row["created_at"])


class AccountsService:
    """The accounts of one database (its URL), with the service's clock."""

    def __init__(self, database_url: str, clock: Callable[[], datetime]) -> None:
        self.database_url = database_url
        self.clock = clock
        self.store = repo.AccountsStore(database_url)
        #: On a server: its kept service of each person (so a coach's look at thirty seekers
        #: does not open thirty databases); None elsewhere.
        self.kept_services: Callable[[User], Bounceback] | None = None

    @cached_property
    def hasher(self) -> PasswordHasher:
        from argon2 import PasswordHasher

        return PasswordHasher()  # Argon2id, RFC 9106's low-memory profile

    @cached_property
    def _dummy_hash(self) -> str:
        """Verified against when the email is unknown: a wrong email costs as long as a
        wrong password, so timing does not tell which accounts exist."""
        return self.hasher.hash(secrets.token_urlsafe(16))

    @cached_property
    def sharing(self) -> SharingService:
        from bounceback.services.sharing import SharingService

        return SharingService(self)

    @contextmanager
    def begin(self) -> Iterator[Any]:
        with self.store.begin() as c:
            yield c

    def close(self) -> None:
        self.store.dispose()

    def enabled(self) -> bool:
        """Whether this database has accounts (a multi-user server)."""
        return self.store.exists()

    # Users

    def add(self, email: str, role: Role, password: str) -> User:
        """A new account. The first one ever made owns the data already in the database
        (the main store); each later one gets an empty store of its own."""
        email = normal_email(email)
        check_password(password)
        hashed = self.hasher.hash(password)
        with self.begin() as c:
            if repo.user_row(c, email=email) is not None:
                raise Conflict(f"{email} has an account already")
            first = repo.count_users(c) == 0
            user_id = repo.add_user(c, email=email, role=role.value, password_hash=hashed,
                                    store=stores.MAIN if first else None, at=self.clock())
            user = as_user(repo.user_row(c, user_id=user_id))
        self.open_store(user)
        if first:
            self._protect_main()
        return user

    def open_store(self, user: User) -> None:
        """Make the user's store (its file or schema, migrated) so that it is ready: every
        check made, whatever this process remembers of the store (`db upgrade` mends a wall
        taken off by hand)."""
        bb = self.service_for(user)
        try:
            bb.db.forget_schema()
            bb.db.ensure_ready()
        finally:
            bb.close()

    def _protect_main(self) -> None:
        from bounceback.config import Settings
        from bounceback.services import Bounceback

        bb = Bounceback(Settings(database_url=self.database_url), clock=self.clock)
        try:
            bb.db.ensure_ready()  # on PostgreSQL: the main store walled, now accounts exist
        finally:
            bb.close()

    def users(self) -> list[User]:
        with self.begin() as c:
            return [as_user(row) for row in repo.all_users(c)]

    def get(self, email: str) -> User:
        email = normal_email(email)
        with self.begin() as c:
            row = repo.user_row(c, email=email)
        if row is None:
            raise NotFound(f"no account for {email}; see `bounceback users list`")
        return as_user(row)

    def by_id(self, user_id: int) -> User | None:
        with self.begin() as c:
            row = repo.user_row(c, user_id=user_id)
        return as_user(row) if row is not None else None

    def set_disabled(self, email: str, disabled: bool = True) -> User:
        user = self.get(email)
        with self.begin() as c:
            repo.set_user(c, user.id, disabled=disabled)
            if disabled:
                repo.end_sessions(c, user.id)
        return self.get(email)

    def reset_password(self, email: str, password: str) -> User:
        """A new password; every session of the account ends (logged out everywhere)."""
        check_password(password)
        user = self.get(email)
        with self.begin() as c:
            repo.set_user(c, user.id, password_hash=self.hasher.hash(password))
            repo.end_sessions(c, user.id)
        return user

    def set_role(self, email: str, role: Role) -> User:
        user = self.get(email)
        with self.begin() as c:
            repo.set_user(c, user.id, role=role.value)
        return self.get(email)

    # Logging in

    def authenticate(self, email: str, password: str, address: str) -> User:
        """The user, if the password is right and logins are not paused for this account or
        address. A failure never says whether the account exists."""
        from argon2.exceptions import InvalidHashError, VerificationError

        account = (email or "").strip().lower()[:320]
        address = (address or "unknown")[:64]
        now = self.clock()
        since = now - THROTTLE_WINDOW
        with self.begin() as c:
            if repo.failures(c, account=account, since=since) >= ACCOUNT_LIMIT \
                    or repo.failures(c, address=address, since=since) >= ADDRESS_LIMIT:
                minutes = int(THROTTLE_WINDOW.total_seconds() // 60)
                raise TooManyAttempts(f"too many failed logins; try again in {minutes} minutes")
            row = repo.user_row(c, email=account)
        stored = row["password_hash"] if row is not None else self._dummy_hash
        try:
            self.hasher.verify(stored, password or "")
            good = row is not None and not row["disabled"]
        except (VerificationError, InvalidHashError):
            good = False
        if not good:
            with self.begin() as c:  # kept: the refusal below must not roll it back
                repo.add_failure(c, account, address, now)
            raise LoginFailed("that email and password do not match an active account")
        with self.begin() as c:
            repo.forget_failures(c, account, before=since)
            if self.hasher.check_needs_rehash(stored):
                repo.set_user(c, row["id"], password_hash=self.hasher.hash(password))
        return as_user(row)

    def start_session(self, user: User, replacing: str | None = None) -> str:
        """A new session token for the cookie (only its hash is kept). The session the
        browser had before, if any, ends: a login always rotates the token."""
        token = secrets.token_urlsafe(32)
        now = self.clock()
        with self.begin() as c:
            if replacing:
                repo.end_session(c, token_hash(replacing))
            repo.add_session(c, token_hash(token), user.id, now, now + timedelta(days=SESSION_DAYS))
        return token

    def session_user(self, token: str | None) -> User | None:
        if not token or len(token) > 200:
            return None
        row = self.store.session_user(token_hash(token), self.clock())
        return as_user(row) if row is not None else None

    def end_session(self, token: str) -> None:
        with self.begin() as c:
            repo.end_session(c, token_hash(token))

    def end_all_sessions(self, user: User) -> int:
        """Logout everywhere: every browser of this account must log in again."""
        with self.begin() as c:
            return repo.end_sessions(c, user.id)

    # The calendar feed: a calendar app cannot log in, so its address carries a secret

    def new_feed(self, user: User) -> str:
        """A new secret for the user's calendar feed address (only its hash is kept): the
        address made before, if any, stops working."""
        token = secrets.token_urlsafe(32)
        with self.begin() as c:
            repo.put_feed(c, user.id, token_hash(token), self.clock())
        return token

    def stop_feed(self, user: User) -> bool:
        """The feed address ends: calendar apps subscribed to it get nothing more."""
        with self.begin() as c:
            return repo.drop_feed(c, user.id) > 0

    def feed_made(self, user: User) -> datetime | None:
        """When the user's current feed address was made; None when there is none."""
        with self.begin() as c:
            return repo.feed_made(c, user.id)

    def feed_user(self, token: str | None) -> User | None:
        """Whose calendar a feed address opens (an account disabled opens nothing)."""
        if not token or len(token) > 200:
            return None
        with self.store.read() as c:
            row = repo.feed_user(c, token_hash(token))
        return as_user(row) if row is not None else None

    # Upgrades

    def upgrade(self) -> StoresUpgraded:
        """The accounts and every account's store brought to this version's schema (the
        main store is the caller's), each store in its own transactions: a store that fails
        is named and the others are still upgraded. On PostgreSQL the stores already current
        are found on one connection first (storage/store_check.py) and not opened."""
        self.store.ensure()
        people = [user for user in self.users() if user.store != stores.MAIN]
        current: set[str] = set()
        if not self.store.is_sqlite:
            current = self._current_stores([user.store for user in people])
        failed: dict[str, str] = {}
        for user in people:
            if user.store in current:
                continue
            try:
                self.open_store(user)
            except Exception as exc:  # named in the report; the other stores go on
                said = str(exc).strip()
                failed[user.email] = said.splitlines()[0][:300] if said else type(exc).__name__
        return StoresUpgraded(len(people), len(people) - len(current), failed)

    def _current_stores(self, wanted: list[str]) -> set[str]:
        from bounceback.storage.store_check import current_stores

        return current_stores(self.database_url, wanted)

    # Each user's own service

    def service_for(self, user: User) -> Bounceback:
        """The service over this user's store only: every query it makes sees nothing else."""
        from bounceback.config import Settings
        from bounceback.services import Bounceback

        return Bounceback(Settings(database_url=self.database_url, store=user.store),
                          clock=self.clock)

    def delete_account(self, user: User) -> None:
        """The account and every row of its data, for good (the seeker's right to leave).
        The owner's main store is emptied rather than dropped."""
        bb = self.service_for(user)
        try:
            if user.store == stores.MAIN:
                bb.data.wipe()
            else:
                repo.drop_store(self.database_url, user.store)
            bb.learning.forget_model()
        finally:
            bb.close()
        with self.begin() as c:
            repo.delete_user(c, user.id)

