"""Imports that take a while run in a thread; the page polls their progress."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Job:
    id: str
    title: str
    done: int = 0
    total: int | None = None
    note: str = ""
    finished: bool = False
    error: str | None = None
    result: Any = None
    lines: list[str] = field(default_factory=list)
    link: str | None = None

    @property
    def percent(self) -> int | None:
        if not self.total:
            return None
        return max(0, min(100, round(100 * self.done / self.total)))

    def progress(self, done: int, total: int | None = None, note: str = "") -> None:
        """The callback a service calls as it goes."""
        self.done, self.total = done, total if total is not None else self.total
        if note:
            self.note = note


class Jobs:
    """The running and recent jobs of this server (kept in memory only)."""

    def __init__(self, keep: int = 20) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self.keep = keep

    def _add(self, job: Job) -> Job:
        with self._lock:
            self._jobs[job.id] = job
            for old in list(self._jobs)[: max(0, len(self._jobs) - self.keep)]:
                if self._jobs[old].finished:
                    del self._jobs[old]
        return job

    def finished(self, title: str, lines: list[str], link: str | None = None) -> Job:
        """A job already done (a quick import): its page is where the form redirects."""
        return self._add(Job(id=secrets.token_urlsafe(9), title=title, done=1, total=1,
                             finished=True, lines=lines, link=link))

    def start(self, title: str, work: Callable[[Job], Any],
              describe: Callable[[Any], list[str]]) -> Job:
        job = self._add(Job(id=secrets.token_urlsafe(9), title=title))

        def run() -> None:
            from bounceback.domain.errors import BouncebackError

            try:
                job.result = work(job)
                job.lines = describe(job.result)
            except BouncebackError as exc:
                job.error = str(exc)
            except Exception:  # a bug: a calm word for the user, details in the server log
                import logging

                logging.getLogger("bounceback.web").exception("import job failed")
                job.error = "something went wrong inside bounceback; nothing half-done was kept"
            finally:
                job.finished = True

        threading.Thread(target=run, name=f"import-{job.id}", daemon=True).start()
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)
