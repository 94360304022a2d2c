"""One HTML-to-text for mail, postings and résumés: visible text, and bounded work on hostile HTML.

Timing lives in bench/bench_htmltext.py; here the cause of the slowness is asserted instead: the
tree the parser builds stays shallow whatever the markup, and no text is lost on the way.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from bounceback.htmltext import MAX_DEPTH, cap_depth, html_to_text, node_text, parse_html
from bounceback.mail import mime
from bounceback.mail import text as mail_text
from bounceback.mail.text import readable
from bounceback.skills.postings import read_posting

# The parser adds a few implied elements (html, body, tbody, tr) and may foster-parent out of a
# table, so its depth may exceed the cap by a bounded factor, never by the size of the input.
DEPTH_BOUND = 2 * MAX_DEPTH + 8


def tree_depth(tree: LexborHTMLParser) -> int:
    deepest = 0
    stack: list[tuple[LexborNode, int]] = [(tree.root, 1)] if tree.root is not None else []
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        child = node.child
        while child is not None:
            stack.append((child, depth + 1))
            child = child.next
    return deepest


SRC = Path(__file__).resolve().parent.parent / "src" / "bounceback"
# Building an HTML tree (and so reading text out of one) happens in bounceback/htmltext.py only.
PARSERS = re.compile(r"\b(?:LexborHTMLParser|HTMLParser|BeautifulSoup|html2text)\(|lxml\.html")


def test_one_module_parses_html_for_the_whole_app() -> None:
    parsing = sorted(
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if PARSERS.search(path.read_text(encoding="utf-8"))
    )
    assert parsing == ["htmltext.py"]
    assert not (SRC / "skills" / "htmltext.py").exists()
    assert not hasattr(mail_text, "html_to_text")


PAGE = (
    "<html><head><title>Barista</title><style>p{}</style></head><body>"
    "<div style='display:none'>Preview: shifts this week</div><script>track()</script>"
    "<h2>About the role</h2><p>You will make coffee and serve customers.</p>"
    "<h2>Requirements</h2><ul><li>Customer service</li><li>Food hygiene</li></ul>"
    "<p>Apply by email. Salary £12 per hour, full-time shifts.</p></body></html>"
)
VISIBLE = (
    "About the role\n\nYou will make coffee and serve customers.\n\nRequirements\n\n"
    "• Customer service\n\n• Food hygiene\n\nApply by email. Salary £12 per hour, "
    "full-time shifts."
)


def test_mail_and_postings_read_the_same_html_the_same_way() -> None:
    mail = mime.parse_body(b"Content-Type: text/html; charset=utf-8\r\n\r\n" + PAGE.encode())
    assert mail.html and mail.text == VISIBLE
    assert readable(PAGE) == VISIBLE
    posting = read_posting(PAGE.encode(), "barista.html")
    assert posting.description in VISIBLE  # the same lines (the header lines read as fields)
    assert "Requirements\n\n• Customer service\n\n• Food hygiene" in posting.description


def test_visible_text_blocks_bullets_and_line_breaks() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>T</title><style>.x{}</style></head><body>"
        "<div style=\"display: none\">hidden preheader</div><script>alert(1)</script>"
        "<form><button>Apply now</button></form>"
        "<table><tr><td>Dear Sam,</td></tr><tr><td>We&rsquo;re pleased &amp; happy."
        "<br>Line two</td></tr></table><p>What you bring:</p><ul><li>SQL</li><li> Go </li>"
        "<li></li></ul><p>Kind regards,<br>Ana&nbsp;&zwnj;Lee</p></body></html>"
    )
    assert html_to_text(html) == (
        "Dear Sam,\n\nWe’re pleased & happy.\nLine two\n\nWhat you bring:\n\n• SQL\n\n• Go\n\n"
        "Kind regards,\nAna Lee"
    )


def test_fragments_escaped_twice_and_plain_text() -> None:
    assert html_to_text("&lt;p&gt;Build &amp;amp; run&lt;/p&gt;") == "Build & run"
    assert html_to_text("3 &lt; 4, plain") == "3 < 4, plain"
    assert html_to_text("") == ""


def test_node_text_leaves_the_page_alone() -> None:
    tree = parse_html("<main><p>One</p><script>x</script><li>Two</li></main>")
    main = tree.css_first("main")
    assert node_text(main) == "One\n\n• Two"
    assert node_text(None) == ""
    assert "script" in (main.html or "")


def test_markup_within_the_cap_is_untouched() -> None:
    markup = "<div>" * MAX_DEPTH + "x" + "</div>" * MAX_DEPTH
    assert cap_depth(markup) == markup
    outlook = "<!--[if mso]>" + "<table><tr><td>" * 300 + "<![endif]-->" + "<p>Hello</p>"
    assert cap_depth(outlook) == outlook


N = 200_000
HOSTILE = {
    "nested divs (the sweep's 2.2 MB mail)": ("<div>" * N + "x" + "</div>" * N, "x"),
    "divs never closed": ("<div>y" * N, "y"),
    "end tags that close nothing": ("<div></span>" * N + "z", "z"),
    "self-closing syntax on a div": ("<div/>" * N + "w", "w"),
    "divs inside table cells": ("<div><table><tr><td></div>" * (N // 4) + "v", "v"),
    "a plateau at the cap": ("<div>" * MAX_DEPTH + "<div>u</div>" * N, "u"),
    "formatting elements": ("<b><i><u>" * (N // 3) + "t", "t"),
    "lists in lists": ("<ul><li>" * (N // 2) + "s", "s"),
    "tables in tables": ("<table><tr><td>" * (N // 3) + "r", "r"),
    "unknown elements": ("<x-a>" * N + "q", "q"),
    "a tag that never ends": ("<div " + "a" * N + " <p>p", "p"),
    "only angle brackets": ("<" * N, "<"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_nesting_gives_a_shallow_tree_and_keeps_the_text(name: str) -> None:
    markup, visible = HOSTILE[name]
    assert tree_depth(parse_html(markup)) <= DEPTH_BOUND
    assert visible in html_to_text(markup)


def test_a_million_nested_spans_do_not_crash() -> None:
    assert html_to_text("<span>" * 1_000_000 + "deep") == "deep"


def test_scripts_and_comments_do_not_count_towards_depth() -> None:
    inside = "<script>" + "'<div>'" * 500 + "</script><!--" + "<div>" * 500 + "-->"
    markup = inside + "<p>kept</p>"
    assert cap_depth(markup) == markup
    assert html_to_text(markup) == "kept"
