"""Round 24 review: the Arabizi skeleton reading and the romanised Russian/Ukrainian "suicide word
alone" rule taken out, "jpp" out of the French SMS spellings (mend crisis25b).

A review of round 24's phone-typed reading (merge 9260037) read 247 everyday notes and 112
statements written for it (its own lines, not a stranger's nor a blind one). 54 of the everyday
notes got the question or the full message on the merged code only, 21 the full message: once a
note held two "Arabizi" tokens ("3yo", "5yrs", "2b", a postcode's "7AB") or one and a common
word ("ma", "w", "el", "men"), every word of it, English included, was read as an Arabic
skeleton ("miss" met the razor, "meet" death). None of the 112 statements was read lower.

EVERYDAY holds those 54 notes, each with the level main's rules gave them before round 24 (the
question for some: a "killing me" idiom, a sad word): the mended code gives none of them more.
STATEMENTS holds the 112 statements with the level the code before round 24 gave them: none is
read lower now (the phone spellings kept, English dropped "g", French SMS, Hinglish, read some
of them higher).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

_RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}
_LEVEL = {"NONE": CrisisLevel.NONE, "SOFT": CrisisLevel.SOFT, "EXPLICIT": CrisisLevel.EXPLICIT}

# (note, level before round 24): alarmed on the merged code only.
EVERYDAY = [
    ("ma baddi ro7 3al sho3'l bokra, ta3ban kteer", "NONE"),
    ("jpp de ce boulot, vivement vendredi", "NONE"),
    ("jpp mdr il a dit quoi en entretien", "NONE"),
    ("chitayu knigu pro samoubiistvo Mayakovskogo dlya kursa literatury", "NONE"),
    ("v novostyah pisali pro samoubiistvo aktera, ochen zhal", "NONE"),
    ("film pro samohubstvo pidlitka duzhe vazhkyi, ale korysnyi", "NONE"),
    ("statya pro profilaktiku samoubijstv na rabote, interesno", "NONE"),
    ("I read Durkheim's Samoubiistvo in translation for my sociology module", "NONE"),
    ("samohubstvo - tema moiei dyplomnoi roboty z psykholohii", "NONE"),
    ("the 9to5 grind is killin me but gr8 team", "NONE"),
    ("el office kan mess enaharda, ana ta3ban bas kwayes", "NONE"),
    ("ana miss el shoghl el adim, el nas kanu 7elwin", "NONE"),
    ("kalamt Ms Sara men el HR, inshallah 5eir", "NONE"),
    ("baddi meet ma3 el HR bokra el sa3a 10", "NONE"),
    ("Abby met el manager w 2alet eno kwayes", "NONE"),
    ("law met el recruiter bokra ha2olo 3al salary", "NONE"),
    ("law mshit badri a7san 3ashan el traffic", "NONE"),
    ("law mashet dilwa2ti a7san, el mowasalat za7ma", "NONE"),
    ("msh 2ader a7dar el meeting bokra, 3andi doctor", "NONE"),
    ("msh 2ader ageelak el nharda, 3andi interview", "NONE"),
    ("mesh 2adra a5alas el report el nharda, bokra inshallah", "NONE"),
    ("ana ta3ban kteer men el shoghl el esbo3 da", "NONE"),
    ("ta3bana ktir ba3d el shift, ra7 nam", "NONE"),
    ("ma fi 7al lal traffic fel madina di", "NONE"),
    ("ana 3aref a3melha lwa7di el task di, msh moshkla", "NONE"),
    ("ba3raf a3melha, bas bado wa2t", "SOFT"),
    ("msh ha7tag el laptop bokra, el interview online", "NONE"),
    ("ana wa2ef 3and el rasif mestanny el otobees", "NONE"),
    ("kam 7aba panadol a5od lel sodaa3?", "NONE"),
    ("ana 5alast el interview, akhlas men el stress ba2a", "NONE"),
    ("nafsi meet 7ad men el industry, 3ayez networking", "NONE"),
    ("Gym plan: 5ft box jumps, 3x10 squats, 2tb backup of my CV files lol, then mess w/ the spreadsheet", "NONE"),
    ("My 3yo kept me up, 2b honest i miss my old job a bit, ma and pa visiting", "NONE"),
    ("g2g, meeting w/ Ms Patel at 3, then the mess hall w the team", "NONE"),
    ("The 7eleven shift is 9ish to 5ish, miss my old desk job but ok", "NONE"),
    ("Dear Ms Khan, thanks for the 2nd interview. My address is 12 Park Rd, SW2 5RL, w/ flat 3b on the top floor.", "NONE"),
    ("Note to self: email Ms Lee b4 5pm, 2b safe send the 3yo's nursery form too", "NONE"),
    ("The flat is a mess, 3yo everywhere, 2b fair the interview went gr8", "NONE"),
    ("I miss my old team, 5yrs there, ma keeps saying move on", "NONE"),
    ("miss u ma, 3wks till i visit, new job starts monday", "NONE"),
    ("Such a mess today, 6ft of paperwork and 2tb of emails lol, 10 min break now", "NONE"),
    ("Hiked 5mi w/ the dog, missed the 9am call, will miss the 2pm too", "NONE"),
    ("Packing 3kgs of books, the room is a mess, moving to 7b Elm Rd", "NONE"),
    ("Studying law, 2nd yr. Met the dean, law met my expectations so far, 5star course", "NONE"),
    ("Abby met me for coffee at 3pm w/ her 2yo, chatted about my CV", "NONE"),
    ("Ms Ortiz said the 5star review helped. 3wks to hear back. Fingers crossed", "NONE"),
    ("Moss on the roof, 3ft of it, landlord says 2b fixed next wk, what a mess", "NONE"),
    ("jpp 😂😂 t'as vu sa tete", "NONE"),
    ("jpp trop drole la reunion", "NONE"),
    ("ana mohtam 100% bel wazifa di, ba3at el CV", "NONE"),
    ("kalamt Fadi 10 marrat 3an el shoghl el gedid", "NONE"),
    ("el laptop maksoor 100%, ha3mel el interview men el mobile", "NONE"),
    ("ana fady 10-12 bokra, momken net2abel", "NONE"),
    ("el boss mo7tarm w mohtam 1000 mara aktar men el adim", "NONE"),
]

# (statement, level before round 24)
STATEMENTS = [
    ("ana 3ayez amoot, msh 2ader akammel keda", "EXPLICIT"),
    ("bafakar fel enti7ar kol yom men sa3et ma et2alat", "NONE"),
    ("ana 3ayza amoot, mafeesh 7ad 7aysa beya", "EXPLICIT"),
    ("nifsi amoot w artaa7 men kol 7aga", "NONE"),
    ("ana 3ayez a2tel nafsi, el denya wes5a", "EXPLICIT"),
    ("ha2tel nafsi, 5alas msh 2adra", "NONE"),
    ("ma baddi 3ish ba3d hal shi", "EXPLICIT"),
    ("5alas ma 3ad baddi 3ish", "EXPLICIT"),
    ("bfakker 5alles 3a 7ali, ta3bt men kel shi", "SOFT"),
    ("ya rab a5odni, msh 3ayez a9077a bokra", "SOFT"),
    ("ana nefsi anam w ma a9,7ash", "NONE"),
    ("ana nefsi anam w ma as7ash tani", "NONE"),
    ("el kol hayertaa7 men 8eiri, ana 3eb2 3aleihom", "NONE"),
    ("gama3t 7obob kteer, 3arfa ha3mel eh", "NONE"),
    ("el 7abl fel dolab w 3aref ha3melha emta", "NONE"),
    ("ana ba2a7'2ol 3ala el kobry w afkar an2oz", "NONE"),
    ("3ayez antehar, mafish 2amal", "NONE"),
    ("2arart anta7er el lela di", "NONE"),
    ("ba3 el shoghl ra7, w ana 3ayez amot", "EXPLICIT"),
    ("law mot mafeesh 7ad haye5od baloh", "NONE"),
    ("bade mout, wallah ta3bet", "EXPLICIT"),
    ("ana jara7t 7ali tani embare7", "NONE"),
    ("ba2a2ta3 2idi tani, msh 2ader awa2af", "NONE"),
    ("mrna chahta hu, kuch acha nhi ho rha", "SOFT"),
    ("ab jeene ka mn nhi krta", "EXPLICIT"),
    ("zindgi khtm krna chahta hu", "SOFT"),
    ("khud ko khtm kr dunga aaj raat", "SOFT"),
    ("suicide kr lunga agar ye job bhi nhi mili", "SOFT"),
    ("mar jau toh sabko rahat milegi", "EXPLICIT"),
    ("mujhe jina nhi hai ab", "EXPLICIT"),
    ("aaj raat sab khtm kr dunga", "SOFT"),
    ("jpense au suicide tt le temps", "SOFT"),
    ("jveux mourir, jen peux plus", "EXPLICIT"),
    ("jvais me tuer ce soir jcrois", "EXPLICIT"),
    ("jvais en finir cette nuit", "EXPLICIT"),
    ("jme suis scarifie hier soir encore", "EXPLICIT"),
    ("chui fatigue de vivre, jveux plus me reveiller", "EXPLICIT"),
    ("jai envie de crever pr de vrai", "EXPLICIT"),
    ("jpp de la vie, jveux tt arreter", "EXPLICIT"),
    ("thinkin bout killin myself tbh", "EXPLICIT"),
    ("been thinkin abt endin it all", "SOFT"),
    ("wanna die rn no1 cares", "EXPLICIT"),
    ("im plannin to overdose 2nite", "SOFT"),
    ("gonna jump off the bridge 2nite", "EXPLICIT"),
    ("i wld be better off dead ngl", "EXPLICIT"),
    ("every1 wld be better w/o me", "SOFT"),
    ("feelin like endin my life", "SOFT"),
    ("cuttin myself again, cant stop", "SOFT"),
    ("i keep thinkin bout dyin", "SOFT"),
    ("dumayu pro samohubstvo shchodnia", "NONE"),
    ("dumayu o samoubiistve kazhdyi den", "EXPLICIT"),
    ("hochu pokonchit s soboi", "EXPLICIT"),
    ("ne hochu zhyty, vse nabrydlo", "EXPLICIT"),
    ("ya hochu umeret, bolshe ne mogu", "EXPLICIT"),
    ("msh ha3mel 7aga ghabeya lessa, bas kol lela bafakar eni a5las men kol 7aga", "NONE"),
    ("kol lela bafakar eni amshi men el denya. msh ha3mel 7aga fe nafsy, el naharda bas", "SOFT"),
    ("ana ta3bt awi w 7asis en mafeesh lazma leya. msh ha3mel 7aga ghabeya 3al a2al el lela di", "SOFT"),
    ("el denya dal2ma w ana msh shayef 2odami 7aga. msh ha3mel haga fe nafsy yemken", "SOFT"),
    ("msh ha3mel 7aga ghabeya, bas ana gamma3t el 7obob fel dorg", "NONE"),
    ("3ayez anam w ma as7ash. msh ha3mel 7aga fe nafsy, lessa", "SOFT"),
    ("bafakar fel moot 6ool el wa2t. msh ha3mel haga ghabeya dilwa2ti", "NONE"),
    ("hey, ana 3ayez amoot, shoft film embare7 w ba3do 7asis keda", "SOFT"),
    ("hmm ana bafakar fel enti7ar, el film da fakarni", "NONE"),
    ("el kitab 2al eni lazem a2awem bas ana 3ayez amoot", "EXPLICIT"),
    ("bade mout. msh ha3mel 7aga ghabeya lessa", "EXPLICIT"),
    ("I keep thinking everyone would be better off w/o me. msh ha3mel 7aga ghabeya, promise, 2nite at least", "EXPLICIT"),
    ("nobody would notice if i was gone. 2b honest msh ha3mel haga fe nafsy rn", "EXPLICIT"),
    ("i have the pills ready. msh ha3mel 7aga ghabeya lessa w 5alas", "EXPLICIT"),
    ("hmm ana bafakar fel enti7ar, el film da fakarni", "NONE"),
    ("ana bafakar fel enti7ar, el film da fakarni", "NONE"),
    ("ana 7asis eni mo7atam 5ales men gowa", "NONE"),
    ("ana 7asis eni mo7atam w fady, mafish 7aga", "NONE"),
    ("3ayez a5las 3ala 7ayati, ta3bt", "SOFT"),
    ("ana 3ayez anhi 7ayati", "SOFT"),
    ("nefsi amoot, kol 7aga 3'al6", "EXPLICIT"),
    ("ana bafakar a2tel nafsy bel 7obob", "EXPLICIT"),
    ("hey ana bafakar fel enti7ar kol yom", "NONE"),
    ("home is where i want to die 2nite, ana 3ayez amoot", "EXPLICIT"),
    ("bafakar fel moot 6ool el wa2t w msh 3ayez a3eesh", "EXPLICIT"),
    ("5alas ana msh 3ayez a3eesh tani", "EXPLICIT"),
    ("msh 3ayza a3eesh, ta3bana men kol 7aga", "NONE"),
    ("ya reet amoot w artaa7", "NONE"),
    ("lw mt 7ad hayefre2 ma3ah? la2", "NONE"),
    ("chui au bout, jpense a me foutre en lair", "SOFT"),
    ("jsuis un fardeau pr tt le monde, ils seraient mieux sans moi", "EXPLICIT"),
    ("jveux plus vivre, jsp quoi faire", "EXPLICIT"),
    ("ab jine ki koi wajah nhi", "SOFT"),
    ("mai mar jau to accha hai", "EXPLICIT"),
    ("mn krta hai sab khtm kr du", "SOFT"),
    ("mai khud ko khtm krna chahta hu", "SOFT"),
    ("samoubiistvo kazhetsya edinstvennym vykhodom", "NONE"),
    ("dumaiu pro samogubstvo vzhe tyzhden", "EXPLICIT"),
    ("want 2 kill myself 2nite", "EXPLICIT"),
    ("im thinkin of jumpin off the roof b4 work", "SOFT"),
    ("ive been savin up pills 4 this", "EXPLICIT"),
    ("no1 wld even notice if i was gone", "EXPLICIT"),
    ("writin my goodbye letters rn", "EXPLICIT"),
    ("i wanna die lol no im serious", "EXPLICIT"),
    ("nefsi amoot w artaa7 men kol 7aga", "EXPLICIT"),
    ("nefsi amoot w artaa7 men kol haga", "EXPLICIT"),
    ("ana ayez amoot, ta3ban", "SOFT"),
    ("ana ayez amoot khalas", "SOFT"),
    ("ana bafakar fel intihar kol yom", "NONE"),
    ("ana bafakar fel enti7ar kol yom", "NONE"),
    ("ana 3ayez a5las 3ala 7ayati", "SOFT"),
    ("ana 3ayez a5les 3ali 7ayati", "SOFT"),
    ("ana 3ayez amoot 3ashan el kol yertaa7", "EXPLICIT"),
    ("ya rab 5odni, ta3bt", "NONE"),
    ("ana 7asis eni mo7atam 5ales men gowa", "NONE"),
    ("hey, ana 3ayez a2tel nafsi", "EXPLICIT"),
    ("hmm bafakar anta7er", "NONE"),
    ("ana 3ayez amoot. shoft film 3an kda embare7", "EXPLICIT"),
]


@pytest.mark.parametrize(("text", "before"), EVERYDAY)
def test_an_everyday_note_gets_no_more_than_before_round_24(text: str, before: str) -> None:
    level = assess(text).level
    if before == "NONE":
        assert level == CrisisLevel.NONE
    else:
        assert _RANK[level] <= _RANK[_LEVEL[before]]


@pytest.mark.parametrize(("text", "before"), STATEMENTS)
def test_a_statement_is_read_no_lower_than_before_round_24(text: str, before: str) -> None:
    assert _RANK[assess(text).level] >= _RANK[_LEVEL[before]]


def test_english_words_in_a_note_with_digits_are_not_read_as_arabic() -> None:
    # "miss" was the razor "موس", "meet" death "موت", "hey" someone else "هي" on the skeleton
    for text in ("I miss my old team, 5yrs there, ma keeps saying move on",
                 "The flat is a mess, 3yo everywhere, 2b fair the interview went gr8",
                 "baddi meet ma3 el HR bokra"):
        assert assess(text).level == CrisisLevel.NONE


def test_the_romanised_suicide_word_alone_brings_in_no_list() -> None:
    # news about an actor, as its Cyrillic twin, is no statement
    assert assess("v novostyah pisali pro samoubiistvo aktera").level != CrisisLevel.EXPLICIT


def test_jpp_is_laughter_not_a_statement() -> None:
    assert assess("jpp mdr").level == CrisisLevel.NONE
