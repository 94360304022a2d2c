"""Support people and reaching out to them: the part of the recovery service for `support`."""

from __future__ import annotations

from typing import Any

from bounceback.domain.errors import NotFound
from bounceback.domain.models import Rejection
from bounceback.domain.recovery import Outreach, SupportPerson
from bounceback.recovery import support
from bounceback.services.base import ServicePart
from bounceback.storage.repos import recovery as repo
from bounceback.storage.repos import rejections as rejections_repo


class SupportPart(ServicePart):
    """Mixed into RecoveryService; needs `_current_rejection` from it."""

    def _current_rejection(self, s: Any) -> int | None:  # overridden by RecoveryService
        return None

    def _rejection(self, rejection_id: int) -> Rejection:
        with self.db.session() as s:
            found = rejections_repo.get(s, rejection_id)
        if found is None:
            raise NotFound(f"no rejection #{rejection_id}; `bounceback recovery` lists them")
        return found

    def add_person(self, name: str, reach: str = "", relationship: str = "") -> SupportPerson:
        person = support.check_person(name, reach, relationship)
        with self.db.session() as s:
            return repo.add_person(s, person)

    def people(self, include_inactive: bool = False) -> list[SupportPerson]:
        with self.db.session() as s:
            return repo.people(s, include_inactive=include_inactive)

    def edit_person(self, person_id: int, **changes: Any) -> SupportPerson:
        with self.db.session() as s:
            current = repo.get_person(s, person_id)
            merged = {
                "name": changes.get("name") or current.name,
                "reach": current.reach if changes.get("reach") is None else changes["reach"],
                "relationship": changes.get("relationship") or current.relationship,
            }
            checked = support.check_person(**merged)
            values: dict[str, object] = {
                "name": checked.name, "reach": checked.reach, "relationship": checked.relationship,
            }
            if changes.get("active") is not None:
                values["active"] = bool(changes["active"])
            return repo.update_person(s, person_id, values)

    def remove_person(self, person_id: int) -> None:
        with self.db.session() as s:
            repo.remove_person(s, person_id)

    def suggest_support(self, rejection_id: int | None = None) -> support.Suggestion | None:
        """The next person in the rotation, with a message to edit. Asking again gives the same
        person: the rotation moves on when you say whether you reached out (`record_outreach`)."""
        with self.db.session() as s:
            people = repo.people(s)
            stage, company = None, ""
            if rejection_id is not None:
                rejection = self._rejection(rejection_id)
                stage = rejection.stage_reached
                company = self.app.applications.get(rejection.application_id).company
            return support.suggest(people, stage, company)

    def record_outreach(
        self, person_id: int, reached_out: bool, message: str = "",
        rejection_id: int | None = None,
    ) -> Outreach:
        body = support.check_message(message)
        with self.db.session() as s:
            if rejection_id is None:
                rejection_id = self._current_rejection(s)
            # The suggestion was answered: the rotation moves on to someone else.
            repo.update_person(s, person_id, {"last_suggested_at": self.now()})
            return repo.add_outreach(
                s, Outreach(person_id, self.now(), reached_out, body, rejection_id)
            )

    def outreach(self) -> list[Outreach]:
        with self.db.session() as s:
            return repo.outreach_list(s)

