"""Round 23: the kind's hand rule "h:hour_word" ("um 10 Uhr", "kl. 14", "alle 10", "9h30") is
run as a pattern that opens with the class of its alternatives' first letters
(features._HOUR_WORD_RUN), so that the engine skips to the next such letter. It must find a
match in exactly the texts the pattern as written in features._HAND finds one in, at the same
place: on the repo's corpora and generated mail (tests/mail/test_classify_output_same.py
compares the whole hand-rule step the same way), on the pattern's edges and on random text
made of its own letters."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bounceback.mail import features
from bounceback.mail.train import read_rows
from mail.mailkit import generated_mail
from recovery.corpus_share import share

WRITTEN = next(pattern for name, _, pattern in features._HAND if name == "h:hour_word")
RUN = next(pattern for name, _, pattern, _ in features._HAND_RULES if name == "h:hour_word")


def _span(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    found = pattern.search(text)
    return found.span() if found else None


def test_the_rule_runs_the_faster_pattern() -> None:
    assert RUN is features._HOUR_WORD_RUN and RUN.pattern != WRITTEN.pattern


@pytest.mark.parametrize("text", [
    "um 10 uhr", "10.30 uhr", "10:30 uur", "9h30", "19h300", "x9h30", "ab 10uhr", "12 godz",
    "alle 10", "dalle 10", "a las 9", "casa las 9", "às 9", "à 9", "là 9", "om 10", "from 10",
    "kl.10", "kl 9", "skl 9", "kl. 1234", "om 123", "(om 10)", "1ore", "3 ore", "300 ore",
    "à", "", "10", "alle", "om", "aom 1", "9 h30", "a9h30", "²9h30",
])
def test_the_edges_match_where_the_written_pattern_does(text: str) -> None:
    assert _span(RUN, text) == _span(WRITTEN, text)


@settings(max_examples=3_000, deadline=None)
@given(st.text(alphabet="0129 .:kaàolmsuhrdgezx\n(", max_size=40))
def test_random_text_of_its_letters_matches_alike(text: str) -> None:
    assert _span(RUN, text) == _span(WRITTEN, text)


def test_the_corpora_and_generated_mail_match_alike() -> None:
    rows = [(str(r["subject"] or ""), str(r["body"] or "")) for r in read_rows()]
    rows += [(r["subject"], r["body"]) for r in generated_mail(seed=23)[::3]]
    found = 0
    for subject, body in share(rows, 3):
        low = features.read(subject, body).low
        span = _span(WRITTEN, low)
        assert _span(RUN, low) == span, low[:200]
        found += span is not None
    assert found > 100  # the pattern matches here: the comparison is not over misses alone
