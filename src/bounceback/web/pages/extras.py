"""What capability parts add to an application's page, each only when its part exists."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bounceback.domain.models import Application

if TYPE_CHECKING:
    from bounceback.services import Bounceback


def has(bb: Bounceback, name: str) -> bool:
    return hasattr(type(bb), name)


def for_application(bb: Bounceback, app: Application) -> dict[str, Any]:
    found: dict[str, Any] = {}
    return found


def support_people(bb: Bounceback) -> list[Any] | None:
    """The user's support people, or None while the recovery part is not built."""
    if not has(bb, "recovery"):
        return None
    return list(bb.recovery.people())  # type: ignore[attr-defined]
