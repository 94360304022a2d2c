"""A plan's time set without naming the act: the full message where the check already asks
(round 35, crisis52; issue 15).

"Vou fazer isso quarta, depois que minha mãe sair pro plantão", "Я збираюся це зробити, поки
вони на роботі", "Lo haré antes de fin de mes", "Ich mach es, wenn sie auf der Arbeit sind": the
writer's own act said only as "do it" and given a time, a day or the hours when nobody is home.
Alone such a clause is an errand ("I'll do it on Friday"); in an entry the phrase lists or the
models already ask about (a letter left, the means bought, a wish to die), "it" is the act, and
the strangers' rounds 8-29 wrote it so in every language. So the full message is given when the
check's own reading is the question and a clause of the writer's says they will do it at a time,
never when the question came from a laugh, a negation, someone else or a past put behind
(those keep their reason), and never from a condition ("if they say no on Friday, I'll do it"
is crisis_soften's hyperbole to judge) or from an errand's object ("do it" with a job word).

Folded text (crisis_fold.py).
"""

from __future__ import annotations

import re

from bounceback.recovery.crisis_dated import DAY
from bounceback.recovery.crisis_fold import NO_LETTER_AFTER as _R
from bounceback.recovery.crisis_fold import NO_LETTER_BEFORE as _L
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_gentle import death_word, idiom_free
from bounceback.recovery.crisis_sentences import sentences

# The writer's own "I'll do it", future or decided, in each language.
DO_IT = re.compile(
    _L + r"(?:"
    r"(?:i'?ll|i will|i'?m (?:going to|gonna)|im (?:going to|gonna)|i am going to) do it"
    r"|(?:lo|la) (?:voy a hacer|hare|hago)|voy a hacerlo"
    r"|vou (?:fazer (?:isso|isto)|faze-lo)|(?:eu )?(?:faco|farei) (?:isso|isto)"
    r"|je (?:vais le faire|le ferai|le fais)"
    r"|lo (?:faro|faccio)|(?:ho deciso|decido) di farlo"
    r"|ich (?:mach|mache|tu|tue) es|(?:mach|mache|tu|tue) ich es|ich werde es (?:tun|machen)"
    r"|werd(?:e)? ich es (?:tun|machen)"
    r"|ik (?:doe het|ga het doen)|(?:doe|ga) ik het(?: doen)?"
    r"|zrobie to|to zrobie"
    r"|(?:я )?(?:сделаю это|это сделаю)|(?:я )?(?:зроблю це|це зроблю)"
    r"|(?:собираюсь|збираюся|збираюсь) (?:это|це) (?:сделать|зробити)"
    r"|bunu yapacagim|yapacagim"
    r"|(?:kar (?:lunga|lungi|dunga|dungi))|(?:कर (?:लूंगा|लूँगा|लूंगी|लूँगी|दूंगा|दूंगी))"
    r"|سافعلها|هعملها|رح اعملها|ساقوم بها"
    r")" + _R + r"|(?:我就|我会|我要)动手"
)

# When nobody is home: "while they're at work", "when my mother leaves for her shift".
ALONE = re.compile(
    _L + r"(?:"
    r"while (?:they'?re|they are|everyone'?s|everyone is|he'?s|she'?s) (?:at work|out|away|asleep)"
    r"|when (?:nobody|no one|no-one)(?:'s| is) (?:home|here|around)|when the house is empty"
    r"|mientras (?:ellos |todos )?(?:esten|estan|este|esta) (?:en el trabajo|trabajando|fuera)"
    r"|cuando (?:se vaya|no haya nadie|mi \w+ se vaya)"
    r"|enquanto (?:eles |ela |ele |todos )?(?:estao|estiverem|esta|estiver) (?:no trabalho|fora)"
    r"|depois que (?:minha|meu) \w+ sair|quando (?:ela|ele|eles) sair(?:em)?"
    r"|pendant qu'(?:ils|elles|il|elle) (?:sont|est|seront|sera) au travail|quand (?:il|elle|ils) (?:sera|seront|est|sont) partis?"
    r"|mentre (?:sono|e|saranno|sara) al lavoro|quando (?:non c'e nessuno|se ne va)"
    r"|wenn (?:sie|er|alle|keiner|niemand) (?:auf der arbeit|bei der arbeit|weg|zu hause|da) (?:ist|sind)"
    r"|als (?:ze|hij|iedereen|niemand) (?:op (?:hun|zijn|haar) werk|weg|thuis) (?:is|zijn)"
    r"|(?:kiedy|gdy) (?:beda|bedzie|sa|jest) w pracy|(?:kiedy|gdy) nikogo nie (?:bedzie|ma)"
    r"|пока (?:они|она|он|все) (?:на работе|в отъезде)|поки (?:вони|вона|він|всі|усі) (?:на роботі|поза домом)"
    r"|коли (?:мама|вона|вони) поід\w+"
    r"|(?:onlar|annem|babam|herkes) isteyken"
    r"|jab (?:wo|woh|sab) kaam par|जब (?:वो|सब) काम पर"
    r"|وهم في العمل|لما يكونوا في الشغل"
    r")" + _R + r"|(?:他们|她|他|家里人)上班的时候"
)

# A condition on something happening ("if they say no on Friday") and an errand's object.
_CONDITION = re.compile(
    _L + r"(?:if|si|se|wenn|falls|als|jesli|jezeli|eger|если|якщо|agar|اذا|لو)" + _R + r"|如果|要是"
)
_ERRAND = re.compile(
    r"interview|application|cv|resume|assessment|test|form|task|homework|laundry|entretien"
    r"|candidature|entrevista|solicitud|curriculo|bewerbung|lebenslauf|sollicitatie|colloquio"
    r"|candidatura|podanie|rozmow|basvuru|mulakat|собеседовани|резюме|заявк|співбесід|анкет"
    r"|面试|简历|申请|इंटरव्यू|مقابله"
)

# A job search's own letters are no farewell ("the cover letter can wait").
_JOB_LETTER = re.compile(
    _L + r"(?:(?:cover|motivation|motivational|reference|recommendation|rejection|offer|acceptance)"
    r" letters?|lettres? de (?:motivation|recommandation|refus)"
    r"|cartas? de (?:presentacion|motivacion|recomendacion|rechazo|apresentacao|motivacao)"
    r"|letter[ae] di (?:presentazione|motivazione)|motivatiebrie\w*|sollicitatiebrie\w*"
    r"|anschreiben|motivationsschreiben|list\w* motywacyjn\w*|сопроводительн\w* письм\w*"
    r"|мотиваційн\w* лист\w*|супровідн\w* лист\w*|on yazi\w*)" + _R
)


# Everyday hyperbole that holds a death word and is no act's word ("this job search is killing
# me", "I could die", "bored to death"): taken out before the death word is looked for, so that
# "This rejection is killing me. I'll do it on Monday." stays the question (round 35's review).
_FIGURE = re.compile(
    _L + r"(?:killing me|kills me|(?:gonna|going to) kill me|(?:i|you|u) could (?:just )?die"
    r"|dying (?:to|for)|(?:the )?death of me|to death|me (?:esta )?matando|me mata"
    r"|bringt mich (?:noch )?um|меня убивает|мене вбиває)" + _R
)


def set_time(text: str, languages: tuple[str, ...] = ()) -> bool:
    """Whether a sentence of the writer's says they will do it at a set time: a day
    (crisis_dated.DAY) or the hours nobody is home, in the sentence of the act or the one just
    before it; and the entry, its harmless idioms left out, holds a word of dying, the means or a
    farewell (crisis_gentle.death_word: "Too tired to finish the application. I'll do it
    tomorrow." holds none)."""
    folded = [fold(s) for s in sentences(text)]
    if not any(DO_IT.search(s) for s in folded):
        return False
    plain = _JOB_LETTER.sub(" ", idiom_free(fold(text), languages) or fold(text))
    plain = _FIGURE.sub(" ", plain)
    if not death_word(plain, languages):
        return False
    for i, sentence in enumerate(folded):
        act = DO_IT.search(sentence)
        if act is None or _ERRAND.search(sentence) or _CONDITION.search(sentence[: act.start()]):
            continue
        near = sentence if i == 0 else folded[i - 1] + " " + sentence
        if ALONE.search(near) or DAY.search(sentence):
            return True
    return False
