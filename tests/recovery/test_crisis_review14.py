"""Review of round 14: "not the job search. Life." (r14_not_job_but_life) read any life word
within 40 characters of a denied job as that statement, so everyday lines of a job search got
the full crisis message ("It's not the job I wanted, but life goes on.", "Not a great job, but
I'm grateful for everything I learned."). The statement names life (or everything) in a short
clause of its own after the denial ("Not of the job search. Of everything."); the life word
now has to be that: at most three words after a break, and the clause's end."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only

EVERYDAY = [
    "It's not the job I wanted, but life goes on.",
    "Not the job for me, I want more balance in life.",
    "Not a great job, but I'm grateful for everything I learned.",
    "Ich hab mich nicht für den Job beworben, alles ist gut.",
    "No es el trabajo que quería, pero la vida sigue.",
    "Ce n'est pas le travail idéal, mais la vie continue.",
    "Non è il lavoro dei sogni, ma la vita va avanti.",
    "Não é o emprego que eu queria, mas a vida segue.",
    "Het is niet de baan die ik wilde, maar het leven gaat door.",
]


def _not_this_statement(text: str, family: str) -> None:
    """Neither round 14's family nor the whole check reads the text as explicit."""
    found = rules_only(text)
    assert not any(family in s for s in found.signs), found.signs
    assert found.level != CrisisLevel.EXPLICIT, found
    assert assess(text).level != CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_everyday_line_with_a_job_and_life_in_it_is_not_this_statement(text: str) -> None:
    _not_this_statement(text, "r14_not_job_but_life")


#: The statement as the helpers wrote it (corpora/crisis), with the breaks of other scripts.
STATED = [
    "I'm honestly ready to check out. Not of the job search. Of everything.",
    "I'm so tired of existing. not the job thing, all of it. I want to sleep",
    "gave up today. not on the job hunt, on everything",
    "Chyba już czas, żebym odszedł. Nie z firmy, bo żadnej nie mam. Odszedł naprawdę.",
    "صرت فكّر جدياً إني خلّص من حالي. مش من الشغل، من كل شي.",
    "nobody is hiring a 58 year old. i'm done with this life, not just the job search. the life",
    "envie de me sauver pour de bon. pas partir en voyage, me sauver de moi, de tout.",
]


@pytest.mark.parametrize("text", STATED)
def test_the_statement_itself_is_still_read(text: str) -> None:
    found = rules_only(text)
    assert any("r14_not_job_but_life" in s for s in found.signs), found.signs
    assert found.level == CrisisLevel.EXPLICIT, found


#: "Passwords written down or left for someone, with a farewell cue" (r14_passwords) took a
#: job search's own words for the cue ("cover letter", "rejection letter", "car insurance") and
#: the job sites' passwords for the ones left behind: the full message for a day's admin.
JOB_ADMIN = [
    "Wrote the cover letter tonight and put all the job portal passwords in my notebook.",
    "Finished my cover letter for the bank job. Also wrote down my passwords for the three job "
    "sites, I keep forgetting them.",
    "Sorted my car insurance today and wrote my new passwords in a notebook. Productive day!",
    "Walked the dog, then wrote down all the passwords for the recruitment portals.",
    "Got a rejection letter today. At least I sorted out my passwords for the job boards.",
    "Sorry for the rant yesterday. Today I wrote the passwords for every job site on one page.",
    "Letzte Woche hab ich alle Passwörter für die Jobportale aufgeschrieben.",
    "Hab heute das Anschreiben verschickt und die PIN für das Jobcenter-Konto notiert. "
    "Entschuldigung an mich selbst für die Faulheit gestern.",
]


@pytest.mark.parametrize("text", JOB_ADMIN)
def test_job_sites_passwords_beside_a_cover_letter_are_not_a_farewell(text: str) -> None:
    _not_this_statement(text, "r14_passwords")


LEFT_BEHIND = [
    "wrote all my passwords on a card for my sister and put it in the drawer. i'm sorry for "
    "everything",
    "I left a letter and my passwords for my brother in the envelope on the fridge.",
    "the life insurance papers are in the drawer and I wrote down my pin numbers for mum",
    "ich hab alle passwörter für meinen bruder aufgeschrieben. das ist mein letzter eintrag",
]


@pytest.mark.parametrize("text", LEFT_BEHIND)
def test_passwords_left_for_someone_with_a_farewell_are_still_read(text: str) -> None:
    found = rules_only(text)
    assert any("r14_passwords" in s for s in found.signs), found.signs
    assert found.level == CrisisLevel.EXPLICIT, found
