"""Round 25 (crisis28): whose phrase it is when someone else is named just before it.

A "he", "she" or a relative up to 40 characters before a phrase made it someone else's (the
question), even when the phrase had the writer's own subject after a clause of time or cause:
"depuis qu'elle est morte je veux me suicider" got only the question in 13 languages. The
phrase's own grammar decides now (crisis_subject.py): these statements get the full message, and
a phrase whose own subject is the other person, or that is reported, quoted or sung, does not.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

THE_WRITERS_OWN = [
    "depuis qu'elle est morte je veux me suicider",
    "seit er tot ist will ich sterben",
    "weil er mich verlassen hat will ich nicht mehr leben",
    "desde que ella murió quiero suicidarme",
    "desde que ela morreu quero me matar",
    "da quando lei è morta voglio uccidermi",
    "sinds hij dood is wil ik zelfmoord plegen",
    "od kiedy on umarł ja chcę się zabić",
    "с тех пор как он умер я хочу покончить с собой",
    "відколи він помер я хочу покінчити з собою",
    "o öldüğünden beri ölmek istiyorum",
    "منذ أن ماتت أمي أريد أن أموت",
    "जब से वो गई है मैं मरना चाहता हूँ",
    "自从他走了我就想自杀",
]

SOMEONE_ELSES = [
    "seit er tot ist will er sterben",
    "seit mein Bruder arbeitslos ist will er sterben",
    "seit mein Bruder sagt ich will sterben lacht keiner",
    "cuando mi hermano dice que yo quiero morir, miente",
    "desde que mi hermano perdió el trabajo quiere suicidarse",
    "sinds hij dood is wil zijn vriendin zelfmoord plegen",
    "с тех пор как он умер она хочет покончить с собой",
    "o öldüğünden beri ölmek istiyorum diye ağlıyor",
    "自从他走了他就想自杀",
    "自从他走了妈妈说我想自杀",
    "quand mon frère chante je veux mourir on rit tous",
]


@pytest.mark.parametrize("text", THE_WRITERS_OWN)
def test_the_writers_own_phrase_after_someone_else_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", SOMEONE_ELSES)
def test_a_phrase_whose_own_subject_is_someone_else_is_not_the_writers(text: str) -> None:
    assert assess(text).level is CrisisLevel.SOFT


# crisis28b: round 25's review found someone else's speech and an "I" near the phrase taken as
# the writer's. The phrase is the writer's only when the person is the subject of the opened
# clause, no verb of speech, quote mark or colon stands between, and the writer's own subject
# stands right before the phrase (or is its verb's own first-person form).
SPOKEN_OR_ANOTHERS = [
    "quand elle boit elle hurle je veux mourir",
    "seit er trinkt brüllt er ich will sterben",
    "seit mein vater tot ist glaube ich mama will sterben",
    "desde que mi padre bebe grita quiero morir",
    "da quando mio padre beve urla voglio morire",
    "sinds hij drinkt schreeuwt hij ik wil dood",
    "с тех пор как он пьёт он кричит я хочу умереть",
    "від коли він п'є він кричить я хочу померти",
    "babam kovulduktan sonra ölmek istiyorum! diye bağırdı",
    "他喝醉了以后就喊我想死",
    "depuis qu'elle est partie elle chantait je veux mourir",
]


@pytest.mark.parametrize("text", SPOKEN_OR_ANOTHERS)
def test_someone_elses_words_or_subject_do_not_get_the_full_message(text: str) -> None:
    assert assess(text).level is not CrisisLevel.EXPLICIT
