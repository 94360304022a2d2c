"""Round 21: the company finder's run of capitalised words (company_spans.RUN) opens with its first
letter's class, so that the regular-expression engine skips to the next capital instead of
trying the whole first-word alternation at every character; the domains of an email's
addresses and links (company.linked_domains) are read without trying every shorter run of an
address's name, and by the link half alone where no "@" stands. What they find (every run's
span, every domain, in order, on the repo's corpora, the bench's generated mail and the
patterns' edges) is exactly what the patterns written as before find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bounceback.mail import company, company_spans
from bounceback.mail.features import read
from bounceback.mail.train import read_rows
from mail.mailkit import generated_mail
from recovery.corpus_share import at_least, share

# The pattern as it was written before round 21: `_CAP` (a look-ahead, then the alternation)
# first.
BEFORE = re.compile(company_spans._CAP + company_spans._RUN_REST)


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


def _spans(pattern: re.Pattern[str], text: str, end: int = 1 << 30) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, 0, end)]


def test_the_runs_are_the_old_patterns(texts: list[str]) -> None:
    found = 0
    for text in [*texts, *EDGES, " ".join(EDGES), "\n".join(EDGES)]:
        old = _spans(BEFORE, text)
        assert _spans(company_spans.RUN, text) == old, text
        found += len(old)
        # as the finder runs it: up to a limit
        assert _spans(company_spans.RUN, text, 1_600) == _spans(BEFORE, text, 1_600), text
    assert found > at_least(60_000, 3)  # the texts hold names: it compared something


def test_the_comparison_catches_a_first_word_rule_left_out() -> None:
    """Negative control: the first word without its "I is no name" rule finds other runs."""
    loose = re.compile(company_spans._CAP_FIRST.replace(r"(?!(?<=I)(?:['’]\w+)?\b)", "")
                       + company_spans._RUN_REST)
    assert any(_spans(loose, text) != _spans(BEFORE, text) for text in EDGES)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="IStMe.'’ abAZÉŒ0&-+\nfoD", max_size=40))
def test_odd_texts_give_the_old_runs(text: str) -> None:
    assert _spans(company_spans.RUN, text) == _spans(BEFORE, text)


# The domains of an email's addresses and links (company.linked_domains), as the one pattern
# read them before round 21 (its address half not possessive, run on every text).
EMAIL_BEFORE = re.compile(
    r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)|(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)")
LINK_EDGES = ["a@b.c+d@e.f", "x.y@z.co.uk and www.acme.com/jobs", "jo@@x.com", "@x.com",
              "https://a.b", "www.", "a+b-c.d@e-f.g.h.", "see http://x.io.", "mail@", "@",
              "no link here", "x" * 2_990 + " www.late.com", "x" * 2_995 + "a@b.com",
              "www.a.b " + "x" * 2_990 + "@c.d", "HTTPS://A.B", "ww.a.b w.www.c.d"]


def _domains_before(text: str) -> list[str]:
    return [m.group(1) or m.group(2) for m in EMAIL_BEFORE.finditer(text, 0, 3_000)]


def test_the_linked_domains_are_the_old_patterns(texts: list[str]) -> None:
    linked = [t for t in texts if "@" in t or "www." in t or "://" in t]
    assert len(linked) > at_least(1_500, 3)
    found = 0
    for text in [*linked, *LINK_EDGES]:
        old = _domains_before(text)
        assert list(company.linked_domains(text)) == old, text
        found += len(old)
    assert found > at_least(1_500, 3)


def test_the_comparison_catches_the_link_half_read_where_an_address_stands() -> None:
    """Negative control: the link half alone misses the addresses' domains."""
    assert any([m.group(1) for m in company._LINK.finditer(text, 0, 3_000)]
               != _domains_before(text) for text in LINK_EDGES)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab.+-@/:hwtps ", max_size=40))
def test_odd_texts_give_the_old_domains(text: str) -> None:
    assert list(company.linked_domains(text)) == _domains_before(text)
