"""Where the data lives and the settings a user can change, with their documented defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from bounceback.domain.errors import InvalidValue

APP_NAME = "bounceback"
#: The web UI's port, everywhere: `serve`, `make run`, the README and the docs.
DEFAULT_PORT = 8765


def data_home() -> Path:
    """The folder for the user's data: BOUNCEBACK_HOME, else the platform's user data folder."""
    env = os.environ.get("BOUNCEBACK_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def default_database_url() -> str:
    """BOUNCEBACK_DATABASE_URL, else a SQLite file in the data folder."""
    env = os.environ.get("BOUNCEBACK_DATABASE_URL")
    if env:
        return env
    return sqlite_url(data_home() / "bounceback.db")


def demo_database_url(size: str = "small") -> str:
    """The demo lives in its own file, never in the user's own database."""
    name = "demo.db" if size == "small" else f"demo-{size}.db"
    return sqlite_url(data_home() / name)


@dataclass(frozen=True)
class Preferences:
    """Settings a user changes from `bounceback settings` or the web Settings page.

    Each default is documented in docs/settings.md; a test keeps the two in step.
    """

    recovery_window_days: int = 3
    weekly_application_goal: int = 5
    offer_target: float = 0.8
    thin_pipeline_min: int = 5
    concentration_share: float = 0.5
    idle_days_warning: int = 7
    ghost_after_factor: float = 2.0
    follow_up_wait_days: int = 7
    outlook_prior_weight: float = 20.0
    wallowing_days_past_window: int = 7
    wallowing_mood_max: int = 2
    feedback_follow_up_days: int = 7
    writing_minutes: int = 15
    crisis_country: str = "auto"
    currency: str = "USD"
    date_order: str = "auto"
    extra: dict[str, Any] = field(default_factory=dict)

    def with_values(self, values: dict[str, Any]) -> Preferences:
        """A copy with stored or typed values applied, each checked and coerced."""
        known = {f.name: f for f in fields(self) if f.name != "extra"}
        changes: dict[str, Any] = {}
        extra = dict(self.extra)
        for key, raw in values.items():
            if key not in known:
                extra[key] = raw
                continue
            current = getattr(self, key)
            changes[key] = coerce_setting(key, raw, type(current))
        return replace(self, extra=extra, **changes)


_LIMITS: dict[str, tuple[float, float]] = {
    "recovery_window_days": (1, 30),
    "weekly_application_goal": (1, 200),
    "offer_target": (0.01, 0.99),
    "thin_pipeline_min": (1, 100),
    "concentration_share": (0.1, 1.0),
    "idle_days_warning": (1, 90),
    "ghost_after_factor": (1.2, 10.0),
    "follow_up_wait_days": (1, 60),
    "outlook_prior_weight": (1.0, 1000.0),
    "wallowing_days_past_window": (1, 90),
    "wallowing_mood_max": (1, 5),
    "feedback_follow_up_days": (1, 60),
    "writing_minutes": (1, 120),
}


#: Where a date like 02/03 has its month second (day first) unless the locale says otherwise;
#: these territories write the month first.
MONTH_FIRST = {"US", "PH", "FM", "MH", "PW"}
DATE_ORDER_CHOICES = ("auto", "DMY", "MDY")


def resolve_date_order(setting: str, environ: dict[str, str] | None = None) -> str | None:
    """The order slash dates are read in: the date_order setting, or with "auto" the one of
    the computer's language settings (LC_ALL, LC_TIME, LANG); None when they say nothing
    (C, POSIX), and then a date that reads two ways is asked about."""
    if setting in ("DMY", "MDY"):
        return setting
    env = os.environ if environ is None else environ
    name = next((env[k] for k in ("LC_ALL", "LC_TIME", "LANG") if env.get(k)), "")
    territory = name.split(".", 1)[0].split("@", 1)[0].partition("_")[2].upper()
    if not territory:
        return None
    return "MDY" if territory in MONTH_FIRST else "DMY"


def coerce_setting(key: str, raw: Any, kind: type) -> Any:
    value: Any
    try:
        value = kind(raw) if not isinstance(raw, kind) else raw
    except (TypeError, ValueError):
        words = {int: "a whole number", float: "a number", str: "text", bool: "yes or no"}
        raise InvalidValue(
            f"setting {key}: {raw!r} is not {words.get(kind, kind.__name__)}"
        ) from None
    if key == "date_order":
        value = value.strip().upper() if value.strip().lower() != "auto" else "auto"
        if value not in DATE_ORDER_CHOICES:
            raise InvalidValue(f"setting date_order: {raw!r} is not auto, DMY or MDY")
    if key in _LIMITS:
        low, high = _LIMITS[key]
        if not low <= value <= high:
            raise InvalidValue(f"setting {key}: {value} is outside {low:g}..{high:g}")
    return value


@dataclass(frozen=True)
class Settings:
    """How to reach the data; preferences are read from the database itself."""

    database_url: str = field(default_factory=default_database_url)
    home: Path = field(default_factory=data_home)
    #: Whose data: "main" (the owner, the database as it always was) or one account's store
    #: on a multi-user server (storage/stores.py says where each lives).
    store: str = "main"
