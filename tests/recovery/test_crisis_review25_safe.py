"""Round 25's second review: the writer's own "I'm safe" (crisis27, taken out).

crisis27 added "I'm safe" / "I would never hurt myself" to the reassurance lists of the 14
languages, stopped the sentence encoder from raising a text with such a reassurance to the full
message, and dropped a phrase lying inside one. A review with fresh eyes (statements written for
the review in the 14 languages, not taken from any corpus) found 80 of the writer's own
statements lowered: "I'm safe" matched inside "No estoy a salvo" and in a question, a reassurance
taken back ("I'm safe. Not.", "/s") left one harmless word, one reassurance anywhere stopped the
full message for a plan elsewhere in the text, past, conditional and ironic reassurances were not
hedges. It was taken out the same day; a mended try (crisis27b) still lowered 46 of a second
reviewer's statements and was taken out too. These statements keep the next try honest: each keeps at
least what the check gave it before crisis27 (the level beside each text).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}

# (the writer's own statement, the least it must get)
STATEMENTS_BESIDE_A_REASSURANCE = [
    # the mend's review (crisis27b, also taken out): the reassurance itself is what the sentence
    # encoder reads as the full message, so taking it out and reading the rest lowered
    # farewells, dates and "won't be around" beside a plain "I'm safe"
    (
        "I'm safe. I've sorted my will and cancelled everything. I won't be around after Friday.",
        CrisisLevel.EXPLICIT,
    ),
    ("Ik ben veilig voor vannacht, maar ik heb de datum gekozen.", CrisisLevel.EXPLICIT),
    ("Я в безопасности. Я написала прощальные письма и раздала вещи.", CrisisLevel.EXPLICIT),
    ("I'm safe-ish. I won't be around after Friday.", CrisisLevel.EXPLICIT),
    (
        "I'm safe. Famous last words. I can't do this anymore and I know how I'll do it.",
        CrisisLevel.EXPLICIT,
    ),
    ("I'm safe, apparently. I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("I'm safe till payday. I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("I'm safe, more or less. I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("I'm safe, allegedly. I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("I feel like I'm safe. I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("Honestly? I'm safe. I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("I'm safe. I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("I'm safe here at home. I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("im safe. wont be around after friday", CrisisLevel.EXPLICIT),
    ("im safe wont be around after friday", CrisisLevel.EXPLICIT),
    ("Я в безопасности. Я написала прощальные письма.", CrisisLevel.EXPLICIT),
    (
        "Ещё один отказ утром после двух этапов. Плакала в метро. На минуту подумала, что больше не выдержу, но не волнуйтесь, я в безопасности и никогда себе ничего не сделаю, это был просто плохой час. Я уже выбрала субботу и написала письма.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Ещё один отказ утром после двух этапов. Плакала в метро. На минуту подумала, что больше не выдержу, но не волнуйтесь, я в безопасности и никогда себе ничего не сделаю, это был просто плохой час. Я уже выбрала субботу и написала письма. Завтра напишу рекрутеру и откликнусь на две вакансии.",
        CrisisLevel.EXPLICIT,
    ),
    ("I'm safe. Nobody will have to put up with me after Sunday.", CrisisLevel.EXPLICIT),
    ("Ik ben veilig. Ik weet nu precies hoe en wanneer.", CrisisLevel.EXPLICIT),
    ("Я в безопасности. После воскресенья никому не придётся меня терпеть.", CrisisLevel.EXPLICIT),
    ("I'm safe-ish. Nobody will have to put up with me after Sunday.", CrisisLevel.EXPLICIT),
    ("I'm safe, for what it's worth. I won't be around after Friday.", CrisisLevel.EXPLICIT),
    (
        "I'm safe, for what it's worth. Nobody will have to put up with me after Sunday.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "I'm safe, supposedly. Nobody will have to put up with me after Sunday.",
        CrisisLevel.EXPLICIT,
    ),
    (
        'I texted back "Yes. I\'m safe." Nobody will have to put up with me after Sunday.',
        CrisisLevel.EXPLICIT,
    ),
    ("I'm safe. Ha. I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("I'm safe 🙃 I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("I'm safe 🙃 Nobody will have to put up with me after Sunday.", CrisisLevel.EXPLICIT),
    (
        "Everyone keeps asking. I'm safe, I reply. I won't be around after Friday.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "I'm safe, I keep repeating it like a mantra. I won't be around after Friday.",
        CrisisLevel.EXPLICIT,
    ),
    ("Still I'm safe. I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("i'm safe tbh I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("im safe rn I won't be around after Friday.", CrisisLevel.EXPLICIT),
    ("im safe rn Nobody will have to put up with me after Sunday.", CrisisLevel.EXPLICIT),
    ("im safe atm Nobody will have to put up with me after Sunday.", CrisisLevel.EXPLICIT),
    (
        "Я в безопасности этой ночью. После воскресенья никому не придётся меня терпеть.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Я в безопасности. Ха-ха. После воскресенья никому не придётся меня терпеть.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Я в безопасности, типа. После воскресенья никому не придётся меня терпеть.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Наверное, я в безопасности. Я написала прощальные письма и раздала вещи.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Я в безопасности, вроде бы. Я написала прощальные письма и раздала вещи.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Я в безопасности, написала я маме. Я написала прощальные письма и раздала вещи.",
        CrisisLevel.EXPLICIT,
    ),
    ("Я в безопасности. Ха-ха. Я написала прощальные письма и раздала вещи.", CrisisLevel.EXPLICIT),
    ("Я в безопасности, типа. Я написала прощальные письма и раздала вещи.", CrisisLevel.EXPLICIT),
    (
        "Я в безопасности, как бы. Я написала прощальные письма и раздала вещи.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "ik ben veilig hoor. ik weet nu precies hoe en wanneer. heb alles geregeld",
        CrisisLevel.EXPLICIT,
    ),
    (
        "मैं सुरक्षित हूं, सच में। लेकिन मैंने विदाई के खत लिख दिए और सामान बांट दिया। रविवार के बाद किसी को मुझे झेलना नहीं पड़ेगा।",
        CrisisLevel.EXPLICIT,
    ),
    # the first review (crisis27)
    ("I'm safe. Not.", CrisisLevel.SOFT),
    ("I'm safe. Lies.", CrisisLevel.SOFT),
    ("I'd never do anything to myself. Lie.", CrisisLevel.SOFT),
    ("Ich bin in Sicherheit. Nur so müde, so unendlich müde von allem.", CrisisLevel.SOFT),
    ("我没法保证我很安全。我把药数好了放在床头柜上，周六家里只有我一个人。", CrisisLevel.EXPLICIT),
    (
        "I'm safe. The plan is to do it on Sunday when everyone is away. I've made peace with it.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Yeah I'm safe, safe as someone with a rope in the closet can be. I want it to be over.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Interview went badly again. I'm safe in my room. I have the knife next to me and I keep thinking about cutting deeper this time.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Funny how I'd tell anyone I'm safe. I have a bottle of pills and a plan for Friday.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "I'm safe as long as I don't go near the bridge again. I went there twice this week to jump.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "I'm safe in the sense that I'm not alone tonight. Tomorrow I'll be alone, and that's when it happens.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Ich habe immer gesagt, ich würde mir nie etwas antun. Jetzt stehe ich jeden Abend auf der Brücke und will springen.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Je suis en sécurité cette semaine, mais j'ai choisi la date et j'ai écrit mes lettres d'adieu.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Je ne me ferais jamais de mal, j'arrêterais juste de manger jusqu'à ce que ça finisse.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Je suis en sécurité tant que je ne retourne pas sur le pont. J'y suis allé deux fois cette semaine pour sauter.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Sono al sicuro finché non torno sul ponte. Ci sono andato due volte questa settimana per buttarmi.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Sono al sicuro, dice quella con la corda nell'armadio. Voglio che finisca tutto.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Estou em segurança enquanto não voltar para a ponte. Fui lá duas vezes esta semana para pular.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Ik zou mezelf nooit iets aandoen, ik stop gewoon met eten tot het voorbij is.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Ik zou mezelf nooit iets aandoen, zei de man met het touw in de kast. Ik wil dat het ophoudt.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Jestem bezpieczny, dopóki nie wrócę na most. Byłem tam dwa razy w tym tygodniu, żeby skoczyć.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Ich bin in Sicherheit, mach dir keine Sorgen, Tagebuch. Die Tabletten liegen abgezählt im Bad, Samstag ist der Tag, an dem ich es beende.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Je ne me ferais jamais de mal, j'ai dit au médecin. Hier j'étais sur les rails à attendre le train.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Non mi farei mai del male, ho detto al medico. Ieri ero sui binari ad aspettare il treno.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "estou em seguranca relaxa. so pesquisei a altura da ponte e se alguem sobrevive a queda",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Jestem bezpieczna, nie martw się, pamiętniku. Tabletki są policzone w łazience, sobota to dzień, w którym z tym skończę.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "main surakshit hu tension na lo. bas google kiya pul kitna uncha hai aur girke koi bachta hai ya nahi",
        CrisisLevel.EXPLICIT,
    ),
    ("我很安全，日记别担心。药在浴室里数好了，周六就是我结束一切的日子。", CrisisLevel.EXPLICIT),
    ("Ik zou mezelf nooit iets aandoen, dacht ik. Tot vanavond.", CrisisLevel.EXPLICIT),
    ("Ik zou mezelf nooit iets aandoen, zei ik altijd. Nu niet meer.", CrisisLevel.EXPLICIT),
    ("Ik zou mezelf nooit iets aandoen? Vanavond wel.", CrisisLevel.EXPLICIT),
    (
        "Mijn vader zei altijd: ik zou mezelf nooit iets aandoen. Hij deed het toch.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "zou mezelf nooit iets aandoen zei ik tegen mn moeder maar het touw ligt klaar",
        CrisisLevel.EXPLICIT,
    ),
    (
        "encore un non aujourd'hui ça fait quarante. je suis en securite tkt. mais aujourd'hui j'ai rangé mes affaires et écrit pour ma soeur qui aura quoi, le chat ira chez elle. je me sens calme comme jamais, samedi c'est bien, y aura personne a la maison",
        CrisisLevel.EXPLICIT,
    ),
    (
        "oggi un altro no, sono quaranta. sono al sicuro tranquilli. pero oggi ho sistemato le mie cose e ho scritto a mia sorella chi prende cosa, il gatto va da lei. mi sento calma come non mai, sabato va bene, non ci sarà nessuno in casa",
        CrisisLevel.EXPLICIT,
    ),
    (
        "bugün yine ret, kırkıncı oldu. güvendeyim merak etmeyin. ama bugün eşyalarımı topladım ve kız kardeşime kimin neyi alacağını yazdım, kedi ona gidecek. uzun zamandır olmadığı kadar sakinim, cumartesi iyi, evde kimse olmayacak",
        CrisisLevel.EXPLICIT,
    ),
    (
        "aaj phir rejection, chalis ho gaye. main surakshit hu tension mat lo. par aaj maine apna saman theek kiya aur behen ke liye likh diya kisko kya milega, billi uske paas jayegi. bahut shanti hai mann mein, shanivar theek hai, ghar pe koi nahi hoga",
        CrisisLevel.EXPLICIT,
    ),
    (
        "今天又被拒了，第四十次了。我很安全别担心。但我今天把东西整理好了，给妹妹写好了谁拿什么，猫给她养。好久没这么平静了，周六挺好，家里没人。",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Otra vez rechazada. Nunca me haré daño, no soy esa persona. Pero después fui a tres farmacias y compré una caja de paracetamol en cada una para que nadie preguntara, y ahora están en mi bolso. Pienso en la calma de después. Mi madre estará triste un tiempo pero estará bien.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Encore refusée. Je ne me ferais jamais de mal, je ne suis pas comme ça. Mais après je suis allée dans trois pharmacies acheter une boîte de paracétamol dans chacune pour qu'on ne me pose pas de questions, et elles sont dans mon sac. Je pense au calme d'après. Maman sera triste un moment mais elle s'en remettra.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Di nuovo rifiutata. Non mi farei mai del male, non sono quel tipo di persona. Però dopo sono andata in tre farmacie a comprare una scatola di paracetamolo in ognuna così nessuno faceva domande, e ora sono nella borsa. Penso alla calma di dopo. La mamma sarà triste per un po' ma starà bene.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Znowu odrzucona. Nigdy bym sobie nic nie zrobiła, nie jestem taka. Ale potem poszłam do trzech aptek i w każdej kupiłam opakowanie paracetamolu, żeby nikt nie pytał, i teraz są w torebce. Myślę o spokoju potem. Mama będzie smutna przez jakiś czas, ale da radę.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Снова отказ. Никогда себе ничего не сделаю, я не такая. Но потом я зашла в три аптеки и в каждой купила по пачке парацетамола, чтобы никто не спрашивал, и теперь они у меня в сумке. Думаю о тишине после. Мама погрустит какое-то время, но справится.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Yine reddedildim. Kendime asla zarar vermem, ben öyle biri değilim. Ama sonra üç eczaneye gidip her birinden bir kutu parasetamol aldım ki kimse soru sormasın, şimdi çantamda duruyorlar. Sonrasındaki sessizliği düşünüyorum. Annem bir süre üzülür ama atlatır.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "फिर से रिजेक्ट हुई। खुद को कभी नुकसान नहीं पहुंचाऊंगी, मैं ऐसी नहीं हूं। लेकिन बाद में तीन दुकानों से पैरासिटामोल का एक एक पत्ता खरीदा ताकि कोई सवाल न पूछे, अब वो मेरे बैग में हैं। उसके बाद की शांति के बारे में सोचती हूं। मां कुछ दिन दुखी रहेंगी पर संभल जाएंगी।",
        CrisisLevel.EXPLICIT,
    ),
    (
        "I'm safe, mostly. The rope is in the boot of the car and I drive past the woods every day.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "I'm safe, kind of. The rope is in the boot of the car and I drive past the woods every day.",
        CrisisLevel.EXPLICIT,
    ),
    ("I'm safe, sort of. I've picked the bridge and the night.", CrisisLevel.EXPLICIT),
    ("I'm safe, supposedly. I've picked the bridge and the night.", CrisisLevel.EXPLICIT),
    ("I'm safe, allegedly. I've picked the bridge and the night.", CrisisLevel.EXPLICIT),
    (
        "I'm safe, for the record, and the record is a lie. I've picked the bridge and the night.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "I can't promise I'm safe. I keep thinking about the pills in the drawer and how many there are.",
        CrisisLevel.EXPLICIT,
    ),
    ("Non sono al sicuro. Ho le pastiglie contate e ho scelto sabato.", CrisisLevel.EXPLICIT),
    (
        "Non posso promettere che sono al sicuro. Ho le pastiglie nel cassetto e le conto ogni sera.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Nie mogę obiecać, że jestem bezpieczna. Tabletki leżą w szufladzie i liczę je co wieczór.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Не можу обіцяти, що я в безпеці. Таблетки лежать у шухляді, і я перераховую їх щовечора.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "मैं वादा नहीं कर सकता कि मैं सुरक्षित हूं। गोलियां दराज़ में हैं और मैं हर रात उन्हें गिनता हूं।",
        CrisisLevel.EXPLICIT,
    ),
    ("我没法保证我很安全。药就在抽屉里，我每天晚上都数一遍。", CrisisLevel.EXPLICIT),
    ("No estoy a salvo.", CrisisLevel.SOFT),
    ("Non sono al sicuro.", CrisisLevel.SOFT),
    ("Não estou em segurança.", CrisisLevel.SOFT),
    ("Nie jestem bezpieczna.", CrisisLevel.SOFT),
    ("I'm safe? No.", CrisisLevel.SOFT),
    (
        "Я в безопасности на этой неделе, но я уже выбрала дату и написала прощальные письма.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Я в безопасности, говорит человек с верёвкой в шкафу. Хочу, чтобы всё закончилось.",
        CrisisLevel.EXPLICIT,
    ),
    (
        "Güvendeyim, diyor dolabında ip olan adam. Her şeyin bitmesini istiyorum.",
        CrisisLevel.EXPLICIT,
    ),
    ("我是安全的吗？药我已经数好了，周六家里没人。", CrisisLevel.EXPLICIT),
    ("Sono al sicuro? Ho le pastiglie contate e sabato sono sola.", CrisisLevel.EXPLICIT),
    ("I'm safe /s", CrisisLevel.SOFT),
    ("I'm safe... NOT", CrisisLevel.SOFT),
    ("I'm safe. Kidding.", CrisisLevel.SOFT),
    ("Ich bin in Sicherheit. Gelogen.", CrisisLevel.SOFT),
    ("Je suis en sécurité. Mensonge.", CrisisLevel.SOFT),
    ("Sono al sicuro. Bugia.", CrisisLevel.SOFT),
    ("Ik ben veilig. Niet.", CrisisLevel.SOFT),
    ("Ik zou mezelf nooit iets aandoen. Grapje.", CrisisLevel.SOFT),
    ("Jestem bezpieczna. Kłamstwo.", CrisisLevel.SOFT),
    ("Никогда себе ничего не сделаю. Ага.", CrisisLevel.SOFT),
    ("أنا في أمان. كذب.", CrisisLevel.SOFT),
    ("मैं सुरक्षित हूं। झूठ।", CrisisLevel.SOFT),
    ("I'm safe. Was.", CrisisLevel.SOFT),
    ("I'm safe. Ish.", CrisisLevel.SOFT),
]


@pytest.mark.parametrize(("text", "least"), STATEMENTS_BESIDE_A_REASSURANCE)
def test_a_reassurance_hedged_negated_or_taken_back_lowers_no_statement(
    text: str, least: CrisisLevel
) -> None:
    assert RANK[assess(text).level] >= RANK[least]
