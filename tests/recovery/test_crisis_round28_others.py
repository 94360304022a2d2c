"""Round 28: someone else's attempt, crisis or call, told in the third person (crisis_told.py).

A long journal entry that tells a friend's attempt ("Marco ha tentato il suicidio"), a helpline
caller's words ("powiedziała mi, że chce się zabić") or a cousin's news ("intihar girişiminde
bulunmuş") got the full message, as if the writer had said it. Now that phrase is someone else's:
the question at most. The writer's own statement beside it keeps the full message, and so does
"my friend and I both want to die". Every text here was written for this test (not taken from
any corpus).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

FULL = CrisisLevel.EXPLICIT

# Someone else's attempt or words, told: each got the full message before round 28.
SOMEONE_ELSES = [
    "Ieri sera mi ha telefonato sua madre: Marco ha tentato il suicidio, ora è in ospedale e "
    "stiamo tutti andando a trovarlo.",
    "Jedna dziewczyna z pracy powiedziała mi, że chce się zabić, bo straciła mieszkanie; "
    "zadzwoniłam po pomoc.",
    "Вчера позвонила соседка, она сказала, что хочет покончить с собой после увольнения, я "
    "вызвала помощь.",
    "Подзвонила сусідка, вона сказала, що хоче покінчити з собою після звільнення; я була з нею "
    "до ранку.",
    "Sabah kuzenim aradı: Ayşe dün gece intihar girişiminde bulunmuş, hastanedeymiş.",
    "今天接到一个电话，一位四十多岁的阿姨，刚被裁员，说不想活了。我陪她聊了一个小时。",
]

# The writer's own statement beside someone else's, or the writer with them: the full message.
WRITERS_OWN = [
    "Marco ha tentato il suicidio ieri. E io stanotte voglio morire, non ce la faccio più.",
    "Koleżanka mówiła, że chce się zabić. Ja też chcę się zabić, mam dość.",
    "Соседка сказала, что хочет умереть. А я хочу покончить с собой сегодня.",
    "Я сказала психологу, что хочу покончить с собой.",
    "Я сказала, що хочу покінчити з собою.",
    "Ayşe intihar girişiminde bulunmuş. Ben de ölmek istiyorum, artık dayanamıyorum.",
    "Dün gece intihar girişiminde bulundum.",
    "一位阿姨说不想活了。我也不想活了。",
    "说实话，我真的不想活了。",
    "Ma voisine m'a dit qu'elle pensait au suicide. Moi aussi je veux mourir ce soir.",
    "Una chica dijo que quiere morir. Yo también quiero morir, no aguanto más.",
    "O Pedro tentou se matar. Eu também quero morrer, já não aguento.",
    "Een beller vertelde dat hij zelfmoord wilde plegen. Ik wil zelf ook dood.",
    "صديقي قال انه يريد الانتحار. وانا كمان بدي انتحر الليلة.",
    # what someone else says about suicide is a topic, not their crisis
    "Mama mówi, że samobójstwo to tchórzostwo. Trudno, nie zmienię zdania, termin już wybrałam.",
    # my friend and I
    "Arkadaşım ve ben ölmek istiyoruz, ikimiz de.",
    "My friend and I both want to die.",
    "Il mio amico e io vogliamo morire, tutti e due.",
    "Mon ami et moi, on veut mourir tous les deux.",
]


@pytest.mark.parametrize("text", SOMEONE_ELSES, ids=lambda t: t[:30])
def test_someone_elses_attempt_told_is_not_the_full_message(text: str) -> None:
    check = assess(text)
    assert check.level != FULL, (text, check.signs)


@pytest.mark.parametrize("text", WRITERS_OWN, ids=lambda t: t[:30])
def test_the_writers_own_statement_keeps_the_full_message(text: str) -> None:
    check = assess(text)
    assert check.level == FULL, (text, check.signs)
