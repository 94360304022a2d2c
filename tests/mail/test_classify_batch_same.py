"""Round 15 labels the messages of `emails classify` a step at a time over a batch
(Classifier.label_many: every reading, then every kind, every platform, the names) and hands
worker processes shares of 200 lines instead of 500. Neither may change a byte of the output:
checked here against the code each replaced, kept below as the oracle (the loop that labelled
message by message, and the whole chunks), on every corpus email and on the bench's generated
mail, plain and HTML."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bounceback.mail import classify_cli_io
from bounceback.mail.classify import Classifier, default_classifier
from bounceback.mail.classify_cli_io import Chunk, Message, classify_chunk, output_line, pieces
from bounceback.mail.text import looks_like_html
from bounceback.mail.train import read_corpus
from mail.mailkit import generated_mail
from recovery.corpus_share import at_least, share


def _reference_chunk(classifier: Classifier, chunk: Chunk) -> tuple[str, int, list[str]]:
    """classify_chunk as it was before round 15: each message labelled in turn."""
    warnings: list[str] = []
    out = []
    label = classifier.label
    for m in classify_cli_io.messages_of(chunk, warnings.append):
        out.append(output_line(m.id, *label(m.sender, m.subject, m.body)))
    out.append("")
    return "\n".join(out), len(out) - 1, warnings


@pytest.fixture(scope="module")
def mail() -> list[dict[str, Any]]:
    """Every corpus email and a generated mailbox (plain text and HTML), numbered."""
    rows = [{"from": r.sender, "subject": r.subject, "body": r.body} for r in read_corpus()]
    rows += [{"from": r["from"], "subject": r["subject"], "body": r["body"]}
             for r in generated_mail(seed=15)]
    assert len(rows) > 6_000 and sum(looks_like_html(r["body"]) for r in rows) > 1_000
    return [{"id": n, **row} for n, row in enumerate(rows)]


@pytest.fixture(scope="module")
def sampled(mail: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Round 20: every 3rd of them (every one with BOUNCEBACK_FULL_ORACLES=1,
    tests/recovery/corpus_share.py)."""
    return share(mail, 3)


def test_a_batch_gets_the_answers_each_message_gets_in_turn(
        sampled: list[dict[str, Any]]) -> None:
    triples = [(r["from"], r["subject"], r["body"]) for r in sampled]
    one_by_one = Classifier(default_classifier().model)
    expected = [one_by_one.label(*t) for t in triples]
    batched = Classifier(default_classifier().model)
    found = []
    for at in range(0, len(triples), classify_cli_io.LABEL_BATCH):
        found += batched.label_many(triples[at: at + classify_cli_io.LABEL_BATCH])
    differ = [(n, a, b) for n, (a, b) in enumerate(zip(found, expected, strict=True)) if a != b]
    assert not differ, differ[:3]
    # in one batch, and in reverse order, still the same answers
    assert Classifier(default_classifier().model).label_many(triples[::-1])[::-1] == expected
    assert batched.label_many([]) == []
    assert len({answer[0] for answer in expected}) == 8  # every kind, companies named
    assert sum(answer[2] is not None for answer in expected) > at_least(3_000, 3)


def test_a_chunk_is_written_as_it_was_message_by_message(
        sampled: list[dict[str, Any]]) -> None:
    """JSON lines with a broken one and a non-object among them, and a chunk of messages
    read from .eml or mbox files: the same text, count and warnings as before."""
    classifier = default_classifier()
    lines = [(n, (json.dumps(r) + "\n").encode()) for n, r in enumerate(sampled[::3], 1)]
    lines[57] = (58, b'{"id": "broken", "from": \n')
    lines[301] = (302, b'["a", "list"]\n')
    messages = [Message(r["id"], r["from"], r["subject"], r["body"]) for r in sampled[1::7]]
    found = {}
    for chunk in (Chunk("mail.jsonl", lines=lines), Chunk("box.mbox", messages=messages),
                  Chunk("few.jsonl", lines=lines[:3]), Chunk("none.jsonl", lines=[])):
        found[chunk.name] = now = classify_chunk(classifier, chunk)
        before = _reference_chunk(classifier, chunk)
        assert now == before, chunk.name
    text, count, warnings = found["mail.jsonl"]
    assert count == len(lines) - 2 and len(warnings) == 2
    assert text.count("\n") == count and text.endswith("\n")


@pytest.mark.parametrize("size", [1, 7, 200, 10_000])
def test_worker_shares_keep_every_line_in_order(size: int) -> None:
    lines = [(n, b'{"id": %d}\n' % n) for n in range(1, 1_235)]
    messages = [Message(n, "", "", "") for n in range(613)]
    chunks = [Chunk("a", lines=lines[:500]), Chunk("a", lines=lines[500:1000]),
              Chunk("a", lines=lines[1000:]), Chunk("b", messages=messages),
              Chunk("c", messages=[])]
    shares = list(pieces(chunks, size))
    assert [n for s in shares if s.lines is not None for n, _ in s.lines] == [
        n for n, _ in lines]
    assert [m.id for s in shares if s.messages is not None for m in s.messages] == list(
        range(613))
    assert all(len(s) <= size for s in shares if len(s) > 0)
    assert {s.name for s in shares} == {"a", "b", "c"}
