"""The user's preferences: defaults from config, overrides stored in the database."""

from __future__ import annotations

from typing import Any

from bounceback.config import Preferences
from bounceback.domain.errors import InvalidValue
from bounceback.services.base import ServicePart
from bounceback.storage.repos import settings as repo


class SettingsService(ServicePart):
    def preferences(self) -> Preferences:
        return self.app.preferences()

    def set(self, values: dict[str, Any]) -> Preferences:
        """Check every value first, then store them all (or nothing)."""
        known = set(Preferences.__dataclass_fields__) - {"extra"}
        unknown = [k for k in values if k not in known]
        if unknown:
            raise InvalidValue(
                f"unknown setting {', '.join(unknown)}; settings are: {', '.join(sorted(known))}"
            )
        if "crisis_country" in values:
            from bounceback.recovery.crisis_resources import AUTO, country_code

            raw = str(values["crisis_country"]).strip().lower()
            values = {**values, "crisis_country": AUTO if raw == AUTO else country_code(raw)}
        checked = Preferences().with_values(values)
        clean = {k: getattr(checked, k) for k in values}
        with self.db.session() as s:
            repo.save(s, clean)
        return self.preferences()
