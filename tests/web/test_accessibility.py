"""Feel: every control has a label, pages have one h1, a skip link and a language."""

from __future__ import annotations

import re

import pytest

PAGES = ["/", "/board", "/applications/1", "/applications/new", "/applications/1/edit",
         "/settings", "/import", "/outlook", "/insights", "/practice", "/inbox", "/journal",
         "/journal/write", "/checkin", "/applications/1/reject", "/rejections/1"]


def _controls(html: str) -> list[str]:
    tags = re.findall(r"<(?:input|select|textarea)\b[^>]*>", html)
    return [t for t in tags if 'type="hidden"' not in t and 'type="submit"' not in t]


@pytest.mark.parametrize("url", PAGES)
def test_every_control_has_a_label(demo_web, url: str) -> None:
    html = demo_web.get(url).text
    labels = set(re.findall(r'<label[^>]*\bfor="([^"]+)"', html))
    for tag in _controls(html):
        control_id = re.search(r'\bid="([^"]+)"', tag)
        wrapped = 'type="checkbox"' in tag or 'type="radio"' in tag  # inside their <label>
        assert wrapped or (control_id and control_id.group(1) in labels) or "aria-label" in tag, (
            f"{url}: no label for {tag}")


@pytest.mark.parametrize("url", PAGES)
def test_page_structure(demo_web, url: str) -> None:
    html = demo_web.get(url).text
    assert '<html lang="en">' in html
    assert html.count("<h1") == 1, url
    assert 'href="#main"' in html and 'id="main"' in html
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), f"{url}: repeated ids {[i for i in ids if ids.count(i) > 1]}"
