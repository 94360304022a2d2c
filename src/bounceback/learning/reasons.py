"""Rejection reasons: the taxonomy, the user's own reasons, and a primary with its sources."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bounceback.domain.errors import InvalidValue
from bounceback.domain.learning import LabelledText, ReasonSuggestion
from bounceback.domain.models import RejectionReasonEntry
from bounceback.domain.vocabulary import Reason, ReasonSource

TAXONOMY: tuple[str, ...] = tuple(r.value for r in Reason)

REASON_LABELS: dict[str, str] = {
    "skill_gap": "Skills or qualifications missing",
    "experience_level": "Seniority or years of experience",
    "interview_performance": "How the interviews went",
    "assessment_result": "A test or take-home did not pass",
    "internal_candidate": "Filled by an internal candidate",
    "position_closed": "Role filled, cancelled, on hold or frozen",
    "stronger_candidates": "Other candidates were a closer match",
    "fit": "Team or culture fit",
    "compensation": "Salary or benefit expectations",
    "logistics": "Location, visa, schedule or start date",
    "not_specified": "No reason given",
}

_NAME = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
CUSTOM = "custom:"


def normalise_name(value: str) -> str:
    """A reason name as stored: lower snake case (a user's own keeps its `custom:` prefix)."""
    return re.sub(r"[\s\-]+", "_", value.strip().lower()).replace("custom:_", "custom:")


def custom_reason_name(value: str) -> str:
    """Check a reason the user defines themself, and return its stored name (`custom:NAME`)."""
    name = normalise_name(value)
    name = name[len(CUSTOM) :] if name.startswith(CUSTOM) else name
    if not _NAME.match(name):
        raise InvalidValue(
            f"reason name {value!r} is not usable; use 2 to 40 letters, digits or underscores, "
            "starting with a letter (for example: custom:portfolio_missing)"
        )
    if name in TAXONOMY:
        raise InvalidValue(f"{name!r} is already a standard reason; use it without custom:")
    return CUSTOM + name


def valid_reasons(custom: Iterable[str] = ()) -> list[str]:
    """Every reason the user can pick: the taxonomy, then their own, in order."""
    extra = sorted({normalise_name(c) for c in custom} - set(TAXONOMY))
    return [*TAXONOMY, *extra]


def parse_reason(value: str, custom: Iterable[str] = ()) -> str:
    """A user's word for a reason, or an error listing every valid one.

    A reason of the user's own is written `custom:NAME` the first time; after that its NAME
    alone is understood too.
    """
    name = normalise_name(value)
    choices = valid_reasons(custom)
    if name in choices:
        return name
    if CUSTOM + name in choices:
        return CUSTOM + name
    if name.startswith(CUSTOM):
        return custom_reason_name(name)
    raise InvalidValue(
        f"unknown reason {value!r}; choose one of: {', '.join(choices)} "
        "(or a reason of your own, written custom:NAME)"
    )


def build_entries(
    primary: str,
    others: Sequence[str] = (),
    source: ReasonSource = ReasonSource.USER,
    custom: Iterable[str] = (),
    evidence: str = "",
) -> list[RejectionReasonEntry]:
    """A primary reason and others, each checked and marked with where it came from."""
    custom = list(custom)
    if not primary.strip():
        raise InvalidValue(
            "a primary reason is needed; choose one of: " + ", ".join(valid_reasons(custom))
        )
    first = parse_reason(primary, custom)
    entries = [RejectionReasonEntry(first, source=source, primary=True, evidence=evidence)]
    seen = {first}
    for other in others:
        name = parse_reason(other, custom)
        if name not in seen:
            seen.add(name)
            entries.append(RejectionReasonEntry(name, source=source, primary=False))
    return entries


def merge_entries(
    existing: Sequence[RejectionReasonEntry], new: Sequence[RejectionReasonEntry]
) -> list[RejectionReasonEntry]:
    """Combine reasons: a newer source replaces the same reason; one primary stays.

    When `new` names a primary it takes over; otherwise the existing primary stays.
    Suggestions never override what the user or the employer said.
    """
    by_name: dict[str, RejectionReasonEntry] = {e.reason: e for e in existing}
    new_primary = next((e.reason for e in new if e.primary), None)
    for entry in new:
        old = by_name.get(entry.reason)
        if (
            old is not None
            and entry.source == ReasonSource.SUGGESTED
            and old.source != ReasonSource.SUGGESTED
        ):
            continue
        by_name[entry.reason] = RejectionReasonEntry(
            entry.reason, entry.source, False, entry.confidence, entry.evidence
        )
    primary = new_primary or next((e.reason for e in existing if e.primary), None)
    if primary is None and by_name:
        primary = next(iter(by_name))
    result = list(by_name.values())
    for entry in result:
        entry.primary = entry.reason == primary
    result.sort(key=lambda e: (not e.primary,))
    return result


def reason_label(name: str) -> str:
    """Words for a reason name, for people: the taxonomy's, else the name made readable."""
    if name in REASON_LABELS:
        return REASON_LABELS[name]
    plain = name[len(CUSTOM) :] if name.startswith(CUSTOM) else name
    return plain.replace("_", " ").capitalize()


def from_suggestions(suggestions: Sequence[ReasonSuggestion]) -> list[RejectionReasonEntry]:
    """Classifier suggestions as reason entries marked `suggested`, awaiting the user's word."""
    return [
        RejectionReasonEntry(
            s.reason,
            source=ReasonSource.SUGGESTED,
            primary=s.primary,
            confidence=s.confidence,
            evidence="; ".join(s.phrases),
        )
        for s in suggestions
    ]


def as_label(
    text: str, entries: Sequence[RejectionReasonEntry], kind: str = "email"
) -> LabelledText:
    """A confirmed or corrected set of reasons as training data: primary first."""
    ordered = sorted(entries, key=lambda e: not e.primary)
    return LabelledText(text=text, reasons=[e.reason for e in ordered], kind=kind)
