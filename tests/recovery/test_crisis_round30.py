"""Round 30 (crisis42): German statements the phrase lists missed for their form.

The retired rounds 8-19 (development data) held German statements that the listed families
missed only for their grammar, not for a new kind: a word between the listed words ("ohne mich
echt besser dran"), the zu-infinitive ("für immer zu verschwinden") or the other word order
("Schluss machen mit allem"). Each got a general form in de.txt ("Round 30"). The look-alikes (a
task finished, a pet's medicine, a swim, a denial; Hindi ones too, from the Hindi forms tried
and taken out: they raised test_crisis_review25's look-alikes) must not get the full message.

Every text here was written for this test (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

STATEMENTS = [
    # German
    "Ich überlege ernsthaft, für immer zu verschwinden.",
    "Meine Eltern wären ohne mich wirklich besser dran.",
    "Ich möchte einfach Schluss machen mit allem.",
    "Ich will ehrlich gesagt nur noch den Löffel abgeben.",
    "Wofür soll ich eigentlich noch leben?",
    "Ich wünschte, ich könnte einschlafen und alles wäre vorbei.",
    "Ich habe nicht vor, noch lange am Leben zu bleiben.",
    "Wenn mich morgen ein Lkw erwischt, wär's mir recht.",
    "Hab nachgeschaut, welche Tabletten in großer Menge tödlich sind.",
    "Stand am Bahnsteig und hab überlegt zu springen.",
]

LOOK_ALIKES = [
    "sab khatam kar dena chahta hoon is project ko aaj raat tak",
    "इस हफ्ते सब कुछ खत्म कर देना चाहता हूं, फाइलें बहुत हैं",
    "कल सुबह उठूं ही नहीं तो अलार्म बंद कर देना, छुट्टी है",
    "मेरे बिना भी टीम अच्छा कर रही है, अच्छी बात है",
    "मैं आत्महत्या के बारे में नहीं सोचता, बस थक गया हूं",
    "तीन साल पहले आत्महत्या के बारे में भी सोचा था, अब ठीक हूं",
    "Heute Schluss machen mit allem Papierkram, dann Wochenende!",
    "Ich wünschte, ich könnte einschlafen und die Woche wäre vorbei.",
    "Welche Tabletten für Katzen tödlich sind, steht auf der Packung.",
    "Am See vom Steg überlegt zu springen, das Wasser war aber zu kalt.",
    "Ich will nach dem Umzug für immer in Hamburg bleiben.",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_round30_statements_get_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT, text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_round30_look_alikes_never_get_the_full_message(text: str) -> None:
    assert assess(text).level != CrisisLevel.EXPLICIT, text
