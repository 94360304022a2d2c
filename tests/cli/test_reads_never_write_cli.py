"""Reading never writes, on the command line too: the commands that show things leave the
database as it was, over the same lived-in search as the web walk."""

from __future__ import annotations

from bounceback.config import Settings
from bounceback.services import Bounceback
from db_snapshot import changes, lived_in, snapshot
from tests_now import NOW

READS = [
    ["today"], ["list"], ["list", "--json"], ["show", "{app}"], ["outlook"], ["outlook", "--json"],
    ["plan"], ["conversion"], ["ghost"], ["recovery"], ["recovery", "resilience"], ["support"],
    ["support", "suggest"], ["support", "suggest", "--for", "{app}"], ["patterns"],
    ["brief", "{app}"], ["practice", "list"], ["lesson", "list"], ["feedback", "list"],
    ["interview", "list"], ["reasons", "{app}"], ["tasks"], ["contacts"], ["helplines"],
    ["gaps"], ["journal", "list"],
]


def test_showing_commands_change_nothing(cli, db_url, home) -> None:  # type: ignore[no-untyped-def]
    bb = Bounceback(Settings(database_url=db_url, home=home), clock=lambda: NOW)
    values = lived_in(bb)
    bb.close()
    app = str(values["app_id"][-1])
    before = snapshot(db_url)
    offenders = {}
    for argv in READS:
        args = [a.replace("{app}", app) for a in argv]
        result = cli(*args)
        assert result.exit_code == 0, f"{args}: {result.output}"
        after = snapshot(db_url)
        if after != before:
            offenders[" ".join(args)] = changes(before, after)
            before = after
    assert offenders == {}, offenders
