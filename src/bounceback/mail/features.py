"""Turn one email (sender, subject, readable body) into the set of features the model weighs."""

from __future__ import annotations

import re

from bounceback.mail.lexicon import phrase_kinds

# Bump when features() or the training settings change: saved models then retrain.
FEATURES_VERSION = 5
MAX_BIGRAM_TOKENS = 250
_ADDRESS = re.compile(r"<?([^<>\s@]+)@([^<>\s@]+?)>?\s*$")
_NAME_SPLIT = re.compile(r"[^a-z0-9]+")

_KEEP = set("abcdefghijklmnopqrstuvwxyz'’àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿß")
_TO_SPACE = str.maketrans({chr(i): " " for i in range(0x250) if chr(i) not in _KEEP})

# Hand-made features for the hard cases of shared/design/taxonomy.md: what an email *does*.
# Each is (name, cheap substrings of which one must occur, the pattern that decides). Word
# pairs ("decided not", "apply again") need no rule: bigrams carry them.
_HAND: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (name, needles, re.compile(pattern))
    for name, needles, pattern in (
        ("h:if_not_selected", ("if you", "if we", "if your"), r"\bif (?:you are|you're|we do "
         r"not|we don't|you have not|you haven't|your application is|you aren't|you do not)"
         r"\b[^.]{0,60}\b(?:not selected|unsuccessful|not successful|hear|contact|not taken|"
         r"shortlisted)"),
        ("h:either_way", ("either way", "whatever the outcome", "whether or not"), r""),
        ("h:time", (":",), r"\b\d{1,2}:\d\d\b"),
        ("h:ampm", ("m",), r"\d\s?(?:[ap]\.?m\b)"),
    )
)
_CURRENCY = ("£", "$", "€", "₹")
_LIST_LINE = re.compile(r"^[A-Z][^.!?\n]{2,70}(?: · | \| | - |, )[^.!?\n]{2,60}$", re.M)


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
    head = toks[:MAX_BIGRAM_TOKENS]
    feats.update(f"{a} {b}" for a, b in zip(head, head[1:], strict=False))
    for fname, needles, pattern in _HAND:
        for needle in needles:
            if needle in low:
                if pattern.search(low):
                    add(fname)
                break
    feats.update(phrase_kinds(low, "x:"))
    feats.update(phrase_kinds(subj, "xs:"))
    if any(c in body for c in _CURRENCY):
        add("h:money")
    listed = len(_LIST_LINE.findall(body)) if body.count("\n") >= 4 else 0
    if listed >= 2:
        add("h:list2")
    if listed >= 4:
        add("h:list4")
    length = len(toks)
    add("h:len" + ("0" if length < 25 else "1" if length < 70 else "2" if length < 160 else "3"))
    return feats
