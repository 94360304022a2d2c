"""Title, company and location of labelled postings, read as a user reads them.

    .venv/bin/python bench/eval_fields.py --folder DIR [--folder DIR ...] [--verbose]
        [--part dev|held]

Each posting is imported with `bounceback posting import FILE --json` (the real command, run
in-process on a throwaway database, one per folder) and its title, company and location are
compared with the labels as `bench/eval_skills.py` compares them; the location also by the
stricter rule of `bench/placematch.py` (sites, towns and states compared, not words: column
"places"). The figures are printed per
field, per file type (txt, md, html) and per class of layout (the label's "class": "agency",
"remote or hybrid", "address or footer"...); a posting the command refuses counts wrong on every field.

--verbose prints each miss (field, what was read, the label). It is refused for a folder named
"held" and with `--part held`: a held-out folder's errors are not read, only its figures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_skills import find_file, in_part, load_labels, same, same_place  # noqa: E402
from placematch import same_location  # noqa: E402

FIELDS = ("title", "company", "location")
COLUMNS = (*FIELDS, "places")  # "places": the location by placematch's rule


def import_json(path: Path, home: Path) -> dict[str, object] | None:
    """What `bounceback posting import FILE --json` prints, or None when it refuses the file."""
    from typer.testing import CliRunner

    from bounceback.cli import context
    from bounceback.cli.main import app

    context.state.service = None
    result = CliRunner().invoke(
        app,
        ["--db", f"sqlite:///{home}/fields.db", "posting", "import", str(path), "--json"],
        catch_exceptions=True,
    )
    if context.state.service is not None:
        context.state.service.close()
        context.state.service = None
    if result.exit_code != 0:
        return None
    out: dict[str, object] = json.loads(result.stdout)
    return out


def right(key: str, label: str | None, got: str | None) -> bool:
    if key == "places":
        return same_location(label, got)
    return same(label, got) or (key == "location" and same_place(label, got))


def evaluate(folder: Path, part: str | None, verbose: bool) -> dict[str, dict[str, list[int]]]:
    """{group: {field: [right, total]}} for the groups "all", "txt"/"md"/"html" and classes."""
    postings, _resumes = load_labels(folder)
    tally: dict[str, dict[str, list[int]]] = defaultdict(lambda: {k: [0, 0] for k in COLUMNS})
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BOUNCEBACK_HOME"] = tmp
        for name, labels in sorted(postings.items()):
            if not in_part(name, part) or not isinstance(labels, dict):
                continue
            path = find_file(folder, name)
            out = import_json(path, Path(tmp)) if path is not None else None
            if out is None and verbose:
                print(f"  {name}: not imported")
            kind = {"markdown": "md", "htm": "html"}.get(
                name.rsplit(".", 1)[-1], name.rsplit(".", 1)[-1]
            )
            layout = str(labels.get("class", ""))
            groups = ["all", kind] + ([f"class {layout}"] if layout else [])
            for key in COLUMNS:
                field = "location" if key == "places" else key
                if field not in labels:
                    continue
                got = str(out.get(field) or "") if out else ""
                ok = out is not None and right(key, labels[field], got)
                for group in dict.fromkeys(groups):
                    tally[group][key][0] += int(ok)
                    tally[group][key][1] += 1
                if verbose and out is not None and not ok:
                    print(f"  {name}: {key} {got!r}, labelled {labels[field]!r}")
    return tally


def show(title: str, tally: dict[str, dict[str, list[int]]]) -> None:
    print(f"== {title}")
    for group in sorted(tally, key=lambda g: (g != "all", g.startswith("class"), g)):
        cells = []
        for key in COLUMNS:
            ok, total = tally[group][key]
            if total:
                cells.append(f"{key} {ok}/{total} = {ok / total:.2f}")
        print(f"{group:<12} " + "; ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, action="append", required=True)
    parser.add_argument("--part", choices=("dev", "held"))
    parser.add_argument("--verbose", action="store_true", help="each miss (never held out)")
    args = parser.parse_args()
    for folder in args.folder:
        if "blind" in folder.parts:
            sys.exit("eval_fields: use bench/eval_skills.py --blind for the blind set")
        if args.verbose and (args.part == "held" or folder.name == "held"):
            sys.exit("eval_fields: --verbose is for dev folders; a held-out folder shows figures")
        show(str(folder), evaluate(folder, args.part, args.verbose))


if __name__ == "__main__":
    main()
