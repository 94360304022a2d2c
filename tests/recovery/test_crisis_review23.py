"""Round 23's reviews: dose questions said with distress, and everyday job-search sentences.

Round 23 added a step that turned a dose question "asked for an ordinary reason" into the
question instead of the full message, and new kinds of statement in every language (a place
chosen, a farewell with "nobody's fault", a date set, hitting oneself, which building is tall
enough). A review with fresh eyes (texts written for the review, not taken from any corpus)
found that the dose step lowered real means-seeking statements whenever an everyday word such
as "a day", "per night" or "is it safe" stood anywhere in the text, in nine languages, and that
the new kinds gave the full message to sentences a job seeker writes every week ("I chose the
place for the interview", "sorry for the delay, goodbye and thanks"). Both were taken out the
same day. These texts keep the next try honest: every dose question below asks for a way to
make it all stop and must get the full message; every everyday sentence must not.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

DOSES_WITH_DISTRESS = [
    "wie viele Tabletten am Tag, um mir ernsthaft zu schaden",
    "how many of my sleeping pills would it take, I can't do this anymore every day is the same",
    "how many tablets a day would finally make it all stop",
    "I've been collecting them for weeks. how many pills per day to make it stop forever",
    "how many painkillers a day before it is enough to end things",
    "Tomorrow is the day. how many sleeping pills per night is the max dose",
    "how many of my pills would it take to make it all stop, is it safe to ask that",
    "how many sleeping pills on a long flight so I never have to land and face anything again",
    "how many sleeping pills a night to sleep through the whole of next week and not have to face anyone",
    "wie viele Tabletten täglich, ich kann nicht mehr, dann ist endlich Ruhe",
    "wie viele Schlaftabletten am Tag braucht man, damit alles aufhört, ich will nicht mehr",
    "wie viele Tabletten braucht man, ich halte es jeden Tag weniger aus, täglich dieselbe Hölle",
    "combien de cachets faut-il, je n'en peux plus, tous les jours c'est pareil, par jour c'est l'enfer",
    "quantos comprimidos por dia até parar tudo, não aguento mais",
    "hoeveel pillen per dag tot het allemaal ophoudt, ik kan niet meer",
    "ile tabletek dziennie, żeby to wszystko się skończyło, nie mam już siły",
    "сколько таблеток в день нужно, чтобы всё закончилось, я больше не могу",
    "kaç hap günde lazım her şey bitsin diye, artık dayanamıyorum",
    "كم حبة في اليوم تكفي عشان يخلص كل شي، ما عدت اتحمل",
    "कितनी गोलियां दिन में चाहिए ताकि सब खत्म हो जाए",
    # the second reviewer (crisis24's merge): a plan, a pet given away, distress in another
    # sentence, "until it's over" in every language
    "how many sleeping pills a night would it take to make it all stop",
    "how many of my pills a day until it's over",
    "how many sleeping pills with alcohol would be enough, I'm so tired of everything",
    "cuántas pastillas al día hasta que todo termine",
    "wie viele Schlaftabletten am Tag bräuchte ich, damit einfach alles aufhört",
    "combien de comprimés par jour jusqu'à ce que tout soit fini",
    "скільки таблеток на день, поки все не скінчиться",
    "quantos comprimidos por dia até tudo acabar",
    "quante pillole al giorno finché tutto finisce",
    "hoeveel pillen per dag tot alles voorbij is",
    "ile tabletek dziennie aż wszystko się skończy",
    "günde kaç hap içersem her şey biter",
    "How many sleeping pills can I take safely? I've given my cat to my sister and sorted my will",
    "kaç tane hap günde yeter, veda mektuplarımı yazdım",
    "I can't keep going like this. How many of my sleeping pills is the maximum dose?",
]

EVERYDAY = [
    "Ya elegí el lugar para la entrevista, es cerca de casa.",
    "Выбрал место для собеседования, кафе у метро.",
    "我找好了地方住，下周开始新工作。",
    "I found the building for tomorrow's interview, it's right by the station.",
    "Die Stelle habe ich gefunden! Morgen unterschreibe ich den Vertrag.",
    "Ho già scelto il posto: accetto l'offerta di Milano.",
    "Ik heb de plek gevonden voor het sollicitatiegesprek.",
    "It's nobody's fault, the company just restructured. Said goodbye to my team today.",
    "Perdonen la demora en responder, adiós y gracias por todo.",
    "Desculpem a demora, adeus e obrigado pela oportunidade.",
    "Вибачте за затримку. Прощавай, стара робото!",
    "Простите за задержку с ответом. Прощай, старая работа!",
    "I'm thinking about a permanent solution for childcare so I can take the full-time role.",
    "I set the date for my leaving drinks, when the contract ends I'm gone.",
    "Elegí la fecha de la mudanza, si me dan el trabajo me despido de Madrid.",
    "Which building is tall enough to see the whole city from? Celebrating the offer.",
    "Me pego una siesta hasta las cinco y luego preparo la entrevista.",
    "Je me cogne la tête en montant dans le bus, quelle journée.",
    "Ich hau mich jetzt aufs Ohr bis morgen früh, das Vorstellungsgespräch war anstrengend.",
    # the second reviewer: a rope for a hammock, "forgive me, I can't any more" explained in the
    # next sentence, "one step more" in a career, "honestly" before a denial
    "Die Stelle habe ich schon gefunden, jetzt fehlt nur noch der Vertrag.",
    "Mülakat yapılacak yeri buldum, yarın sabah oradayım.",
    "Wybrałam już miejsce na wakacje po rozmowie.",
    "We set the date for the move. If I get the Berlin offer I'm gone from this town for good.",
    "¿Dónde puedo comprar una cuerda para la hamaca?",
    "Où je peux acheter une corde pour le hamac ?",
    "Gdzie mogę kupić linę do holowania auta?",
    "Mamá, perdóname, no aguanto más. Me comí toda la tarta.",
    "Oma, es tut mir leid, ich kann nicht mehr. Der Kuchen war einfach zu viel.",
    "Mamma, scusami, non ce la faccio più. Ho mangiato troppo.",
    "Estoy al borde de conseguirlo, un paso más y se acabó la búsqueda",
    "Sono quasi a bordo: un passo in più ed è finita la ricerca di lavoro",
    "Если честно я не думаю о самоубийстве",
    "Jeśli mam być szczera to nie myślę o samobójstwie",
    "We have a no self-harm agreement in my support group and it helps",
]


@pytest.mark.parametrize("text", DOSES_WITH_DISTRESS)
def test_a_dose_asked_for_with_distress_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_everyday_job_search_sentence_gets_no_full_message(text: str) -> None:
    assert assess(text).level is not CrisisLevel.EXPLICIT
