"""Round 29: the families the retired rounds 18 and 19 showed short of the full message.

The strangers' round 18 (retired at the start of round 29) gave the question, or nothing, to
explicit statements of these families in most languages: the highest bridge or building looked up
among the day's chores, the day set and decided ("on Friday I end it all. decided"), decided and
"nobody will see", things given away "where I'm going", suicide misspelt as "the only way out",
passive wishes and prayers ("God, take me tonight"), a thank-you to those who put up with me with
a goodbye, the plural ("we both want to die") and the reported ("I told her I want to die").
Round 19, read only after its held-out figure was taken, added pills saved up "enough", floors
counted, the writer's own farewell, letters hidden for the family. Each family got phrases in
each language's list (src/bounceback/recovery/data/crisis/*.txt, "Round 29"), written for the
variants a native speaker uses. The look-alikes below (a move, a task, a job's last day, an
idiom, someone else) must not get the full message.

Every text here was written for this test (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

HEIGHT_LOOKED_UP = [
    "Nach dem Jobcenter nachgeschaut, welche Brücke in der Gegend hoch genug ist. Dann Abendessen.",
    "hoy busqué cuál edificio del barrio es el más alto. después hice la cena",
    "Rano urząd, potem sprawdziłam, który wiadukt w mieście jest najwyższy. Wieczorem serial.",
    "після співбесіди шукав, який дах у районі найвищий. потім вечеря",
    "днём собеседование, потом загуглил, какой мост в городе выше всех и самый высокий",
    "bugün en yüksek köprü hangisi diye aradım, sonra eve döndüm",
    "下午查了一下我家附近哪栋楼最高，然后去买菜",
    "بعد المقابلة بحثت عن اطول جسر في المدينة",
    "aaj google kiya ki sheher mein sabse oonchi building kaunsi hai",
]

DAY_SET = [
    "Am Freitag ist Schluss. Ist beschlossen.",
    "el sábado acabo con todo, ya lo decidí",
    "dimanche c'est fini, j'ai tout prévu",
    "w niedzielę skończę ze wszystkim, postanowione",
    "в субботу все закончу. решила",
    "у суботу все закінчу. вирішила",
    "pazar günü her şeyi bitireceğim, kararımı verdim",
    "يوم السبت هنهي حياتي، قررت",
]

DECIDED_UNSEEN = [
    "I've decided. Sunday, while they're all at the match. No one will see.",
    "Ya está decidido. El domingo, cuando se vayan al pueblo, nadie me va a ver.",
    "J'ai décidé. Samedi, quand ils seront chez mamie, personne ne me trouvera avant lundi.",
    "Решила. В воскресенье, когда муж уедет на рыбалку. Никто не увидит.",
    "Kararımı verdim. Pazar günü herkes düğüne gidince. Kimse görmeyecek.",
    "तय कर लिया है। रविवार को जब सब गांव जाएंगे। किसी को पता नहीं चलेगा।",
]

WHERE_IM_GOING = [
    "Gave my guitar to my nephew. Where I'm going, I won't need it.",
    "He regalado mis libros. Adonde voy no los voy a necesitar.",
    "J'ai donné mes outils à mon voisin. Là où je vais, je n'en aurai plus besoin.",
    "Віддав рибальські снасті братові. Там, куди я збираюсь, вони мені не знадобляться.",
    "Отдала платья сестре. Туда, куда я ухожу, они не понадобятся.",
]

MISSPELT_ONLY_WAY = [
    "suiside seems like the only way out of this mess",
    "Selbstmort scheint mir gerade der einzige Ausweg",
    "el suisidio es la única salida que me queda",
    "zelfmord lijkt me de enige oplossing nu",
    "suicidio é a única saída pra mim agora",
    "думаю о суециде почти каждую ночь",
    "dumaju pro suicid kazhdyi den",
]

PASSIVE_WISHES = [
    "keşke bu gece uyusam da bir daha uyanmasam",
    "obym się jutro już nie obudziła",
    "хоч би вночі заснути і не прокинутися",
    "вот бы завтра просто не проснуться",
    "يا رب خذ امانتك، تعبت من كل شي",
    "أتمنى أنام ولا أصحو أبداً",
    "Señor, si me llevas esta noche no te lo voy a reprochar",
    "manchmal denke ich, es wäre schön, für immer einzuschlafen",
]

FAREWELLS = [
    "Danke an alle, die mich so lange ausgehalten haben. Tut mir leid. Macht's gut.",
    "gracias a los que me aguantaron tanto tiempo. perdón por todo.",
    "merci pour tout. pardon de partir comme ça, sans prévenir",
    "Доню, ти ні в чому не винна. Пробач мені і бережи себе.",
]

PLURAL = [
    "mi novia y yo queremos morirnos, ya no podemos más con las deudas",
    "Wir wollen beide sterben, nichts klappt mehr",
    "nós dois queremos morrer, ninguém contrata a gente",
    "we willen allebei dood, geen werk en geen huis",
    "oboje chcemy umrzeć, nie mamy już siły",
    "мы оба хотим умереть, денег нет совсем",
    "ми обоє хочемо померти, ніде не беруть на роботу",
    "احنا الاتنين عايزين نموت، مفيش شغل",
    "hum dono marna chahte hain, kuch nahi bacha",
    "我们俩都想死，工作都没了",
]

REPORTED = [
    "le dije a mi hermana que quiero morirme",
    "j'ai dit à ma mère que je voulais mourir",
    "ho detto a mia madre che voglio morire",
    "eu falei pra ela que quero morrer",
    "ik heb tegen haar gezegd dat ik dood wil",
    "我跟她说了我想自杀",
    "我跟我妈说我想死",
]

SAVED_AND_COUNTED = [
    "hab schon länger Papas Schlaftabletten gesammelt. das müsste reichen",
    "посчитал этажи в своем доме. двенадцать хватит",
    "药已经攒够了，藏在鞋盒里",
    "Назбирала снодійного за пів року.",
    "how many sertraline would it take to not wake up",
]

STATEMENTS = [*HEIGHT_LOOKED_UP, *DAY_SET, *DECIDED_UNSEEN, *WHERE_IM_GOING, *MISSPELT_ONLY_WAY,
              *PASSIVE_WISHES, *FAREWELLS, *PLURAL, *REPORTED, *SAVED_AND_COUNTED]

# The same words where no one is in danger: a task, a move, a job's last day, a sport, an idiom,
# someone else. None may get the full message.
LOOK_ALIKES = [
    "Am Freitag ist Schluss mit dem Praktikum. Steht fest, dann fängt der neue Job an.",
    "el sábado termino con todo el papeleo de la mudanza, ya lo decidí",
    "w sobotę kończę kurs, data ustalona",
    "в пятницу все закончу с переездом, решила, потом отдохну",
    "We hebben gekeken welke toren het hoogst is, voor de foto's van de skyline.",
    "vrijdag is mijn laatste dag op kantoor, het nieuwe contract begint maandag",
    "Adonde voy no necesito abrigo, me mudo a Cancún por el trabajo nuevo.",
    "pienso en tirarme a la piscina en cuanto salga del curro",
    "Nadie me va a ver en la entrevista de mañana, es por teléfono y ya lo decidí: sin cámara.",
    "J'ai envoyé mon mail d'adieu à l'équipe, dernier jour vendredi.",
    "الله يرحمه، ربنا أخد أمانته امبارح وكانت الجنازة النهارده",
    "my friend told me she wants to die and I don't know how to help her",
    "我跟她说了我想辞职",
    "Ho detto a mia madre che voglio morire dal ridere quando racconta quella storia",
    "zelfmoord is nooit de enige oplossing, zei de trainer van de cursus",
    "dekha ki shehar ki sabse oonchi building kaunsi hai, wahan ka view shaandaar hai",
    "Keşke yarın sabah erken uyanmasam, görüşme öğleden sonra.",
    "obym jutro nie obudził się za późno, rozmowa jest o ósmej",
    "хоть бы завтра не проснуться в пять утра опять из-за соседей",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_round29_statements_get_the_full_message(text: str) -> None:
    found = assess(text)
    assert found.level == CrisisLevel.EXPLICIT, (found.level, found.signs)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_round29_look_alikes_never_get_the_full_message(text: str) -> None:
    found = assess(text)
    assert found.level != CrisisLevel.EXPLICIT, (found.level, found.signs)
