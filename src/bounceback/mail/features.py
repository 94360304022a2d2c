"""Turn one email (sender, subject, readable body) into the set of features the model weighs."""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"<?([^<>\s@]+)@([^<>\s@]+?)>?\s*$")
_NAME_SPLIT = re.compile(r"[^a-z0-9]+")

_KEEP = set("abcdefghijklmnopqrstuvwxyz'’àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿß")
_TO_SPACE = str.maketrans({chr(i): " " for i in range(0x250) if chr(i) not in _KEEP})

# Hand-made features for the hard cases of shared/design/taxonomy.md: what an email *does*.
# Each is (name, a cheap substring that must occur, the pattern that decides).
_HAND: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, needle, re.compile(pattern))
    for name, needle, pattern in (
        ("h:if_not_selected", "if ", r"\bif (?:you are|you're|we do not|we don't|you have not|"
         r"you haven't|your application is|you aren't|you do not)\b[^.]{0,60}\b(?:not "
         r"selected|unsuccessful|not successful|hear|contact|not taken|shortlisted)"),
        ("h:either_way", "", r"either way|whatever the outcome|whether or not"),
        ("h:apply_again", "appl", r"apply again|reapply|re-apply|apply for (?:other|future)|"
         r"applying (?:again|for future)"),
        ("h:future_roles", "future", r"future (?:openings|opportunities|roles|positions|"
         r"vacancies|requirements)"),
        ("h:decided_not", "decid", r"decided not to|decided to (?:move|go|pursue|proceed|"
         r"progress)(?: forward)? with (?:other|another|an internal|candidates)"),
        ("h:not_moving", "n", r"(?:not|n't|unable to|cannot) (?:be )?(?:moving|move|"
         r"progress|proceed|offer|taking|take|continu|invit|shortlist|select)"),
        ("h:time", ":", r"\b\d{1,2}[:.]\d\d\b"),
        ("h:ampm", "m", r"\d\s?(?:[ap]\.?m\b)"),
    )
)
_CURRENCY = ("£", "$", "€", "₹")
_LIST_LINE = re.compile(r"^[A-Z][^.!?\n]{2,70}(?: · | \| | - |, )[^.!?\n]{2,60}$", re.M)
_ROLEY_LINE = re.compile(r"^(?:[A-Z][\w/&()'+-]*(?: |$)){1,6}$", re.M)


def sender_parts(sender: str) -> tuple[str, str, str]:
    """(display name, local part, domain), all lower case; empty strings when missing."""
    sender = sender.strip()
    match = _ADDRESS.search(sender)
    if not match:
        return sender.lower().strip('" '), "", ""
    name = sender[: match.start()].strip().strip('"').lower()
    return name, match.group(1).lower(), match.group(2).lower().rstrip(">")


def features(sender: str, subject: str, body: str) -> set[str]:
    """The feature set of an email; `body` is already readable text (see text.readable)."""
    feats: set[str] = set()
    add = feats.add
    name, local, domain = sender_parts(sender)
    for part in domain.split("."):
        if part:
            add("d:" + part)
    for part in _NAME_SPLIT.split(local):
        if part:
            add("l:" + part)
    for word in name.translate(_TO_SPACE).split():
        add("n:" + word)
    subj = subject.lower()
    stoks = subj.translate(_TO_SPACE).split()
    feats.update("s:" + t for t in stoks)
    feats.update(f"s:{a} {b}" for a, b in zip(stoks, stoks[1:], strict=False))
    if subj.startswith(("re:", "aw:")):
        add("h:re")
    elif subj.startswith(("fwd:", "fw:", "wg:")):
        add("h:fwd")
    low = body.lower()
    toks = low.translate(_TO_SPACE).split()
    feats.update(toks)
    feats.update(f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False))
    for fname, needle, pattern in _HAND:
        if needle in low and pattern.search(low):
            add(fname)
    if any(c in body for c in _CURRENCY):
        add("h:money")
    listed = len(_LIST_LINE.findall(body)) + len(_ROLEY_LINE.findall(body)) // 3
    if listed >= 2:
        add("h:list2")
    if listed >= 4:
        add("h:list4")
    length = len(toks)
    add("h:len" + ("0" if length < 25 else "1" if length < 70 else "2" if length < 160 else "3"))
    return feats
