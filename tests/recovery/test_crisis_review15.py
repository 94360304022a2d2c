"""Review of round 15 (fresh eyes on rounds 14-15's phrase lists).

Review14 narrowed round 14's password family (r14_passwords: passwords written down or left for
someone, with a farewell cue) so that a job search's admin is no farewell. Three of its cuts took
farewells with them, and these statements, which had the full crisis message on main 7e4ba79,
got a gentle question or nothing at all:

- en: `(?<!account )` before "passwords": "Left my bank account passwords in an envelope for my
  sister. I love you all." got NOTHING (the job sites' accounts are already left out by the words
  that follow the passwords: "for the job portal", "on LinkedIn");
- de: "Konto"/"Konten"/"Account" after the passwords ("Die PIN für das Konto liegt in der
  Schublade für meinen Bruder. Tschüss.") (the job centre's account is "Jobcenter-Konto", left
  out by its job word);
- de: "das letzte Mal", "mein letzter Tag" taken for a time of the past like "letzte Woche":
  they are the farewell cue itself (English keeps "last time" as one).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only

FAREWELLS = [
    "Left my bank account passwords in an envelope for my sister. I love you all.",
    "Email account password is written on the fridge for my mum. I love you.",
    "Left my account passwords in an envelope for my sister. I love you all.",
    "Die PIN für das Konto liegt in der Schublade für meinen Bruder. Tschüss.",
    "Passwort für mein Konto für meine Schwester aufgeschrieben, tut mir leid, ich kann nicht mehr.",
    "Das letzte Mal, dass ihr von mir hört. Die Passwörter liegen im Umschlag.",
    "Zum letzten Mal schreibe ich hier. Die Passwörter hab ich für Mama hingelegt.",
    "Mein letzter Tag. Die Passwörter liegen im Umschlag für meine Schwester.",
]


@pytest.mark.parametrize("text", FAREWELLS)
def test_passwords_left_with_a_farewell_keep_the_full_message(text: str) -> None:
    found = rules_only(text)
    assert any("r14_passwords" in s for s in found.signs), found.signs
    assert assess(text).level == CrisisLevel.EXPLICIT


#: Round 15's Russian and Ukrainian families (r15_gone_by, r15_not_live, r15_heart) gave the
#: FULL crisis message to everyday lines of a job search: being away for an interview or on
#: holiday ("К обеду меня уже не будет, уеду на собеседование"), a lie-in ("лечь бы и не вставать
#: до обеда"), losing oneself in work ("раствориться в работе"), a heart hoped NOT to stop, a
#: team that will manage without one who moves to another company.
EVERYDAY_RU_UK = [
    ("К обеду меня уже не будет, уеду на собеседование в другой город.", "r15_gone_by"),
    ("Завтра в 9 меня уже не будет, уезжаю на собеседование.", "r15_gone_by"),
    ("Предупредил начальника: в пятницу меня уже не будет, я ухожу в отпуск.", "r15_gone_by"),
    ("Після обіду мене вже не буде, їду на співбесіду.", "r15_gone_by"),
    ("У п'ятницю мене вже не буде, я у відпустці.", "r15_gone_by"),
    ("лечь бы и не вставать до обеда после этой недели собеседований", "r15_not_live"),
    ("Лягти і не вставати до обіду, така втома після співбесіди.", "r15_not_live"),
    ("Хочу раствориться в работе и забыть про отказ.", "r15_not_live"),
    ("Надеюсь, сердце не остановится от волнения на собеседовании.", "r15_heart"),
    ("Сподіваюсь, серце не зупиниться від хвилювання на співбесіді.", "r15_heart"),
    ("Без меня команде будет проще, я перехожу в другую компанию.", "r15_without_me"),
    ("Без мене команді буде легше, я переходжу в іншу компанію.", "r15_without_me"),
]


@pytest.mark.parametrize(("text", "family"), EVERYDAY_RU_UK)
def test_an_everyday_russian_or_ukrainian_line_is_not_round_15s_statement(text: str,
                                                                          family: str) -> None:
    found = rules_only(text)
    assert not any(family in s for s in found.signs), found.signs
    assert assess(text).level != CrisisLevel.EXPLICIT


#: The statements these families were written for still read (corpora/crisis and their kind).
STATED_RU_UK = [
    ("Когда вы это прочтёте, меня уже не будет.", "r15_gone_by"),
    ("Дала себе срок до Нового года. Если не найду работу, в январе меня уже не будет.",
     "r15_gone_by"),
    ("коли прочитаєте — мене вже не буде. не сваріться через квартиру", "r15_gone_by"),
    ("лечь бы и больше никогда не проснуться", "r15_not_live"),
    ("уснуть бы и не проснуться", "r15_not_live"),
    ("Надеюсь, что сердце просто остановится ночью.", "r15_heart"),
    ("Хочу, щоб серце просто зупинилося уві сні.", "r15_heart"),
    ("Без меня всем будет легче, я им только обуза.", "r15_without_me"),
    ("Без мене всім буде легше.", "r15_without_me"),
]


@pytest.mark.parametrize(("text", "family"), STATED_RU_UK)
def test_round_15s_russian_and_ukrainian_statements_still_read(text: str, family: str) -> None:
    found = rules_only(text)
    assert any(family in s for s in found.signs), found.signs
    assert assess(text).level == CrisisLevel.EXPLICIT


#: Round 15's Dutch word order (r15_inverted) and Hindi "if I'm not here" (r15_not_here) took a
#: job search's plans for the statement: ending "het project" / "het sollicitatiegedoe", pinning
#: oneself "op het prikbord", "if I'm not there tomorrow, take the meeting".
EVERYDAY_NL_HI = [
    ("Vrijdag maak ik een einde aan het sollicitatiegedoe, ik heb een baan!", "r15_inverted"),
    ("Vanavond maak ik een einde aan het project, dan is het af.", "r15_inverted"),
    ("Straks hang ik me op het prikbord van het uitzendbureau, haha.", "r15_inverted"),
    ("कल मैं न रहूं तो मीटिंग तुम ले लेना।", "r15_not_here"),
    ("अगर इंटरव्यू के दिन मैं न रहूं तो प्लीज़ मुझे कॉल कर देना।", "r15_not_here"),
]


@pytest.mark.parametrize(("text", "family"), EVERYDAY_NL_HI)
def test_an_everyday_dutch_or_hindi_line_is_not_round_15s_statement(text: str,
                                                                    family: str) -> None:
    found = rules_only(text)
    assert not any(family in s for s in found.signs), found.signs
    assert assess(text).level != CrisisLevel.EXPLICIT


STATED_NL_HI = [
    ("Vanavond maak ik een einde aan mijn leven.", "r15_inverted"),
    ("Morgen maak ik er een einde aan het, niemand mist me.", "r15_inverted"),
    ("Vanavond hang ik me op in de schuur.", "r15_inverted"),
    ("मैं न रहूं तो सबको चैन मिलेगा।", "r15_not_here"),
    ("मैं न रहूँ तो उनका एक बोझ कम होगा। सबके लिए अच्छा होगा", "r15_not_here"),
]


@pytest.mark.parametrize(("text", "family"), STATED_NL_HI)
def test_round_15s_dutch_and_hindi_statements_still_read(text: str, family: str) -> None:
    found = rules_only(text)
    assert any(family in s for s in found.signs), found.signs
    assert assess(text).level == CrisisLevel.EXPLICIT


#: An account's password written down for oneself stays no farewell (review14's intent): only
#: one left for someone, in an envelope or on the fridge, or just in case, reads.
ACCOUNT_ADMIN = [
    "Sorry for the rant yesterday. Wrote my new account passwords in my notebook today.",
    "Updated my LinkedIn account password and wrote it in my notebook. Sorry, boring day.",
    "Got a letter from the bank, reset my account password and wrote it down.",
    "Reset the Indeed account password and wrote it down, sorry future me.",
]


@pytest.mark.parametrize("text", ACCOUNT_ADMIN)
def test_an_account_password_written_down_for_oneself_is_no_farewell(text: str) -> None:
    found = rules_only(text)
    assert not any("r14_passwords" in s for s in found.signs), found.signs
    assert assess(text).level != CrisisLevel.EXPLICIT


#: The same in German: an account's password or PIN noted for oneself, "letztes Mal" as a past
#: time, stay no farewell.
KONTO_ADMIN = [
    "Tut mir leid für gestern. Hab heute das neue Passwort für mein Konto ins Notizbuch "
    "geschrieben.",
    "Neues Passwort für das Konto bei der Bank notiert, entschuldige die Faulheit.",
    "Letzte Mal hab ich das Passwort vergessen, jetzt hab ich es aufgeschrieben.",
]


@pytest.mark.parametrize("text", KONTO_ADMIN)
def test_a_konto_password_noted_for_oneself_is_no_farewell(text: str) -> None:
    found = rules_only(text)
    assert not any("r14_passwords" in s for s in found.signs), found.signs
    assert assess(text).level != CrisisLevel.EXPLICIT
