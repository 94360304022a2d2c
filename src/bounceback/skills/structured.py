"""The structured data of job-posting pages: JSON-LD (even broken), microdata and meta tags.

Pages are parsed, and their visible text read, by bounceback.htmltext (the app's one
HTML-to-text); this module only reads the structured data out of the parsed tree."""

from __future__ import annotations

import json
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

_JSONLD = 'script[type="application/ld+json"], script[type="application/json+ld"]'


def jsonld_objects(tree: LexborHTMLParser) -> tuple[list[Any], list[str]]:
    """Every JSON-LD block of the page, repaired where possible, and a note per lost block."""
    found: list[Any] = []
    notes: list[str] = []
    for number, script in enumerate(tree.css(_JSONLD), start=1):
        raw = script.text(deep=True) or ""
        data = loads_lenient(raw)
        if data is None:
            notes.append(f"structured data block {number} is not valid JSON and was skipped")
        else:
            found.append(data)
    return found, notes


def loads_lenient(raw: str) -> Any | None:
    """json.loads, then again after the usual breakages of hand-made JSON-LD are mended."""
    raw = raw.strip()
    if not raw:
        return None
    attempts = [raw]
    mended = re.sub(r"^\s*(<!--|<!\[CDATA\[)|(-->|\]\]>)\s*$", "", raw)
    mended = re.sub(r"^\s*//.*$", "", mended, flags=re.MULTILINE)
    mended = re.sub(r",\s*([}\]])", r"\1", mended).rstrip().rstrip(";")
    attempts.append(mended)
    attempts.append(mended.replace("\t", " "))
    for attempt in attempts:
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    # Several objects pasted one after another with no list around them.
    try:
        return json.loads("[" + re.sub(r"}\s*{", "},{", mended) + "]", strict=False)
    except ValueError:
        return None


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type", "")
    values = value if isinstance(value, list) else [value]
    return {str(v).rsplit("/", 1)[-1] for v in values}


def find_job_postings(data: Any) -> list[dict[str, Any]]:
    """JobPosting objects anywhere in parsed JSON-LD (lists, @graph, nested)."""
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[0:0] = item
        elif isinstance(item, dict):
            if "JobPosting" in _types(item):
                out.append(item)
                continue
            for key in ("@graph", "mainEntity", "itemListElement", "item"):
                if key in item:
                    stack.append(item[key])
    return out


def microdata_postings(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    """schema.org JobPosting items written as microdata, as JSON-LD-shaped dicts."""
    items = []
    for node in tree.css("[itemscope][itemtype]"):
        itemtype = node.attributes.get("itemtype") or ""
        if itemtype.rstrip("/").rsplit("/", 1)[-1] == "JobPosting" and not _inside_item(node):
            items.append(_microdata_item(node))
    return items


def _inside_item(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.attributes and "itemscope" in parent.attributes:
            return True
        parent = parent.parent
    return False


def _microdata_item(node: LexborNode) -> dict[str, Any]:
    itemtype = node.attributes.get("itemtype") or ""
    item: dict[str, Any] = {"@type": itemtype.rstrip("/").rsplit("/", 1)[-1]}
    for prop in node.css("[itemprop]"):
        if _owner(prop) != node:
            continue
        value: Any
        if prop.attributes and "itemscope" in prop.attributes:
            value = _microdata_item(prop)
        else:
            value = _microdata_value(prop)
        for name in (prop.attributes.get("itemprop") or "").split():
            if name in item and name != "@type":
                continue
            item[name] = value
    return item


def _owner(prop: LexborNode) -> LexborNode | None:
    parent = prop.parent
    while parent is not None:
        if parent.attributes and "itemscope" in parent.attributes:
            return parent
        parent = parent.parent
    return None


def _microdata_value(prop: LexborNode) -> str:
    attrs = prop.attributes
    for attribute in ("content", "datetime"):
        if attrs.get(attribute):
            return str(attrs[attribute])
    if prop.tag in ("a", "link") and attrs.get("href"):
        return str(attrs["href"])
    if prop.tag in ("meta",):
        return str(attrs.get("content") or "")
    if prop.attributes.get("itemprop") == "description":
        return prop.html or ""
    return " ".join((prop.text(deep=True) or "").split())


def meta_content(tree: LexborHTMLParser, *names: str) -> str:
    for name in names:
        node = tree.css_first(f'meta[property="{name}"], meta[name="{name}"]')
        if node is not None and node.attributes.get("content"):
            return " ".join(str(node.attributes["content"]).split())
    return ""


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes (meta charset or http-equiv)."""
    match = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", head[:4096], re.I)
    return match.group(1).decode("ascii") if match else None


def heading(tree: Any) -> str:
    """The text of the page's first <h1> ("" when it has none)."""
    node = tree.css_first("h1")
    return node.text(deep=True).strip() if node is not None else ""
