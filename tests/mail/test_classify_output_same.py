"""Round 14 made `emails classify` faster without changing a byte of what it prints. Each
shortcut is checked here against the code it replaced, kept below as the oracle, on the whole
repository corpus and on the bench's generated mail: an output line written directly instead of
through the JSON encoder, the hand rules' needles tried in one C-level pass, and the query for
hidden HTML elements skipped when nothing in the markup can hide one. The last test runs the
command itself and compares every line with the oracles' answer, field by field."""

from __future__ import annotations

import html
import json
import math
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from bounceback import htmltext
from bounceback.mail import features
from bounceback.mail.classify import default_classifier
from bounceback.mail.classify_cli_io import output_line
from bounceback.mail.text import MAX_CLASSIFY_CHARS, looks_like_html
from bounceback.mail.train import read_corpus
from mail.mailkit import generated_mail
from recovery.corpus_share import at_least, share

_ENCODE = json.JSONEncoder().encode  # what classify_chunk wrote each line with before


def _reference_line(id_: Any, kind: str, confidence: float, company: str | None,
                    role: str | None, lang: str, platform: str | None) -> str:
    return _ENCODE({"id": id_, "kind": kind, "confidence": round(confidence, 4),
                    "company": company, "role": role, "lang": lang, "platform": platform})


def _reference_hand(low: str) -> set[str]:
    """The hand rules as they were run before: needle by needle, then the pattern."""
    found = set()
    digits = re.search(r"\d", low) is not None
    for name, needles, pattern in features._HAND:
        if name in features._NEEDS_DIGIT and not digits:
            continue
        for needle in needles:
            if needle in low:
                if pattern.search(low):
                    found.add(name)
                break
    return found


def _reference_html(markup: str) -> str:
    """html_to_text as it was: the hidden-element query on every document."""
    if "<" not in markup:  # no document, no query: the path is unchanged
        return htmltext.html_to_text(markup)
    try:
        tree = htmltext.parse_html(markup)
        tree.strip_tags(htmltext._DROP)
        for node in tree.css(htmltext._HIDDEN):
            node.decompose()
        return htmltext._visible_text(tree, hidden=False)
    except Exception:
        return htmltext.tidy(html.unescape(htmltext._ANY_TAG.sub(" ", markup)))


@pytest.fixture(scope="module")
def every_mail() -> list[dict[str, str]]:
    """Every corpus email and a generated mailbox (plain text and HTML)."""
    rows = [{"from": r.sender, "subject": r.subject, "body": r.body} for r in read_corpus()]
    rows += [{"from": r["from"], "subject": r["subject"], "body": r["body"]}
             for r in generated_mail(seed=14)]
    assert len(rows) > 6_000 and sum(looks_like_html(r["body"]) for r in rows) > 1_000
    return rows


@pytest.fixture(scope="module")
def mail(every_mail: list[dict[str, str]]) -> list[dict[str, str]]:
    """Round 20: every 3rd of them (every one with BOUNCEBACK_FULL_ORACLES=1,
    tests/recovery/corpus_share.py)."""
    return share(every_mail, 3)


def test_the_hand_rules_find_what_they_found_before(mail: list[dict[str, str]]) -> None:
    names = {name for name, _, _ in features._HAND}
    seen = 0
    for row in mail:
        reading = features.read(row["subject"], row["body"])
        now = features._shape_features(reading) & names
        assert now == _reference_hand(reading.low), row["subject"]
        seen += bool(now)
    assert seen > at_least(3_000, 3)  # the rules fire: the comparison is not over empty sets


def test_html_reads_the_same_without_the_hidden_query(mail: list[dict[str, str]]) -> None:
    skipped = 0
    for row in mail:
        if looks_like_html(row["body"]):
            markup = row["body"][: MAX_CLASSIFY_CHARS * 8]
            assert htmltext.html_to_text(markup) == _reference_html(markup)
            skipped += not htmltext._may_hide(markup)
    assert skipped > at_least(100, 3)


@pytest.mark.parametrize("markup", [
    '<p>Hi</p><div style="display:none">preheader</div><p>Thanks</p>',
    '<p>Hi</p><span style="display: none">preheader</span>',
    '<p>Hi</p><div style="disp&#108;ay:none">spelled with a reference</div>',
    '<p>Hi</p><div style="&#x64;isplay:none">a hex reference</div>',
    '<p>Hi</p><div style="DISPLAY:NONE">upper case (the selector is case-sensitive)</div>',
    '<p>Hi</p><div style="color:red">shown</div>',
])
def test_hidden_elements_go_whoever_spells_them(markup: str) -> None:
    shown = htmltext.html_to_text(markup)
    assert shown == _reference_html(markup)
    assert "preheader" not in shown and "reference" not in shown


def test_node_text_still_drops_hidden_elements() -> None:
    page = LexborHTMLParser('<main><p>Job</p><div style="display:none">x</div></main>')
    assert htmltext.node_text(page.css_first("main")) == "Job"


@pytest.mark.parametrize("id_", [
    "m1", 7, -0, 1.5, 1e-05, 10**30, True, None, [1, "a"], {"k": ["v", 2.5]},
    "é ☃ \u2028 \x00 \"quoted\" \\ tab\t", "𝒳",
])
@pytest.mark.parametrize("fields", [
    ("rejection", 0.98765, "Acme GmbH", "Data Analyst", "de", "Workday"),
    ("other", 1.0, None, None, "en", None),
    ("interview_request", 0.00001, "Café \"Zürich\" \u2028 AG", "Ingeniør\n", "sv", None),
    ("acknowledgement", 0.5, "", "", "pl", "LinkedIn"),
    ("offer", 1e-09, "x", None, "pt", None),
])
def test_an_output_line_is_what_the_encoder_wrote(id_: Any, fields: tuple[Any, ...]) -> None:
    line = output_line(id_, *fields)
    assert line == _reference_line(id_, *fields)
    assert line.isascii() and "\n" not in line


@pytest.mark.parametrize("confidence", [math.nan, math.inf, -math.inf])
def test_a_confidence_that_is_not_a_number_is_written_as_the_encoder_wrote_it(
        confidence: float) -> None:
    assert output_line("a", "other", confidence, None, None, "en", None) == _reference_line(
        "a", "other", confidence, None, None, "en", None)


def test_the_command_prints_what_the_code_before_printed(
        every_mail: list[dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every line of `emails classify` (one worker, and the default's two) equals the line the
    oracles give: the label with the hand rules and the HTML read as before, encoded as before."""
    # three chunks: 2 workers fork
    rows = [{"id": n, **row} for n, row in enumerate(every_mail[::6])]
    path = tmp_path / "mail.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    shape_now = features._shape_features
    names = {name for name, _, _ in features._HAND}

    def shape(reading: features.Reading, subject: bool = True) -> set[str]:
        return (shape_now(reading, subject) - names) | _reference_hand(reading.low)

    with monkeypatch.context() as patch:
        patch.setattr(htmltext, "html_to_text", _reference_html)
        patch.setattr(features, "_shape_features", shape)
        label = default_classifier().label
        expected = [_reference_line(row["id"], *label(row["from"], row["subject"], row["body"]))
                    for row in rows]
    for workers in ("1", "2"):
        done = subprocess.run([sys.executable, "-m", "bounceback.cli.entry", "emails",
                               "classify", "--workers", workers, str(path)],
                              capture_output=True, text=True, check=True)
        assert done.stderr == ""
        lines = done.stdout.splitlines()
        assert len(lines) == len(expected)
        differ = [(a, b) for a, b in zip(lines, expected, strict=True) if a != b]
        assert not differ, differ[:3]
