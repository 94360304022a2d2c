"""The sweep's cases that crashed (exit 70) or hung, each now a one-line error or a kept text
(issue 18, items 7 and 10, and the "unclear" ones). Paths are made in the test's own folder:
no test here writes outside it.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest

from adversarial.dbsnap import snapshot

HUGE = "99999999999999999999"


def files(folder: Path) -> dict[str, str]:
    made = {
        "deep.json": "[" * 100_000 + "]" * 100_000,
        "list.json": "[1, 2, 3]",
        "no-rows.json": '{"format": "bounceback-export", "version": 1, "tables": {"applications": 5}}',
        "bad-rows.json": '{"format": "bounceback-export", "version": 1, "tables": '
                         '{"applications": [{"id": "x", "role": 5}]}}',
        "big-cell.csv": "company,role,notes\nAcme,Analyst," + "x" * 10_000_000 + "\n",
    }
    for name, text in made.items():
        (folder / name).write_text(text)
    (folder / "latin.txt").write_bytes("Café, Python, SQL ".encode("latin-1") * 20)
    (folder / "a-folder").mkdir()
    os.mkfifo(folder / "pipe.json")
    os.mkfifo(folder / "pipe.eml")
    (folder / "link.json").symlink_to(folder / "elsewhere.json")
    paths = {name: str(folder / name) for name in [*made, "a-folder", "pipe.json", "pipe.eml",
                                                   "link.json", "latin.txt"]}
    paths["too-long"] = str(folder / ("x" * 300 + ".json"))
    for suffix in ("ics", "eml", "svg"):
        paths[f"too-long-{suffix}"] = str(folder / ("x" * 300 + f".{suffix}"))
    return paths


# (argv with {placeholders}, exit code, what the one line says)
CASES: list[tuple[list[str], int, str]] = [
    (["tasks", "done", HUGE], 2, "a number given is too large"),
    (["journal", "show", HUGE], 2, "a number given is too large"),
    (["journal", "delete", HUGE, "--yes"], 2, "a number given is too large"),
    (["plan", "--remove", HUGE], 2, "a number given is too large"),
    (["contacts", "remove", HUGE], 2, "a number given is too large"),
    (["inbox", "review", str(2**63)], 2, "a number given is too large"),
    (["show", HUGE], 1, f"no application #{HUGE}"),
    (["add", "Acme", "Analyst", "--applied", "10000000 days ago"], 2, "too far away"),
    (["today", "--on", "9999-12-31"], 2, "more than 10 years ahead"),
    (["list", "-q", "x" * 100_000], 2, "search with up to 500"),
    (["import", "{deep.json}"], 1, "nested too deeply"),
    (["restore", "{deep.json}", "--yes"], 1, "nested too deeply"),
    (["import", "{big-cell.csv}"], 1, "line 2: a cell holds more than 1,000,000 characters"),
    (["restore", "{list.json}", "--yes"], 1, "not a bounceback export"),
    (["restore", "{no-rows.json}", "--yes"], 1, "is not a list of rows"),
    (["restore", "{bad-rows.json}", "--yes"], 1, "does not fit this database"),
    (["import", "{bad-rows.json}"], 1, "does not fit this database"),
    (["import", "{a-folder}"], 1, "is a folder, not a regular file"),
    (["import", "{pipe.json}"], 1, "is a named pipe (FIFO), not a regular file"),
    (["import", "/dev/zero"], 1, "is a device, not a regular file"),
    (["restore", "/dev/zero", "--yes"], 1, "is a device, not a regular file"),
    (["restore", "{pipe.json}", "--yes"], 1, "is a named pipe (FIFO)"),
    (["import", "{too-long}"], 1, "File name too long"),
    (["export", "{pipe.json}"], 2, "it is a named pipe (FIFO), not a regular file"),
    (["export", "{link.json}"], 2, "it is a symbolic link, not a regular file"),
    (["backup", "{pipe.json}"], 2, "it is a named pipe (FIFO), not a regular file"),
    (["backup", "{link.json}"], 2, "it is a symbolic link, not a regular file"),
    (["feedback", "request", "1", "--eml", "{pipe.eml}", "--sent"], 2, "nothing was recorded"),
    (["posting", "import", "{pipe.json}"], 1, "is a named pipe (FIFO)"),
    (["skills", "import", "esco", "{pipe.json}"], 1, "is a named pipe (FIFO)"),
    # found by the fuzz with seed 7: an encoding name with a NUL, or a codec that is not text
    (["resume", "import", "{list.json}", "--encoding", "\x00"], 1, "could not read"),
    (["resume", "import", "{latin.txt}", "--encoding", "base64"], 1, "could not read"),
    # found by the fuzz with seeds 42 and 2026: a file name longer than the system allows
    (["calendar", "export", "{too-long-ics}"], 1, "File name too long; nothing was saved"),
    (["chart", "funnel", "--out", "{too-long-svg}"], 1, "File name too long; nothing was saved"),
    (["feedback", "request", "1", "--eml", "{too-long-eml}", "--sent"], 1, "File name too long"),
]


class Hung(Exception):
    pass


def _alarm(*_args: Any) -> None:
    raise Hung("the command hung (a FIFO opened for reading waits for a writer forever)")


@pytest.mark.parametrize(("argv", "code", "message"), CASES,
                         ids=[" ".join(a)[:60] for a, _, _ in CASES])
def test_sweep_case_is_a_one_line_error_and_changes_nothing(
    cli, db_url, tmp_path, argv, code, message  # type: ignore[no-untyped-def]
) -> None:
    assert cli("add", "Quayside", "Engineer", "--applied", "2026-11-02").exit_code == 0
    assert cli("reject", "1", "--quick").exit_code == 0
    paths = files(tmp_path)
    argv = [paths[a[1:-1]] if a.startswith("{") else a for a in argv]
    before = snapshot(db_url)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(60)
    try:
        result = cli(*argv)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert result.exit_code == code, (result.output, result.exception)
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(db_url) == before
    assert Path(paths["pipe.json"]).is_fifo() and Path(paths["link.json"]).is_symlink()


def test_nul_is_kept_as_text_on_both_engines(bb) -> None:  # type: ignore[no-untyped-def]
    from bounceback.services.recovery import EntryDraft

    saved = bb.recovery.write(EntryDraft("before\x00after"))
    assert saved.entry is not None
    text = bb.recovery.entry(saved.entry.id).text
    assert text in ("before\x00after", "before\ufffdafter")  # PostgreSQL cannot hold NUL
    if bb.db.engine.dialect.name == "postgresql":
        assert text == "before\ufffdafter"


def test_a_mime_tree_5000_deep_keeps_its_text_and_says_so() -> None:
    from bounceback.mail.mime import parse_body

    depth = 5000
    head = 'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n'
    opening = "".join(f'--b{i}\r\nContent-Type: multipart/mixed; boundary="b{i + 1}"\r\n\r\n'
                      for i in range(depth))
    inner = (f"--b{depth}\r\nContent-Type: text/plain\r\n\r\nWe regret to inform you that you "
             f"were not selected.\r\n--b{depth}--\r\n")
    closing = "".join(f"--b{i}--\r\n" for i in range(depth - 1, -1, -1))
    body = parse_body((head + opening + inner + closing).encode())
    assert body.text == "We regret to inform you that you were not selected."
    assert body.problems


def test_emails_classify_skips_json_nested_too_deeply(tmp_path: Path) -> None:
    from tests_support_cli import run_cli

    deep = tmp_path / "deep.jsonl"
    deep.write_text("[" * 100_000 + "]" * 100_000 + "\n")
    result = run_cli(["emails", "classify", str(deep)])
    assert result.returncode == 0
    assert "nested too deeply to be a message; skipped" in result.stderr


def test_classifying_a_name_too_long_is_told_and_fails(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = cli("emails", "classify", str(tmp_path / ("x" * 300 + ".eml")))
    assert result.exit_code == 1, result.exception
    assert "File name too long" in result.stderr
