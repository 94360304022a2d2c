"""The README and the user guide cannot drift: every `$ bounceback ...` line in a ```console
block runs, in order, and must succeed. The README runs on a fresh database; each docs page on a
fresh copy of the demo search. Files the examples name ship in examples/ (the README says so).
No page links outside the repository: the evidence they cite is docs/evidence.md."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def commands(path: Path) -> list[list[str]]:
    found = []
    for block in BLOCK.findall(path.read_text(encoding="utf-8")):
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("$ bounceback "):
                found.append(shlex.split(line[2:].split("  #")[0])[1:])
    return found


def run_all(cli, argvs: list[list[str]], where: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    for name in (ROOT / "examples").iterdir():
        shutil.copy(name, where / name.name)
    monkeypatch.chdir(where)
    for argv in argvs:
        result = cli(*argv)
        assert result.exit_code == 0, f"`bounceback {shlex.join(argv)}` failed:\n{result.output}"


def test_readme_examples_run(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    argvs = commands(ROOT / "README.md")
    assert len(argvs) >= 8
    run_all(cli, argvs, tmp_path, monkeypatch)


DOC_PAGES = sorted(p for p in (ROOT / "docs").glob("*.md") if commands(p))


@pytest.mark.parametrize("page", DOC_PAGES, ids=[p.name for p in DOC_PAGES])
def test_user_guide_examples_run(cli, page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--db", cli.url).exit_code == 0
    run_all(cli, commands(page), tmp_path, monkeypatch)


def test_every_setting_is_documented() -> None:
    from dataclasses import fields

    from bounceback.config import Preferences

    page = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    missing = [f.name for f in fields(Preferences) if f.name != "extra" and f"`{f.name}`" not in page]
    assert missing == [], f"settings missing from docs/settings.md: {missing}"


def test_every_command_has_help_text() -> None:
    from typer.main import get_command

    from bounceback.cli.main import app

    group = get_command(app)
    missing = []

    def walk(cmd, path):  # type: ignore[no-untyped-def]
        sub = getattr(cmd, "commands", None)
        if sub:
            for name, child in sub.items():
                walk(child, [*path, name])
        elif not (cmd.help or "").strip():
            missing.append(" ".join(path))

    walk(group, [])
    assert missing == [], f"commands without help: {missing}"


def test_docs_index_links_every_page() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    pages = [p.name for p in (ROOT / "docs").glob("*.md") if p.name != "index.md"]
    missing = [p for p in pages if f"({p})" not in index]
    assert missing == [], f"docs/index.md does not link: {missing}"


def test_every_command_is_in_a_help_panel() -> None:
    from bounceback.cli.main import app

    loose = [i.name for i in [*app.registered_commands, *app.registered_groups] if i.rich_help_panel == "More"]
    assert loose == [], f"commands missing from PANELS in cli/main.py: {loose}"


LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_docs_link_only_inside_the_repository() -> None:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    outside = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for target in LINK.findall(text):
            path = target.split("#", 1)[0]
            if "://" in target or target.startswith("mailto:"):
                outside.append(f"{page.name}: {target}")
            elif path and not (page.parent / path).exists():
                outside.append(f"{page.name}: {target} (missing)")
        if re.search(r"(\.\./|/work/)shared/", text):
            outside.append(f"{page.name}: cites notes outside the repository")
    assert outside == []


def test_the_readme_examples_ship_in_examples() -> None:
    named = {a for argv in commands(ROOT / "README.md") for a in argv
             if re.search(r"\.(csv|jsonl|md|mbox|html)$", a) and not a.startswith("-")}
    written = {"search.html", "week.html"}  # the tour writes these itself
    shipped = {p.name for p in (ROOT / "examples").iterdir()}
    assert named - written <= shipped
    assert "examples/" in (ROOT / "README.md").read_text(encoding="utf-8")
