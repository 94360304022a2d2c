"""The worker's own kit is something to bring, not a skill asked for (round 33): "Own hand tools
and PPE", "Your own basic hand tools (we supply power tools)", "Own CSA-approved safety boots and
personal hand tools". In rounds 8-25 the strangers listed "hand tools" from such a line 3 times
in 18 and PPE never (5 lines); read after the filter, what it takes off stays "also mentioned".
Only kit: "own transport" and a licence beside it, or "Own the store P&L" (a verb), are not."""

from __future__ import annotations

import re

_OWN_BEFORE = re.compile(
    r"(?:^|[\s(,;:])(?:your|their|his|her)?\s*own\s+"
    r"(?:(?!(?:the|a|an|of|for|to|across|on|in|at)\b)[\w/&'’-]+\s+){0,6}$",  # not "Own the ..."
    re.IGNORECASE
)
_KIT = re.compile(
    r"\b(?:tools?|ppe|boots|footwear|gauges|kit|toolkit|toolbox|uniform|equipment)\b",
    re.IGNORECASE,
)


def own_kit(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names kit the worker is to bring ("own hand tools")."""
    if not _KIT.search(text[start:end]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 80) : start]
    return bool(_OWN_BEFORE.search(before))
