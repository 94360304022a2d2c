"""Round 32 (fix32c): the review of round 32's crisis changes (crisis45, crisis46), both ways.

Each LOWERED text got the full message on main 19e82d4 and lost it on the branch start
(62225eaa); each RAISED text got less than the full message on main and got it at the branch
start. Each now gets what main gave, or more (LOWERED) or no more than main (RAISED). The
INTENDED texts are the statements the round-32 rules were written for, and keep their reading.
Texts written for this test (most are the reviewer's inputs), none taken from any corpus.

- 1.1 "I'm happy" put a wish that went on since ("every day since", "seitdem", "到现在") or joy
  others see ("everyone thinks I'm happy") behind the writer (crisis_past_well).
- 1.2 the "is killing me" idiom span ran over the writer's own wish in unpunctuated text
  (crisis_phrases.FALSE_ALARMS, es.txt [idiom]).
- 1.3 the dose rule read job search and ordinary dosing (global.txt r32_means_dose).
- 1.4 the treatment-stopped rule read a job as the treatment (global.txt
  r32_means_treatment_stopped).
- 1.5 the Turkish prayer rule read a prayer to be hired (tr.txt r32_god_take).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only

RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}

# the full message on main, lost at the branch start
LOWERED = [
    # 1.1
    ("en", "Everyone thinks I'm happy. Two years ago I tried to kill myself, and I've wanted to die every day since."),
    ("en", "Two years ago I wanted to kill myself, and since then I want to die every single day. I'm happy."),
    ("en", "Two years ago I wanted to kill myself, every day since then I want to die. Life is good."),
    ("en", "I pretend I'm happy. Three years ago I wanted to die, and honestly nothing has changed"),
    ("en", "2 years ago i wanted to kill myself and i never stopped wanting to. i'm happy."),
    ("zh", "三年前我就想死了，到现在每天都想死。我跟别人说我很好。"),
    ("es", "Hace dos años quería morir y desde entonces cada día quiero morir. Estoy feliz."),
    ("de", "Vor zwei Jahren wollte ich sterben und seitdem will ich jeden Tag sterben. Mir geht's richtig gut."),
    ("fr", "Il y a deux ans je voulais mourir et depuis je veux mourir chaque jour. Je suis heureuse."),
    ("ru", "Два года назад я хотела умереть, и с тех пор каждый день хочу умереть. Я просто счастлива."),
    # 1.2
    ("en", "this portal i wanna die it is killing me"),
    ("es", "la fila quiero morirme ya me esta matando"),
]

# less than the full message on main, the full message (or more than main) at the branch start
RAISED = [
    # 1.3
    ("en", "I've been searching for jobs in medicine for months and there are never enough openings.", CrisisLevel.SOFT),
    ("en", "how many ibuprofen is enough for a hangover before the assessment centre", CrisisLevel.NONE),
    ("en", "How much insulin is enough for a 30g carb lunch before my interview?", CrisisLevel.NONE),
    ("en", "I googled the medication policy at the company, is a week enough notice?", CrisisLevel.NONE),
    # 1.4
    ("en", "I deliberately quit my job at the dialysis clinic.", CrisisLevel.NONE),
    ("en", "I intentionally skipped the chemo ward rotation question on the form.", CrisisLevel.NONE),
    ("fr", "Je suis infirmière en chimio, j'ai arrêté volontairement ce poste.", CrisisLevel.NONE),
    ("en", "I applied for a transplant coordinator role but deliberately skipped the cover letter.", CrisisLevel.NONE),
    # 1.5
    ("tr", "Allahım beni artık işe al", CrisisLevel.NONE),
    ("tr", "Allahım beni gece vardiyasına al", CrisisLevel.SOFT),
]

# what the round-32 rules were written for: the full message
INTENDED_EXPLICIT = [
    ("en", "Two years ago I wanted to die. I'm happy, everyone says. I want to die tonight."),
    ("en", "Three years ago I wanted to die and now i want to die. i'm happy."),
    ("en", "how many sleeping pills would be enough to not wake up"),
    ("en", "how many pills is enough for me to not wake up"),
    ("en", "searched pills enough to not wake up"),
    ("en", "On purpose I stopped my insulin."),
    ("en", "I'm a dialysis nurse and I deliberately stopped my own insulin"),
    ("fr", "J'ai arrêté volontairement mon insuline, je suis infirmière."),
    ("es", "Dejé la insulina a propósito, quiero que se acabe."),
    ("tr", "Allahım beni bu gece uykumda al."),
    ("tr", "Rabbim beni artık yanına al."),
    ("tr", "Allahım beni artık al"),
]

# what the round-32 rules were written for: no full message
INTENDED_NOT_EXPLICIT = [
    ("en", "Three years ago I didn't want to live. Today I got an interview and I'm actually excited."),
    ("fr", "Il y a trois ans je voulais mourir. Aujourd'hui j'ai signé mon CDI et je suis heureuse."),
    ("en", "this commute to the interview is killing me"),
    ("es", "esta fila del SAT me esta matando"),
]


@pytest.mark.parametrize(("lang", "text"), LOWERED, ids=lambda t: str(t)[:30])
def test_a_wish_lowered_by_round_32_gets_the_full_message_again(lang: str, text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT, (lang, text)


@pytest.mark.parametrize(("lang", "text", "most"), RAISED, ids=lambda t: str(t)[:30])
def test_ordinary_text_raised_by_round_32_gets_no_more_than_main(lang: str, text: str,
                                                                  most: CrisisLevel) -> None:
    assert RANK[assess(text).level] <= RANK[most], (lang, text)
    assert rules_only(text).level != CrisisLevel.EXPLICIT, (lang, text)


def test_the_spanish_idiom_keeps_the_writers_wish_among_the_signs() -> None:
    # 1.2: on main es:want_die was read; the idiom span had swallowed it
    signs = rules_only("el jefe me trata fatal quiero morirme esto me esta matando").signs
    assert any(s.startswith("es:want_die") for s in signs)


@pytest.mark.parametrize(("lang", "text"), INTENDED_EXPLICIT, ids=lambda t: str(t)[:30])
def test_what_the_rules_were_written_for_keeps_the_full_message(lang: str, text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT, (lang, text)


@pytest.mark.parametrize(("lang", "text"), INTENDED_NOT_EXPLICIT, ids=lambda t: str(t)[:30])
def test_what_the_rules_were_written_for_still_gets_no_full_message(lang: str, text: str) -> None:
    assert assess(text).level != CrisisLevel.EXPLICIT, (lang, text)
