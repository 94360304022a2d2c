"""A seeded fuzz of every web route: hostile path parameters, query strings and form fields.

Each case is one request to a route of the real app (GETs with hostile ids and queries, POSTs
with a valid CSRF token and hostile values for the fields the templates name), in-process over
a database with the small demo in it. A crash is a 500 (or an exception out of the app).
"""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote as _quote
from urllib.parse import urlencode


def quote(text: str, safe: str = "/") -> str:
    """Percent-encoding that sends lone surrogates as the bytes they stand for (\\xff)."""
    return _quote(text, safe=safe, errors="surrogateescape")

VALUES = ["", " ", "1", "2", "0", "-1", "99999999999999999999", "9999-12-31", "0001-01-01",
          "nan", "inf", "1e400", "x" * 20_000, "\x00", "a\x00b", "\ufffd", "\udcff", "🙂",
          "<script>alert(1)</script>", "'; DROP TABLE applications; --", "../../x", "{{7*7}}",
          "yesterday", "10000000 days ago", "Acme", "applied", "rejected", "on", "yes", "no",
          "3", "5", "10", "11", "sadness=6", "%", "\\", "\r\n", "é" * 40]
IDS = ["1", "2", "3", "5", "0", "999999999999999999", "99999999999999999999", "x", "-1"]


def field_names(templates: Path) -> list[str]:
    """Every form field name the pages use (what a browser would post)."""
    names: set[str] = set()
    for page in templates.rglob("*.html"):
        names.update(re.findall(r'name="([a-z_]+)"', page.read_text(encoding="utf-8")))
    names.discard("csrf_token")
    return sorted(names)


@dataclass
class WebReport:
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        codes = ", ".join(f"{k}: {v}" for k, v in sorted(self.statuses.items()))
        return (f"{self.requests} requests in {self.seconds:.0f} s ({codes}); server errors "
                f"(500) or exceptions: {len(self.crashes)}")


def _path(rng: random.Random, template: str) -> str:
    return re.sub(r"\{[a-z_]+(?::[a-z]+)?\}",
                  lambda _m: quote(rng.choice(IDS + VALUES[:12]), safe=""), template)


def fuzz_web(client: Any, token: str, routes: list[tuple[str, set[str]]], names: list[str], *,
             seed: int, rounds: int) -> WebReport:
    rng = random.Random(seed)
    plan = [(path, method) for path, methods in routes for method in sorted(methods)
            if method in ("GET", "POST") for _ in range(rounds)]
    rng.shuffle(plan)
    report = WebReport()
    started = time.perf_counter()
    for template, method in plan:
        url = _path(rng, template)
        if rng.random() < 0.3:
            url += "?" + "&".join(f"{quote(rng.choice(names))}={quote(rng.choice(VALUES), safe='')}"
                                  for _ in range(rng.randint(1, 3)))
        try:
            if method == "GET":
                response = client.get(url, follow_redirects=False)
            else:
                form = {rng.choice(names): rng.choice(VALUES) for _ in range(rng.randint(0, 6))}
                form["csrf_token"] = token
                body = urlencode(form, errors="surrogateescape").encode("ascii")
                response = client.post(url, content=body, follow_redirects=False, headers={
                    "content-type": "application/x-www-form-urlencoded"})
            status = response.status_code
        except Exception as exc:  # an exception out of the app is a crash too
            report.crashes.append(f"{method} {url[:120]}: {type(exc).__name__}: {exc}"[:300])
            continue
        report.requests += 1
        report.statuses[status] += 1
        if status >= 500:
            report.crashes.append(f"{method} {url[:120]} -> {status}")
    report.seconds = time.perf_counter() - started
    return report
