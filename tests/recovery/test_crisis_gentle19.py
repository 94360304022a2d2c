"""Round 19 (issue 15): the idiom step keeps heavy texts, and a clear reassurance of the writer's
own with no other sign of risk gets nothing (the lead's product decision), in 14 languages.

The step-level tests give the models' reading of what is left by hand (a fixed `reread`), so
they hold whatever a retrained model reads; the end-to-end ones run the whole check.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import CrisisCheck, assess
from bounceback.recovery.crisis_gentle import SETTLED, settle
from bounceback.recovery.crisis_lang import candidates
from bounceback.recovery.crisis_reassure import CALMED, calm, without_reassurance

SOFT, NONE, EXPLICIT = CrisisLevel.SOFT, CrisisLevel.NONE, CrisisLevel.EXPLICIT


def _asked(text: str, by: str = "model:soft") -> CrisisCheck:
    return CrisisCheck(SOFT, (by,), candidates(text))


def _reads(level: CrisisLevel, *signs: str):  # type: ignore[no-untyped-def]
    return lambda text: CrisisCheck(level, signs, candidates(text))


def _no_rules(text: str) -> CrisisCheck:
    return CrisisCheck(NONE, (), candidates(text))


# 1. The idiom step keeps heavy texts. Each: a harmless death idiom beside a heavy sentence no
# phrase of the lists reads; round 18's step gave each nothing (the n-gram model's question on
# what is left never counted, and a long rest neither model asked about was taken as ordinary).
HEAVY_WITH_IDIOM = [
    ("romance, fr", "Je suis morte de fatigue et je ne vois plus aucune raison de continuer."),
    ("romance, es", "Me muero de hambre y la verdad es que ya no le encuentro ninguna razón para seguir."),
    ("romance, pt", "Estou morta de cansaço e sinceramente já não vejo nenhum motivo para continuar."),
    ("germanic, de", "Ich langweile mich zu Tode und ehrlich gesagt sehe ich keinen Grund mehr, morgens aufzustehen."),
    ("germanic, nl", "Ik verveel me dood en eerlijk gezegd zie ik geen enkele reden meer om door te gaan."),
    ("slavic, ru", "Умираю от скуки, и честно говоря, уже не вижу никакого смысла продолжать что-либо."),
    ("slavic, pl", "Umieram z głodu, a szczerze mówiąc nie widzę już żadnego powodu, żeby dalej próbować."),
    ("arabic", "أنا ميت من الجوع، وبصراحة ما عدت أشوف أي سبب إني أكمل."),
    ("indic, hi", "भूख से मर रहा हूँ, और सच कहूँ तो अब आगे बढ़ने की कोई वजह नहीं दिखती।"),
    ("chinese", "累死了，我觉得自己一点用都没有，谁也不需要我。"),
]


@pytest.mark.parametrize(("family", "text"), HEAVY_WITH_IDIOM)
def test_the_idiom_step_keeps_a_heavy_rest_the_n_gram_model_asks_about(family: str, text: str) -> None:
    kept = settle(_no_rules(text), _asked(text), text, _reads(SOFT, "model:soft"))
    assert kept.level == SOFT and SETTLED not in kept.signs, family


@pytest.mark.parametrize(("family", "text"), HEAVY_WITH_IDIOM)
def test_the_idiom_step_keeps_a_heavy_rest_no_model_asks_about(family: str, text: str) -> None:
    # the encoder asked about the whole text, and about what is left nothing asks: a sentence
    # of its own is no "few everyday words"
    kept = settle(_no_rules(text), _asked(text, "encoder:combined"), text, _reads(NONE))
    assert kept.level == SOFT, family


@pytest.mark.parametrize(("family", "text"), HEAVY_WITH_IDIOM)
def test_a_heavy_text_with_a_death_idiom_keeps_its_help_end_to_end(family: str, text: str) -> None:
    assert assess(text).level != NONE, family


@pytest.mark.parametrize("text", [
    "Umieram z głodu, nie jadłem obiadu.",
    "饿死了，午饭都没吃。",
    "muerta de cansancio. me echo una siesta y sigo",
    "Ik verveel me dood, het uitzendbureau belt maar niet terug",
])
def test_an_idiom_beside_a_few_everyday_words_still_settles(text: str) -> None:
    settled = settle(_no_rules(text), _asked(text), text, _reads(SOFT, "model:soft"))
    assert settled.level == NONE and SETTLED in settled.signs


# 3. A clear reassurance of the writer's own, then a plain feeling: nothing, in every language.
REASSURED = {
    "en": "Don't worry, I won't do anything stupid, I'm just fed up.",
    "es": "No estoy pensando en matarme, solo estoy cansada de buscar.",
    "pt": "Calma, não vou fazer besteira, só tô cansada.",
    "de": "Keine Sorge, ich tu mir nichts an, ich bin nur genervt.",
    "fr": "Je vais pas me tuer pour ça, je suis juste vénère.",
    "it": "Tranquilla, non faccio niente di stupido, sono solo stanca.",
    "nl": "Geen zorgen, ik ga niks stoms doen, ik ben gewoon moe.",
    "pl": "Spokojnie, nic sobie nie zrobię, jestem po prostu zmęczona.",
    "tr": "Merak etme, kendime bir şey yapmayacağım, sadece yorgunum.",
    "ru": "Умирать не хочу, просто злюсь.",
    "uk": "Не хочу я помирати, просто злюся.",
    "ar": "متقلقش، مش هعمل في نفسي حاجة، أنا بس تعبان.",
    "hi": "मरना नहीं है मुझे, बस गुस्सा है।",
    "zh": "我没有想死，只是很烦。",
}


@pytest.mark.parametrize(("lang", "text"), sorted(REASSURED.items()))
def test_a_reassurance_of_the_writers_own_is_found(lang: str, text: str) -> None:
    rest = without_reassurance(text, candidates(text))
    assert rest is not None, lang
    assert len(rest) <= len(text) - 3


@pytest.mark.parametrize(("lang", "text"), sorted(REASSURED.items()))
def test_a_reassurance_beside_a_plain_feeling_gets_nothing(lang: str, text: str) -> None:
    for asked_by in ("model:soft", "encoder:floor"):
        calmed = calm(_asked(text, asked_by), text, _reads(NONE), _no_rules)
        assert calmed.level == NONE and CALMED in calmed.signs, lang
    # a few words naming a plain feeling: the n-gram model's question on them is its prior
    calmed = calm(_asked(text), text, _reads(SOFT, "model:soft"), _no_rules)
    assert calmed.level == NONE, lang


# Each asked on main (the question); nothing now, end to end.
ASKED_ON_MAIN = [
    "I'm not suicidal, just tired of this",
    "not in a dark way lol, just bored",
    "No estoy pensando en matarme, solo estoy cansada de buscar.",
    "Calma, não vou fazer besteira, só tô cansada.",
    "Não vou me matar por isso, só tô puta.",
    "Keine Sorge, ich tu mir nichts an, ich bin nur genervt.",
    "Ich bin nicht suizidal, nur müde.",
    "Je vais pas me tuer pour ça, je suis juste vénère.",
    "Tranquilla, non faccio niente di stupido, sono solo stanca.",
    "Non mi ammazzo per un colloquio, sono solo incazzata.",
    "Geen zorgen, ik ga niks stoms doen, ik ben gewoon moe.",
    "Ik ben niet suïcidaal, gewoon chagrijnig.",
    "Spokojnie, nic sobie nie zrobię, jestem po prostu zmęczona.",
    "Умирать не хочу, просто злюсь.",
    "Не хочу я помирати, просто злюся.",
    "متقلقش، مش هعمل في نفسي حاجة، أنا بس تعبان.",
    "ما أبي أموت، بس زهقت.",
    "marna nahi hai mujhe, bas gussa aa raha hai",
    "मरना नहीं है मुझे, बस गुस्सा है।",
    "我没有想死，只是很烦。",
]


@pytest.mark.parametrize("text", ASKED_ON_MAIN)
def test_a_clear_reassurance_gets_nothing_end_to_end(text: str) -> None:
    assert assess(text).level == NONE


# Must keep: a reassurance beside any statement of risk, one bounded in time or hedged, and one
# about someone else or quoted.
MUST_KEEP = [
    "I'm not suicidal, I just don't want to wake up",
    "not going to do anything... yet",
    "I won't do anything stupid. Yet.",
    "no, I'm fine. I've written the letters",
    "I'm not suicidal, I just can't go on like this",
    "No voy a hacer ninguna tontería... todavía.",
    "No me voy a matar, solo quiero dormirme y no despertar.",
    "Não vou fazer besteira, só queria dormir e não acordar mais.",
    "Ich tu mir nichts an, aber ich will einfach nicht mehr aufwachen.",
    "Je vais pas faire de bêtise, mais franchement j'aimerais m'endormir et ne plus me réveiller.",
    "Non sono suicida, vorrei solo sparire per sempre.",
    "Ik doe mezelf niks aan, ik wil alleen niet meer wakker worden.",
    "Nic sobie nie zrobię, po prostu chciałabym zasnąć i się nie obudzić.",
    "Kendime bir şey yapmayacağım, sadece uyuyup bir daha uyanmamak istiyorum.",
    "Ничего с собой не сделаю, просто хочу уснуть и не проснуться.",
    "Нічого з собою не зроблю, просто хочу заснути і не прокинутися.",
    "مش هعمل في نفسي حاجة، بس نفسي أنام وما أصحاش.",
    "kuch ulta seedha nahi karunga, bas sona chahta hoon aur kabhi na uthun.",
    "我不会做傻事，只是不想再醒来了。",
]


@pytest.mark.parametrize("text", MUST_KEEP)
def test_a_reassurance_beside_a_statement_of_risk_keeps_its_help(text: str) -> None:
    assert assess(text).level != NONE


@pytest.mark.parametrize("text", [
    "I'm not going to do anything stupid. I just don't see why I'm still trying.",
    "Ich tu mir nichts an. Aber ich weiß nicht mehr, wofür ich mich noch anstrenge.",
    "我不会做傻事。但我也不知道自己还在坚持什么。",
])
def test_a_few_words_left_that_name_no_plain_feeling_keep_the_question(text: str) -> None:
    # the n-gram model reads "I just don't see why I'm still trying" as it reads "just tired of
    # this": only the words tell them apart
    kept = calm(_asked(text), text, _reads(SOFT, "model:soft"), _no_rules)
    assert kept.level == SOFT


@pytest.mark.parametrize("text", [
    "I won't do anything stupid, I'm just feeling really low.",
    "tranquilli, non faccio niente di stupido. però non capisco più perché vado avanti",
    "Nic sobie nie zrobię. Tylko nie wiem już, po co to wszystko.",
])
def test_words_left_that_name_no_plain_feeling_keep_the_question_though_no_model_asks(text: str) -> None:
    # over the corpus, two heavy texts of this shape read as nothing to both models without
    # their reassurance: the models are no witness that a few everyday words are ordinary
    assert calm(_asked(text), text, _reads(NONE), _no_rules).level == SOFT


@pytest.mark.parametrize("text", [
    "not going to do anything... yet",
    "I'm not suicidal for now, just tired",
    "I think I'm not suicidal, just tired",
    "No voy a hacer ninguna tontería, todavía.",
    "Ich tu mir heute nichts an, bin nur müde.",
    "Я пока ничего с собой не сделаю, просто устала.",
    "我暂时不会做傻事，就是累。",
    "my sister says she's not going to do anything stupid, she's just tired",
    'she told me "I\'m not suicidal, just tired"',
    "Мой брат говорит: «я не самоубийца, просто устал»",
])
def test_a_hedged_bounded_quoted_or_someone_elses_reassurance_is_none(text: str) -> None:
    assert without_reassurance(text, candidates(text)) is None


@pytest.mark.parametrize(("rest_reads", "left"), [
    (_reads(EXPLICIT, "model:explicit"), "the rest reads as explicit"),
    (_reads(SOFT, "encoder:soft"), "the encoder asks about the rest"),
    (_reads(SOFT, "en:hopeless"), "a heavy phrase in the rest"),
])
def test_what_is_left_that_still_asks_keeps_the_question(rest_reads, left) -> None:  # type: ignore[no-untyped-def]
    text = "I'm not suicidal, just tired of this"
    assert calm(_asked(text), text, rest_reads, _no_rules).level == SOFT, left


def test_a_death_word_or_a_phrase_left_keeps_the_question() -> None:
    text = "I'm not suicidal, just tired of my life"
    assert calm(_asked(text), text, _reads(NONE), _no_rules).level == SOFT
    text = "I'm not suicidal, I'm just hopeless"
    assert calm(_asked(text), text, _reads(NONE),
                lambda t: CrisisCheck(SOFT, ("hopeless",), ())).level == SOFT


def test_nothing_is_raised_and_no_reading_without_a_reassurance_moves() -> None:
    text = "just tired of this"
    assert calm(_asked(text), text, _reads(NONE), _no_rules).level == SOFT
    quiet = CrisisCheck(NONE, (), ("en",))
    assert calm(quiet, "I'm not suicidal", _reads(SOFT, "model:soft"), _no_rules) == quiet


# 4. The held-out tools read what the app decides: the last steps included.
def _load(name: str):  # type: ignore[no-untyped-def]
    import importlib.util
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location(name, root / "scripts" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules.setdefault(name, module)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(root / "scripts"))


def test_the_held_out_scripts_take_the_last_steps() -> None:
    from bounceback.recovery.crisis import rules_only
    from bounceback.recovery.crisis_model import shipped_model
    from bounceback.recovery.crisis_training import Example

    heldout = _load("crisis_heldout")
    text = "I'm not suicidal, just tired of this"
    row = heldout.Row(Example(text, "none", "author:ZZ", "en"), "negated", "en", (0.2, 0.94, 0.2),
                      rules_only(text))
    assert heldout.shipped_rule(row) == "soft"  # no models known for the author: no reread
    heldout.MODEL_OF["author:ZZ"] = shipped_model()
    heldout.reread.cache_clear()
    try:
        assert heldout.shipped_rule(row) == "none"
        shortfalls = _load("crisis_shortfalls")
        read = heldout.reread("author:ZZ", False)
        assert shortfalls.check(row).level == SOFT
        assert shortfalls.check(row, read=read).level == NONE
    finally:
        del heldout.MODEL_OF["author:ZZ"]
        heldout.reread.cache_clear()


def test_the_stages_bench_times_the_last_steps() -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "crisis_stages.py"
    spec = importlib.util.spec_from_file_location("crisis_stages_bench", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert "last steps" in bench.stages("I'm not suicidal, just tired of this")
