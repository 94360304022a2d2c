"""On a shared server one process reads the mail of every user: what the mail reader keeps
between messages (per subject, sender, display name, run of words) must stay small and forget
the oldest, not keep every user's subjects and senders for the life of the process."""

from __future__ import annotations

from bounceback.mail import (
    company_spans,
    features,
    memo,
    nameshape,
    platforms,
    roleforms,
    rolelooks,
    sender,
)
from bounceback.mail.classify import default_classifier

_TEXT_CACHES = {"company_spans._SHORT": company_spans._SHORT,
                "company_spans._DISPLAYS": company_spans._DISPLAYS,
                "features._SENDERS": features._SENDERS,
                "sender._SENDER_FACTS": sender._SENDER_FACTS, "sender._BRANDS": sender._BRANDS,
                "sender._WORDS_OF": sender._WORDS_OF, "platforms._BY_DOMAIN": platforms._BY_DOMAIN,
                "roleforms.FORMS": roleforms.FORMS,
                "rolelooks._LOOKS": rolelooks._LOOKS}
_NAME_CACHES = {"company_spans._FORMS": company_spans._FORMS,
                "company_spans._SPAN": company_spans._SPAN,
                "company_spans.RUN_ENTRIES": company_spans.RUN_ENTRIES,
                "nameshape._NAMES": nameshape._NAMES,
                "nameshape._STATIC": nameshape._STATIC}


def _message(n: int) -> tuple[str, str, str]:
    """A distinct user's acknowledgement: its own sender, domain, subject and employer."""
    firm = f"Quillmark{n} Logistics"
    return (f"{firm} Careers <jobs@quillmark{n}-logistics.example>",
            f"Your application to {firm} (ref {n})",
            f"Dear Sam,\n\nThank you for applying to {firm} for the role of Planner {n}. "
            f"We have received your application and will review it.\n\nKind regards,\n{firm}")


def test_the_caches_stay_bounded_and_keep_the_latest() -> None:
    classifier = default_classifier()
    many = memo.TEXTS + 50
    for n in range(many):
        classifier.label(*_message(n))
    index = classifier._index
    assert index is not None
    sizes = {name: len(cache) for name, cache in _TEXT_CACHES.items()}
    sizes["FeatureIndex.subjects"] = len(index.subjects)
    sizes["FeatureIndex.senders"] = len(index.senders)
    assert all(size <= memo.TEXTS for size in sizes.values()), sizes
    names = {name: len(cache) for name, cache in _NAME_CACHES.items()}
    assert all(size <= memo.NAMES for size in names.values()), names
    # The most recent user's subject is kept, the first user's is forgotten.
    first_sender, first_subject, _ = _message(0)
    last_sender, last_subject, _ = _message(many - 1)
    kept = set(index.subjects)
    assert last_subject.lower().strip() in kept or last_subject in kept
    assert first_subject.lower().strip() not in kept and first_subject not in kept
    assert first_sender not in features._SENDERS and last_sender in features._SENDERS
    assert not any(first_subject in key for key in company_spans._SHORT)


def test_a_subject_read_again_is_kept_over_newer_ones() -> None:
    """Least recently used, not first in: a subject a mailbox keeps repeating stays."""
    cache: memo.Memo[str, int] = memo.Memo(3)
    for n, key in enumerate(("a", "b", "c")):
        cache.keep(key, n)
    assert cache.get("a") == 0
    cache.touch("a")
    cache.keep("d", 3)
    assert list(cache) == ["c", "a", "d"]
