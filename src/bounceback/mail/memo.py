"""Small least-recently-used caches for what the mail reader works out once per subject, sender,
display name or run of words.

A server process reads the mail of every user it serves, so what it keeps between messages must
not outlive them: each cache holds at most a few thousand entries and forgets the one used least
recently when a new one comes (it never grows with the mail read). A mailbox repeats its
subjects and senders within a batch, which is all the caches are for.

Use: `found = cache.get(key)`; on a hit `cache.touch(key)`; on a miss
`found = cache.keep(key, value)`. Safe under threads: an entry another thread forgot between
`get` and `touch` is simply not moved.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

# Entries per cache: a subject or a sender (private text) and what is read from names.
TEXTS = 2_048
NAMES = 32_768


class Memo(OrderedDict[K, V], Generic[K, V]):
    """An OrderedDict that keeps at most `size` entries, the least recently used leaving first."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def touch(self, key: K) -> None:
        """Mark `key` as the most recently used (nothing if another thread forgot it)."""
        try:  # noqa: SIM105 (on every hit: a try costs nothing, suppress() a context)
            self.move_to_end(key)
        except KeyError:
            pass

    def keep(self, key: K, value: V) -> V:
        """Store `value` under `key` (the newest entry) and forget the oldest beyond `size`."""
        self[key] = value
        if len(self) > self.size:
            try:  # noqa: SIM105
                self.popitem(last=False)
            except KeyError:  # another thread emptied it meanwhile
                pass
        return value
