"""The bounded stores a process keeps what it worked out in (`bounceback.memo.Memo`): full,
they forget the entry used least recently, never everything at once."""

from __future__ import annotations

from bounceback.memo import Memo


def test_a_full_store_forgets_the_entry_used_least_recently() -> None:
    memo: Memo[str, int] = Memo(3)
    for n, key in enumerate("abc"):
        memo.keep(key, n)
    assert memo.find("a") == 0  # "a" is now the most recently used
    memo.keep("d", 3)
    assert list(memo) == ["c", "a", "d"]  # "b" went, nothing else
    assert memo.find("b") is None


def test_a_key_kept_again_is_the_newest() -> None:
    memo: Memo[str, int] = Memo(2)
    memo.keep("a", 1)
    memo.keep("b", 2)
    memo.keep("a", 10)
    memo.keep("c", 3)
    assert dict(memo) == {"a": 10, "c": 3}


def test_touching_a_key_another_thread_forgot_is_harmless() -> None:
    memo: Memo[str, int] = Memo(2)
    memo.touch("gone")
    assert memo.find("gone") is None and len(memo) == 0
