"""Sizes of the least-recently-used caches of the mail reader (`bounceback.memo.Memo`): what it
works out once per subject, sender, display name or run of words.

A server process reads the mail of every user it serves, so what it keeps between messages must
not outlive them: each cache holds at most a few thousand entries and forgets the one used least
recently when a new one comes (it never grows with the mail read). A mailbox repeats its
subjects and senders within a batch, which is all the caches are for.
"""

from __future__ import annotations

from bounceback.memo import Memo

__all__ = ["NAMES", "TEXTS", "Memo"]

# Entries per cache: a subject or a sender (private text) and what is read from names.
TEXTS = 2_048
NAMES = 32_768
