"""Importing mail into the pipeline, on SQLite and PostgreSQL: links, changes, privacy, review."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bounceback.domain.errors import InvalidValue
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import EventKind, Outcome, Stage
from bounceback.services import Bounceback
from mail.mailkit import (
    NAMES,
    StandInClassifier,
    job_message,
    make_message,
    mangled,
    place,
    sample_messages,
    write_mbox,
)

CLF = StandInClassifier()


def run(bb: Bounceback, path: Path, **options: object):  # type: ignore[no-untyped-def]
    return bb.mail.import_path(path, classifier=CLF, **options)  # type: ignore[arg-type]


def test_a_rejection_or_offer_about_an_unknown_application_waits_for_review(
    bb: Bounceback, tmp_path: Path
):
    box = write_mbox(tmp_path / "box.mbox", [job_message(1, "rejection", "Acme"),
                                             job_message(2, "interview_request", "Globex")])
    report = run(bb, box)
    assert report.new_applications == 0 and report.for_review == 2
    assert bb.applications.list() == []  # no application, no stage, no rejection made up
    reasons = sorted(item.reason for item in bb.inbox.review_items())
    assert reasons == ["a rejection about an application at Acme that is not in your list",
                       "an interview request about an application at Globex that is not in "
                       "your list"]


def test_accepting_two_emails_about_one_new_application_makes_one(bb: Bounceback,
                                                                   tmp_path: Path):
    box = write_mbox(tmp_path / "box.mbox", [job_message(1, "interview_request", "Acme"),
                                             job_message(2, "rejection", "Acme")])
    run(bb, box)
    first, second = bb.inbox.review_items()
    bb.inbox.accept(first.id)
    bb.inbox.accept(second.id)
    [app] = bb.applications.list()
    assert app.company == "Acme" and app.outcome == Outcome.REJECTED
    assert {m.application_id for m in bb.mail.messages()} == {app.id}


def test_an_import_creates_applications_and_moves_them_along(bb: Bounceback, tmp_path: Path):
    box = write_mbox(tmp_path / "box.mbox", [
        make_message(1, "Weekend plans", "See you Saturday."),
        job_message(2, "application_received", "Acme"),
        job_message(3, "interview_request", "Acme"),
        job_message(4, "application_received", "Globex"),
        job_message(5, "rejection", "Globex"),
    ])
    report = run(bb, box)
    assert report.messages == 5 and report.ruled_out == 1
    assert dict(report.by_kind) == {"application_received": 2, "interview_request": 1,
                                    "rejection": 1}
    assert report.new_applications == 2 and report.for_review == 0
    apps = {a.company: a for a in bb.applications.list()}
    assert apps["Acme"].stage == Stage.SCREENING
    assert apps["Globex"].outcome == Outcome.REJECTED
    rejection = bb.rejections.for_application(apps["Globex"].id)
    assert rejection is not None and "other candidates" in rejection.text
    kinds = [e.kind for e in bb.applications.timeline(apps["Acme"].id).events]
    assert EventKind.INTERVIEW_SCHEDULED in kinds


def test_the_same_source_again_adds_nothing(bb: Bounceback, tmp_path: Path):
    box = write_mbox(tmp_path / "box.mbox", sample_messages(30))
    first = run(bb, box)
    before = (len(bb.applications.list()), len(bb.mail.messages()), bb.inbox.waiting())
    again = run(bb, box)
    assert again.up_to_date and again.messages == 0
    copy = write_mbox(tmp_path / "copy.mbox", sample_messages(30))
    third = run(bb, copy)
    assert third.already_imported == first.job_emails
    assert (len(bb.applications.list()), len(bb.mail.messages()), bb.inbox.waiting()) == before


def test_emails_find_an_existing_application_by_fuzzy_company(bb: Bounceback, tmp_path: Path):
    app = bb.applications.add(Application(company="ACME Inc.", role="Data Analyst"))
    box = write_mbox(tmp_path / "box.mbox", [job_message(1, "rejection", "Acme")])
    report = run(bb, box)
    assert report.new_applications == 0 and report.updated_applications == 1
    assert len(bb.applications.list()) == 1
    assert bb.applications.get(app.id).outcome == Outcome.REJECTED


def test_a_reply_in_a_known_thread_links_to_the_same_application(bb: Bounceback, tmp_path: Path):
    first = job_message(1, "application_received", "Initech")
    reply = make_message(2, "Re: next steps", "Could we talk on Tuesday about the role?",
                         sender="Pat Lee <pat@mail.example>")
    reply = reply.replace(b"Message-ID:", b"In-Reply-To: <msg1@example.org>\nMessage-ID:")
    run(bb, write_mbox(tmp_path / "box.mbox", [first, reply]))
    messages = bb.mail.messages()
    assert len(messages) == 2
    assert messages[0].application_id == messages[1].application_id is not None


def test_privacy_only_rejections_keep_their_text_unless_asked(bb: Bounceback, tmp_path: Path):
    box = write_mbox(tmp_path / "box.mbox", [
        job_message(1, "application_received", "Acme"), job_message(2, "rejection", "Acme"),
    ])
    run(bb, box)
    stored = {m.kind: m for m in bb.mail.messages()}
    assert stored["application_received"].body is None
    assert stored["application_received"].snippet.startswith("We received your application")
    assert "other candidates" in (stored["rejection"].body or "")


def test_store_bodies_keeps_every_job_email_text(bb: Bounceback, tmp_path: Path):
    run(bb, write_mbox(tmp_path / "box.mbox", [job_message(1, "application_received")]),
        store_bodies=True)
    assert "We received your application" in (bb.mail.messages()[0].body or "")


def test_ambiguous_matches_wait_for_review_and_every_decision_works(
    bb: Bounceback, tmp_path: Path
):
    one = bb.applications.add(Application(company="Acme", role="Data Analyst"))
    two = bb.applications.add(Application(company="Acme", role="Product Designer"))
    box = write_mbox(tmp_path / "box.mbox", [
        job_message(n, "interview_request", "Acme") for n in range(1, 5)
    ])
    report = run(bb, box)
    assert report.for_review == 4
    assert bb.applications.get(one.id).stage == Stage.APPLIED  # nothing changed silently
    [waiting] = [s for s in bb.today() if s.key == "mail-review"]
    assert waiting.items[0].text.startswith("4 imported emails wait for your decision")
    items = bb.inbox.review_items()
    assert sorted(items[0].candidates) == sorted([one.id, two.id])
    with pytest.raises(InvalidValue, match="several applications"):
        bb.inbox.accept(items[0].id)
    done = bb.inbox.relink(items[0].id, str(two.id))
    assert done.status == "done" and bb.applications.get(two.id).stage == Stage.SCREENING
    changed = bb.inbox.change_kind(items[1].id, "other")
    assert changed.status == "done" and changed.message.kind == "other"
    assert [c.kind for c in bb.inbox.corrections()] == ["other"]
    assert bb.inbox.corrections()[0].old_kind == "interview_request"
    bb.inbox.dismiss(items[2].id)
    closed = bb.inbox.ignore_sender(items[3].id)
    assert closed == [items[3].id]
    assert bb.inbox.waiting() == 0
    assert bb.inbox.ignored_senders() == ["jobs@acme.com"]
    more = write_mbox(tmp_path / "more.mbox", [job_message(9, "rejection", "Acme")])
    later = run(bb, more)
    assert later.job_emails == 1 and later.for_review == 0
    assert bb.applications.get(one.id).outcome is None


def test_unsure_classifications_wait_for_review(bb: Bounceback, tmp_path: Path):
    class Unsure(StandInClassifier):
        def classify(self, sender, subject, body_text, year=None):  # type: ignore[no-untyped-def]
            result = super().classify(sender, subject, body_text)
            result.confidence = 0.4
            return result

    box = write_mbox(tmp_path / "box.mbox", [job_message(1, "rejection", "Acme")])
    report = bb.mail.import_path(box, classifier=Unsure())
    assert report.for_review == 1 and bb.applications.list() == []
    item = bb.inbox.review_items()[0]
    assert item.proposal["company"] == "Acme"
    bb.inbox.accept(item.id)
    [app] = bb.applications.list()
    assert app.company == "Acme" and app.outcome == Outcome.REJECTED


def test_bad_files_are_listed_and_the_rest_imported(bb: Bounceback, tmp_path: Path):
    folder = tmp_path / "export"
    folder.mkdir()
    write_mbox(folder / "good.mbox", [job_message(1, "application_received", "Acme")])
    (folder / "broken.mbox").write_bytes(b"From nowhere at all\n\x00\xff")
    (folder / "note.eml").write_bytes(b"\x00\x01 not an email at all")
    report = run(bb, folder)
    assert report.job_emails == 1
    reasons = " | ".join(s.reason for s in report.skipped)
    assert "not an mbox file" in reasons
    assert len(bb.applications.list()) == 1


def test_corrections_retrain_the_classifier_the_import_uses(bb: Bounceback, tmp_path: Path):
    from bounceback.mail.classify import default_classifier

    assert bb.mail.classifier() is default_classifier()
    box = write_mbox(tmp_path / "box.mbox", [job_message(1, "interview_request", "Acme")])
    bb.applications.add(Application(company="Acme", role="Data Analyst"))
    bb.applications.add(Application(company="Acme", role="Product Designer"))
    run(bb, box)
    bb.inbox.change_kind(bb.inbox.review_items()[0].id, "other")
    retrained = bb.mail.classifier()
    assert retrained is not default_classifier()
    assert (bb.settings.home / "email-model-corrected.bin.gz").exists()


def test_a_correction_teaches_at_once(bb: Bounceback, tmp_path: Path):
    from bounceback.mail.classify import Classifier

    bb.applications.add(Application(company="Acme", role="Data Analyst"))
    bb.applications.add(Application(company="Acme", role="Product Designer"))
    box = write_mbox(tmp_path / "box.mbox", [job_message(n, "interview_request", "Acme")
                                             for n in range(1, 4)])
    run(bb, box)
    first, *rest = bb.inbox.review_items()
    assert bb.inbox.learned_from() == 0
    bb.inbox.change_kind(first.id, "other")
    assert bb.inbox.learned_from() == 1
    personal = bb.mail.classifier()
    assert isinstance(personal, Classifier) and personal.model.corrections == 1
    for item in bb.inbox.review_items():  # the waiting emails were read again by that model
        again = personal.classify(item.message.sender, item.message.subject,
                                  item.message.body or item.message.snippet)
        assert (item.message.kind, item.message.confidence) == (
            again.kind.value, round(again.confidence, 4))
    assert [i.id for i in bb.inbox.review_items()] == [i.id for i in rest]


def test_an_interview_confirmation_books_the_interview(bb: Bounceback, tmp_path: Path):
    from datetime import datetime

    from bounceback.domain.mail import ProposedTime

    class WithTime(StandInClassifier):
        def classify(self, sender, subject, body_text, year=None):  # type: ignore[no-untyped-def]
            result = super().classify(sender, subject, body_text)
            result.proposed_times = [ProposedTime("Tuesday 12 March at 10:00",
                                                  datetime(1900, 3, 12, 10, 0), False)]
            return result

    bb.applications.add(Application(company="Acme", role="Data Analyst"))
    box = write_mbox(tmp_path / "box.mbox", [job_message(1, "interview_request", "Acme")])
    bb.mail.import_path(box, classifier=WithTime())
    [app] = bb.applications.list()
    [booked] = [e for e in bb.applications.timeline(app.id).events
                if e.kind == EventKind.INTERVIEW_SCHEDULED]
    assert booked.details["at"] == "2024-03-12T10:00:00"
    assert bb.mail.messages()[0].details["proposed_times"] == ["Tuesday 12 March at 10:00"]


def test_nul_bytes_and_undecodable_headers_are_stored_on_every_engine(
    bb: Bounceback, tmp_path: Path
):
    raw = (
        b"From: =?unknown-8bit?q?Acme_=FF=FE?= <jobs@acme.com>\n"
        b"Subject: Your application =?x-unknown?b?/w==?= to Acme\x00\n"
        b"Message-ID: <nul\x00@example.org>\n"
        b"Date: Mon, 04 Mar 2024 10:00:00 +0000\n"
        b"Content-Type: text/plain; charset=utf-8\n\n"
        b"We decided to move forward with other candidates.\x00 Sorry.\n"
    )
    bb.applications.add(Application(company="Acme", role="Data Analyst"))
    report = run(bb, write_mbox(tmp_path / "box.mbox", [raw]))
    assert report.job_emails == 1
    [stored] = bb.mail.messages()
    assert "\x00" not in (stored.body or "") and "other candidates" in (stored.body or "")
    [app] = bb.applications.list()
    assert app.outcome == Outcome.REJECTED


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=mangled(), name=st.sampled_from(NAMES))
def test_garbage_never_breaks_an_import_on_any_engine(bb: Bounceback, data: bytes, name: str):
    if not bb.applications.list():
        bb.applications.add(Application(company="Acme", role="Data Analyst"))
    with tempfile.TemporaryDirectory() as tmp:
        report = run(bb, place(Path(tmp), name, data))
    assert report.messages >= 0
    assert ("Acme", "Data Analyst") in [(a.company, a.role) for a in bb.applications.list()]


def test_a_refused_change_leaves_nothing_half_made(bb: Bounceback, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch):
    from bounceback.domain.errors import Conflict

    def refuse(*args: object, **kwargs: object) -> None:
        raise Conflict("the rejection could not be recorded")

    acme = bb.applications.add(Application(company="Acme", role="Data Analyst"))
    monkeypatch.setattr(bb.rejections, "record", refuse)
    box = write_mbox(tmp_path / "box.mbox", [job_message(1, "rejection", "Acme"),
                                             job_message(2, "application_received", "Globex")])
    report = run(bb, box)
    assert [a.company for a in bb.applications.list()] == ["Acme", "Globex"]
    assert bb.applications.get(acme.id).outcome is None  # the refused rejection left no trace
    assert report.new_applications == 1 and report.for_review == 1
    [item] = bb.inbox.review_items()
    assert item.reason == "the rejection could not be recorded"


def test_a_rejection_keeps_the_text_of_the_imported_email_it_names(bb: Bounceback, tmp_path: Path):
    from bounceback.domain.errors import NotFound

    run(bb, write_mbox(tmp_path / "box.mbox", [job_message(1, "application_received", "Acme")]),
        store_bodies=True)
    message = bb.mail.messages()[0]
    app_id = bb.applications.list()[0].id
    with pytest.raises(NotFound, match="no imported email #999"):
        bb.recovery.reject(app_id, email_id=999)
    flow = bb.recovery.reject(app_id, email_id=message.id)
    assert message.body and flow.rejection.text == message.body
    assert message.received_at and flow.rejection.received_on == message.received_at.date()
