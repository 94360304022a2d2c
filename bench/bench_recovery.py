"""Speed of the recovery checks: the crisis check and emotion suggestions on typical and long
texts, and `recovery` status over the large demo. Prints figures; asserts nothing.

Run: .venv/bin/python bench/bench_recovery.py
"""

from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path

from bounceback.recovery.crisis import assess
from bounceback.recovery.emotions import suggest

SHORT = (
    "Gutted, I really wanted this one. I'm not suicidal, just tired, and this search is killing "
    "me. Tomorrow I'll send two more applications."
)


def per_call(fn, arg, repeat: int) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in range(repeat):
        fn(arg)
    return (time.perf_counter() - start) / repeat


def main() -> None:
    long_entry = (SHORT + "\n") * 700  # about 100,000 characters, the entry size limit
    for name, fn in (("crisis check", assess), ("emotion suggestions", suggest)):
        short = per_call(fn, SHORT, 500)
        long = per_call(fn, long_entry, 3)
        print(f"{name}: {short * 1e3:.2f} ms per check-in text, {long * 1e3:.0f} ms per "
              f"100k-character entry (ratio {long / short:.0f}x for {len(long_entry) // len(SHORT)}x "
              "the text)")
    from bounceback.config import Settings
    from bounceback.services import Bounceback

    with tempfile.TemporaryDirectory() as tmp:
        moment = datetime(2026, 11, 25, 10)
        bb = Bounceback(Settings(database_url=f"sqlite:///{Path(tmp) / 'b.db'}", home=Path(tmp)),
                        clock=lambda: moment)
        bb.data.build_demo("large")
        start = time.perf_counter()
        status = bb.recovery.status()
        took = time.perf_counter() - start
        records = len(status.resilience.records) if status.resilience else 0
        print(f"recovery status over the large demo ({records} rejections): {took:.2f} s")
        start = time.perf_counter()
        bb.recovery.today_sections(moment.date())
        print(f"recovery today sections, large demo: {time.perf_counter() - start:.2f} s")
        bb.close()


if __name__ == "__main__":
    main()
