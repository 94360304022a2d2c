"""An application named by a number of thousands of digits is no such application: int() refuses
a string of over 4,300 digits, and `show`, `brief` and the quick path's `views.resolve` gave
"something went wrong inside bounceback (ValueError)" (review of round 15)."""

from __future__ import annotations

import pytest

from bounceback.domain.errors import NotFound

LONG = "9" * 5000


@pytest.mark.parametrize("command", [["show", LONG], ["show", LONG, "--json"],
                                     ["brief", "#" + LONG]])
def test_a_number_of_thousands_of_digits_is_no_application(cli, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert cli("add", "Brindle", "Data Analyst").exit_code == 0
    result = cli(*command)
    assert result.exit_code != 0
    assert "no application of that number" in result.stderr, result.stderr
    assert "went wrong" not in result.stderr


def test_the_lean_path_says_the_same(bb) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound, match="no application of that number"):
        bb.views.resolve(LONG)
    with pytest.raises(NotFound, match="no application of that number"):
        bb.applications.resolve(LONG)
