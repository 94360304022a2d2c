"""How well bounceback reads postings and resumes, on labelled folders.

    .venv/bin/python bench/eval_skills.py [--verbose] [--folder DIR ...] [--part dev|held] [--total]
        [--resumes] [--blind [FOLDER]]

Each posting is imported as a user imports it (`bounceback posting import FILE`, here through
the service on a throwaway SQLite database) and compared with its labels: skills (precision,
recall, F1; required and preferred apart when labelled), the skills implied by the title, and
title, company and location. Resumes are read with `bounceback resume import` and their skills
compared for recall and precision; `--resumes` reads only the resumes, of every folder that has
labelled ones (corpora/postings/* and corpora/retired/round*/postings), postings left out.

Folders: corpora/postings (the tuning set: used to write the vocabulary and rules),
corpora/postings/heldout and corpora/postings/tuning2 (written later), and with --blind
corpora/blind/postings: a frozen set written by people who never saw the vocabulary or the
rules. For the blind set only aggregate figures are printed, never a file's name, text or
errors (--verbose is refused there).

Labels: a `labels.json` (or `labels.jsonl`, one object per line with a "file" key) holding
{"postings": {FILE: [skills] or {"skills": [...], "required": [...], "preferred": [...],
"implied": [...], "title": ..., "company": ..., "location": ...}}, "resumes": {FILE: [skills] or
{"skills": [...]}}}; a resume may also sit in a resumes/ folder with its own labels file.

A label counts as found when it names the same skill as an extracted one: the same canonical
name, or any name the vocabulary gives that skill, compared without case, punctuation,
plural "s", "licence"/"license" or "-ise"/"-ize" differences, or (from round nine) when a reader
takes the two names for one skill, by the rule the gaps use (`bounceback.skills.sameskill`:
"calendaring skills" names "calendaring deadlines", "Intermediate Excel" names "Excel"; a bare
broad word such as "care" names no longer one). Extracted skills and labels are paired one to
one, the largest pairing possible (`compare`); `--scorers` also prints the skills line paired by
the vocabulary's names only (round eight's scorer) and by the scorer before round eight
(`compare_first_fit`: first come, first paired), so that what each change of scorer alone
moves is visible.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The scorer and the labels live in their own modules; they are named here too, since
# scripts/train_skill_filter.py, bench/eval_fields.py and the tests use them as eval_skills.*.
from skill_labels import as_labels, find_file, in_part, load_labels  # noqa: E402
from skill_scoring import (  # noqa: E402
    Names,
    _accepts,
    alternatives,
    compare,
    compare_first_fit,
    norm,
    same,
    same_place,
)

__all__ = [
    "Names",
    "_accepts",
    "alternatives",
    "as_labels",
    "compare",
    "compare_first_fit",
    "find_file",
    "in_part",
    "load_labels",
    "norm",
    "same",
    "same_place",
]

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Tally:
    tp: int = 0
    found: int = 0
    expected: int = 0

    def add(self, tp: int, found: int, expected: int) -> None:
        self.tp += tp
        self.found += found
        self.expected += expected

    @property
    def precision(self) -> float:
        return self.tp / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (
            f"P {self.precision:.2f}  R {self.recall:.2f}  F1 {self.f1:.2f}  "
            f"(labelled {self.expected}, found {self.found}, right {self.tp})"
        )


@dataclass
class Report:
    postings: int = 0
    imported: int = 0
    skills: Tally = field(default_factory=Tally)
    skills_first_fit: Tally = field(default_factory=Tally)
    skills_names_only: Tally = field(default_factory=Tally)
    with_implied: Tally = field(default_factory=Tally)
    shown: Tally = field(default_factory=Tally)  # asked for and also mentioned together
    required: Tally = field(default_factory=Tally)
    preferred: Tally = field(default_factory=Tally)
    fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    resumes: Tally = field(default_factory=Tally)
    resume_count: int = 0
    misses: list[str] = field(default_factory=list)


def evaluate(
    folder: Path, verbose: bool, part: str | None = None, resumes_only: bool = False
) -> Report:
    from bounceback.config import Settings
    from bounceback.domain.errors import BouncebackError
    from bounceback.services import Bounceback

    postings, resumes = load_labels(folder)
    report = Report()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/eval.db", home=Path(tmp))
        bb = Bounceback(settings, clock=lambda: datetime(2026, 12, 1, 10))
        names = Names(bb.skills.vocabulary())
        for name, raw in sorted(postings.items()):
            if resumes_only or not in_part(name, part):
                continue
            labels = as_labels(raw)
            path = find_file(folder, name)
            report.postings += 1
            if path is None:
                report.misses.append(f"{name}: file not found")
                continue
            try:
                result = bb.skills.import_posting(path.read_bytes(), path.name)
            except BouncebackError as exc:
                report.misses.append(f"{name}: not imported ({exc})")
                continue
            report.imported += 1
            posting = result.posting
            found = [m.skill for m in posting.skills]
            implied = [i.skill for i in posting.implied]
            right, missed, extra = compare(labels["skills"], found, names)
            report.skills.add(
                right, len(set(found)), len({alternatives(x) for x in labels["skills"]})
            )
            right_ff, _m, _e = compare_first_fit(labels["skills"], found, names)
            report.skills_first_fit.add(
                right_ff, len(set(found)), len({alternatives(x) for x in labels["skills"]})
            )
            right_no, _m, _e = compare(labels["skills"], found, names, reader=False)
            report.skills_names_only.add(
                right_no, len(set(found)), len({alternatives(x) for x in labels["skills"]})
            )
            everything = found + [m.skill for m in posting.mentioned]
            r_all, _ma, _ea = compare(labels["skills"], everything, names)
            report.shown.add(
                r_all, len(set(everything)), len({alternatives(x) for x in labels["skills"]})
            )
            kind = str(labels.get("field") or posting.work_field or "unknown")
            report.by_kind[kind].add(
                right, len(set(found)), len({alternatives(x) for x in labels["skills"]})
            )
            wanted = list(labels["skills"]) + list(labels.get("implied", []))
            r2, _m2, _e2 = compare(wanted, found + implied, names)
            report.with_implied.add(
                r2, len(set(found + implied)), len({alternatives(x) for x in wanted})
            )
            for key, tally in (("required", report.required), ("preferred", report.preferred)):
                if key in labels:
                    got = [
                        m.skill
                        for m in posting.skills
                        if (m.importance.value == "required") == (key == "required")
                    ]
                    r3, _m3, _e3 = compare(list(labels[key]), got, names)
                    tally.add(r3, len(set(got)), len({alternatives(x) for x in labels[key]}))
            for key in ("title", "company", "location"):
                if key in labels:
                    ok = same(labels[key], getattr(posting, key)) or (
                        key == "location" and same_place(labels[key], posting.location)
                    )
                    report.fields[key][0] += int(ok)
                    report.fields[key][1] += 1
                    if verbose and not ok:
                        report.misses.append(
                            f"{name}: {key} {getattr(posting, key)!r}, labelled {labels[key]!r}"
                        )
            if "location" in labels:
                # the location again by placematch's rule: sites, towns and states, not words
                from placematch import same_location

                ok = same_location(labels["location"], posting.location)
                report.fields["places"][0] += int(ok)
                report.fields["places"][1] += 1
            if verbose and (missed or extra):
                report.misses.append(f"{name}: missed {missed}; extra {extra}")
        for name, raw in sorted(resumes.items()):
            if not in_part(name, part):
                continue
            labels = as_labels(raw)
            path = find_file(folder, name)
            report.resume_count += 1
            if path is None:
                report.misses.append(f"{name}: file not found")
                continue
            try:
                resume, _new = bb.skills.import_resume(path.read_bytes(), path.name, name=path.stem)
            except BouncebackError as exc:
                report.misses.append(f"{name}: not imported ({exc})")
                continue
            found = [m.skill for m in resume.skills]
            right, missed, extra = compare(labels["skills"], found, names)
            report.resumes.add(
                right, len(set(found)), len({alternatives(x) for x in labels["skills"]})
            )
            if verbose and (missed or extra):
                report.misses.append(f"{name}: missed {missed}; extra {extra}")
        bb.close()
    return report


def show(title: str, report: Report, verbose: bool, scorers: bool = False) -> None:
    print(f"== {title}")
    if report.postings:
        print(f"postings imported: {report.imported} of {report.postings}")
        print(f"skills asked for (labelled required + preferred): {report.skills.line()}")
        print(f"  with those also mentioned: {report.shown.line()}")
        if scorers:
            print(
                f"  paired by the vocabulary's names only (round eight): "
                f"{report.skills_names_only.line()}"
            )
            print(
                f"  scored first come, first paired (before round eight): "
                f"{report.skills_first_fit.line()}"
            )
        print(f"with implied by the title:  {report.with_implied.line()}")
        if report.required.expected or report.required.found:
            print(f"required only:              {report.required.line()}")
        if report.preferred.expected or report.preferred.found:
            print(f"preferred only:             {report.preferred.line()}")
        for key in ("title", "company", "location", "places"):
            right, total = report.fields.get(key, [0, 0])
            if total:
                shown = "location, by places (bench/placematch.py)" if key == "places" else key
                print(f"{shown:<9} {right}/{total} = {right / total:.2f}")
        kinds = sorted(report.by_kind.items(), key=lambda kv: -kv[1].expected)
        print("by field: " + "; ".join(f"{k} F1 {t.f1:.2f} (n={t.expected})" for k, t in kinds))
    if report.resume_count:
        print(
            f"resumes: {report.resume_count}; skills recall {report.resumes.recall:.2f}, precision {report.resumes.precision:.2f} (labelled {report.resumes.expected})"
        )
    if verbose:
        for line in report.misses:
            print("  " + line)


def add_up(total: Report, report: Report) -> None:
    total.postings += report.postings
    total.imported += report.imported
    for name in (
        "skills",
        "skills_first_fit",
        "with_implied",
        "shown",
        "required",
        "preferred",
        "resumes",
    ):
        t = getattr(report, name)
        getattr(total, name).add(t.tp, t.found, t.expected)
    for key, (right, count) in report.fields.items():
        total.fields[key][0] += right
        total.fields[key][1] += count
    for kind, t in report.by_kind.items():
        total.by_kind[kind].add(t.tp, t.found, t.expected)
    total.resume_count += report.resume_count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, action="append", help="a labelled folder")
    parser.add_argument(
        "--blind",
        type=Path,
        nargs="?",
        const=ROOT / "corpora" / "blind" / "postings",
        help="also a frozen blind set, corpora/blind/postings unless a folder is given "
        "(aggregates only)",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="misses and false hits (never for the blind set)"
    )
    parser.add_argument(
        "--part",
        choices=("dev", "held"),
        help="only the files of one half (split by a hash of the name): dev or held out",
    )
    parser.add_argument(
        "--scorers",
        action="store_true",
        help="also the skills figures by the scorer before round eight (first come, first paired)",
    )
    parser.add_argument(
        "--resumes",
        action="store_true",
        help="only the labelled resumes, of every folder that has some (postings not read)",
    )
    parser.add_argument(
        "--total", action="store_true", help="also the figures of all the folders together"
    )
    parser.add_argument(
        "--model",
        type=Path,
        help="the skill filter to use instead of the shipped one (a model trained without the "
        "folder scored: `scripts/train_skill_filter.py --leave-out NAME --out FILE`)",
    )
    args = parser.parse_args()
    if args.model:
        import json

        from bounceback.skills import skillfilter

        model = skillfilter.Model(json.loads(args.model.read_text("utf-8")))
        skillfilter.shipped_model.cache_clear()
        skillfilter.shipped_model = lambda: model  # type: ignore[assignment]
    if args.verbose and args.part == "held":
        sys.exit("eval_skills: --verbose is for the dev half; the held-out half shows figures only")
    base = ROOT / "corpora" / "postings"
    given_blind = args.blind is not None and args.blind != ROOT / "corpora" / "blind" / "postings"
    folders = args.folder or [
        p
        for p in (
            base,
            base / "heldout",
            base / "tuning2",
            base / "tuning3",
            base / "fresh4",
            base / "fresh5",
            base / "fresh7",
            base / "fresh8",
            base / "fresh9",
            base / "P",
        )
        if p.is_dir() and not given_blind
    ]
    if args.resumes and not args.folder:
        folders = sorted(
            {p.parent for p in base.rglob("labels*.json*") if load_labels(p.parent)[1]}
            | {p for p in (ROOT / "corpora" / "retired").glob("round*/postings") if p.is_dir()}
        )
    total = Report()
    for folder in folders:
        if "blind" in folder.parts:
            sys.exit("eval_skills: use --blind for the blind set (it prints aggregates only)")
        shown = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
        report = evaluate(folder, args.verbose, args.part, args.resumes)
        show(str(shown), report, args.verbose, args.scorers)
        add_up(total, report)
    if args.total:
        total.misses = []
        show(f"all folders ({args.part or 'every file'})", total, False, args.scorers)
    if args.blind:
        blind = args.blind.resolve()
        shown = blind.relative_to(ROOT) if blind.is_relative_to(ROOT) else blind
        if not (blind / "labels.json").is_file():
            sys.exit(f"eval_skills: no labelled blind set at {shown}")
        report = evaluate(blind, verbose=False)
        report.misses = []
        show(f"{shown} (blind: aggregates only)", report, False, args.scorers)


if __name__ == "__main__":
    main()
