"""Round 11 of the crisis check: Dutch, Portuguese, Polish, Hindi and Chinese statements of
kinds the phrase lists missed (read from authors W's and Y's misses, by kind), and everyday
sentences with the same words that must not get the full message.

Statements written for these tests (not copied from the training authors)."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import CrisisCheck, rules_only
from bounceback.recovery.crisis_decide import (
    FLOOR_CONCERN,
    FLOOR_SUM,
    needs_encoder,
    round12_asks,
    with_encoder,
)
from bounceback.recovery.crisis_encoder import EncoderScores
from bounceback.recovery.crisis_model import Scores

SAID = [
    # Dutch: thinking of suicide with words between, wanting to be dead without "ik", better
    # dead, misspelt, ending it with "maak", the saved pills, the rope, no longer existing
    "de laatste tijd denk ik eigenlijk steeds vaker aan zelfmoord",
    "wil echt gewoon dood, weer een afwijzing",
    "ik ben beter dood, echt waar",
    "wil nie meer leve",
    "ik maak er vanavond een eind aan, aan alles",
    "als het weer nee is slik ik al die pillen die ik heb opgespaard",
    "ik staar elke dag naar het touw op zolder",
    "ik wou dat ik gewoon in mijn slaap doodging",
    "iedereen zou opgelucht zijn als ik niet meer bestond",
    # Portuguese
    "nao tenho mais razao pra viver",
    "pra que eu ainda to vivo? pra que eu existo",
    "se um caminhao me atropelasse amanha eu nem ia ligar",
    "prometi que nao passo desse dia",
    "so quero descansar pra sempre",
    "peco a Deus pra nao acordar amanha",
    "fico procurando a forma menos dolorosa de morrer",
    # Polish
    "chciałabym zasnąć i się już nie obudzić",
    "w piątek kończę ze wszystkim",
    "wszystkim byłoby lżej, gdybym nie żyła",
    "dzisiaj się powieszę",
    "chce umżeć naprawde",
    "szukam jak umrzeć bez bólu",
    "stoję na peronie i myślę, że pociąg nie zdąży zahamować",
    # Hindi (romanised and Devanagari)
    "aaj phir khud ko khatam karne ka mann hua",
    "jeene ka mann nahi karta yaar",
    "sabke liye behtar hoga agar main na rahun",
    "जीने से थक गई हूँ",
    # Chinese
    "我已经没有活下去的勇气了",
    "等发了工资我就把一切了结",
    "真的好想鼠",
    "我要是死了，爸妈反而能解脱",
    "看到卡车开过来，心里希望它别停",
]

# Everyday sentences with the same words: never the full message from the lists.
EVERYDAY = [
    "ik wil niet dood, ik wil gewoon een baan",
    "ik ben doodmoe van al die sollicitaties",
    "ik neem alle tabletten in zoals de dokter zei",
    "ik kijk naar het touw dat de verhuizers achterlieten",
    "als ik er niet meer was geweest had de klant gebeld",
    "Ik stop ermee. Met alles wat met LinkedIn te maken heeft.",
    "não tenho mais vontade de viver aqui em São Paulo, quero mudar pro interior",
    "tomo todos os remédios que o médico receitou, guardo na gaveta",
    "amanhã não passo do dia sem café",
    "qual o jeito menos doloroso de contar pro meu chefe que pedi demissão",
    "não consigo parar de pensar em pular de emprego",
    "kończę ze wszystkim co zaległe w pracy przed urlopem",
    "gdybym umarł ze śmiechu, to przez ten mem",
    "oddałem laptopa firmie, powiedziałem że już mi się nie przyda",
    "is project ko khatam karne ka soch raha hun",
    "jeene ka mazaa aa gaya aaj",
    "下个月我就不在了，公司把我调到上海",
    "希望公交车别停在这站，我想多坐一会",
    "这个项目我一切都了结了，明天交接",
    "活不到明年就能还完房贷",
    "电梯坏了，只能走楼梯下来了",
]

# The same words negated or said of someone else: the question at most.
NOT_SAID = [
    "ik denk niet aan zelfmoord, ik ben gewoon boos",
    "nie chcę się zabić, jestem tylko zmęczony",
    "main khud ko khatam nahi karunga, bas gussa hoon",
]


@pytest.mark.parametrize("text", SAID)
def test_round11_statements_get_the_full_message_from_the_lists(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.EXPLICIT, rules_only(text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_sentences_with_the_same_words_stay_quiet(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.NONE, rules_only(text)


@pytest.mark.parametrize("text", NOT_SAID)
def test_the_same_words_negated_never_give_the_full_message(text: str) -> None:
    assert rules_only(text).level != CrisisLevel.EXPLICIT, rules_only(text)


# The floor: nothing found, and two readers that both lean towards concern ask the question.
NOTHING = CrisisCheck(CrisisLevel.NONE, (), ("uk",))
TEXT = "у гаражі лишився старий ніж, я часто беру його в руки"


def _floor(scores: Scores, read: EncoderScores, rules: CrisisCheck = NOTHING) -> CrisisLevel:
    assert needs_encoder(rules, rules, scores, TEXT) or rules.signs
    return with_encoder(rules, rules, scores, read, TEXT).level


def test_two_readings_of_concern_that_add_up_ask_where_each_alone_stays_under_its_line() -> None:
    # n-gram: explicit 0.34 (under the 0.4 gate and every question threshold), explicit or
    # heavy 0.76 (under 0.8); encoder: explicit 0.27 (under 0.7), explicit or heavy 0.99.
    scores = Scores(explicit=0.34, concern=0.76, sentence=0.34)
    assert scores.concern + 0.99 >= FLOOR_CONCERN
    assert _floor(scores, EncoderScores(explicit=0.27, concern=0.99)) == CrisisLevel.SOFT
    # the same n-gram reading with an encoder that reads nothing heavy: nothing
    assert _floor(scores, EncoderScores(explicit=0.05, concern=0.3)) == CrisisLevel.NONE


def test_two_explicit_readings_that_add_up_ask() -> None:
    scores = Scores(explicit=0.62, concern=0.7, sentence=0.6)
    assert FLOOR_SUM <= 0.62 + 0.69
    assert _floor(scores, EncoderScores(explicit=0.69, concern=0.72)) == CrisisLevel.SOFT
    # under the sum, round 12's thresholds do not ask (round 13: the combined reading of both
    # models does, crisis_combined.py; the question comes from either)
    assert not round12_asks(scores, EncoderScores(explicit=0.6, concern=0.62))
    assert _floor(scores, EncoderScores(explicit=0.6, concern=0.62)) == CrisisLevel.SOFT
    # the encoder reads nothing heavy: nothing
    assert _floor(scores, EncoderScores(explicit=0.05, concern=0.1)) == CrisisLevel.NONE


def test_the_floor_never_overrides_a_phrase_the_writer_negated() -> None:
    # "I'm not hopeless, just annoyed": a negated heavy phrase stays nothing whatever the
    # models' concern.
    negated = CrisisCheck(CrisisLevel.NONE, ("nl:hopeless:negated",), ("nl",))
    scores = Scores(explicit=0.34, concern=0.79, sentence=0.34)
    read = EncoderScores(explicit=0.3, concern=0.99)
    assert not needs_encoder(negated, negated, scores, TEXT)
    assert with_encoder(negated, negated, scores, read, TEXT).level == CrisisLevel.NONE


def test_the_encoders_lone_question_still_needs_the_ngram_models_weight() -> None:
    # The encoder now runs on more texts (for the floor); its question alone (explicit 0.75)
    # still needs the n-gram model at ENCODER_GATE, as before: no new gentle notes from it.
    scores = Scores(explicit=0.3, concern=0.72, sentence=0.3)
    assert _floor(scores, EncoderScores(explicit=0.75, concern=0.8)) == CrisisLevel.NONE
