"""Import page: CSV and JSON synchronously, mailboxes in the background with progress,
postings; the wrong kind of file says what was expected."""

from __future__ import annotations

import json
import time
from pathlib import Path

from bounceback.domain.models import Application
from web_helpers import field_error, text_of

DATA = Path(__file__).resolve().parents[1] / "data"


def _upload(web, name: str, content: bytes, kind: str = "auto"):
    """The upload, and the page its 303 leads to (the report) when it was imported."""
    response = web.client.post("/import", data={"csrf_token": web.token, "kind": kind},
                               files={"file": (name, content)}, follow_redirects=False)
    if response.status_code == 303:
        return web.get(response.headers["location"])
    return response


def test_a_csv_of_applications_is_imported_and_reported(web) -> None:
    response = _upload(web, "applications.csv", (DATA / "web" / "applications.csv").read_bytes())
    assert response.status_code == 200
    assert "3 applications added" in text_of(response)
    companies = {a.company for a in web.bb.applications.list()}
    assert "Quayside Bank" in companies
    again = _upload(web, "applications.csv", (DATA / "web" / "applications.csv").read_bytes())
    assert "0 applications added" in text_of(again) and "already here" in text_of(again)


def test_imported_markup_is_shown_as_text(web) -> None:
    _upload(web, "applications.csv", (DATA / "web" / "applications.csv").read_bytes())
    board = web.get("/board", params={"show": "all"})
    assert "<script>alert(1)</script>" not in board.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in board.text
    app = next(a for a in web.bb.applications.list() if "Fjord" in a.company)
    page = web.get(f"/applications/{app.id}")
    assert "<img src=x" not in page.text and "&lt;img src=x onerror=alert(2)&gt;" in page.text


def test_a_bounceback_export_is_imported(web, demo_bb) -> None:
    document = demo_bb.data.export_document()
    response = _upload(web, "export.json", json.dumps(document, default=str).encode())
    assert response.status_code == 200
    assert len(web.bb.applications.list()) == len(demo_bb.applications.list())


def test_the_wrong_kind_of_file_says_what_was_expected(web) -> None:
    response = _upload(web, "photo.jpg", b"\xff\xd8\xff")
    assert response.status_code == 400
    message = field_error(response, "file") or ""
    assert "photo.jpg" in message and ".csv" in message
    wrong = _upload(web, "notes.txt", b"hello", kind="csv")
    assert wrong.status_code == 400 and ".csv" in (field_error(wrong, "file") or "")
    empty = web.client.post("/import", data={"csrf_token": web.token, "kind": "auto"})
    assert empty.status_code == 400 and field_error(empty, "file")
    broken = _upload(web, "broken.json", b"{not json")
    assert broken.status_code == 400 and field_error(broken, "file")
    assert web.bb.applications.list() == []


def test_a_text_file_asks_whether_it_is_a_posting_or_a_resume(web) -> None:
    response = _upload(web, "thing.txt", b"Data Analyst at Acme. SQL and Python required.")
    assert response.status_code == 400
    assert "posting or a resume" in (field_error(response, "kind") or "")


def test_a_posting_becomes_a_saved_application(web) -> None:
    html = (DATA / "skills" / "posting_jsonld.html").read_bytes()
    response = _upload(web, "posting.html", html)
    assert response.status_code == 200, text_of(response)
    [app] = web.bb.applications.list()
    assert f"/applications/{app.id}" in response.text
    assert "Skills asked for" in text_of(response)


def test_a_mailbox_imports_in_the_background_with_progress(web) -> None:
    web.bb.applications.add(Application(company="Acme Logistics", role="Data Analyst"))
    web.bb.applications.add(Application(company="Acme Logistics", role="Operations Coordinator"))
    response = web.client.post("/import", data={"csrf_token": web.token, "kind": "auto"},
                               files={"file": ("hostile.eml", (DATA / "web" / "hostile.eml").read_bytes())},
                               follow_redirects=False)
    assert response.status_code == 303
    job_url = response.headers["location"]
    assert job_url.startswith("/import/jobs/")
    for _ in range(100):
        fragment = web.get(job_url, headers={"HX-Request": "true"})
        if "Done." in fragment.text or "stopped" in fragment.text:
            break
        assert "hx-trigger" in fragment.text  # still polling
        time.sleep(0.1)
    words = text_of(fragment)
    assert "Done." in words and "1 emails wait for you in the inbox review" in words
    assert "hx-trigger" not in fragment.text


def test_mailbox_progress_reaches_the_job(web, tmp_path) -> None:
    import mailbox
    from email.message import EmailMessage

    from bounceback.web.jobs import Job
    from bounceback.web.pages.capability_imports import _mail

    box = mailbox.mbox(tmp_path / "mail.mbox")
    for i in range(300):
        message = EmailMessage()
        message["From"] = f"Newsletter {i} <news{i}@example.org>"
        message["Subject"] = f"Weekly digest {i}"
        message["Message-ID"] = f"<digest-{i}@example.org>"
        message.set_content("Nothing about a job here. " * 20)
        box.add(message)
    box.flush()
    job = Job(id="t", title="test")
    report = _mail(web.bb, tmp_path / "mail.mbox", job)
    assert report.messages == 300
    assert job.done > 0 and job.note.endswith("messages so far")
    assert job.percent is None or 0 < job.percent <= 100


def test_a_resume_is_read_into_the_profile(web) -> None:
    response = _upload(web, "resume.md", (DATA / "skills" / "resume.md").read_bytes(), kind="resume")
    assert response.status_code == 200, text_of(response)
    assert "Skills found" in text_of(response)
    assert web.bb.skills.resumes()
    again = _upload(web, "resume.md", (DATA / "skills" / "resume.md").read_bytes(), kind="resume")
    assert "nothing new" in text_of(again)
