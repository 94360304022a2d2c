"""The company named right, held out by author: fast, for work on the company ranker.

Each author's job-search emails (their labelled kind is not `other`) are read by a ranker
trained on every other author's mail, and the name it picks is compared with the label
(email_metrics.same_employer: case-, accent-, punctuation-, legal-form-, recruiting-department- and
space-blind, a brand and its fuller name alike, as the blind evaluation compares; "norm_name only" is the comparison before
round 9, without the department and the spaces). With
--extra FILE, that file's emails are scored by a ranker trained on the whole corpus (a new
author, held out). --errors lists the corpus's misses by cause (never run it on a blind set); --classes sorts them into
error classes (company_misses.py) and splits the figure by platform and direct mail and by
English and the other languages; --causes counts every miss, a null label's too, by cause
(company_misses.miss_cause: null given, named for a null label, not written in the email, the
platform or agency, words kept, words lost, a person, never a candidate, another candidate).
--dump FILE writes each email's label and pick as JSON lines.
--rounds scores only the retired rounds, across rounds (E8a and E8b by a ranker trained
without round 8, E9 by one trained without round 9; round 24; E10 and E11 likewise, each by
one trained without its round, from round 25).
Run: python scripts/eval_email_company.py [--extra FILE] [--errors] [--classes] [--causes]
     [--author NAME] [--dump FILE] [--rounds]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from company_misses import CAUSES, SHAPES, Split, miss_cause, miss_class, miss_shapes
from email_metrics import company_key, norm_name, same_employer

from bounceback.mail.employer import candidates_none, choose
from bounceback.mail.features import read
from bounceback.mail.ranker import Example
from bounceback.mail.ranker import fit as fit_ranker
from bounceback.mail.train import REPO_CORPUS, _same_name, company_example, read_rows

# The retired blind sets' authors by round (scripts/retired_email_authors.py): --rounds trains
# without a round and scores it, as round 22 measured them.
ROUND8 = frozenset({"E8a", "E8b"})
ROUND9 = frozenset({"E9"})
ROUNDS = ((ROUND8, ("E8a", "E8b")), (ROUND9, ("E9",)), (frozenset({"E10"}), ("E10",)),
          (frozenset({"E11"}), ("E11",)))


def prepared(rows: list[dict[str, object]]) -> list[tuple[dict[str, object], list, str, str]]:
    out = []
    for row in rows:
        if row.get("kind") == "other":
            continue
        subject, sender = str(row.get("subject") or ""), str(row.get("from") or "")
        reading = read(subject, str(row.get("body") or ""))
        found, kind, none = candidates_none(sender, subject, reading, str(row.get("kind") or ""))
        out.append((row, found, kind, reading.text, none))
    return out


def examples(items: list[tuple[dict[str, object], list, str, str]]) -> list[Example]:
    return [e for row, found, kind, _, none in items
            if (e := company_example(row, found, kind, none)) is not None]


def score(items, ranker, tally: Counter, misses: list, split: Split | None = None,
          causes: Counter | None = None, picks: list | None = None,
          shapes: Counter | None = None) -> None:
    for row, found, kind, text, none in items:
        label = row.get("company") if isinstance(row.get("company"), str) else None
        want = company_key(label)
        got_name = choose(found, kind, ranker, text, none)
        right = same_employer(label, got_name)
        if picks is not None:
            picks.append({"author": row.get("author"), "id": row.get("id"), "label": label,
                          "pick": got_name})
        tally["all"] += 1
        tally["all_right"] += right
        if want:
            tally["named"] += 1
            tally["named_right"] += right
            tally["named_right_old"] += norm_name(label) == norm_name(got_name)
            spelled = any(_same_name(c.text, str(row["company"])) for c in found)
            tally["reachable"] += spelled
        if not right:
            cause = miss_cause(row, found, got_name)
            misses.append((row, got_name, cause))
            if causes is not None:
                causes[cause] += 1
            if shapes is not None:
                found_shapes = miss_shapes(row, found, got_name)
                shapes[("first", found_shapes[0])] += 1
                shapes[("first", found_shapes[0], cause)] += 1
                for shape in found_shapes:
                    shapes[("any", shape)] += 1
        if shapes is not None:
            for shape in miss_shapes(row, found, got_name):
                shapes[("emails", shape)] += 1
        if split is not None and want:
            split.add(row, right, None if right else miss_class(row, found, got_name),
                      got_name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO_CORPUS)
    parser.add_argument("--extra", type=Path, help="a new author's file, scored held out")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--author", help="only this author's errors")
    parser.add_argument("--dump", type=Path,
                        help="write each email's label and pick as JSON lines (to compare "
                             "two versions text by text, or two scorings)")
    parser.add_argument("--classes", action="store_true", help="misses by class, and splits")
    parser.add_argument("--shapes", action="store_true",
                        help="misses by the shape of mail they come from (SHAPES)")
    parser.add_argument("--rounds", action="store_true",
                        help="only the retired rounds, across rounds: E8a and E8b read by a "
                             "ranker trained without round 8, E9, E10 and E11 each by one "
                             "without its round")
    parser.add_argument("--causes", action="store_true",
                        help="every miss (a null label's too) by cause (company_misses.CAUSES)")
    args = parser.parse_args()
    rows = read_rows(args.corpus)
    items = prepared(rows)
    train = examples(items)
    by_author: dict[str, Counter] = {}
    misses: list = []
    split = Split() if args.classes else None
    causes: Counter | None = Counter() if args.causes else None
    picks: list | None = [] if args.dump else None
    shapes: Counter | None = Counter() if args.shapes else None
    if args.extra:
        extra = []
        for line in args.extra.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["author"] = args.extra.stem
                extra.append(row)
        tally: Counter = Counter()
        score(prepared(extra), fit_ranker(train), tally, misses, split, causes, picks,
              shapes)
        by_author[args.extra.stem + " (new, held out)"] = tally
    elif args.rounds:
        present = {str(r["author"]) for r in rows}
        for held, scored in ROUNDS:
            if not held <= present:
                continue
            ranker = fit_ranker([x for x in train if x.group not in held])
            for author in scored:
                tally = Counter()
                score([i for i in items if i[0]["author"] == author], ranker, tally, misses,
                      split, causes, picks, shapes)
                by_author[author + " (across rounds)"] = tally
    else:
        for author in sorted({str(r["author"]) for r in rows}):
            ranker = fit_ranker([x for x in train if x.group != author])
            tally = Counter()
            score([i for i in items if i[0]["author"] == author], ranker, tally, misses, split,
                  causes, picks, shapes)
            by_author[author] = tally
    total: Counter = Counter()
    print(f"{'author':24} {'named right':>12} {'n':>5} {'reachable':>9} {'incl. null':>10}")
    for author, t in by_author.items():
        total.update(t)
        print(f"{author:24} {t['named_right'] / max(1, t['named']):12.3f} {t['named']:5d} "
              f"{t['reachable'] / max(1, t['named']):9.3f} "
              f"{t['all_right'] / max(1, t['all']):10.3f}")
    print(f"{'all':24} {total['named_right'] / max(1, total['named']):12.3f} "
          f"{total['named']:5d} {total['reachable'] / max(1, total['named']):9.3f} "
          f"{total['all_right'] / max(1, total['all']):10.3f}")
    print(f"named right, norm_name only: {total['named_right_old'] / max(1, total['named']):.3f}")
    if split is not None:
        split.report()
    if causes is not None:
        print("\nmisses by cause")
        for cause in CAUSES:
            print(f"  {cause:20} {causes[cause]:5d}")
        print(f"  {'all':20} {sum(causes.values()):5d}")
    if shapes is not None:
        print("\nmisses by the shape of mail (first shape that applies; any; the emails of "
              "that shape, hits too), and the first shape's causes")
        for shape in SHAPES:
            top = ", ".join(f"{c} {shapes[('first', shape, c)]}" for c in CAUSES
                            if shapes[("first", shape, c)])
            print(f"  {shape:18} {shapes[('first', shape)]:5d} {shapes[('any', shape)]:5d} "
                  f"{shapes[('emails', shape)]:5d}  {top}")
    if args.dump and picks is not None:
        args.dump.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in picks),
                             encoding="utf-8")
    if args.errors:
        for row, got, cause in sorted(misses, key=lambda m: CAUSES.index(m[2])):
            if args.author and row["author"] != args.author:
                continue
            print(f"- {cause} {row['author']} {row.get('id')} [{row.get('kind')}] want "
                  f"{row.get('company')!r} got {got!r} | {str(row.get('from'))[:60]} | "
                  f"{str(row.get('subject'))[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
