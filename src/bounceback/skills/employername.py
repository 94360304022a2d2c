"""The employer's own name blanked out of its posting before skills are read: "Larkspur Freight"
names no skill, nor does the "Analytical" of "Sahyadri Analytical Labs", and "Quillstack builds
a B2B invoicing platform" is the employer describing itself (context.describes_employer)."""

from __future__ import annotations

import re

# A company's legal form, which its own text often leaves out ("Sahyadri Analytical Labs Pvt.
# Ltd." is "Sahyadri Analytical Labs is a NABL accredited laboratory").
_LEGAL_FORM = re.compile(
    r"[\s,]+(?:pvt\.?\s*ltd\.?|private limited|pty\.?\s*ltd\.?|ltd\.?|limited|inc\.?|"
    r"incorporated|llc|l\.l\.c\.|llp|plc|corp\.?|corporation|co\.|gmbh|s\.?a\.?|ulc|lp)$",
    re.IGNORECASE,
)


def without_employer(text: str, company: str) -> str:
    """The text with the employer's name blanked, with or without its legal form: "Larkspur
    Freight" names no skill, nor does the "Analytical" of "Sahyadri Analytical Labs"."""
    name = company.strip()
    if len(name) < 3:
        return text
    names = [name]
    short = _LEGAL_FORM.sub("", name).strip(" ,.")
    while short != names[-1] and len(short) >= 6:
        names.append(short)
        short = _LEGAL_FORM.sub("", short).strip(" ,.")
    for form in names:
        text = re.sub(re.escape(form), lambda m: " " * len(m.group()), text, flags=re.IGNORECASE)
    first = name.split()[0]
    if len(name.split()) > 1 and len(first) >= 5 and first[:1].isupper() and first.isalpha():
        # the name's own first word as the subject of a sentence ("Quillstack builds ..." for
        # Quillstack Technologies), written as a name and followed by a verb
        text = re.sub(
            rf"(?<![\w-]){re.escape(first)}(?=\s+(?:{_VERBS})\b)",
            lambda m: " " * len(m.group()),
            text,
        )
    return text


_VERBS = (
    "is|are|was|has|have|provides|offers|serves|operates|delivers|employs|supplies|builds|runs|"
    "powers|makes|develops|produces|owns|sells|distributes|manufactures|designs|helps|works"
)
