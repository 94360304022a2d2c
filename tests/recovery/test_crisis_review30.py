"""Round 30's review at the merge: four harmless German sentences that crisis42's new forms gave
the full crisis message (a company better off without the writer, ending everything that
recalls someone, a bus that gives a lift, a grandmother's joke). The forms were narrowed; none of
these may get the full message, and the statements the forms were written for keep it."""

from __future__ import annotations

import pytest

from bounceback.recovery.crisis import CrisisLevel, assess

HARMLESS = [
    "Die Firma ist ohne mich sicher besser dran, ich suche jetzt was Neues.",
    "Ich will Schluss machen mit allem, was mich an ihn erinnert.",
    "Wenn mich der Bus mitnimmt, wäre das okay, sonst laufe ich.",
    "Ich will den Löffel abgeben, sagt Oma immer im Spaß.",
]

STATEMENTS = [
    "Meine Familie wäre ohne mich echt besser dran.",
    "Ich will einfach Schluss machen mit allem.",
    "Ich will den Löffel abgeben, ich kann nicht mehr.",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_a_harmless_sentence_gets_no_full_message(text: str) -> None:
    assert assess(text).level is not CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", STATEMENTS)
def test_the_statements_keep_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT
