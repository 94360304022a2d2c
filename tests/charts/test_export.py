"""Export through the real local Chromium: every chart as PNG and SVG, saved for a person to see."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bounceback.charts import CHART_NAMES
from bounceback.charts.catalog import CHARTS, build_figure, export_chart
from bounceback.charts.data import ChartInputs
from bounceback.charts.export import (
    ExportEngineMissing,
    OutputNotWritable,
    find_browser,
    render_images,
    write_figure,
)
from bounceback.domain.errors import InvalidValue


@pytest.fixture(scope="module")
def rendered(search: ChartInputs, artifacts: Path) -> dict[str, bytes]:
    """Every chart, with data and empty, drawn once in one browser session."""
    jobs, names = [], []
    for name in CHART_NAMES:
        for label, inputs in (("", search), ("-empty", ChartInputs())):
            fig = build_figure(name, inputs)
            for fmt in ("png", "svg"):
                jobs.append((fig, fmt))
                names.append(f"{name}{label}.{fmt}")
    images = render_images(jobs)
    for file_name, image in zip(names, images, strict=True):
        (artifacts / file_name).write_bytes(image)
    return dict(zip(names, images, strict=True))


@pytest.mark.parametrize("name", CHART_NAMES)
def test_every_chart_renders_to_png_and_svg(name: str, rendered: dict[str, bytes]) -> None:
    png, svg = rendered[f"{name}.png"], rendered[f"{name}.svg"].decode()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(png) > 10_000
    assert svg.lstrip().startswith("<svg")
    assert CHARTS[name].title in svg


@pytest.mark.parametrize("name", [n for n in CHART_NAMES if n != "sankey"])
def test_svg_shows_axis_titles(name: str, rendered: dict[str, bytes]) -> None:
    svg = rendered[f"{name}.svg"].decode()
    assert re.search(r'class="g-xtitle".*?<text[^>]*>[^<]+</text>', svg, re.S)
    assert re.search(r'class="g-ytitle".*?<text[^>]*>[^<]+</text>', svg, re.S)


def test_empty_reasons_image_says_no_rejections_yet(rendered: dict[str, bytes]) -> None:
    assert "No rejections yet." in rendered["reasons-empty.svg"].decode()


def test_sankey_export_by_extension(search: ChartInputs, tmp_path: Path) -> None:
    svg = export_chart("sankey", search, tmp_path / "search.svg")
    assert svg.read_text().lstrip().startswith("<svg")
    text = export_chart("sankey", search, tmp_path / "search.txt").read_text()
    assert re.search(r"^Applications \[\d+\] Screens$", text, re.M)


def test_standalone_html_embeds_plotly_inline(search: ChartInputs, tmp_path: Path) -> None:
    page = export_chart("funnel", search, tmp_path / "funnel.html").read_text()
    assert "<title>How far applications get</title>" in page
    assert not re.search(r"<script[^>]*\bsrc=", page), "no script loaded from anywhere"
    assert len(page) > 1_000_000  # plotly.js itself is inside
    assert "Plotly.newPlot" in page


def test_sankeymatic_only_for_the_sankey(search: ChartInputs, tmp_path: Path) -> None:
    with pytest.raises(InvalidValue, match=r"end the file name with one of: \.svg"):
        export_chart("funnel", search, tmp_path / "funnel.txt")
    with pytest.raises(InvalidValue, match="cannot tell the format"):
        export_chart("sankey", search, tmp_path / "search.gif")


def test_unwritable_output_gets_a_clear_message(search: ChartInputs, tmp_path: Path) -> None:
    with pytest.raises(OutputNotWritable, match="does not exist"):
        export_chart("sankey", search, tmp_path / "no-such-folder" / "s.svg")
    with pytest.raises(OutputNotWritable, match="is a folder"):
        export_chart("sankey", search, tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(OutputNotWritable, match="is not a folder"):
        export_chart("sankey", search, blocker / "s.svg")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_missing_browser_says_what_to_install(
    search: ChartInputs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chrome"))
    assert find_browser() is None
    with pytest.raises(ExportEngineMissing, match="apt-get install chromium") as err:
        export_chart("sankey", search, tmp_path / "s.png")
    assert "HTML export works without it" in str(err.value)
    monkeypatch.delenv("BROWSER_PATH")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_browser() is None
    # HTML still works with no browser at all
    fig = build_figure("weekly", search)
    assert write_figure(fig, tmp_path / "w.html").stat().st_size > 1_000_000


def test_chart_as_pdf(search: ChartInputs, tmp_path: Path) -> None:
    out = export_chart("reasons", search, tmp_path / "reasons.pdf")
    assert out.read_bytes().startswith(b"%PDF-")
