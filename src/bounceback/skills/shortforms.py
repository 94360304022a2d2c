"""The full name a posting gives an employer it mostly calls by a short form.

Formal postings name the employer once in full, often in the capitals of the letterhead
("LEE VALLEY EDUCATION AND TRAINING BOARD", "UMGENI VALLEY LOCAL MUNICIPALITY"), and then by a
short form in the sentences the readers take the employer from: an acronym ("Kildare and
Wicklow ETB is an equal opportunities employer", "The HIMM offers..."), or the body's kind
alone ("The Municipality is an equal opportunity employer", "the Council", "the Studio"). When
the name read is such a short form, the full name the text gives is the employer: a run of
capitalised words whose initials end in the acronym (or written before it in brackets:
"Institute of Cellular Medicine (ICM)"), or that ends in the body's word.
"""

from __future__ import annotations

import re

_LINKS = frozenset({"and", "of", "for", "the", "&", "de", "für", "du", "des", "van"})
_KINDS = (
    r"municipality|council|university|board|trust|authority|agency|company|firm|practice|studio|"
    r"group|institute|museum|library|hospital|school|college|foundation|charity|society|"
    r"district|service|ministry|department|commission|academy|theatre|theater|orchestra|"
    r"partnership|cooperative|co-operative|club|centre|center|network|office"
)
_SHORT = re.compile(
    rf"^(?:(?i:the)\s+)?(?P<pre>(?:[A-Z][\w'’.-]*\s+){{0,4}}?)(?P<core>[A-Z]{{2,6}}|(?i:{_KINDS}))$"
)
# a run of capitalised words and the small words that link them ("Kildare and Wicklow Education
# and Training Board")
_RUN = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:(?:and|of|for|the|&|de|für|du|des|van)\s+)*[A-Z][\w'’.-]*)*"
)


def _title_case(line: str) -> str:
    """A letterhead's capitals as a name is written ("LEE VALLEY EDUCATION AND TRAINING BOARD":
    "Lee Valley Education and Training Board")."""
    words = [w.lower() if w.lower() in _LINKS else w.capitalize() for w in line.split()]
    return " ".join(words)


def _runs(lines: list[str]) -> list[str]:
    found: list[str] = []
    for line in lines:
        letters = [c for c in line if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(line) < 120:
            line = _title_case(line)
        found.extend(m.group(0) for m in _RUN.finditer(line))
    return found


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w.lower() not in _LINKS)


def _drop_article(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.I)


def full_name(short: str, lines: list[str]) -> str:
    """The full name of the employer read as `short` ("The ETB", "Lee Valley ETB", "The
    Municipality"), or "" when the name is no short form or the text gives no full name."""
    m = _SHORT.match(short.strip())
    if not m:
        return ""
    pre = m.group("pre").split()
    core = m.group("core")
    acronym = core.isupper() and core.lower() not in _KINDS.split("|")
    if pre and not acronym:
        return ""  # "Somerset Downs Council" is a full name already
    found: list[str] = []
    for run in _runs(lines):
        run = _drop_article(run.strip(" .,;:"))
        words = run.split()
        if len(words) < 2 or words[: len(pre)] != pre or run.casefold() == short.casefold():
            continue
        rest = words[len(pre) :]
        if acronym:
            if rest and rest[-1] == core:
                continue  # the short form itself
            if len([w for w in rest if w.lower() not in _LINKS]) >= len(core) and _initials(
                rest
            ).endswith(core):
                found.append(run)
        elif words[-1].casefold() == core.casefold() and len(rest) >= 2:
            found.append(run)  # "Umgeni Valley Local Municipality" for "The Municipality"
    if acronym:
        # "Institute of Cellular and Translational Medicine (ICTM)"
        brackets = re.compile(rf"({_RUN.pattern})\s*\(\s*{re.escape(core)}\s*\)")
        for line in lines:
            for b in brackets.finditer(line):
                words = _drop_article(b.group(1)).split()
                if len([w for w in words if w.lower() not in _LINKS]) >= max(2, len(core) - 1):
                    found.append(" ".join(words))
    if not found:
        return ""
    counts: dict[str, int] = {}
    for name in found:
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: (counts[n], -found.index(n)))
