"""The two pictures of how applications move: the Sankey of the whole search and the funnel."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from bounceback.charts import theme
from bounceback.charts.data import (
    EXIT_NAMES,
    EXITS,
    FLOW_STAGES,
    STAGE_NAMES,
    STAGE_WORDS,
    FunnelStep,
    SankeyData,
    node_label,
    parse_exit_key,
)
from bounceback.domain.vocabulary import Stage

SANKEY_TITLE = "Your search at a glance"
SANKEY_SUBTITLE = (
    "Each application is counted once, at the furthest stage it reached, "
    "and leaves where it ended."
)
FUNNEL_TITLE = "How far applications get"

# Share of a column's height kept as gaps between nodes, and the smallest node drawn (share
# of the total) so a 1-application exit still has room for its label.
_GAP = 0.04
_MIN_NODE = 0.035


def node_colour(key: str) -> str:
    if key.startswith("exit:"):
        return theme.EXIT_COLOURS[parse_exit_key(key)[0]]
    return theme.STAGE_COLOURS[Stage(key)]


def _columns(data: SankeyData) -> list[list[str]]:
    """Nodes by column: stage i in column i, with the exits of stage i-1 below it."""
    present = [s for s in FLOW_STAGES if data.reached.get(s)]
    exits = data.exits
    columns: list[list[str]] = []
    for index, stage in enumerate(present):
        column = []
        if index > 0:
            before = present[index - 1]
            column += [k for o in EXITS if (k := f"exit:{o}@{before.value}") in exits]
        columns.append([*column, stage.value])
    last = present[-1] if present else None
    if last is not None:
        tail = [k for o in EXITS if (k := f"exit:{o}@{last.value}") in exits]
        if tail:
            columns.append(tail)
    return columns


def _positions(data: SankeyData, columns: list[list[str]]) -> dict[str, tuple[float, float]]:
    """Node centres in 0..1: each column stacked from the bottom, the stage node lowest, its
    exits above it, so the search runs along the bottom and what left rises out of it."""
    values = {f.target: f.value for f in data.flows}
    values[Stage.APPLIED.value] = data.applications
    total = max(data.applications, 1)
    heights = {n: max(values.get(n, 0) / total, _MIN_NODE) for c in columns for n in c}
    scale = min(
        [1.0]
        + [(1 - _GAP * (len(c) - 1)) / sum(heights[n] for n in c) for c in columns if c]
    )
    spots: dict[str, tuple[float, float]] = {}
    width = max(len(columns) - 1, 1)
    for col, nodes in enumerate(columns):
        x = 0.001 + 0.998 * col / width
        bottom = 1.0
        for node in reversed(nodes):
            h = heights[node] * scale
            spots[node] = (x, min(max(bottom - h / 2, 0.001), 0.999))
            bottom -= h + _GAP
    return spots


def sankey_figure(data: SankeyData) -> go.Figure:
    if data.applications == 0:
        return empty_figure(SANKEY_TITLE, "No applications yet: your search will show here.")
    columns = _columns(data)
    spots = _positions(data, columns)
    keys = [k for column in columns for k in column]
    index = {k: i for i, k in enumerate(keys)}
    values = {f.target: f.value for f in data.flows}
    values[Stage.APPLIED.value] = data.applications
    labels = [f"{node_label(k)} {theme.number(values.get(k, 0))}" for k in keys]
    link_text = []
    for f in data.flows:
        if f.target.startswith("exit:"):
            outcome, stage = parse_exit_key(f.target)
            link_text.append(f"{EXIT_NAMES[outcome]} {STAGE_WORDS[stage]}")
        else:
            link_text.append(f"{node_label(f.source)} → {node_label(f.target)}")
    trace = go.Sankey(
        arrangement="snap",
        valueformat=",d",
        node={
            "label": labels,
            "color": [node_colour(k) for k in keys],
            "x": [spots[k][0] for k in keys],
            "y": [spots[k][1] for k in keys],
            "pad": 18,
            "thickness": 18,
            "line": {"width": 0},
            "hovertemplate": "%{label}<extra></extra>",
        },
        link={
            "source": [index[f.source] for f in data.flows],
            "target": [index[f.target] for f in data.flows],
            "value": [f.value for f in data.flows],
            "color": [theme.rgba(node_colour(f.target), 0.45) for f in data.flows],
            "customdata": link_text,
            "hovertemplate": "%{customdata}: %{value:,d}<extra></extra>",
        },
        textfont={"family": theme.FONT, "size": 14, "color": theme.INK},
    )
    layout = theme.base_layout(SANKEY_TITLE, SANKEY_SUBTITLE)
    layout["margin"].update({"l": 30, "r": 30})
    return go.Figure(data=[trace], layout=layout)


def funnel_figure(steps: list[FunnelStep]) -> go.Figure:
    if not steps or steps[0].count == 0:
        return empty_figure(FUNNEL_TITLE, "No applications yet: the funnel fills as you apply.")
    shown = [s for s in steps if s.count or s.stage in (Stage.APPLIED, Stage.OFFER)]
    text = []
    for step in shown:
        if step.stage == Stage.APPLIED:
            text.append(f"{theme.number(step.count)} sent")
        else:
            text.append(
                f"{theme.number(step.count)} · {theme.percent(step.from_previous)} of the step "
                f"before · {theme.percent(step.from_start)} of all"
            )
    still_open = [s for s in steps if s.open_here]
    subtitle = "Conversion from each step to the next, counting where each application got to."
    if still_open:
        waiting = ", ".join(
            f"{theme.number(s.open_here)} at {STAGE_NAMES[s.stage].lower()}" for s in still_open
        )
        subtitle += f"<br>Still waiting: {waiting}; the rates can still rise."
    trace = go.Funnel(
        y=[STAGE_NAMES[s.stage] for s in shown],
        x=[s.count for s in shown],
        text=text,
        textinfo="text",
        textposition="outside",
        marker={"color": [theme.STAGE_COLOURS[s.stage] for s in shown]},
        connector={"fillcolor": theme.GRID, "line": {"width": 0}},
        hovertemplate="%{y}: %{x:,d}<extra></extra>",
        cliponaxis=False,
    )
    layout = theme.base_layout(FUNNEL_TITLE, subtitle)
    layout["xaxis"] = theme.axis(
        "Applications (counted once, where each got to)",
        visible=True,
        showticklabels=False,
        showgrid=False,
    )
    layout["yaxis"] = theme.axis("Stage reached", ticksuffix="  ")
    layout["margin"].update({"r": 60, "t": 120})
    return go.Figure(data=[trace], layout=layout)


def empty_figure(title: str, message: str) -> go.Figure:
    """A chart with nothing to draw says so in the image, in plain words."""
    layout: dict[str, Any] = theme.base_layout(title)
    hidden = {"visible": False}
    layout.update(
        xaxis=hidden,
        yaxis=hidden,
        annotations=[
            {
                "text": message,
                "x": 0.5,
                "y": 0.5,
                "xref": "paper",
                "yref": "paper",
                "showarrow": False,
                "font": {"size": 20, "color": theme.MUTED},
            }
        ],
    )
    return go.Figure(layout=layout)
