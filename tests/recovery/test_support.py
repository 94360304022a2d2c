"""Support people: the suggestion rotates, the message is short and editable."""

from __future__ import annotations

from datetime import datetime

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.domain.recovery import SupportPerson
from bounceback.domain.vocabulary import Stage
from bounceback.recovery.support import check_person, draft_message, next_person, suggest


def test_rotation_prefers_never_suggested_then_longest_ago() -> None:
    ana = SupportPerson("Ana", id=1, last_suggested_at=datetime(2026, 3, 1))
    ben = SupportPerson("Ben", id=2, last_suggested_at=datetime(2026, 2, 1))
    cy = SupportPerson("Cy", id=3)
    assert next_person([ana, ben, cy]) is cy
    cy.last_suggested_at = datetime(2026, 3, 2)
    assert next_person([ana, ben, cy]) is ben
    ben.last_suggested_at = datetime(2026, 3, 3)
    assert next_person([ana, ben, cy]) is ana


def test_inactive_people_are_skipped_and_nobody_gives_none() -> None:
    assert next_person([SupportPerson("Ana", id=1, active=False)]) is None
    assert suggest([]) is None


def test_message_fits_the_stage_and_uses_the_first_name() -> None:
    person = SupportPerson("Maria Lopez")
    late = draft_message(person, Stage.INTERVIEWING, "Northwind")
    early = draft_message(person, Stage.APPLIED)
    assert late.startswith("Hi Maria,") and "Northwind" in late
    assert late != early and "!" not in late + early


def test_a_person_needs_a_name() -> None:
    with pytest.raises(InvalidValue, match="name"):
        check_person("  ")
    assert check_person(" Sam ", reach=" 555 0100 ").reach == "555 0100"
