"""Round 33 (crisis49): ordinary notes given the full message, by their cause (issue 15).

Someone else's attempt told by a writer who says they are fine asks instead of giving the full
message (crisis_others.py); reassurances the phrase lists misread as statements ("kendime zarar
vermek aklımdan bile geçmiyor", "non ho nessuna intenzione di farmi del male", "... ka khayal bhi nahi aata", "عمري ما راح أأذي نفسي") are read as denials.
Each ordinary text got the full message before; each twin, the writer's own statement beside
the same story or reassurance, keeps it. Texts written for this test.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, why

# Someone else's attempt or confided thoughts, and the writer is fine: the question at most.
OTHERS = [
    "Mi prima Lucía está ingresada desde el lunes tras un intento de suicidio. Los médicos dicen "
    "que se recuperará. Yo estoy bien, de verdad, y quiero estar con ella.",
    "Il mio coinquilino Marco è ricoverato da ieri dopo un tentativo di suicidio. Adesso è "
    "stabile. Io sto bene, voglio solo stargli vicino.",
    "Mijn zus heeft een zelfmoordpoging gedaan en ligt in het ziekenhuis. Met mij gaat het goed, "
    "ik wil er voor haar zijn.",
    "Вчера подруга рассказала мне, что думала о самоубийстве, мы вместе сходили к врачу. У меня "
    "всё нормально, просто переживаю за неё. Завтра отправлю резюме.",
    "Brat jest w szpitalu po próbie samobójczej, lekarze mówią, że z tego wyjdzie. Ja się "
    "trzymam, chcę być przy nim. Rozmowę o pracę przełożyłam.",
]

# Reassurances the lists read as statements: the question at most.
REASSURED = [
    "Üç ret daha geldi, sinirliyim. Kendime zarar vermek aklımdan bile geçmiyor, sadece bu "
    "başvuru sisteminden bıktım.",
    "Luca mi ha chiesto se sto bene. Sono arrabbiato con le agenzie, ma non ho nessuna "
    "intenzione di farmi del male. Domani chiamo il centro per l'impiego.",
    "दीदी ने फोन किया कि सब ठीक है न। गुस्सा हूं, पर ख़ुद को नुकसान पहुंचाने का ख़याल भी नहीं "
    "आता। कल फिर अप्लाई करूंगी।",
    "أنا معصب من الشركات بس لا تخافوا، عمري ما راح أأذي نفسي. بكرة عندي مقابلة.",
]

# The twins: the writer's own statement, a means, "too", a wish without its denial.
TWINS = [
    "Mi hermano intentó suicidarse el sábado. Yo estoy bien, pero yo también quiero matarme.",
    "Mi prima Lucía está ingresada tras un intento de suicidio. Yo estoy bien. Ya tengo las "
    "pastillas guardadas para matarme.",
    "Meine Mutter liegt nach einem Suizidversuch im Krankenhaus. Mir geht es gut. Ich will mich "
    "auch umbringen.",
    "Вчера подруга рассказала мне, что думала о самоубийстве. У меня всё нормально. Но я тоже "
    "хочу покончить с собой.",
    "Brat jest w szpitalu po próbie samobójczej. Ja się trzymam, ale też chcę się zabić.",
    "表哥上周自杀未遂。我没事。其实我也想自杀。",
    "Mia cugina ha tentato il suicidio. Io sto bene, ma ho già comprato le pillole per farla "
    "finita anch'io.",
    "Брат намагався накласти на себе руки. Зі мною все добре. Я теж хочу накласти на себе руки.",
    "Weer een afwijzing. Ik ga mezelf iets aandoen, ik kan niet meer.",
    "Kendime zarar vermek istiyorum, her gün aklımda.",
    "Ho intenzione di farmi del male stasera.",
    "ख़ुद को नुकसान पहुंचाने का मन करता है।",
    "راح أأذي نفسي الليلة.",
]


@pytest.mark.parametrize("text", OTHERS + REASSURED)
def test_an_ordinary_note_no_longer_gets_the_full_message(text: str) -> None:
    assert assess(text).level != CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", OTHERS)
def test_someone_elses_attempt_still_asks(text: str) -> None:
    # lowered to the question, never to nothing
    assert assess(text).level == CrisisLevel.SOFT


@pytest.mark.parametrize("text", TWINS)
def test_the_writers_own_statement_keeps_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", [
    # "again", "still" or "lately" about the thoughts keeps the full message
    "Mijn zus heeft een zelfmoordpoging gedaan. Met mij gaat het goed. Ze deed het weer.",
    # the person is the writer: "I" beside a Russian past form
    "Вчера я рассказала подруге, что думала о самоубийстве. У меня всё нормально.",
])
def test_the_others_rule_stays_out(text: str) -> None:
    assert why(text) != "other"
