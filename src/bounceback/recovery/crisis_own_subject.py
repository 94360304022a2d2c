"""Whose statement a phrase is when someone else was named before it in the same clause (round 34).

`crisis_multi.about_other` reads a phrase as about someone else when a person is named in the
words just before it ("mi hermano quiere morirse"). Family and study talk names people all the
time, and the writer's own wish often follows in the same run of words, joined by "and" or
typed without a comma: "Mijn zus is ziek en ik wil dood", "Mi hermano intentó suicidarse y yo
quiero morirme", "Annem hastanede ve ben ölmek istiyorum", "مفيش حد بيحبني عايز اموت". Two
readings tell the writer's own clause, each general (no sentence copied):

- the writer's own subject pronoun ("yo", "ik", "ben", "я", "أنا", "मैं", "我") stands after the
  last person named and before the phrase: the nearest subject is the writer (as the English
  reader has done since round 3: crisis_cues.about_someone_else);
- the person named is nobody ("مفيش حد", "ما حدا", "kisi ko ... nahi", "nadie", "niemand"):
  a "someone" under a negator names no one the phrase could be about.

Text is folded (crisis_fold.py). Object pronouns ("me", "mich", "мне") are not read: "mi novio
quiere matarme" is someone else's act.
"""

from __future__ import annotations

import re

# The writer's own subject pronoun, per language (folded spellings).
_SUBJECT: dict[str, str] = {
    "es": r"\byo\b", "pt": r"\beu\b", "it": r"\bio\b", "fr": r"\b(je|j'|moi je|moi,? je)",
    "de": r"\bich\b", "nl": r"\bik\b", "pl": r"\bja\b", "tr": r"\bben\b", "ru": r"\bя\b",
    "uk": r"\bя\b", "ar": r"(^|\s)(انا|وانا)(\s|$)", "hi": r"(मैं|मै|\bmain\b|\bmai\b|\bmein\b)",
    "zh": r"我(?![们的])", "en": r"\bi\b",
}
_SUBJECT_RE = {lang: re.compile(p) for lang, p in _SUBJECT.items()}

# "Someone" under a negator: nobody (Arabic "مفيش حد", "ما حدا", "محدش", "ولا حد"; Hindi "kisi
# ko/ne ... nahi", "koi nahi"). The named "someone" is then no person the phrase is about.
_NOBODY: dict[str, re.Pattern[str]] = {
    "ar": re.compile(r"(مفيش|مافيش|ما في|مافي|ما فيه|ولا|لا|ما) ?(حد|حدا|احد|واحد)|محدش|ماحدش"),
    "hi": re.compile(r"(\b(kisi|koi)\b|किसी|कोई)[^,.]{0,40}?(\b(nahi|nahin|nhi|na)\b|नहीं|नही)"),
}


def own_subject_after(before: str, others: re.Pattern[str], lang: str) -> bool:
    """Whether the clause's words before a phrase make it the writer's own although someone else
    is named in them: the writer's subject pronoun after the last person named, or every person
    named there is "nobody"."""
    named = list(others.finditer(before))
    if not named:
        return False
    nobody = _NOBODY.get(lang)
    if nobody is not None:
        spans = [m.span() for m in nobody.finditer(before)]
        if spans and all(any(s <= m.start() < e for s, e in spans) for m in named):
            return True
    subject = _SUBJECT_RE.get(lang)
    if subject is None:
        return False
    last = named[-1].end()
    return any(m.start() >= last for m in subject.finditer(before))
