"""Round 24 (issue 13's speed clause): the agency verbs' pattern (agencymail._UNNAMED_BY_VERB,
"I'm working exclusively with a ...", "im Auftrag eines ...") is searched only in a text that
holds one of its words (agencymail._VERB_WORDS) or a letter its ignore-case matching reads as
another ("ſ", "ı", "İ"). Skipping it must never move an answer: wherever the pattern finds
something (the repo's corpora, the retired sets' emails, generated mail, each alternative's
own phrase in any case), the text is searched, and `unnamed_client` answers as the pattern
alone would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bounceback.mail import agencymail
from bounceback.mail.train import read_rows
from mail.mailkit import generated_mail

ROOT = Path(__file__).resolve().parents[2]

# Each alternative of the pattern in a sentence it matches.
EDGES = [
    "I'm working exclusively with a Series C fintech", "We are currently working closely with an",
    "working exclusively with a bank", "partnering exclusively with a", "partnered with an",
    "I have been retained by a luxury hotel", "on behalf of a", "im Auftrag eines Herstellers",
    "Wir unterstützen aktuell einen Kunden", "begleite ich ein Team", "unterstütze derzeit eine",
    "pour le compte d'un acteur", "j'accompagne un acteur", "nous accompagnons aujourd’hui une",
    "trabajando en exclusiva con una empresa", "colaborando con un", "trabajamos con una",
    "por encargo de una", "per conto di un'azienda", "in esclusiva per una", "namens een",
    "Vi hjälper just nu ett mobilspelsbolag", "em nome de uma", "w imieniu en",
    "I'm working on a Finance Manager search", "running an assignment", "leading a search",
    "conducting a confidential search now", "handling a mandate",
]


def _all_casings(text: str) -> list[str]:
    return [text, text.upper(), text.title(), text.swapcase()]


@pytest.mark.parametrize("text", EDGES)
def test_each_alternative_is_searched_and_found(text: str) -> None:
    for variant in _all_casings(text):
        assert agencymail._UNNAMED_BY_VERB.search(variant), variant
        assert agencymail._may_say_by_verb(variant, variant.lower()), variant
        assert agencymail.unnamed_client(variant)


def test_letters_read_as_others_are_searched() -> None:
    # the pattern's ignore-case reads "ı" and "İ" as "i" and "ſ" as "s": the lower case holds
    # none of its words, yet it matches
    for text in ("I'm workıng with a", "I was retaİned by a", "handlıng a search",
                 "namenſ een"):
        assert not any(word in text.lower() for word in agencymail._VERB_WORDS)
        assert agencymail._UNNAMED_BY_VERB.search(text), text
        assert agencymail._may_say_by_verb(text, text.lower()), text
        assert agencymail.unnamed_client(text), text


def test_plain_mail_is_not_searched() -> None:
    for text in ("Thank you for applying to Acme.", "Wir freuen uns über Ihre Bewerbung.",
                 "Unfortunately we will not be moving forward."):
        assert not agencymail._may_say_by_verb(text, text.lower())


def _unnamed_client_before(text: str, client_only: bool) -> bool:
    """unnamed_client as written before round 24: the verbs' pattern searched in every text."""
    if not client_only and agencymail._UNNAMED_BY_VERB.search(text):
        return True
    saved = agencymail._may_say_by_verb
    try:
        agencymail._may_say_by_verb = lambda _text, _low: False  # type: ignore[assignment]
        return agencymail.unnamed_client(text, client_only)
    finally:
        agencymail._may_say_by_verb = saved  # type: ignore[assignment]


def _texts() -> list[str]:
    rows = [(str(r["from"] or ""), str(r["subject"] or ""), str(r["body"] or ""))
            for r in read_rows()]
    for path in sorted((ROOT / "corpora" / "retired").glob("round*/emails/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append(("", str(row.get("subject") or ""), str(row.get("body") or "")))
    rows += [(r["from"], r["subject"], r["body"]) for r in generated_mail(seed=24)[::4]]
    return [text for _, subject, body in rows for text in (subject, body[:3000])]


def test_answers_as_before_on_the_corpora() -> None:
    texts = _texts()
    assert len(texts) > 12_000
    searched = found = 0
    for text in texts:
        low = text.lower()
        hit = agencymail._UNNAMED_BY_VERB.search(text) is not None
        searched += agencymail._may_say_by_verb(text, low)
        found += hit
        assert not hit or agencymail._may_say_by_verb(text, low), text[:200]
        for client_only in (False, True):
            assert agencymail.unnamed_client(text, client_only) == \
                _unnamed_client_before(text, client_only), text[:200]
    assert found > 20  # the corpora speak of unnamed employers
    assert searched < len(texts) / 2  # and most mail is not searched


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(EDGES + ["Thank you", " ", "a", "client", "ı", "ſ", "İ",
                                         "Acme", "\n", "WORKING", "with"]), max_size=8),
       st.sampled_from([str.lower, str.upper, str.title, str.swapcase, str]))
def test_answers_as_before_on_mixed_phrases(parts: list[str], case: object) -> None:
    text = case(" ".join(parts))  # type: ignore[operator]
    for client_only in (False, True):
        assert agencymail.unnamed_client(text, client_only) == \
            _unnamed_client_before(text, client_only)
