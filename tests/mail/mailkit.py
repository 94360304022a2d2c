"""Small mail builders and a keyword stand-in for the classifier, for the import tests."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from hypothesis import strategies as st

JOB_WORDS = re.compile(r"application|applying|interview|offer|position|role|candidate", re.I)


@dataclass
class StandInClassification:
    kind: str
    confidence: float
    company: str | None = None
    role: str | None = None
    platform: str | None = None
    proposed_times: list[datetime] = field(default_factory=list)


class StandInClassifier:
    """Keyword rules shaped like the real classifier's interface (tests only)."""

    def looks_job_related(self, sender: str, subject: str) -> bool:
        return bool(JOB_WORDS.search(subject)) or "greenhouse" in sender

    def classify(self, sender: str, subject: str, body_text: str,
                 year: int | None = None) -> StandInClassification:
        text = f"{subject}\n{body_text}".lower()
        company = None
        found = re.search(r"(?:at|to|from) ([A-Z][\w&.' ]+?)(?:[.,!\n]| for |$)",
                          f"{subject}\n{body_text}")
        if found:
            company = found.group(1).strip()
        if "other candidates" in text or "not be moving forward" in text:
            kind = "rejection"
        elif "invite you" in text or "interview" in text:
            kind = "interview_request"
        elif "pleased to offer" in text:
            kind = "offer"
        elif "received your application" in text or "thank you for applying" in text:
            kind = "application_received"
        else:
            kind = "other"
        role = re.search(r"for the ([A-Z][\w ]+?) role", body_text)
        return StandInClassification(kind, 0.9 if kind != "other" else 0.6, company,
                                     role.group(1) if role else None)


def stand_in_html_to_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def make_message(
    number: int,
    subject: str = "Weekend plans",
    body: str = "See you on Saturday.",
    sender: str = "Ana <ana@example.org>",
    html: str | None = None,
    message_id: bool = True,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Sam <sam@example.net>"
    message["Subject"] = subject
    when = datetime(2024, 3, 1, tzinfo=UTC) + timedelta(hours=number)
    message["Date"] = format_datetime(when)
    if message_id:
        message["Message-ID"] = f"<msg{number}@example.org>"
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message.as_bytes()


def job_message(number: int, kind: str = "rejection", company: str = "Acme") -> bytes:
    texts = {
        "rejection": (f"Your application to {company}",
                      "We decided to move forward with other candidates."),
        "application_received": (f"Thank you for applying to {company}",
                                  "We received your application for the Data Analyst role and "
                                  "will review it."),
        "interview_request": (f"Interview at {company}",
                              "We would like to invite you to an interview."),
    }
    subject, body = texts[kind]
    return make_message(number, subject, body, sender=f"{company} <jobs@{company.lower()}.com>")


def mbox_bytes(messages: list[bytes]) -> bytes:
    out = []
    for number, raw in enumerate(messages):
        raw = raw.replace(b"\r\n", b"\n")
        raw = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
        out.append(b"From sender@example.org Mon Mar  4 10:%02d:00 2024\n" % (number % 60))
        out.append(raw if raw.endswith(b"\n") else raw + b"\n")
        out.append(b"\n")
    return b"".join(out)


def sample_messages(count: int, job_every: int = 5) -> list[bytes]:
    kinds = ["rejection", "application_received", "interview_request"]
    out = []
    for number in range(count):
        if number % job_every == 0:
            kind = kinds[(number // job_every) % 3]
            out.append(job_message(number, kind, ["Acme", "Globex", "Initech"][number % 3]))
        else:
            out.append(make_message(number, f"Note {number}", f"Plain note number {number}."))
    return out


def write_mbox(path: Path, messages: list[bytes]) -> Path:
    path.write_bytes(mbox_bytes(messages))
    return path


# Garbage for the property tests: valid mail cut short, spliced with noise, or plain noise.

GOOD = mbox_bytes([
    make_message(1, "Hello", "Plain text.", html="<p>Hi</p>"),
    job_message(2, "rejection", "Acme"),
    job_message(3, "application_received", "Globex"),
])
NAMES = ["box.mbox", "mail.eml", "takeout.zip", "takeout.tgz", "folder"]


def mangled() -> st.SearchStrategy[bytes]:
    """Valid mail cut short, spliced with noise, or plain noise."""
    cut = st.integers(0, len(GOOD)).map(lambda n: GOOD[:n])
    spliced = st.tuples(st.integers(0, len(GOOD)), st.binary(max_size=200)).map(
        lambda t: GOOD[: t[0]] + t[1] + GOOD[t[0]:]
    )
    noisy_mime = st.sampled_from([
        b"Content-Transfer-Encoding: base64\n\n=!!*&",
        b"Content-Type: multipart/mixed; boundary=\n\n--\n--",
        b'Content-Type: text/plain; charset="\xff\xfe"\n\n\xff\xfe\x00',
        b"Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n=Z=\n<b",
    ]).map(lambda tail: b"From a@b.c Mon Mar  4 10:00:00 2024\nSubject: job application\n" + tail)
    return st.one_of(cut, spliced, noisy_mime, st.binary(max_size=400))


def place(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    if name == "folder":
        path.mkdir()
        (path / "a.eml").write_bytes(data)
        (path / "b.mbox").write_bytes(data)
    else:
        path.write_bytes(data)
    return path


def generated_mail(seed: int) -> list[dict[str, str]]:
    """The email corpus builder's generated mail for a seed (scripts/build_email_corpus.py),
    without the hand-written emails it also carries."""
    builder = Path(__file__).resolve().parents[2] / "scripts" / "build_email_corpus.py"
    spec = importlib.util.spec_from_file_location("corpus_builder", builder)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [r for r in module.build(seed=seed) if not r["id"].startswith("hw-")]


def classify_by_cli(path: Path, mail: dict[str, tuple[str, ...]]) -> dict[str, dict[str, object]]:
    """Each (from, subject, body, ...) of `mail` through `bounceback emails classify`, as a
    user runs it (written to `path` as JSON lines): its answer by key."""
    import json

    from tests.tests_support_cli import run_cli

    path.write_text("".join(json.dumps({"id": key, "from": m[0], "subject": m[1], "body": m[2]},
                                       ensure_ascii=False) + "\n" for key, m in mail.items()),
                    encoding="utf-8")
    done = run_cli(["emails", "classify", str(path)])
    assert done.returncode == 0, done.stderr
    return {row["id"]: row for row in map(json.loads, done.stdout.splitlines())}


def assert_answer(got: dict[str, object], want: tuple[object, ...]) -> None:
    """One answer of `classify_by_cli` against (from, subject, body, kind, company, role): the
    kind, and for a job email the company (None: names none) and the role (None: not asked)."""
    assert got["kind"] == want[3]
    if want[3] != "other":
        assert got["company"] == want[4]
        assert want[5] is None or got["role"] == want[5]
