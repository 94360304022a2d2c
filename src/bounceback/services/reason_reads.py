"""A rejection's reasons and the classifier's suggestions (`reasons APP`), and the valid
reason names (`reasons`), read without the ORM.

The pieces the learning part (services/learning_feedback.py, through the ORM's repositories)
and the lean read (`views.reasons`, one snapshot through plain DB-API) share live here: the
labels with the names they give, the text the reasons are read from, the trained model's file
and its suggestions. Nothing here imports the ORM.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback.domain.learning import Feedback, LabelledText, ReasonSuggestion
from bounceback.domain.models import Rejection, RejectionReasonEntry
from bounceback.learning import reasons
from bounceback.memo import Memo

if TYPE_CHECKING:
    from bounceback.learning.classifier import ReasonModel
    from bounceback.storage.readmodel.reader import Reader

#: How many texts' suggestions a model keeps (a page of rejected applications shows a few)
SUGGESTED_KEPT = 1024


@dataclass
class Labelled:
    """The labels as of one stamp, their own reason names, and the model trained on them."""

    stamp: str | None
    labels: list[LabelledText]
    model: ReasonModel | None = None
    turn: threading.Lock = field(default_factory=threading.Lock)  # one training at a time
    custom: set[str] = field(init=False)
    #: text -> the model's suggestions for it (the model is this one's, kept as long as it is)
    suggested: Memo[str, list[ReasonSuggestion]] = field(
        default_factory=lambda: Memo(SUGGESTED_KEPT))

    def __post_init__(self) -> None:
        self.custom = {n for label in self.labels for n in label.reasons
                       if isinstance(n, str) and n.startswith(reasons.CUSTOM)}


@dataclass
class ReasonReview:
    """A rejection's reasons as they stand, what the classifier suggests, and the choices."""

    application_id: int
    rejection_id: int
    current: list[RejectionReasonEntry]
    suggestions: list[ReasonSuggestion]
    suggested_from: str
    valid_reasons: list[str] = field(default_factory=list)
    model_retrained: bool = False


def model_path(settings: Any) -> Path:
    """The user's trained model: one file per database (and per person's store on a shared
    server), in the data folder."""
    named = settings.database_url
    if settings.store != "main":
        named += f"#{settings.store}"
    key = hashlib.sha256(named.encode()).hexdigest()[:12]
    return Path(settings.home) / "models" / f"reasons-{key}.json.gz"


def model_of(labelled: Labelled, path: Path, *, save: bool = True) -> tuple[ReasonModel, bool]:
    """The classifier for these labels (trained again only when they changed; the model file
    written only with `save`: a read command or a page writes nothing)."""
    from bounceback.learning.modelstore import current_model

    with labelled.turn:
        if labelled.model is not None:
            return labelled.model, False
        model, retrained = current_model(labelled.labels, path, save=save)
        labelled.model = model
    return model, retrained


def suggested(labelled: Labelled, model: ReasonModel, text: str) -> list[ReasonSuggestion]:
    """The model's suggestions for `text`, worked out once per model: a rejected application's
    page showed them on every view (a sixth of its processor time). Kept with the model, under
    the labels' stamp, so a new label (a new model) works them out again; the caller gets a
    copy of its own."""
    from dataclasses import replace

    kept = labelled.suggested.find(text)
    if kept is None:
        kept = labelled.suggested.keep(text, model.suggest(text))
    return [replace(found, phrases=list(found.phrases)) for found in kept]


def text_of(rejection: Rejection, given: list[Feedback]) -> tuple[str, str]:
    """The text the reasons are read from, and its kind: what feedback said, else the email."""
    said = " ".join(f.text for f in given)
    if said.strip():
        return said, "feedback"
    return rejection.text, "email"


def review_of(app_id: int, rejection: Rejection, text: str, kind: str, labelled: Labelled,
              custom: list[str], path: Path, *, save: bool = True) -> ReasonReview:
    """The review from what was read (both paths; a read passes save=False: a model trained
    again stays in memory, the data folder untouched)."""
    model, retrained = model_of(labelled, path, save=save)
    return ReasonReview(
        application_id=app_id,
        rejection_id=rejection.id or 0,
        current=rejection.reasons,
        suggestions=suggested(labelled, model, text) if text.strip() else [],
        suggested_from=kind if text.strip() else "",
        valid_reasons=reasons.valid_reasons(custom),
        model_retrained=retrained,
    )


# ---- read without the ORM --------------------------------------------------------------------

def labels(r: Reader) -> list[LabelledText]:
    """Every labelled text, by number (`feedback.labels`' rows)."""
    from bounceback.storage.readmodel.reader import as_datetime

    return [LabelledText(id=row[0], text=row[1],
                         reasons=list(json_list(row[2])), kind=row[3], rejection_id=row[4],
                         created_at=as_datetime(row[5]))
            for row in r.all("SELECT id, text, reasons, kind, rejection_id, created_at "
                             "FROM reason_labels ORDER BY id")]


def json_list(value: Any) -> list[Any]:
    import json

    if isinstance(value, str | bytes):
        value = json.loads(value)
    return list(value or [])


def custom_names(r: Reader, labelled: Labelled) -> list[str]:
    """The user's own reason names (custom:...), from rejections (looked up by an indexed
    prefix range) and labelled texts."""
    prefix = reasons.CUSTOM
    names = {n for n in r.column("SELECT DISTINCT reason FROM rejection_reasons WHERE "
                                 "reason >= :low AND reason < :high", low=prefix,
                                 high=prefix + "\uffff") if n.startswith(prefix)}
    return sorted(names | labelled.custom)
