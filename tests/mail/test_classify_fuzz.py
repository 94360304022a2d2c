"""Garbage in never crashes the classifier or the classify command's reader."""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bounceback.domain.vocabulary import EmailKind
from bounceback.htmltext import html_to_text
from bounceback.mail.classify import classify, looks_job_related
from bounceback.mail.classify_cli_io import run

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
HTMLISH = st.lists(st.sampled_from(["<p>", "</p>", "<div style='display:none'>", "<br>", "&amp;",
                                    "<script>", "Offer", " interview ", "<", ">", "\x00", "é",
                                    "Dear Sam,", "\n", "<table><tr><td>", "Apply again"]),
                   max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sender=TEXT, subject=TEXT, body=st.one_of(TEXT, HTMLISH))
def test_classify_never_raises(sender: str, subject: str, body: str) -> None:
    result = classify(sender, subject, body)
    assert result.kind in set(EmailKind)
    assert 0.0 <= result.confidence <= 1.0
    assert isinstance(looks_job_related(sender, subject), bool)
    assert isinstance(html_to_text(body), str)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=120), TEXT.map(str.encode),
                          st.builds(lambda s, b: json.dumps({"id": s, "body": b}).encode(),
                                    TEXT, HTMLISH)), max_size=12))
def test_reader_survives_any_lines(lines: list[bytes]) -> None:
    out = io.StringIO()
    warnings: list[str] = []
    data = b"\n".join(line.replace(b"\n", b" ") for line in lines) + b"\n"
    written = run(["-"], out, warnings.append, stdin=io.BytesIO(data))
    rows = out.getvalue().splitlines()
    assert written == len(rows) <= len(lines)
    for row in rows:
        assert set(json.loads(row)) == {"id", "kind", "confidence", "company", "role", "lang",
                                        "platform"}
