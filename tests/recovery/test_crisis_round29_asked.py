"""Round 29 (crisis38): a doctor's question answered no in a long entry, and "and"/"but" after
a negator.

1. A long entry that tells a visit and the doctor's question about self-harm, answered no,
   gets the question instead of the full message when the entry without that question gets no
   full message (crisis_asked.py). Never nothing.
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
from bounceback.recovery.crisis_asked import SIGN, question_cut

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


# The visit alone: on main the question's words gave these the full message (es by the n-gram
# model, it and tr by the phrase lists). en, de and fr keep it here: the n-gram model reads the
# entry without the question as explicit (the models' whole-entry reading, not this step's).
@pytest.mark.parametrize("lang", ["es", "it", "tr"])
def test_the_visit_answered_no_gets_the_question(lang: str) -> None:
    found = assess(" ".join(_plain(lang)))
    assert found.level == CrisisLevel.SOFT and SIGN in found.signs


@pytest.mark.parametrize("lang", sorted(DATA))
def test_the_question_is_cut_from_its_sentence_start_to_the_writers_no(lang: str) -> None:
    plain = _plain(lang)
    cut = question_cut(" ".join(plain), (lang,))
    assert cut is not None
    assert plain[QUESTION][:12] not in cut and plain[QUESTION + 1] in cut


TAKEN_BACK = {
    "en": "That was a lie.", "es": "Le mentí.", "de": "Das war gelogen.",
    "fr": "J'ai menti.", "it": "Ho mentito.", "tr": "Yalan söyledim.",
}


@pytest.mark.parametrize("lang", sorted(DATA))
def test_an_answer_taken_back_is_not_cut(lang: str) -> None:
    plain = _plain(lang)
    text = " ".join([*plain[: QUESTION + 1], TAKEN_BACK[lang], *plain[QUESTION + 1 :]])
    assert question_cut(text, (lang,)) is None
    assert SIGN not in assess(text).signs


@pytest.mark.parametrize("text", [
    "The doctor asked whether I'd had thoughts of killing myself and I said no. Just tired.",
    "I asked myself whether I want to kill myself and I said no. " * 3,
    "Me pregunto si quiero matarme y le dije que no. Estoy cansado. Todo da igual. No sé. Ya.",
])
def test_a_short_entry_or_the_writers_own_question_is_not_cut(text: str) -> None:
    assert question_cut(text, ("en", "es")) is None


def test_what_the_writer_told_inside_the_question_is_never_cut() -> None:
    text = ("Long day at the jobcentre and then the surgery. The GP was kind. "
            "She asked how I was and I told her I want to kill myself, and whether I sleep, "
            "and I said no. She gave me a number to call. I am going to bed now.")
    assert question_cut(text, ("en",)) is None
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
