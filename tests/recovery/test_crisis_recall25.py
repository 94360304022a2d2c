"""Round 25 (crisis28): forms of statements that the retired rounds 10 and 11 showed missing in
the weakest languages, written for the test (not copied from any corpus), and everyday sentences
with the same words that must stay quiet.

- The "then" of a condition ends it: "if this one does not come through, then I'll kill myself"
  had its "not" read as the phrase's (crisis_multi.THEN).
- Inflections and word orders: the conditional past of "better off without me" in Turkish,
  "ze sobą skończyć" in Polish, a comma and 家里人 in Chinese, an adverb of time inside the Hindi
  "thinking about suicide", the Egyptian future "هخلص على نفسي".
- Kinds as each language says them: a wish to sleep and not wake (Modern Standard Arabic, Hindi
  "उठूँ ही नहीं", Turkish "uyanmasam"), why live at all (Polish, Dutch), no meaning in living
  (Turkish, Chinese), leaving this world (Hindi), logging out of life (Polish), taking one's own
  life (French "m'enlever la vie"), not wanting to be there any more (Dutch), "without me they
  would rest" (Arabic), "it would be good if I were not here" and "I'll kill myself" in the
  future (Hindi).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

STATEMENTS = [
    # the "then" of a condition
    "अगर इस बार भी सिलेक्शन ना हुआ तो मैं खुद को खत्म कर दूँगा",
    "agar ye job nahi mili to main khud ko khatam kar lunga",
    "если не возьмут то я покончу с собой",
    "якщо не візьмуть то я покінчу з собою",
    "wenn ich die Stelle nicht bekomme dann bringe ich mich um",
    "si no me llaman entonces me mato",
    # inflections and word orders
    "Ailem bensiz daha rahat ederdi, sadece yüküm.",
    "ben olmasam onlar için her şey daha iyi olurdu",
    "Chcę ze sobą skończyć, nie z szukaniem pracy.",
    "没有我，家里人会过得更好。",
    "我要是不在了，大家都轻松了",
    "爸媽沒有我應該會更輕鬆吧",
    "आत्महत्या के बारे में हर रोज़ सोचता हूँ",
    "khudkhushi ke baare mein roz sochta hoon",
    "لو الشغل ده ما جاش هخلص على نفسي",
    # kinds as each language says them
    "أتمنى أن أنام ولا أستيقظ أبداً",
    "بتمنى ما فيق بكرا",
    "لم أعد أرغب في الاستيقاظ",
    "काश रात को सोऊँ और सुबह उठूँ ही नहीं",
    "बस चाहती हूँ कि कल सुबह उठूँ ही नहीं",
    "keşke yarın sabah uyanmasam, her şey bitse",
    "bazen uyuyup bir daha hiç uyanmamayı düşünüyorum",
    "po co w ogóle żyć",
    "waarom zou ik eigenlijk nog leven",
    "yaşamanın hiçbir anlamı kalmadı",
    "活着没什么意思了",
    "अब इस दुनिया से चले जाने का मन करता है",
    "mere bina ghar walon ki life better hogi",
    "chyba się wyloguję z życia, serio",
    "chyba się zawinę z tego świata",
    "chu pu capable, j'ai envie de m'enlever la vie",
    "j'vais m'enlever la vie si ça continue",
    "Encore un refus. J'aimerais juste pu me réveiller le matin.",
    "أمي دفعت الإيجار مرة ثانية. بدوني بيرتاحون، أنا بس مصاريف",
    "मैं खुद को मार लूँगा",
    "मेरे घरवालों के लिए अच्छा होगा अगर मैं न रहूँ, बस बोझ हूँ",
    "Ik wil er gewoon niet meer zijn. Niet op LinkedIn, nergens.",
]

# Everyday sentences with the same words: no card at all.
QUIET = [
    "هخلص الشغل على نفسي الليلة",
    "po co żyć w ciągłym stresie, zmieniam branżę",
    "wylogowałam się z życia towarzyskiego na czas sesji",
    "ce boulot va m'enlever la vie",
    "j'aimerais pu me réveiller à 5h pour la job",
    "بدوني الفريق بيرتاحوا شوية من الاجتماعات",
    "अच्छा होगा अगर मैं न रहूँ तो मीटिंग जल्दी खत्म होगी",
    "अच्छा होगा अगर मैं न रहूँ वहां, वो लोग अजीब हैं",
    "आज तीन इंटरव्यू दिए, सोने जा रहा हूँ",
]

# Everyday sentences with the same words that may get the question (a model's or an older rule's,
# as before this round) but never the full message.
NO_FULL_MESSAGE = [
    "keşke yarın erken uyanmasam, mülakat öğleden sonra",
    "bu şehirde yaşamanın anlamı kalmadı, taşınıyoruz",
    "waarom zou ik nog in Amsterdam blijven wonen zonder baan",
    "waarom zou ik nog leven in deze dure stad",
    "आत्महत्या के बारे में वो सोचता है",
    "पानी दो नहीं तो मैं मर जाऊँगा, इतनी गर्मी है",
    "я не то чтобы хочу покончить с собой",
    "мой брат говорит: если не возьмут то он покончит с собой",
    "Sąsiadka po śmierci męża mówiła, że nie ma po co żyć.",
    "爸妈没有我也能过得很好，他们去旅游了",
    "لا أريد أن أستيقظ مبكراً غداً",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_the_statement_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", QUIET)
def test_the_everyday_sentence_gets_no_card(text: str) -> None:
    assert assess(text).level is CrisisLevel.NONE


@pytest.mark.parametrize("text", NO_FULL_MESSAGE)
def test_the_everyday_sentence_gets_no_full_message(text: str) -> None:
    assert assess(text).level is not CrisisLevel.EXPLICIT
