"""Round 20: a "not" that belongs to something else no longer negates a heavy phrase.

gentle19 found Italian "non vedo più nessuna via d'uscita" (I see no way out any more) and Spanish
"ya no sé para qué sigo intentando" (I no longer know what I keep trying for) read as negated: the
phrase lists counted them for nothing. Two causes (crisis_multi.CONCORD, NOT_KNOWING): negative
concord (a phrase that starts with its own "no" word takes a "not" before its verb) and not
knowing what for (the "not" of "I don't know" before a question word). Each line failed before;
the phrase lists alone are read (no model), so each costs a few milliseconds."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import rules_only

SAID = [
    ("it", "non vedo più nessuna via d'uscita"),
    ("it", "Non c'è nessuna via d'uscita per me."),
    ("es", "ya no sé para qué sigo intentando"),
    ("es", "No sé para qué sigo, la verdad."),
    ("pt", "já não sei para que continuar"),
    ("fr", "je ne sais pas à quoi bon continuer"),
]
# A "not" that is the phrase's own still negates it.
DENIED = [
    ("it", "non sono disperato, solo stanco"),
    ("es", "no es que nada tenga sentido, solo estoy cansada"),
]


@pytest.mark.parametrize(("lang", "text"), SAID)
def test_a_not_of_something_else_leaves_the_phrase_said(lang: str, text: str) -> None:
    check = rules_only(text)
    assert check.level != CrisisLevel.NONE, check.signs
    assert not any(s.startswith(f"{lang}:") and s.endswith(":negated") for s in check.signs)


@pytest.mark.parametrize(("lang", "text"), DENIED)
def test_the_phrases_own_not_still_negates_it(lang: str, text: str) -> None:
    assert rules_only(text).level == CrisisLevel.NONE
