"""Round 14: phrase families the lists missed in most languages (docs/crisis-safety.md, round 14).

Not eating on purpose for days, or as a punishment ("I don't deserve food"), is self-harm the
helpers wrote in ten languages and the lists read in none as explicit; "I won't live to see
Christmas" (a plan told by its date) in none; and a prayer to be taken, a vehicle hoped for and a
burn with a lighter in word orders some languages' lists did not read. Each statement below got
less than the full message from the phrase lists on main; each harmless text beside them (a
fast, a blood test, a relative's illness, money till Christmas) must not get it from them.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only

STARVE = [
    "i haven't eaten in three days on purpose, i don't deserve food",
    "llevo tres días sin comer a propósito, no me merezco comer",
    "ich esse seit drei tagen absichtlich nichts, ich hab kein essen verdient",
    "je ne mange plus depuis trois jours exprès, je mérite pas de manger",
    "tô sem comer faz três dias de propósito, não mereço comer",
    "non mangio da tre giorni apposta, non merito di mangiare",
    "ik eet al drie dagen expres niks, ik verdien geen eten",
    "nie jem od trzech dni specjalnie, nie zasługuję na jedzenie",
    "üç gündür bilerek yemek yemiyorum, yemeği hak etmiyorum",
    "третий день ничего не ем специально, я не заслуживаю еды",
    "третій день нічого не їм навмисно, я не заслуговую на їжу",
    "بقالي تلت أيام مش باكل بقصد، أنا ما أستاهلش الأكل",
    "तीन दिन से जानबूझकर खाना नहीं खाया, मैं खाने के लायक नहीं हूँ",
    "我故意三天没吃饭了，我不配吃东西",
]

NOT_LIVE_TO = [
    "i won't live to see christmas. everything's ready",
    "no voy a llegar viva a navidad, ya lo tengo decidido",
    "weihnachten erleb ich nicht mehr. alles ist vorbereitet",
    "je passerai pas noël. tout est prêt",
    "não vou chegar vivo ao natal. já decidi",
    "a natale non ci arrivo viva. è tutto pronto",
    "kerst haal ik niet meer. alles ligt klaar",
    "nie dożyję do świąt. wszystko przygotowane",
    "bayramı göremeyeceğim. her şey hazır",
    "до нового года не доживу. всё готово",
    "до весни не доживу. все готово",
    "مش هعيش لحد العيد، خلاص قررت",
    "दिवाली तक ज़िंदा नहीं रहूँगा",
    "我大概活不到过年了。东西都准备好了",
]

# A farewell told through passwords left for someone, read only with a farewell cue in the entry
# (an apology, a letter, "hakkınızı helal edin"): a password written down alone is everyday.
PASSWORDS = [
    "wrote all my passwords on a card for my sister and put it in the drawer. i'm sorry for everything",
    "ich hab alle passwörter für meinen bruder aufgeschrieben und in die schublade gelegt. es tut mir leid",
    "dejé las contraseñas del banco en un sobre para mi hermana. perdón por todo",
    "银行卡和微信的密码都写好了，放在抽屉里。对不起",
    "bütün şifrelerimi deftere yazdım, ablama bıraktım. hakkınızı helal edin",
    "deixei todas as senhas anotadas num envelope pro meu irmão. me desculpem",
    "ik heb al mijn wachtwoorden opgeschreven voor mijn zus. sorry voor alles",
]

# "Not the job search. Life.": a correction that names life (or everything) after denying work,
# read across sentences ([together]); "not the job, everything else / everything's fine" is not.
NOT_JOB_BUT_LIFE = [
    "I'm going to stop. Not the job hunt. Life.",
    "ich hör auf. nicht mit der jobsuche. mit dem leben.",
    "me voy a rendir. no con la búsqueda de trabajo. con la vida.",
    "je vais tout arrêter. pas la recherche de boulot. ma vie.",
    "vou desistir. não da procura de trabalho. da vida.",
    "mi arrendo. non la ricerca di lavoro. la vita.",
    "ik stop ermee. niet met de zoektocht naar werk. met het leven.",
    "poddaję się. nie w szukaniu pracy. w życiu.",
    "bırakıyorum. iş aramayı değil. hayatı.",
    "я сдаюсь. не в поиске работы. в жизни.",
    "я здаюся. не в пошуку роботи. в житті.",
    "خلاص هستسلم. مش من الشغل، من الدنيا كلها.",
    "बस अब छोड़ रहा हूँ। नौकरी की तलाश नहीं। ज़िंदगी।",
    "我不想再撑了。不是找工作累，是活着累。",
]

# "That day I end it all", after a date (the benefit runs out on the 20th).
THAT_DAY = [
    "the benefit runs out on the 20th. that day i end it all.",
    "am 30. läuft das arbeitslosengeld aus. an dem tag mach ich mit allem schluss.",
    "el paro se acaba el día 12. ese día acabo con todo.",
    "le chômage s'arrête le 5. ce jour-là j'en finis.",
    "la naspi finisce il 31. quel giorno la faccio finita.",
    "de uitkering stopt op de 15e. die dag maak ik er een einde aan.",
    "zasiłek kończy się 20-go. tego dnia skończę ze sobą.",
    "işsizlik maaşı ayın 15'inde bitiyor. o gün her şeye son veriyorum.",
    "пособие заканчивается 20-го. в этот день со всем покончу.",
    "допомога закінчується 20-го. того дня з усім покінчу.",
    "那天我就结束一切。",
]

WORD_ORDERS = [
    "jeden abend bitte ich gott, dass er mich im schlaf zu sich holt",
    "chaque soir je prie dieu de me reprendre pendant mon sommeil",
    "каждый вечер прошу бога забрать меня во сне",
    "щовечора прошу бога, щоб забрав мене уві сні",
    "ich hoffe, mich überfährt auf dem weg zum vorstellungsgespräch ein lkw",
    "ik hoop dat er een vrachtwagen over me heen rijdt op weg naar het gesprek",
    "umarım mülakata giderken bir kamyon çarpar bana",
    "نفسي عربية تخبطني وأنا رايح المقابلة",
    "tomara que um ônibus me atropele no caminho da entrevista",
    "ik heb mijn arm weer verbrand met een aansteker na de afwijzing",
    "reddedildikten sonra yine kolumu çakmakla yaktım",
    "після відмови знову пропекла руку запальничкою",
    "रिजेक्शन के बाद फिर से लाइटर से अपना हाथ जलाया",
]


@pytest.mark.parametrize("text", STARVE + NOT_LIVE_TO + PASSWORDS + NOT_JOB_BUT_LIFE + THAT_DAY + WORD_ORDERS)
def test_each_family_is_read_as_explicit_by_the_phrase_lists(text: str) -> None:
    found = rules_only(text)
    assert found.level == CrisisLevel.EXPLICIT, found
    assert any(":r14_" in s for s in found.signs), found.signs


@pytest.mark.parametrize("text", STARVE + NOT_LIVE_TO + PASSWORDS + NOT_JOB_BUT_LIFE + THAT_DAY + WORD_ORDERS)
def test_each_statement_gets_resources_from_the_whole_check(text: str) -> None:
    # The full message needs the n-gram model to agree (round 7); where it does not, the
    # question, whose answer shows every line: never nothing.
    assert assess(text).level != CrisisLevel.NONE


HARMLESS = [
    "i skipped lunch on purpose, big dinner with the team tonight",
    "fasting for ramadan, haven't eaten since dawn and the interview is at 5",
    "grandma won't live to see spring, the doctors say. i'm visiting her every day",
    "hoy no he comido a propósito porque mañana tengo análisis de sangre",
    "mi abuelo no va a llegar vivo a navidad, dicen los médicos",
    "ich esse heute absichtlich nichts, heute abend ist grillen bei tante moni",
    "dass die bahn mal pünktlich ist, erleb ich nicht mehr 😂",
    "opa wird weihnachten wohl nicht mehr erleben, sagt der arzt",
    "je mange rien ce midi exprès, resto avec l'équipe ce soir",
    "mon grand-père ne passera pas noël, d'après les médecins",
    "a natale non ci arrivo con questo stipendio, altro che regali",
    "non mangio apposta prima del colloquio, mi viene la nausea",
    "ik heb vandaag expres niks gegeten, vanavond uit eten met de nieuwe collega's",
    "specjalnie nie jem śniadania przed badaniem krwi",
    "babcia nie dożyje do świąt, mówią lekarze",
    "oruç tutuyorum, bilerek bir şey yemiyorum tabii ki 😄",
    "до пятницы не доживу с этим тестовым 😅",
    "бабушка до весны не доживёт, врачи сказали",
    "спеціально не їм перед аналізами, завтра зранку кров здавати",
    "صايم رمضان، ما باكل لحد المغرب طبعا",
    "व्रत है, आज जानबूझकर खाना नहीं खाया",
    "饿死我了，今天面试到下午三点都没吃饭",
    "forgot my password for the indeed account again, third reset this month",
    "the wifi password at the coworking space is written on the wall, nice place to apply from",
    "sent my brother the netflix password so he can watch the match",
    "j'ai noté le mot de passe du portail emploi dans mon carnet, je l'oublie tout le temps",
    "apunté la contraseña del portal de empleo en la libreta, siempre se me olvida",
    "yeni işin vpn şifresini deftere yazdım, ilk gün heyecanlıyım",
    "записала пароль от портала вакансий в блокнот, вечно забываю",
    "把招聘网站的密码写在本子上了，老是忘",
    "ho scritto la password del portale lavoro sul quaderno, la dimentico sempre",
    "quitting sugar, not the job search. everything else can wait",
    "it's not the job, everything's fine there. it's the commute",
    "Nicht die Arbeit stresst mich, alles gut, nur der Umzug",
    "No es el trabajo, es todo el papeleo del paro",
    "c'est pas le boulot, tout le monde est sympa, c'est les horaires",
    "non è il lavoro, tutto il resto va bene, è il capo",
    "não é o trabalho, tudo bem lá, é o trânsito",
    "het is niet het werk, alles goed daar, het is de reistijd",
    "nie praca mnie męczy, wszystko inne",
    "iş değil derdim, ev sahibi",
    "не работа бесит, а всё остальное: пробки, погода",
    "不是工作的问题，是房东的问题",
    "die prüfung ist am 15., bis dahin will ich es hinter mir haben",
    "el viernes entrego el proyecto, ese día termino con todo el papeleo",
    "il colloquio è il 3, quel giorno finisco tutto il portfolio",
    "на следующей неделе сдача проекта, в этот день всё закончу и уйду в отпуск",
    "cuma son günüm, o gün her şeyi bitiriyorum ve laptopu teslim ediyorum",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_everyday_texts_with_the_same_words_are_not_read_as_explicit(text: str) -> None:
    found = rules_only(text)
    assert found.level != CrisisLevel.EXPLICIT, found
    assert not any(":r14_" in s for s in found.signs), found.signs


def test_a_relative_who_will_not_live_to_new_year_is_not_this_family() -> None:
    # "我奶奶" is "my grandmother": the family needs the writer ("我") as the one who will not
    # live to see it. (Round 11's end_all reads this sentence as explicit, on main too: left.)
    found = rules_only("我奶奶可能活不到过年了，医生说的")
    assert not any(":r14_" in s for s in found.signs), found.signs
