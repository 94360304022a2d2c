"""Round 25 (crisis28, mended by crisis28b): the phrase forms of crisis28 that survived its review.

crisis28 added forms that failed in the retired rounds 10 and 11; the review found everyday texts
raised by most of them, and they were dropped. Kept, each with everyday look-alikes of its own
words that it does not fire on (LOOK_ALIKES): most now only when the phrase ends its clause or
sentence (round 25's review found them with an object or a complement after: "ze sobą skończyć
tę rozmowę", "هخلص على نفسي الشغل", "m'enlever la vie sociale"), Turkish and Chinese "better off
without me" only with the family named, the Turkish wish not to wake never with "erken", the
Hindi future "I'll kill myself" never forgiving or hitting oneself. The "then" of a condition ("if not ... then") is not read at all:
a "not" before it keeps softening the phrase, as before round 25.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

STATEMENTS = [
    "keşke yarın sabah uyanmasam, her şey bitse",
    "bazen uyuyup bir daha hiç uyanmamayı düşünüyorum",
    "मैं खुद को मार लूँगा",
    "अब और नहीं, मैं खुद को मार डालूँगी",
    "अब इस दुनिया से चले जाने का मन करता है।",
    "Chcę ze sobą skończyć. Mam dość.",
    "po co w ogóle żyć?",
    "chyba się wyloguję z życia.",
    "والله هخلص على نفسي.",
    "بتمنى ما افيق بكرا",
    "des fois j'ai envie de m'enlever la vie.",
    "ailem bensiz daha rahat ederdi.",
    "yaşamanın hiçbir anlamı kalmadı.",
    "我要是不在了，爸妈反而更轻松",
    "waarom zou ik nog leven?",
]

# Everyday sentences with the same words: no card at all.
QUIET = [
    "आज तीन इंटरव्यू दिए, सोने जा रहा हूँ",
]

# Everyday look-alikes of each kept form's own words (an object or a complement after the
# phrase, a time, a team instead of the family, someone else in the past): they may get the
# question (a model's or an older rule's, as before this round) but never the full message.
LOOK_ALIKES = [
    "wyloguję się z życia zawodowego na urlop",
    "zawinę się z tego świata korporacji i otworzę kawiarnię",
    "chcę ze sobą skończyć tę rozmowę, mamo, pogadamy jutro",
    "po co żyć bez kawy?",
    "هخلص على نفسي الواجب قبل ما ترجع",
    "بتمنى ما افيق بدري بكرا",
    "j'ai envie de m'enlever la vie de stress de ce boulot",
    "ben olmasam ekip daha iyi olurdu.",
    "waarom zou ik nog leven zonder koffie?",
    "उसे इस दुनिया से चले जाने का मन करता था",
]

# Everyday sentences with the same words that may get the question (a model's or an older rule's,
# as before this round) but never the full message.
NO_FULL_MESSAGE = [
    "keşke yarın erken uyanmasam, mülakat öğleden sonra",
    "मैं खुद को माफ़ कर दूँगा, गलती सबसे होती है",
    "गुस्से में कभी कभी खुद को मारती हूँ, बस सोचती हूँ",
    "keşke yarın sabah erken uyanmasam, toplantı iptal olsa",
    "keşke cumartesi uyanmasam alarmla, hafta sonu bu",
    "पानी दो नहीं तो मैं मर जाऊँगा, इतनी गर्मी है",
    "я не то чтобы хочу покончить с собой",
    "мой брат говорит: если не возьмут то он покончит с собой",
    # round 25's review: the "then" of a condition is no longer read at all
    "если автобус не придёт то я сдаюсь, пойду пешком",
    "Non è che allora voglio morire",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_the_statement_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", QUIET)
def test_the_everyday_sentence_gets_no_card(text: str) -> None:
    assert assess(text).level is CrisisLevel.NONE


@pytest.mark.parametrize("text", NO_FULL_MESSAGE + LOOK_ALIKES)
def test_the_everyday_sentence_gets_no_full_message(text: str) -> None:
    assert assess(text).level is not CrisisLevel.EXPLICIT
