"""A small least-recently-used store: what a process works out once and keeps for the next
read, bounded so it never grows with the data read.

A full store forgets the entry used least recently when a new one comes, never everything at
once: clearing a full store threw away the entries about to be read again (round 32: the crisis
encoder re-encoded half a test's sample when other tests had nearly filled its store), and under
a server's many users it made every read after the store filled a miss.

Use: `found = memo.find(key)` (a hit becomes the most recently used); on a miss
`found = memo.keep(key, value)`. Safe under threads: an entry another thread forgot between
`get` and `touch` is simply not moved.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


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

    def find(self, key: K) -> V | None:
        """The value kept under `key` (now the most recently used), or None."""
        found = self.get(key)
        if found is not None:
            self.touch(key)
        return found

    def keep(self, key: K, value: V) -> V:
        """Store `value` under `key` (the newest entry) and forget the oldest beyond `size`."""
        self[key] = value
        self.touch(key)  # a key kept again is the newest, not where it first stood
        if len(self) > self.size:
            try:  # noqa: SIM105
                self.popitem(last=False)
            except KeyError:  # another thread emptied it meanwhile
                pass
        return value
