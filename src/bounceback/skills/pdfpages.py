"""A posting's text copied out of a PDF (round 28): the page's running header and footer
("Wrenfield Community Pharmacy Group – Confidential   Page 1 of 2") stand between the lines of
the text on every page, and words are broken at the ends of lines ("dis-" / "pensing"). The
running lines are no part of the posting: the first one stays (the employer's name heads the
first page), the later ones and the page numbers go, and broken words are joined again, so that
neither the title, the employer nor a skill is read from a page's furniture."""

from __future__ import annotations

import re

# "Page 1 of 2", "1 / 3", "- 2 -", "2": a page's number on a line of its own
_PAGE_ONLY = re.compile(r"^\W*(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\W*$", re.I)
# "... Confidential Page 1 of 2", "Job Description 1": a page's number after the running text
_PAGE_AFTER = re.compile(r"\s+(?:page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|\d{1,3})\s*$", re.I)
_PAGE_MARK = re.compile(r"\bpage\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\b|\f", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•·▪●◦]|\d{1,2}[.)])\s")
_RUNNING_WORDS = 12  # a running header or footer is short
# "dis-" at a line's end and "pensing" opening the next: one word broken by the page's width
_BROKEN = re.compile(r"(?<=[a-z]{2})-$")
_CONTINUES = re.compile(r"^[a-z]{2,}")
# the first halves of words written with their hyphen ("full-time", "self-motivated", "well-
# being", "hands-on", "non-clinical"): broken at the hyphen, such a word keeps it when joined
_COMPOUND_HEAD = re.compile(
    r"\b(?:full|part|well|self|long|short|cross|multi|non|co|pre|post|high|low|fast|fixed|"
    r"hands|day|night|face|follow|front|back|up|end|one|two|three|first|second|third|"
    r"entry|senior|mid|on|off|in|out|sub|semi|over|under|time|client|customer|team|"
    r"detail|results|safety|data|solution|people|quality|goal|deadline|fork|e)-$",
    re.I,
)


def _key(line: str) -> str:
    return " ".join(_PAGE_AFTER.sub("", line.strip()).casefold().split())


def _running(lines: list[str]) -> set[str]:
    """The texts that recur as a page's header or footer: short lines, no list item, that stand
    two times or more and, once, beside a page number ("Ashcombe Hospitals NHS Trust 2")."""
    seen: dict[str, int] = {}
    numbered: set[str] = set()
    for line in lines:
        text = line.strip()
        if not text or _BULLET.match(text) or len(text.split()) > _RUNNING_WORDS + 4:
            continue
        key = _key(text)
        if not key or len(key.split()) > _RUNNING_WORDS:
            continue
        seen[key] = seen.get(key, 0) + 1
        if key != " ".join(text.casefold().split()):
            numbered.add(key)
    return {k for k, n in seen.items() if n >= 2 and k in numbered}


def without_page_furniture(text: str) -> str:
    """The text without a PDF's page numbers and running lines (after their first), its broken
    words joined; a text that shows no page numbers is returned with its words joined only (a
text posting wrapped by width breaks words too; a word written with its hyphen keeps it)."""
    lines = text.split("\n")
    paged = bool(_PAGE_MARK.search(text))
    running = _running(lines)
    if running:
        paged = True
    out: list[str] = []
    kept: set[str] = set()
    for line in lines:
        text_line = line.strip()
        if paged and text_line and _PAGE_ONLY.match(text_line):
            continue
        key = _key(text_line)
        if key in running:
            if key in kept:
                continue
            kept.add(key)
            line = _PAGE_AFTER.sub("", line.rstrip())
        elif paged and _PAGE_MARK.search(text_line) and not _BULLET.match(text_line):
            line = _PAGE_AFTER.sub("", line.rstrip())
        out.append(line)
    return "\n".join(_joined(out))


def _joined(lines: list[str]) -> list[str]:
    """ "the accurate and safe dis-" / "pensing of prescriptions": one line, "dispensing"."""
    out: list[str] = []
    for line in lines:
        previous = out[-1].rstrip() if out else ""
        start = _CONTINUES.match(line.strip())
        if previous and _BROKEN.search(previous) and start and len(previous) >= 30:
            # the two lines are one sentence's: "equip-" / "ment" is "equipment", but "full-" /
            # "time" stays "full-time" (a word written with its hyphen, broken at it)
            head = previous if _COMPOUND_HEAD.search(previous) else previous[:-1]
            out[-1] = head + line.strip()
            continue
        out.append(line)
    return out
