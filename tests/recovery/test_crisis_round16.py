"""Round 16 of the crisis check: a job search's own letters are no farewell in romanised Hindi;
the full message a little earlier in Ukrainian and Hindi, which the sentence encoder does not know.

Statements and everyday lines written for these tests (not copied from the training authors).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import CrisisCheck, assess, decide, rules_only
from bounceback.recovery.crisis_decide import needs_encoder, with_encoder
from bounceback.recovery.crisis_encoder import EncoderScores
from bounceback.recovery.crisis_model import Scores

# "letter likh diya" (wrote the letter) read as a farewell whatever the letter was: a cover
# letter and the week's plan got the FULL message on main (the n-gram model agreeing).
JOB_LETTERS = [
    "Maine cover letter likh diya hai. Friday ko course khatam ho jayega.",
    "aaj resignation letter likh diya, next month se nayi company join karunga",
    "HR ke liye offer letter likh diya, kal sign karna hai",
    "maine application letter likh diya hai, ab bas reply ka intezaar",
    "Boss ke liye leave letter likh diya, shaadi me jaana hai",
]

# The farewell itself still reads.
FAREWELLS = [
    "sabke liye letter likh diya hai, ab zarurat nahi padegi",
    "maine letter likh diya hai maa ke liye, maaf karna",
]


@pytest.mark.parametrize("text", JOB_LETTERS)
def test_a_job_searchs_letter_is_no_farewell(text: str) -> None:
    assert not any("r3b_farewell" in s for s in rules_only(text).signs)
    assert assess(text, encoder=False).level != CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", FAREWELLS)
def test_a_letter_left_for_someone_still_reads(text: str) -> None:
    assert "hi:r3b_farewell" in rules_only(text).signs
    assert rules_only(text).level == CrisisLevel.EXPLICIT


# Round 16: the full message comes a little earlier in Ukrainian (the n-gram model at 0.65, the
# two models' sum at 1.3) and Hindi (the sum at 1.3), the two languages the sentence encoder does
# not know; every other language keeps 0.75 and 1.4. Texts the phrase lists read nothing in,
# each with scores between the old and the new line.
NO_PHRASE = {
    "uk": "Сьогодні знову відмова, вже восьма за місяць, і я просто сиджу на кухні.",
    "hi": "आज फिर से रिजेक्शन आया, आठवां इस महीने, और मैं बस रसोई में बैठा हूँ।",
    "ru": "Сегодня опять отказ, уже восьмой за месяц, и я просто сижу на кухне.",
    "en": "Another rejection today, the eighth this month, and I'm just sitting in the kitchen.",
    "de": "Heute wieder eine Absage, die achte diesen Monat, und ich sitze einfach in der Küche.",
    "pl": "Dzisiaj znowu odmowa, już ósma w tym miesiącu, a ja po prostu siedzę w kuchni.",
}
BETWEEN = Scores(explicit=0.7, concern=0.9, sentence=0.7)


def _first(lang: str) -> CrisisCheck:
    check = rules_only(NO_PHRASE[lang])
    assert check.level == CrisisLevel.NONE and check.languages[0] == lang
    return check


def test_ukrainian_gets_the_full_message_from_the_ngram_model_at_065() -> None:
    found = decide(_first("uk"), NO_PHRASE["uk"], BETWEEN)
    assert found.level == CrisisLevel.EXPLICIT and "model:explicit" in found.signs


@pytest.mark.parametrize("lang", ["ru", "en", "de", "pl", "hi"])
def test_the_other_languages_keep_075(lang: str) -> None:
    assert decide(_first(lang), NO_PHRASE[lang], BETWEEN).level == CrisisLevel.SOFT


@pytest.mark.parametrize("lang", ["uk", "hi"])
def test_hindi_and_ukrainian_get_the_full_message_from_a_sum_of_13(lang: str) -> None:
    rules = _first(lang)
    scores = Scores(explicit=0.6, concern=0.9, sentence=0.6)
    found = decide(rules, NO_PHRASE[lang], scores)
    assert found.level == CrisisLevel.SOFT
    read = EncoderScores(0.72, 0.95)  # 0.6 + 0.72 = 1.32
    assert needs_encoder(rules, found, scores, NO_PHRASE[lang])
    raised = with_encoder(rules, found, scores, read, NO_PHRASE[lang])
    assert raised.level == CrisisLevel.EXPLICIT and "encoder:explicit" in raised.signs


@pytest.mark.parametrize("lang", ["ru", "en", "de", "pl"])
def test_the_other_languages_keep_the_sum_of_14(lang: str) -> None:
    rules = _first(lang)
    scores = Scores(explicit=0.6, concern=0.9, sentence=0.6)
    found = decide(rules, NO_PHRASE[lang], scores)
    raised = with_encoder(rules, found, scores, EncoderScores(0.72, 0.95), NO_PHRASE[lang])
    assert raised.level == CrisisLevel.SOFT


def test_a_laugh_still_keeps_the_question_in_ukrainian() -> None:
    text = "Знову відмова, вже восьма за місяць, сиджу на кухні 😂😂"
    rules = rules_only(text)
    assert rules.level == CrisisLevel.NONE
    assert decide(rules, text, BETWEEN).level == CrisisLevel.SOFT


# Everyday Ukrainian and Hindi job-search lines the shipped models leave alone.
EVERYDAY = [
    "Написала супровідний лист і надіслала резюме у три компанії, завтра співбесіда о десятій.",
    "Сьогодні був важкий день, але ввечері подзвонила мама, і стало легше.",
    "Ця співбесіда мене просто вбила, три години питань про Excel.",
    "आज तीन कंपनियों में रिज्यूमे भेजा, कल सुबह दस बजे इंटरव्यू है।",
    "Interview ke baad thak gaya hoon, par mummy ne kheer banayi, mood theek ho gaya.",
    "Maine cover letter likh diya hai, kal HR ko bhej dunga.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_ukrainian_and_hindi_stay_below_the_full_message(text: str) -> None:
    assert assess(text).level != CrisisLevel.EXPLICIT
