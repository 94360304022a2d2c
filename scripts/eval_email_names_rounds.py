"""Company and role on the retired sets in the corpus (E8a..E23), rankers trained once.

The company and role rankers are fitted once on the rest of the corpus (the other authors: no
retired set) and score every job email of rounds 8-23's sets, with the public-sector subset
apart (a label or a sender of a ministry, an agency, a council, a hospital, a school or a
university, a public portal; round 32). Two fits instead of one per author: fast enough for a
busy machine, where `eval_email_company.py` and `eval_email_roles.py` take many minutes.
Run: python scripts/eval_email_names_rounds.py [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from email_metrics import norm_name, same_employer

from bounceback.mail.employer import candidates_none, choose
from bounceback.mail.features import read
from bounceback.mail.ranker import fit
from bounceback.mail.rolepick import role_examples, role_of
from bounceback.mail.train import REPO_CORPUS, company_example, read_rows

ROUND = re.compile(r"^E(8a|8b|9|1\d|2[0-3])$")
_PUBLIC = re.compile(
    r"minist|department|dept|agency|agentur|bundes|universit|college|school|faculty|fakult|"
    r"hospital|klinik|nhs|trust|health|council|gemeente|kommun|region|stadt|city of|county|"
    r"state of|government|gov|public|service|ayuntamiento|comune|municip|gmina|urz[aą]d|rijks|"
    r"overheid|foundation|stiftung|ngo|united nations|unicef|undp|who |institut|hochschule|"
    r"school|akademi|polytech|politec|santé|sanit|salud|saúde|hôpital|ospedal|szpital|sjukhus|"
    r"ziekenhuis|landsting|centre|center|board|authority|office|commission|fund|federal|"
    r"nacional|national|europe", re.I)
_PUBLIC_SENDER = re.compile(
    r"\.gov|\.edu|\.ac\.|nhs|\.gouv|\.gob|bund\.de|overheid|usajobs|civilservice|interamt|"
    r"publicjobs|inpa|inspira|trac", re.I)


def public(row: dict[str, object]) -> bool:
    """A public employer's mail, by its label or its sender (a rough, wide cut: "service",
    "centre" and "office" let some firms in), for a figure apart."""
    return bool(_PUBLIC.search(str(row.get("company") or "")) or
                _PUBLIC_SENDER.search(str(row.get("from") or "")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="each email's labels and picks, JSON lines")
    args = parser.parse_args()
    rows = [r for r in read_rows(REPO_CORPUS) if r.get("kind") != "other"]
    train = [r for r in rows if not ROUND.match(str(r["author"]))]
    test = [r for r in rows if ROUND.match(str(r["author"]))]
    start = time.time()
    company_ranker = fit([e for r in train if (e := company_example(r, *_candidates(r)[:3]))
                          is not None])
    role_ranker = fit(role_examples(train))
    tally: Counter[str] = Counter()
    dump = []
    for row in test:
        found, kind, none, reading = _candidates(row)
        label = row.get("company") if isinstance(row.get("company"), str) else None
        got = choose(found, kind, company_ranker, reading.text, none)
        apart = public(row)
        if label:
            right = same_employer(label, got)  # type: ignore[arg-type]
            tally["comp"] += 1
            tally["comp_ok"] += right
            tally["pcomp"] += apart
            tally["pcomp_ok"] += apart and right
        want = row.get("role") if isinstance(row.get("role"), str) else None
        role = role_of(str(row.get("subject") or ""), reading, label, role_ranker)  # type: ignore[arg-type]
        if want:
            right = norm_name(role, tail=False) == norm_name(want, tail=False)  # type: ignore[arg-type]
            tally["role"] += 1
            tally["role_ok"] += right
            tally["prole"] += apart
            tally["prole_ok"] += apart and right
        dump.append({"id": row.get("id"), "public": apart, "company": label, "pick": got,
                     "role": want, "role_pick": role})

    def ratio(a: str, b: str) -> str:
        return f"{tally[a] / tally[b]:.3f} ({tally[a]}/{tally[b]})" if tally[b] else "-"

    print(f"rounds 8-23 (E8a..E23), rankers trained on the other authors: company "
          f"{ratio('comp_ok', 'comp')}, role {ratio('role_ok', 'role')}")
    print(f"  public-sector subset: company {ratio('pcomp_ok', 'pcomp')}, role "
          f"{ratio('prole_ok', 'prole')}")
    print(f"  {time.time() - start:.0f}s")
    if args.dump:
        args.dump.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dump),
                             encoding="utf-8")
    return 0


def _candidates(row: dict[str, object]):  # type: ignore[no-untyped-def]
    subject, sender = str(row.get("subject") or ""), str(row.get("from") or "")
    reading = read(subject, str(row.get("body") or ""))
    found, kind, none = candidates_none(sender, subject, reading, str(row.get("kind") or ""))
    return found, kind, none, reading


if __name__ == "__main__":
    sys.exit(main())
