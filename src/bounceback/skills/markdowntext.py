"""A Markdown posting read as plain text: headings become labels, tables of facts labelled lines."""

from __future__ import annotations

import re

from bounceback.skills.documents import plain_emphasis

# A table row of two cells, "| label | value |". The lookahead first checks, in one pass, that
# the line is such a row (three bars, a label, a value): without it, a row of another table (four
# cells padded with spaces to line up, as a formatter writes them) sent the two lazy cells and the
# spaces around them back over each other, seconds a row (review of round 14). The possessive
# spaces before a bar match what the plain ones did (the bar follows): the same rows, read alike.
_FACT_ROW = re.compile(
    r"^(?=[ \t]*+\|(?=[^|\n]*[^|\s:])[^|\n]*+\|[^|\n]++\|[ \t]*+$)"
    r"[ \t]*\|[ \t]*([^|\n]*?[^|\s:][^|\n]*?)[ \t]*+:?[ \t]*+\|[ \t]*([^|\n]+?)[ \t]*+\|[ \t]*$",
    re.MULTILINE,
)

# A heading's text, without the closing hashes and spaces. The text ends on a character that is
# not a space (or is one character long: what the lazy text of the pattern before could only be
# when the heading is all spaces) and the closing run is atomic: the pattern before, "(.+?)[ \t]*
# #*[ \t]*$", tried every split of a long run of spaces inside a heading, cubic in its length (a
# heading with 4,000 spaces inside: 54 s of one processor; review of round 14). Same text read.
_HEADING_TEXT = r"([^\n]*?[^ \t\n]|[^\n])(?>[ \t]*#*[ \t]*)$"
_TOP_HEADING = re.compile(r"\A\s*#[ \t]+" + _HEADING_TEXT, re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*" + _HEADING_TEXT, re.MULTILINE)


def strip_markdown(text: str) -> str:
    text = plain_emphasis(re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text))  # an image says nothing
    # the page's one top heading is its title, never a label over the line under it
    text = _TOP_HEADING.sub(r"\1", text, count=1)
    text = _HEADING.sub(r"\1:", text)
    text = re.sub(r"^[ \t]*[-*+][ \t]+", "• ", text, flags=re.MULTILINE)
    # a table of facts, one label and its value a row ("| Locations | Washington, DC |"): the
    # labelled lines of a text posting; its rule and an empty header row go
    text = re.sub(r"^[ \t]*\|(?:[ \t:|-]*)\|[ \t]*$", "", text, flags=re.MULTILINE)
    text = _FACT_ROW.sub(r"\1: \2", text)
    text = re.sub(r"::$", ":", text, flags=re.MULTILINE)
    return text


def looks_markdown(text: str) -> bool:
    return bool(re.search(r"^#{1,6}\s|\*\*[^*]+\*\*", text[:3000], re.MULTILINE))
