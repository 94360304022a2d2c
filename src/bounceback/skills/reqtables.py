"""A requirement table read as the two lists it stands for: what is essential, what desirable.

A person specification is often a table: "Criteria | Essential | Desirable" with a row per kind
of criterion (its cells the criteria, a line each), or "Requirement | Essential / Desirable" (or
"Essential?") with a criterion a row and its mark ("E", "Desirable", "Yes") beside it. Read cell
by cell into the page's text, such a table ran its cells together ("...NMC registrationMentorship
/ Practice Assessor...") and lost which column asked for what. Here the table becomes

    Essential:
    • criterion
    Desirable:
    • criterion

lines the section reader already takes as required and nice to have. HTML tables (a parsed page
or a job description's markup) and pipe tables of text and Markdown are read alike; a table
without an Essential / Desirable header is left as it was.
"""

from __future__ import annotations

import re
from typing import Any

from bounceback import htmltext


def _heading(words: str) -> re.Pattern[str]:
    """A whole cell that heads a column of criteria: "Essential", "Desirable criteria?"."""
    return re.compile(rf"^\s*(?:{words})(?:\s+criteria)?\s*\??\s*$", re.I)


def _mark(words: str) -> re.Pattern[str]:
    """A cell that opens with a row's mark: "E", "Desirable – or willing to train"."""
    return re.compile(rf"^\s*(?:{words})\b", re.I)


_ESSENTIAL = _heading("essential|required|must[- ]have")
_DESIRABLE = _heading("desirable|preferred|nice[- ]to[- ]have|advantageous")
# One column holding each row's mark: "Essential / Desirable", "E/D", "E or D", "Essential?".
_MARKS = re.compile(
    r"^\s*(?:(?:essential|e)\s*(?:/|or|-|–)\s*(?:desirable|d)|essential\s*\?|required\s*\?|"
    r"(?:desirable|d)\s*(?:/|or|-|–)\s*(?:essential|e))\s*$",
    re.I,
)
# A column that says how a criterion is judged ("How assessed", "Method of assessment":
# "Application form / interview"), never a criterion itself.
_ASSESSED = re.compile(r"\b(?:assess\w*|evidenced?|identified|measured|how tested)\b", re.I)
_ESSENTIAL_MARK = _mark("e|essential|yes|y|required|must|mandatory|[✓✔✅x×*•]")
_DESIRABLE_MARK = _mark("d|desirable|preferred|desired|advantage\\w*|optional")
_TICK = re.compile(r"^\s*(?:[✓✔✅x×*•]|yes|y|tick)\s*$", re.I)

Cell = list[str]  # a cell's lines


def _table_lines(rows: list[list[Cell]]) -> str | None:
    """The "Essential:" and "Desirable:" lists a table's rows stand for, or None when its first
    row names no such column."""
    if len(rows) < 2:
        return None
    header = [" ".join(" ".join(c).split()) for c in rows[0]]
    essential = [k for k, h in enumerate(header) if _ESSENTIAL.match(h)]
    desirable = [k for k, h in enumerate(header) if _DESIRABLE.match(h)]
    marks = [k for k, h in enumerate(header) if _MARKS.match(h)]
    ignored = {k for k, h in enumerate(header) if _ASSESSED.search(h)}
    if not marks and not (essential and desirable):
        return None
    asked: dict[str, list[str]] = {"Essential": [], "Desirable": []}
    for row in rows[1:]:
        if marks:
            mark = " ".join(row[marks[0]]) if marks[0] < len(row) else ""
            named = [
                ln
                for k, cell in enumerate(row)
                if k not in marks and k not in ignored
                for ln in cell
            ]
            criterion = " ".join(" ".join(named).split())
            if not criterion:
                continue
            if _DESIRABLE_MARK.match(mark):
                asked["Desirable"].append(criterion)
            elif _ESSENTIAL_MARK.match(mark) or not mark.strip():
                asked["Essential"].append(criterion)
            continue
        cells = {"Essential": essential[0], "Desirable": desirable[0]}
        ticks = [
            kind for kind, k in cells.items() if k < len(row) and _TICK.match(" ".join(row[k]))
        ]
        if ticks:  # "Criterion | ✓ | ": the criterion is the row's first other cell
            others = [
                " ".join(cell)
                for k, cell in enumerate(row)
                if k not in cells.values() and k not in ignored
            ]
            criterion = " ".join(" ".join(others).split())
            if criterion:
                asked[ticks[0]].append(criterion)
            continue
        for kind, k in cells.items():
            if k < len(row):
                asked[kind].extend(" ".join(ln.split()) for ln in row[k] if ln.strip())
    if not asked["Essential"] and not asked["Desirable"]:
        return None
    parts = [
        f"{kind}:\n" + "\n".join(f"• {item.lstrip('•*- ').strip()}" for item in items)
        for kind, items in asked.items()
        if items
    ]
    return "\n" + "\n".join(parts) + "\n"


def _cell_lines(cell: Any) -> Cell:
    return [ln.strip() for ln in htmltext.node_text(cell).split("\n") if ln.strip()]


def read_html_tables(tree: Any) -> int:
    """Replace each requirement table of a parsed page by its lists; how many were replaced."""
    done = 0
    for table in tree.css("table"):
        if len(table.css("table")) > 1:  # the selector matches the table itself too
            continue  # a layout table around others: its own rows are not criteria
        rows = [
            [_cell_lines(c) for c in tr.iter() if c.tag in ("td", "th")] for tr in table.css("tr")
        ]
        text = _table_lines([r for r in rows if r])
        if text is not None:
            table.replace_with(text)
            done += 1
    return done


def html_text(markup: str) -> str:
    """The visible text of a job description's markup, its requirement tables read as lists."""
    if "<table" not in markup.lower() or not re.search(r"essential|desirable", markup, re.I):
        return htmltext.html_to_text(markup)
    tree = htmltext.parse_html(markup)
    if not read_html_tables(tree):
        return htmltext.html_to_text(markup)
    return htmltext.node_text(tree.body)


_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_RULE = re.compile(r"^[ \t]*\|(?:[ \t:|-]*)\|[ \t]*$")


def read_pipe_tables(text: str) -> str:
    """A text's pipe tables ("| Requirement | Essential / Desirable |") read as lists."""
    if "|" not in text or not re.search(r"essential|desirable", text, re.I):
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        if not _PIPE_ROW.match(lines[k]):
            out.append(lines[k])
            k += 1
            continue
        end = k
        while end < len(lines) and _PIPE_ROW.match(lines[end]):
            end += 1
        block = [ln for ln in lines[k:end] if not _RULE.match(ln)]
        rows = [
            [[c.strip()] if c.strip() else [] for c in ln.strip().strip("|").split("|")]
            for ln in block
        ]
        read = _table_lines(rows)
        out.extend(read.strip("\n").split("\n") if read is not None else lines[k:end])
        k = end
    return "\n".join(out)
