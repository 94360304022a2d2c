"""What a board or a recruiter glues to a job's title: a reference number ("Senior Accountant -
Ref No. FIN/2026/114") and the pay ("Warehouse Team Leader £32,000 + Benefits"), taken off a
title line before it is read (split from headerwords.py, round 36)."""

from __future__ import annotations

import re

# A reference number beside a title: "Senior Accountant - Ref No. FIN/2026/114", "Req ID: 55120 -
# Staff Nurse (ICU)", "Job Code: HR-0934 | HR Executive", "Care Assistant (Ref: CA/118)".
_REFERENCE = (
    r"(?:ref(?:erence)?\.?(?:\s*(?:no\.?|number|#|id))?|job\s*(?:code|id|ref|no\.?|number)|"
    r"req(?:uisition)?\.?(?:\s*(?:id|#|no\.?|number))?|vacancy\s*(?:no\.?|ref|id|number)|"
    r"job\s*#|id)\s*[:#]?\s*[A-Z0-9][\w/.-]{0,40}?\d[\w/.-]{0,40}"
)
_REF_BEFORE = re.compile(rf"^{_REFERENCE}\s*(?:[-–—|:·]\s+|\s+[-–—|·]\s*)(?=\S)", re.I)
_REF_INSIDE = re.compile(rf"\s*\(\s*{_REFERENCE}\s*\)(?=\s+[-–—|·]\s)", re.I)
_REF_AFTER = re.compile(rf"(?:\s+[-–—|·]\s*|\s*\()\s*{_REFERENCE}\s*\)?$", re.I)


# A title line is short: a longer line (a PDF's text run together) is left as it is, and the
# patterns above never see thousands of characters.
TITLE_LINE_MAX = 300


def without_reference(line: str) -> str:
    """The line without a reference number written before or after the title."""
    if len(line) > TITLE_LINE_MAX:
        return line
    out = _REF_AFTER.sub("", _REF_BEFORE.sub("", line))
    out = _REF_INSIDE.sub("", out)  # "Policy Officer (Ref: CEX0412) - Grade 8"
    return out if len(out.split()) >= 1 and out.strip() else line


# Pay glued to a title: "Warehouse Team Leader £32,000 + Benefits", "CNA - Night Shift - $2,500
# Sign-On Bonus", "Chef de Partie - up to €38k", "Care Assistant | £12.50 per hour".
_PAY_AFTER = re.compile(
    r"(?:\s+[-–—|·]\s*|\s*\(\s*|\s+)(?:(?:up to|from|salary|pay|earn)\s+)?[£$€₹]\s?\d[\d,.]*\s*[kK]?"
    r"(?:\s*(?:[-–]|to)\s*[£$€₹]?\s?\d[\d,.]*\s*[kK]?)?"
    # Each extra is taken whole and never split another way (atomic, possessive): the text is
    # untrusted and an ambiguous repetition here backtracked exponentially ("plus car plus ...").
    r"(?>\s*(?:\+|plus\b|and\b)?\s*(?:[\w-]+\s+){0,3}?(?:benefits?|bonus|package|car|ote|"
    r"commission|overtime)\b|\s*(?:per\b|an?\b|p\.?a\.?|/)\s*\w*)*+\s*\)?\s*$",
    re.I,
)


# Pay between two parts of a header line: "Security Officer - $2,400 to $3,100 - Jurong"
_PAY_BETWEEN = re.compile(
    r"\s+[-–—|·•]\s+(?:(?:up to|from)\s+)?(?:[£$€₹]|R\s?)\d[\d,.]*\s*[kK]?"
    r"(?:\s*(?:[-–]|to)\s*(?:[£$€₹]|R\s?)?\d[\d,.]*\s*[kK]?)?"
    r"(?:\s*(?:per|an?|/)\s*[a-z]+)?(?=\s+[-–—|·•]\s+\S)",
    re.I,
)


def without_pay_between(line: str) -> str:
    """A header line without the pay written between its parts."""
    return _PAY_BETWEEN.sub("", line) if len(line) <= TITLE_LINE_MAX else line


def without_pay(title: str) -> str:
    """The title without the pay a board glued to it."""
    if len(title) > TITLE_LINE_MAX:
        return title
    out = _PAY_AFTER.sub("", title).strip(" -–—|·,")
    return out if out else title
