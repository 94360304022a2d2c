"""Every table, on one metadata: importing this package registers them all.

Each capability keeps its tables in its own module here and adds one import line below.
"""

from bounceback.storage.tables.base import Base
from bounceback.storage.tables.core import (
    ApplicationContactRow,
    ApplicationRow,
    CompanyRow,
    ContactRow,
    DatabaseIdentityRow,
    EventRow,
    ImportRecordRow,
    RejectionReasonRow,
    RejectionRow,
    SettingRow,
    TagRow,
    TaskRow,
)

__all__ = [
    "ApplicationContactRow",
    "ApplicationRow",
    "Base",
    "CompanyRow",
    "ContactRow",
    "DatabaseIdentityRow",
    "EventRow",
    "ImportRecordRow",
    "RejectionReasonRow",
    "RejectionRow",
    "SettingRow",
    "TagRow",
    "TaskRow",
]
from bounceback.storage.readmodel import tables as _readmodel  # noqa: E402
from bounceback.storage.tables import (
    learning,  # noqa: E402, F401
    mail,  # noqa: E402, F401
    pipeline,  # noqa: E402, F401
    recovery,  # noqa: E402, F401
    skills,  # noqa: E402, F401
)

_readmodel.partial_indexes()  # the two partial ones: the full schema's (readmodel/tables.py)


def configure_mappers() -> None:
    """Set up every mapped class now (a server's start-up), not on a process's first query."""
    from sqlalchemy.orm import configure_mappers as configure

    configure()
