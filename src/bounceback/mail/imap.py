"""IMAP as a source: TLS, read-only (EXAMINE), headers first, incremental by UIDVALIDITY and UID."""

from __future__ import annotations

import json
import os
import ssl
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from typing import Any

from bounceback.domain.errors import ImportFailed, InvalidValue
from bounceback.mail.mbox_reader import MAX_MESSAGE
from bounceback.mail.records import ImportReport, RawMessage
from bounceback.mail.sources import Batch, MailSource

KEYRING_SERVICE = "bounceback-imap"
PASSWORD_ENV = "BOUNCEBACK_IMAP_PASSWORD"
FETCH_CHUNK = 500


@dataclass(frozen=True)
class ImapSettings:
    """Where the mailbox is. The password is never part of it, nor stored in plain text."""

    host: str
    username: str
    port: int = 993
    folder: str = "INBOX"
    since: date | None = None
    ca_file: str | None = None
    timeout: float = 30.0

    @property
    def account(self) -> str:
        return f"{self.username}@{self.host}"


def find_password(settings: ImapSettings, env_var: str = PASSWORD_ENV) -> str | None:
    """The password from the environment variable, else the system keyring, else None."""
    value = os.environ.get(env_var)
    if value:
        return value
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, settings.account)
        except (KeyringError, RuntimeError):
            return None
    except ImportError:
        return None


def save_password(settings: ImapSettings, password: str) -> bool:
    """Keep the password in the system keyring; False when there is no keyring to keep it in."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, settings.account, password)
        return True
    except (ImportError, KeyringError, RuntimeError):
        return False


class ImapSource(MailSource):
    """One IMAP folder, opened read-only; only job-search candidates are fetched in full."""

    kind = "imap"

    def __init__(self, settings: ImapSettings, password: str) -> None:
        label = f"{settings.account} {settings.folder}"
        key = f"imap://{settings.username}@{settings.host}:{settings.port}/{settings.folder}"
        super().__init__(key, label, None, "messages")
        self.settings = settings
        self._password = password
        self._client: Any = None
        self._sizes: dict[int, int] = {}

    def connect(self) -> Any:
        from imapclient import IMAPClient
        from imapclient.exceptions import LoginError

        s = self.settings
        context = ssl.create_default_context(cafile=s.ca_file)
        try:
            client = IMAPClient(s.host, port=s.port, ssl=True, ssl_context=context,
                                timeout=s.timeout)
        except ssl.SSLError as error:
            raise ImportFailed(
                f"the TLS connection to {s.host}:{s.port} failed ({error.reason or error}); "
                "check the host and port (IMAP over TLS is usually port 993)"
            ) from None
        except (TimeoutError, OSError) as error:
            raise ImportFailed(
                f"cannot reach the IMAP server {s.host}:{s.port} ({error}); "
                "check the host name, the port and your connection"
            ) from None
        try:
            client.login(s.username, self._password)
        except LoginError:
            client.shutdown()
            raise ImportFailed(
                f"the server {s.host} did not accept the user name or password for "
                f"{s.username}; check them (some providers need an app password)"
            ) from None
        self._client = client
        return client

    def batches(self, checkpoint: str | None, report: ImportReport) -> Iterator[Batch]:
        client = self._client or self.connect()
        from imapclient.exceptions import IMAPClientError

        try:
            info = client.select_folder(self.settings.folder, readonly=True)
        except IMAPClientError as error:
            raise InvalidValue(
                f"the folder {self.settings.folder!r} cannot be opened on "
                f"{self.settings.host} ({error}); list the folders in your mail program"
            ) from None
        validity = int(info.get(b"UIDVALIDITY", 0))
        last = _resume_uid(checkpoint, validity)
        if checkpoint and last:
            report.resumed_from = f"UID {last}"
        criteria: list[Any] = ["UID", f"{last + 1}:*"]
        if self.settings.since:
            criteria += ["SINCE", self.settings.since]
        uids = sorted(uid for uid in client.search(criteria) if uid > last)
        self.total = len(uids)
        done = 0
        try:
            for start in range(0, len(uids), FETCH_CHUNK):
                chunk = uids[start : start + FETCH_CHUNK]
                fetched = client.fetch(chunk, ["RFC822.SIZE", "BODY.PEEK[HEADER]"])
                messages = []
                for uid in chunk:
                    data = fetched.get(uid)
                    if data is None:
                        report.skip(self._where(uid), "the server gave nothing for this message")
                        continue
                    size = int(data.get(b"RFC822.SIZE", 0))
                    self._sizes[uid] = size
                    header = data.get(b"BODY[HEADER]") or b""
                    messages.append(RawMessage(self._where(uid), header, size,
                                               headers_only=True, handle=uid))
                done += len(chunk)
                point = json.dumps({"uidvalidity": validity, "uid": chunk[-1]})
                yield Batch(messages, point, done)
        except (IMAPClientError, OSError) as error:
            report.skip(f"{self.label} after {done} messages",
                        f"the connection to the server broke ({error}); run the import again "
                        "to go on from here")

    def load_bodies(self, messages: list[RawMessage], report: ImportReport) -> None:
        wanted = [m for m in messages if m.headers_only]
        if not wanted:
            return
        from imapclient.exceptions import IMAPClientError

        small = [m.handle for m in wanted if m.size <= MAX_MESSAGE]
        large = [m.handle for m in wanted if m.size > MAX_MESSAGE]
        bodies: dict[int, bytes] = {}
        try:
            if small:
                for uid, data in self._client.fetch(small, ["BODY.PEEK[]"]).items():
                    bodies[uid] = data.get(b"BODY[]") or b""
            if large:
                part = f"BODY.PEEK[]<0.{MAX_MESSAGE}>"
                for uid, data in self._client.fetch(large, [part]).items():
                    bodies[uid] = data.get(b"BODY[]<0>") or b""
        except (IMAPClientError, OSError) as error:
            report.skip(self.label, f"message bodies could not be fetched ({error})")
        for raw in wanted:
            body = bodies.get(raw.handle)
            if body is None:
                report.skip(raw.locator, "the server gave no body for this message")
                continue
            raw.data = body
            raw.truncated = raw.size > len(body)
            raw.headers_only = False

    def close(self) -> None:
        if self._client is not None:
            with suppress(Exception):  # closing a broken connection: nothing left to save
                self._client.logout()
            self._client = None

    def _where(self, uid: int) -> str:
        return f"{self.settings.folder} UID {uid}"


def _resume_uid(checkpoint: str | None, validity: int) -> int:
    """The last UID imported, when the folder's UIDVALIDITY has not changed since."""
    if not checkpoint:
        return 0
    try:
        saved = json.loads(checkpoint)
        if int(saved["uidvalidity"]) == validity:
            return int(saved["uid"])
    except (ValueError, KeyError, TypeError):
        pass
    return 0
