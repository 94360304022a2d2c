"""Special files in a mailbox folder (issue 18, item 10): a Maildir link to /etc/passwd was read
as a message, other links were left out without a word, and a FIFO made the import hang."""

from __future__ import annotations

import os
from pathlib import Path

from bounceback.mail.locate import open_sources

MESSAGE = b"From: jobs@acme.example\nSubject: Your application\nMessage-ID: <1@acme>\n\nThanks.\n"


def test_links_out_of_the_folder_are_never_followed_and_every_skip_is_named(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret").write_text("root:x:0:0:root:/root:/bin/bash\n")
    box = tmp_path / "mail" / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    (box / "cur" / "1:2,S").write_bytes(MESSAGE)
    (box / "cur" / "escape").symlink_to(outside / "secret")
    (box / "cur" / "inside").symlink_to(box / "cur" / "1:2,S")
    (box / "new" / "dangling").symlink_to(tmp_path / "nowhere")
    os.mkfifo(box / "new" / "pipe")
    (box / "folder-link").symlink_to(outside)

    sources, skips = open_sources(tmp_path / "mail")
    read = [p for s in sources for p in getattr(s, "_paths", [])]
    assert sorted(p.name for p in read) == ["1:2,S", "inside"]
    reasons = {Path(s.where).name: s.reason for s in skips}
    assert "outside the mailbox folder" in reasons["escape"]
    assert "outside the mailbox folder" in reasons["folder-link"]
    assert "named pipe" in reasons["pipe"]
    assert "not followed" in reasons["dangling"]


def test_a_fifo_given_as_the_mailbox_is_refused_not_opened(tmp_path: Path) -> None:
    pipe = tmp_path / "inbox.mbox"
    os.mkfifo(pipe)
    sources, skips = open_sources(pipe)  # opening it for reading would wait for a writer
    assert sources == [] and "named pipe" in skips[0].reason
