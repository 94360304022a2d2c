"""Round 13 (issue 15): a statement the writer puts in the present again is not a past put
behind, and "I'm being serious" keeps a laugh from lowering (crisis_soften.py)."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only
from bounceback.recovery.crisis_soften import put_in_present, reason

E = CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", [
    # a past put behind, then "but ... again now" / "but ... today": the statement is current
    "I tried to kill myself 2 years ago and I'm proud I survived, but I'm planning it again now",
    "3 years clean from self harm, proud of that, but I want to die today",
    "tried to kill myself years ago and I'm proud I'm still here, but tonight I want to die",
    "hace dos años intenté matarme; la terapia me ayudó, pero hoy quiero morir otra vez",
    "vor drei Jahren habe ich versucht mich umzubringen, ich bin stolz, aber heute will ich wieder sterben",
    "il y a deux ans j'ai voulu mourir, je suis fière, mais ce soir je veux mourir",
    "há dois anos tentei me matar, estou orgulhosa de ter sobrevivido, mas hoje quero morrer de novo",
    "due anni fa ho tentato di uccidermi, sono orgogliosa, ma stasera voglio morire di nuovo",
    "twee jaar geleden wilde ik dood, ik ben trots, maar vandaag wil ik dood",
    "dwa lata temu próbowałam się zabić, jestem dumna, ale dziś znowu chcę umrzeć",
    "iki yıl önce intihar girişiminde bulundum, gurur duyuyorum, ama bugün yine ölmek istiyorum",
    "两年前我自杀未遂，我很骄傲，但是今天我又想死了",
    # "again" on the statement itself, in its own sentence
    "3 years clean from cutting and proud of it. started cutting again",
])
def test_a_statement_put_in_the_present_again_gets_the_full_message(text: str) -> None:
    assert reason(text, lambda s: bool(rules_only(s).signs)) != "past"
    assert rules_only(text).level == E, rules_only(text)
    assert assess(text).level == E, assess(text)


@pytest.mark.parametrize("text", [
    # the present clause says the writer is well: the past statement stays lowered
    "I tried to kill myself 2 years ago, but I'm okay now",
    "I wanted to die in college; these days I'm doing fine",
    "hace dos años quise matarme, pero ahora estoy bien",
    "vor zwei Jahren wollte ich mich umbringen, aber jetzt geht es mir gut",
    # a present cue beside the past that does not carry the statement
    "three years ago I tried to end my life. therapy helped, and today a no just stings",
    "vor zwei jahren wollte ich nicht mehr leben. heute weiß ich, dass ich da durchkomme",
    # "again" on something else than the statement ("rejected again today")
    "前年我很想死，也住过院。今天又被拒了，我只是难过。我为自己骄傲。",
    "I wanted to kill myself two years ago, I'm proud I got through it. got rejected again today, just sad",
])
def test_a_past_put_behind_with_a_present_cue_still_asks(text: str) -> None:
    assert rules_only(text).level != E, rules_only(text)
    assert assess(text).level != E, assess(text)


def test_well_now_words_only_count_unnegated() -> None:
    # "no estoy bien" / "geht es mir nicht gut" are not a past put behind
    assert rules_only("hace dos años intenté matarme y no estoy bien, quiero morir").level == E
    text = "vor zwei Jahren wollte ich mich umbringen, aber mir geht es nicht gut, ich will heute sterben"
    assert rules_only(text).level == E


def test_the_present_cue_must_sit_in_the_statement_s_own_clause() -> None:
    # "today" beside the past, the statement in the past clause: not put in the present
    assert not put_in_present("i wanted to die in college. today i am doing fine",
                              lambda s: bool(rules_only(s).signs))
    assert put_in_present("i wanted to die in college. today i want to die",
                          lambda s: bool(rules_only(s).signs))
    # "never again" is no "again"
    assert not put_in_present("5 years clean from cutting, proud of myself, never again")


@pytest.mark.parametrize("text", [
    "I want to kill myself lol I'm being serious",
    "don't laugh, I'm serious. I want to die lol",
    "i want to die lol i am serious",
])
def test_saying_i_am_serious_keeps_the_full_message_beside_a_laugh(text: str) -> None:
    assert rules_only(text).level == E, rules_only(text)


@pytest.mark.parametrize("text", ["wanna die lol", "kms this excel test lol"])
def test_a_laugh_alone_still_only_asks(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.SOFT, rules_only(text)
