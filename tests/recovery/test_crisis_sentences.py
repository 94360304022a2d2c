"""One notion of a sentence for every reader of the crisis check (round 32, crisis47).

Texts written for these tests. Before round 32 five regular expressions split an entry: "3.5 mg"
was two sentences to four of them, crisis_text knew no Chinese, Arabic or Hindi mark, and "…"
ended a sentence for one reader only.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery import (
    crisis_frame,
    crisis_multi,
    crisis_sentences,
    crisis_soften,
    crisis_text,
)
from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_sentences import sentences

# One text per language, two sentences each, with the language's own mark.
LANGUAGES = [
    ("en", "I sent forty applications. Nobody answered!", ["I sent forty applications.", "Nobody answered!"]),
    ("es", "¿Para qué sigo? Nadie me llama.", ["¿Para qué sigo?", "Nadie me llama."]),
    ("de", "Wieder eine Absage. Ich bin so müde…", ["Wieder eine Absage.", "Ich bin so müde…"]),
    ("fr", "Encore un refus ! Je n'en peux plus.", ["Encore un refus !", "Je n'en peux plus."]),
    ("pt", "Mais uma recusa. Estou cansada demais.", ["Mais uma recusa.", "Estou cansada demais."]),
    ("it", "Un altro rifiuto... Non ce la faccio.", ["Un altro rifiuto...", "Non ce la faccio."]),
    ("nl", "Weer afgewezen. Ik ben op.", ["Weer afgewezen.", "Ik ben op."]),
    ("pl", "Kolejna odmowa. Mam dość!", ["Kolejna odmowa.", "Mam dość!"]),
    ("tr", "Yine red geldi. Çok yoruldum.", ["Yine red geldi.", "Çok yoruldum."]),
    ("ru", "Опять отказ. Я устал.", ["Опять отказ.", "Я устал."]),
    ("uk", "Знову відмова. Я втомилася.", ["Знову відмова.", "Я втомилася."]),
    ("ar", "رفض آخر؟ أنا متعب جدا", ["رفض آخر؟", "أنا متعب جدا"]),
    ("hi", "फिर से मना कर दिया। मैं थक गया हूँ।", ["फिर से मना कर दिया।", "मैं थक गया हूँ।"]),
    ("zh", "又被拒了。我好累！还要继续吗？", ["又被拒了。", "我好累！", "还要继续吗？"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LANGUAGES, ids=[x[0] for x in LANGUAGES])
def test_each_language_ends_a_sentence_at_its_marks(lang: str, text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "I take 3.5 mg every night",  # decimal
    "The interview is at 10.30 tomorrow",  # time
    "Der Termin ist am 10.12.2026 um neun",  # date
    "Das kostet 5.000 Euro im Monat",  # thousands
    "Dr. Smith said it would pass",
    "Prof. Weber hat nicht geantwortet",
    "Ich brauche z.B. eine Pause",
    "I need e.g. a break and i.e. sleep",
    "Necesito p.ej. dormir más",
    "Sra. García no me llamó",
    "Mme. Durand ne répond pas",
    "Mam np. dosyć wszystkiego",
    "Мне нужно, т.е. хочу отдохнуть",
    "Hij zei bijv. niets terug",
    "डॉ. शर्मा ने कहा आराम करो",
])
def test_a_number_or_an_abbreviation_does_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]
    assert sentences(text.lower()) == [text.lower()]  # folded or lower-cased readings split alike


def test_quotes_and_brackets_close_with_their_sentence() -> None:
    assert sentences('She said "I\'m done." Then she left.') == ['She said "I\'m done."', "Then she left."]
    assert sentences("Она сказала «хватит!» Потом ушла") == ["Она сказала «хватит!»", "Потом ушла"]
    assert sentences("(I tried again.) Nothing.") == ["(I tried again.)", "Nothing."]
    assert sentences("他说「我不行了。」然后走了") == ["他说「我不行了。」", "然后走了"]


def test_newlines_ellipses_and_runs_of_marks() -> None:
    assert sentences("first line\n\nsecond line") == ["first line", "second line"]
    assert sentences("why?! why me") == ["why?!", "why me"]
    assert sentences("I just... can't") == ["I just...", "can't"]
    assert sentences("I just…can't") == ["I just…", "can't"]


def test_an_emoji_before_more_words_ends_a_sentence() -> None:
    assert sentences("so tired 😭 nobody calls back") == ["so tired 😭", "nobody calls back"]
    assert sentences("thumbs up 👍🏽 from me") == ["thumbs up 👍🏽", "from me"]
    assert sentences("so tired 😭") == ["so tired 😭"]
    assert sentences("so tired 😭. really") == ["so tired 😭.", "really"]


def test_a_list_number_starts_a_sentence_and_a_plain_stop_still_ends_one() -> None:
    assert sentences("1. applied again\n2. rejected again") == ["1. applied again", "2. rejected again"]
    assert sentences("I took 20. Nobody knows") == ["I took 20.", "Nobody knows"]
    assert sentences("so do I. nobody cares") == ["so do I.", "nobody cares"]
    assert sentences("i want to die.nobody cares") == ["i want to die.", "nobody cares"]


def test_the_clause_variant_ends_at_semicolons_and_drops_end_marks() -> None:
    text = "I'm fine; I want to die. Really?"
    assert sentences(text) == ["I'm fine; I want to die.", "Really?"]
    assert sentences(text, clauses=True, bare=True) == ["I'm fine", "I want to die", "Really"]
    assert sentences("رفض آخر؛ أنا متعب", clauses=True) == ["رفض آخر؛", "أنا متعب"]
    assert sentences("我没事；我想死", clauses=True) == ["我没事；", "我想死"]
    assert sentences('she said "enough." then', bare=True) == ['she said "enough"', "then"]


def test_empty_and_blank_texts_have_no_sentence() -> None:
    assert sentences("") == []
    assert sentences("  \n\n ... ") == []


def test_every_reader_splits_with_the_module() -> None:
    """Each reader's unit comes from crisis_sentences (round 31 had five regular expressions)."""
    assert crisis_frame.sentences is crisis_sentences.sentences
    assert crisis_soften.sentences is crisis_sentences.sentences
    for name in ("_SENTENCE", "_SENTENCES", "_STORY_SENTENCES", "_SENTENCE_SPLIT", "SENTENCE_END"):
        for module in (crisis_frame, crisis_multi, crisis_soften, crisis_text):
            assert not hasattr(module, name), f"{module.__name__}.{name}"
    # The phrase readers: a decimal, a date and an abbreviation keep their sentence whole, and
    # the Chinese, Arabic and Hindi marks end one in crisis_text's English reader too.
    assert crisis_multi.sentences("ich nehme 3.5 mg. dr. muller weiss es") == [
        "ich nehme 3.5 mg", "dr. muller weiss es"]
    assert crisis_text.sentences("i took 2.5 mg; dr. smith knows") == ["i took 2.5 mg", "dr. smith knows"]
    assert crisis_text.sentences("i am done。bye") == ["i am done", "bye"]
    assert crisis_soften.if_again_sentences(
        "If one more recruiter asks 'where do you see yourself in 5.5 years' again I'll scream") != []


# Development data (the authors' and the retired rounds' ordinary texts): a laugh or an eye-roll
# emoji ends the joke's sentence, and the plain sentence after it is read on its own. Main asked
# the question of each (the encoder or the n-gram model over the whole joke and its sequel).
ORDINARY_AFTER_AN_EMOJI = [
    "bir daha 'sizi arayacağız' diyen olursa kendimi Boğaz'a atarım 😅 neyse, yeni ilanlara bakıyorum",
    "agar ek aur 'we will get back to you' aaya na toh main khud ko hi fire kar dunga 😂 job se nahi hai toh kya",
    "أخويا الصغير لبس القميص بتاعي الجديد اللي كنت شاريه للمقابلة وراح بيه فرح صاحبه، ورجعه عليه"
    " بقعة عصير. هموته والله 😤 أمي غسلته بالخل وطلع زي الفل، خلاص سامحته.",
]


@pytest.mark.parametrize("text", ORDINARY_AFTER_AN_EMOJI)
def test_an_ordinary_joke_ended_by_an_emoji_asks_nothing(text: str) -> None:
    assert assess(text).level == CrisisLevel.NONE
