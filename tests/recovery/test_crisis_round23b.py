"""Round 23b's kinds of statement (docs/crisis-safety.md, round 23b): the misses of round 9's retired
set that round 23 left open, each written as a kind in every language where it exists.

- a farewell whose letter or things go TO a named relative ("le escribí una carta a mi mamá") is
  the writer's own: the relative is the reader, not the subject (crisis_multi.RECIPIENT_BEFORE);
- the "not" of a condition ("अगर शुक्रवार को भी ना आया तो मैं खुद को खत्म कर लूँगा", "si no me
  llaman me mato") negates the condition, not the statement after it (crisis_multi.CONDITION);
- one step forward at a platform, an edge or a bridge "and it's all over";
- looking up where to get a rope (not for a move, climbing, a tent);
- a rope or pills carried about and a place found;
- a wish to sleep and not wake up (Arabic, Spanish "ojalá me duerma y no despierte");
- a parent named, "forgive me" and "I can't any more" with nothing after it ("Mamá, perdóname,
  no aguanto más": the writer's own farewell, addressed to that person).

Each kind has ordinary look-alikes with the same words that keep what main gave them (never the
full message). The texts below were written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

STATEMENTS = [
    # a farewell given or written to a named relative
    "Le di mi guitarra a mi hermano y le dejé una carta a mi papá. Esto es una despedida.",
    "Deixei uma carta pra minha irmã em cima da mesa. É isso, tchau a todos.",
    "J'ai écrit une lettre à ma mère et j'ai donné mes affaires à mon frère. C'est un adieu.",
    "Ho scritto una lettera a mia madre e ho lasciato le mie cose a mio fratello. Addio.",
    "Ich habe einen Abschiedsbrief an meine Schwester geschrieben.",
    "Ik heb een afscheidsbrief aan mijn moeder geschreven.",
    # the "not" of a condition
    "अगर इस बार भी नौकरी ना मिली तो मैं खुद को खत्म कर लूँगा",
    "agar is baar bhi offer na aaya to main khud ko khatam kar lunga",
    "si no me llaman esta semana me mato",
    "se não me chamarem até sexta eu me mato",
    "wenn ich die Stelle nicht bekomme dann bringe ich mich um",
    "jeśli nie dostanę tej pracy to się zabiję",
    "если не возьмут и сюда то я покончу с собой",
    # one step forward at a platform or an edge, and it is all over
    "har roz metro platform pe sochta hoon bas ek kadam aage aur sab khatam",
    "रोज़ प्लेटफॉर्म पर खड़ा होकर सोचता हूँ, बस एक कदम आगे और सब ख़त्म",
    "Cada mañana en el andén pienso que un paso adelante y se acaba todo.",
    "Sulla banchina penso sempre che un passo avanti e finisce tutto.",
    "Am Bahnsteig denke ich jeden Morgen: ein Schritt nach vorne und alles ist vorbei.",
    "Na peronie myślę, że jeden krok do przodu i wszystko się skończy.",
    "На платформі щоранку думаю: один крок вперед і все.",
    "Her sabah peronda düşünüyorum, bir adım ileri ve her şey biter.",
    "على الرصيف كل يوم أفكر: خطوة واحدة وخلص",
    "每天站在站台上都想，往前一步就解脱了。",
    # looking up where to get a rope
    "Seit acht Monaten arbeitslos. Gestern hab ich geschaut, wo ich einen Strick herbekomme.",
    "Otra negativa. Ayer busqué dónde conseguir una cuerda.",
    "Mais um não. Ontem pesquisei onde comprar uma corda.",
    "Encore un refus. Hier j'ai cherché où acheter une corde.",
    "Ennesimo rifiuto. Ieri ho guardato dove comprare una corda.",
    "Weer afgewezen. Gisteren opgezocht waar ik een touw kan kopen.",
    "Kolejna odmowa. Wczoraj sprawdzałam, gdzie kupić linę.",
    "Опять отказ. Вчера смотрел, где купить веревку.",
    # a rope or pills carried about and a place found
    "Уже неделю ношу в сумке веревку. Нашел место за гаражами.",
    "Вже тиждень ношу в рюкзаку мотузку. Знайшов місце за гаражами.",
    "Seit Tagen trage ich einen Strick im Rucksack. Die Stelle habe ich schon gefunden.",
    "Llevo una cuerda en la mochila desde el lunes. Ya encontré el sitio.",
    # a farewell asked of a parent by name: forgive me, I can't any more
    "Papá, perdóname, ya no aguanto más.",
    "Pai, me perdoa, não aguento mais.",
    "Papa, pardonne-moi, je n'en peux plus.",
    "Papà, perdonami, non ce la faccio più.",
    "Papa, verzeih mir, ich kann nicht mehr.",
    "Tato, wybacz mi, już nie mogę.",
    "Папа, прости меня, я больше не могу.",
    "Тату, пробач мені, я більше не можу.",
    "Baba, affet beni, artık dayanamıyorum.",
    "سامحني يا بابا، ما عدت اقدر",
    "爸，对不起，我撑不下去了。",
    # a wish to sleep and not wake up
    "أتمنى أن أنام ولا أستيقظ مرة أخرى",
    "ojalá me duerma esta noche y no despierte",
]

LOOK_ALIKES = [
    # someone else's farewell stays about someone else
    "mi hermano escribió una carta de despedida",
    "a minha mãe deixou uma carta de despedida",
    # a condition's "not" followed by a denial keeps the denial
    "si no me llaman no me voy a matar por eso",
    # one step, with no edge: the process being over
    "bas ek kadam aur aur interview process khatam, phir offer letter",
    # a rope for an ordinary reason
    "Ich hab geschaut, wo ich ein Seil herbekomme, für den Umzug am Samstag.",
    "Ich hab geschaut, wo ich ein Seil zum Klettern herbekomme.",
    "busqué dónde conseguir una cuerda para la mudanza",
    "Seit einer Woche trage ich ein Seil im Rucksack zum Klettern. Ich habe eine Stelle gefunden, gute Wand.",
    "ношу в рюкзаку мотузку для скелелазіння, знайшла місце на скелях",
    # forgive me, and what one cannot bear any more is named
    "Papá, perdóname, no aguanto más este horario de turnos",
    "Papa, verzeih mir, ich kann nicht mehr mit dir über Bewerbungen reden",
    "Папа, прости, я больше не могу есть, я наелся",
    "爸，对不起，我撑不下去了，今晚加班不回家吃饭",
    # waking up at a time
    "ojalá me duerma y no despierte hasta las diez",
    "أتمنى أن أنام ولا أستيقظ متأخر بكرة عشان المقابلة",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_round23b_statement_gets_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT, text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_round23b_look_alike_gets_no_full_message(text: str) -> None:
    assert assess(text).level != CrisisLevel.EXPLICIT, text


@pytest.mark.parametrize("text", [
    "mi hermano dice que se quiere matar",
    "my friend told me she wants to die",
    "meine Schwester hat gesagt, dass sie sterben will",
])
def test_someone_else_named_as_subject_still_reads_as_someone_else(text: str) -> None:
    """The recipient rule only lifts a relative named as the one written or given to: someone
    else's words keep the question, not the full message."""
    assert assess(text).level == CrisisLevel.SOFT, text
