"""A day decided to be the writer's last: the full message (round 36, crisis54; issue 15).

"Zaterdag wordt mijn laatste dag, het is besloten", "Piątek będzie moim ostatnim dniem,
postanowiłem", "O gün son günüm olacak, karar verdim", "قررت يكون هو آخر نهار ليا",
"silvester wird mein letzter abend, hab ich mir fest vorgenommen": the writer's own last day (or
night, or evening) and, in that sentence or the one beside it, the decision. No act is named, so
the phrase lists read nothing; in rounds 8-31 the models gave most such notes the question.

A job's last day is no such day ("Friday is my last day at the agency, I've decided to hand in
my notice"): a word of work, a contract, a shift or notice in the sentence or the one before
leaves it alone, as does a last day followed by where ("my last day at", "mi último día en").

Folded text (crisis_fold.py).
"""

from __future__ import annotations

import re

from bounceback.recovery.crisis_fold import NO_LETTER_AFTER as _R
from bounceback.recovery.crisis_fold import NO_LETTER_BEFORE as _L
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_sentences import sentences

# The writer's own last day, night or evening.
LAST = re.compile(
    _L + r"(?:"
    r"my (?:very )?last (?:day|night|evening|sunday|weekend)"
    r"|mi (?:ultimo dia|ultima noche|ultima tarde)|(?:meu ultimo dia|minha ultima noite)"
    r"|(?:mon dernier (?:jour|soir)|ma derniere (?:nuit|journee|soiree))"
    r"|(?:il )?mio ultimo giorno|la mia ultima (?:notte|sera)"
    r"|mein (?:allerletzter|letzter) (?:tag|abend)|meine letzte nacht"
    r"|(?:mijn|m'n) laatste (?:dag|nacht|avond|week)"
    r"|(?:moim ostatnim dniem|moj ostatni dzien|moja ostatnia noc|moim ostatnim wieczorem)"
    r"|(?:мои|моим) последн\w* (?:день|днем|ночью|ночь|вечер\w*)|(?:міи|моім) останн\w* (?:день|днем|ніч\w*|вечер\w*)"
    r"|son gunum|son gecem|son aksamim"
    r"|मेरा आखिरी दिन|मेरी आखिरी रात|mera aakhri din|mera akhri din"
    r")" + _R + r"(?P<after>.{0,12})"
    r"|(?:اخر|آخر) (?:يوم|نهار|ليله)(?: ليا| لي| في حياتي)?|我的最后一天|我人生的最后一天"
)

# Where or of what a last day is ("my last day at work", "mi último día en la tienda").
_WHERE = re.compile(r"^\s*(?:at|of|in|on|with|en|de|do|da|no|na|au|a|del|della|im|in|bei|van|op|bij|w|na|в|на|с|у|з)\b")

DECIDED = re.compile(
    _L + r"(?:"
    r"decided|made up my mind|it'?s settled|i'?ve chosen|i chose"
    r"|decidi|decidido|lo tengo claro|ta decidido|c'est decide|j'ai decide|ho deciso|deciso"
    r"|beschlossen|entschieden|fest vorgenommen|steht fest"
    r"|besloten|beslist|staat vast"
    r"|postanowil\w*|zdecydowal\w*|postanowione"
    r"|решил\w*|решено|вирішил\w*|вирішив|вирішено"
    r"|karar verdim|kararimi verdim|karar verildi"
    r"|तय कर\w*|फैसला|faisla|tay kar\w*"
    r")" + _R + r"|قررت|قرار|决定|定了|想好了"
)

# A job's last day: work, a contract, a shift, notice, an internship.
_JOB = re.compile(
    _L + r"(?:work|job|shift|office|contract|notice|resign\w*|quit\w*|leaving do|internship|placement|probation"
    r"|trabajo|empleo|contrato|turno|oficina|trabalho|emprego|estagio|empresa|travail|boulot|stage|contrat|preavis"
    r"|lavoro|contratto|tirocinio|arbeit|vertrag|praktikum|kundigung|schicht|buro|werk|baan|dienst|ontslag"
    r"|praca|pracy|pracu|umowa|umowy|staz|работ\w*|контракт\w*|смен\w*|робот\w*|isyeri\w*|mesai|staj"
    r"|naukri|kaam|नौकरी|काम)" + _R + r"|عمل|شغل|دوام|工作|上班|实习|合同"
)


def last_day(text: str) -> bool:
    """Whether a sentence of the writer's says a day will be their last, decided in it or the
    sentence beside it, with no job's last day in sight (see the module docstring)."""
    folded = [fold(s) for s in sentences(text)]
    for i, sentence in enumerate(folded):
        found = LAST.search(sentence)
        if found is None or _WHERE.match(found.group("after") or ""):
            continue
        near = " ".join(folded[max(0, i - 1): i + 2])
        if DECIDED.search(near) and not _JOB.search(" ".join(folded[max(0, i - 1): i + 1])):
            return True
    return False
