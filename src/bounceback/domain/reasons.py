"""A rejection's reasons as the user gives them: checked against the taxonomy (or their own,
custom:NAME), without the ORM (the lean `reject` and the repositories both read them here)."""

from __future__ import annotations

from bounceback.domain.errors import InvalidValue
from bounceback.domain.models import RejectionReasonEntry
from bounceback.domain.vocabulary import Reason, ReasonSource


def check_reason(name: str, *, allow_custom: bool = False) -> str:
    """A taxonomy reason, or (when allowed) the user's own, as lower snake case."""
    cleaned = name.strip().lower().replace("-", "_").replace(" ", "_")
    if cleaned in Reason._value2member_map_:
        return cleaned
    if allow_custom and cleaned.startswith("custom:") and len(cleaned) > 7:
        return cleaned
    valid = ", ".join(r.value for r in Reason)
    hint = " (or your own as custom:NAME)" if allow_custom else ""
    raise InvalidValue(f"unknown reason {name!r}; valid reasons: {valid}{hint}")


def reason_entries(primary: str | None, others: list[str], source: ReasonSource) -> list[RejectionReasonEntry]:
    entries = []
    if primary:
        entries.append(RejectionReasonEntry(reason=primary, source=source, primary=True))
    entries.extend(RejectionReasonEntry(reason=o, source=source) for o in others if o != primary)
    return entries


def reason_rows(rejection_id: int, reasons: list[RejectionReasonEntry]) -> list[dict[str, object]]:
    """The rows a rejection's reasons are stored as: each (reason, source) once, exactly one
    primary when there are any (the first, unless one is marked)."""
    has_primary = any(r.primary for r in reasons)
    seen: set[tuple[str, str]] = set()
    rows: list[dict[str, object]] = []
    for index, entry in enumerate(reasons):
        if (entry.reason, entry.source.value) in seen:
            continue
        seen.add((entry.reason, entry.source.value))
        rows.append({"rejection_id": rejection_id, "reason": entry.reason,
                     "source": entry.source.value,
                     "is_primary": entry.primary if has_primary else index == 0,
                     "confidence": entry.confidence, "evidence": entry.evidence})
    return rows


def as_stored(rows: list[dict[str, object]]) -> list[RejectionReasonEntry]:
    """The reasons `reason_rows` gave, as a read of them gives them back (the primary first,
    then in the order given): what was kept, not what was typed (a repeat once, the first
    primary when none was marked)."""
    entries = [RejectionReasonEntry(reason=str(row["reason"]), source=ReasonSource(str(row["source"])),
                                    primary=bool(row["is_primary"]),
                                    confidence=row["confidence"],  # type: ignore[arg-type]
                                    evidence=row["evidence"])  # type: ignore[arg-type]
               for row in rows]
    return sorted(entries, key=lambda entry: not entry.primary)
