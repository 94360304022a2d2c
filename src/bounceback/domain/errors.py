"""Every failure a user can meet, one class each; the message says what and what to do."""

from __future__ import annotations


class BouncebackError(Exception):
    """Base of every error a user can act on. The CLI prints it as one line, no traceback."""

    exit_code = 1


class InvalidValue(BouncebackError):
    """A value typed or imported by the user is not acceptable (with what and where)."""

    exit_code = 2


class InvalidDate(InvalidValue):
    pass


class NotFound(BouncebackError):
    """Something the user referred to does not exist; `suggestions` are close matches."""

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        self.suggestions = suggestions or []
        if self.suggestions:
            message += "; did you mean: " + "; ".join(self.suggestions)
        super().__init__(message)


class Ambiguous(BouncebackError):
    """A reference matches several things; `candidates` lists them."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        self.candidates = candidates
        super().__init__(message + ": " + "; ".join(candidates))


class Conflict(BouncebackError):
    """The action does not fit the current state (a rejection for a closed application)."""


class DatabaseUnavailable(BouncebackError):
    """The database cannot be opened or reached."""


class NoDatabase(DatabaseUnavailable):
    """A read command was given a SQLite file that is not there (reading never makes one)."""


class StoreUpgraded(DatabaseUnavailable):
    """A newer bounceback upgraded the database while this process kept running older code:
    it refuses to write (restart it)."""


class ImportFailed(BouncebackError):
    """A file to import cannot be read at all (a broken file, not one bad row)."""


class LoginFailed(BouncebackError):
    """The email or password is wrong, or the account is disabled (never said which)."""

    exit_code = 3


class TooManyAttempts(BouncebackError):
    """Logins are paused for this account or address after repeated failures."""

    exit_code = 3


class NotAllowed(BouncebackError):
    """The account's role or the seeker's sharing does not allow this."""

    exit_code = 4
