"""Review of round 13: the "well now" words round 13 added to the past rule ("doing fine",
"estoy bien", "je vais bien", "mir geht es gut", "sto bene", "orgulloso") lowered a statement
in the present to the question when the same text also told of a past attempt: "Two years ago
I attempted suicide. Everyone thinks I'm doing fine but I want to kill myself" got the full
message before round 13 and only the question after it. Such a word now marks a past as behind
only when no clause without a past marker of its own says something the phrase lists read."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only

E = CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", [
    "Two years ago I attempted suicide. Everyone thinks I'm doing fine but I want to kill myself.",
    "Last year I tried to end my life. My family thinks I'm doing fine. I still want to die.",
    "Last year I tried to kill myself. I tell everyone I'm fine these days but I want to die.",
    "I've been planning to kill myself. Everyone thinks I'm doing fine. Last year I lost my job.",
    "Hace dos años intenté suicidarme. Todos creen que estoy bien pero quiero morirme.",
    "Hace dos años intenté suicidarme. Mi madre está orgullosa de mí, pero quiero morir.",
    "Il y a deux ans j'ai voulu me tuer. Tout le monde croit que je vais bien mais je veux mourir.",
    "Vor zwei Jahren wollte ich mich umbringen. Alle denken mir geht es gut, aber ich will sterben.",
    "Há dois anos tentei me matar. Todos acham que estou bem, mas quero morrer.",
    "Due anni fa ho tentato il suicidio. Tutti pensano che sto bene ma voglio morire.",
])
def test_a_present_statement_beside_a_well_now_word_keeps_the_full_message(text: str) -> None:
    assert rules_only(text).level == E, rules_only(text)
    assert assess(text).level == E, assess(text)


@pytest.mark.parametrize("text", [
    # the well-now word in the clause after the past, nothing heavy said in the present
    "I wanted to die in college; these days I'm doing fine",
    "hace dos años quise matarme, pero ahora estoy bien",
    "vor zwei Jahren wollte ich mich umbringen, aber jetzt geht es mir gut",
    "il y a deux ans j'ai voulu mourir, maintenant je vais bien",
    "due anni fa volevo uccidermi, ora sto bene",
])
def test_a_past_put_behind_by_a_well_now_word_still_asks(text: str) -> None:
    assert rules_only(text).level != E, rules_only(text)


#: Round 13's single pattern for "a plan or a want, then again" (a ".*" between the two: it went
#: back over the rest of the clause for every plan word, seconds on a long run-on entry).
_ONE_PATTERN = (r"(?<![^\W\d_])(?:{intent})(?![^\W\d_]).*(?<![^\W\d_])(?<!never )(?<!nie )"
                r"(?<!nunca )(?<!jamais )(?:{again})(?![^\W\d_])")


@pytest.mark.parametrize("clause", [
    "i'm planning it again now", "i want to try again", "never again do i want this",
    "i want this, never again", "quiero hacerlo otra vez", "voglio morire di nuovo",
    "ich will wieder sterben", "i will\nagain", "again i want", "je veux à nouveau",
    "i want it. jamais à nouveau", "planning again again", "i want to die de novo hoje",
    "wanna do it again tonight", "thinking about it, nie wieder", "",
])
def test_a_plan_then_again_is_read_as_the_single_pattern_read_it(clause: str) -> None:
    import re

    from bounceback.recovery import crisis_soften as cs

    one = re.compile(_ONE_PATTERN.format(intent=cs.INTENT, again=cs.AGAIN))
    assert cs.intent_then_again(clause) == bool(one.search(clause))


def test_a_long_run_on_entry_is_read_as_before() -> None:
    # a past put behind, then a long run-on with a plan word every few words and no "again":
    # 60,000 characters took 17 s with the single pattern (2.7 s before round 13 and after this)
    from bounceback.recovery.crisis_soften import put_in_present

    text = ("3 years clean from self harm, proud of that. i want to die. "
            + "i will call the agency and i want to feel useful, " * 200)
    assert not put_in_present(text, lambda s: bool(rules_only(s).signs))
    assert rules_only(text).level == CrisisLevel.SOFT
