"""Web polish users hit, in real Chromium: phone width, dark mode, charts on a phone, Today on a
big search, the rejection steps as links, settings in people's words. Screenshots of each in
test-artifacts/screenshots/ (polish-*)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser_support import block_outside, shot
from tests_now import NOW, TODAY

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "device_scale_factor": 1}
DARK = {"color_scheme": "dark", "viewport": {"width": 1280, "height": 900}}
PAGES = ["/", "/board", "/applications/1", "/applications/new", "/settings", "/import",
         "/outlook", "/insights", "/practice", "/inbox", "/journal", "/journal/write",
         "/checkin", "/rejections/1", "/applications/10/brief", "/helplines"]
#: Enough due tasks that Today must summarise them (a big search has hundreds).
MANY_TASKS = 30


@pytest.fixture(scope="module")
def demo_db(demo_db: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo search with a pile of tasks due today."""
    from bounceback.config import Settings
    from bounceback.domain.models import Task
    from bounceback.services import Bounceback

    bb = Bounceback(Settings(database_url=demo_db, home=tmp_path_factory.mktemp("tasks")),
                    clock=lambda: NOW)
    for n in range(MANY_TASKS):
        bb.tasks.add(Task(title=f"Follow-up call number {n + 1}", due=TODAY))
    bb.close()
    return demo_db


@pytest.fixture
def open_tab(browser, server):  # type: ignore[no-untyped-def]
    contexts = []

    def make(**options):  # type: ignore[no-untyped-def]
        context = browser.new_context(base_url=server.url, **options)
        outside = block_outside(context)
        contexts.append((context, outside))
        return context.new_page()

    yield make
    for context, outside in contexts:
        context.close()
        assert outside == [], f"requests tried to leave the machine: {outside}"


def _load(tab, path: str) -> None:  # type: ignore[no-untyped-def]
    tab.goto(path)
    tab.wait_for_load_state("networkidle")
    if path == "/insights":
        # Polled from here rather than with wait_for_function: that compiles its
        # predicate inside the page, which the app's CSP (no unsafe-eval) refuses
        # whenever the charts are not drawn at the first look.
        drawn = ("document.querySelectorAll('.chart .main-svg').length >= "
                 "document.querySelectorAll('.chart').length")
        for _ in range(200):
            if tab.evaluate(drawn):
                return
            tab.wait_for_timeout(100)
        raise AssertionError(f"the charts on {path} were not drawn within 20 s")


def _rgb(css: str) -> tuple[float, float, float, float]:
    parts = [float(x) for x in re.findall(r"[\d.]+", css)]
    return (parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else 1.0)


def _luminance(css: str) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b, _ = _rgb(css)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _name(path: str) -> str:
    return path.strip("/").replace("/", "-") or "today"


def test_no_page_scrolls_sideways_at_phone_width(open_tab) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(**PHONE)
    wide = {}
    for path in PAGES:
        _load(tab, path)
        width = tab.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            wide[path] = width
        shot(tab, f"polish-phone-{_name(path)}")
    assert wide == {}, f"pages wider than a 390 px phone: {wide}"


def test_dark_mode_is_dark_and_legible_on_every_page_and_chart(open_tab) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(**DARK)
    for path in ("/", "/board", "/outlook", "/settings", "/rejections/1", "/insights"):
        _load(tab, path)
        colours = tab.evaluate("""() => {
            const style = e => e && getComputedStyle(e);
            const card = document.querySelector('main .card') || document.querySelector('main');
            return {body: style(document.body).backgroundColor, text: style(document.body).color,
                    card: style(card).backgroundColor, cardText: style(card).color};
        }""")
        assert _luminance(colours["body"]) < 0.05 and _luminance(colours["card"]) < 0.05, (path, colours)
        assert _contrast(colours["cardText"], colours["card"]) >= 7, (path, colours)
        shot(tab, f"polish-dark-{_name(path)}", full=False)
    charts = tab.evaluate("""() => [...document.querySelectorAll('.chart')].map(chart => {
        const svg = chart.querySelector('.main-svg');
        const texts = [...chart.querySelectorAll('.gtitle, .xtick text, .ytick text, .g-xtitle text, '
                                                  + '.g-ytitle text, .legendtext, .node-label')];
        return {name: chart.getAttribute('data-chart'), paper: getComputedStyle(svg).backgroundColor,
                inks: texts.map(t => getComputedStyle(t).fill)};
    })""")
    assert charts
    for chart in charts:
        assert _luminance(chart["paper"]) < 0.05, f"{chart['name']} is a light panel: {chart['paper']}"
        assert chart["inks"], chart["name"]
        for ink in chart["inks"]:
            assert _contrast(ink, chart["paper"]) >= 4.5, (chart["name"], ink, chart["paper"])
    shot(tab, "polish-dark-insights-full")


def _boxes_overlap(a: dict, b: dict, slack: float = 1.0) -> bool:
    return (a["x"] + slack < b["x"] + b["width"] and b["x"] + slack < a["x"] + a["width"]
            and a["y"] + slack < b["y"] + b["height"] and b["y"] + slack < a["y"] + a["height"])


def test_charts_are_legible_on_a_phone(open_tab) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(**PHONE)
    _load(tab, "/insights")
    tab.wait_for_timeout(500)  # plotly lays out the labels after the first draw
    charts = tab.evaluate("""() => [...document.querySelectorAll('.chart')].map(chart => {
        const box = e => { const r = e.getBoundingClientRect();
                           return {x: r.x, y: r.y, width: r.width, height: r.height}; };
        const svg = chart.querySelector('.main-svg');
        const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim()
            && getComputedStyle(t).visibility !== 'hidden' && box(t).width > 0);
        const legend = svg.parentNode.querySelector('.legend');
        const titles = [...svg.parentNode.querySelectorAll('.gtitle, .g-xtitle text, .g-ytitle text')];
        const scroller = chart.closest('.chart-scroll');
        return {name: chart.getAttribute('data-chart'), chart: box(chart), svg: box(svg),
                frame: box(scroller || chart),
                scrolls: scroller ? getComputedStyle(scroller).overflowX : null,
                texts: texts.map(t => ({text: t.textContent, box: box(t),
                                        size: parseFloat(getComputedStyle(t).fontSize)})),
                legend: legend ? box(legend) : null, titles: titles.map(box),
                labels: [...svg.querySelectorAll('.node-label')].map(t => ({text: t.textContent, box: box(t)}))};
    })""")
    assert len(charts) >= 4
    for chart in charts:
        name = chart["name"]
        assert chart["svg"]["width"] <= chart["chart"]["width"] + 1, f"{name} is wider than its box"
        # On the screen, or (a wide Sankey) in a box of its own that scrolls sideways.
        assert chart["frame"]["x"] + chart["frame"]["width"] <= 390, name
        assert chart["scrolls"] in (None, "auto"), name
        left, right = chart["svg"]["x"] - 1, chart["svg"]["x"] + chart["svg"]["width"] + 1
        cut = [t["text"] for t in chart["texts"]
               if t["box"]["x"] < left or t["box"]["x"] + t["box"]["width"] > right]
        assert cut == [], f"{name}: words cut off at the sides of a phone: {cut}"
        assert all(t["size"] >= 9.5 for t in chart["texts"]), f"{name}: text too small to read"
        if chart["legend"]:
            over = [t for t in chart["titles"] if _boxes_overlap(chart["legend"], t)]
            assert over == [], f"{name}: the legend covers a title"
        labels = chart["labels"]
        clashes = [(a["text"], b["text"]) for i, a in enumerate(labels) for b in labels[i + 1:]
                   if _boxes_overlap(a["box"], b["box"])]
        assert clashes == [], f"{name}: labels drawn over each other: {clashes}"
    for i, element in enumerate(tab.locator(".chart").all()):
        element.scroll_into_view_if_needed()
        element.screenshot(path=str(shot_path(f"polish-phone-chart-{i}")))


def shot_path(name: str) -> Path:
    from browser_support import SHOTS

    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS / f"{name}.png"


def test_today_summarises_a_long_list_and_links_to_the_rest(open_tab) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(viewport={"width": 1280, "height": 900})
    _load(tab, "/")
    due = tab.locator("section[aria-labelledby='s-tasks']")
    assert due.locator("li").count() <= 8
    more = due.get_by_role("link", name=re.compile(r"And \d+ more"))
    hidden = int(re.search(r"And (\d+) more", more.inner_text()).group(1))
    assert hidden >= MANY_TASKS - 8
    height = tab.evaluate("document.documentElement.scrollHeight")
    assert height < 4 * 900, f"Today is {height}px tall"
    shot(tab, "polish-today-bounded")
    more.click()
    tab.wait_for_load_state("networkidle")
    assert "all=tasks" in tab.url
    shown = due.locator("li").count()
    assert shown == hidden + 8
    assert due.get_by_text("Follow-up call number 30").is_visible()
    assert due.get_by_role("link", name="Show fewer").is_visible()


def test_rejection_steps_are_links_with_the_current_one_marked(open_tab) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(viewport={"width": 1280, "height": 900})
    _load(tab, "/rejections/1")
    pills = tab.locator("ol.steps a")
    assert pills.count() == 5
    current = tab.locator("ol.steps a[aria-current='step']")
    assert current.count() == 1 and current.inner_text() == "How you feel"
    marked = current.evaluate("e => getComputedStyle(e).backgroundColor")
    other = tab.locator("ol.steps a:not([aria-current])").first.evaluate(
        "e => getComputedStyle(e).backgroundColor")
    assert marked != other
    tab.locator("ol.steps").get_by_role("link", name="Talk to someone").click()
    tab.wait_for_load_state("networkidle")
    assert "step=reach-out" in tab.url and tab.url.endswith("#reach-out")
    assert tab.locator("ol.steps a[aria-current='step']").inner_text() == "Talk to someone"
    assert tab.locator("#reach-out").is_visible()
    shot(tab, "polish-steps", full=False)


def test_settings_speak_in_words_and_percentages(open_tab) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(viewport={"width": 1280, "height": 900})
    _load(tab, "/settings")
    labels = tab.locator("form[action='/settings'] label").all_inner_texts()
    assert labels and not [t for t in labels if "_" in t or re.search(r"\b0\.\d", t)]
    hints = " ".join(tab.locator("form[action='/settings'] .hint").all_inner_texts())
    assert not re.search(r"\b0\.\d+\b", hints), hints  # no fractions: percentages
    target = tab.get_by_label("Offer chance to aim for (%)")
    assert target.input_value() == "80"
    target.fill("70 %")
    tab.get_by_role("button", name="Save settings").click()
    tab.wait_for_load_state("networkidle")
    assert tab.get_by_label("Offer chance to aim for (%)").input_value() == "70"
    _load(tab, "/outlook")
    assert "How many more to reach 70" in tab.locator("main").inner_text()
    _load(tab, "/settings")
    tab.get_by_label("Offer chance to aim for (%)").fill("0.7")
    tab.get_by_role("button", name="Save settings").click()
    assert "between 1 % and 99 %" in tab.locator("#e-offer_target").inner_text()
    order = tab.get_by_label("Dates with slashes")
    assert "Day first: 02/03/2026 is 2 March" in order.inner_text()
    shot(tab, "polish-settings", full=False)
    # Put it back: the other tests in this module read the outlook.
    _load(tab, "/settings")
    tab.get_by_label("Offer chance to aim for (%)").fill("80")
    tab.get_by_role("button", name="Save settings").click()
    tab.wait_for_load_state("networkidle")
