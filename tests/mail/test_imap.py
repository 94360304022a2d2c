"""IMAP against a real Dovecot over TLS: read-only, incremental by UIDVALIDITY and UID."""

from __future__ import annotations

from datetime import date

import pytest

from bounceback.domain.errors import ImportFailed
from bounceback.mail.imap import ImapSettings, ImapSource, find_password
from bounceback.mail.ingest import ListSink, import_source
from mail.conftest import Imap
from mail.mailkit import StandInClassifier, job_message, make_message

CLF = StandInClassifier()


def settings(server: Imap, **changes: object) -> ImapSettings:
    values: dict[str, object] = {"host": server.host, "username": server.user,
                                 "port": server.port, "ca_file": server.ca_file}
    values.update(changes)
    return ImapSettings(**values)  # type: ignore[arg-type]


def run(server: Imap, sink: ListSink, password: str | None = None, **changes: object):  # type: ignore[no-untyped-def]
    source = ImapSource(settings(server, **changes), password or server.password)
    try:
        source.connect()
        return import_source(source, sink, CLF)
    finally:
        source.close()


def fill(server: Imap, numbers: range) -> None:
    for n in numbers:
        raw = job_message(n, "rejection", "Acme") if n % 4 == 0 else make_message(n)
        server.deliver(f"{1700000000 + n}.M{n}P1.test:2,", raw, "cur")


def test_reads_over_tls_read_only_and_fetches_only_candidates_in_full(imap_server: Imap):
    fill(imap_server, range(1, 21))
    before = imap_server.files()
    sink = ListSink()
    report = run(imap_server, sink)
    assert report.messages == 20 and report.ruled_out == 15
    assert [i.kind for i in sink.items] == ["rejection"] * 5
    assert all("other candidates" in i.body.text for i in sink.items)
    assert imap_server.files() == before  # EXAMINE and BODY.PEEK: no flag, no move


def test_the_next_import_reads_only_new_mail_and_a_new_uidvalidity_starts_over(
    imap_server: Imap,
):
    fill(imap_server, range(1, 9))
    sink = ListSink()
    run(imap_server, sink)
    fill(imap_server, range(9, 13))
    again = run(imap_server, sink)
    assert again.messages == 4 and again.resumed_from is not None
    nothing = run(imap_server, sink)
    assert nothing.messages == 0
    (imap_server.maildir / "dovecot-uidlist").unlink()  # the server renumbers the folder
    for index in imap_server.maildir.glob("dovecot.index*"):
        index.unlink()
    renumbered = run(imap_server, sink)
    assert renumbered.messages == 12
    assert renumbered.already_imported == 3  # known by Message-ID: nothing twice
    assert len(sink.items) == 3


def test_since_date_limits_the_search(imap_server: Imap):
    fill(imap_server, range(1, 9))
    report = run(imap_server, ListSink(), since=date(2030, 1, 1))
    assert report.messages == 0


def test_a_wrong_password_is_a_clear_error(imap_server: Imap):
    with pytest.raises(ImportFailed, match="did not accept the user name or password"):
        run(imap_server, ListSink(), password="wrong")


def test_an_untrusted_certificate_is_refused(imap_server: Imap):
    with pytest.raises(ImportFailed, match="TLS connection"):
        run(imap_server, ListSink(), ca_file=None)


def test_the_password_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MY_IMAP_PASSWORD", "s3cret")
    assert find_password(ImapSettings("h", "u"), "MY_IMAP_PASSWORD") == "s3cret"


def test_import_through_the_service(imap_server: Imap, bb):  # type: ignore[no-untyped-def]
    from bounceback.domain.models import Application
    from bounceback.domain.vocabulary import Outcome

    fill(imap_server, range(1, 9))
    bb.applications.add(Application(company="Acme", role="Data Analyst"))
    report = bb.mail.import_imap(settings(imap_server), imap_server.password, classifier=CLF)
    assert report.job_emails == 2
    assert [(a.company, a.outcome) for a in bb.applications.list()] == [
        ("Acme", Outcome.REJECTED)]
    again = bb.mail.import_imap(settings(imap_server), imap_server.password, classifier=CLF)
    assert again.messages == 0 and again.up_to_date
