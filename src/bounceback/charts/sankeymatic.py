"""The Sankey as SankeyMATIC text (`Source [amount] Target` lines), the form people post."""

from __future__ import annotations

from datetime import date

from bounceback.charts import theme
from bounceback.charts.data import EXIT_NAMES, SankeyData, node_label, parse_exit_key
from bounceback.domain.vocabulary import Stage


def _name(key: str) -> str:
    """Exits share one node per outcome ("Rejected"), as people draw them; stages keep theirs."""
    if key.startswith("exit:"):
        return EXIT_NAMES[parse_exit_key(key)[0]]
    return node_label(key)


def sankeymatic_text(data: SankeyData, as_of: date | None = None) -> str:
    """Paste into SankeyMATIC's input box. The amounts add up: every application once."""
    lines = ["// My job search, made with bounceback"]
    if as_of is not None:
        lines.append(f"// as of {as_of.isoformat()}: {data.applications} applications")
    lines.append("")
    for flow in data.flows:
        lines.append(f"{_name(flow.source)} [{flow.value}] {_name(flow.target)}")
    lines.append("")
    used = {_name(f.source) for f in data.flows} | {_name(f.target) for f in data.flows}
    for stage, colour in theme.STAGE_COLOURS.items():
        if stage != Stage.SAVED and node_label(stage.value) in used:
            lines.append(f":{node_label(stage.value)} {colour}")
    for outcome, name in EXIT_NAMES.items():
        if name in used:
            lines.append(f":{name} {theme.EXIT_COLOURS[outcome]}")
    return "\n".join(lines) + "\n"
