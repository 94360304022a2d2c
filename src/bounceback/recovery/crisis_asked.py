"""A doctor's question about self-harm, reported in a long entry and answered no (round 29).

A long journal entry that tells a visit to the doctor ("She also asked whether I'd had thoughts
of harming myself and I said honestly no, I'm stressed, not hopeless") holds the words of the
question, and the phrase lists and the models read them as the writer's own: on G27a (168 long
ordinary entries by a stranger) this gave the full message to the same visit told in English,
Spanish, German, French, Italian and Turkish. Here the full message becomes the question (never
nothing: the question's answer still shows every line) only when all of these hold:

- the entry is long (at least MIN_SENTENCES sentences and MIN_CHARS characters): in a short
  text the question is the whole topic, and round 26's review (tests/recovery/
  test_crisis_review26_asked.py) shows how often a short "asked if I'm suicidal, no" is not;
- one sentence tells that someone else asked (a third-person verb: "she asked", "me preguntó",
  "hat gefragt", "m'a demandé", "mi ha chiesto", "sordu"; never "I asked myself", "pregunté",
  "je me suis demandé") and, in the same sentence after the question, that the writer said no
  ("and I said no", "le dije que no", "ich konnte Nein sagen", "j'ai répondu que non", "ho
  risposto di no", "hayır dedim");
- nothing after the answer hedges it or takes it back ("a lie", "sometimes", "maybe", "not
  yet", "at least that's what I told her", "mentí", "manchmal", "parfois", "a volte", "bazen");
- and the phrase lists and both models (the check without its last steps, which only lower)
  run on the entry with the question cut out, from its sentence's first word to the writer's
  "no" (what follows the "no" is kept and read: "... and I said no, but I want to die" keeps its
  statement), give no full message.

It is the last of the decision's last steps (crisis_reassure.last_steps), so the held-out tools
read it as the app does.

Six languages: those whose long entries showed the visit (en, es, de, fr, it, tr).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bounceback.domain.recovery import CrisisLevel

if TYPE_CHECKING:
    from bounceback.recovery.crisis import CrisisCheck

SIGN = "asked:answered_no"
MIN_SENTENCES = 5
MIN_CHARS = 400
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
_S = r"[^.!?\n]"  # a character inside the sentence

# Per language: the question asked by someone else (its first word is where the cut starts),
# then the writer's no (where it ends). Case-insensitive, on the text as written.
_ASKED: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        rf"\b(?:she|he|they|doctor|gp|nurse|therapist|psychiatrist|counsell?or)\b{_S}{{0,50}}?"
        rf"\basked\b(?!\s+(?:myself|me\s+to))(?P<q>{_S}{{0,200}}?\b(?:whether|if)\b{_S}{{0,160}}?)"
        rf"\bi\s+(?:\w+\s+){{0,2}}?(?:said|answered|told\s+(?:her|him|them))\s+(?:\w+\s+){{0,2}}?"
        rf"(?P<no>no)\b", re.I),
    "es": re.compile(
        rf"(?:\bpregunt[óÓ]|\b(?:m[ée]dic[oa]|doctora?|psic[oó]log[oa]|psiquiatra|enfermer[oa]|ella|[ée]l)"
        rf"\s+(?:\w+\s+){{0,2}}?pregunto\b)(?P<q>{_S}{{0,200}}?\bsi\b{_S}{{0,160}}?)"
        rf"\b(?:le\s+|les\s+)?(?:dije|respond[ií]|contest[eé])\b{_S}{{0,30}}?\bque\s+(?P<no>no)\b",
        re.I),
    "de": re.compile(
        rf"\b(?:er|sie)\s+(?:hat\s+(?:mich\s+)?(?:\w+\s+){{0,2}}?gefragt|fragte)\b"
        rf"(?P<q>{_S}{{0,200}}?\bob\b{_S}{{0,160}}?)\bich\s+(?:\w+\s+){{0,3}}?(?P<no>nein)\b",
        re.I),
    "fr": re.compile(
        rf"\b(?:il|elle)\s+m['’]a\s+(?:\w+\s+)?demand[ée]\b(?P<q>{_S}{{0,200}}?\bsi\b{_S}{{0,160}}?)"
        rf"\bj['’]ai\s+(?:\w+\s+){{0,3}}?(?:r[ée]pond(?:u|re)|dit|dire)\s+(?:\w+\s+)?(?:que\s+)?"
        rf"(?P<no>non)\b", re.I),
    "it": re.compile(
        rf"\bmi\s+ha\s+(?:anche\s+)?(?:chiesto|fatto\s+(?:anche\s+)?(?:le\s+)?domande)\b"
        rf"(?P<q>{_S}{{0,200}}?)\bho\s+(?:risposto|detto)\s+(?:\w+\s+)?di\s+(?P<no>no)\b", re.I),
    "tr": re.compile(
        rf"(?P<q>{_S}{{0,200}}?)\bsordu\b{_S}{{0,30}}?\b(?P<no>hay[ıi]r)\s+(?:dedim|diye\s+cevap\s+verdim)\b",
        re.I),
}
# Inside the question: no words of the writer's own telling, nor a "but" (what the writer said
# beside the question is never cut: "she asked how I was and I told her I want to die, and I said
# no to the pills").
_NOT_IN_QUESTION = re.compile(
    r"\b(?:told|tell|said|say|but|dije|dicho|digo|pero|sagte|gesagt|sage|aber|dit|dis|mais|"
    r"detto|dico|ma|per[òo]|dedim|s[öo]yledim|ama|fakat|ve\s+ben)\b", re.I)


# After the answer: a hedge, a time bound or a taking back ("that's what I told her").
_TAKEN_BACK = re.compile(
    r"\b(?:li(?:e|ed|ing)|not\s+true|sometimes|maybe|a\s+(?:bit|little)|not\s+yet|at\s+least|"
    r"actually|what\s+i\s+told|tho|though|yet|"
    r"ment[ií]|mentira|a\s+veces|quiz[aá]s?|todav[ií]a|"
    r"gelogen|l[üu]ge|manchmal|vielleicht|noch\s+nicht|zumindest|"
    r"menti|mensonge|parfois|peut[- ]?[eê]tre|pas\s+encore|du\s+moins|"
    r"mentito|bugia|a\s+volte|forse|non\s+ancora|almeno|"
    r"yalan|bazen|belki|hen[üu]z|en\s+az[ıi]ndan)\b", re.I)


def _long(text: str) -> bool:
    return len(text) >= MIN_CHARS and len(_SENTENCE.findall(text)) >= MIN_SENTENCES


def question_cut(text: str, languages: tuple[str, ...]) -> str | None:
    """The entry without someone else's question answered no (from the question's first word
    to the writer's "no"), or None when the entry is short, holds no such question, or hedges
    or takes back its answer after it."""
    if not _long(text):
        return None
    for lang in languages:
        pattern = _ASKED.get(lang)
        if pattern is None:
            continue
        for sentence in _SENTENCE.finditer(text):
            found = pattern.search(sentence.group(0))
            if found is None or _NOT_IN_QUESTION.search(found.group("q")):
                continue
            end = sentence.start() + found.end("no")
            if _TAKEN_BACK.search(text, end):
                return None
            return text[: sentence.start()] + text[end:]
    return None


def answered_no(found: CrisisCheck, text: str, reread: Callable[[str], CrisisCheck]) -> CrisisCheck:
    """The question instead of the full message for a long entry whose full message comes with a
    question someone else asked and the writer answered no, when the entry without that question
    gets no full message from `reread` (the phrase lists and both models)."""
    if found.level != CrisisLevel.EXPLICIT:
        return found
    cut = question_cut(text, found.languages)
    if cut is None or reread(cut).level == CrisisLevel.EXPLICIT:
        return found
    return replace(found, level=CrisisLevel.SOFT, signs=(*found.signs, SIGN))
