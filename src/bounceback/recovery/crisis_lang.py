"""Which languages a text may be written in, for the crisis check: offline, with the model that
py3langid (BSD-3-Clause) ships, limited to the languages the check has phrase lists for.

Detection only decides which phrase lists are read; it never silences one on its own: a script
(Cyrillic, Arabic, Devanagari, Chinese) always brings its languages in, every language with a
share of at least MIN_SHARE is read, and romanised Hindi (which the detector does not know) is
always read because its phrases are distinctive.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

LANGUAGES = ("en", "es", "de", "fr", "pt", "it", "nl", "pl", "tr", "ru", "uk", "ar", "hi", "zh")
ALWAYS = ("hi",)
MIN_SHARE = 0.05
SAMPLE = 3000  # characters read for detection: the start and the end of a long entry

_SCRIPTS = (
    (re.compile(r"[\u0400-\u04ff]"), ("ru", "uk")),
    (re.compile(r"[\u0600-\u06ff]"), ("ar",)),
    (re.compile(r"[\u0900-\u097f]"), ("hi",)),
    (re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]"), ("zh",)),
)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def ranked(text: str) -> list[tuple[str, float]]:
    """(language, share) pairs, most likely first."""
    if len(text) > SAMPLE:
        text = text[: SAMPLE // 2] + "\n" + text[-SAMPLE // 2 :]
    return [(str(lang), float(p)) for lang, p in _identifier().rank(text)]


@lru_cache(maxsize=256)
def candidates(text: str) -> tuple[str, ...]:
    """The languages whose phrase lists are read for this text, most likely first (the same
    text is often read twice: by the rules and by the model)."""
    order = ranked(text)
    found = [order[0][0]] + [lang for lang, p in order[1:] if p >= MIN_SHARE]
    for pattern, langs in _SCRIPTS:
        if pattern.search(text):
            found += langs
    found += ALWAYS
    return tuple(dict.fromkeys(found))
