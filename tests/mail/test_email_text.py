"""HTML bodies to readable text."""

from __future__ import annotations

from bounceback.htmltext import html_to_text
from bounceback.mail.text import looks_like_html, readable


def test_visible_text_only_with_blocks_on_lines() -> None:
    html = ("<!DOCTYPE html><html><head><title>T</title><style>.x{}</style></head><body>"
            "<div style=\"display: none\">hidden preheader</div><script>alert(1)</script>"
            "<table><tr><td>Dear Sam,</td></tr><tr><td>We&rsquo;re pleased &amp; happy."
            "<br>Line two</td></tr></table><p>Bye</p></body></html>")
    text = html_to_text(html)
    assert "hidden" not in text and "alert" not in text and ".x" not in text
    assert "We’re pleased & happy." in text
    assert text.splitlines()[0] == "Dear Sam,"
    assert "Line two" in text.splitlines()


def test_broken_markup_never_raises() -> None:
    for junk in ("<", "<<<>>>", "<p", "<div><span>unclosed", "\x00<p>a</p>", "<" * 5000):
        assert isinstance(html_to_text(junk), str)


def test_plain_text_is_left_alone() -> None:
    body = "Hi Sam,\n\nI'd say 3 < 4 and that's fine.\n"
    assert not looks_like_html(body)
    assert readable(body) == body
    assert readable("x" * 10_000, limit=100) == "x" * 100
