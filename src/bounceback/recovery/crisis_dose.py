"""A medicine's dose asked for an ordinary reason: the models' full message becomes the question
(round 23, issue 15).

"How many sleeping pills can I take on a long flight", "cuántas pastillas de ibuprofeno puedo
tomar al día": the phrase lists leave such a question alone (each language's "how many pills"
carries the same guard: an ordinary reason after it and no word of dying near), but the two
models were trained on "how many pills would it take" and read the question itself: the English
one got the full message from the encoder and the n-gram model together.

`hold` turns that full message into the question (whose answer shows every line) only when no
phrase list gave the full message, the text asks how many of a medicine, names an ordinary
reason (a day, a flight, a headache, "is it safe") and, once the medicine's own words are set
aside, holds no death word of any language read ("... so I never wake up", "... para morir"
keep the full message). It never goes lower than the question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_gentle import death_word

if TYPE_CHECKING:
    from bounceback.recovery.crisis import CrisisCheck

ASKED = "dose:asked"  # the sign of a full message an ordinary dose question got, now the question

# How many, in the 14 languages (folded), then a medicine within a few words.
HOW_MANY = re.compile(
    r"(?<![^\W\d_])(?:how many|how much|cuant[oa]s|wie viele?|combien|quant[ei]|quant[oa]s|hoeveel"
    r"|ile|сколько|скільки|kac|كم|كام|कितनी|kitni)(?![^\W\d_])|几|多少"
)
MEDICINE = re.compile(
    r"(?<![^\W\d_])(?:pills?|tablets?|meds|sleeping pills|paracetamol|ibuprofen|painkillers?|melatonin"
    r"|aspirin|pastillas?|comprimid\w*|remedios|pilulas|tabletten|schlaftabletten|cachets|comprimes"
    r"|medocs|pilules|pillole|pasticche|compresse|pillen|slaappillen|tabletek|tabletki|таблет\w*"
    r"|пігул\w*|hap|ilac|حب\S*|गोलि\S*|goliyan)(?![^\W\d_])|(?:安眠)?药|片"
)
# An ordinary reason for the dose, in the 14 languages (folded).
ORDINARY = re.compile(
    r"(?<![^\W\d_])(?:a day|per day|each day|every day|daily|a night|per night|in 24 hours"
    r"|on (?:a|the|my) (?:long |long-haul |overnight )?(?:flight|plane|trip)|for (?:a|the|my) (?:long )?"
    r"(?:flight|headache|migraine|cold|flu|fever|cramps|period|toothache|hangover)|jet ?lag|safely"
    r"|is it safe|max(?:imum)? dose|recommended|al dia|por dia|ao dia|en el (?:vuelo|avion)"
    r"|no (?:voo|aviao)|dolor de (?:cabeza|muelas|espalda)|dor de cabeca|am tag|pro tag|taglich"
    r"|im flugzeug|langstreckenflug|kopfschmerzen|par jour|dans l'avion|mal de tete|al giorno"
    r"|in aereo|mal di testa|per dag|in het vliegtuig|vlucht|hoofdpijn|dziennie|na dobe|w samolocie"
    r"|bol glowy|в день|в сутки|в самолете|головнои боли|на день|щодня|в літаку|головного болю"
    r"|gunde|gunluk|ucakta|bas agrisi|باليوم|يوميا|في اليوم|في الطياره|للصداع|दिन में|रोज|सिर दर्द"
    r"|din me|sir dard)(?![^\W\d_])|一天|每天|飞机|飛機|长途|長途|头痛|头疼|感冒|时差"
)


def ordinary_dose(text: str, languages: tuple[str, ...]) -> bool:
    """Whether the text asks how many of a medicine for an ordinary reason and holds no death
    word of the languages read once the medicine's own words are set aside."""
    folded = fold(text)
    asks = HOW_MANY.search(folded)
    if asks is None or ORDINARY.search(folded) is None:
        return False
    if MEDICINE.search(folded, asks.end(), asks.end() + 40) is None:
        return False
    return not death_word(MEDICINE.sub(" ", folded), languages)


def hold(rules: CrisisCheck, found: CrisisCheck, text: str) -> CrisisCheck:
    """found, or the question where only the models gave an ordinary dose question the full
    message."""
    if found.level != CrisisLevel.EXPLICIT or rules.level == CrisisLevel.EXPLICIT:
        return found
    if not ordinary_dose(text, found.languages or rules.languages):
        return found
    return replace(found, level=CrisisLevel.SOFT, signs=(*found.signs, ASKED))
