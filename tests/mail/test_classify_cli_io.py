"""The `emails classify` contract: JSON lines, .eml and mbox in; one JSON line per message out."""

from __future__ import annotations

import io
import json
from email.message import EmailMessage
from pathlib import Path

from bounceback.mail import classify_cli_io
from bounceback.mail.classify_cli_io import run

REJECTION = {"id": "r1", "from": "Acme Careers <careers@acme.example>",
             "subject": "Your application to Acme",
             "body": "Thank you for applying for the Data Analyst role. Unfortunately we will "
                     "not be moving forward with your application."}
ALERT = {"id": 7, "from": "Jobs <alert@indeed.com>", "subject": "5 new Data Analyst jobs",
         "body": "Data Analyst\nAcme - Leeds\nApply now\n\nAnalyst\nBeta Ltd - York\nApply now"}


def classify_lines(text: str, **kwargs: object) -> tuple[list[dict], list[str]]:
    out = io.StringIO()
    warnings: list[str] = []
    run(["-"], out, warnings.append, stdin=io.BytesIO(text.encode()), **kwargs)  # type: ignore[arg-type]
    return [json.loads(line) for line in out.getvalue().splitlines()], warnings


def test_one_line_per_message_in_order_with_exact_keys() -> None:
    rows, warnings = classify_lines(json.dumps(REJECTION) + "\n" + json.dumps(ALERT) + "\n")
    assert warnings == []
    assert [list(r) for r in rows] == [
        ["id", "kind", "confidence", "company", "role", "lang", "platform"]] * 2
    assert [r["id"] for r in rows] == ["r1", 7]
    assert rows[0]["kind"] == "rejection"
    assert rows[0]["company"] == "Acme" and rows[0]["role"] == "Data Analyst"
    assert rows[1]["kind"] == "other"
    assert rows[1]["company"] is None and rows[1]["role"] is None
    assert all(0.0 <= r["confidence"] <= 1.0 for r in rows)
    assert [r["lang"] for r in rows] == ["en", "en"]
    assert [r["platform"] for r in rows] == [None, "Indeed"]


def test_language_is_detected_and_reported() -> None:
    messages = [
        {"id": "de", "from": "Karriere <karriere@beispiel.example>", "subject": "Ihre Bewerbung",
         "body": "Sehr geehrte Frau Lenz, leider müssen wir Ihnen mitteilen, dass wir uns für "
                 "andere Bewerberinnen entschieden haben. Wir wünschen Ihnen viel Erfolg."},
        {"id": "fr", "from": "Recrutement <rh@exemple.example>", "subject": "Votre candidature",
         "body": "Bonjour, nous avons bien reçu votre candidature et nous reviendrons vers vous "
                 "dans les meilleurs délais."},
        {"id": "pl", "from": "Rekrutacja <hr@przyklad.example>", "subject": "Zaproszenie",
         "body": "Dzień dobry, chcielibyśmy zaprosić Panią na rozmowę kwalifikacyjną w "
                 "przyszły wtorek o godzinie 10:00. Czy ten termin Pani odpowiada?"},
    ]
    rows, _ = classify_lines("".join(json.dumps(m) + "\n" for m in messages))
    assert [r["lang"] for r in rows] == ["de", "fr", "pl"]
    assert [r["kind"] for r in rows] == ["rejection", "application_received",
                                         "interview_request"]


def test_missing_keys_are_empty_and_ids_are_echoed_as_given() -> None:
    rows, _ = classify_lines('{}\n{"id": null, "body": null}\n{"id": [1, 2], "subject": 5}\n')
    assert [r["id"] for r in rows] == [None, None, [1, 2]]
    assert all(r["kind"] == "other" for r in rows)
    assert all(r["company"] is None and r["role"] is None for r in rows)


def test_bad_lines_are_reported_with_their_number_and_skipped() -> None:
    text = (json.dumps(REJECTION) + "\nnot json\n\n[1, 2]\n\"a string\"\n{\"id\": \"tail\"\n"
            + json.dumps(ALERT) + "\n\xff\xfe broken\n")
    rows, warnings = classify_lines(text)
    assert [r["id"] for r in rows] == ["r1", 7]
    assert [w.split(":")[1] for w in warnings] == ["2", "4", "5", "6", "8"]
    assert all(w.startswith("<stdin>:") and w.endswith("skipped") for w in warnings)


def test_large_input_keeps_order_across_chunks_and_workers(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(classify_cli_io, "CHUNK_LINES", 7)
    messages = [dict(REJECTION, id=n) if n % 3 else dict(ALERT, id=n) for n in range(50)]
    text = "".join(json.dumps(m) + "\n" for m in messages)
    for workers in (1, 2):
        rows, _ = classify_lines(text, workers=workers)
        assert [r["id"] for r in rows] == list(range(50))
        assert [r["kind"] for r in rows] == [
            "rejection" if n % 3 else "other" for n in range(50)]


def make_eml(subject: str, body: str, msgid: str, html: bool = False) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Acme Careers <careers@acme.example>"
    msg["To"] = "sam@example.com"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{msg_id_safe(msgid)}>"
    msg["Date"] = "Tue, 03 Mar 2026 10:00:00 +0000"
    msg.set_content(body, subtype="html" if html else "plain")
    return bytes(msg)


def msg_id_safe(text: str) -> str:
    return text.replace(" ", "")


def test_eml_and_mbox_files_and_json_files_mix(tmp_path: Path) -> None:
    eml = tmp_path / "one.eml"
    eml.write_bytes(make_eml("Your application to Acme", REJECTION["body"], "a1@acme.example"))
    mbox = tmp_path / "box.mbox"
    parts = []
    for n, (subject, body, html) in enumerate([
        ("Interview invitation: Data Analyst", "<p>We would like to invite you to an interview "
         "on Tuesday 3 March at 10:00. Please confirm your availability.</p>", True),
        ("Your receipt", "Thanks for your order. Total £4.50.", False),
    ]):
        parts.append(b"From sender@example.com Tue Mar  3 10:00:00 2026\n"
                     + make_eml(subject, body, f"m{n}@acme.example", html) + b"\n")
    mbox.write_bytes(b"".join(parts))
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(json.dumps(ALERT) + "\n")
    out = io.StringIO()
    warnings: list[str] = []
    count = run([str(eml), str(mbox), str(jsonl), str(tmp_path / "missing.jsonl")], out,
                warnings.append)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == 4
    assert [r["id"] for r in rows] == ["a1@acme.example", "m0@acme.example", "m1@acme.example", 7]
    assert [r["kind"] for r in rows] == ["rejection", "interview_request", "other", "other"]
    assert len(warnings) == 1 and "missing.jsonl: no such file" in warnings[0]
