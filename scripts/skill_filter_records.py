"""The training postings' record of each name for scripts/train_skill_filter.py: how often it was
a candidate and how often a labelled skill, counted leaving out the candidate's own posting; for
the asked-for model, counted from the candidates that teach it only (skill_filter_asked.py)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from skill_filter_asked import teaches

from bounceback.skills import skillfilter

if TYPE_CHECKING:
    from train_skill_filter import Doc

Records = tuple[dict[str, Counter[str]], dict[str, Counter[str]]]


def term_counts(docs: list[Doc], checklist: set[str] | None = None) -> dict[str, Counter[str]]:
    """Per name and per category: how many candidates ("seen") and how many labelled skills."""
    seen: Counter[str] = Counter()
    positive: Counter[str] = Counter()
    for doc in docs:
        own_seen, own_positive = _doc_terms(doc, checklist)
        seen.update(own_seen)
        positive.update(own_positive)
    return {"seen": seen, "positive": positive}


def _doc_terms(doc: Doc, checklist: set[str] | None = None) -> tuple[Counter[str], Counter[str]]:
    """A posting's record; with `checklist`, of the candidates that teach asked for only."""
    seen: Counter[str] = Counter()
    positive: Counter[str] = Counter()
    for m, right in zip(doc.matches, doc.right, strict=True):
        if checklist is not None and not teaches(doc.folder, m, checklist):
            continue
        for key in (skillfilter.term_key(m.skill), skillfilter.category_key(m.category)):
            seen[key] += 1
            positive[key] += int(right)
    return seen, positive


def _terms(
    doc: Doc, counts: dict[str, Counter[str]], leave_out: bool, checklist: set[str] | None = None
) -> dict[str, tuple[int, int]]:
    own_seen, own_positive = _doc_terms(doc, checklist) if leave_out else (Counter(), Counter())
    terms = {}
    for m in doc.matches:
        for key in (skillfilter.term_key(m.skill), skillfilter.category_key(m.category)):
            terms[key] = (
                counts["positive"][key] - own_positive[key],
                counts["seen"][key] - own_seen[key],
            )
    return terms


def rows(doc: Doc, counts: dict[str, Counter[str]], leave_out: bool) -> list[dict[str, float]]:
    """The features of a document's candidates, the record counted without the document itself
    when it is one of the training documents."""
    terms = _terms(doc, counts, leave_out)
    return skillfilter.features(doc.matches, doc.text, doc.index, doc.title, terms)


def both_rows(
    doc: Doc, counts: Records, leave_out: bool, checklist: set[str]
) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """The filter's features and the asked-for model's (its record counted from the candidates
    that teach it: skill_filter_asked.py)."""
    table = rows(doc, counts[0], leave_out)
    asked_terms = _terms(doc, counts[1], leave_out, checklist)
    return table, skillfilter.asked_rows(doc.matches, table, asked_terms)


def records(docs: list[Doc], checklist: set[str]) -> Records:
    return term_counts(docs), term_counts(docs, checklist)
