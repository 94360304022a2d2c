"""Readable text from email bodies: HTML to text (selectolax), whitespace and length bounds."""

from __future__ import annotations

import re

MAX_CLASSIFY_CHARS = 4000
_HTML_HINT = re.compile(r"<(?:html|body|div|p|br|table|td|span|a |!doctype|head|style)\b", re.I)
_BLOCK_START = re.compile(r"<(?=(?:br|/?p|/?div|/?tr|/?li|/?h[1-6]|/table|/ul|/ol)\b)", re.I)
_HIDDEN = "[style*='display:none'], [style*='display: none']"
_SPACES = re.compile(r"[ \t\u00a0\u200b\u200c\u200d\ufeff]{2,}|[\t\u00a0\u200b\u200c\u200d\ufeff]")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def looks_like_html(text: str) -> bool:
    """True when a body is HTML markup rather than plain text (checks its first 2,000 chars)."""
    return "<" in text and bool(_HTML_HINT.search(text, 0, 2000))


def html_to_text(html: str) -> str:
    """The visible text of an HTML email: no scripts, styles or hidden preheaders; blocks on lines.

    Never raises on broken markup; returns "" when nothing readable is left.
    """
    from selectolax.lexbor import LexborHTMLParser

    try:
        tree = LexborHTMLParser(_BLOCK_START.sub("\n<", html))
        tree.strip_tags(["script", "style", "head", "noscript", "title"])
        if "display" in html:
            for node in tree.css(_HIDDEN):
                node.decompose()
        root = tree.body or tree.root
        text = root.text(separator="", strip=False) if root is not None else ""
    except Exception:  # untrusted input: a parser failure must not stop classification
        return _strip_tags(html)
    return tidy(text)


def tidy(text: str) -> str:
    """Collapse runs of spaces and blank lines; trim each line."""
    text = _SPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def readable(body: str, limit: int = MAX_CLASSIFY_CHARS) -> str:
    """The body as plain text for classification: HTML converted, cut to `limit` characters."""
    if looks_like_html(body):
        body = html_to_text(body[: limit * 8])
    return body[:limit]


_TAG = re.compile(r"<[^>]*>")


def _strip_tags(html: str) -> str:
    return tidy(_TAG.sub(" ", html))
