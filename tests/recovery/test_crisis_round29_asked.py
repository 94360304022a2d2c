"""Round 29 (crisis38): a doctor's question answered no beside the writer's own statement, and
"and"/"but" after a negator.

1. (Reverted on review in round 29: crisis38's step that gave a long entry's doctor's question
   answered no the question instead of the full message lost the writer's own statement in 12
   of a reviewer's 124 entries; tests/recovery/test_crisis_review29.py holds them.)
2. The writer's own statement beside that question keeps the full message: 20 texts per
   language (en, es, de, fr, it, tr), written for these tests (tests/data/recovery/
   round29_asked.json): the statement after "but" and after "and" in the answer's sentence, as
   the next sentence, at the end and at the start of the entry.
3. A negator before "and" or "but" stays in its own clause ("le dije que no y quiero matarme",
   "nie mam pracy i chcę umrzeć"): the statement after it is said (crisis_multi.negated).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only

DATA = json.loads((Path(__file__).parent.parent / "data" / "recovery" / "round29_asked.json")
                  .read_text(encoding="utf-8"))["languages"]
QUESTION = 3  # the base entry's sentence that holds the question


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _plain(lang: str) -> list[str]:
    return [s.replace("{X}", "") for s in DATA[lang]["base"]]


def _own_beside(lang: str) -> list[tuple[str, str]]:
    d = DATA[lang]
    out = []
    for said in d["statements"]:
        for join in ("but", "and"):
            out.append((join, " ".join(s.replace("{X}", d[join] + said) for s in d["base"])))
        plain = _plain(lang)
        out.append(("next", " ".join([*plain[: QUESTION + 1], _cap(said) + ".", *plain[QUESTION + 1 :]])))
        out.append(("end", " ".join([*plain, _cap(said) + "."])))
        out.append(("start", " ".join([_cap(said) + ".", *plain])))
    return out


OWN = [(lang, where, text) for lang in DATA for where, text in _own_beside(lang)]


def test_twenty_texts_per_language() -> None:
    assert {lang: sum(1 for x in OWN if x[0] == lang) for lang in DATA} == dict.fromkeys(DATA, 20)


@pytest.mark.parametrize(("lang", "where", "text"), OWN, ids=[f"{x[0]}-{x[1]}-{i % 20}" for i, x in enumerate(OWN)])
def test_the_writers_own_statement_beside_the_question_keeps_the_full_message(
        lang: str, where: str, text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT, (lang, where, text)


def test_what_the_writer_told_inside_the_question_is_said() -> None:
    text = ("Long day at the jobcentre and then the surgery. The GP was kind. "
            "She asked how I was and I told her I want to kill myself, and whether I sleep, "
            "and I said no. She gave me a number to call. I am going to bed now.")
    assert assess(text).level == CrisisLevel.EXPLICIT


# 3. The writer's "no", then "and"/"but" and the statement: each failed on main (the question).
AFTER_JOIN = [
    ("es", "No tengo trabajo y quiero morirme."), ("es", "Le dije que no y quiero matarme."),
    ("pt", "Não tenho emprego mas quero morrer."), ("pt", "Eu disse que não mas quero me matar."),
    ("de", "Ich habe keine Arbeit mehr und ich will sterben."),
    ("pl", "Nie mam pracy i chcę umrzeć."), ("pl", "Powiedziałem nie i chcę się zabić."),
    ("ru", "Я сказал нет и хочу покончить с собой."),
]
NEGATED_AFTER_JOIN = [
    ("es", "Estoy cansado y no quiero morir."), ("pt", "Estou cansado e não quero morrer."),
    ("it", "Sono stanco e non voglio morire."), ("fr", "Je suis fatigué et je ne veux pas mourir."),
    ("de", "Ich bin müde und ich will nicht sterben."), ("nl", "Ik ben moe en ik wil niet dood."),
    ("pl", "Jestem zmęczony i nie chcę umrzeć."), ("ru", "Я устал и не хочу умирать."),
    ("uk", "Я втомився і не хочу помирати."), ("tr", "Yorgunum ve ölmek istemiyorum."),
    ("es", "No voy a matarme, solo estoy harto."),
]


@pytest.mark.parametrize(("lang", "text"), AFTER_JOIN)
def test_a_statement_after_and_following_a_no_is_said(lang: str, text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT, (lang, text)


@pytest.mark.parametrize(("lang", "text"), NEGATED_AFTER_JOIN)
def test_a_statement_negated_after_and_stays_negated(lang: str, text: str) -> None:
    assert assess(text).level != CrisisLevel.EXPLICIT, (lang, text)


@pytest.mark.parametrize("text", [
    "non è che voglio morire eh, voglio solo un lavoro",
    "não é que eu queira morrer, só quero um emprego",
])
def test_is_folded_like_and_is_no_join(text: str) -> None:
    # The phrase lists' reading (the encoder reads the Portuguese one as explicit on main too).
    assert rules_only(text).level != CrisisLevel.EXPLICIT
