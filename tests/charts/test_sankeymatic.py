"""SankeyMATIC text: lines people can paste, amounts that add up to the applications."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from bounceback.charts.sankeymatic import sankeymatic_text
from bounceback.domain.models import Application
from charts_records import sankey_data

LINE = re.compile(r"^(?P<source>[^\[\]]+) \[(?P<value>\d+)\] (?P<target>[^\[\]]+)$")


def test_text_parses_back_and_adds_up(search_applications: list[Application]) -> None:
    data = sankey_data(search_applications)
    text = sankeymatic_text(data, as_of=date(2026, 11, 20))
    assert text.startswith("// My job search, made with bounceback\n// as of 2026-11-20")
    inflow: dict[str, int] = defaultdict(int)
    outflow: dict[str, int] = defaultdict(int)
    flows = 0
    for line in text.splitlines():
        if not line or line.startswith(("//", ":")):
            continue
        match = LINE.match(line)
        assert match, line
        value = int(match["value"])
        outflow[match["source"]] += value
        inflow[match["target"]] += value
        flows += 1
    assert flows == len(data.flows)
    assert outflow["Applications"] == data.applications
    for stage in ("Screens", "Interviews", "Offers"):
        assert inflow[stage] == outflow[stage]
    ends = ("Rejected", "Withdrew", "Ghosted", "Still open", "Accepted")
    assert sum(inflow[name] for name in ends) == data.applications
    assert re.search(r"^:Rejected #[0-9a-f]{6}$", text, re.M)


def test_empty_search_gives_a_valid_empty_diagram() -> None:
    text = sankeymatic_text(sankey_data([]))
    assert [line for line in text.splitlines() if line and not line.startswith("//")] == []
