"""Email bodies as text for classification: is a body HTML, and its readable first characters.

HTML is turned into text by bounceback.htmltext, the one converter of the app."""

from __future__ import annotations

import re

from bounceback import htmltext

MAX_CLASSIFY_CHARS = 4000
_HTML_HINT = re.compile(r"<(?:html|body|div|p|br|table|td|span|a |!doctype|head|style)\b", re.I)
# A table cell's start tag: a space is written before it, so that the cells of a row read as
# words apart ("Position Field Service Engineer", "Duration: 90 minutes"), not run together
# ("PositionField Service Engineer") as minified HTML mail's rows did (round 33). Whitespace
# between two cells stays in the row for the parser, where other text would be moved out.
_CELL = re.compile(r"(?=<t[dh][\s>])", re.I)


def looks_like_html(text: str) -> bool:
    """True when a body is HTML markup rather than plain text (checks its first 2,000 chars)."""
    return "<" in text and bool(_HTML_HINT.search(text, 0, 2000))


def mail_html_to_text(markup: str) -> str:
    """An HTML email's visible text (bounceback.htmltext's), a table row's cells apart."""
    if "<t" in markup or "<T" in markup:
        markup = _CELL.sub(" ", markup)
    return htmltext.html_to_text(markup)


def readable(body: str, limit: int = MAX_CLASSIFY_CHARS) -> str:
    """The body as plain text for classification: HTML converted, cut to `limit` characters."""
    if looks_like_html(body):
        body = mail_html_to_text(body[: limit * 8])
    return body[:limit]
