"""`bounceback brief N`'s first line at 80 columns: a header too long for one line wraps between
its whole parts (the application, then its stage), never inside the parenthesis: round 15's
run as a new user saw "(stage:" end one line and "screening)" open the next."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("role", [
    "Senior Data Analyst, Customer Insights",  # "(stage:" would end the first line
    "Data Analyst",  # fits: one line, as before
])
def test_the_brief_header_wraps_between_whole_parts(cli, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                    role: str) -> None:
    from bounceback.cli import context

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(context.console, "_console", None)  # made again at 80 columns
    assert cli("add", "Brindle Analytics Group", role, "--stage", "screening").exit_code == 0
    result = cli("brief", "1")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = f"Brief for #1 {role} at Brindle Analytics Group"
    if len(header) + len(" (stage: screening)") <= 80:
        assert lines[0] == f"{header} (stage: screening)"
    else:
        assert lines[:2] == [header, "(stage: screening)"], lines[:3]
    assert all(len(line) <= 80 for line in lines)
