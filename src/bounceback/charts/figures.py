"""Charts of reasons, mood and recovery, weekly effort, and the outlook over time."""

from __future__ import annotations

from datetime import date, timedelta

import plotly.graph_objects as go

from bounceback.charts import theme
from bounceback.charts.data import (
    STAGE_WORDS,
    MoodData,
    OutlookData,
    ReasonsData,
    WeeklyData,
    reason_label,
)
from bounceback.charts.flow import empty_figure

REASONS_TITLE = "Why applications ended"
MOOD_TITLE = "How you have felt"
WEEKLY_TITLE = "Applications sent each week"
OUTLOOK_TITLE = "Chance of at least one offer"
MAX_GUIDE_LINES = 60  # more rejection days than this and the lines would hide the mood
MOOD_TICKS = {1: "1 very low", 2: "2 low", 3: "3 okay", 4: "4 good", 5: "5 very good"}


def reasons_figure(data: ReasonsData) -> go.Figure:
    if data.total == 0:
        return empty_figure(REASONS_TITLE, "No rejections yet.")
    labels = [reason_label(r) for r in data.reasons]
    traces = []
    for stage in data.stages:
        counts = [data.count(r, stage) for r in data.reasons]
        traces.append(
            go.Bar(
                name=STAGE_WORDS[stage].capitalize(),
                y=labels,
                x=counts,
                orientation="h",
                marker={"color": theme.REJECTION_STAGE_COLOURS.get(stage, theme.MUTED)},
                hovertemplate="%{y}, " + STAGE_WORDS[stage] + ": %{x:,d}<extra></extra>",
            )
        )
    subtitle = (
        f"The main reason for each of {theme.number(data.total)} rejections, "
        "by the stage it ended at."
    )
    layout = theme.base_layout(REASONS_TITLE, subtitle)
    layout.update(barmode="stack", bargap=0.35)
    layout["xaxis"] = theme.axis("Rejections", rangemode="tozero")
    layout["yaxis"] = theme.axis("Main reason", autorange="reversed", ticksuffix="  ")
    layout["height"] = max(theme.HEIGHT, 160 + 38 * len(labels))
    layout["legend"].update({"traceorder": "normal"})
    return go.Figure(data=traces, layout=layout)


def _rolling(values: list[float], size: int = 7) -> list[float]:
    out, window, total = [], [], 0.0
    for value in values:
        window.append(value)
        total += value
        if len(window) > size:
            total -= window.pop(0)
        out.append(total / len(window))
    return out


def _rejection_days(data: MoodData) -> list[tuple[date, list[str]]]:
    by_day: dict[date, list[str]] = {}
    for mark in data.rejections:
        by_day.setdefault(mark.day, []).append(mark.label)
    return sorted(by_day.items())


def _rejection_traces(data: MoodData) -> list[go.Scatter]:
    """One marker a day on the bottom edge (bigger for more), and thin guide lines when few."""
    days = _rejection_days(data)
    traces = []
    if len(days) <= MAX_GUIDE_LINES:
        xs: list[date | None] = []
        ys: list[float | None] = []
        for day, _ in days:
            xs += [day, day, None]
            ys += [0.75, 5.25, None]
        traces.append(
            go.Scatter(
                x=xs, y=ys, mode="lines", showlegend=False, hoverinfo="skip",
                line={"color": theme.rgba(theme.REJECTION_COLOUR, 0.45), "width": 1.5},
            )
        )
    hover = [
        ("A rejection: " if len(labels) == 1 else f"{len(labels)} rejections: ")
        + "; ".join(labels[:3]) + ("..." if len(labels) > 3 else "")
        for _, labels in days
    ]
    traces.append(
        go.Scatter(
            x=[day for day, _ in days],
            y=[0.72] * len(days),
            mode="markers",
            name="A rejection",
            marker={
                "symbol": "triangle-up",
                "size": [min(8 + 3 * (len(labels) - 1), 18) for _, labels in days],
                "color": theme.REJECTION_COLOUR,
                "line": {"width": 0},
            },
            customdata=hover,
            hovertemplate="%{x|%d %b %Y}: %{customdata}<extra></extra>",
        )
    )
    return traces


def mood_figure(data: MoodData) -> go.Figure:
    if not data.points and not data.rejections:
        return empty_figure(MOOD_TITLE, "No check-ins yet: your mood will show here.")
    recoveries = data.recoveries
    traces: list[go.Scatter | go.Bar] = _rejection_traces(data) if data.rejections else []
    if data.points:
        days = [p.day for p in data.points]
        moods = [p.mood for p in data.points]
        traces.append(
            go.Scatter(
                x=days,
                y=moods,
                mode="markers",
                name="Check-in (daily average)",
                marker={"size": 6, "color": theme.rgba(theme.MOOD_COLOUR, 0.45)},
                hovertemplate="%{x|%d %b %Y}: mood %{y:.1f}<extra></extra>",
            )
        )
        traces.append(
            go.Scatter(
                x=days,
                y=_rolling(moods),
                mode="lines",
                name="Trend (last 7 check-in days)",
                line={"color": theme.MOOD_COLOUR, "width": 3, "shape": "spline"},
                hoverinfo="skip",
            )
        )
    if recoveries:
        traces.append(
            go.Bar(
                x=[r.day for r in recoveries],
                y=[r.recovery_days for r in recoveries],
                xaxis="x2",
                yaxis="y2",
                name="Days to recover",
                marker={"color": theme.RECOVERY_COLOUR, "line": {"width": 0}},
                customdata=[r.label for r in recoveries],
                hovertemplate="%{customdata}: back in %{y} days<extra></extra>",
            )
        )
    subtitle = "Daily mood from your check-ins, with each rejection marked."
    if recoveries:
        typical = sorted(r.recovery_days or 0 for r in recoveries)[len(recoveries) // 2]
        subtitle += f" Typical time to feel okay again: {typical} days."
    layout = theme.base_layout(MOOD_TITLE, subtitle)
    layout["height"] = 680 if recoveries else 630
    layout["legend"].update({"y": -0.1, "yanchor": "top", "x": 0, "xanchor": "left"})
    layout["margin"]["b"] = 110
    mood_axis = theme.axis(
        "Mood", range=[0.6, 5.4], tickvals=list(MOOD_TICKS), ticktext=list(MOOD_TICKS.values())
    )
    if recoveries:
        layout["yaxis"] = {**mood_axis, "domain": [0.36, 1.0]}
        layout["xaxis"] = theme.axis("", matches="x2", showticklabels=False)
        layout["yaxis2"] = theme.axis("Days to recover", rangemode="tozero", domain=[0.0, 0.28])
        layout["xaxis2"] = theme.axis("Date", anchor="y2")
        middle = 0.68
    else:
        layout["yaxis"] = mood_axis
        layout["xaxis"] = theme.axis("Date")
        middle = 0.6
    if not data.points:
        layout["annotations"] = [
            {
                "text": "No check-ins yet: your mood will show here.",
                "xref": "paper", "yref": "paper", "x": 0.5, "y": middle, "showarrow": False,
                "font": {"color": theme.MUTED, "size": 16}, "bgcolor": theme.PAPER,
                "borderpad": 8,
            }
        ]
    return go.Figure(data=traces, layout=layout)


def weekly_figure(data: WeeklyData) -> go.Figure:
    if not data.weeks:
        return empty_figure(WEEKLY_TITLE, "No applications sent yet.")
    met = [w for w in data.weeks if w.applications >= data.goal]
    below = [w for w in data.weeks if w.applications < data.goal]
    traces = []
    for weeks, name, colour in (
        (met, "Reached the goal", theme.GOAL_MET_COLOUR),
        (below, "Below the goal", theme.GOAL_BELOW_COLOUR),
    ):
        traces.append(
            go.Bar(
                x=[w.week for w in weeks],
                y=[w.applications for w in weeks],
                name=name,
                marker={"color": colour, "line": {"width": 0}},
                hovertemplate="Week of %{x|%d %b %Y}: %{y} sent<extra></extra>",
            )
        )
    subtitle = (
        f"Goal: {data.goal} a week. Reached in {data.weeks_on_goal} of "
        f"{len(data.weeks)} weeks."
    )
    layout = theme.base_layout(WEEKLY_TITLE, subtitle)
    start = data.weeks[0].week - timedelta(days=4)
    end = data.weeks[-1].week + timedelta(days=4)
    layout.update(
        barmode="overlay",
        bargap=0.25,
        shapes=[
            {
                "type": "line",
                "xref": "paper",
                "x0": 0,
                "x1": 1,
                "y0": data.goal,
                "y1": data.goal,
                "line": {"color": theme.GOAL_LINE_COLOUR, "width": 2, "dash": "dash"},
            }
        ],
        annotations=[
            {
                "text": f"goal {data.goal}",
                "xref": "paper",
                "x": 1,
                "xanchor": "right",
                "y": data.goal,
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"color": theme.GOAL_LINE_COLOUR, "size": 13},
                "bgcolor": theme.PAPER,
            }
        ],
    )
    layout["xaxis"] = theme.axis("Week starting", range=[start, end])
    layout["yaxis"] = theme.axis("Applications sent", rangemode="tozero")
    return go.Figure(data=traces, layout=layout)


def outlook_figure(data: OutlookData) -> go.Figure:
    if not data.points:
        return empty_figure(OUTLOOK_TITLE, "No outlook yet: it appears once applications are out.")
    days = [p.day for p in data.points]
    trace = go.Scatter(
        x=days,
        y=[p.chance for p in data.points],
        mode="lines+markers",
        name="Chance of at least one offer",
        line={"color": theme.OUTLOOK_COLOUR, "width": 3},
        marker={"size": 5, "color": theme.OUTLOOK_COLOUR},
        fill="tozeroy",
        fillcolor=theme.rgba(theme.OUTLOOK_COLOUR, 0.12),
        hovertemplate="%{x|%d %b %Y}: %{y:.0%}<extra></extra>",
    )
    latest = data.points[-1].chance
    subtitle = (
        f"From the applications still open each day. Now {theme.percent(latest)}; "
        f"your target is {theme.percent(data.target)}. An estimate, not a promise."
    )
    layout = theme.base_layout(OUTLOOK_TITLE, subtitle)
    layout.update(
        showlegend=False,
        shapes=[
            {
                "type": "line",
                "xref": "paper",
                "x0": 0,
                "x1": 1,
                "y0": data.target,
                "y1": data.target,
                "line": {"color": theme.GOAL_LINE_COLOUR, "width": 2, "dash": "dash"},
            }
        ],
        annotations=[
            {
                "text": f"target {theme.percent(data.target)}",
                "xref": "paper",
                "x": 0,
                "xanchor": "left",
                "y": data.target,
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"color": theme.GOAL_LINE_COLOUR, "size": 13},
            }
        ],
    )
    layout["xaxis"] = theme.axis("Date")
    layout["yaxis"] = theme.axis(
        "Chance of at least one offer", range=[0, 1.02], tickformat=".0%"
    )
    return go.Figure(data=[trace], layout=layout)
