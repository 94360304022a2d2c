"""Someone else's story beside the writer's own sentence: the own sentence read alone (round 31).

A phrase about someone else ("my friend's brother attempted suicide") is softened where it
stands (crisis_multi.about_other), and a softened phrase keeps the models' full message off the
whole text (crisis.QUIETED, crisis_decide): the frame's softening reached the writer's own
sentence in another part of the entry ("Хотел бы я сегодня уснуть и больше никогда не
проснуться", "Я уже написал прощальные письма маме и сестре": the question, where each read
alone gets the full message). Here an entry that gets only the question over such a softening
is read again sentence by sentence: the frame (each sentence that names someone else, where a
phrase is softened and none gives the full message) is left out, and a sentence of the writer's own (it says "I", "me",
"my" in the text's language: FIRST_PERSON) that gets the full message read alone gives it to the
entry. Not from the indirect kind's rule (`model:indirect`: pills counted, a dose for the week):
the other sentence's softening is all that keeps a relative's doses from it (round 30,
tests/recovery/test_crisis_round30_own.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_lexicon import lexicon
from bounceback.recovery.crisis_sentences import sentences

# The writer as subject or owner, per language, on folded text (crisis_fold.py: lower case, no
# accents; Cyrillic й read as и). Pronouns and the forms only the first person has (Polish
# "-łem", Italian "ho", Turkish "-ım"); a verb ending shared with another person is not one.
FIRST_PERSON: dict[str, re.Pattern[str]] = {
    lang: re.compile(pattern) for lang, pattern in {
        "en": r"\b(i|me|my|myself|im|i'm|i've|i'll|i'd)\b",
        "es": r"\b(yo|me|mi|mis|conmigo)\b",
        "de": r"\b(ich|mich|mir|mein\w*)\b",
        "fr": r"\b(je|j|moi|mon|ma|mes|me|m)\b",
        "pt": r"\b(eu|me|meu|meus|minha|minhas|comigo)\b",
        "it": r"\b(io|mi|mio|mia|miei|mie|ho)\b",
        "nl": r"\b(ik|me|mij|mijn)\b",
        "pl": r"\b(ja|mnie|mi|moj|moja|moje|jestem|\w+(lem|lam))\b",
        "tr": r"\b(ben|beni|bana|benim|kendimi|\w+(dim|dım|dum|düm|tim|tım|tum|tüm|acagim|ecegim|iyorum|uyorum))\b",
        "ru": r"(?<!\w)(я|меня|мне|мои|моя|мое|мою|сам|сама)(?!\w)",
        "uk": r"(?<!\w)(я|мене|мені|мии|мои|мій|моя|моє|мою|сам|сама)(?!\w)",
        "hi": r"(मैं|मैंने|मुझे|मेरा|मेरी|मेरे|\b(main|maine|mujhe|mera|meri|mere)\b)",
        "zh": r"我",
        "ar": r"(?<!\w)(انا|أنا)(?!\w)",
    }.items()
}


def _first_person(sentence: str, languages: tuple[str, ...]) -> bool:
    folded = fold(sentence)
    return any(p.search(folded) for lang in languages if (p := FIRST_PERSON.get(lang)))


def _names_other(sentence: str, languages: tuple[str, ...]) -> bool:
    folded = fold(sentence)
    for lang in languages:
        lex = lexicon(lang)
        if lex is not None and lex.others is not None and lex.others.search(folded):
            return True
    return False


class CheckLike(Protocol):
    """The fields of crisis.CrisisCheck read here (crisis.py imports this module)."""

    @property
    def level(self) -> CrisisLevel: ...
    @property
    def signs(self) -> tuple[str, ...]: ...
    @property
    def languages(self) -> tuple[str, ...]: ...


Check = TypeVar("Check", bound=CheckLike)


# Round 31's review: the work is bounded (a 100 KB entry cost 2.5 times base's). The step only
# ever raises, so an entry past these limits keeps the level it had without it (base's).
MAX_TEXT = 8_000  # characters of the entry the step reads at all
MAX_PARTS = 60  # sentences of the entry (each read by the phrase lists to find the story)
MAX_ALONE = 8  # the writer's own sentences read alone (the whole check each), the first ones
MAX_SENTENCE = 2_000  # characters of a sentence read alone


def beside_story(found: CheckLike, text: str, rules: Callable[[str], CheckLike],
                 alone: Callable[[str], Check],
                 reason: Callable[[str, tuple[str, ...]], str | None] | None = None) -> Check | None:
    """The full message of the writer's own sentence read alone (alone: the whole check on one
    sentence) where the entry got only the question over a phrase softened in someone else's
    story (rules: the phrase lists' reading of one sentence); None where nothing changes.

    Round 31's review: a sentence read alone loses what its neighbours say ("I want to die. Just
    kidding lol.", "Years ago I tried to kill myself. I'm okay now"), so the rest of the entry
    (every sentence but the story's, read together) must give the full message too, and give no
    reason to ask instead (reason: crisis.why, a laugh, a story, a past put behind)."""
    if found.level != CrisisLevel.SOFT or not any(s.endswith(":softened") for s in found.signs):
        return None
    if len(text) > MAX_TEXT:
        return None
    parts = sentences(text)
    if not 2 <= len(parts) <= MAX_PARTS:
        return None
    story = []
    for part in parts:
        read = rules(part)
        if (read.level != CrisisLevel.EXPLICIT and any(s.endswith(":softened") for s in read.signs)
                and _names_other(part, read.languages)):
            story.append(part)
    if not story:
        return None
    rest = [part for part in parts if part not in story]
    if not rest:
        return None
    own = [part for part in rest
           if len(part) <= MAX_SENTENCE and _first_person(part, found.languages)][:MAX_ALONE]
    for part in own:
        read = alone(part)
        if read.level != CrisisLevel.EXPLICIT or "model:indirect" in read.signs:
            continue
        together = " ".join(rest)
        if reason is not None and reason(together, read.signs) is not None:
            return None
        # The phrase lists soften, over the rest read together, a phrase the sentence alone
        # says ("In my twenties I wanted to kill myself. That's behind me": kill_self:softened).
        softened = {s.removesuffix(":softened") for s in rules(together).signs
                    if s.endswith(":softened")}
        if softened & set(read.signs):
            return None
        return read
    return None
