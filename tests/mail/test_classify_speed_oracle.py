"""Round 19 (issue 13's speed clause): whatever makes `emails classify` cheaper must not move an
answer. The oracle is the plain path, message by message with nothing kept between messages:
the kind from the model over the email's full feature set (`features_of`, the strings the
model was trained on), then the company, the role, the language and the platform of a fresh
reading. The command's path (`Classifier.label_many`: batches, the feature index's integer
sums, what the caches keep) must give the same kind, company, role, language and platform and
the same confidence (to 1e-9) for every corpus email, a generated mailbox and odd inputs
(empty, huge, HTML only, invisible padding, control characters, text that is not UTF-8)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback.domain.vocabulary import EmailKind
from bounceback.mail.classify import Classifier, Label, default_classifier
from bounceback.mail.employer import company_of
from bounceback.mail.features import features_of, read, sender_parts
from bounceback.mail.model import LinearModel
from bounceback.mail.platforms import detect_platform
from bounceback.mail.rolepick import role_of
from bounceback.mail.train import read_corpus
from mail.mailkit import generated_mail
from recovery.corpus_share import at_least, share

_HTML_ONLY = (
    "<html><head><style>p{color:red}</style></head><body>"
    "<div style='display:none'>&#8199;&#847;&#8199;&#847; preheader</div>"
    "<p>Thank you for applying for the <b>Data Analyst</b> position at "
    "<b>Northwind Traders</b>.</p><table><tr><td>We will review your application and be in "
    "touch.</td></tr></table></body></html>")
ODD: list[tuple[str, str, str]] = [
    ("", "", ""),
    ("Talent <jobs@acme-retail.com>", "Your application for Store Manager",
     "Thank you for applying to Acme Retail for the Store Manager role. " * 4_000),
    ("Workday for Acme <acme@myworkday.com>", "Application received", _HTML_ONLY),
    ("<>", "<html>", "<html></html>"),
    ("a@b", "\x00\x01", "\u200b" * 5_000 + "Interview invitation for Nurse at St Mary's "
     "Hospital on Monday at 10:30"),
    # what a reader makes of bytes that are not UTF-8: lone surrogates and replacement marks
    ("Recruiting <hr@f\udcfcr.de>", "Bewerbung als Koch (m/w/d) \udcff",
     "Sehr geehrte Frau M\udcfcller, vielen Dank f\ufffdr Ihre Bewerbung als Koch bei der "
     "Gasthaus Linde GmbH. \udcff\udcfe"),
    ("x@y.com", "Re: " * 300, "> " * 3_000),
    ("Sam <sam@example.org>", "Offer", "\n" * 10_000 + "We are pleased to offer you the role."),
]


def _plain(model: LinearModel, sender: str, subject: str, body: str) -> Label:
    """One message by the plain path (see the module's docstring)."""
    reading = read(subject, body)
    label, confidence = model.predict(features_of(sender, reading))
    platform = detect_platform(sender_parts(sender)[2], reading.text)
    if label == EmailKind.OTHER.value:
        return label, confidence, None, None, reading.lang, platform
    company = company_of(sender, subject, reading)
    return (label, confidence, company, role_of(subject, reading, company), reading.lang,
            platform)


def _same(found: list[Label], expected: list[Label]) -> list[tuple[int, Label, Label]]:
    return [(n, a, b) for n, (a, b) in enumerate(zip(found, expected, strict=True))
            if a[0] != b[0] or abs(a[1] - b[1]) > 1e-9 or a[2:] != b[2:]]


@pytest.fixture(scope="module")
def triples() -> list[tuple[str, str, str]]:
    """Round 20: every 3rd corpus and generated email (every one with
    BOUNCEBACK_FULL_ORACLES=1, tests/recovery/corpus_share.py) and every odd input."""
    rows = [(r.sender, r.subject, r.body) for r in read_corpus()]
    rows += [(r["from"], r["subject"], r["body"]) for r in generated_mail(seed=19)]
    return share(rows, 3) + ODD


def test_the_commands_path_answers_as_the_plain_path(triples: list[tuple[str, str, str]]
                                                     ) -> None:
    model = default_classifier().model
    expected = [_plain(model, *t) for t in triples]
    fast = Classifier(model)
    fast.warm()
    found: list[Label] = []
    for at in range(0, len(triples), 100):
        found += fast.label_many(triples[at: at + 100])
    differ = _same(found, expected)
    assert not differ, differ[:3]
    # read again (everything kept from the first pass) and one at a time: the same
    assert not _same(fast.label_many(triples[::-1])[::-1], expected)
    assert not _same([fast.label(*t) for t in ODD], expected[-len(ODD):])
    assert len({answer[0] for answer in expected}) == 8
    assert sum(answer[2] is not None for answer in expected) > at_least(3_000, 3)


def test_odd_inputs_through_the_command(tmp_path: Path) -> None:
    """The command itself on the odd inputs, one worker and two: one line each, in order,
    as the plain path answers (confidence as printed: 4 places); a line that is not UTF-8
    is reported and skipped, the rest carry on."""
    model = default_classifier().model
    lines = [json.dumps({"id": n, "from": s, "subject": j, "body": b}).encode()
             for n, (s, j, b) in enumerate(ODD)]
    lines.insert(3, b'{"id": "bad", "from": "x@y.com", "subject": "Caf\xe9 \xff", "body": ""}')
    source = tmp_path / "odd.jsonl"
    source.write_bytes(b"\n".join(lines * 6) + b"\n")
    want = [_plain(model, *t) for t in ODD] * 6
    for workers in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-m", "bounceback.cli.main", "emails", "classify", "--workers",
             workers, str(source)], capture_output=True, check=True)
        got = [json.loads(line) for line in done.stdout.decode().splitlines()]
        assert [g["id"] for g in got] == list(range(len(ODD))) * 6
        assert [(g["kind"], g["confidence"], g["company"], g["role"], g["lang"], g["platform"])
                for g in got] == [(k, round(c, 4), co, r, la, p) for k, c, co, r, la, p in want]
        assert done.stderr.decode().count("not valid JSON") == 6
