"""The read model: what pages and commands show, kept current by each write.

Triggers on the tables that feed it (applications, events, tags, snoozes, rejections,
companies, check-ins) note what changed in `rm_dirty`; before each commit the write's own
transaction brings the derived tables up to date for those rows only (`sync.process`), so a
read never computes over the history and never sees an old answer. `rebuild` recomputes it all
from the source tables; a test proves the two agree after any sequence of writes.

Every derived table is marked `info={"derived": True}`: exports, imports and wipes leave them
to this package. This module imports nothing heavy: the lean read path reads VERSION.
"""

#: Bump when what the read model stores, or how it is derived, changes: a database whose
#: stamp differs is rebuilt on first use after the upgrade.
VERSION = "13"  # 13: applications sent per week kept in the tallies (applied_week)

TABLES = ("rm_applications", "rm_bookings", "rm_interviews", "rm_weak", "rm_gaps", "rm_tallies", "rm_days",
          "rm_rejections")
