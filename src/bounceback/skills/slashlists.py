"""A phrase that is a slash list of tools is that many skills: "CATIA/NX", "Creo/SolidWorks",
"Jenkins/GitLab CI".

The phrase finder takes "CATIA/NX" whole when the vocabulary did not read its parts (two forms
of one entry in one line are read once); a reader lists CATIA and NX. A phrase is split only
when every part is a name the vocabulary knows ("S/4HANA", "24/7", "AS/NZS 3000" stay whole;
"HT/LT panels" is HT panels and LT panels, not "HT" and "LT panels"); each part is named by its
entry (naming.as_written then names a narrower form by itself).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bounceback.domain.skills import SkillMatch, SkillSource
from bounceback.skills.vocabulary import Vocabulary

__all__ = ["split_slash_lists"]

_PART = re.compile(r"[A-Za-z][\w+#.&-]*(?: [A-Za-z][\w+#.&-]*){0,2}")
_NOT_A_LIST = re.compile(r"\band/or\b|\bor/and\b", re.IGNORECASE)


def split_slash_lists(mentions: list[SkillMatch], vocabulary: Vocabulary) -> list[SkillMatch]:
    out: list[SkillMatch] = []
    for m in mentions:
        parts = _parts(m) if m.source is SkillSource.TEXT and "/" in m.text else None
        if not parts or not all(vocabulary.get(m.text[s:e]) for s, e in parts):
            out.append(m)
            continue
        for start, end in parts:
            name = m.text[start:end]
            entry = vocabulary.get(name)
            assert entry is not None  # every part is known (see above)
            out.append(
                replace(
                    m,
                    skill=entry.name,
                    category=entry.category,
                    source=entry.source,
                    text=name,
                    start=m.start + start,
                    end=m.start + end,
                )
            )
    return out


def _parts(m: SkillMatch) -> list[tuple[int, int]] | None:
    if _NOT_A_LIST.search(m.text):
        return None
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in m.text.split("/"):
        stripped = piece.strip()
        start = m.text.index(piece, pos) + (len(piece) - len(piece.lstrip()))
        pos += len(piece) + 1
        if len(stripped) < 2 or not _PART.fullmatch(stripped):
            return None
        spans.append((start, start + len(stripped)))
    return spans if len(spans) >= 2 else None
