"""Round 28: the families the retired rounds 16 and 17 showed short of the full message.

The strangers' rounds 16 and 17 (retired at the start of round 28) gave the question, or nothing,
to explicit statements of a few families in most languages: not wanting to live misspelt or typed
as spoken ("ya no kiero bivir", "нехочу жыть"), sleeping and not waking, looking up a painless way,
vanishing for good (not a move, not a holiday), the day set ("that day I end too"), joining a dead
parent, and things handed on because they "won't be needed". Each family got phrases in each
language's list (src/bounceback/recovery/data/crisis/*.txt, "Round 28"), written from our own
knowledge of the language. The look-alikes below (idioms, someone else, a move, a plan for a
task, negation) must not get the full message.

Every text here was written for this test (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

NOT_LIVE_MISSPELT = [
    "ya no kiero bivir, otra entrevista y otra vez nada",
    "no qero bivir asi, todo el dia mandando curriculums y nadie contesta",
    "ya me quiero morir de verdad, no aguanto otro no",
    "não qero mais viver, ninguém me chama pra entrevista",
    "нехочу больше жыть, опять отказ",
    "artık yaşamak istemiyom, bu hayat çok ağır geliyor",
    "nie che już żyć, znowu odmowa po trzecim etapie",
    "मैं अब जीना नहीं चहता, कोई नौकरी नहीं मिलती",
    "मुझे जिंदा नहीं रहना, सब ख़त्म हो गया",
    "لم أعد أريد أن أعيش بعد كل هذا الرفض",
    "ماعاد ابغى اعيش، كل يوم رفض جديد",
    "真的不想或了，投了一百份简历都没回音",
]

NOT_WAKE = [
    "ojalá esta noche ya no me despierte, estoy cansada de todo",
    "ojalá me durmiera esta noche y ya no despertara nunca",
    "Ehrlich, wenn ich morgen einfach nicht mehr aufwache, wäre das okay für mich.",
    "काश मैं सोऊं और सुबह उठूं ही नहीं",
]

PAINLESS_WAY = [
    "Busqué toda la noche la manera menos dolorosa de morirme.",
    "Ich habe gelesen, wie man sich am schmerzlosesten umbringt.",
    "J'ai cherché la façon la moins douloureuse de mourir.",
    "Ho cercato il modo meno doloroso per farla finita.",
    "Procurei o jeito menos doloroso de morrer a noite toda.",
    "Всю ночь искал способ умереть безболезненно и быстро.",
    "Шукала, як померти без болю, і нікому не сказала.",
    "طول الليل بدور كيف الواحد يموت بدون ألم",
    "रात भर यही सोचता रहा कि बिना दर्द के कैसे मरें",
    "昨晚一直在查怎么死才不疼",
    "Vannacht opgezocht hoeveel slaappillen je nodig hebt om niet meer wakker te worden.",
]

VANISH_FOR_GOOD = [
    "Ich will mich einfach abmelden, vom ganzen Leben, nicht nur vom Amt.",
    "Vorrei solo spegnermi, chiudere gli occhi e non riaprirli.",
    "Ik wil er gewoon niet meer zijn. Voorgoed verdwijnen.",
    "Хочу исчезнуть насовсем, чтобы меня совсем не было.",
    "Bu dünyadan gidip kurtulmak istiyorum artık.",
    "بدي روح من هالدنيا للأبد وارتاح",
    "बस इस दुनिया से हमेशा के लिए चला जाना चाहता हूं",
    "quiero irme de una vez y que no quede nada de mí",
]

DAY_SET = [
    "El subsidio se termina el 30. Ese día también me acabo yo.",
    "No dia 10 acaba o seguro-desemprego, e no dia 10 eu paro de existir.",
    "Зарплату последнюю дадут в пятницу. Я тоже закончусь в пятницу.",
    "Kıdem tazminatı ayın 5'inde bitiyor. Ben de o gün bitiyorum.",
    "这个月的补助领完，那天也是我的最后一天。",
    "Agle hafte savings khatam. Wahi mera aakhri din hoga.",
    "الإيجار بيخلص الجمعة، وده آخر يوم ليا في الدنيا",
]

JOIN_THE_DEAD = [
    "Papa, je crois que je vais bientôt te rejoindre. Pardon pour tout.",
    "Nonno, tra poco ti raggiungo, qui non ce la faccio più.",
    "Mamá, te extraño mucho. Pronto me voy contigo, ya no aguanto más.",
    "Mãe, logo a gente se encontra aí em cima.",
    "يا ماما الله يرحمك، أنا لاحقك قريب",
    "妈，我很快就去找你了，这边我真的撑不下去了。",
]

WONT_NEED = [
    "Gave my bike and my tools to my nephew. I won't be needing them.",
    "Oddałem bratu gitarę i laptopa. Nie będą mi już potrzebne.",
    "Раздал все книги соседу. Мне уже не пригодится.",
    "Віддала подрузі весь одяг і ноутбук. Мені вже не треба буде.",
]

MEANS_CHECKED = [
    "Long day: laundry, two applications, worked out which bridge I'd use, then fed the cat.",
    "Akşam yürüyüşte köprüye uğradım, yüksekliği yeter.",
    "طلعت على سطح العمارة وشفت، عالي كفاية",
    "raat ko chhat pe gaya, oonchai dekhi, kaafi hai",
    "今天去楼顶看了一下，门没锁，够高。",
    "Подивилася, скільки пігулок лишилося в аптечці. Мабуть вистачить.",
    "J'ai regardé combien il reste de comprimés dans la salle de bain, je pense que ça suffira.",
    "Vandaag uitgezocht welk viaduct in de stad het hoogst is.",
]

EDGE_NEXT_TIME = [
    "Stood on the footbridge over the motorway for an hour. Not tonight.",
    "Wieder lange an der Brücke gestanden. Noch nicht.",
    "Weer lang bij het spoor gestaan. Nog niet.",
    "Subí otra vez a la azotea y me quedé mirando para abajo. Hoy casi.",
    "Köprüde yine uzun süre durdum. Yarın giderim, bu sefer dönmem.",
]

THE_WRITER_AS_HE = [
    "What use is a 51 year old man nobody will hire? He should just stop existing.",
    "Wozu braucht die Welt einen 55-Jährigen ohne Job? Er sollte für immer verschwinden.",
    "Кому нужен мужик под шестьдесят без работы? Лучше бы его просто не стало.",
    "Wat heeft de wereld aan een vent van 50 zonder baan? Beter als hij er niet meer is.",
]

FAREWELL_LETTER = [
    "Perdón a todos. Díganle a mamá que no fue su culpa. Los quiero. Chau.",
    "Babacım beni affet. Herkese söyle, haklarını helal etsinler.",
    "我真的尽力了，不是你们的错。大家再见了。",
    "Мамо, пробач мені за все. Ключі в сусідки. Прощавайте.",
    "माँ मुझे माफ करना, आपकी कोई गलती नहीं। अलविदा।",
]

STATEMENTS = [*NOT_LIVE_MISSPELT, *NOT_WAKE, *PAINLESS_WAY, *VANISH_FOR_GOOD, *DAY_SET,
              *JOIN_THE_DEAD, *WONT_NEED, *MEANS_CHECKED, *EDGE_NEXT_TIME, *THE_WRITER_AS_HE,
              *FAREWELL_LETTER]

# The same words where no one is in danger: an idiom, a task, a move, a living relative, someone
# else, a negation. None may get the full message.
LOOK_ALIKES = [
    "me quiero morir de la vergüenza, mandé el CV con una falta en el nombre",
    "ojalá mañana no me despierte tarde otra vez, tengo entrevista a las nueve",
    "Wenn ich morgen nicht aufwache, weil der Wecker kaputt ist, verpasse ich das Vorstellungsgespräch.",
    "Ho cercato il modo meno doloroso per dirglielo che lascio il lavoro.",
    "Je vais bientôt te rejoindre à Lyon pour le nouveau poste !",
    "Papa, je te rejoins bientôt au restaurant, garde-moi une place.",
    "Pronto me voy contigo a Madrid, mamá, ya tengo el billete.",
    "Ich melde mich vom Newsletter ab und vom Kurs beim Amt.",
    "Мама, скоро увидимся на даче, привезу пирог.",
    "Тату, скоро побачимося на Різдво!",
    "Ese día también me acabo la pizza que sobró.",
    "妈，我下周就去找你了，给你带了特产。",
    "Oddałem bratu stary rower, bo kupiłem nowy. Nie będzie mi już potrzebny.",
    "Мій брат сказав, що не хоче більше жити, я дуже за нього боюся.",
    "No, no quiero morirme, solo estoy harta de InfoJobs.",
    "Yeni evin tavan yüksekliği yeter, dolap rahat sığar.",
    "الصوت عالي كفاية، ما في داعي نرفعه",
    "天台的护栏够高，孩子上去也安全。",
    "Чи вистачить пігулок на відпустку? Треба купити ще.",
    "J'ai assez de comprimés pour le voyage, ça suffira jusqu'à lundi.",
    "Who needs a 60 year old senator who won't retire? He should just resign.",
    "Mamá, no fue tu culpa que me despidieran. Los quiero mucho, chau, nos vemos el domingo.",
    "对不起今天直播迟到了，大家再见了！",
    "Dat callcenter is een gekkenhuis, ik wil er gewoon niet meer zijn.",
]



# "No suicidal thoughts" as people write it, with a plain feeling beside it: nothing (round 19's
# reassurance step, its phrases widened in round 28 for Turkish, Russian, Ukrainian, Arabic, Hindi,
# Spanish, Italian and Portuguese, and the plain feelings for Polish, Russian and Ukrainian).
REASSURED = [
    "Hayır, intihar düşüncem falan yok, sadece mülakatlardan bıktım.",
    "Para que conste: no estoy deprimida ni quiero hacerme daño, estoy harta del paro.",
    "Tranquilla, non penso a farmi del male, sono solo stufa dei colloqui.",
    "Não, não tô querendo me matar, tô só cansada dessa entrevista.",
    "ما عندي أي أفكار انتحارية، بس زهقت من الشغل",
    "Nie mam myśli samobójczych, mam po prostu serdecznie dość tej rekrutacji.",
    "Суицидальных мыслей у меня нет, просто надоели собеседования.",
]

# Hedged, bounded in time or beside a statement: never nothing.
NOT_REASSURED = [
    "intihar düşüncem yok şimdilik, ama her şey çok ağır geliyor",
    "No quiero hacerme daño todavía, pero ya no aguanto más.",
    "Суицидальных мыслей нет, я уже написал прощальное письмо.",
]


# What each list must get: the full message; never the full message; nothing; some help.
EXPECTED = {
    "full message": lambda level: level == CrisisLevel.EXPLICIT,
    "never the full message": lambda level: level != CrisisLevel.EXPLICIT,
    "nothing": lambda level: level == CrisisLevel.NONE,
    "help": lambda level: level != CrisisLevel.NONE,
}
CASES = [
    *((text, "full message") for text in STATEMENTS),
    *((text, "never the full message") for text in LOOK_ALIKES),
    *((text, "nothing") for text in REASSURED),
    *((text, "help") for text in NOT_REASSURED),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round28_levels_both_ways(text: str, expected: str) -> None:
    found = assess(text)
    assert EXPECTED[expected](found.level), (expected, found.level, found.signs)
