"""Round 33 (crisis48): censored and obfuscated spellings, online euphemisms, a past wish "now
again". Texts written for this test, none taken from any corpus.

- Censored spellings ("s*icide", "st3rben", "s u i c i d e", "z@bić", "आत्म*हत्या", Arabic
  letters spaced out, an inflected "s@mobójstwie") are read as the plain word before every
  reader (crisis_censored.py).
- Online euphemisms that name the act ("commit sewer-slide", "je vais me sui", "sui gedanken",
  "want to rope") and a wish to die told in the past followed by "now again" in 14 languages
  (data/crisis/global.txt, r33_*).

Each statement fails on main 7b64d3d0 (the question or nothing); each twin (the same censored
word in a joke, a game, a headline, a friend's post; "now again" followed by good news) gets no
more than it got there.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_censored import plain

STATEMENTS = [
    "s*icide is all i think about lately",
    "honestly thinking about s u i c i d e",
    "ich will st3rben",
    "मैं आत्म*हत्या करना चाहता हूँ",
    "intih@r etmek istiyorum",
    "chcę się z@bić",
    "myślę o s@mobójstwie",
    "мысли о с@моубийстве каждый день",
    "quiero m*rir",
    "هفكر في ا ن ت ح ا ر",
    "commit sewer-slide fr fr",
    "je vais me sui ce soir",
    "ich hab wieder sui gedanken",
    "kinda want to rope ngl",
    "Vor drei Jahren wollte ich sterben. Jetzt wieder.",
    "Hace dos años quise morirme. Ahora otra vez.",
    "Три года назад я хотел умереть. Теперь снова.",
    "İki yıl önce ölmek istedim. Şimdi yine.",
    "Три роки тому я хотів померти. Тепер знову.",
]
RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}
TWINS = [
    ("im d3ad 💀 lol", CrisisLevel.SOFT),
    ("that boss fight k!lled me lol", CrisisLevel.NONE),
    ("news: s*icide rates up among young men, article says", CrisisLevel.SOFT),
    ("my friend posted about s*icide last night and i'm worried about her", CrisisLevel.SOFT),
    ("the k i l l e r in the game was so op", CrisisLevel.SOFT),
    ("bought an mp3 player for b2b calls, e-mail me, covid-19 rules, co-op", CrisisLevel.NONE),
    ("l1fe update: new job!!", CrisisLevel.NONE),
    ("ich bin t0t müde von dem tag", CrisisLevel.NONE),
    ("me muero de risa 💀 m0rir de risa jaja", CrisisLevel.NONE),
    ("gonna rope in my cousin to help move on saturday", CrisisLevel.NONE),
    ("sui generis approach to hiring", CrisisLevel.NONE),
    ("打游戏打到手都噶了哈哈", CrisisLevel.NONE),
    ("Vor drei Jahren wollte ich sterben. Jetzt wieder gut, neuer Job!", CrisisLevel.NONE),
    ("Hace dos años quise morirme. Ahora otra vez tengo trabajo.", CrisisLevel.NONE),
    ("Vor drei Jahren wollte ich sterben. Heute nicht mehr.", CrisisLevel.SOFT),
    ("Il y a trois ans je voulais mourir. Maintenant je vais bien.", CrisisLevel.SOFT),
    ("Три года назад я хотел умереть. Теперь снова работаю.", CrisisLevel.NONE),
]


@pytest.mark.parametrize("text", STATEMENTS, ids=lambda t: t[:30])
def test_the_statement_gets_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize(("text", "ceiling"), TWINS, ids=lambda t: str(t)[:30])
def test_the_twin_gets_no_more_than_on_main(text: str, ceiling: CrisisLevel) -> None:
    assert RANK[assess(text).level] <= RANK[ceiling]


@pytest.mark.parametrize(("written", "read"), [
    ("i want to k!ll mys3lf", "i want to kill myself"),
    ("k.i.l.l m.y.s.e.l.f", "kill myself"),
    ("s u i c i d e", "suicide"),
    ("suiiicide and kiill", "suicide and kill"),
    ("s\u200bu\u200bicide", "suicide"),
    ("quiero m0rir", "quiero morir"),
    ("z3lfm00rd", "zelfmoord"),
    ("хочу ум3реть", "хочу умереть"),
    ("我想自 杀", "我想自杀"),
    ("我想自🔪杀", "我想自杀"),
    ("ا ن ت ح ا ر", "انتحار"),
])
def test_a_censored_key_word_is_read_plainly(written: str, read: str) -> None:
    assert plain(written) == read


@pytest.mark.parametrize("text", [
    "mp3 b2b e-mail covid-19 co-op 4am 1st", "a b c d", "no.1 fan", "I'm so tired of it all",
    "*sigh* ok", "t-shirt and self-care", "我想 你", "d**n it",
])
def test_everything_else_is_left_as_written(text: str) -> None:
    assert plain(text) == text
