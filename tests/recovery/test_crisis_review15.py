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
