"""A command's plain values are taken without pydantic (cli/arguments.plain_values), and each is
what typer's own check gives; anything else still gets typer's own check and its message."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer._click.exceptions import BadParameter
from typer._coercion import TypeDescriptor, build_runtime_param
from typer.models import OptionInfo

from bounceback.cli.arguments import _SLOW, _plain
from tests_support_cli import writes_in_one_process

KINDS: list[tuple[Any, OptionInfo]] = [
    (str, OptionInfo()), (bool, OptionInfo()), (int, OptionInfo()), (float, OptionInfo()),
    (int, OptionInfo(min=0, max=10)), (int, OptionInfo(min=1, max=5, clamp=True)),
    (float, OptionInfo(min=0.5)), (list[str], OptionInfo()),
]

digits = st.from_regex(r"[-+ ]?[0-9_]{0,20}(\.[0-9]{0,17})?[ eE]?[0-9]?", fullmatch=True)
values = st.one_of(st.text(max_size=12), digits, st.integers(), st.booleans(), st.none(),
                   st.floats(allow_nan=False), st.lists(st.text(max_size=5), max_size=3),
                   st.tuples(st.text(max_size=5), st.integers()), st.binary(max_size=4))


def typers(annotation: Any, info: OptionInfo, value: Any) -> tuple[str, Any]:
    check = build_runtime_param(TypeDescriptor(annotation=annotation, parameter_info=info,
                                               file_annotation=None))
    try:
        return "value", check._coerce_value(value, param=None, ctx=None)  # type: ignore[arg-type]
    except BadParameter as exc:
        return "refused", exc.message


@settings(max_examples=600, deadline=None)
@given(kind=st.sampled_from(KINDS), value=values)
def test_a_plain_value_is_what_typers_check_gives(kind: tuple[Any, OptionInfo], value: Any) -> None:
    annotation, info = kind
    plain = _plain(annotation, info, value)
    if plain is not _SLOW:
        outcome, theirs = typers(annotation, info, value)
        assert outcome == "value", (value, theirs)
        assert theirs == plain and type(theirs) is type(plain)
        if isinstance(plain, float):
            assert str(theirs) == str(plain)  # -0.0 stays -0.0


@pytest.mark.parametrize(("annotation", "info", "value"), [
    (str, OptionInfo(), "Acme"), (int, OptionInfo(), "42"), (int, OptionInfo(), "-007"),
    (float, OptionInfo(), "6.5"), (int, OptionInfo(min=0, max=10), "10"),
    (list[str], OptionInfo(), ("a", "b")), (bool, OptionInfo(), False),
])
def test_what_commands_are_given_most_is_plain(annotation: Any, info: OptionInfo,
                                               value: Any) -> None:
    """Without this the test above would pass on a `_plain` that sends everything to typer."""
    assert _plain(annotation, info, value) is not _SLOW


def test_a_write_loads_no_pydantic_and_a_bad_value_gets_typers_message(cli: Any) -> None:
    """`add`, `move`, `note`, `reject` and `checkin` in one process: done, and pydantic never
    imported (50-95 ms of each such process); then a value to refuse gets typer's words."""
    calls = [["add", "Acme", "Tester"], ["move", "1", "screening"], ["note", "1", "Called them"],
             ["reject", "Other Co", "--role", "Tester", "--hurt", "6", "--mood", "2", "--quick"],
             ["checkin", "--mood", "3", "--feel", "sadness=4"]]
    printed, loaded = writes_in_one_process(cli.url, calls, ("pydantic",))
    assert "Added #1" in printed and "Noted on #1" in printed
    assert loaded == [], loaded
    refused = cli("reject", "Third Co", "--role", "Tester", "--hurt", "six", "--quick")
    assert refused.exit_code == 2
    assert "Invalid value for '--hurt': Input should be a valid integer" in refused.output
