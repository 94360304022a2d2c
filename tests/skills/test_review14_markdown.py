"""Review of round 14: a markdown posting's tables. Round 14 reads a two-cell row ("| Locations |
Washington, DC |") as a labelled line; its pattern, tried on every row of any other table, went
back and forth over a row padded with spaces (a formatter lines the columns up): a pasted
posting with a four-column table of 50 rows padded to 80 characters took 29 s of one processor
(the server's other requests waiting), and each further space made it slower (cubic)."""

from __future__ import annotations

import random
import re
import signal
from typing import Any

from bounceback.skills import markdowntext
from bounceback.skills.postings import read_posting

#: Round 14's pattern for a two-cell row, kept as the oracle of what the rows read as.
_ROUND14_ROW = (r"^[ \t]*\|[ \t]*([^|\n]*?[^|\s:][^|\n]*?)[ \t]*:?[ \t]*\|[ \t]*([^|\n]+?)[ \t]*"
                r"\|[ \t]*$")


class Stall(Exception):
    pass


def _stall(_signum: int, _frame: Any) -> None:
    raise Stall("reading the posting ran past its alarm")


def test_a_posting_with_a_padded_table_is_read_without_stalling() -> None:
    """A stall guard, not a timing: round 14's pattern needs minutes of one processor for this
    table (29 s at 50 rows of 80-character cells, cubic in the padding: this one about 3 minutes);
    the alarm is far off (60 s of wall clock; it reads in well under a second)."""
    cells = ("Python", "Advanced", "5 years", "Data pipelines and ETL")
    row = "| " + " | ".join(f"{c:<150}" for c in cells) + " |\n"
    rule = "|" + "|".join("-" * 152 for _ in cells) + "|\n"
    text = ("# Data Engineer\n\n**Acme Analytics** · Leeds\n\n## What you bring\n\n"
            + row + rule + row * 40
            + "\n## Requirements\n- Three years of Python and SQL\n\nApply with your CV.\n")
    previous = signal.signal(signal.SIGALRM, _stall)
    signal.alarm(60)
    try:
        posting = read_posting(text.encode(), "posting.md")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert posting.title == "Data Engineer"


def _lines() -> list[str]:
    rows = ["| Locations | Washington, DC |", "| **Series & grade** | GS-0560-11 |",
            "|Salary:|£30,000|", "  | Closes :  | 3 May |  ", "| a | b | c |", "| | |",
            "|---|---|", "| : | x |", "| a |  |", "| a |   |", "|a||", "| a\xa0| b |",
            "\t|\tType\t:\t|\tFull time\t|\t", "| a: : | b |", "| a:: | b |", "x | a | b |",
            "| a | b |x", "| a | b | ", "| a | b |\r", "| \xa0 | b |", "|:a:| :b: |"]
    rng = random.Random(14)
    alphabet = [" ", " ", "\t", "|", "|", ":", "a", "B", "\xa0", "-", "é"]
    for _ in range(4000):
        rows.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))))
    for _ in range(1000):  # rows of three bars, the cells of spaces, colons and a letter or two
        cells = ["".join(rng.choice(" \t:a") for _ in range(rng.randint(0, 6))) for _ in "abc"]
        rows.append(f"{cells[0]}|{cells[1]}|{cells[2]}|" + rng.choice(["", " ", "\t", "x"]))
    return rows


def test_a_two_cell_row_reads_as_round_14_read_it() -> None:
    oracle = re.compile(_ROUND14_ROW, re.MULTILINE)
    lines = _lines()
    for line in lines:
        assert markdowntext._FACT_ROW.sub(r"\1: \2", line) == oracle.sub(r"\1: \2", line), repr(line)
    whole = "\n".join(lines)
    assert markdowntext._FACT_ROW.sub(r"\1: \2", whole) == oracle.sub(r"\1: \2", whole)


#: The heading patterns before the lead's fix (review of round 14, minor 4), the oracle.
_OLD_TOP = r"\A\s*#[ \t]+(.+?)[ \t]*#*[ \t]*$"
_OLD_HEADING = r"^[ \t]{0,3}#{1,6}[ \t]*(.+?)[ \t]*#*[ \t]*$"


def test_a_heading_with_a_long_run_of_spaces_is_read_without_stalling() -> None:
    """A stall guard, not a timing: the heading patterns before needed about 54 s of one
    processor each for a heading with 4,000 spaces inside (cubic); this one has 12,000."""
    text = ("# Care Assistant" + " " * 12000 + "Night shifts\n\n**Hollybank Care Home** · York\n\n"
            "## Requirements" + "\t " * 6000 + "x\n- NVQ Level 2 in Health and Social Care\n")
    previous = signal.signal(signal.SIGALRM, _stall)
    signal.alarm(60)
    try:
        posting = read_posting(text.encode(), "posting.md")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert posting.title.startswith("Care Assistant")


def test_headings_read_as_before() -> None:
    old_top, old = re.compile(_OLD_TOP, re.MULTILINE), re.compile(_OLD_HEADING, re.MULTILINE)
    rng = random.Random(15)
    texts = ["# Title #", "## Skills ##  ", "### C#", "#  ", "####### seven", "    # code",
             "# a\n## b  #\n# c", "\t## tabbed\t#\t", "#\u00a0nbsp", "## ", "#"]
    for _ in range(20000):
        texts.append("".join(rng.choice(" \t#a#\n bé") for _ in range(rng.randint(0, 14))))
    for text in texts:
        assert markdowntext._TOP_HEADING.sub(r"\1", text, count=1) == old_top.sub(r"\1", text, count=1), repr(text)
        assert markdowntext._HEADING.sub(r"\1:", text) == old.sub(r"\1:", text), repr(text)
