"""A two-column resume exported as text, its columns read one after the other.

A PDF or a designer's template exported as text puts the left column ("Top Skills", "Single
Touch Payroll", "Certifications") and the right one ("Summary", "Experience", a role's dates)
on the same lines, a wide gutter between them. Read line by line the two run together: a skill
of the left column sits between two lines of a role, a certification's name runs into an
employer's. When many lines break at the same place, that place is a column's edge: the block is
read as the right column (the name, the summary, the roles), then the left one (the sidebar's
contact, skills, certifications and languages), each line an item as before. A block whose
right cells (or left ones) are mostly dates is a one-column resume with each role's dates set off
from it, and is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_GUTTER = re.compile(r"\S( {3,}|\t+)(?=\S)")
_RULE = re.compile(r"[-=_ ]{3,}")  # the rule's own line, right of its crossing ("-----|-----")
_MIN_EDGE = 15  # a left column narrower than this is a bullet or a label, not a column
_MIN_ROWS = 4  # lines that break at the edge before a block is read as two columns
_SLACK = 2  # characters a line's right column may start off the edge


def _edge(line: str) -> int | None:
    """Where the line's right column starts: after its first wide gutter, or at its indent when
    only the right column holds text on it, or after a rule drawn between the columns
    ("Licence:  Code B (08) driver's licence       | Strong scheduling background")."""
    if "\t" in line:
        return None  # tabs whose width is unknown
    if "|" in line:
        at = line.find("|")
        if line.count("|") > 1 or at < _MIN_EDGE:
            return None  # a table's row ("| Ticket | Detail |", "Role | Employer | 2019")
        after = line[at + 1 :]
        # a rule drawn between the columns ("...targets.| - Unvented", "-----|-----"), where it
        # stands on the block's other lines too; not "Payroll Officer |Kestrel" nor "a|b"
        return at + 1 if not after or after[0] == " " or _RULE.fullmatch(after) else None
    indent = len(line) - len(line.lstrip(" "))
    if line.strip() and indent >= _MIN_EDGE:
        return indent
    gap = _GUTTER.search(line)
    if gap is None or gap.end() < _MIN_EDGE or _GUTTER.search(line, gap.end()):
        return None  # no gutter, or more than one: a table's row ("B.Com   Pune University   2017")
    return gap.end()


def _margin(cells: list[str], dated: Callable[[str], object] | None) -> bool:
    """Whether a side's cells are mostly dates ("Jan 2019 - Dec 2021" at the right of each
    role's line, "2016 - 2019" in a left margin): a one-column resume's dates set off from its
    roles, not a column to read apart. Only cells that hold text count."""
    held = [c for c in cells if c]
    return dated is not None and bool(held) and 2 * sum(1 for c in held if dated(c)) > len(held)


def split_columns(lines: list[str], dated: Callable[[str], object] | None = None) -> list[str]:
    """The lines, each block of two columns read as its right column then its left one. A block
    is two columns only if most of its right cells, and most of its left ones, are not date
    lines (`dated`): a one-column resume's dates at the right of each role (or in a left margin)
    stay beside the role, while a sidebar beside a column that holds a role's dates among its
    lines is still read apart."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        edge = _edge(lines[i])
        if edge is None:
            out.append(lines[i])
            i += 1
            continue
        j, rows = i, 0
        while j < len(lines):
            here = _edge(lines[j])
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
        cuts = [_edge(ln) for ln in block]
        pairs = list(zip(block, cuts, strict=True))
        left = [ln[:at].rstrip(" |") if at is not None else ln.rstrip() for ln, at in pairs]
        right = [ln[at:].strip() if at is not None else "" for ln, at in pairs]
        cut_left = [ln.strip() for ln, at in zip(left, cuts, strict=True) if at is not None]
        if _margin(right, dated) or _margin(cut_left, dated):
            out.append(lines[i])
            i += 1
            continue
        # the right column first: it holds the name, the summary and the roles; the sidebar
        # (contact, skills, certifications, languages) reads after it, under its own headings
        out += [r for r in right if r] + [""] + left + [""]
        i = j
    return out
