"""Extraction quality on the labelled postings in corpora/postings (a floor, not a target)."""

from __future__ import annotations

from pathlib import Path

from bounceback.skills.evaluation import evaluate
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.vocabulary import builtin_vocabulary

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "postings"


def test_the_labelled_set_is_large_and_varied() -> None:
    result = evaluate(CORPUS, SkillMatcher(builtin_vocabulary()))
    assert len(result.files) >= 40
    assert {f.name.rsplit(".", 1)[1] for f in result.files} == {"md", "txt", "html"}


def test_precision_and_recall_stay_high() -> None:
    matcher = SkillMatcher(builtin_vocabulary())
    tuned = evaluate(CORPUS, matcher)
    # These labels list the skills the vocabulary names (about 8 a posting); the phrases a
    # posting asks for in its own words ("trial balance", "multifunction tester") are found
    # too and count against precision here, so its floor is lower than recall's.
    # Round eleven: only the skills asked for are listed (the rest are "also mentioned"): here
    # P 0.98 R 0.94 with them (before: a lower precision for R 0.95 or more).
    assert tuned.precision >= 0.9 and tuned.recall >= 0.93
    held_out = evaluate(CORPUS / "heldout", matcher)
    # Round 14: the asked-for cut rose 0.30 -> 0.35 (chosen on the strangers' checklists,
    # held out); this folder counts the duties' tools, and two of its 95 labelled skills
    # ("parent communication", "RTI reporting") are now also mentioned: P 0.905 R 0.905 ->
    # P 0.923 R 0.884. Round 15: the filter's cut 0.35 -> 0.36 (chosen by the training rule on
    # the strangers' checklists, held out) drops one more of its 95 labels below the cut
    # ("reactive maintenance" in h09): P 0.922 R 0.874.
    assert held_out.precision >= 0.7 and held_out.recall >= 0.87
