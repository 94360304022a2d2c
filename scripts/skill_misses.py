"""The false negatives and false positives of "asked for", held out by author, by cause.

    .venv/bin/python scripts/skill_misses.py [--examples FILE] [--folders P,P11,fresh11]
        [--by-family]

Every folder is scored as `scripts/train_skill_filter.py --check` scores it (each folder by a
model trained on the others; P, S and W by fifths), at the cut that script chooses, and each
posting's list settled as the shipped code settles it. Each label the list missed gets the
first cause that fits:

- "filtered: under the floor" / "filtered: under the cut" / "filtered: moved by the list's
  rules" / "filtered: paired with another label": a candidate names the label, and the filter,
  the asked-for cut, `askedlist.settle` or the one-to-one pairing lost it;
- "vocabulary, written as is, not read": a vocabulary name of the label is in the text word for
  word, but no candidate came of it (a context rule or a section dropped it);
- "vocabulary, another form": the label is a vocabulary entry, the text writes it otherwise
  (coordinated "SQL and NoSQL databases", hyphenated, abbreviated, plural, qualified);
- "not in vocabulary, as is in the text": the label's words stand together in the text, no
  vocabulary entry names them and the phrase finder did not take them;
- "not in vocabulary, words apart": the label's content words are all in one sentence, apart
  ("X and Y Z" coordination, a list);
- "not in vocabulary, labeller's words": the label's words are not in one sentence (the
  labeller's own summary, a skill implied by the duties).

False positives get the cause of `scripts/skill_asked_review.py`, and the source: a vocabulary
entry or a phrase of the text's own words. Only the first-read folders are counted.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "bench"))

import skill_asked_review as review  # noqa: E402
import skill_families  # noqa: E402
import skill_scoring  # noqa: E402
import train_skill_filter as tsf  # noqa: E402
from skill_filter_cap import settled  # noqa: E402

from bounceback.domain.skills import SkillSource  # noqa: E402
from bounceback.skills import skillfilter  # noqa: E402

FN_CAUSES = (
    "filtered: under the floor",
    "filtered: under the cut",
    "filtered: moved by the list's rules",
    "filtered: paired with another label",
    "vocabulary, written as is, not read",
    "vocabulary, another form",
    "not in vocabulary, as is in the text",
    "not in vocabulary, words apart",
    "not in vocabulary, labeller's words",
)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "and",
        "or",
        "for",
        "with",
        "to",
        "at",
        "by",
        "as",
        "skills",
        "skill",
        "experience",
        "knowledge",
        "ability",
        "proficiency",
        "proficient",
        "understanding",
        "familiarity",
        "strong",
        "good",
        "working",
        "basic",
        "advanced",
        "level",
        "able",
    ]
)


def _words(text: str) -> list[str]:
    return [w for w in skill_scoring.norm(text).split() if w not in _STOP]


def _flat(text: str) -> str:
    return " " + skill_scoring.norm(text.replace("-", " ")) + " "


def fn_cause(label, d, sc, t, picked, names, vocab) -> str:  # type: ignore[no-untyped-def]
    alts = skill_scoring.alternatives(label)
    naming = [i for i, m in enumerate(d.matches) if skill_scoring._accepts(alts, m.skill, names)]
    if naming:
        if any(i in picked for i in naming):
            return FN_CAUSES[3]
        if all(sc[i] <= 0.0 for i in naming):
            return FN_CAUSES[0]
        if all(sc[i] < t for i in naming):
            return FN_CAUSES[1]
        return FN_CAUSES[2]
    flat = _flat(d.text)
    entry = next((vocab.get(a) for a in alts if vocab.get(a) is not None), None)
    if entry is not None:
        forms = set(entry.forms) | {entry.name} | set(alts)
        if any(f" {skill_scoring.norm(f)} " in flat for f in forms if skill_scoring.norm(f)):
            return FN_CAUSES[4]
        return FN_CAUSES[5]
    if any(f" {skill_scoring.norm(a.replace('-', ' '))} " in flat for a in alts):
        return FN_CAUSES[6]
    for a in alts:
        words = _words(a.replace("-", " "))
        if not words:
            continue
        for sentence in d.index.sentences:
            have = set(_flat(sentence.text).split())
            if all(w in have for w in words):
                return FN_CAUSES[7]
    return FN_CAUSES[8]


def _where(label, d, sc, names) -> str:  # type: ignore[no-untyped-def]
    """For a label some candidate names: the best such candidate's section, score, sentence."""
    alts = skill_scoring.alternatives(label)
    naming = [i for i, m in enumerate(d.matches) if skill_scoring._accepts(alts, m.skill, names)]
    if not naming:
        return ""
    best = max(naming, key=lambda i: sc[i])
    m = d.matches[best]
    sentence = d.index.at(m.start) if m.end <= len(d.text) else None
    where = " ".join((sentence.text if sentence else d.title).split())[:120]
    return f"\t{m.section or '-'}\t{sc[best]:.2f}\t{where}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=Path, help="one line per miss and per false hit")
    parser.add_argument("--folders", default="", help="count only these folders (comma list)")
    parser.add_argument("--by-family", action="store_true", help="P R F1 by family of trades")
    args = parser.parse_args()
    docs = tsf.load(tsf.training_folders())
    feats = tsf.feature_names(docs)
    chosen = tsf.choose_threshold(docs, feats)
    t, _floor, scores = chosen[0], chosen[1], chosen[2]
    cap = int(chosen[6])
    from bounceback.skills.vocabulary import builtin_vocabulary

    vocab = builtin_vocabulary()
    names = skill_scoring.Names(vocab)
    only = set(filter(None, args.folders.split(","))) or set(tsf.FIRST_READ)
    fn: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    lines: list[str] = []
    totals = [0, 0, 0]
    per_folder: dict[str, list[int]] = {}
    per_family: dict[str, list[int]] = {}
    fn_family: Counter[tuple[str, str]] = Counter()
    pos = 0
    for d in docs:
        sc = scores[pos : pos + len(d.matches)]
        pos += len(d.matches)
        if d.folder not in only:
            continue
        picked = settled(d, sc, t, cap)
        found = list(dict.fromkeys(d.matches[i].skill for i in picked))
        right, missed, extra = skill_scoring.compare(d.labels, found, names)
        totals[0] += right
        totals[1] += len(found)
        totals[2] += d.labelled
        row = per_folder.setdefault(d.folder, [0, 0, 0])
        row[0] += right
        row[1] += len(found)
        row[2] += d.labelled
        fam = skill_families.family(d.field, d.title or d.name)
        frow = per_family.setdefault(fam, [0, 0, 0])
        frow[0] += right
        frow[1] += len(found)
        frow[2] += d.labelled
        for label in missed:
            cause = fn_cause(label, d, sc, t, set(picked), names, vocab)
            fn[cause] += 1
            fn_family[(fam, cause)] += 1
            lines.append(
                f"FN\t{cause}\t{d.folder}/{d.name}\t{' | '.join(label)}{_where(label, d, sc, names)}"
            )
        kept = [d.matches[i] for i in picked]
        right_kept = [m for m in kept if m.skill not in extra]
        rows = skillfilter.features(kept, d.text, d.index, d.title, {})
        seen: set[str] = set()
        for m, f in zip(kept, rows, strict=True):
            if m.skill not in extra or m.skill in seen:
                continue
            seen.add(m.skill)
            in_text = m.end <= len(d.text) and d.text[m.start : m.end] == m.text
            sentence = d.index.at(m.start) if in_text else None
            cause = review.cause_of(m, f, kept, right_kept, sentence, d.labels, names)
            source = "phrase" if m.source is SkillSource.TEXT else "vocabulary"
            fp[f"{cause} ({source})"] += 1
            where = " ".join((sentence.text if sentence else d.title).split())[:140]
            lines.append(f"FP\t{cause} ({source})\t{d.folder}/{d.name}\t{m.skill}\t{where}")
    p, r, f1 = (
        totals[0] / max(totals[1], 1),
        totals[0] / max(totals[2], 1),
        2 * totals[0] / max(totals[1] + totals[2], 1),
    )
    print(f"held out at cut {t:.2f}, folders {', '.join(sorted(only))}:")
    print(
        f"  right {totals[0]} found {totals[1]} labelled {totals[2]}: P {p:.3f} R {r:.3f} F1 {f1:.3f}"
    )
    for folder, (right, found, labelled) in sorted(per_folder.items()):
        print(
            f"  {folder:<8} right {right:>4} found {found:>4} labelled {labelled:>4}: "
            f"P {right / max(found, 1):.3f} R {right / max(labelled, 1):.3f} "
            f"F1 {2 * right / max(found + labelled, 1):.3f}"
        )
    if args.by_family:
        print("by family of trades (scripts/skill_families.py; each posting held out by author):")
        for fam, (right, found, labelled) in sorted(per_family.items()):
            print(
                f"  {fam:<42} right {right:>4} found {found:>4} labelled {labelled:>4}: "
                f"P {right / max(found, 1):.3f} R {right / max(labelled, 1):.3f} "
                f"F1 {2 * right / max(found + labelled, 1):.3f}"
            )
        print("false negatives by family, the three commonest causes:")
        for fam in sorted(per_family):
            top = sorted(
                ((n, c) for (f, c), n in fn_family.items() if f == fam), reverse=True
            )[:3]
            print(f"  {fam}: " + "; ".join(f"{c} {n}" for n, c in top))
    print(f"false negatives ({sum(fn.values())}) by cause:")
    for cause in FN_CAUSES:
        print(f"  {cause:<42} {fn[cause]:>5}")
    print(f"false positives ({sum(fp.values())}) by cause (source):")
    for cause, n in fp.most_common():
        print(f"  {cause:<50} {n:>5}")
    if args.examples:
        args.examples.write_text("\n".join(sorted(lines)) + "\n", "utf-8")


if __name__ == "__main__":
    main()
