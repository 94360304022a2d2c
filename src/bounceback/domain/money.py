"""Reading a salary range the way people type it: 45000-55000, 45k-55k, £38,000, one figure."""

from __future__ import annotations

import re

from bounceback.domain.errors import InvalidValue

LARGEST = 10**12
_HOW = "write it as 45000-55000 or 45k-55k"


def parse_salary_range(text: str | None) -> tuple[int | None, int | None]:
    """(low, high) from what a person typed, or InvalidValue saying what to write."""
    if not text or not text.strip():
        return None, None
    cleaned = re.sub(r"[£$€₹\s]|[A-Za-z]{3}$", "", text.strip())
    if cleaned.startswith("-"):
        raise InvalidValue(f"salary {text!r}: a salary cannot be negative")
    parts = [p.lower().replace(",", "") for p in cleaned.replace("–", "-").split("-")]
    try:
        values = [int(float(p[:-1]) * 1000) if p.endswith("k") else int(float(p)) for p in parts if p]
    except (ValueError, OverflowError):
        raise InvalidValue(f"salary {text!r}: {_HOW}") from None
    if not values or len(values) > 2:
        raise InvalidValue(f"salary {text!r}: {_HOW}")
    if any(v > LARGEST for v in values):
        raise InvalidValue(f"salary {text!r} is larger than any salary; {_HOW}")
    return values[0], values[-1]
