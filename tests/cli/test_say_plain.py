"""`say` writes a message itself, without loading rich, only when rich would have written it
unchanged (round 18: a command that saves and says one line loads no rich): each message here
is written both ways, and the two outputs must be the same."""

from __future__ import annotations

import pytest

MESSAGES = [
    "Added #5001: Bar at Foo (applied).",
    "#12 Research Analyst at Larch University is now at interviewing.\nGood news. Keep a few "
    "other applications moving while you wait.",
    "A line long enough that rich wraps it at eighty columns, so it must not be written as it "
    "is by the plain path at all.",
    "Moved to offer — well done · next: accepted",
    "An emoji code :smile: rich replaces",
    "Times 10:30:45 read as a code",
    "A tab\there",
    "Trailing space ",
    "Wide 東京 characters",
    "A combining e\u0301 accent",
    "",
    "Two\n\nparagraphs",
]


@pytest.mark.parametrize("text", MESSAGES)
@pytest.mark.parametrize("columns", [None, "40"])
def test_say_writes_what_rich_writes(text: str, columns: str | None, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    from bounceback.cli import context

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(context, "console", context._LazyConsole(highlight=False))
    context.say(text, style="green")
    plain = capsys.readouterr().out
    assert context.console._console is None or not context._plain(text)
    Console(highlight=False).print(text, style="green", markup=False)
    assert plain == capsys.readouterr().out


def test_a_short_message_loads_no_rich(monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from bounceback.cli import context

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(context, "console", context._LazyConsole(highlight=False))
    context.say("Added #1: Baker at Crumb (applied).")
    assert context.console._console is None
    assert capsys.readouterr().out == "Added #1: Baker at Crumb (applied).\n"
