"""Bring labelled emails written by other helpers into corpora/emails/authors/.

Each author's file (JSON lines in the format of EMAIL_FORMAT: id, from, subject, body, format,
lang, kind, company, role, platform, notes) is checked line by line and copied as
authors/<author>.jsonl; the author becomes the group that evaluation holds out. A file is
taken only when it is complete (a sibling <author>.done exists) unless --partial is given.
Run: python scripts/import_email_authors.py SOURCE_DIR [--partial]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "corpora" / "emails" / "authors"
KINDS = {"application_received", "rejection", "interview_request", "assessment", "offer",
         "action_required", "recruiter_outreach", "other"}
LANGS = {"en", "de", "fr", "es", "nl", "it", "pt", "pl", "sv"}
FIELDS = ("id", "from", "subject", "body", "format", "lang", "kind", "company", "role",
          "platform", "notes")


def checked(line: str, where: str) -> dict[str, object] | None:
    try:
        row = json.loads(line)
    except ValueError as error:
        print(f"{where}: not JSON ({error}); skipped", file=sys.stderr)
        return None
    if not isinstance(row, dict) or row.get("kind") not in KINDS:
        print(f"{where}: no valid kind; skipped", file=sys.stderr)
        return None
    if row.get("lang") not in LANGS:
        print(f"{where}: language {row.get('lang')!r} is not one bounceback reads; skipped",
              file=sys.stderr)
        return None
    if not isinstance(row.get("body"), str) or not isinstance(row.get("subject"), str):
        print(f"{where}: no subject or body; skipped", file=sys.stderr)
        return None
    out = {name: row.get(name) for name in FIELDS}
    for name in ("company", "role", "platform"):
        if not isinstance(out[name], str) or not str(out[name]).strip():
            out[name] = None
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--partial", action="store_true", help="also take unfinished files")
    args = parser.parse_args()
    TARGET.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.source.glob("*.jsonl")):
        author = path.stem
        if not re.fullmatch(r"[\w-]+", author):
            continue
        done = path.with_suffix(".done").exists()
        if not done and not args.partial:
            print(f"{author}: not finished yet; left for later")
            continue
        rows = []
        seen: set[str] = set()
        numbered = 0
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = checked(line, f"{path.name}:{n}")
                if row is not None and not str(row["id"] or "").strip():
                    row["id"] = f"{author}-{n:04d}"  # a writer who gave no ids: by line
                    numbered += 1
                if row is not None and str(row["id"]) not in seen:
                    seen.add(str(row["id"]))
                    rows.append(row)
        if numbered:
            print(f"{author}: {numbered} emails had no id; numbered by line", file=sys.stderr)
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (TARGET / f"{author}.jsonl").write_text(text, encoding="utf-8")
        kinds = Counter(str(r["kind"]) for r in rows)
        langs = Counter(str(r["lang"]) for r in rows)
        print(f"{author}: {len(rows)} emails{'' if done else ' (unfinished)'}; "
              f"{dict(kinds)}; {dict(langs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
