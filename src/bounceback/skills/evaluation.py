"""Precision and recall of skill extraction on a labelled folder of postings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting

LABELS_FILE = "labels.json"


@dataclass
class FileResult:
    name: str
    expected: set[str]
    found: set[str]

    @property
    def false_positives(self) -> set[str]:
        return self.found - self.expected

    @property
    def false_negatives(self) -> set[str]:
        return self.expected - self.found


@dataclass
class Evaluation:
    files: list[FileResult] = field(default_factory=list)

    @property
    def true_positives(self) -> int:
        return sum(len(f.found & f.expected) for f in self.files)

    @property
    def precision(self) -> float:
        found = sum(len(f.found) for f in self.files)
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        expected = sum(len(f.expected) for f in self.files)
        return self.true_positives / expected if expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(folder: Path, matcher: SkillMatcher) -> Evaluation:
    """Read each labelled posting as a user would import it and compare skill names.

    Labels are mapped to the vocabulary's canonical names, so an alias in a label counts.
    """
    labels = json.loads((folder / LABELS_FILE).read_text(encoding="utf-8"))["postings"]
    vocabulary = matcher.vocabulary
    result = Evaluation()
    for name, expected in sorted(labels.items()):
        posting = read_posting((folder / name).read_bytes(), name, matcher)
        # "calipers" named as written counts as the entry it belongs to ("measuring tools")
        found = {vocabulary.canonical(m.skill) for m in posting.skills}
        result.files.append(FileResult(name, {vocabulary.canonical(e) for e in expected}, found))
    return result
