from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.learning.corpus import format_corpus, parse_corpus
from bounceback.learning.reasons import TAXONOMY

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "reasons" / "reasons.tsv"


@pytest.fixture(scope="module")
def corpus():
    return parse_corpus(CORPUS.read_text(encoding="utf-8"), str(CORPUS))


def test_corpus_is_large_and_covers_every_reason(corpus):
    assert len(corpus) >= 150
    primaries = Counter(e.reasons[0] for e in corpus)
    for reason in TAXONOMY:
        assert primaries[reason] >= 10, reason


def test_corpus_mixes_emails_feedback_and_multiple_reasons(corpus):
    kinds = Counter(e.kind for e in corpus)
    assert kinds["email"] >= 50 and kinds["feedback"] >= 50
    assert sum(1 for e in corpus if len(e.reasons) > 1) >= 10


def test_corpus_has_no_duplicate_texts(corpus):
    texts = Counter(e.text.lower() for e in corpus)
    assert [t for t, n in texts.items() if n > 1] == []


def test_bad_lines_are_reported_with_their_number():
    with pytest.raises(InvalidValue, match="line 2"):
        parse_corpus("reasons\tkind\ttext\nluck\temail\tSome text")
    with pytest.raises(InvalidValue, match="line 1"):
        parse_corpus("fit\tletter\tSome text")
    with pytest.raises(InvalidValue, match="3 tab-separated"):
        parse_corpus("fit only")


def test_format_and_parse_round_trip(corpus):
    again = parse_corpus(format_corpus(corpus[:20]))
    assert [(e.text, e.reasons, e.kind) for e in again] == [
        (e.text, e.reasons, e.kind) for e in corpus[:20]
    ]
