"""Bytes that are not UTF-8, on standard input or in any argument, keep the text (issue 18, 3).

The sweep: `printf 'secret \\xff\\xfe' | bounceback journal write --stdin` exited 70 and the entry
was lost; so did `checkin --note` and 24 command forms with such bytes in an argument. Now the
bad bytes become U+FFFD and the rest is stored. The real program runs, with real bytes.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests_support_cli import BOUNCEBACK

BAD = b"\xff\xfe"
# (argv, standard input, exit codes that are a clean answer): #1 is live, #2 is rejected.
FORMS: list[tuple[list[bytes], bytes | None, tuple[int, ...]]] = [
    ([b"journal", b"write", b"--stdin"], b"secret " + BAD, (0,)),
    ([b"journal", b"write", b"diary " + BAD], None, (0,)),
    ([b"checkin", b"--mood", b"3", b"--note", b"sad " + BAD], None, (0,)),
    ([b"checkin", b"--mood", b"3", b"--for", b"2", b"--feel", b"sadness=6", b"--note", BAD], None, (0,)),
    ([b"add", b"Ac" + BAD + b"me", b"Analyst"], None, (0,)),
    ([b"add", b"Acme", b"Rol" + BAD + b"e", b"--notes", b"n " + BAD], None, (0,)),
    ([b"edit", b"1", b"--notes", b"edited " + BAD], None, (0,)),
    ([b"note", b"1", b"noted " + BAD], None, (0,)),
    ([b"list", b"-q", BAD], None, (0,)),
    ([b"show", BAD], None, (1,)),
    ([b"move", BAD, b"screening"], None, (1,)),
    ([b"tasks", b"add", b"call " + BAD, b"--app", b"1"], None, (0,)),
    ([b"contacts", b"add", b"Ann " + BAD, b"--notes", BAD, b"--app", b"1"], None, (0,)),
    ([b"lesson", b"add", b"lesson " + BAD], None, (0,)),
    ([b"practice", b"add", b"question " + BAD + b"?"], None, (0,)),
    ([b"support", b"add", b"Sam " + BAD, b"--reach", b"phone " + BAD], None, (0,)),
    ([b"feedback", b"add", b"2", b"--text", b"feedback " + BAD], None, (0,)),
    ([b"feedback", b"add", b"2"], b"piped feedback " + BAD, (0,)),
    ([b"interview", b"log", b"1", b"-q", b"q " + BAD, b"-a", b"a " + BAD, b"--score", b"2"], None, (0,)),
    ([b"skills", b"add", b"sk" + BAD + b"ill"], None, (0,)),
    ([b"reasons", b"2", b"--set", BAD], None, (2,)),
    ([b"import", b"/nonexistent/" + BAD + b".csv"], None, (1, 2)),
    ([b"today", b"--on", BAD], None, (2,)),
    ([b"reject", b"1", b"--text", b"sorry " + BAD, b"--quick"], None, (0,)),
]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("utf8")
    environ = {**os.environ, "BOUNCEBACK_NOW": "2026-11-25T10:00:00",
               "BOUNCEBACK_HOME": str(home),
               "BOUNCEBACK_DATABASE_URL": f"sqlite:///{home / 'bb.db'}"}
    for argv in (["add", "Quayside", "Engineer", "--applied", "2026-11-02"],
                 ["add", "Harbour", "Analyst", "--applied", "2026-11-01"],
                 ["reject", "2", "--quick"]):
        assert bb(argv, env=environ).returncode == 0
    return environ


def bb(argv: list[bytes] | list[str], *, env: dict[str, str], stdin: bytes | None = None
       ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([BOUNCEBACK.encode(), *[a if isinstance(a, bytes) else a.encode()
                                                  for a in argv]],
                          input=stdin, capture_output=True, env=env, timeout=120,
                          stdin=None if stdin is not None else subprocess.DEVNULL)


@pytest.mark.parametrize(("argv", "stdin", "codes"), FORMS,
                         ids=[b" ".join(a).decode("utf-8", "replace") for a, _, _ in FORMS])
def test_bytes_that_are_not_utf8_never_crash(env, argv, stdin, codes) -> None:  # type: ignore[no-untyped-def]
    result = bb(argv, env=env, stdin=stdin)
    assert result.returncode in codes, result.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in result.stderr and b"went wrong" not in result.stderr
    if result.returncode:
        assert len(result.stderr.decode().strip().splitlines()) == 1


KEEPERS = [FORMS[0], FORMS[1], FORMS[2], FORMS[6], FORMS[17]]


def test_the_text_around_the_bad_bytes_is_kept(env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for argv, stdin, _ in KEEPERS:
        assert bb(argv, env=env, stdin=stdin).returncode == 0
    out = tmp_path / "all.json"
    assert bb(["export", str(out), "--include-private"], env=env).returncode == 0
    tables = json.loads(out.read_text(encoding="utf-8"))["tables"]
    texts = {row["text"] for row in tables["journal_entries"]}
    assert {"secret \ufffd\ufffd", "diary \ufffd\ufffd"} <= texts
    assert "sad \ufffd\ufffd" in {row["something_else"] for row in tables["check_ins"]}
    assert "piped feedback \ufffd\ufffd" in {row["text"] for row in tables["feedback"]}
    assert "edited \ufffd\ufffd" in {row["notes"] for row in tables["applications"]}


def test_file_names_that_are_not_utf8_open_the_real_file(env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file name made on another system (Latin-1 "café") names that very file: read as it
    is, and written with the bytes typed, never as a new name with U+FFFD (issue 18, 3)."""
    folder = os.fsencode(tmp_path)
    sheet = folder + b"/caf\xe9.csv"
    with open(sheet, "wb") as handle:
        handle.write(b"company,role\nLatin Cafe,Barista\n")
    imported = bb([b"import", sheet], env=env)
    assert imported.returncode == 0, imported.stderr.decode("utf-8", "replace")
    os.mkdir(folder + b"/d\xe9")
    for argv, made in (([b"export", folder + b"/out\xe9.csv"], b"out\xe9.csv"),
                       ([b"export", folder + b"/d\xe9/all.json"], b"d\xe9/all.json"),
                       ([b"backup", folder + b"/bk\xe9.db"], b"bk\xe9.db"),
                       ([b"calendar", b"export", folder + b"/c\xe9.ics"], b"c\xe9.ics")):
        result = bb(argv, env=env)
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        assert os.path.isfile(folder + b"/" + made)
    assert not [name for name in os.listdir(folder) if b"\xef\xbf\xbd" in name]  # no U+FFFD
    with open(folder + b"/out\xe9.csv", "rb") as handle:
        assert b"Latin Cafe,Barista" in handle.read()
    posting = folder + b"/p\xe9.md"
    with open(posting, "wb") as handle:
        handle.write(b"# Barista at Latin Cafe\n\nWe are hiring a barista. Requirements: "
                     b"customer service, food hygiene. Apply by email; full-time, per hour.\n")
    result = bb([b"posting", b"import", posting, b"--company", b"Latin Cafe"], env=env)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    missing = bb([b"import", folder + b"/gone\xe9.csv"], env=env)
    assert missing.returncode == 1
    assert missing.stderr.decode("utf-8", "replace").count("\n") == 1
    assert b"gone" in missing.stderr and b"Traceback" not in missing.stderr
