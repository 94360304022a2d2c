"""The one HTML-to-text of the app: email bodies, posting pages and résumés all read HTML here.

HTML from mail and from the web is untrusted. An HTML5 parser spends time in proportion to how
deep the open elements are for every block tag (200,000 nested `<div>` took 19 s), and a deep
tree is walked recursively. So the markup is first read once by a linear scan that keeps the
nesting at most MAX_DEPTH elements deep (tags past it become line breaks or vanish); the parser
then sees a bounded tree and the whole conversion stays linear in the size of the input.
"""

from __future__ import annotations

import html as html_lib
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

MAX_DEPTH = 128


def _names(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Tags whose content is never visible (or is page furniture: forms, buttons, inline images).
_DROP = [
    "script", "style", "head", "title", "noscript", "template", "svg", "iframe", "form",
    "button", "select", "object",
]
_HIDDEN = "[style*='display:none'], [style*='display: none']"
_BLOCK_TAGS = _names(
    "p div section article header footer main aside nav br hr h1 h2 h3 h4 h5 h6 tr table ul ol "
    "dl dt dd blockquote pre li address figure figcaption center"
)
_BLOCKS = ",".join(sorted(_BLOCK_TAGS))
# Elements that never hold others (void) or that close their own kind when a sibling opens:
# neither can nest, so neither counts towards the depth.
_FLAT = _names(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr option optgroup tbody thead tfoot colgroup rb rp rt"
)
# An end tag does not reach past these (the parser ignores it), so neither does the count.
_SCOPE = _names("applet caption html table td th marquee object template")
# Their content is text to the parser, never tags: skipped whole.
_RAW = _names("script style textarea title xmp iframe noembed noframes noscript")
_RAW_END = {name: re.compile(rf"</{name}[\s/>]", re.I) for name in _RAW}
# `[^<>]*` stops at the next `<`, so a tag that never closes costs one scan, not one per `<`.
_TAG = re.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})([^<>]*)>")
_ANY_TAG = re.compile(r"<[^<>]*>")
_SPACES = str.maketrans({"\u200b": " ", "\u200c": " ", "\u200d": " ", "\ufeff": " ", "\xa0": " "})
_LONE_MARKS = frozenset(("•", "-", "*"))


class _Nesting:
    """The stack of open elements as an HTML parser keeps it, approximately, in O(1) a tag.

    Where it differs from the parser it errs on the deep side (it may count an element the
    parser closed), never the shallow one, so the parser's tree is never deeper than its count.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.names: list[str] = []
        self.cut: list[bool] = []
        self.where: dict[str, list[int]] = {}
        self.scopes: list[int] = []

    def open(self, name: str) -> bool:
        """Push an element; True when it lies past the limit (and must be cut)."""
        if name in ("td", "th"):  # a new cell closes the open one of the same table
            cell = max(self._last("td"), self._last("th"))
            if cell > self._last("table"):
                self._pop_to(cell)
        index = len(self.names)
        cut = index >= self.limit
        self.names.append(name)
        self.cut.append(cut)
        self.where.setdefault(name, []).append(index)
        if name in _SCOPE:
            self.scopes.append(index)
        return cut

    def close(self, name: str) -> bool:
        """Pop to the element an end tag closes; True when that element was cut."""
        index = self._last(name)
        if index < 0 or (self.scopes and self.scopes[-1] > index):
            return False  # the parser ignores an end tag with nothing open in scope to close
        cut = self.cut[index]
        self._pop_to(index)
        return cut

    def foreign(self) -> bool:
        return self._last("svg") >= 0 or self._last("math") >= 0

    def _last(self, name: str) -> int:
        indexes = self.where.get(name)
        return indexes[-1] if indexes else -1

    def _pop_to(self, index: int) -> None:
        while len(self.names) > index:
            self.where[self.names.pop()].pop()
            self.cut.pop()
            if self.scopes and self.scopes[-1] >= len(self.names):
                self.scopes.pop()


def cap_depth(markup: str, limit: int = MAX_DEPTH) -> str:
    """The markup with elements nested deeper than `limit` flattened, in one linear pass.

    A tag past the limit is replaced by a line break (a block) or nothing (inline), so the text
    inside stays readable; comments and script or style content are skipped as the parser skips
    them. Markup that never goes that deep is returned unchanged.
    """
    if markup.count("<") <= limit:
        return markup
    nesting = _Nesting(limit)
    cut: list[tuple[int, int, str]] = []
    position = 0
    while True:
        match = _TAG.search(markup, position)
        if match is None:
            break
        position = match.end()
        if match.group(0) == "<!--":
            end = markup.find("-->", position)
            if end < 0:
                break
            position = end + 3
            continue
        closing, name, rest = match.group(1), match.group(2).lower(), match.group(3)
        if name in _RAW:
            if not closing:
                end_tag = _RAW_END[name].search(markup, position)
                if end_tag is None:
                    break
                position = end_tag.start()
            continue
        if name in _FLAT or (rest.endswith("/") and nesting.foreign()):
            continue
        if nesting.close(name) if closing else nesting.open(name):
            cut.append((match.start(), match.end(), name))
    if not cut:
        return markup
    pieces: list[str] = []
    last = 0
    for start, end, name in cut:
        pieces.append(markup[last:start])
        pieces.append("\n" if name in _BLOCK_TAGS else "")
        last = end
    pieces.append(markup[last:])
    return "".join(pieces)


def parse_html(markup: str) -> LexborHTMLParser:
    """A parsed document whose tree is at most MAX_DEPTH elements deep."""
    return LexborHTMLParser(cap_depth(markup))


def html_to_text(markup: str) -> str:
    """The visible text of HTML: no scripts, styles, forms or hidden preheaders; blocks on
    lines, list items as bullets. Never raises on broken markup; "" when nothing is readable.

    A fragment escaped twice (JSON-LD descriptions often are) is unescaped first.
    """
    if "<" not in markup and "&lt;" in markup:
        markup = html_lib.unescape(markup)
    if "<" not in markup:
        return tidy(html_lib.unescape(markup))
    try:
        return _visible_text(parse_html(markup), _may_hide(markup))
    except Exception:  # untrusted input: a parser failure must not stop an import
        return tidy(html_lib.unescape(_ANY_TAG.sub(" ", markup)))


def node_text(node: LexborNode | None) -> str:
    """The text of one element of a parsed page, the same way html_to_text reads a page
    (the page's tree is left as it was)."""
    if node is None:
        return ""
    return _visible_text(LexborHTMLParser(node.html or ""))


def _may_hide(markup: str) -> bool:
    """False when no style attribute can hold "display:none": the word is not in the markup,
    nor a numeric character reference that could spell it (no named one spells a letter)."""
    return "display" in markup or "&#" in markup


def _visible_text(tree: LexborHTMLParser, hidden: bool = True) -> str:
    tree.strip_tags(_DROP)
    if hidden:  # the selector query walks the whole tree: only when something may be hidden
        for node in tree.css(_HIDDEN):
            node.decompose()
    for block in tree.css(_BLOCKS):
        if block.tag == "br":  # a line break, not a paragraph
            block.insert_after("\n")
            continue
        block.insert_before("\n• " if block.tag == "li" else "\n")
        block.insert_after("\n")
    root = tree.body or tree.root
    return tidy(root.text(deep=True, separator="", strip=False) if root is not None else "")


def tidy(text: str) -> str:
    """Collapse spaces on each line (zero-width and no-break spaces too), drop lines that hold
    only a bullet, keep at most one blank line between paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SPACES)
    out: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if line in _LONE_MARKS:
            continue
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()
