"""Tasks: reminders with a due date, and the `today` section for what is due."""

from __future__ import annotations

from datetime import date

from bounceback.domain.errors import InvalidValue
from bounceback.domain.models import Task
from bounceback.services.base import ServicePart
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import tasks as repo


class TasksService(ServicePart):
    def add(self, task: Task) -> Task:
        if not task.title.strip():
            raise InvalidValue("title: the task says nothing")
        self.bounded_day(task.due, "the due date")
        with self.db.session() as s:
            if task.application_id is not None:
                apps_repo.get(s, task.application_id)
            return repo.add(s, task)

    def list(self, *, include_done: bool = False, due_by: date | None = None,
             app_id: int | None = None) -> list[Task]:
        with self.db.session() as s:
            return repo.list_tasks(s, include_done=include_done, due_by=due_by, app_id=app_id)

    def done(self, task_id: int, done: bool = True) -> Task:
        with self.db.session() as s:
            return repo.set_done(s, task_id, done)

    def remove(self, task_id: int) -> None:
        with self.db.session() as s:
            repo.remove(s, task_id)
