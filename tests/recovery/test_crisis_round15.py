"""Round 15: tonight, a plea for secrecy and a plan keep a laugh from lowering a statement.

A reviewer found that "it's fine lol i'm going to kill myself tonight, don't tell anyone" got
only the question: the laugh rule (crisis_soften.py) read the "lol" as hyperbole. A time hours
away and a plea that nobody be told are what a plan sounds like (crisis_urgent.py). Each
statement below got the question on main, in each of the 14 languages; each harmless text beside
them (tonight in another sentence, a secret about a job, an idiom) must stay where it was.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_urgent import SECRET, TONIGHT, urgent

# The reviewer's case: a laugh, tonight and "don't tell anyone".
BOTH = [
    "it's fine lol i'm going to kill myself tonight, don't tell anyone",
    "tranqui jaja esta noche me voy a matar, no se lo digas a nadie",
    "alles gut lol ich bring mich heute nacht um, sag es niemandem",
    "ça va mdr je vais me tuer ce soir, ne le dis à personne",
    "tá tudo bem kkkk vou me matar hoje à noite, não conta pra ninguém",
    "tutto ok ahahah stanotte mi ammazzo, non dirlo a nessuno",
    "gaat prima haha ik ga vannacht zelfmoord plegen, zeg het tegen niemand",
    "spoko xd dziś w nocy się zabiję, nikomu nie mów",
    "iyiyim ya haha bu gece kendimi öldüreceğim, kimseye söyleme",
    "всё норм ахах сегодня ночью я убью себя, никому не говори",
    "все норм ахах сьогодні вночі я вб'ю себе, нікому не кажи",
    "عادي هههه الليلة رح انتحر، لا تقول لحدا",
    "sab theek hai lol aaj raat main khud ko maar dunga, kisi ko mat batana",
    "没事哈哈 今晚我就去自杀，别告诉任何人",
]

# Tonight alone, in the sentence of the statement.
TONIGHT_ONLY = [
    "lol i'm gonna kill myself tonight",
    "jajaja me mato esta noche",
    "haha heute nacht bring ich mich um",
    "mdr ce soir je me tue",
    "kkkkk hoje à noite eu me mato",
    "ahahah stanotte mi ammazzo",
    "haha vannacht pleeg ik zelfmoord",
    "xd dziś w nocy się zabiję",
    "haha bu gece kendimi öldüreceğim",
    "ахах этой ночью я убью себя",
    "ахах цієї ночі я вб'ю себе",
    "هههه الليلة رح انتحر",
    "lol aaj raat khud ko maar dunga",
    "哈哈 今晚我就自杀",
]

# A plea for secrecy alone.
SECRET_ONLY = [
    "kms lol don't tell anyone",
    "me voy a matar jajaja, que nadie se entere",
    "ich bring mich um haha, erzähl es niemandem",
    "je vais me tuer mdr, n'en parle à personne",
    "vou me matar kkkk, não fala pra ninguém",
    "mi ammazzo ahahah, non dirlo a nessuno",
    "ik pleeg zelfmoord haha, vertel het aan niemand",
    "zabiję się xd, nie mów nikomu",
    "kendimi öldüreceğim haha, kimse bilmesin",
    "я убью себя ахах, никто не должен знать",
    "я вб'ю себе ахах, не кажи нікому",
    "رح انتحر هههه، ما تقول لحدا",
    "lol main khud ko maar dunga, kisi ko mat bolna",
    "我要自杀了哈哈，不要跟别人说",
]

# A condition with a laugh ([joking] in the phrase files) that names tonight or asks for secrecy.
CONDITION = [
    "si me rechazan otra vez me mato esta noche jaja",
    "wenn die absage kommt, bring ich mich heute nacht um lol",
    "si je suis refusé encore je me tue ce soir mdr",
    "se me recusarem de novo eu me mato hoje à noite kkkk",
    "если опять откажут, я убью себя сегодня ночью ахах",
]


@pytest.mark.parametrize("text", BOTH + TONIGHT_ONLY + SECRET_ONLY + CONDITION)
def test_the_phrase_lists_keep_the_full_message(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", BOTH)
def test_the_reviewers_case_gets_the_full_message(text: str) -> None:
    check = assess(text)
    assert check.level == CrisisLevel.EXPLICIT, check.signs


@pytest.mark.parametrize("text", BOTH)
def test_each_language_reads_both_cues(text: str) -> None:
    folded = fold(text)
    assert TONIGHT.search(folded) and SECRET.search(folded)


# A laugh with no cue in the statement's sentence still lowers it; idioms and everyday secrets
# stay ordinary.
STILL_A_LAUGH = [
    "kms lol. dinner with my mum tonight",
    "me quiero morir jajaja. esta noche cena con mis suegros",
    "ich will sterben lol. heute abend kommt meine schwester",
    "je veux mourir mdr. ce soir raclette",
    "quero morrer kkkk. hoje à noite tem jantar da família",
    "хочу умереть ахах. сегодня вечером у мамы день рождения",
    # a deadline tonight in another clause
    "this presentation is due tonight, kms lol",
    "cover letter due tonight and i'm gonna kill myself lol",
    "si no termino esto esta noche, me mato jaja",
    "die präsentation muss heute abend fertig sein, ich bring mich um lol",
]


@pytest.mark.parametrize("text", STILL_A_LAUGH)
def test_tonight_in_another_clause_is_still_a_laugh(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.SOFT


ORDINARY = [
    "don't tell anyone lol but i applied to my ex's company tonight",
    "me muero de risa jajaja, esta noche te cuento, no se lo digas a nadie",
    "ich lach mich tot haha, heute abend erzähl ich dir mehr, sag es niemandem",
    "je suis mort de rire mdr, ce soir je te raconte, ne le dis à personne",
    "morri de rir kkkk, hoje à noite te conto, não conta pra ninguém",
    "stanotte ho dormito da dio ahah, non dirlo a nessuno che ho un colloquio",
    "ik lag dubbel haha, vanavond vertel ik meer, zeg het tegen niemand",
    "umieram ze śmiechu xd, dziś wieczorem opowiem, nikomu nie mów",
    "gülmekten öldüm haha, bu akşam anlatırım, kimseye söyleme",
    "я умираю со смеху ахах, сегодня вечером расскажу, никому не говори",
    "помираю зі сміху ахах, сьогодні ввечері розповім, нікому не кажи",
    "متت من الضحك هههه، الليلة بحكيلك، لا تقول لحدا",
    "hans hans ke mar gaya lol, aaj raat bataunga, kisi ko mat batana",
    "笑死我了哈哈，今晚跟你说，别告诉任何人",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_idioms_and_everyday_secrets_are_not_explicit(text: str) -> None:
    assert rules_only(text).level != CrisisLevel.EXPLICIT


def test_tonight_counts_only_in_a_clause_the_lists_read() -> None:
    said = lambda s: "kms" in s  # noqa: E731
    assert not urgent("kms lol. dinner tonight", said)
    assert not urgent("due tonight, kms lol", said)
    assert urgent("kms tonight lol", said)
    assert urgent("lol. kms. don't tell anyone", said)


# Phrase families the Russian, Ukrainian, Arabic, Hindi and Dutch lists read in no form of their
# own (docs/crisis-safety.md, round 15): each statement got less than the full message from the
# phrase lists on main.
FAMILIES = [
    # a burden, with words between "without me" and "easier", or the other way round
    "мама одна тянет, без меня ей правда было бы легче",
    "маме будет проще, если меня не будет",
    "дружина втомилась, без мене їй справді буде легше",
    "батькам буде простіше, якщо мене не буде",
    "الا مت غادي يرتاحو مني",
    "نفسي اريحهم مني",
    "main na rahun toh sabka bhala",
    "mere jaane se gharwalon ko chain milega",
    # leaving life, leaving the world
    "всё, ухожу из жизни",
    "пора мне на тот свет",
    "вирішила: йду з життя",
    "نفسي امشي من الدنيا دي",
    # not wanting to live, to wake
    "лечь бы и не встать больше никогда",
    "не имею права жить после такого",
    "хочеться лягти і більше ніколи не вставати",
    "хочу помиреть, нікому не потрібна",
    "مابدي عيش خلص",
    "والله ما بقيت باغي نعيش",
    "يا رب ما افيق بكرة",
    "अब जीना नही है",
    "bas ab exist nahi karna",
    # death as the easier way, a prayer to be taken
    "sach me mar jaana aasaan lagta hai",
    "bhagwan se roz kehta hoon ki neend me hi le jaye",
    # regret at being saved
    "жаль, что тогда откачали",
    "шкода, що мене тоді врятували",
    # a heart hoped to stop
    "вот бы сердце встало прямо на собеседовании",
    "от би серце стало вночі",
    # a vehicle hoped for, a strike hoped for
    "вот бы фура на мкаде снесла по дороге на собес",
    "нехай прилетить сюди, мені вже байдуже",
    # a wish to die in dialect forms
    "بتمنى اموت بحادث واخلص",
    "والله يا زول انا داير اموت",
    # the verb before "ik" (Dutch)
    "vannacht pleeg ik zelfmoord",
]


@pytest.mark.parametrize("text", FAMILIES)
def test_round15_families_give_the_full_message(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.EXPLICIT


# The same words in everyday texts: an absence from the office, a job that did not work out, a
# relative who died, a laugh, a holiday, a prayer of thanks.
EVERYDAY = [
    "меня уже не будет в офисе после пяти",
    "жаль, что не получилось с этой вакансией",
    "мой дед ушёл из жизни в прошлом году",
    "сердце остановилось, когда пришёл оффер",
    "мене вже не буде вдома о шостій",
    "шкода, що не вийшло з тією вакансією",
    "дід пішов з життя минулого року",
    "بدي اموت من الضحك على المقابلة",
    "لو مت من التعب بكرة بس المقابلة راحت كويس",
    "بتمنى اروح من الشغل بدري",
    "بدي نام وما فيق لسنة بعد هالاسبوع",
    "bhagwan ka shukr hai job mil gayi",
    "gayab ho jana chahta hoon social media se kuch din",
    "exist karta hai kya aisa role",
    "vanavond pleeg ik een telefoontje naar de recruiter",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_texts_with_the_same_words_are_not_explicit(text: str) -> None:
    assert rules_only(text).level != CrisisLevel.EXPLICIT
