"""The run-time picks of the company and the role finish only the candidates that may win
(mail/company_pick.py, rolepick._pick): on the repo's corpora and the bench's generated mail
they give exactly the answers of the ranker over every candidate with all its features (the
training path, kept here as the oracle)."""

from __future__ import annotations

import pytest

from bounceback.mail import company_pick, rolecandidates, rolepick
from bounceback.mail.company import gather
from bounceback.mail.employer import (
    candidates_none,
    choose,
    company_of,
    email_none,
    eu_body,
    packaged_ranker,
)
from bounceback.mail.features import Reading, read
from bounceback.mail.ranker import Ranker
from bounceback.mail.train import read_rows
from mail.mailkit import generated_mail
from recovery.corpus_share import share

Mail = list[tuple[str, str, Reading]]


@pytest.fixture(scope="module")
def mail() -> Mail:
    rows = [(str(r["from"]), str(r["subject"] or ""), str(r["body"] or ""))
            for r in read_rows() if r.get("kind") != "other"]
    rows += [(r["from"], r["subject"], r["body"]) for r in generated_mail(seed=11)[::3]]
    assert len(rows) > 5_000
    return [(sender, subject, read(subject, body)) for sender, subject, body in rows]


@pytest.fixture(scope="module")
def sampled(mail: Mail) -> Mail:
    """Round 20: every 3rd of them for the oracles (every one with BOUNCEBACK_FULL_ORACLES=1,
    tests/recovery/corpus_share.py); the negative controls read the sample: it catches
    what they break."""
    return share(mail, 3)


def _oracle_company(sender: str, subject: str, reading: Reading, ranker: Ranker,
                    email_kind: str | None = None) -> str | None:
    found, kind, none = candidates_none(sender, subject, reading, email_kind)
    # EPSO's mail names the EU body it selects for before any ranking (round 21).
    return eu_body(sender, reading.text) or choose(found, kind, ranker, reading.text, none)


# The kind of email the classifier read, which the features of "none" carry (round 19)
_KINDS = ("other", "recruiter_outreach", "interview_request", "rejection", "offer")


def _oracle_role(subject: str, body: str, company: str | None, lang: str, ranker: Ranker
                 ) -> str | None:
    options, rule = rolecandidates.role_candidates(subject, body, company, lang)
    return ranker.pick(options, rolecandidates.none_features(rule, (f for _, f in options)))[0]


def test_the_company_pick_is_the_rankers_over_every_finished_candidate(sampled: Mail) -> None:
    ranker = packaged_ranker()
    differ = [(subject, old, new) for n, (sender, subject, reading) in enumerate(sampled)
              if (old := _oracle_company(sender, subject, reading, ranker, _KINDS[n % 5]))
              != (new := company_of(sender, subject, reading, ranker, _KINDS[n % 5]))]
    assert not differ, differ[:5]


def test_most_company_candidates_are_never_finished(mail: Mail) -> None:
    ranker = packaged_ranker()
    seen = finished = 0
    for sender, subject, reading in mail[:1000]:
        items, facts = gather(sender, reading, subject)
        lazy = company_pick.LazyPick(items, facts, ranker,
                                     email_none(items, facts, reading, subject))
        lazy.best(None)
        seen += len(lazy.found)
        finished += len(lazy.done)
    assert finished < seen / 4


def test_the_role_pick_is_the_rankers_over_every_shaped_title(sampled: Mail) -> None:
    ranker = rolepick.packaged_role_ranker()
    assert ranker is not None
    differ = []
    for sender, subject, reading in sampled[::2]:
        company = company_of(sender, subject, reading)
        for body in (reading.cut.text, reading.text):
            old = _oracle_role(subject, body, company, reading.lang, ranker)
            new = rolepick._pick(subject, body, company, reading.lang, ranker)
            if old != new:
                differ.append((subject, old, new))
    assert not differ, differ[:5]


def test_a_bound_that_is_too_small_would_be_seen(sampled: Mail, monkeypatch: pytest.MonkeyPatch
                                                 ) -> None:
    """The oracle test can fail: without the room left for the last features, picks change."""
    monkeypatch.setattr(company_pick, "rest_bounds", lambda ranker, facts: (-50.0, -50.0))
    ranker = packaged_ranker()
    assert any(_oracle_company(s, subject, r, ranker) != company_of(s, subject, r, ranker)
               for s, subject, r in sampled[:500])


def _shuffled(ranker: Ranker, seed: int) -> Ranker:
    """The ranker with its weights dealt out again at random among its features: a stand-in
    for a retrained ranker, which the bounds must hold for as well (they read the weights,
    never today's values)."""
    import random

    rng = random.Random(seed)
    names = list(ranker.weights)
    values = [w * rng.uniform(0.5, 1.5) for w in ranker.weights.values()]
    rng.shuffle(values)
    return Ranker(dict(zip(names, values, strict=True)))


def test_the_role_pick_holds_for_another_rankers_weights(sampled: Mail) -> None:
    """The role's bound reads the ranker's weights, never today's values: with weights dealt
    out anew (as a retraining may give them) the pick is still the ranker's over every
    title."""
    packaged = rolepick.packaged_role_ranker()
    assert packaged is not None
    for seed in (1, 2):
        ranker = _shuffled(packaged, seed)
        differ = []
        for sender, subject, reading in sampled[::6]:
            company = company_of(sender, subject, reading)
            old = _oracle_role(subject, reading.cut.text, company, reading.lang, ranker)
            new = rolepick._pick(subject, reading.cut.text, company, reading.lang, ranker)
            if old != new:
                differ.append((subject, old, new))
        assert not differ, (seed, differ[:5])


def test_a_role_bound_that_is_too_small_would_be_seen(
        sampled: Mail, monkeypatch: pytest.MonkeyPatch) -> None:
    """The role oracle can fail: with no room left for a title's shape, picks change."""
    monkeypatch.setattr(rolepick, "_shape_bound", lambda ranker: -5.0)
    ranker = rolepick.packaged_role_ranker()
    assert ranker is not None
    assert any(_oracle_role(subject, r.cut.text, company_of(s, subject, r), r.lang, ranker)
               != rolepick._pick(subject, r.cut.text, company_of(s, subject, r), r.lang, ranker)
               for s, subject, r in sampled[:800])
