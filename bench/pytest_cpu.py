"""A pytest plugin: each test's CPU seconds (its process and the children it waited for) and
wall seconds, one line per test in PYTEST_CPU_OUT.<worker>.tsv. CPU, not wall: on a shared
machine a test's wall time is mostly waiting for a processor (round 20, docs/history/
performance.md). A PostgreSQL server's own CPU is not in it.

    PYTHONPATH=bench PYTEST_CPU_OUT=/tmp/cpu pytest -p pytest_cpu -n 2 --dist loadfile FILES
    awk -F'\\t' '{split($1,a,"::"); s[a[1]]+=$2+$3} END{for(k in s) print s[k], k}' /tmp/cpu.*.tsv
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Iterator
from typing import Any

import pytest

_OUT = os.environ.get("PYTEST_CPU_OUT", "pytest-cpu")


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: Any) -> Iterator[None]:
    own, children = _cpu()
    started = time.perf_counter()
    yield
    own_after, children_after = _cpu()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(f"{_OUT}.{worker}.tsv", "a", encoding="utf-8") as out:
        out.write(f"{item.nodeid}\t{own_after - own:.3f}\t{children_after - children:.3f}\t"
                  f"{time.perf_counter() - started:.3f}\n")
