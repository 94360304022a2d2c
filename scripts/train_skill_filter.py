"""Train the learned skill/not-skill filter (src/bounceback/skills/skillfilter.py) and measure it.

    .venv/bin/python scripts/train_skill_filter.py            # cross-validate, then write the model
    .venv/bin/python scripts/train_skill_filter.py --check    # cross-validate only
    .venv/bin/python scripts/train_skill_filter.py --score DIR  # the shipped model on one folder
    .venv/bin/python scripts/train_skill_filter.py --leave-out P11 --out /tmp/m.json  # without P11

Every labelled posting of the training folders (corpora/postings and its labelled sub-folders;
never corpora/blind) is read as `bounceback posting import` reads it, with the filter off; each
candidate skill is labelled by whether it names a labelled skill (the comparison of
bench/eval_skills.py). A logistic regression with an L2 penalty (Newton's method, numpy, only at
development time) learns which candidates a reader lists. The record of each name (how often it
was a candidate, how often a labelled skill) is counted leaving out the candidate's own posting,
so that the model learns how far to trust the record, not the labels themselves.

Measured by author: each folder (written by one author at one time) is scored by a model trained
on the other folders only, and the threshold is the one that gives the best F1 over those
held-out scores. The shipped model is trained on every folder; tests/skills/test_skill_filter.py
checks that it matches a rebuild.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_skills  # noqa: E402
from skill_filter_asked import (  # noqa: E402
    DUTY_COUNTED,
    asked_folders,
    asked_mask,
    checklist_folders,
    duty_counting,
)
from skill_filter_cap import choose_cut_and_cap, per_folder, vocabulary_names  # noqa: E402
from skill_filter_classes import false_classes  # noqa: E402
from skill_filter_fit import best_threshold, curve, fit, matrix, predict  # noqa: E402
from skill_filter_records import both_rows, records, rows, term_counts  # noqa: E402
from skill_filter_report import report  # noqa: E402

from bounceback.domain.skills import SkillMatch  # noqa: E402
from bounceback.skills import skillfilter  # noqa: E402
from bounceback.skills.evidence import TextIndex  # noqa: E402

MODEL = ROOT / "src" / "bounceback" / "skills" / "data" / skillfilter.MODEL_FILE
VERSION = "2026.12.16"
FOLDERS = (
    "",
    "heldout",
    "tuning2",
    "tuning3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "P",
    "S",
    "W",
    "P11",
)
SPLIT = ("P", "S", "W")  # held out by fifths rather than whole (see choose_threshold)
# The scorer that labels each candidate right or wrong: bench/eval_skills.py's one-to-one
# pairing; `--first-fit` puts back the scorer before round eight to compare the figures.
COMPARE = [eval_skills.compare]
FIRST_READ = frozenset(
    {
        "fresh4",
        "fresh5",
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
        "P",
        "S",
        "W",
        "P11",
    }
)


# How many times each candidate of a folder counts in the fit (1 when not named here).
WEIGHTS: dict[str, float] = {}


def sample_weights(docs: list[Doc]) -> np.ndarray:
    return np.array([WEIGHTS.get(d.folder, 1.0) for d in docs for _m in d.matches])


@dataclass
class Doc:
    folder: str
    name: str
    matches: list[SkillMatch]
    text: str
    index: TextIndex
    title: str
    right: list[bool]  # per match: does it name a labelled skill?
    labelled: int  # how many skills the labels list
    labels: list[Any]  # the labels themselves (for --classes)
    field: str = ""  # the field of work its labels name ("software and IT", "care work"...)


def _folder_name(folder: Path) -> str:
    """A folder's author name: its own ("P11"), or a retired round's ("round12", whose postings
    sit in corpora/retired/round12/postings)."""
    return folder.parent.name if folder.parent.parent.name == "retired" else folder.name


def retired_folders(rounds: str) -> list[Path]:
    """The retired strangers' rounds FIRST-LAST (development data since their round retired)."""
    first, _, last = rounds.partition("-")
    base = ROOT / "corpora" / "retired"
    wanted = range(int(first), int(last or first) + 1)
    return [base / f"round{n}" / "postings" for n in wanted if (base / f"round{n}").is_dir()]


def read_folder(folder: Path, bb: Any, names: eval_skills.Names) -> list[Doc]:
    from bounceback.skills.postings import read_posting, skill_candidates

    postings, _resumes = eval_skills.load_labels(folder)
    docs = []
    matcher = bb.skills.matcher()
    for name, raw in sorted(postings.items()):
        labels = eval_skills.as_labels(raw)
        path = eval_skills.find_file(folder, name)
        if path is None:
            continue
        posting = read_posting(path.read_bytes(), path.name, None)
        matches, text, index = skill_candidates(posting, matcher)
        # a credential read by its shape (credentials.py) is scored like every candidate, its
        # reader a feature (how_credential) of both models (round 31)
        found = [m.skill for m in matches]
        _right, _missed, extra = COMPARE[0](labels["skills"], found, names)
        wrong = set(extra)
        docs.append(
            Doc(
                folder=_folder_name(folder),
                name=name,
                matches=matches,
                text=text,
                index=index,
                title=posting.title,
                right=[m.skill not in wrong for m in matches],
                labelled=len({eval_skills.alternatives(x) for x in labels["skills"]}),
                labels=list(labels["skills"]),
                field=str(labels.get("field") or ""),
            )
        )
    return docs


def load(folders: list[Path]) -> list[Doc]:
    from bounceback.config import Settings
    from bounceback.services import Bounceback

    docs: list[Doc] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/train.db", home=Path(tmp))
        bb = Bounceback(settings, clock=lambda: datetime(2026, 12, 1, 10))
        names = eval_skills.Names(bb.skills.vocabulary())
        for folder in folders:
            if "blind" in folder.parts:
                sys.exit("train_skill_filter: never train on the blind set")
            docs += read_folder(folder, bb, names)
        bb.close()
    return docs


def feature_names(docs: list[Doc]) -> list[str]:
    counts = term_counts(docs)
    names: dict[str, None] = {}
    for doc in docs:
        for r in rows(doc, counts, leave_out=True):
            names.update(dict.fromkeys(r))
    return list(names)


def by_author(
    docs: list[Doc], names: list[str], split: tuple[str, ...] = ()
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Held-out scores of the filter and of the asked-for model (skill_filter_asked.py): each
    folder scored by models trained on the others. A folder named in `split` is cut in five by
    posting instead (each fifth scored by models trained on every other posting, its author's
    included): how far an author's own postings teach the model."""
    scores = np.zeros(sum(len(d.matches) for d in docs))
    asked = np.zeros_like(scores)
    ys = np.zeros_like(scores)
    checklist = asked_folders(docs)  # the checklists that do not count the duties' tools
    groups: list[str] = []
    offsets = []
    pos = 0
    for d in docs:
        offsets.append(pos)
        pos += len(d.matches)

    def group(i: int, d: Doc) -> str:
        return f"{d.folder}#{i % 5}" if d.folder in split else d.folder

    groups_of = [group(i, d) for i, d in enumerate(docs)]
    for name in dict.fromkeys(groups_of):
        train = [d for d, g in zip(docs, groups_of, strict=True) if g != name]
        test = [(i, d) for i, d in enumerate(docs) if groups_of[i] == name]
        counts = records(train, checklist)
        pairs = [both_rows(d, counts, True, checklist) for d in train]
        x = matrix([r for p in pairs for r in p[0]], names)
        xa = matrix([r for p in pairs for r in p[1]], names)
        y = np.array([float(v) for d in train for v in d.right])
        w, means, scales = fit(x, y, weights=sample_weights(train))
        sure = asked_mask(train, checklist)
        wa, ma, sa = fit(xa[sure], y[sure], weights=sample_weights(train)[sure])
        for i, d in test:
            if not d.matches:
                continue
            rt, rat = both_rows(d, counts, False, checklist)
            span = slice(offsets[i], offsets[i] + len(d.matches))
            scores[span] = predict(w, means, scales, matrix(rt, names))
            asked[span] = predict(wa, ma, sa, matrix(rat, names))
            ys[span] = d.right
    for d in docs:
        groups += [d.folder] * len(d.matches)
    return scores, asked, ys, groups


def build(
    docs: list[Doc], names: list[str], threshold: float, floor: float, cap: int = 0
) -> dict[str, Any]:
    checklist = asked_folders(docs)  # the checklists that do not count the duties' tools
    both = records(docs, checklist)
    counts = both[0]
    pairs = [both_rows(d, both, True, checklist) for d in docs]
    x = matrix([r for p in pairs for r in p[0]], names)
    xa = matrix([r for p in pairs for r in p[1]], names)
    y = np.array([float(v) for d in docs for v in d.right])
    w, means, scales = fit(x, y, weights=sample_weights(docs))
    sure = asked_mask(docs, checklist)
    wa, ma, sa = fit(xa[sure], y[sure], weights=sample_weights(docs)[sure])
    terms = {k: [int(counts["positive"][k]), int(n)] for k, n in sorted(counts["seen"].items())}
    return {
        "about": "bounceback's skill/not-skill filter: a logistic regression over the features "
        "of skillfilter.py, trained by scripts/train_skill_filter.py on the labelled postings "
        "of corpora/postings (written for bounceback). terms: name (or category:NAME) -> [labelled, "
        "candidates].",
        "version": VERSION,
        "folders": sorted({d.folder or "postings" for d in docs}),
        "postings": len(docs),
        "candidates": int(len(y)),
        "features": names,
        "weights": [round(float(v), 6) for v in w],
        "means": [round(float(v), 6) for v in means],
        "scales": [round(float(v), 6) for v in scales],
        "threshold": threshold,
        "floor": floor,
        # at most this many skills asked for a posting (skills/askedlist.py; 0: no limit)
        "asked_cap": cap,
        # the asked-for model: the same features, learned from the candidates whose label says
        # whether they are asked for (scripts/skill_filter_asked.py)
        "asked": {
            "weights": [round(float(v), 6) for v in wa],
            "means": [round(float(v), 6) for v in ma],
            "scales": [round(float(v), 6) for v in sa],
            "terms": {
                k: [int(both[1]["positive"][k]), int(n)] for k, n in sorted(both[1]["seen"].items())
            },
        },
        "terms": terms,
    }


def training_folders(extra: list[Path] | None = None) -> list[Path]:
    base = ROOT / "corpora" / "postings"
    found = [base / f if f else base for f in FOLDERS if (base / f).is_dir()]
    return found + list(extra or [])


# "Asked for" is what a recruiter puts in a screening checklist (skill_filter_asked.py). The cut
# for it is chosen over the held-out asked-for scores of the first-read folders labelled as
# checklists; the floor under which a candidate is not shown at all is the filter's cut with the
# best F1 over every first-read folder (the cut before round eleven: what was listed then is
# still shown). A candidate is asked for when the filter keeps it (the floor) and the asked-for
# model scores it at or above the cut. The cut keeps the pooled held-out recall of those folders
# at ASKED_MIN_RECALL or more (the project's recall target; round eleven's best-F1 cut held 0.61).
ASKED_MIN_RECALL = 0.70


def choose_threshold(
    docs: list[Doc], names: list[str], grid: list[str] | None = None
) -> tuple[float, float, np.ndarray, np.ndarray, list[str], np.ndarray, int]:
    """The cut for "asked for" and the floor for "also mentioned" (see CHECKLIST_MAX) over
    the pooled held-out scores of the folders whose postings were scored before any rule was
    written from them (FIRST_READ: the fresh sets and the authors written to tempt with
    non-skills, as the blind sets do). Every folder is held out by author, except the authors
    of SPLIT, held out by fifths (each scored by a model trained on the rest, the author's other
    postings included), since they teach the model most."""
    split = tuple(f for f in SPLIT if any(d.folder == f for d in docs))
    scores, asked_scores, y, groups = by_author(docs, names, split)
    mask = np.array([g in FIRST_READ for g in groups])
    labelled = sum(d.labelled for d in docs if d.folder in FIRST_READ)
    floor = best_threshold(scores[mask], y[mask], labelled)
    asked_scores = with_duties(docs, np.where(scores >= floor, asked_scores, 0.0), scores, floor)
    checklist = FIRST_READ & checklist_folders(docs)
    ask = np.array([g in checklist for g in groups])
    asked_labelled = sum(d.labelled for d in docs if d.folder in checklist)
    asked = (
        best_threshold(asked_scores[ask], y[ask], asked_labelled, min_recall=ASKED_MIN_RECALL)
        if ask.any()
        else floor
    )
    cap = 0
    if ask.any():
        # round 14: the cut and the list's length together, as eval_skills scores the lists
        asked, cap, lines = choose_cut_and_cap(
            docs, asked_scores, checklist, vocabulary_names(), COMPARE[0], ASKED_MIN_RECALL
        )
        if grid is not None:
            grid += lines
    return asked, floor, asked_scores, y, groups, scores, cap


def duty_flags(docs: list[Doc]) -> np.ndarray:
    """Per candidate: does its line give a duty that asks for it (skillfilter.duty_ask)?"""
    return np.array(
        [
            skillfilter.duty_ask(f)
            for d in docs
            for f in skillfilter.features(d.matches, d.text, d.index, d.title, {})
        ],
        dtype=bool,
    )


def with_duties(
    docs: list[Doc], asked: np.ndarray, scores: np.ndarray, floor: float
) -> np.ndarray:
    """The asked-for scores as the shipped code reads them: a candidate the filter keeps and a
    duty names is asked for whatever the asked-for model says (round 21's product decision),
    when the filter scores it at the duties' own bar too (`skillfilter.DUTY_FLOOR`, round 22)."""
    bar = max(floor, skillfilter.DUTY_FLOOR)
    return np.where(duty_flags(docs) & (scores >= bar), 1.0, asked)


GRID: list[str] = []  # the (cut, cap) grid's held-out lines, printed by main


def rebuild(extra: list[Path] | None = None) -> dict[str, Any]:
    """The model as the script writes it (used by the test that the shipped one matches)."""
    docs = load(training_folders(extra))
    names = feature_names(docs)
    t, floor, _scores, _y, _groups, _filter, cap = choose_threshold(docs, names)
    return build(docs, names, t, floor, cap)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="measure only; write nothing")
    parser.add_argument("--score", type=Path, help="score one labelled folder with the model")
    parser.add_argument("--split", action="append", default=[], help="hold out by fifths")
    parser.add_argument(
        "--classes", action="store_true", help="count the false skills kept, held out, by class"
    )
    parser.add_argument("--weight", action="append", default=[], help="FOLDER=W: its weight")
    parser.add_argument(
        "--curve", action="store_true", help="precision and recall of the held-out scores by cut"
    )
    parser.add_argument("--examples", type=Path, help="with --classes: write each false skill here")
    parser.add_argument("--leave-out", action="append", default=[], help="train without FOLDER")
    parser.add_argument(
        "--retired",
        help="also train on the retired strangers' rounds FIRST-LAST (e.g. 8-21; each an author)",
    )
    parser.add_argument("--out", type=Path, default=MODEL, help="write the model here")
    parser.add_argument(
        "--first-fit",
        action="store_true",
        help="label candidates with the scorer before round eight (with --check or --score only)",
    )
    args = parser.parse_args()
    for spec in args.weight:
        folder, _, value = spec.partition("=")
        WEIGHTS[folder] = float(value)
    if args.first_fit:
        if not (args.check or args.score):
            sys.exit("train_skill_filter: --first-fit only measures; add --check or --score")
        COMPARE[0] = eval_skills.compare_first_fit
    if args.score:
        model = skillfilter.Model(json.loads(MODEL.read_text("utf-8")))
        docs = load([args.score])
        table = [
            r
            for d in docs
            for r in skillfilter.features(d.matches, d.text, d.index, d.title, model.terms)
        ]
        scores = np.array([model.score(r) for r in table])
        asking = [
            a
            for d in docs
            for a in skillfilter.asked_rows(
                d.matches,
                skillfilter.features(d.matches, d.text, d.index, d.title, model.terms),
                model.asked_terms,
            )
        ]
        asked = np.array([model.asked_score(r) for r in asking])
        asked = with_duties(docs, np.where(scores >= model.floor, asked, 0.0), scores, model.floor)
        y = np.array([float(v) for d in docs for v in d.right])
        report(docs, asked, y, [args.score.name] * len(y), model.threshold)
        print(f"asked for and also mentioned together (at the floor, {model.floor:.2f}):")
        report(docs, scores, y, [args.score.name] * len(y), model.floor)
        return
    extra = retired_folders(args.retired) if args.retired else []
    docs = load([f for f in training_folders(extra) if _folder_name(f) not in args.leave_out])
    names = feature_names(docs)
    print(
        "labelling convention: candidates named only among the duties, labelled skills "
        f"(at {DUTY_COUNTED:.0%} or more a checklist folder counts the duties' tools and teaches "
        "the asked-for model only under its requirements):"
    )
    teaching = asked_folders(docs)
    for folder, (seen, labelled) in duty_counting(docs).items():
        kind = "checklist" if folder in checklist_folders(docs) else "every skill named"
        kind += ", teaches asked for" if folder in teaching else ""
        print(f"  {folder or 'postings':<10} {labelled:>4} of {seen:>4} ({kind})")
    t, floor, scores, y, groups, filter_scores, cap = choose_threshold(docs, names, GRID)
    print("held out, the first-read checklist folders pooled, scored as eval_skills scores:")
    print("\n".join(GRID + ["at the cut chosen, per folder:"]))
    print("\n".join(per_folder(docs, scores, t, cap, COMPARE[0])))
    print(
        f"asked for at {t:.2f}, at most {cap or 'any number of'} skills a posting (best F1 at "
        f"recall >= {ASKED_MIN_RECALL:.2f} over the first-read checklist folders, "
        f"{', '.join(sorted(FIRST_READ & checklist_folders(docs)))}), also mentioned from "
        f"{floor:.2f} (best F1 over every first-read folder), held out"
    )
    report(docs, scores, y, groups, t)
    print(f"asked for and also mentioned together (at the floor, {floor:.2f}):")
    report(docs, filter_scores, y, groups, floor)
    if args.curve:
        checklist = FIRST_READ & checklist_folders(docs)
        mask = np.array([g in checklist for g in groups])
        labelled = sum(d.labelled for d in docs if d.folder in checklist)
        print("first-read checklist folders pooled, held out:")
        print("\n".join(curve(scores[mask], y[mask], labelled)))
    if args.split:
        filter_scores, scores, y, groups = by_author(docs, names, tuple(args.split))
        scores = np.where(filter_scores >= floor, scores, 0.0)
        print(f"with {', '.join(args.split)} held out by fifths:")
        report(docs, scores, y, groups, t)
    if args.classes:
        from bounceback.config import Settings
        from bounceback.services import Bounceback

        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(database_url=f"sqlite:///{tmp}/c.db", home=Path(tmp))
            bb = Bounceback(settings, clock=lambda: datetime(2026, 12, 1, 10))
            vocab_names = eval_skills.Names(bb.skills.vocabulary())
            examples: list[str] = []
            classes = false_classes(docs, scores, t, vocab_names, examples)
            bb.close()
        folders = list(dict.fromkeys(d.folder or "postings" for d in docs))
        print("false skills kept, held out, by class: " + " ".join(f"{f:>8}" for f in folders))
        for kind, counts in classes.items():
            print(f"{kind:<14} " + " ".join(f"{counts[f]:>8}" for f in folders))
        if args.examples:
            args.examples.write_text("\n".join(sorted(examples)) + "\n", "utf-8")
    if args.check:
        return
    model = build(docs, names, t, floor, cap)
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", "utf-8")
    weights = sorted(zip(names, model["weights"][1:], strict=True), key=lambda kv: -abs(kv[1]))
    print("strongest weights: " + ", ".join(f"{n} {w:+.2f}" for n, w in weights[:12]))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
