"""Round 30: `Classifier.label_many` labels a message met before (the same sender, subject and
body) once, and gives the label it got then, unless a correction of the user's may apply or a
model is not the one the label came from. The answers must stay `label`'s, message by message."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bounceback.domain.vocabulary import EmailKind
from bounceback.mail.classify import Classifier, Label, default_classifier
from mail.mailkit import generated_mail

_ACK = ("Talent Team <careers@northwind-foods.com>", "Your application: Data Analyst",
        "Dear Sam,\n\nThank you for applying for the Data Analyst role at Northwind Foods. "
        "We have received your application and will review it carefully.\n\nKind regards,\n"
        "The Northwind Foods Talent Team")
_NO = ("Priya Shah <priya@harbourline.io>", "Re: Backend Engineer",
       "Hi Sam,\n\nThanks for your time last week. After careful consideration we have decided "
       "not to move forward with your application for the Backend Engineer position.\n\nBest,\n"
       "Priya")
_HTML = ("Lever <no-reply@hire.lever.co>", "Interview for Product Designer at Kestrel",
         "<html><body><p>Hi Sam,</p><p>We'd love to invite you to an interview for the "
         "<b>Product Designer</b> role at Kestrel. Are you free on Tuesday at 2pm?</p>"
         "</body></html>")
_NEWS = ("Weekly Digest <news@shop.example>", "Your order has shipped",
         "Your parcel is on its way. Track it here.")


class _Counting(Classifier):
    """A classifier that counts the messages it works out (not taken from its memo)."""

    worked: int = 0

    def _label_many(self, messages):  # type: ignore[no-untyped-def]
        self.worked += len(messages)
        return super()._label_many(messages)


@pytest.fixture(scope="module")
def mail() -> list[tuple[str, str, str]]:
    rows = [(r["from"], r["subject"], r["body"]) for r in generated_mail(seed=30)[:240]]
    return rows + [_ACK, _NO, _HTML, _NEWS]


def _one_by_one(triples: list[tuple[str, str, str]]) -> list[Label]:
    clf = Classifier(default_classifier().model)
    return [clf.label(*t) for t in triples]


def test_repeats_in_a_batch_and_across_batches_get_label_s_answers(
        mail: list[tuple[str, str, str]]) -> None:
    # every message three times: twice in one batch (far apart and side by side), once later;
    # the repeats are equal strings, not the same objects (as JSON lines are read)
    again = [("".join(s), "".join(j), "".join(b)) for s, j, b in mail]
    first = mail + [mail[-1], mail[0]] + again[::-1]
    clf = _Counting(default_classifier().model)
    found = clf.label_many(first)
    expected = _one_by_one(first)
    assert found == expected
    assert clf.worked == len(set(mail))  # each distinct message worked out once
    assert clf.label_many(mail[:50]) == expected[:50]
    assert clf.worked == len(set(mail))
    assert {label[0] for label in expected} >= {"application_received", "rejection", "other"}


def test_a_correction_or_another_model_is_never_answered_from_the_memo() -> None:
    clf = _Counting(default_classifier().model)
    before = clf.label_many([_ACK, _NO])
    assert before[1][0] == EmailKind.REJECTION.value
    clf.overrides.correct(*_NO, EmailKind.OTHER)
    assert clf.label_many([_NO])[0][0] == EmailKind.OTHER.value
    clf.overrides.by_message.clear()
    clf.overrides.set_sender("priya@harbourline.io", EmailKind.INTERVIEW_REQUEST)
    assert clf.label_many([_NO])[0][0] == EmailKind.INTERVIEW_REQUEST.value
    clf.overrides.by_sender.clear()
    worked = clf.worked
    assert clf.label_many([_ACK, _NO]) == before  # no correction: the memo again
    assert clf.worked == worked
    # a kind model put in its place (a retrained one): worked out anew with it
    clf.model = replace(clf.model, packed=dict(clf.model.packed))
    assert clf.label_many([_ACK, _NO]) == before
    assert clf.worked == worked + 2


def test_the_memo_keeps_a_digest_that_tells_every_field_apart() -> None:
    from bounceback.mail.classify import _digest

    triples = [("ab", "c", "d"), ("a", "bc", "d"), ("a", "b", "cd"), ("", "", "abcd"),
               ("a\x00", "b", "c"), ("a", "\x00b", "c"), ("\ud800", "", ""), ("", "\ud800", "")]
    assert len({_digest(t) for t in triples}) == len(triples)
    assert _digest(("x", "y", "z" * 100_000)) == _digest(("x", "y", "z" * 100_000))
    assert len(_digest(("x", "y", "z" * 100_000))) == 16
    clf = Classifier(default_classifier().model)
    odd = [("a@b.c", "Interview \ud800", "Hello"), ("a@b.c", "Interview", "\ud800Hello")]
    assert clf.label_many(odd) == [clf.label(*t) for t in odd]
