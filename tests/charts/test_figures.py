"""Every chart builds a figure with labelled axes, and an empty one says so in words."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bounceback.charts import CHART_NAMES
from bounceback.charts.catalog import CHARTS, build_figure, chart_data, resolve
from bounceback.charts.data import ChartInputs
from bounceback.domain.errors import NotFound
from bounceback.domain.models import Application, Rejection

EMPTY_WORDS = {
    "sankey": "No applications yet",
    "funnel": "No applications yet",
    "reasons": "No rejections yet",
    "mood": "No check-ins yet",
    "weekly": "No applications sent yet",
    "outlook": "No outlook yet",
}


def test_catalog_names_every_chart() -> None:
    assert tuple(CHARTS) == CHART_NAMES


@pytest.mark.parametrize("name", CHART_NAMES)
def test_chart_has_title_and_labelled_axes(name: str, search: ChartInputs) -> None:
    fig = build_figure(name, search)
    assert fig.layout.title.text == CHARTS[name].title
    assert fig.data, "a chart with data draws at least one trace"
    if name == "sankey":
        return  # a Sankey has no axes; its nodes carry the labels (checked below)
    axes = [k for k in fig.layout if k.startswith(("xaxis", "yaxis"))]
    assert axes
    titled = [fig.layout[k].title.text for k in axes if fig.layout[k].title.text]
    assert any(fig.layout[k].title.text for k in axes if k.startswith("x"))
    assert any(fig.layout[k].title.text for k in axes if k.startswith("y"))
    assert all(t.strip() for t in titled)


def test_sankey_figure_bands_add_up_and_nodes_show_counts(
        search: ChartInputs, search_applications: list[Application]) -> None:
    fig = build_figure("sankey", search)
    (trace,) = fig.data
    labels = list(trace.node.label)
    sources, targets, values = trace.link.source, trace.link.target, trace.link.value
    total = len(search_applications)
    assert labels[0] == f"Applications {total:,}"
    out_of_first = sum(v for s, v in zip(sources, values, strict=True) if s == 0)
    assert out_of_first == total
    for node in range(1, len(labels)):
        into = sum(v for t, v in zip(targets, values, strict=True) if t == node)
        out = sum(v for s, v in zip(sources, values, strict=True) if s == node)
        assert out in (0, into), labels[node]
        assert labels[node].endswith(f" {into:,}")


def test_funnel_shows_counts_and_conversion(search: ChartInputs) -> None:
    steps = chart_data("funnel", search)
    (trace,) = build_figure("funnel", search).data
    assert list(trace.x)[0] == steps[0].count
    assert f"{steps[1].count:,} · " in trace.text[1]
    assert "of the step before" in trace.text[1]


def test_reasons_stack_by_stage(search: ChartInputs) -> None:
    data = chart_data("reasons", search)
    fig = build_figure("reasons", search)
    assert fig.layout.barmode == "stack"
    assert sum(sum(t.x) for t in fig.data) == data.total
    assert {t.name for t in fig.data} >= {"After applying"}


def test_mood_marks_each_rejection_and_shows_recovery_times(
        search: ChartInputs, search_rejections: list[Rejection]) -> None:
    fig = build_figure("mood", search)
    names = {t.name for t in fig.data}
    assert {"A rejection", "Days to recover", "Check-in (daily average)"} <= names
    marks = next(t for t in fig.data if t.name == "A rejection")
    assert len(marks.x) == len({r.received_on for r in search_rejections})
    counted = sum(1 if text.startswith("A rejection") else int(text.split()[0])
                  for text in marks.customdata)
    assert counted == len(search_rejections)


def test_mood_without_check_ins_still_marks_rejections(search: ChartInputs) -> None:
    from dataclasses import replace

    fig = build_figure("mood", replace(search, check_ins=[], recovery_days={}))
    assert any(t.name == "A rejection" for t in fig.data)
    assert any("No check-ins yet" in a.text for a in fig.layout.annotations)


def test_weekly_draws_the_goal(search: ChartInputs) -> None:
    fig = build_figure("weekly", search)
    assert fig.layout.shapes[0].y0 == search.weekly_goal
    assert sum(len(t.x) for t in fig.data) == len(chart_data("weekly", search).weeks)


@pytest.mark.parametrize("name", CHART_NAMES)
def test_empty_chart_says_so_in_the_image(name: str) -> None:
    fig = build_figure(name, ChartInputs())
    texts = [a.text for a in fig.layout.annotations]
    assert any(EMPTY_WORDS[name] in t for t in texts), texts
    assert not fig.data


def test_unknown_chart_name_suggests_the_close_one() -> None:
    with pytest.raises(NotFound, match="did you mean: sankey"):
        resolve("snakey")
    assert resolve(" Sankey ") == "sankey"


def test_charts_package_keeps_plotly_off_the_start_up_path() -> None:
    code = (
        "import sys, bounceback.charts, bounceback.charts.catalog, bounceback.charts.data, "
        "bounceback.charts.sankeymatic, bounceback.charts.calendar, bounceback.charts.review, "
        "bounceback.charts.export; print('plotly' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
