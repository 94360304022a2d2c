"""What `emails classify` keeps between messages (per subject, sender, display name, run of
words, name spelling) and the worker processes it forks only make it faster: every message gets
the same kind, confidence, company, role, language and platform as when it is read alone with
nothing kept, whichever messages came before it. Checked with the model and ranker in the tree
(a retrained model is compared with itself), on a sample of the corpus and of the bench's
generated mail (scripts/build_email_corpus.py with a seed of its own)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback.mail import (
    company_spans,
    features,
    nameshape,
    platforms,
    roleforms,
    rolelooks,
    sender,
)
from bounceback.mail.classify import Classifier, default_classifier
from bounceback.mail.train import read_corpus
from mail.mailkit import generated_mail

_KEPT = (company_spans._FORMS, company_spans._SPAN, company_spans.RUN_ENTRIES,
         company_spans._SHORT, company_spans._DISPLAYS,
         nameshape._NAMES, nameshape._STATIC, features._SENDERS, sender._SENDER_FACTS,
         sender._WORDS_OF, platforms._BY_DOMAIN, roleforms.FORMS, rolelooks._LOOKS)


@pytest.fixture(scope="module")
def sample() -> list[dict[str, str]]:
    rows = [{"from": r.sender, "subject": r.subject, "body": r.body}
            for r in read_corpus()[::29]]
    rows += [{"from": r["from"], "subject": r["subject"], "body": r["body"]}
             for r in generated_mail(seed=9)[::5]]
    assert len(rows) > 300
    return [{"id": n, **row} for n, row in enumerate(rows)]


def _alone(row: dict[str, str]) -> tuple[object, ...]:
    """The answer for one message with nothing kept from any other."""
    for kept in _KEPT:
        kept.clear()
    return Classifier(default_classifier().model).label(row["from"], row["subject"], row["body"])


def test_each_answer_is_the_answer_for_the_message_alone(sample: list[dict[str, str]]) -> None:
    batch = Classifier(default_classifier().model)
    warm = [batch.label(r["from"], r["subject"], r["body"]) for r in sample]
    again = [batch.label(r["from"], r["subject"], r["body"]) for r in reversed(sample)][::-1]
    alone = [_alone(r) for r in sample]
    differ = [(r["id"], a, w) for r, a, w in zip(sample, alone, warm, strict=True) if a != w]
    assert not differ, differ[:5]
    assert again == warm
    kinds = {answer[0] for answer in warm}
    assert len(kinds) == 8 and sum(answer[2] is not None for answer in warm) > 120


def test_the_command_answers_the_same_in_any_order_and_with_workers(
        sample: list[dict[str, str]], tmp_path: Path) -> None:
    rows = sample * 2  # more than one chunk of 500 lines: --workers 2 forks
    forward, backward = tmp_path / "forward.jsonl", tmp_path / "backward.jsonl"
    forward.write_text("".join(json.dumps(r) + "\n" for r in rows))
    backward.write_text("".join(json.dumps(r) + "\n" for r in reversed(rows)))

    def classify(path: Path, workers: str) -> list[str]:
        done = subprocess.run([sys.executable, "-m", "bounceback.cli.entry", "emails",
                               "classify", "--workers", workers, str(path)],
                              capture_output=True, text=True, check=True)
        assert done.stderr == ""
        return done.stdout.splitlines()

    one = classify(forward, "1")
    assert len(one) == len(rows)
    assert classify(forward, "2") == one
    assert classify(backward, "1")[::-1] == one
