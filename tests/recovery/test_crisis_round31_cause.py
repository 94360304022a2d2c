"""Round 31 (crisis44): ordinary texts that got the full message, fixed at their cause.

Three causes among the development data's ordinary texts given the full message (the retired
rounds 8-21 and corpora/crisis/dev G26a, G27a; each text's reader recorded):

- a dark period years ago told as over now: the past rule (crisis_soften) had no well-now words
  in Dutch, Polish, Russian, Ukrainian and Chinese, and no "three years ago, when..." in Arabic,
  where the eight other languages already gave the question;
- Arabic "عمري ما أأذي نفسي" (I would never harm myself): the self-harm phrase matched inside the
  word ("اذي" in "ااذي"), so the word before it was its own first letter, not the negator;
- a song's title or line quoted ("Song of the day: 'I want to die young'"): the words are the
  song's, not the writer's.

Each ordinary text below got the full message on main (69550e8) and gets the question (or
nothing) now; each explicit twin keeps the full message. Every text was written for this test.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

ORDINARY = [
    ('nl', 'Vier jaar geleden, toen mijn bedrijf failliet ging, dacht ik aan zelfmoord. Ik heb hulp gezocht. Nu gaat het echt goed met me, alleen deze afwijzing is balen.'),
    ('pl', 'Dwa lata temu, po rozwodzie, miałem myśli samobójcze. Dużo pracy z psychologiem. Dziś jest mi dobrze, naprawdę, tylko ta rekrutacja mnie męczy.'),
    ('ru', 'Пять лет назад, когда закрыли завод, я думал о самоубийстве. Долго лечился. Сейчас всё хорошо, просто злит этот отказ.'),
    ('uk', 'Чотири роки тому, після розлучення, я думала про самогубство. Довго ходила до психолога. Зараз все добре, просто дратує ця відмова.'),
    ('zh', '五年前公司倒闭的时候，我一度想过自杀。后来在朋友帮助下慢慢走出来了。现在真的挺好的，就是今天面试没过有点郁闷。'),
    ('ar', 'من أربع سنين لما خسرت شغلي فكرت أنتحر. اتعالجت والحمد لله. دلوقتي كويسة، بس الرفض النهارده مضايقني.'),
    ('ar', 'والله عمري ما أأذي نفسي، بس زعلانة إن الشركة ما ردت علي بعد المقابلة.'),
    ('ar', 'لا تخافي علي يا ماما، عمري ما هأذي نفسي. أنا بس تعبانة من الانتظار.'),
    ('en', "Song stuck in my head all morning: 'I want to die young'. Sent five applications humming it."),
    ('es', "La canción de hoy en la radio del taller: 'Quiero morir contigo'. La tarareé toda la mañana."),
    ('de', "Das Lied aus dem Radio heute: 'Ich will sterben' von irgendeiner Punkband. Hab trotzdem drei Bewerbungen geschrieben."),
    ('pl', 'Piosenka, która leciała w biurze: „Chcę umrzeć”. Wszyscy nucili, ja wysłałem dwa CV.'),
    ('ru', 'В маршрутке играла песня «хочу умереть», водитель подпевал. Доехал до собеседования вовремя.'),
    ('tr', "Radyoda bir şarkı çaldı: 'Ölmek istiyorum'. Kafamdan çıkmadı, üç başvuru yaptım."),
    ('zh', '今天在咖啡店听到一首歌，歌词一直唱“不想活了”，旋律倒挺好听，我边听边改简历。'),
]

STATEMENTS = [
    ('nl', 'Vier jaar geleden dacht ik aan zelfmoord. Daarna ging het goed, maar vandaag wil ik weer dood.'),
    ('pl', 'Dwa lata temu miałem myśli samobójcze. Dziś jest mi dobrze tylko na pokaz, a naprawdę znowu chcę umrzeć.'),
    ('ru', 'Пять лет назад я думал о самоубийстве. Сейчас всё хорошо, говорят все, но я снова хочу умереть.'),
    ('uk', 'Чотири роки тому я думала про самогубство. Зараз знову думаю про самогубство щодня.'),
    ('zh', '五年前我想过自杀，后来走出来了。但是现在我又想自杀了。'),
    ('ar', 'من أربع سنين لما خسرت شغلي فكرت أنتحر، والحين رجعت أفكر أنتحر كل يوم.'),
    ('ar', 'تعبت من كل شي وبدي أأذي نفسي الليلة.'),
    ('ar', 'صرت أأذي نفسي كل ليلة بعد كل رفض.'),
    ('en', "Song stuck in my head all morning: 'I want to die young'. Honestly I want to die too."),
    ('es', "La canción de hoy: 'Quiero morir contigo'. Y yo quiero morir, de verdad, ya no puedo más."),
    ('de', 'Das Lied aus dem Radio heute passt: ich will sterben.'),
    ('ru', 'В маршрутке играла песня «хочу умереть». Я тоже хочу умереть, уже давно.'),
    ('zh', '今天听到一首歌“不想活了”。我也真的不想活了。'),
    ('nl', 'Ik ga mezelf iets aandoen, ik kan niet meer.'),
    ('nl', 'Ik wil slapen en nooit meer wakker worden.'),
    ('nl', 'Ik wou dat ik nooit geboren was.'),
    ('en', 'I keep playing the song from her funeral and I want to die.'),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_ordinary_text_no_longer_gets_the_full_message(lang: str, text: str) -> None:
    assert assess(text).level != CrisisLevel.EXPLICIT, lang


@pytest.mark.parametrize(("lang", "text"), STATEMENTS)
def test_explicit_twin_keeps_the_full_message(lang: str, text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT, lang
