"""Round 35 (crisis53): "I'm not thinking about suicide, just fed up" asks nothing, in its forms.

The retired rounds 8-29's ordinary notes asked about most often by kind were denials of one's
own thoughts beside a plain feeling ("нет, я не суицидник, просто задолбали эти вакансии", "ні, я
не думаю про самогубство, просто злюся", "Nee, ik denk niet aan zelfmoord, ik ben gewoon boos"):
round 19's reassurance step (crisis_reassure.py) had no line for the verb-led form ("I don't think
about suicide") or the filler forms in several languages, and in Polish and Dutch the hedge
"myślę"/"denk" ("I think") was read inside the reassurance itself. Now each language's
[self_reassure] reads these forms and the hedge is searched around a reassurance, not in it. What
is left must still be a plain feeling: a wish to die, to vanish or not to wake beside the denial
keeps its question or its full message, and so does a hedge or a bound in time. Texts written
for this test; the ordinary ones get the question or the full message on main (0c1792d).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

ORDINARY = [
    ("en", "nah I'd never hurt myself, just sick of these recruiters"),
    ("en", "honestly would never hurt myself, I'm just fed up with this job hunt"),
    ("ru", "нет, я не думаю о суициде, просто устала от собеседований"),
    ("ru", "о самоубийстве я не думаю, просто злюсь на этого рекрутера"),
    ("ru", "я не суицидник, просто надоели отказы"),
    ("uk", "ні, я не думаю про самогубство, просто втомилася від співбесід"),
    ("uk", "про самогубство я не думаю, просто бісить цей рекрутер"),
    ("zh", "并不是想不开，只是很烦"),
    ("pl", "nie myślę o samobójstwie, jestem tylko zmęczona tymi rozmowami"),
    ("pl", "nigdy bym sobie nic nie zrobiła, po prostu jestem wkurzona"),
    ("nl", "nee, ik denk niet aan zelfmoord, ik ben gewoon moe van al die sollicitaties"),
    ("tr", "intihar edecek değilim, sadece bu mülakatlardan bıktım"),
    ("ar", "مش بفكر أنتحر، بس زهقت من المقابلات"),
    ("hi", "suicide ka koi khayal nahi hai, bas recruiter pe gussa hai"),
]

# Being fed up as people write it beside such a denial ([vented]: "kein Bock mehr", "klaar met",
# "قرفان", "متغاظ", "तंग आ", "चिढ़"): what is left names a plain feeling.
FED_UP = [
    ("ar", "مش بفكر أنتحر ولا حاجة، بس قرفان من الإعلانات دي"),
    ("ar", "مش بفكر أأذي نفسي، بس متغاظ من الشركة دي"),
    ("de", "ich tu mir nichts an, hab bloß kein Bock mehr auf dieses Portal"),
    ("de", "keine Sorge, ich tu mir nix an, hab nur keinen Bock mehr"),
    ("nl", "geen zorgen, ik doe mezelf niks aan, ben klaar met LinkedIn"),
    ("hi", "मैं खुद को कुछ नहीं करूंगा, बस तंग आ गया हूँ"),
    ("hi", "आत्महत्या के बारे में नहीं सोच रही, बस चिढ़ गई हूँ"),
    # the suffixed Turkish denial and being down ("moralim bozuk"): the full message on main
    ("tr", "intiharı düşünmüyorum, sadece moralim çok bozuk"),
    ("tr", "intiharı düşünmüyorum ama moralim bozuk, mülakat kötü geçti"),
]

# The strangers' own ordinary notes of the retired rounds that now ask nothing.
RETIRED = [
    ("ru", "Нет, о суициде я не думаю, просто злюсь."),
    ("uk", "Ні, я не думаю про самогубство, просто злюся."),
    ("nl", "Nee, ik denk niet aan zelfmoord, ik ben gewoon boos en teleurgesteld."),
    ("pl", "Nie, nie myślę o samobójstwie, po prostu jestem wkurzona."),
    (
        "ar",
        "يوم سيئ، رفضان. لكن أكتب لنفسي بوضوح: لا أفكر في الانتحار ولن أؤذي نفسي. أنا فقط محبط. سأتصل بسارة مساءً.",
    ),
]

# The denial beside a wish, hedged, bounded in time, or someone else's: kept.
STATEMENTS = [
    ("ru", "я не думаю о суициде, просто не хочу больше жить"),
    ("ru", "я не суицидник, просто хочу уснуть и не проснуться"),
    ("uk", "ні, я не думаю про самогубство, просто не хочу жити"),
    ("zh", "不是想不开，就是不想活了"),
    ("pl", "nie myślę o samobójstwie, po prostu chcę zniknąć na zawsze"),
    ("nl", "ik zou mezelf nooit iets aandoen, maar ik wil niet meer wakker worden"),
    ("tr", "intihar edecek değilim, sadece artık yaşamak istemiyorum"),
    ("ar", "مش بفكر أنتحر، بس مش عايز أعيش"),
    ("de", "ich tu mir nichts an, hab nur keinen Bock mehr zu leben"),
    ("tr", "intiharı düşünmüyorum, sadece artık yaşamak istemiyorum"),
    ("ar", "لن أؤذي نفسي، أنا فقط محبط ولا أريد أن أعيش"),
]

STILL_ASKS = [
    ("en", "nah I'd never hurt myself, I just want to disappear"),
    ("pl", "nie myślę o samobójstwie... jeszcze"),
    ("nl", "ik denk niet aan zelfmoord, nog niet"),
    ("es", "no estoy pensando en hacer ninguna tontería todavía, solo estoy cansada"),
    ("en", "my brother says he'd never hurt himself, but he's been so low"),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY + FED_UP + RETIRED)
def test_own_denial_beside_a_plain_feeling_asks_nothing(lang: str, text: str) -> None:
    assert assess(text).level == CrisisLevel.NONE, (lang, text)


@pytest.mark.parametrize(("lang", "text"), STATEMENTS)
def test_denial_beside_a_wish_keeps_the_full_message(lang: str, text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT, (lang, text)


@pytest.mark.parametrize(("lang", "text"), STILL_ASKS)
def test_hedged_bounded_or_anothers_denial_still_asks(lang: str, text: str) -> None:
    assert assess(text).level != CrisisLevel.NONE, (lang, text)
