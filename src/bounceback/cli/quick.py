"""The quick read path: `list --json`, `today --json`, `outlook --json`, `show APP --json`,
`brief APP --json`, `practice --json` and `gaps [APP] --json` without typer.

Scripts and status bars run these often, so start-up matters: typer and the parameter checks
it builds cost more than the read itself. When the arguments are plainly one of these commands
with simple options, it runs here and prints the same JSON the full CLI would (a test compares
them); anything else (help, a date phrase, a value the full CLI would reject, table output)
goes to the full CLI. BOUNCEBACK_FULL_CLI=1 turns this path off.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

STAGES = {"saved", "applied", "screening", "interviewing", "offer", "accepted", "rejected",
          "withdrawn", "ghosted"}
MAX_LIMIT = 1_000_000

Run = Callable[[str | None], Any]


def _options(args: list[str], flags: set[str], values: dict[str, str]) -> dict[str, Any] | None:
    """Options by canonical name (values lists), or None when anything is out of the ordinary."""
    found: dict[str, Any] = {}
    rest = iter(args)
    for arg in rest:
        name, eq, value = arg.partition("=")
        if name in flags and not eq:
            found[name] = True
        elif name in values:
            if not eq:
                value = next(rest, None)  # type: ignore[assignment]
                if value is None or value.startswith("-"):
                    return None
            found.setdefault(values[name], []).append(value)
        else:
            return None
    return found


def _db(argv: list[str]) -> tuple[str | None, list[str]] | None:
    """The global --db option (or its environment variable), and the arguments after it."""
    url = os.environ.get("BOUNCEBACK_DATABASE_URL") or None
    if argv[:1] == ["--db"] and len(argv) > 1:
        return argv[1], argv[2:]
    if argv[:1] and argv[0].startswith("--db="):
        return argv[0][len("--db="):], argv[1:]
    if argv[:1] and argv[0].startswith("-"):
        return None
    return url, argv


def parse(argv: list[str]) -> tuple[Run, str | None] | None:
    """(what to run, database URL) for a plain quick command, or None."""
    if os.environ.get("BOUNCEBACK_FULL_CLI"):
        return None
    found = _db(argv)
    if found is None or not found[1]:
        return None
    url, (command, *args) = found
    parser = {"list": _list, "today": _today, "outlook": _outlook, "show": _show,
              "brief": _brief, "practice": _practice, "gaps": _gaps}.get(command)
    run = parser(args) if parser else None
    return (run, url) if run is not None else None


def _list(args: list[str]) -> Run | None:
    opts = _options(args, {"--json", "--live"}, {
        "--stage": "stage", "-s": "stage", "--company": "company", "--tag": "tag",
        "--text": "text", "-q": "text", "--limit": "limit"})
    if opts is None or "--json" not in opts:
        return None
    if any(len(opts.get(k, [])) > 1 for k in ("company", "tag", "text", "limit")):
        return None
    stages = opts.get("stage", [])
    if any(s not in STAGES for s in stages):
        return None  # the full CLI names the valid ones
    limit = None
    if "limit" in opts:
        raw = opts["limit"][0]
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
            return None
        limit = int(raw)

    def run(url: str | None) -> Any:
        from bounceback.domain.models import ApplicationQuery

        one = {k: opts[k][0] for k in ("company", "tag", "text") if k in opts}
        query = ApplicationQuery(stages=stages or None, live_only="--live" in opts, limit=limit,
                                 **one)
        return _service(url).views.applications(query)

    return run


def _today(args: list[str]) -> Run | None:
    if args != ["--json"]:
        return None
    return lambda url: _service(url).today()


def _outlook(args: list[str]) -> Run | None:
    opts = _options(args, {"--json"}, {"--target": "target"})
    if opts is None or "--json" not in opts or len(opts.get("target", [])) > 1:
        return None
    target = None
    if "target" in opts:
        try:
            target = float(opts["target"][0])
        except ValueError:
            return None
    return lambda url: _service(url).views.report(target).to_dict()


def _one_app(args: list[str]) -> str | None:
    """The APP of `APP --json` or `--json APP` (nothing else), or None."""
    if len(args) != 2 or "--json" not in args:
        return None
    ref = args[1] if args[0] == "--json" else args[0]
    return None if ref.startswith("-") or not ref.strip() else ref


def _show(args: list[str]) -> Run | None:
    ref = _one_app(args)
    if ref is None:
        return None

    def run(url: str | None) -> Any:
        views = _service(url).views
        return views.timeline(views.resolve(ref).id)

    return run


def _brief(args: list[str]) -> Run | None:
    ref = _one_app(args)
    if ref is None:
        return None

    def run(url: str | None) -> Any:
        views = _service(url).views
        return views.brief(views.resolve(ref).id, [])

    return run


def _practice(args: list[str]) -> Run | None:
    if any(a.startswith("-n=") for a in args):
        return None  # Click reads "=2" as the value of -n: the full CLI refuses it
    opts = _options(args, {"--json"}, {"--limit": "limit", "-n": "limit"})
    if opts is None or "--json" not in opts or len(opts.get("limit", [])) > 1:
        return None
    limit = 10  # the full CLI's default
    if "limit" in opts:
        raw = opts["limit"][0]
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
            return None
        limit = int(raw)
    return lambda url: _service(url).views.due_cards(limit)


def _gaps(args: list[str]) -> Run | None:
    if args == ["--json"]:
        return lambda url: _service(url).views.search_gaps(10)  # the full CLI's default limit
    ref = _one_app(args)
    if ref is None:
        return None

    def run(url: str | None) -> Any:
        views = _service(url).views
        return views.gaps(views.resolve(ref).id)

    return run


_made: list[Any] = []


def _service(url: str | None) -> Any:
    from bounceback.config import Settings, default_database_url
    from bounceback.domain.clock import Clock
    from bounceback.services import Bounceback
    from bounceback.storage.folders import EMPTY_URL, first_run

    # a fresh install (no database named, the data folder's not made): an empty search's JSON
    url = EMPTY_URL if first_run(url) else url
    service = Bounceback(Settings(database_url=url or default_database_url()),
                         clock=Clock.from_environment())
    service.db.create_missing = False  # every quick command reads: a missing file is refused
    _made.append(service)
    return service


def run(call: tuple[Run, str | None]) -> None:
    from bounceback.cli.jsonout import print_json

    what, url = call
    try:
        print_json(what(url))
    finally:
        for service in _made:
            service.close()
