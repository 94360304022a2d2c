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


def _sender_features(sender: str) -> set[str]:
    name, local, domain = sender_parts(sender)
    feats = {"d:" + part for part in domain.split(".") if part}
    feats.update("l:" + part for part in _NAME_SPLIT.split(local) if part)
    feats.update("n:" + word for word in name.translate(_TO_SPACE).split())
    return feats


def _shape_features(subj: str, low: str, body: str, length: int) -> set[str]:
    """The features that are not words: reply/forward, hand rules, phrases, lists, length."""
    feats = phrase_kinds(low, "x:")
    add = feats.add
    if subj.startswith(("re:", "aw:")):
        add("h:re")
    elif subj.startswith(("fwd:", "fw:", "wg:")):
        add("h:fwd")
    for fname, needles, pattern in _HAND:
        for needle in needles:
            if needle in low:
                if pattern.search(low):
                    add(fname)
                break
    feats.update(phrase_kinds(subj, "xs:"))
    if any(c in body for c in _CURRENCY):
        add("h:money")
    listed = len(_LIST_LINE.findall(body)) if body.count("\n") >= 4 else 0
    if listed >= 2:
        add("h:list2")
    if listed >= 4:
        add("h:list4")
    add("h:len" + ("0" if length < 25 else "1" if length < 70 else "2" if length < 160 else "3"))
    return feats


def features(sender: str, subject: str, body: str) -> set[str]:
    """The feature set of an email; `body` is already readable text (see text.readable)."""
    feats = _sender_features(sender)
    subj = subject.lower()
    stoks = subj.translate(_TO_SPACE).split()
    feats.update("s:" + t for t in stoks)
    feats.update(f"s:{a} {b}" for a, b in zip(stoks, stoks[1:], strict=False))
    low = body.lower()
    toks = low.translate(_TO_SPACE).split()
    feats.update(toks)
    head = toks[:MAX_BIGRAM_TOKENS]
    feats.update(f"{a} {b}" for a, b in zip(head, head[1:], strict=False))
    feats |= _shape_features(subj, low, body, len(toks))
    return feats


class FeatureIndex:
    """A model's packed weights re-keyed for scoring without building feature strings: word
    pairs by (word, word) tuples, subject words without their prefix. `total` gives exactly
    sum(packed[f] for f in features(...) if f in packed)."""

    __slots__ = ("packed", "words", "subject", "subject_pairs", "pairs", "senders", "_keys")

    def __init__(self, packed: dict[str, int]) -> None:
        self.packed = packed
        self.subject: dict[str, int] = {}
        self.subject_pairs: dict[tuple[str, str], int] = {}
        self.pairs: dict[tuple[str, str], int] = {}
        self.senders: dict[str, int] = {}  # per sender address: its features' weights
        for key, value in packed.items():
            if key.startswith("s:"):
                first, space, second = key[2:].partition(" ")
                if space:
                    self.subject_pairs[(first, second)] = value
                else:
                    self.subject[first] = value
            elif ":" not in key and " " in key:
                first, _, second = key.partition(" ")
                self.pairs[(first, second)] = value
        self.words = {key: value for key, value in packed.items() if ":" not in key
                      and " " not in key}
        self._keys = (frozenset(self.subject), frozenset(self.subject_pairs),
                      frozenset(self.words), frozenset(self.pairs))

    def total(self, sender: str, subject: str, body: str) -> int:
        """The packed sum of the message's features (words never contain ':' or ' ', so the
        groups below never overlap and each feature counts once, as in the set)."""
        cached = self.senders.get(sender)
        if cached is None:
            cached = sum(filter(None, map(self.packed.get, _sender_features(sender))))
            if len(self.senders) < 50_000:
                self.senders[sender] = cached
        subj = subject.lower()
        stoks = subj.translate(_TO_SPACE).split()
        low = body.lower()
        toks = low.translate(_TO_SPACE).split()
        head = toks[:MAX_BIGRAM_TOKENS]
        subject_keys, subject_pair_keys, word_keys, pair_keys = self._keys
        # Intersections keep only the known features, each once; only those are added.
        return (cached
                + sum(map(self.subject.__getitem__, subject_keys.intersection(stoks)))
                + sum(map(self.subject_pairs.__getitem__,
                          subject_pair_keys.intersection(zip(stoks, stoks[1:], strict=False))))
                + sum(map(self.words.__getitem__, word_keys.intersection(toks)))
                + sum(map(self.pairs.__getitem__,
                          pair_keys.intersection(zip(head, head[1:], strict=False))))
                + sum(filter(None, map(self.packed.get,
                                       _shape_features(subj, low, body, len(toks))))))
