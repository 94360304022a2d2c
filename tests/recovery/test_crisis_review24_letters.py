"""Round 24's second review: whose letter, whose "I too" (crisis26's merge, taken out).

crisis26 added two readings of who a death phrase is about: a farewell letter after a phrase
about someone else was read as that person's letter (the question instead of the full message),
and "and I too" after someone else's phrase made the phrase the writer's (the full message). A
review with fresh eyes (texts written for the review, in 14 languages, not taken from any corpus)
found that the first lowered the writer's own statements: a "he"/"she" shortly before the
writer's own phrase ("depuis qu'elle est morte je veux me suicider, la lettre d'adieu est sur la
table"), "nobody"/"other" read as someone else (没有人, 其他, حد), the writer's "I" after a comma
or in a dropped-pronoun verb; and that the second gave the full message to someone else's crisis,
songs and a denied claim ("mi hermano y yo cantamos quiero morir en el karaoke"). Both were taken
out the same day (the check's code is round 24's first merge again). These texts keep the next
try honest: every statement below got the full message before crisis26 and must keep it; every
text in the second list must not get the full message.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

WRITERS_OWN = [
    "seit er weg ist will ich nicht mehr leben und der abschiedsbrief liegt schon im schrank",
    "Meine Schwester will nicht mehr leben, und ehrlich gesagt liegt der Abschiedsbrief schon fertig in der Schublade",
    "Er denkt ich will mich umbringen, der Abschiedsbrief ist längst geschrieben",
    "Mi hermano quiere suicidarse, pero nadie sabe que ya guardé la carta de despedida debajo de la almohada",
    "Mi amigo quiere suicidarse y redacté anoche la carta de despedida para mamá",
    "ona chce umrzeć, piszę list pożegnalny dla mamy",
    "moja siostra chce popełnić samobójstwo i skończyłem wczoraj list pożegnalny",
    "kardeşim intihar etmek istiyor, veda mektubu çoktan hazır masada duruyor",
    "мой брат хочет покончить с собой, а прощальное письмо лежит в моем столе",
    "он хочет покончить с собой, предсмертная записка готова лежит у мамы",
    "мій брат хоче покінчити з собою, а передсмертна записка вже лежить у шухляді",
    "她表妹想自杀，遗书已经写好了，就在我枕头下面",
    "朋友想自杀，其实遗书早就写好了，今晚就走",
    "我妈以为我哥想自杀，遗书写好了放在抽屉里",
    "他想死，遗书写完了，明天就去",
    "他想自杀，遗书写好了，今晚就吃药",
    "妹妹想死，遗书写了三遍，今晚就结束",
    "Moja mama chce umrzeć, piszę teraz list pożegnalny",
    "Meine Oma ist gestorben und sie wollte nicht mehr leben, der Abschiedsbrief liegt jetzt im Schrank",
    "ella dijo que quiere suicidarse, pero la carta de despedida está escrita, la firmé anoche",
    "moja dziewczyna chce się zabić, a list pożegnalny schowałem pod poduszką",
    "on chce umrzeć, list pożegnalny zostawię jutro na stole",
    "kuzenim intihar etmek istiyor, veda mektubu da çekmecemde hazır",
    "мой друг хочет покончить с собой, прощальное письмо написал вчера, сегодня уйду",
    "моя сестра хочет покончить с собой, прощальное письмо оставлю на столе",
    "моя мама думает что он хочет покончить с собой, а прощальное письмо от моего имени лежит в шкафу",
    "його друг хоче покінчити з собою, передсмертну записку вже написав, завтра піду",
    "мій брат хоче покінчити з собою, а передсмертна записка лежить у моєму столі",
    "أخي يريد الانتحار، ورسالة وداع كتبتها البارحة وهي في درجي",
    "صديقي يريد الانتحار، رسالة وداع جاهزة في درجي والليلة أنهي كل شيء",
    "他想自杀，但遗书是写给爸妈的，今晚就结束自己",
    "她说想死，遗书已经写好了，放在床头，明早你们就会看到",
    "老公说想自杀，其实遗书早写好了，是写给孩子的，今晚就走",
    "他想自杀，遗书写好了，在我抽屉里",
    "lista: mi hermano quiere suicidarse, carta de despedida en la mesa, pastillas listas",
    "Meine Schwester will auch sterben, Abschiedsbrief an Papa ist geschrieben",
    "Mi hermano quiere suicidarse, la carta de despedida está lista, yo me voy esta noche",
    "Mijn broer wil zelfmoord plegen, de afscheidsbrief ligt klaar, ik doe het vannacht",
    "Mój brat chce popełnić samobójstwo, list pożegnalny gotowy, ja dziś w nocy kończę",
    "Kardeşim intihar etmek istiyor, veda mektubu hazır, ben bu gece gidiyorum",
    "Мой брат хочет покончить с собой, прощальное письмо готово, я сегодня ночью уйду",
    "Мій брат хоче покінчити з собою, передсмертна записка готова, я сьогодні вночі піду",
    "我哥想自杀，遗书写好了，我今晚就走",
    "Meine Schwester hat Selbstmordgedanken, der Abschiedsbrief ist geschrieben: ich gehe heute",
    "他想自杀，遗书（我写的）在抽屉里",
    "没有人知道我想自杀，遗书也写好了，放在抽屉里",
    "其他同事都不知道我想自杀，遗书已经写好了",
    "有人说我想自杀是开玩笑，其实遗书早就写好了",
    "jestem dziewczyną która chce umrzeć, list pożegnalny leży na biurku",
    "ما حد يعرف اني ابغى انتحر، رسالة وداع جاهزة في الدرج",
    "ولا واحد يدري اني اريد الانتحار، رسالة الوداع مكتوبة",
    "Seit er tot ist will ich sterben, Abschiedsbrief liegt auf dem Tisch",
    "desde que ella murió quiero suicidarme, la carta de despedida está en la mesa",
    "ella me dejó y quiero suicidarme, la carta de despedida está en la mesa",
    "depuis qu'elle est morte je veux me suicider, la lettre d'adieu est sur la table",
    "da quando lei è morta voglio uccidermi, la lettera d'addio è sul tavolo",
    "sinds hij dood is wil ik zelfmoord plegen, de afscheidsbrief ligt op tafel",
    "od kiedy on umarł chcę się zabić, list pożegnalny leży na stole",
    "с тех пор как он умер я хочу покончить с собой, прощальное письмо на столе",
    "відколи він помер я хочу покінчити з собою, передсмертна записка на столі",
    "desde que ela morreu quero me matar, a carta de despedida está na mesa",
    "自从他走了我就想自杀，遗书在桌子上",
]

NOT_THE_WRITERS = [
    "mijn vriendin is ontslagen en ik ook ze wil dood zegt ze",
    "moja babcia i ja rozmawiałyśmy wczoraj chce umrzeć w domu",
    "mój kolega stracił pracę a ja też i chce się zabić",
    "kuzenim ve ben dün konuştuk intihar etmek istiyormuş",
    "arkadaşım işten atıldı ben de atıldım intihar etmek istiyor",
    "صديقي وانا تكلمنا امس يريد الانتحار",
    "اخي خسر شغله وانا كمان ويريد الانتحار",
    "我同事跟我也说过想自杀",
    "ona mówi że ja też chcę umrzeć ale to nieprawda",
    "mój brat i ja gadaliśmy pół nocy chce się zabić przez tę dziewczynę",
    "kuzenim ben de biliyorum intihar etmek istiyor",
    "arkadaşım ve ben şarkıyı söyledik intihar etmek istiyorum diye bağırıyor",
    "ablam ama ben inanmıyorum intihar etmek istiyor diyor",
    "मेरा दोस्त और मैं कल बात कर रहे थे मरना चाहता है",
    "मेरी दादी और मैं अस्पताल में थे दादी मरना चाहती हैं",
    "mi hermano dice que yo tambien quiero morir pero no es verdad",
    "meine schwester sagt ich auch will sterben aber das stimmt nicht",
    "mia sorella dice che anche io voglio morire ma non è vero",
    "мой друг говорит что я тоже хочу умереть но это неправда",
    "Mein Kumpel und ich hören das Lied Ich will sterben in Dauerschleife",
    "Moja siostra i ja śpiewamy chcę umrzeć z tej piosenki",
    "моя подруга и я тоже устали хочет покончить с собой говорит",
    "il mio amico anche io lo sento dice voglio morire ogni volta che perde a FIFA",
    "mi hermano y yo cantamos quiero morir en el karaoke anoche",
    "meu irmão e eu cantamos quero morrer no karaokê ontem",
    "mein Bruder und ich singen immer ich will sterben wenn Bayern verliert",
    "kardeşim ve ben maçtan sonra ölmek istiyorum diye bağırdık",
    "我朋友和我也一起唱了我想死这首歌",
    "मेरा भाई और मैं गाना गा रहे थे मैं मरना चाहता हूँ",
    "اخي وانا كنا نغني اريد ان اموت",
]


@pytest.mark.parametrize("text", WRITERS_OWN)
def test_the_writers_own_statement_beside_someone_else_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", NOT_THE_WRITERS)
def test_someone_elses_words_songs_and_denied_claims_get_no_full_message(text: str) -> None:
    assert assess(text).level is not CrisisLevel.EXPLICIT
