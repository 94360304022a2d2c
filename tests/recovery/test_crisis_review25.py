"""Round 25's review: whose phrase, the "then" of a condition, new phrase forms (crisis28, taken out).

crisis28 read a phrase after a clause about someone else as the writer's when an "I" stood near
it, un-negated a phrase after the "then" of a condition ("agar job nahi mili to ..."), and added
phrase forms in ar hi tr zh pl nl fr. A review with fresh eyes (440 texts written for the review
in the 14 languages, not taken from any corpus) found 89 everyday or other-person texts raised:
someone else shouting or repeating "I want to die", "I think mum wants to die", everyday
conditions ("if the bus doesn't come then I give up"), denials whose "then" was not a condition's,
and the new forms on everyday words (logging out of Facebook, finishing a task by oneself, a film
character's line). It was taken out the same day; a mended try (crisis28b) still raised 73 of a second
reviewer's 204 everyday or other-person texts and was taken out too. These texts keep the next
try honest: none may
get more than the check gave it before crisis28 (the level beside each text).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}

# (text, the most it may get)
EVERYDAY_OR_SOMEONE_ELSES = [
    # crisis27b's review: "paracetamol" as a death word kept an idiom from being lowered
    ("Ich sterbe vor Kopfschmerzen, ein Paracetamol und ab ins Bett.", CrisisLevel.NONE),
    # the mend's review (crisis28b, also taken out): the forms ending their clause were still
    # everyday ("Poniedziałek bez kawy, po co żyć?", "corporate duniya se chale jaane ka mann
    # karta hai"), Chinese 后 inside 然后, Turkish "için" ("I'd die for my love")
    ("Kawa się skończyła. Po co w ogóle żyć?", CrisisLevel.SOFT),
    ("Poniedziałek bez kawy, po co żyć?", CrisisLevel.NONE),
    ("Bez pizzy po co żyć.", CrisisLevel.NONE),
    ("Po co jeszcze żyć?! Kaufland zamknięty w niedzielę haha", CrisisLevel.NONE),
    ("W weekend wyloguję się z życia, totalny detoks od telefonu.", CrisisLevel.NONE),
    ("Wyloguję się z życia.", CrisisLevel.SOFT),
    ("Po urlopie zawinę się z tego świata.", CrisisLevel.NONE),
    ("Mam dość tej rozmowy, chcę ze sobą skończyć.", CrisisLevel.NONE),
    ("Zaraz skończę z tym raportem, muszę ze sobą skończyć.", CrisisLevel.NONE),
    ("Geen koffie meer. Waarom zou ik nog leven?", CrisisLevel.SOFT),
    ("Zonder Netflix, waarom zou ik eigenlijk nog leven?", CrisisLevel.SOFT),
    ("Ces réunions Teams, j'ai envie de m'enlever la vie.", CrisisLevel.NONE),
    ("Kahve bitti. Yaşamanın anlamı kalmadı.", CrisisLevel.SOFT),
    ("Keşke yarın uyanmasam, sınav var.", CrisisLevel.SOFT),
    ("Keşke yarın sabah uyanmasam da işe gitmesem.", CrisisLevel.SOFT),
    ("Sevgilim için ölmek istiyorum, o kadar aşığım.", CrisisLevel.SOFT),
    ("कॉर्पोरेट दुनिया से चले जाने का मन करता है।", CrisisLevel.SOFT),
    ("सोशल मीडिया की दुनिया से चले जाने का मन करता है।", CrisisLevel.NONE),
    ("corporate duniya se chale jaane ka mann karta hai", CrisisLevel.NONE),
    ("social media ki duniya se chali jaane ka mann karta hai.", CrisisLevel.NONE),
    ("अगर ये गाना फिर बजा तो मैं खुद को मार लूंगा 😂", CrisisLevel.NONE),
    ("कील ठोकते हुए हथौड़ी से खुद को मार लूंगा, मुझसे नहीं होगा।", CrisisLevel.SOFT),
    ("मच्छर इतने हैं कि खुद को मार लूंगा थप्पड़ से।", CrisisLevel.NONE),
    ("لو أكلت كمان حتة كيك هخلص على نفسي.", CrisisLevel.NONE),
    ("الشغل كتير بس هخلص على نفسي.", CrisisLevel.NONE),
    ("مش محتاج مساعدة، رح اخلص ع حالي.", CrisisLevel.SOFT),
    ("بكرا امتحان، بتمنى ما افيق بكرا.", CrisisLevel.NONE),
    ("这周我出差，没有我，家里人反而更轻松，不用做饭。", CrisisLevel.SOFT),
    ("我要是不在了,家里人都轻松,因为没人抢遥控器了", CrisisLevel.SOFT),
    ("我妈发现我偷吃零食后我就想死", CrisisLevel.SOFT),
    ("因为老板开会后我想死，太无聊了", CrisisLevel.SOFT),
    ("Da quando mio fratello gioca a FIFA sbuffa voglio morire.", CrisisLevel.SOFT),
    ("Sınavdan sonra keşke yarın uyanmasam, 14 saat uyuyacağım.", CrisisLevel.SOFT),
    ("मेरा भाई जब से कोडिंग सीख रहा है, मैं खुद को मार लूंगा उसकी बकवास से", CrisisLevel.SOFT),
    ("इस दुनिया से चले जाने का मन करता है, मंगल ग्रह पर बसने का!", CrisisLevel.NONE),
    ("रिटायरमेंट के बाद पापा का कहना है, इस दुनिया से चले जाने का मन करता है", CrisisLevel.SOFT),
    ("dadi kehti hai ab is duniya se chale jaane ka mann karta hai", CrisisLevel.SOFT),
    ("بتمنى ما اصحى بكرا، عندي دوام الساعة ٦", CrisisLevel.SOFT),
    ("موظفة عندنا قالت: بتمنى ما افيق بكرا", CrisisLevel.NONE),
    ("Moja babcia mówi: po co żyć.", CrisisLevel.NONE),
    ("Dziadek ciągle pyta po co jeszcze żyć.", CrisisLevel.NONE),
    ("Chcę ze sobą skończyć! krzyczała bohaterka serialu.", CrisisLevel.SOFT),
    ("Ma collègue a dit: je pense à m'enlever la vie.", CrisisLevel.SOFT),
    ("Dans le film, le héros songe à m'ôter la vie.", CrisisLevel.NONE),
    ("Ayşe: keşke yarın uyanmasam.", CrisisLevel.SOFT),
    ("Fabryka zamknięta, kawa zimna, po co żyć?", CrisisLevel.NONE),
    ("Wtorek. Deszcz. Po co właściwie żyć? :D", CrisisLevel.SOFT),
    ("Jak nie ma promocji na pierogi, to po co żyć.", CrisisLevel.SOFT),
    ("Na urlopie wyloguję się z życia.", CrisisLevel.SOFT),
    ("Wreszcie emerytura, zawinę się z tego świata.", CrisisLevel.NONE),
    ("Ten raport mnie wykończy, muszę ze sobą skończyć.", CrisisLevel.NONE),
    ("Zonder wifi: waarom zou ik nog leven?", CrisisLevel.SOFT),
    ("Geen bier in de koelkast, waarom zou ik verder leven!", CrisisLevel.SOFT),
    ('"Waarom zou ik nog leven?" vroeg de acteur op het podium.', CrisisLevel.SOFT),
    ("Keşke yarın uyanmasam, hafta sonu uzun uyku!", CrisisLevel.NONE),
    (
        "हमारे रिटायर हो रहे साथी ने कहा, अब इस दुनिया से चले जाने का मन करता है — यानी शहर छोड़कर गाँव।",
        CrisisLevel.NONE,
    ),
    ("ऑफिस की दुनिया से चले जाने का मन करता है।", CrisisLevel.NONE),
    ("is rat race wali duniya se chale jaane ka mann karta hai", CrisisLevel.NONE),
    ("gaming ki duniya se chala jaane ka man karta hai.", CrisisLevel.NONE),
    ("इस ट्रैफिक में फंसा रहा तो खुद को मार लूंगा, हाहा", CrisisLevel.NONE),
    ("बच्चों ने फिर दीवार रंग दी, खुद को मार लूंगी मैं तो।", CrisisLevel.NONE),
    ("كل يوم اكل حلويات، هخلص على نفسي", CrisisLevel.SOFT),
    ("我要是不在了，家里人会轻松多少？少个人吃饭嘛", CrisisLevel.SOFT),
    ("Ce stage? Je vais m'ôter la vie.", CrisisLevel.NONE),
    ("Da quando mia sorella fa l'esame sbuffa voglio morire ogni sera.", CrisisLevel.SOFT),
    ("因为他输了比赛后我想死三个字就挂在嘴边", CrisisLevel.SOFT),
    ("Kardeşim sınavdan sonra ben ölmek istiyorum moduna girdi.", CrisisLevel.SOFT),
    ("Babam maçtan sonra ben ölmek istiyorum modunda.", CrisisLevel.SOFT),
    ("我同事然后我想死这个表情包发了一整天", CrisisLevel.SOFT),
    ("我哥打完球后我想死三个字发了十遍", CrisisLevel.SOFT),
    ("Annem için ölmek istiyorum, onu çok seviyorum.", CrisisLevel.SOFT),
    ("Babam haberlerden sonra ben ölmek istiyorum tweetini paylaştı.", CrisisLevel.SOFT),
    ("Quando meu irmão perde no FIFA resmunga quero morrer.", CrisisLevel.SOFT),
    # the first review (crisis28)
    ("Non è che allora voglio morire, sono solo stanco", CrisisLevel.SOFT),
    ("non è che allora mi voglio ammazzare", CrisisLevel.SOFT),
    ("Я не хочу как то покончить с собой", CrisisLevel.SOFT),
    ("Я никогда не думал что то покончу с собой", CrisisLevel.SOFT),
    (
        "main kabhi bhi aisa nahi sochta ki job nahi mili to main khud ko khatam kar lunga",
        CrisisLevel.SOFT,
    ),
    ("dat bedrijf is een gekkenhuis, ik wil er gewoon niet meer zijn", CrisisLevel.SOFT),
    ("waarom zou ik nog leven als een monnik zonder koffie", CrisisLevel.SOFT),
    ("po co w ogóle żyć, jak nie ma pizzy haha", CrisisLevel.NONE),
    ("po co właściwie żyć oszczędnie, skoro i tak inflacja wszystko zje", CrisisLevel.SOFT),
    (
        "po co w ogóle żyć zdrowo jak i tak wszyscy umrzemy kiedyś, daj tę czekoladę",
        CrisisLevel.SOFT,
    ),
    ("muszę się wylogować z tego życia na Facebooku", CrisisLevel.NONE),
    ("chcę się wylogować z życia w aplikacji banku", CrisisLevel.NONE),
    ("wyloguję się z życia online na weekend", CrisisLevel.NONE),
    ("wylogować się z życia i pojechać w Bieszczady na tydzień, marzenie", CrisisLevel.NONE),
    ("chcę ze sobą skończyć tę rozmowę, mamo, pogadamy jutro", CrisisLevel.NONE),
    ("zawinę się z tego świata biurowego i otworzę piekarnię", CrisisLevel.NONE),
    ("活着没什么意思的角色,演得真好", CrisisLevel.SOFT),
    ("没有我,他们项目也会更好吗?我只是实习生", CrisisLevel.NONE),
    ("自从她走了以后我奶奶就想死", CrisisLevel.SOFT),
    ("bensiz daha rahat ederdi ekip, ben zaten stajyerdim", CrisisLevel.NONE),
    ("ben olmasam toplantı daha iyi olurdu, çok konuştum", CrisisLevel.SOFT),
    ("Babam öldükten sonra ben annemin intihar etmesinden korkuyorum", CrisisLevel.SOFT),
    ("هخلص على نفسي الشغل بكرا", CrisisLevel.NONE),
    ("رح اخلص على حالي كل الاكل", CrisisLevel.SOFT),
    ("حخلص على نفسي المشروع قبل العيد", CrisisLevel.NONE),
    ("بدوني بيرتاحون في الاجتماع لانهم ما يحبون اسئلتي", CrisisLevel.NONE),
    ("من غيري بيرتاحوا الزملاء في المكتب", CrisisLevel.NONE),
    ("لا ارغب في الاستيقاظ يوم السبت", CrisisLevel.NONE),
    ("मेरे बिना घरवालों की जिंदगी आसान हो गई है, वो अब घूमने जाते हैं", CrisisLevel.SOFT),
    ("अच्छा होगा अगर मैं ना रहूं, मुझे वैसे भी कल छुट्टी चाहिए", CrisisLevel.NONE),
    ("इस दुनिया से चले जाने का मन था उस फिल्म के हीरो का", CrisisLevel.NONE),
    ("j'ai peur de m'enlever la vie sociale avec ce boulot", CrisisLevel.NONE),
    ("quand elle est partie elle chantait je veux mourir ce soir", CrisisLevel.SOFT),
    ("если не перезвонят то нет смысла ждать, пишу в другие места", CrisisLevel.NONE),
    ("если автобус не придёт то я сдаюсь, пойду пешком", CrisisLevel.NONE),
    ("якщо автобус не прийде то я здаюся і піду пішки", CrisisLevel.NONE),
    ("jak autobus nie przyjedzie to poddaję się i idę pieszo", CrisisLevel.NONE),
    ("jak nie odpiszą to nie ma sensu czekać, wysyłam dalej", CrisisLevel.NONE),
    ("si no sale entonces me rindo y voy andando", CrisisLevel.NONE),
    ("si no arranca entonces me rindo", CrisisLevel.NONE),
    ("se non risponde allora mi arrendo e chiamo domani", CrisisLevel.NONE),
    ("se o ônibus não vier então eu desisto", CrisisLevel.NONE),
    ("agar bus nahi aayi to koi fayda nahi jaane ka", CrisisLevel.NONE),
    ("अगर आज बस नहीं आई तो कोई फायदा नहीं जाने का", CrisisLevel.NONE),
    ("si y a pas de café alors je me tue lol", CrisisLevel.NONE),
    ("si no hay café entonces me mato jaja", CrisisLevel.NONE),
    ("depuis qu'il est mort ma mère répète je veux mourir", CrisisLevel.SOFT),
    ("seit mein bruder bei mir wohnt droht er ich bring mich um", CrisisLevel.SOFT),
    ("من يوم ما ماتت امي ابوي بيصرخ انا بدي اموت", CrisisLevel.SOFT),
    ("babam kovulduktan sonra 'ölmek istiyorum' diye bağırdı", CrisisLevel.SOFT),
    ("babam kovulduktan sonra ölmek istiyorum! diye bağırdı", CrisisLevel.SOFT),
    ("seit mein vater tot ist glaube ich mama will sterben", CrisisLevel.SOFT),
    ("自从他走了我怕奶奶想死", CrisisLevel.SOFT),
    ("odkąd umarł mój tata ja myślę mama chce umrzeć", CrisisLevel.SOFT),
    ("sinds mijn vader dood is denk ik mama wil dood", CrisisLevel.SOFT),
    ("j'ai décidé de m'ôter la vie de célibataire, on se marie en juin", CrisisLevel.SOFT),
    ("je vais m'enlever la vie privée si je prends ce poste de maire haha", CrisisLevel.NONE),
    ("j'aimerais pu me réveiller en sueur à cause de ce boss", CrisisLevel.NONE),
    ("لم اعد ارغب في الاستيقاظ على صوت المنبه", CrisisLevel.SOFT),
    ("لا اريد ان استيقظ على صوت الجيران", CrisisLevel.SOFT),
    ("بتمنى ما افيق على صوت المنبه بكرا", CrisisLevel.SOFT),
    ("هخلص على نفسي التقرير الليله", CrisisLevel.NONE),
    (
        "main NGO mein khudkhushi karne wale logon ki helpline par kaam karna chahta hoon",
        CrisisLevel.SOFT,
    ),
    (
        "मैं आत्महत्या रोकथाम पर काम करता हूं, आत्महत्या के बारे में रोज सोचता हूं कि लोगों को कैसे बचाएं",
        CrisisLevel.SOFT,
    ),
    (
        "mere bina ghar walon ki life aasaan hai jab main hostel mein hota hoon, kam kapde dhone padte hain",
        CrisisLevel.SOFT,
    ),
    ("ailemden ayrı yaşamanın anlamı kalmadı, geri dönüyorum", CrisisLevel.SOFT),
    ("不能吃辣,活着真没什么意思", CrisisLevel.SOFT),
    ("这个角色一直觉得活着没什么意思", CrisisLevel.SOFT),
    ("po co właściwie żyć ponad stan", CrisisLevel.SOFT),
    ("po co jeszcze żyć złudzeniami, ta firma mnie nie przyjmie", CrisisLevel.NONE),
    ("po co mam żyć cudzym życiem, zmieniam branżę", CrisisLevel.SOFT),
    ("muszę ze sobą skończyć tę grę, mam rozmowę jutro", CrisisLevel.NONE),
    ("quand elle boit elle hurle je veux mourir", CrisisLevel.SOFT),
    ("quand elle est triste elle crie je veux me suicider", CrisisLevel.SOFT),
    ("cuando ella bebe grita quiero morirme", CrisisLevel.SOFT),
    ("quando lei beve urla voglio morire", CrisisLevel.SOFT),
    ("quando ela bebe grita quero morrer", CrisisLevel.SOFT),
    ("seit er trinkt brüllt er ich will sterben", CrisisLevel.SOFT),
    ("sinds hij drinkt schreeuwt hij ik wil dood", CrisisLevel.SOFT),
    ("когда она пьёт она кричит я хочу умереть", CrisisLevel.SOFT),
    ("коли вона п'є вона кричить я хочу померти", CrisisLevel.SOFT),
    ("kiedy ona pije krzyczy ja chcę umrzeć", CrisisLevel.SOFT),
    ("لما هي بتسكر بتصرخ بدي اموت", CrisisLevel.SOFT),
    ("jab wo peeta hai chillata hai main marna chahta hu", CrisisLevel.SOFT),
    ("जब वो पीता है चिल्लाता है मैं मरना चाहता हूं", CrisisLevel.SOFT),
    ("他喝醉了以后就喊我想死", CrisisLevel.SOFT),
    ("babam içtikten sonra ağlıyor ölmek istiyorum", CrisisLevel.SOFT),
    ("kardeşim ayrıldıktan sonra ben onun intihar edeceğinden korkuyorum", CrisisLevel.SOFT),
    ("bo mój brat stracił pracę ja się boję chce się zabić", CrisisLevel.SOFT),
]


@pytest.mark.parametrize(("text", "most"), EVERYDAY_OR_SOMEONE_ELSES)
def test_everyday_and_someone_elses_words_get_no_more_than_before(
    text: str, most: CrisisLevel
) -> None:
    assert RANK[assess(text).level] <= RANK[most]
