"""The named charts (sankey, funnel, ...): one place that turns ChartInputs into a figure."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback.charts import data as cd
from bounceback.domain.errors import NotFound

if TYPE_CHECKING:
    import plotly.graph_objects as go


@dataclass(frozen=True)
class ChartInfo:
    name: str
    title: str
    about: str  # one line for `bounceback chart --help` and the Insights page


CHARTS: dict[str, ChartInfo] = {
    info.name: info
    for info in (
        ChartInfo("sankey", "Your search at a glance", "every application, sent to where it ended"),
        ChartInfo("funnel", "How far applications get", "counts and conversion at each stage"),
        ChartInfo("reasons", "Why applications ended", "main rejection reasons, by stage"),
        ChartInfo("mood", "How you have felt", "mood over time, rejections and recovery times"),
        ChartInfo("weekly", "Applications sent each week", "applications a week against the goal"),
        ChartInfo("outlook", "Chance of at least one offer", "the offer outlook over time"),
    )
}


def resolve(name: str) -> str:
    """A chart name as typed by a user, or NotFound naming the charts there are."""
    cleaned = name.strip().lower()
    if cleaned in CHARTS:
        return cleaned
    close = difflib.get_close_matches(cleaned, list(CHARTS), n=2, cutoff=0.5)
    raise NotFound(
        f"there is no chart called {name!r}; the charts are: {', '.join(CHARTS)}", close
    )


def chart_data(name: str, inputs: cd.ChartInputs) -> Any:
    """The plain numbers behind one chart (what the tests and the web page's table use)."""
    name = resolve(name)
    counts = inputs.counts  # a count not given is an empty one
    if name in ("sankey", "funnel"):
        flow = counts.flow or {}
        return cd.sankey_from(flow) if name == "sankey" else cd.funnel_from(flow)
    if name == "reasons":
        return cd.reasons_from(counts.reasons or {})
    if name == "mood":
        return cd.MoodData(points=cd.mood_points(inputs.check_ins), rejections=counts.marks or [])
    if name == "weekly":
        return cd.weekly_from(counts.applied_days or {}, inputs.weekly_goal, inputs.today)
    return cd.outlook_data(inputs.outlook, inputs.offer_target)


def figure_from_data(name: str, data: Any) -> go.Figure:
    """The plotly figure for chart `name` from its data (imports plotly on first use)."""
    from bounceback.charts import figures, flow

    builders: dict[str, Callable[[Any], go.Figure]] = {
        "sankey": flow.sankey_figure,
        "funnel": flow.funnel_figure,
        "reasons": figures.reasons_figure,
        "mood": figures.mood_figure,
        "weekly": figures.weekly_figure,
        "outlook": figures.outlook_figure,
    }
    return builders[resolve(name)](data)


def build_figure(name: str, inputs: cd.ChartInputs) -> go.Figure:
    return figure_from_data(name, chart_data(name, inputs))


def export_chart(name: str, inputs: cd.ChartInputs, path: Path) -> Path:
    """Write chart `name` to `path`, the format from the extension (.svg .png .pdf .html .json;
    the Sankey also .txt as SankeyMATIC text). The path is checked before any work is done."""
    from bounceback.charts import export

    name = resolve(name)
    path = export.check_writable(Path(path))
    allowed = [*export.IMAGE_FORMATS, "html", "json"]
    if name == "sankey":
        allowed.append("sankeymatic")
    fmt = export.format_for(path, allowed)
    data = chart_data(name, inputs)
    if fmt == "sankeymatic":
        from bounceback.charts.sankeymatic import sankeymatic_text

        return export.write_atomic(path, sankeymatic_text(data, inputs.today))
    fig = figure_from_data(name, data)
    return export.write_figure(fig, path, fmt, title=CHARTS[name].title)
