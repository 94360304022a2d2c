"""The look shared by every chart: calm colours, readable type, one layout base."""

from __future__ import annotations

from typing import Any

from bounceback.domain.vocabulary import Stage

FONT = "Liberation Sans, DejaVu Sans, Helvetica, Arial, sans-serif"
INK = "#33414e"  # text
MUTED = "#6b7884"  # secondary text
GRID = "#e6eaee"
PAPER = "#ffffff"

STAGE_COLOURS: dict[Stage, str] = {
    Stage.APPLIED: "#7fa6c8",
    Stage.SCREENING: "#6a9fb5",
    Stage.INTERVIEWING: "#5b9896",
    Stage.OFFER: "#6aa37a",
    Stage.ACCEPTED: "#4f8d5e",
}
EXIT_COLOURS: dict[str, str] = {
    "rejected": "#d2a29a",
    "withdrawn": "#d8c497",
    "ghosted": "#b8bec6",
    "open": "#c9d7e4",
}
# Rejections by the stage they came at: distinct but quiet, to tell the stacks apart.
REJECTION_STAGE_COLOURS: dict[Stage, str] = {
    Stage.APPLIED: "#9db9d6",
    Stage.SCREENING: "#b9a9d4",
    Stage.INTERVIEWING: "#73ae9e",
    Stage.OFFER: "#dfb27a",
}
MOOD_COLOUR = "#5b8fb0"
REJECTION_COLOUR = "#c98f86"
RECOVERY_COLOUR = "#7fae9c"
GOAL_MET_COLOUR = "#5f9e8f"
GOAL_BELOW_COLOUR = "#b9c7d3"
GOAL_LINE_COLOUR = "#8a74a8"
OUTLOOK_COLOUR = "#5b8fb0"

WIDTH, HEIGHT = 1000, 600


def rgba(hex_colour: str, alpha: float) -> str:
    """A #rrggbb colour with transparency, for Sankey bands and fills."""
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def base_layout(title: str, subtitle: str = "") -> dict[str, Any]:
    """The layout every chart starts from (plain dict: cheap, and no plotly import here)."""
    title_spec: dict[str, Any] = {
        "text": title,
        "x": 0.02,
        "xanchor": "left",
        "font": {"size": 21, "color": INK},
    }
    if subtitle:
        title_spec["subtitle"] = {"text": subtitle, "font": {"size": 13, "color": MUTED}}
    return {
        "title": title_spec,
        "font": {"family": FONT, "size": 14, "color": INK},
        "paper_bgcolor": PAPER,
        "plot_bgcolor": PAPER,
        "margin": {"l": 70, "r": 40, "t": 100 if subtitle else 80, "b": 70},
        "width": WIDTH,
        "height": HEIGHT,
        "hoverlabel": {"font": {"family": FONT}},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1},
    }


def axis(title: str, **extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "title": {"text": title, "font": {"size": 14, "color": MUTED}},
        "gridcolor": GRID,
        "zeroline": False,
        "linecolor": GRID,
        "tickfont": {"size": 13},
        "automargin": True,
    }
    spec.update(extra)
    return spec


def number(value: int) -> str:
    return f"{value:,}"


def percent(share: float | None) -> str:
    if share is None:
        return ""
    if share >= 0.995:
        return "over 99%"  # never round a chance up to a certainty
    if 0 < share < 0.005:
        return "under 1%"
    return f"{share * 100:.0f}%"
