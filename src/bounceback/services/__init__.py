"""The one API under the CLI, the web UI and the tests: `Bounceback(settings)` with a part per
capability (`.applications`, `.contacts`, ...). Parts own transactions and return domain objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from bounceback.config import Preferences, Settings
from bounceback.domain.clock import Clock
from bounceback.memo import Memo
from bounceback.services.base import ServicePart, TodayItem, TodaySection
from bounceback.storage.engine import Database

#: Where a transaction keeps the preferences it read (see `Bounceback.preferences`).
_PREFERENCES = "bounceback.preferences"
#: Outlooks a person's service keeps (see `PipelineReads.outlook`), the least recently read
#: leaving first.
OUTLOOKS_KEPT = 16

if TYPE_CHECKING:  # every part is imported on first use: a read command loads no ORM
    from bounceback.services.applications import ApplicationsService
    from bounceback.services.charts import ChartsService
    from bounceback.services.contacts import ContactsService
    from bounceback.services.data import DataService
    from bounceback.services.inbox import InboxService
    from bounceback.services.lean_recovery import LeanRecovery
    from bounceback.services.lean_reject import LeanReject
    from bounceback.services.lean_writes import LeanWrites
    from bounceback.services.learning import LearningService
    from bounceback.services.mail import MailService
    from bounceback.services.pipeline import PipelineService
    from bounceback.services.recovery import RecoveryService
    from bounceback.services.rejections import RejectionsService
    from bounceback.services.settings import SettingsService
    from bounceback.services.skills import SkillsService
    from bounceback.services.tasks import TasksService
    from bounceback.services.views import ViewsService

__all__ = ["Bounceback", "ServicePart", "TodayItem", "TodaySection"]


class Bounceback:
    """The application: one database, one clock, and the capability parts over them."""

    def __init__(
        self, settings: Settings | None = None, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.settings = settings or Settings()
        self.clock: Callable[[], datetime] = clock or Clock.from_environment()
        self.db = Database(self.settings.database_url, clock=self.clock, store=self.settings.store)
        #: The outlooks worked out for this store, by what they were worked out from
        #: (services/pipeline_reads.py): a shared server keeps one service per person.
        self.outlooks_kept: Memo[Any, Any] = Memo(OUTLOOKS_KEPT)

    # Parts are created on first use, so a command pays only for what it touches.
    @cached_property
    def applications(self) -> ApplicationsService:
        from bounceback.services.applications import ApplicationsService

        return ApplicationsService(self)

    @cached_property
    def lean_writes(self) -> LeanWrites:
        """`add`, `move`, `note`, `withdraw` and `edit` on SQLAlchemy Core, no ORM (the CLI's;
        services/lean_writes.py)."""
        from bounceback.services.lean_writes import LeanWrites

        return LeanWrites(self)

    @cached_property
    def lean_recovery(self) -> LeanRecovery:
        """A check-in and a journal entry on SQLAlchemy Core, no ORM
        (services/lean_recovery.py)."""
        from bounceback.services.lean_recovery import LeanRecovery

        return LeanRecovery(self)

    @cached_property
    def lean_reject(self) -> LeanReject:
        """`reject` on SQLAlchemy Core, no ORM, when no reasons, email or outreach come with it
        (services/lean_reject.py)."""
        from bounceback.services.lean_reject import LeanReject

        return LeanReject(self)

    @cached_property
    def rejections(self) -> RejectionsService:
        from bounceback.services.rejections import RejectionsService

        return RejectionsService(self)

    @cached_property
    def contacts(self) -> ContactsService:
        from bounceback.services.contacts import ContactsService

        return ContactsService(self)

    @cached_property
    def tasks(self) -> TasksService:
        from bounceback.services.tasks import TasksService

        return TasksService(self)

    @cached_property
    def data(self) -> DataService:
        from bounceback.services.data import DataService

        return DataService(self)

    @cached_property
    def settings_store(self) -> SettingsService:
        from bounceback.services.settings import SettingsService

        return SettingsService(self)

    @cached_property
    def views(self) -> ViewsService:
        """What pages and read commands show, from the read model (no ORM)."""
        from bounceback.services.views import ViewsService

        return ViewsService(self)

    # Capability parts register below (one cached_property each).

    @cached_property
    def mail(self) -> MailService:
        from bounceback.services.mail import MailService

        return MailService(self)

    @cached_property
    def inbox(self) -> InboxService:
        from bounceback.services.inbox import InboxService

        return InboxService(self)

    @cached_property
    def recovery(self) -> RecoveryService:
        from bounceback.services.recovery import RecoveryService

        return RecoveryService(self)

    @cached_property
    def pipeline(self) -> PipelineService:
        from bounceback.services.pipeline import PipelineService

        return PipelineService(self)

    @cached_property
    def learning(self) -> LearningService:
        from bounceback.services.learning import LearningService

        return LearningService(self)

    @cached_property
    def skills(self) -> SkillsService:
        from bounceback.services.skills import SkillsService

        return SkillsService(self)

    @cached_property
    def charts(self) -> ChartsService:
        from bounceback.services.charts import ChartsService

        return ChartsService(self)

    def preferences(self) -> Preferences:
        """Defaults with the stored settings applied (read without the ORM). Read once per
        transaction that has not written: a page that asks several parts reads them once."""
        from bounceback.storage.readmodel import queries

        joined = self.db.unwritten()
        kept = joined.info.get(_PREFERENCES) if joined is not None else None
        if kept is not None:
            return kept  # type: ignore[no-any-return]
        with self.db.reader() as r:
            found = Preferences().with_values(queries.settings(r))
        if joined is not None and self.db.unwritten() is joined:
            joined.info[_PREFERENCES] = found
        return found

    def date_order(self) -> str | None:
        """How slash dates (02/03/2026) are read: the date_order setting or the locale's."""
        from bounceback.config import resolve_date_order

        return resolve_date_order(self.preferences().date_order)

    def parts(self) -> list[ServicePart]:
        """Every part, created (the web server makes them all once, in one thread)."""
        names = [
            name for name, value in type(self).__dict__.items() if isinstance(value, cached_property)
        ]
        return [getattr(self, name) for name in names]

    def today(self, on: date | None = None, *, whole: str = "") -> list[TodaySection]:
        """What is due and what needs attention, from every capability, crisis notes first.
        Long lists show their first lines and a count; `whole` names one listed in full."""
        return self.views.today_sections(on, whole=whole)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One unit of work across several service calls and what goes with them (a file to
        write, the answer to print): every call inside joins it, and it commits at the end, or
        keeps nothing when anything inside fails."""
        with self.db.session():
            yield

    def close(self) -> None:
        self.db.dispose()
