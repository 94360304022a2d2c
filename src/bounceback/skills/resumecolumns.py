"""A two-column resume exported as text, its columns read one after the other.

A PDF or a designer's template exported as text puts the left column ("Top Skills", "Single
Touch Payroll", "Certifications") and the right one ("Summary", "Experience", a role's dates)
on the same lines, a wide gutter between them. Read line by line the two run together: a skill
of the left column sits between two lines of a role, a certification's name runs into an
employer's. When many lines break at the same place, that place is a column's edge: the block is
read as the right column (the name, the summary, the roles), then the left one (the sidebar's
contact, skills, certifications and languages), each line an item as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_GUTTER = re.compile(r"\S( {3,}|\t+)(?=\S)")
_MIN_EDGE = 15  # a left column narrower than this is a bullet or a label, not a column
_MIN_ROWS = 4  # lines that break at the edge before a block is read as two columns
_SLACK = 2  # characters a line's right column may start off the edge


def _edge(line: str, whole: Callable[[str], object] | None = None) -> int | None:
    """Where the line's right column starts: after its first wide gutter, or at its indent when
    only the right column holds text on it. A line `whole` accepts (a role's line with its dates
    set off at the right: "Data Engineer, Acme Corp          Jan 2019 - Dec 2021") has none."""
    if "|" in line or "\t" in line:
        return None  # a table's row, or tabs whose width is unknown
    if whole is not None and whole(line):
        return None
    indent = len(line) - len(line.lstrip(" "))
    if line.strip() and indent >= _MIN_EDGE:
        return indent
    gap = _GUTTER.search(line)
    if gap is None or gap.end() < _MIN_EDGE or _GUTTER.search(line, gap.end()):
        return None  # no gutter, or more than one: a table's row ("B.Com   Pune University   2017")
    return gap.end()


def split_columns(lines: list[str], whole: Callable[[str], object] | None = None) -> list[str]:
    """The lines, each block of two columns read as its right column then its left one; a line
    `whole` accepts is never split (a role's line with its dates at the right)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        edge = _edge(lines[i], whole)
        if edge is None:
            out.append(lines[i])
            i += 1
            continue
        j, rows = i, 0
        while j < len(lines):
            here = _edge(lines[j], whole)
            if here is not None and abs(here - edge) <= _SLACK:
                rows += 1
            elif lines[j].strip() and (here is not None or len(lines[j].rstrip()) > edge):
                break  # a line across the edge: the block ends
            j += 1
        if rows < _MIN_ROWS:
            out.append(lines[i])
            i += 1
            continue
        block = lines[i:j]
        # each line cut at its own gutter (within the slack of the edge), so that no word of the
        # left column is cut short ("Accounts Receivable   Worked at Acme")
        cuts = [_edge(ln, whole) for ln in block]
        pairs = list(zip(block, cuts, strict=True))
        left = [ln[:at].rstrip() if at is not None else ln.rstrip() for ln, at in pairs]
        right = [ln[at:].strip() if at is not None else "" for ln, at in pairs]
        # the right column first: it holds the name, the summary and the roles; the sidebar
        # (contact, skills, certifications, languages) reads after it, under its own headings
        out += [r for r in right if r] + [""] + left + [""]
        i = j
    return out
