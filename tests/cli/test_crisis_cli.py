"""The crisis check at every place text is written in the terminal, in any language."""

from __future__ import annotations

import json
import re

EXPLICIT = "je veux mourir, encore un refus"  # French: "I want to die, another no"
HEAVY = "ya no puedo más"  # Spanish: "I can't anymore"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_journal_entry_in_any_language_gets_the_full_message_first(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("settings", "set", "crisis_country", "fr").exit_code == 0
    out = _flat(cli("journal", "write", "--stdin", input=EXPLICIT + "\n").stdout)
    assert out.index("Before anything else") < out.index("Saved privately")
    assert "3114" in out and out.count("call 112") == 1 and "findahelpline.com" in out


def test_heavy_text_without_a_terminal_asks_and_shows_the_lines(cli) -> None:  # type: ignore[no-untyped-def]
    out = _flat(cli("checkin", "--mood", "2", "--note", HEAVY).stdout)
    assert "Are you having thoughts of ending your life?" in out
    assert "findahelpline.com" in out
    soft = json.loads(cli("journal", "write", "--stdin", "--json", input=HEAVY + "\n").stdout)
    assert soft["crisis"]["level"] == "soft" and soft["crisis"]["question"]


def test_notes_withdrawal_reasons_and_rejection_text_get_the_check(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "Analyst")
    cli("add", "Globex", "Engineer")
    cli("add", "Initech", "Tester")
    noted = _flat(cli("note", "acme", EXPLICIT).stdout)
    assert noted.index("Before anything else") < noted.index("Noted on")
    assert "Before anything else" not in cli("note", "acme", "sent the portfolio").stdout
    withdrawn = _flat(cli("withdraw", "globex", "--reason", EXPLICIT).stdout)
    assert "Before anything else" in withdrawn
    rejected = _flat(cli("reject", "initech", "--quick", "--text", "their email. " + EXPLICIT).stdout)
    assert rejected.index("Before anything else") < rejected.index("Initech")


def test_a_message_to_a_friend_gets_the_check(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "Analyst")
    cli("support", "add", "Sam")
    out = _flat(cli("reject", "acme", "--reached-out", "Sam", "--message", HEAVY).stdout)
    assert "Are you having thoughts of ending your life?" in out
    reached = _flat(cli("support", "reached", "Sam", "--message", EXPLICIT).stdout)
    assert reached.index("Before anything else") < reached.index("Noted")


def test_helplines_lists_the_countries_and_follows_the_setting(cli) -> None:  # type: ignore[no-untyped-def]
    listed = json.loads(cli("helplines", "--list", "--json").stdout)
    assert len(listed) >= 31 and {"code": "gb", "country": "United Kingdom"} in listed
    assert cli("settings", "set", "crisis_country", "in").exit_code == 0
    out = json.loads(cli("helplines", "--json").stdout)
    assert out["country"] == "India" and out["lines"][0]["phone"] == "14416"
    refused = cli("settings", "set", "crisis_country", "atlantis")
    assert refused.exit_code != 0 and "choose one of" in _flat(refused.stderr + refused.stdout)


def test_a_terminal_shows_the_lines_as_links_and_a_pipe_as_plain_words(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io

    from rich.console import Console

    from bounceback.cli import recovery_render
    from bounceback.domain.recovery import CrisisLevel
    from bounceback.recovery.crisis import crisis_message

    message = crisis_message(CrisisLevel.EXPLICIT, "gb")
    for terminal in (True, False):
        out = io.StringIO()
        monkeypatch.setattr(recovery_render, "console",
                            Console(file=out, force_terminal=terminal, width=200))
        recovery_render.resources(message)
        text = out.getvalue()
        plain = re.sub(r"\x1b\]8;[^\x1b]*\x1b\\", "", text)
        assert plain.count("call 116 123") == 1 and plain.count("call 999") == 1
        # OSC 8 hyperlinks: a terminal can open tel: and https: links; a pipe gets none
        assert ("\x1b]8;" in text) == terminal
        assert ("tel:116123" in text) == terminal and ("tel:999" in text) == terminal
