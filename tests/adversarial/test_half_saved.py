"""No half-saved writes (issue 18, item 4): a command that fails keeps nothing.

The sweep: `feedback request 2 --eml adir` failed ("Is a directory") after committing the
request and its event; `reject 3 --on 9999-12-31 --quick` crashed while printing, said
"Nothing was half-saved", and had saved the rejection, window and outcome.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from adversarial.dbsnap import snapshot


@pytest.fixture
def seeded(cli):  # type: ignore[no-untyped-def]
    for argv in (["add", "Quayside", "Engineer", "--applied", "2026-11-02"],
                 ["add", "Harbour", "Analyst", "--applied", "2026-11-01"],
                 ["reject", "2", "--quick"]):
        assert cli(*argv).exit_code == 0
    return cli


def targets(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "adir"
    folder.mkdir()
    fifo = tmp_path / "pipe.eml"
    os.mkfifo(fifo)
    link = tmp_path / "link.eml"
    link.symlink_to(tmp_path / "elsewhere.eml")
    return {"a folder": folder, "a FIFO": fifo, "a symbolic link": link,
            "a missing folder": tmp_path / "missing" / "x.eml"}


@pytest.mark.parametrize("kind", ["a folder", "a FIFO", "a symbolic link", "a missing folder"])
def test_feedback_request_whose_eml_cannot_be_written_records_nothing(
    seeded, db_url, tmp_path, kind  # type: ignore[no-untyped-def]
) -> None:
    target = targets(tmp_path)[kind]
    before = snapshot(db_url)
    result = seeded("feedback", "request", "2", "--eml", str(target), "--sent")
    assert result.exit_code == 2, result.output
    assert "nothing was recorded" in result.stderr
    assert snapshot(db_url) == before
    assert not (tmp_path / "elsewhere.eml").exists()


def test_feedback_request_with_its_eml_is_kept(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    eml = tmp_path / "ask.eml"
    assert seeded("feedback", "request", "2", "--eml", str(eml), "--to", "Ann",
                  "--sent").exit_code == 0
    assert b"Subject:" in eml.read_bytes()
    assert "Ann" in seeded("feedback", "list").stdout


def test_a_failure_while_answering_keeps_nothing(seeded, db_url, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Anything that fails after the rejection was recorded, before the answer is shown in
    full (the sweep's OverflowError while printing the window), rolls it all back."""
    from bounceback.cli import recovery_render

    def broken(*_args: object) -> None:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(recovery_render, "window", broken)
    before = snapshot(db_url)
    result = seeded("reject", "1", "--quick")
    assert isinstance(result.exception, OverflowError)
    assert snapshot(db_url) == before


def test_reject_on_a_far_date_keeps_nothing(seeded, db_url) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(db_url)
    result = seeded("reject", "1", "--on", "9999-12-31", "--quick")
    assert result.exit_code == 2 and "is in the future" in result.stderr
    assert snapshot(db_url) == before


def test_the_crash_message_says_what_was_kept(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """A crash claims that nothing was saved only when nothing was."""
    from bounceback.cli import context, main
    from bounceback.services.lean_writes import LeanWrites
    from bounceback.services.views import ViewsService

    monkeypatch.setenv("BOUNCEBACK_HOME", str(tmp_path))
    monkeypatch.setenv("BOUNCEBACK_NOW", "2026-11-25T10:00:00")
    db = f"sqlite:///{tmp_path / 'bb.db'}"

    def crash(argv: list[str]) -> str:
        context.state.service = None
        monkeypatch.setattr("sys.argv", ["bounceback", "--db", db, *argv])
        with pytest.raises(SystemExit) as exit_:
            main.run()
        assert exit_.value.code == 70
        return str(capsys.readouterr().err)

    real_add = LeanWrites.add  # `add` writes without the ORM since round 19 (services/lean_writes.py)

    def add_then_fail(self, app, **kwargs):  # type: ignore[no-untyped-def]
        real_add(self, app, **kwargs)
        raise RuntimeError("a bug after the commit")

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    # `show` reads through the lean read path since round 15 (services/views.py), not the ORM's
    monkeypatch.setattr(ViewsService, "timeline", fail)
    monkeypatch.setattr(LeanWrites, "add", add_then_fail)
    assert "saved before the error is kept" in crash(["add", "Acme", "Analyst"])
    assert "Nothing was saved" in crash(["show", "1"])
