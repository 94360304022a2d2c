"""Round 25's review: whose phrase, the "then" of a condition, new phrase forms (crisis28, taken out).

crisis28 read a phrase after a clause about someone else as the writer's when an "I" stood near
it, un-negated a phrase after the "then" of a condition ("agar job nahi mili to ..."), and added
phrase forms in ar hi tr zh pl nl fr. A review with fresh eyes (440 texts written for the review
in the 14 languages, not taken from any corpus) found 89 everyday or other-person texts raised:
someone else shouting or repeating "I want to die", "I think mum wants to die", everyday
conditions ("if the bus doesn't come then I give up"), denials whose "then" was not a condition's,
and the new forms on everyday words (logging out of Facebook, finishing a task by oneself, a film
character's line). It was taken out the same day. These texts keep the next try honest: none may
get more than the check gave it before crisis28 (the level beside each text).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}

# (text, the most it may get)
EVERYDAY_OR_SOMEONE_ELSES = [
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
