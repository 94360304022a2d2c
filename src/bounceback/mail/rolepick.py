"""The job title an email is about, picked by a trained ranker among every title it writes.

The candidates (every title the email writes, each with the features of where and how it writes
it, and the rules' own answer among them) are mail/rolecandidates.py's; the role ranker
(mail/model/names.json.gz, "role", trained by mail/train.py on the corpus's labels) weighs what
kind of phrase each is and where the email writes it, and picks one or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from bounceback.mail import roles as rules
from bounceback.mail.employer import NAMES_MODEL
from bounceback.mail.features import Reading
from bounceback.mail.names import squash
from bounceback.mail.ranker import Example, Ranker, load
from bounceback.mail.rolecandidates import _gathered, none_features, role_candidates


def role_key(value: str | None) -> str:
    """A title compared case-, accent-, space- and punctuation-blind."""
    return squash(value) if value else ""


@cache
def packaged_role_ranker() -> Ranker | None:
    """The packaged role ranker; None (the rules alone) when the model has none."""
    return load(NAMES_MODEL).get("role")


def role_of(subject: str, reading: Reading, company: str | None,
            ranker: Ranker | None = None) -> str | None:
    """The job title the email is about, as written; None when it names none. Without a role
    ranker (none packaged), the rules' answer."""
    ranker = ranker or packaged_role_ranker()
    role = _pick(subject, reading.cut.text, company, reading.lang, ranker)
    if role is None and reading.cut.quoted:  # a short reply: the thread below may name it
        role = _pick(subject, reading.text, company, reading.lang, ranker)
    return role


def _pick(subject: str, body: str, company: str | None, lang: str, ranker: Ranker | None
          ) -> str | None:
    if ranker is None:
        return rules.extract_role(subject, body, company, lang)
    found, rule, shape, none = _gathered(subject, body, company, lang)
    empty = ranker.score(none)
    # A title's score before its shape plus the most its shape can add bounds its score: one
    # whose bound is under the best score found so far cannot win and is never shaped. The
    # pick is Ranker.pick's over every title with all its features (the largest score and,
    # among equal scores, the largest text; none when "none" scores as well).
    most = _shape_bound(ranker)
    order = sorted(((ranker.score(feats) + most, key) for key, (_, feats) in found.items()),
                   reverse=True)
    best: tuple[float, str] | None = None
    floor = empty
    for bound, key in order:
        if bound < floor - 1e-6:
            break
        text, feats = found[key]
        feats.update(shape(text, key))
        score = ranker.score(sorted(feats))
        if best is None or (score, text) > best:
            best = (score, text)
            floor = max(score, empty)
    return best[1] if best is not None and best[0] > empty else None


_SHAPE_GROUPS = (tuple(f"n:{n}" for n in range(1, 7)), ("endnoun", "noun"), ("event:first",),
                 ("event:last", "event:in"), ("unclosed",), ("hiring",), ("badstart",),
                 ("leadword",), ("notrole",), ("lower",), ("lower:noun",), ("gender", "paren"), ("digit", "year"), ("place",),
                 ("dash",), ("comma",), ("lowdash",), ("persontail",), ("cutjoin",), ("cutand",), ("andin",), ("level",), ("lower:xx",), ("comp",), ("inbody",), ("insubject",))


_BOUND: list[tuple[dict[str, float], float]] = []  # the last ranker's weights and bound


def _shape_bound(ranker: Ranker) -> float:
    """The most `_shape`'s features can add to a title's score (one of each group at most),
    kept for the last ranker's weights (the object itself is kept, so it is never another's)."""
    weights = ranker.weights
    kept = _BOUND[-1] if _BOUND else None
    if kept is not None and kept[0] is weights:
        return kept[1]
    most = sum(max(0.0, *(weights.get(f, 0.0) for f in group)) for group in _SHAPE_GROUPS)
    _BOUND[:] = [(weights, most)]
    return most


def role_example(subject: str, body: str, company: str | None, lang: str, label: object,
                 group: str) -> Example | None:
    """One email's role-ranker example: the candidates spelled like its label marked right
    ("none" is right when it names no title); None when no candidate spells the label."""
    options, rule = role_candidates(subject, body, company, lang)
    want = role_key(label) if isinstance(label, str) else ""
    right = [i for i, (text, _) in enumerate(options) if want and role_key(text) == want]
    if want and not right:
        return None
    return Example([feats for _, feats in options], none_features(rule, (f for _, f in options)),
                   right, group)


def role_examples(rows: Sequence[dict[str, object]]) -> list[Example]:
    """The role ranker's training examples: each job-search email (its label's employer
    given, as the company ranker's pick is at run time), from the part that decides."""
    from bounceback.mail.features import read

    out = []
    for row in rows:
        if row.get("kind") == "other":
            continue
        subject = str(row.get("subject") or "")
        reading = read(subject, str(row.get("body") or ""))
        label = row.get("company")
        company = label if isinstance(label, str) else None
        example = role_example(subject, reading.cut.text, company, reading.lang,
                               row.get("role"), str(row["author"]))
        if example is not None:
            out.append(example)
    return out
