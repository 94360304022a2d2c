"""The role (job title) named right, held out by author: fast, for work on the role ranker.

Each author's job-search emails (labelled kind not `other`) are read by the rules alone
(mail/roles.py) and by a role ranker trained on every other author's mail (mail/rolepick.py),
both given the label's employer (the whole pipeline, with the company ranker's pick, is
scripts/eval_email_classifier.py's); titles are compared as the blind evaluation compares them
(email_metrics: case-, accent- and punctuation-blind). --causes counts the ranker's misses by
cause (none given, shorter or longer than the label, another phrase, the label never a
candidate); --errors lists them; --dump FILE writes each email's label and both answers.
--rounds scores only the retired rounds across rounds (E8a and E8b by a ranker trained without
round 8, E9 by one trained without round 9, as round 22 measured them; E10 and E11 each by one
trained without it, since round 26); --extra FILE scores a
file of emails the corpus does not hold (a retired set of round 10 or 11) by a ranker trained on
the whole corpus (round 25).
--corpus DIR trains on another corpus folder (round 28: one without a retired set's file, so
that --extra scores that set by a ranker that never read it).
Run: python scripts/eval_email_roles.py [--causes] [--errors] [--dump FILE] [--rounds]
     [--extra FILE] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from email_metrics import norm_name

from bounceback.mail.features import read
from bounceback.mail.ranker import fit
from bounceback.mail.rolecandidates import role_candidates
from bounceback.mail.rolepick import role_examples, role_key, role_of
from bounceback.mail.roles import extract_role
from bounceback.mail.train import REPO_CORPUS, read_rows

# The retired sets among the training authors, each with its round's authors (round 22's
# cross-round scoring: a ranker trained without the whole round).
ROUNDS = {"E8a": frozenset({"E8a", "E8b"}), "E8b": frozenset({"E8a", "E8b"}),
          "E9": frozenset({"E9"}), "E10": frozenset({"E10"}), "E11": frozenset({"E11"})}


def _key(value: object) -> str:
    return norm_name(value if isinstance(value, str) else None, tail=False)


def _rules(subject: str, reading, company: str | None) -> str | None:  # type: ignore[no-untyped-def]
    role = extract_role(subject, reading.cut.text, company, reading.lang)
    if role is None and reading.cut.quoted:
        role = extract_role(subject, reading.text, company, reading.lang)
    return role


def _cause(want: str, got: str | None, options: list[str]) -> str:
    if not got:
        return "none given"
    w, g = _key(want), _key(got)
    if not any(role_key(o) == role_key(want) for o in options):
        return "the label never a candidate"
    if g in w:
        return "shorter than the label"
    if w in g:
        return "longer than the label"
    return "another phrase"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--causes", action="store_true")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--rounds", action="store_true",
                        help="only the retired rounds, each by a ranker trained without it")
    parser.add_argument("--extra", type=Path, help="a file of emails, by a ranker on the corpus")
    parser.add_argument("--corpus", type=Path, default=REPO_CORPUS,
                        help="another corpus folder (one without a set, to score it with --extra)")
    args = parser.parse_args()
    rows = [r for r in read_rows(args.corpus) if r.get("kind") != "other"]
    examples = role_examples(rows)
    # Which authors are scored, each with the training groups its ranker leaves out.
    held: dict[str, frozenset[str]]
    if args.extra:
        extra = [json.loads(line) for line in args.extra.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        rows = [{**r, "author": args.extra.stem} for r in extra if r.get("kind") != "other"]
        held = {args.extra.stem: frozenset()}
    elif args.rounds:
        held = {a: ROUNDS[a] for a in ROUNDS}
    else:
        held = {a: frozenset({a}) for a in {str(r["author"]) for r in rows}}
    authors = sorted(held)
    named = Counter[str]()
    right = Counter[tuple[str, str]]()
    causes = Counter[str]()
    nulls = Counter[str]()
    dump, errors = [], []
    for author in authors:
        ranker = fit([e for e in examples if e.group not in held[author]])
        for row in rows:
            if row["author"] != author:
                continue
            subject = str(row.get("subject") or "")
            reading = read(subject, str(row.get("body") or ""))
            company = row.get("company") if isinstance(row.get("company"), str) else None
            old = _rules(subject, reading, company)  # type: ignore[arg-type]
            new = role_of(subject, reading, company, ranker)  # type: ignore[arg-type]
            want = row.get("role") if isinstance(row.get("role"), str) else None
            dump.append({"id": row.get("id"), "author": author, "want": want, "rules": old,
                         "ranker": new})
            if not want:
                nulls["all"] += 1
                nulls["rules"] += not old
                nulls["ranker"] += not new
                continue
            named[author] += 1
            right[(author, "rules")] += _key(old) == _key(want)
            right[(author, "ranker")] += _key(new) == _key(want)
            if _key(new) != _key(want):
                options = [t for t, _ in role_candidates(subject, reading.text, company,
                                                         reading.lang)[0]]
                cause = _cause(want, new, options)
                causes[cause] += 1
                errors.append(f"- {author} {row.get('id')} [{cause}] want {want!r} got {new!r}"
                              f" | {subject[:70]}")
    total = sum(named.values())
    for how in ("rules", "ranker"):
        got = sum(right[(a, how)] for a in authors)
        print(f"role named right, {how:6}: {got / total:.3f} ({got}/{total})")
    print(f"labels naming no role ({nulls['all']}): none given by the rules {nulls['rules']}, "
          f"by the ranker {nulls['ranker']}")
    for author in authors:
        print(f"  {author:8} {named[author]:5d}  rules {right[(author, 'rules')] / named[author]:.3f}"
              f"  ranker {right[(author, 'ranker')] / named[author]:.3f}")
    if args.causes:
        for cause, n in causes.most_common():
            print(f"  {n:5d}  {cause}")
    if args.errors:
        print("\n".join(errors))
    if args.dump:
        args.dump.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dump),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
