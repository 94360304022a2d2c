"""The words around a name in an email: the word or punctuation mark just before and just after
a span on its line, and what a "Label:" before a colon says ("Empresa: Acme" is the employer's
label), for mail/company_spans.py's candidates."""

from __future__ import annotations

from bounceback.mail.namewords import LABELS

EDGE = " .,;:!?'’\"()[]«»“”"


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """The word (or punctuation mark) just before and just after a span, on its line."""
    before = text[max(0, start - 30):start]
    cut = before.rfind("\n")
    if cut >= 0:
        before = before[cut + 1:]
    before = before.rstrip()
    if not before:
        prev = "^"
    elif before[-1].isalnum():
        prev = before.rsplit(None, 1)[-1].strip(EDGE).lower() or "^"
    else:
        prev = mark(before)
    return prev, after(text, end)


def mark(before: str) -> str:
    """The punctuation mark a span follows; after a colon, what the label before it says
    ("Empresa: Acme" is ":employer", "Vaga: Operador" is ":role")."""
    mark = before[-1]
    if mark == ":":
        label = before[:-1].rstrip().rsplit(None, 1)
        if label:
            kind = LABELS.get(label[-1].strip(EDGE).lower())
            if kind:
                return f":{kind}"
    return mark


def after(text: str, end: int) -> str:
    """The word (or punctuation mark) just after a span, on its line ("$" at the line's end)."""
    after = text[end:end + 30]
    cut = after.find("\n")
    if cut >= 0:
        after = after[:cut]
    after = after.lstrip()
    if not after:
        return "$"
    if after[0].isalnum():
        return after.split(None, 1)[0].strip(EDGE).lower() or "$"
    return after[0]
