"""Round 31 (crisis43): the writer's own sentence beside someone else's story, and the one a
farewell letter is written to. Texts written for this test, none taken from any corpus.

- someone else's attempt told in one sentence (its phrase softened: about someone else) kept the
  models' full message off the whole entry, so the writer's own wish, letters or pills, each
  the full message read alone, got only the question (crisis_frame.py reads them alone);
- Chinese names the person a letter is for before it ("给妈妈的遗书"), which read as someone
  else's letter (crisis_multi.RECIPIENT).

Each statement fails on main 69550e8 (the question); each twin (the same words, the wish or the
letter someone else's, or told in a film) gets no more than it got there.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

RU_FRAME = "Моя подруга говорила, что её брат пытался покончить с собой."
ES_FRAME = "Mi amiga me contó que su hermano intentó suicidarse."
ZH_FRAME = "我朋友说她哥哥自杀未遂。"

STATEMENTS = [
    f"{RU_FRAME} Сегодня разослал ещё пять резюме. Хотел бы я однажды уснуть и больше никогда не проснуться.",
    "Хотел бы я однажды уснуть и больше никогда не проснуться. Сегодня разослал ещё пять резюме. "
    f"{RU_FRAME}",
    f"{RU_FRAME} Сегодня разослал ещё пять резюме. Я уже написал прощальные письма маме и брату.",
    f"{ES_FRAME} Hoy mandé cinco currículums. Yo junto pastillas en el cajón y pronto me las tomo todas.",
    f"Yo junto pastillas en el cajón y pronto me las tomo todas. Hoy mandé cinco currículums. {ES_FRAME}",
    f"{ZH_FRAME}我今天又投了五份简历。我已经给妈妈和哥哥写好了告别信。",
    f"我已经给妈妈和哥哥写好了告别信。我今天又投了五份简历。{ZH_FRAME}",
    "给爸爸的遗书我昨晚写好了，放在枕头下面。",
    "写给女朋友的遗书已经放在她的信箱里了，我不想再拖了。",
]

# The same words, the wish, the pills or the letter someone else's (or a film's): main's level.
TWINS = [
    (f"{RU_FRAME} Сегодня разослал ещё пять резюме. Её брат говорил, что хотел бы однажды уснуть и "
     "больше никогда не проснуться.", CrisisLevel.SOFT),
    (f"{RU_FRAME} Сегодня разослал ещё пять резюме. Он уже написал прощальные письма маме и брату.",
     CrisisLevel.SOFT),
    (f"{RU_FRAME} Я вчера дочитал мамину книгу и уснул.", CrisisLevel.SOFT),
    (f"{ES_FRAME} Hoy mandé cinco currículums. Su hermano juntaba pastillas en el cajón y se las tomó "
     "todas.", CrisisLevel.SOFT),
    (f"{ZH_FRAME}我今天又投了五份简历。她哥哥当时已经给妈妈写好了告别信。", CrisisLevel.SOFT),
    ("Мой сосед рассказал, что его сын пытался покончить с собой весной. Я сегодня разослал ещё "
     "пять резюме. Мне хочется уснуть пораньше, завтра собеседование.", CrisisLevel.SOFT),
    ("Mój sąsiad powiedział, że jego syn próbował się zabić wiosną. Wysłałem dziś pięć CV. Jego syn "
     "chciał zasnąć i już nigdy się nie obudzić.", CrisisLevel.SOFT),
    ("My neighbour told me his son tried to kill himself in the spring. I sent five more "
     "applications today. He said he wanted to fall asleep and never wake up.", CrisisLevel.SOFT),
    ("Mein Nachbar hat erzählt, dass sein Sohn im Frühling versucht hat, sich das Leben zu nehmen. "
     "Ich habe heute fünf Bewerbungen verschickt. Er wollte damals einschlafen und nie wieder "
     "aufwachen, sagt er.", CrisisLevel.SOFT),
    ("我朋友写给他爸爸的遗书被他妈妈发现了，还好人救回来了。", CrisisLevel.SOFT),
    ("电影里女主角给男朋友写了遗书，我看完哭了很久。", CrisisLevel.NONE),
    ("我在读一本小说，给妈妈的遗书那一章写得很好。", CrisisLevel.NONE),
]
RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}


@pytest.mark.parametrize("text", STATEMENTS, ids=lambda t: t[:30])
def test_the_writers_own_sentence_gets_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize(("text", "most"), TWINS, ids=lambda t: str(t)[:30])
def test_someone_elses_words_get_no_more(text: str, most: CrisisLevel) -> None:
    assert RANK[assess(text).level] <= RANK[most]
