"""Every source a user can point at: mbox, Takeout zip and tgz, Maildir, .eml files, bad files."""

from __future__ import annotations

import io
import json
import random
import tarfile
import zipfile
from pathlib import Path

import pytest

from bounceback.mail import sources
from bounceback.mail.headers import read_headers
from bounceback.mail.locate import open_sources
from bounceback.mail.records import ImportReport
from mail.mailkit import make_message, mbox_bytes, sample_messages, write_mbox


def read_all(path: Path, checkpoint: str | None = None) -> tuple[list[str], ImportReport, list]:
    sources, skips = open_sources(path)
    report = ImportReport()
    subjects: list[str] = []
    batches = []
    for source in sources:
        for batch in source.batches(checkpoint, report):
            source.load_bodies(batch.messages, report)
            subjects.extend(read_headers(m.data).subject for m in batch.messages)
            batches.append(batch)
    report.skipped.extend(skips)
    return subjects, report, batches


def test_mbox_file(tmp_path: Path):
    subjects, report, _ = read_all(write_mbox(tmp_path / "All mail.mbox", sample_messages(12)))
    assert len(subjects) == 12 and "Note 1" in subjects
    assert report.skipped == []


def test_takeout_zip_and_tgz_are_read_without_unpacking(tmp_path: Path):
    data = mbox_bytes(sample_messages(9))
    member = "Takeout/Mail/All mail Including Spam and Trash.mbox"
    with zipfile.ZipFile(tmp_path / "takeout.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Takeout/archive_browser.html", "<html></html>")
        archive.writestr(member, data)
    with tarfile.open(tmp_path / "takeout.tgz", "w:gz") as archive:
        info = tarfile.TarInfo(member)
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    for name in ("takeout.zip", "takeout.tgz"):
        subjects, report, _ = read_all(tmp_path / name)
        assert len(subjects) == 9, name
        assert report.skipped == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["takeout.tgz", "takeout.zip"]


def test_maildir_eml_folder_and_single_eml(tmp_path: Path):
    messages = sample_messages(6)
    maildir = tmp_path / "Mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for number, raw in enumerate(messages[:4]):
        (maildir / ("cur" if number % 2 else "new") / f"17000{number}.M1P1.host:2,S").write_bytes(raw)
    emls = tmp_path / "saved"
    emls.mkdir()
    for number, raw in enumerate(messages[4:]):
        (emls / f"message {number}.eml").write_bytes(raw)
    assert len(read_all(maildir)[0]) == 4
    assert len(read_all(emls)[0]) == 2
    assert read_all(emls / "message 0.eml")[0] == ["Note 4"]
    both, _, _ = read_all(tmp_path)
    assert len(both) == 6


def test_large_files_are_read_headers_first_then_in_full(tmp_path: Path):
    big = sample_messages(1)[0].replace(b"We decided", b"x" * 200_000 + b"\nWe decided")
    path = tmp_path / "big.eml"
    path.write_bytes(big)
    sources, _ = open_sources(path)
    report = ImportReport()
    batch = next(sources[0].batches(None, report))
    raw = batch.messages[0]
    assert raw.headers_only and len(raw.data) < len(big)
    sources[0].load_bodies([raw], report)
    assert raw.data == big and not raw.headers_only


def test_what_is_not_mail_is_skipped_with_a_reason(tmp_path: Path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.7 binary")
    (tmp_path / "fake.mbox").write_bytes(b"From the desk of the editor\nhello\n")
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really")
    with zipfile.ZipFile(tmp_path / "photos.zip", "w") as archive:
        archive.writestr("Takeout/Photos/a.jpg", b"\xff\xd8")
    (tmp_path / "empty").mkdir()
    reasons = {}
    for name in ("notes.pdf", "fake.mbox", "broken.zip", "photos.zip", "empty", "missing.mbox"):
        _, report, _ = read_all(tmp_path / name)
        assert len(report.skipped) == 1, name
        reasons[name] = report.skipped[0].reason
    assert reasons["notes.pdf"].startswith("not a mailbox")
    assert reasons["fake.mbox"].startswith("not an mbox file")
    assert reasons["broken.zip"].startswith("not a readable zip archive")
    assert reasons["photos.zip"] == "no mailbox (.mbox file) inside this archive"
    assert reasons["empty"].startswith("no mail in this folder")
    assert reasons["missing.mbox"] == "there is no file or folder here"


def test_a_truncated_archive_keeps_what_was_read_and_says_where_it_stopped(tmp_path: Path):
    noise = random.Random(5)
    data = mbox_bytes(
        [make_message(n, f"Note {n}", noise.randbytes(3000).hex()) for n in range(300)]
    )
    with tarfile.open(tmp_path / "full.tgz", "w:gz") as archive:
        info = tarfile.TarInfo("Takeout/Mail/All mail.mbox")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    whole = (tmp_path / "full.tgz").read_bytes()
    (tmp_path / "cut.tgz").write_bytes(whole[: len(whole) * 2 // 3])
    subjects, report, _ = read_all(tmp_path / "cut.tgz")
    assert 0 < len(subjects) < 300
    assert len(report.skipped) == 1
    assert "could not be read to its end" in report.skipped[0].reason


def test_checkpoint_resumes_after_the_last_batch_and_detects_a_changed_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(sources, "BATCH_MESSAGES", 100)
    messages = sample_messages(500)
    path = write_mbox(tmp_path / "box.mbox", messages)
    first, _, batches = read_all(path)
    assert len(batches) >= 3
    middle = batches[1].checkpoint
    rest, report, _ = read_all(path, middle)
    done = sum(len(b.messages) for b in batches[:2])
    assert rest == first[done:]
    assert report.resumed_from == f"byte {json.loads(middle)['offset']:,}"
    finished, report, _ = read_all(path, batches[-1].checkpoint)
    assert finished == [] and report.resumed_from
    write_mbox(path, messages[1:])
    changed, report, _ = read_all(path, middle)
    assert len(changed) == 499 and report.resumed_from is None
