"""Plain-words numbers: rounded percentages that never promise a sure thing, small counts."""

from __future__ import annotations

_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def count_words(n: int) -> str:
    """'ten' for small counts, digits above ten."""
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{count_words(n)} {word if n == 1 else (many or word + 's')}"


def _rounded(p: float) -> int:
    """Whole percent under 10 %, else the nearest 5; never 0 or 100 for a chance in between."""
    pct = p * 100.0
    value = round(pct) if pct < 10 else int(5 * round(pct / 5))
    return max(1, min(99, value))


def percent(p: float) -> str:
    """'about 35 %' style wording of a chance, honest at both ends."""
    if p <= 0:
        return "0 %"
    if p < 0.005:
        return "under 1 %"
    if p > 0.97:
        return "over 95 %"
    return f"{_rounded(p)} %"


#: Words for one application's own chance: a number like "0.1 %" reads as a verdict, words
#: say how to hold it. Upper bounds, in order.
CHANCE_WORDS = ((0.03, "a long shot"), (0.10, "an outside chance"), (0.30, "a fair chance"),
                (0.60, "a good chance"), (1.01, "a strong chance"))


def chance_words(p: float) -> str:
    """One application's chance in words: 'a long shot' ... 'a strong chance'."""
    return next(words for limit, words in CHANCE_WORDS if p < limit)


def percent_range(low: float, high: float) -> str:
    """'20–50 %' for an interval."""
    lo = 0 if low <= 0 else (0 if low < 0.005 else _rounded(low))
    hi = 0 if high <= 0 else _rounded(high)
    if hi < lo:
        hi = lo
    return f"{lo}–{hi} %"


def rate_with_count(passed: int, total: int, min_count: int) -> str:
    """'3 of 8 (38 %)', or only the counts when there are too few to call it a rate."""
    if total == 0:
        return "none yet"
    if total < min_count:
        return f"{passed} of {total}"
    return f"{passed} of {total} ({round(100 * passed / total)} %)"
