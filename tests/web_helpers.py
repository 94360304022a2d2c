"""Helpers for the web tests (importable as `web_helpers`)."""

from __future__ import annotations

import html
import re
from typing import Any


def text_of(response: Any) -> str:
    """The visible words of a page: tags removed, entities decoded, spaces collapsed."""
    body = response.text if hasattr(response, "text") else str(response)
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body))).strip()


def field_error(response: Any, name: str) -> str | None:
    """The message shown beside form field `name`, if any."""
    found = re.search(rf'<p class="field-error" id="e-{re.escape(name)}">(.*?)</p>', response.text,
                      flags=re.S)
    return html.unescape(found.group(1)).strip() if found else None
