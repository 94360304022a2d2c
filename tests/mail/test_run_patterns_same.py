"""Round 21: the company finder's run of capitalised words (company.RUN) opens with its first
letter's class, so that the regular-expression engine skips to the next capital instead of
trying the whole first-word alternation at every character. The names it finds (every match's
span, on the repo's corpora, the bench's generated mail and the edges of the first word's
rules) are exactly those of the pattern written with `_CAP` first, as before."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bounceback.mail import company
from bounceback.mail.features import read
from bounceback.mail.train import read_rows
from mail.mailkit import generated_mail
from recovery.corpus_share import at_least, share

# The pattern as it was written before round 21: `_CAP` (a look-ahead, then the alternation)
# first.
BEFORE = re.compile(company._CAP + company._RUN_REST)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    rows = [(str(r["from"] or ""), str(r["subject"] or ""), str(r["body"] or ""))
            for r in read_rows()]
    rows += [(r["from"], r["subject"], r["body"]) for r in generated_mail(seed=21)[::3]]
    assert len(rows) > 6_000
    out = []
    for sender, subject, body in share(rows, 3):
        reading = read(subject, body)
        out += [sender, subject, reading.cut.text, reading.text]
    return out


# The first word's own rules: "I" alone or as "I'm" is no name ("Iris", "IBM", "I-95" are),
# "St." "Ste." "Mt." are words of a name, initials ("A.B.C."), a capital that is not a letter
# of the second class ("Œ", a digit), text edges, letters of other alphabets.
EDGES = ["I", "I'm at Acme", "I’ve met Acme", "Iris", "IBM", "I-95", "I.B.M.", "I'mx", "I’Acme",
         "St. Mary's Hospital", "Ste. Foy", "Mt. Hood Ltd", "St.", "Ste", "Mt", "St.Helens",
         "Ste.Foy", "S. Smith", "M.", "Mte. Z", "A.B.C. Ltd", "A.", "X.Y", "Œuvre", "0day Ltd",
         "9", "It's", "I'd", "Iris I", "ÉCOLE", "S", "Łódź Sp. z o.o.", "Acme GmbH & Co. KG",
         "Bank of Ireland", "Ville de Paris", "Göteborgs Stad", "a Acme", "é Acme", ""]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_runs_are_the_old_patterns(texts: list[str]) -> None:
    found = 0
    for text in [*texts, *EDGES, " ".join(EDGES), "\n".join(EDGES)]:
        old = _spans(BEFORE, text)
        assert _spans(company.RUN, text) == old, text
        found += len(old)
        # as the finder runs it: up to a limit
        assert _spans_to(company.RUN, text, 1_600) == _spans_to(BEFORE, text, 1_600), text
    assert found > at_least(60_000, 3)  # the texts hold names: it compared something


def _spans_to(pattern: re.Pattern[str], text: str, limit: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, 0, limit)]


def test_the_comparison_catches_a_first_word_rule_left_out() -> None:
    """Negative control: the first word without its "I is no name" rule finds other runs."""
    loose = re.compile(company._CAP_FIRST.replace(r"(?!(?<=I)(?:['’]\w+)?\b)", "")
                       + company._RUN_REST)
    assert any(_spans(loose, text) != _spans(BEFORE, text) for text in EDGES)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="IStMe.'’ abAZÉŒ0&-+\nfoD", max_size=40))
def test_odd_texts_give_the_old_runs(text: str) -> None:
    assert _spans(company.RUN, text) == _spans(BEFORE, text)

