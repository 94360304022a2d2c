"""The skills scorer of bench/eval_skills.py pairs extracted skills and labels one to one, the
largest pairing possible. The scorer before round eight paired them first come, first served,
and miscounted the cases below (each from a real posting's shape); these tests fail on it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bounceback.skills.vocabulary import builtin_vocabulary

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import eval_skills  # noqa: E402


@pytest.fixture(scope="module")
def names() -> eval_skills.Names:
    return eval_skills.Names(builtin_vocabulary())


def test_a_skill_naming_two_labels_takes_the_one_no_other_skill_names(names):
    # "Class 1 HGV licence required" read as the vocabulary's "HGV licence" and, in the
    # posting's words, "HGV Class 1 licence"; the labeller listed the licence class (with an
    # alternative name) and the licence. "HGV licence" names both labels; the posting's own
    # words name only the first. Both extracted skills are right.
    labels = [["Class 1", "HGV Class 1 licence"], "HGV licence"]
    found = ["HGV licence", "HGV Class 1 licence"]
    right, missed, extra = eval_skills.compare(labels, found, names)
    assert (right, missed, extra) == (2, [], [])
    old_right, old_missed, old_extra = eval_skills.compare_first_fit(labels, found, names)
    assert (old_right, old_extra) == (1, ["HGV Class 1 licence"])  # the miscount fixed


def test_a_label_of_alternative_names_is_paired_with_the_skill_only_it_fits(names):
    # "Microsoft Office (especially Excel)": the labeller wrote one label "MS Office or Excel"
    # and another "Microsoft Office".
    labels = [["MS Office", "Excel"], "Microsoft Office"]
    found = ["Microsoft Office", "Microsoft Excel"]
    assert eval_skills.compare(labels, found, names) == (2, [], [])
    assert eval_skills.compare_first_fit(labels, found, names)[0] == 1


def test_two_skills_naming_one_label_count_one_right_and_one_wrong(names):
    # "Git and GitHub" read as two skills of one vocabulary entry; the label lists Git once.
    right, missed, extra = eval_skills.compare(["Git"], ["Git", "GitHub"], names)
    assert (right, missed, extra) == (1, [], ["GitHub"])  # the first extracted one is paired


def test_one_skill_never_satisfies_two_labels(names):
    right, missed, extra = eval_skills.compare(["Git", "version control"], ["Git"], names)
    assert right == 1 and len(missed) == 1 and extra == []


def test_a_skill_named_twice_is_one_candidate_and_unknown_names_match_only_themselves(names):
    labels = ["drain unblocking", "customer service"]
    found = ["drain unblocking", "drain unblocking", "pipe lagging"]
    right, missed, extra = eval_skills.compare(labels, found, names)
    assert (right, missed, extra) == (1, [("customer service",)], ["pipe lagging"])
