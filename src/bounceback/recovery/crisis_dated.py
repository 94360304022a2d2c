"""A statement given a day: the full message even where the model reads an ordinary day (round 34).

Since round 7 a phrase list's full message needs the n-gram model to agree (crisis.py,
MODEL_AGREES); otherwise the text gets the question. Short notes that set a day for the act are
what the model reads as ordinary: "в пятницу выйду в окно" (on Friday I go out of the window),
"morgen na het uwv gesprek spring ik voor de trein", "regalé mis cosas a mis primos, total en una
semana me mato" (the retired rounds 26-27 and 20-22). A day chosen is a plan, as a way looked up
is (crisis.SEEKING): the full message stays when a sentence the phrase lists read as explicit on
its own (not softened by a negator, a laugh, someone else or a past) names a day: a weekday,
tomorrow, in a week, next week, a date, after the hearing or the exam.

Folded text (crisis_fold.py). Only the writer's explicit clause is read: a day in another
sentence or clause ("interview on Friday. I want to die.", "Jutro rozmowa, chcę umrzeć"), in a
condition ("if he ghosts me again on Friday"), a morning ("esta mañana") or an interview's
day ("second interview tomorrow with a life insurance firm") does not count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_fold import NO_LETTER_AFTER as _R
from bounceback.recovery.crisis_fold import NO_LETTER_BEFORE as _L
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_sentences import clauses, sentences
from bounceback.recovery.crisis_urgent import CONJUNCTIONS

DAY = re.compile(
    _L + r"(?:"
    # en
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|tomorrow|next week"
    r"|in (?:a|one|two|three|\d+) (?:weeks?|days)|this weekend|on the \d+(?:st|nd|rd|th)?"
    r"|after (?:the|my) (?:hearing|exams?|court date|funeral|birthday|appointment)"
    # es
    r"|(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|manana|pasado manana"
    r"|en una semana|la semana que viene|la proxima semana|este finde|despues del (?:juicio|examen)"
    # de
    r"|(?:am )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|morgen|ubermorgen"
    r"|nachste woche|in einer woche|nach der (?:anhorung|prufung|verhandlung)|am wochenende"
    # fr
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|la semaine prochaine"
    r"|dans une semaine|ce week-end|apres (?:l'audience|l'examen|le proces)"
    # pt
    r"|(?:na )?(?:segunda|terca|quarta|quinta|sexta)(?:-feira)?|amanha|semana que vem"
    r"|daqui a uma semana|depois da (?:audiencia|prova)|depois do (?:exame|julgamento)"
    # it
    r"|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|la settimana prossima"
    r"|tra una settimana|fra una settimana|dopo l'esame|dopo l'udienza|dopo il processo"
    # nl
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|volgende week"
    r"|over een week|na het (?:tentamen|examen|gesprek|\w+ ?gesprek)|na de zitting|dit weekend"
    # pl
    r"|w (?:poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele)|jutro|za tydzien"
    r"|w przyszlym tygodniu|po (?:egzaminie|rozprawie|sesji)|w weekend"
    # tr
    r"|pazartesi|sali gunu|carsamba|persembe|cuma|cumartesi|pazar gunu|yarin|haftaya"
    r"|gelecek hafta|bir hafta sonra|sinavdan sonra|durusmadan sonra|hafta sonu"
    # ru
    r"|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|завтра"
    r"|через неделю|на следующеи неделе|после (?:экзамена|суда|сессии)|на выходных"
    # uk
    r"|(?:в|у) (?:понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю)"
    r"|через тиждень|наступного тижня|після (?:іспиту|суду|сесіі)|на вихідних"
    # ar
    r"|(?:يوم )?(?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)|بكره|بكرا|غدا"
    r"|الاسبوع الجاي|الاسبوع القادم|بعد اسبوع|بعد الامتحان|بعد المحكمه"
    # hi
    r"|somvar|mangalvar|budhvar|guruvar|shukravar|shanivar|ravivar|agle hafte|exam ke baad"
    r"|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|परसों|अगले हफ्ते|परीक्षा के बाद"
    r")" + _R
    + r"|星期[一二三四五六日天]|周[一二三四五六日末]|礼拜[一二三四五六天]|明天|后天|下周|下星期"
    r"|一周后|考完|开庭后"
)


class _Read(Protocol):
    @property
    def level(self) -> CrisisLevel: ...


# Not a day: the morning ("esta mañana me quería morir", "heute Morgen").
_MORNING = re.compile(_L + r"(?:(?:esta|la|por la|de la|cada|toda la) manana"
                      r"|(?:heute|jeden|guten|diesen) morgen)" + _R)

# Where a clause ends for the day: a comma, a colon, a conjunction (crisis_urgent.CONJUNCTIONS),
# and a condition's opening word: "I'll kill myself if the recruiter ghosts me again after the
# interview on Friday" sets no day, and "Jutro rozmowa, chcę umrzeć ze stresu" names the
# interview's day (round 34's review: both had gone to the full message).
_CUT = re.compile(CONJUNCTIONS.pattern + r"|[,:\uff0c\u060c\u3001]|" + _L
                  + r"(?:if|unless|wenn|falls|indien|jesli|jezeli|eger|если|якщо|agar|اذا|لو)"
                  + _R + r"|如果|要是")


# A job interview's day is the day the clause is about ("Second interview tomorrow with a life
# insurance firm": "life insurance" is a sign of its own, the day is the interview's; retired
# round 19, found by the guards at round 34's merge).
_INTERVIEW = re.compile(
    r"interview|entretien|entrevista|rozmow\w* kwalifikacyjn|vorstellungsgesprach|colloquio"
    r"|sollicitatiegesprek|mulakat|собеседовани|співбесід|साक्षात्कार|مقابله|面试")


def dated(text: str, read: Callable[[str], _Read]) -> bool:
    """Whether a clause the phrase lists (`read`, crisis.rules_only) read as explicit on its own
    names a day (not a morning, not a condition's day)."""
    for sentence in sentences(text):
        folded = fold(sentence)
        if not DAY.search(_MORNING.sub(" ", folded)):
            continue
        for clause in clauses(folded, _CUT):
            if (DAY.search(_MORNING.sub(" ", clause)) and not _INTERVIEW.search(clause)
                    and read(clause).level == CrisisLevel.EXPLICIT):
                return True
    return False
