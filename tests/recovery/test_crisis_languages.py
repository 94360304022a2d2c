"""The crisis check in every language: detection, phrase files, idioms, negation, others.

Every phrase here was written for this test, in the languages' own words (not translations of
one another), and is never used for training."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_lang import LANGUAGES, candidates
from bounceback.recovery.crisis_lexicon import DATA, available, lexicon, parse

E, S, N = CrisisLevel.EXPLICIT, CrisisLevel.SOFT, CrisisLevel.NONE


def test_every_language_has_a_phrase_file_that_compiles() -> None:
    assert set(available()) == set(LANGUAGES)
    for lang in (*available(), "global"):
        lex = lexicon(lang)
        assert lex is not None and lex.explicit and (lang in ("global", "en") or lex.heavy), lang


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_phrase_files_are_written_folded(path) -> None:  # type: ignore[no-untyped-def]
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("#"):
            continue
        for char in line:
            if ord(char) > 127:
                assert fold(char) == char, f"{path.name}:{number}: {char!r} is not folded"


def test_a_wrong_phrase_line_names_its_file_and_line() -> None:
    with pytest.raises(ValueError, match="x.txt:2"):
        parse("[explicit]\nbroken: (unclosed", "xx", "x.txt")
    with pytest.raises(ValueError, match="x.txt:1"):
        parse("[nonsense]", "xx", "x.txt")


def test_folding_reads_one_spelling_for_many() -> None:
    assert fold("NÃO aguento") == "nao aguento"
    assert fold("Möchte STERBEN") == "mochte sterben"
    assert fold("Chcę się zabić") == "chce sie zabic"
    assert fold("ölmek İstiyorum") == "olmek istiyorum"
    assert fold("хочу умерЕть, ёжик й") == "хочу умереть, ежик и"
    assert fold("أريد أن أموت") == "اريد ان اموت"
    assert fold("我不想活了，殺了我") == "我不想活了,杀了我"
    assert fold("quierooo morirrr") == "quiero morir"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ya no aguanto más esta búsqueda de empleo", "es"),
        ("ich habe heute wieder eine Absage bekommen", "de"),
        ("encore un refus aujourd'hui, je suis fatigué", "fr"),
        ("mais uma recusa hoje, estou cansada", "pt"),
        ("un altro rifiuto oggi, sono stanco", "it"),
        ("weer een afwijzing vandaag, ik ben moe", "nl"),
        ("kolejna odmowa dzisiaj, jestem zmęczony", "pl"),
        ("bugün yine ret aldım, çok yorgunum", "tr"),
        ("сегодня опять отказ, я устал", "ru"),
        ("сьогодні знову відмова, я втомився", "uk"),
        ("اليوم رفض جديد وأنا تعبان", "ar"),
        ("आज फिर से रिजेक्शन आया, मैं थक गया हूं", "hi"),
        ("今天又被拒了，好累", "zh"),
    ],
)
def test_the_language_is_among_those_read(text: str, lang: str) -> None:
    assert lang in candidates(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # explicit, in each language's own words
        ("de verdad que me quiero morir, otra entrevista y nada", E),
        ("pienso en quitarme la vida desde que me despidieron", E),
        ("Ich will nicht mehr leben. Schon wieder eine Absage.", E),
        ("hab schon die Tabletten gesammelt, für wenn die letzte Absage kommt", E),
        ("j'ai envie de mourir, sérieux", E),
        ("tout le monde serait mieux sans moi", E),
        ("não quero mais viver, ninguém me responde", E),
        ("vorrei addormentarmi e non svegliarmi più", E),
        ("ik wil dood, niemand neemt me aan", E),
        ("chcę się zabić, kolejna odmowa", E),
        ("artık yaşamak istemiyorum", E),
        ("не хочу больше жить, полгода без работы", E),
        ("не хочу більше жити", E),
        ("بدي موت، ما حدا بدو يوظفني", E),
        ("मैं मरना चाहता हूं, कोई नौकरी नहीं", E),
        ("mujhe marna hai yaar, koi call nahi aata", E),
        ("我不想活了，投了一百份简历", E),
        # slang with a laugh: the question, since a laugh marks hyperbole far more often
        ("kms lol, otra vez rechazado", S),
        ("kms lol. no en serio, otra vez rechazado", E),
        # heavy: the check asks
        ("ya no puedo más, de verdad", S),
        ("Ich kann einfach nicht mehr.", S),
        ("à quoi bon continuer à postuler", S),
        ("撑不下去了", S),
        # harmless idioms of each language
        ("me muero de risa con este correo del reclutador", N),
        ("ich langweile mich zu Tode in diesem Onboarding", N),
        ("je suis mort de rire, ils m'ont rappelé pour le mauvais poste", N),
        ("tô morrendo de fome depois da entrevista", N),
        ("muoio dal ridere, mi hanno chiamato per sbaglio", N),
        ("ik verveel me dood bij deze training", N),
        ("umieram ze śmiechu z tego maila", N),
        ("gülmekten öldüm, yanlış kişiye mail atmışlar", N),
        ("умираю со смеху от этого письма", N),
        ("помираю зо сміху з цього листа", N),
        ("ميت من الضحك على إيميل الشركة", N),
        ("हंसते हंसते मर गया उस ईमेल पर", N),
        ("笑死我了，HR发错邮件了", N),
        ("ich könnte meinen Chef umbringen, aber sonst alles gut", N),
        ("mi jefe me va a matar si llego tarde otra vez", N),
    ],
)
def test_levels_in_every_language(text: str, level: CrisisLevel) -> None:
    assert rules_only(text).level == level, rules_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "no quiero morir, solo quiero un trabajo",  # negated
        "mi hermano dice que quiere morir",  # someone else (es: third person)
        "我不是想死，就是太累了",  # negated (zh)
        "mein Bruder hat an Selbstmord gedacht",  # someone else (de)
    ],
)
def test_negated_or_about_someone_else_is_never_the_full_message(text: str) -> None:
    assert assess(text).level != E


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # written for this test: a laugh or an eye-roll makes an explicit phrase a question...
        ("me quiero morir jajaja, se me cayó el café encima antes de la entrevista", S),
        ("ich bring mich um 😂 schon wieder ein Assessment Center", S),
        ("хочу умереть ахах, забыл выключить камеру", S),
        ("又被拒了，我不活了哈哈哈", S),
        # ...unless the writer says it is not a joke
        ("quero morrer kkkk não é brincadeira, sério", E),
        ("wanna kms lol. not lol. i mean it", E),
        ("chcę się zabić xD ale nie, na serio", E),
    ],
)
def test_a_laugh_asks_unless_the_writer_says_it_is_no_joke(text: str, level: CrisisLevel) -> None:
    assert rules_only(text).level == level, rules_only(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # written for this test, kinds the lists lacked until round 3 (self-harm again, pills
        # counted, a painless way, asking God to take one, better for all if one died)
        ("anoche me volví a cortar después del correo de rechazo", E),
        ("tenho contado os comprimidos que sobraram, acho que já dá", E),
        ("j'ai cherché comment mourir sans douleur cette nuit", E),
        ("Herrgott, hol mich endlich, ich mag nicht mehr", E),
        ("als ik dood was zou iedereen opgelucht zijn", E),
        ("gdyby mnie nie było, wszystkim byłoby lepiej", E),
        ("сколько таблеток нужно, чтобы не проснуться", E),
        ("я знову порізала руки після відмови", E),
        ("yine kestim kendimi, kimse bilmiyor", E),
        ("يا رب خدني، تعبت من الرفض", E),
        ("भगवान मुझे उठा ले, अब और नहीं", E),
        ("又割了手腕，没人知道", E),
        ("i've been cutting again since the layoff", E),
        ("my family would be more relaxed at my funeral", E),
        # and the same words in harmless use
        ("me corté el pelo yo sola antes de la entrevista", N),
        ("i cut the cover letter again, down to one page", N),
    ],
)
def test_round_three_kinds_in_every_language(text: str, level: CrisisLevel) -> None:
    assert rules_only(text).level == level, rules_only(text)


def test_romanised_hindi_is_read_when_it_is_there() -> None:
    assert "hi" in candidates("yaar aaj phir reject ho gaya")
    assert "hi" not in candidates("Another rejection today, the third this week.")


def test_a_conditional_joke_gets_the_question_not_the_full_message() -> None:
    assert rules_only("si me preguntan otra vez por mis debilidades me tiro por la ventana jaja").level == S


# Ordinary texts the model may ask about (a known cost of asking: "einfach nicht mehr" reads
# heavy): the question or nothing, as the model retrained on new authors reads them; never the
# full message.
ORDINARY_BUT_ASKED = {
    "so wütend, sie haben sich nach der letzten runde einfach nicht mehr gemeldet",
    # round 4: the question from 0.65/0.85 (held out on author K, ordinary texts asked 6 %)
    "essa espera tá me matando, tomara que liguem hoje",
    "ik ben benieuwd tot op het bot of ik door ben naar de tweede ronde",
    # round 5: the question's explicit threshold per language (pt 0.6, zh 0.55; held out)
    "que raiva, me deram ghosting depois da última fase",
    "昨天我的猫死了，又被拒了一次",
    # round 5, after authors M and N were imported and the model retrained
    "qué rabia, me dejaron en visto después de la última ronda",
    "itna gussa aa raha hai, last round ke baad ghost kar diya",
    "ye intezaar jaan le raha hai, umeed hai aaj call aaye",
    # round 8: the sentence encoder (which does not know Hindi) reads "dying to know" as
    # explicit at 0.87: the question, never the full message
    "jaan ne ke liye mara ja raha hu ki second round mein hua ya nahi",
    # round 9: the encoder runs from an n-gram reading of 0.4 and asks from 0.7 (chosen held out
    # on author Q); it reads a pet's death beside a rejection and "the wait is killing me" at 0.8
    # to 0.92: the question, never the full message (3 of the 126 ordinary probes)
    "me mata la espera, ojalá me llamen hoy",
    "mijn kat is gisteren doodgegaan en dan nog een afwijzing erbij",
    "mój kot wczoraj zdechł i jeszcze kolejna odmowa",
}


# Round 7: a phrase list's full message needs the model's agreement (crisis.MODEL_AGREES). This
# plan, written for this test, the model reads too weakly (explicit 0.23-0.26, explicit-or-heavy
# under 0.5): it gets the question, whose answer shows every line, and never nothing. Since round
# 10 the encoder's agreement restores the full message (crisis_decide.ENCODER_AGREES): the
# Spanish, German, French and Polish plans of this kind get it now, and are held to it.
EXPLICIT_BUT_ASKED = {
    "vandaag begonnen met mijn testament te schrijven",
}


def _probes() -> list[tuple[str, str, str]]:
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "data" / "recovery" / "crisis_probes.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [(level, lang, text) for level, lang, text in rows]


@pytest.mark.parametrize(("level", "lang", "text"), _probes())
def test_statements_of_every_kind_in_every_language(level: str, lang: str, text: str) -> None:
    # Written for this test (tests/data/recovery/crisis_probes.tsv: stopping existing, not waking
    # up, everything ready tonight, goodbye to the world, burning oneself, everyone happier
    # without me; heavy texts and ordinary ones with each language's idioms) and used to find kinds
    # of statement the lists lacked; never used for training.
    found = assess(text)
    if text in ORDINARY_BUT_ASKED:
        assert found.level != E, (lang, found)
        return
    if text in EXPLICIT_BUT_ASKED:
        assert found.level == S and "model:disagrees" in found.signs, (lang, found)
        return
    if level == "S":  # heavy: the question at least
        assert found.level != N, (lang, found)
    else:
        assert found.level == (E if level == "E" else N), (lang, found)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Round 4, by kind (written for this test): knowing how and when, a pet given away,
        # standing at a bridge or the tracks, pills counted, "won't need it", a past attempt,
        # punishing oneself on purpose, hoping to be hit, euthanasia. A kind read as heavy asks.
        ("no offer again. i know how and when, i know where.", E),
        ("dropped my dog at my sister's for good, told her it's for a trip", S),
        ("yo ya sé cómo y cuándo.", E),
        ("conté las pastillas de mi madre otra vez anoche", S),
        ("já sei como e quando, só falta coragem", E),
        ("ontem fiquei um tempão parada na ponte olhando a água", S),
        ("je sais comment et quand. plus besoin d'attendre leur réponse", E),
        ("je me suis brûlé le bras exprès après l'appel du recruteur", S),
        ("ich weiß wie und wann. die absage war die letzte", E),
        ("ich hab meine schlaftabletten gezählt und aufgehoben", S),
        ("so già come e quando.", E),
        ("ho lasciato il mio gatto alla vicina per sempre", S),
        ("ik weet hoe en wanneer.", E),
        ("ik blijf elke ochtend langer op het perron staan bij het spoor", S),
        ("wiem jak i kiedy, wiem gdzie.", E),
        ("policzyłam tabletki taty, które zostały w szafce", S),
        ("ne zaman ve nasıl biliyorum", E),
        ("ilaçları saydım ve dolapta sakladım", S),
        ("я уже знаю, как и когда.", E),
        ("вчера долго стояла на мосту и смотрела вниз", S),
        ("я вже знаю, як і коли.", E),
        ("мені цей ноутбук більше не знадобиться, віддала сестрі", S),
        ("मुझे पता है कब और कैसे।", E),
        ("neend ki goliyan jama kar raha hoon", S),
        ("بعرف امتى وازاي.", E),
        ("عطيت قطتي لجارتي وما رح ارجعها", S),
        ("我已经知道怎么做和什么时候。", E),
        ("我偷偷攒了好多安眠药", S),
        ("tried once before, two years ago, and the thought is back", S),
        ("hoping the bus just hits me on the way to the interview", E),
        ("ojalá me atropelle un coche de camino a la entrevista", S),
        ("od tygodnia karzę się za każdą odmowę, specjalnie nie jem", S),
        ("наказываю себя: специально не ем третий день", S),
        ("ik lees over euthanasie bij psychisch lijden", S),
        # everyday words of the same kinds stay quiet
        ("I know how and when to follow up with a recruiter", N),
        ("sé cómo y cuándo pedir un aumento", N),
        ("my neighbour is feeding the cat while I fly to the interview", N),
        ("counted my savings: two months of rent left", N),
        ("stood on the bridge at the career fair booth for hours", N),
        ("ich weiß noch nicht, wie und wann sie sich melden", N),
        ("wiem, jak i kiedy wysłać follow-up do rekrutera", N),
        ("mijn eerste poging voor een rijbewijs ging mis", N),
        ("mi primer intento en la entrevista técnica salió fatal", N),
        ("yeni bir girişim kurdum, yatırımcı arıyorum", N),
    ],
)
def test_round_four_kinds_in_every_language(text: str, level: CrisisLevel) -> None:
    found = rules_only(text)
    if level == S:  # the round-4 phrase asks (an older phrase may already give the full message)
        assert found.level != N and any(":r4_" in s for s in found.signs), found
    else:
        assert found.level == level, found


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Round 4, second part (written for this test): a cigarette put out on the skin, cutting
        # again however it is spelt, knowing which bridge or crossing, pills set aside, how many
        # looked up, hoping a truck hits, in words of each language.
        ("stubbed my cigarette out on my wrist after the call", E),
        ("anoche apagué el cigarro en mi muñeca", E),
        ("apaguei o cigarro no meu pulso de novo", E),
        ("j'ai éteint ma cigarette sur mon poignet", E),
        ("hab die kippe auf meinem handgelenk ausgedrückt", E),
        ("mi sono spenta la sigaretta sul polso", E),
        ("sigaret uitgedrukt op mijn pols", E),
        ("zgasiłem papierosa na nadgarstku", E),
        ("sigarayı bileğimde söndürdüm yine", E),
        ("прижгла запястье сигаретой", E),
        ("загасила руку недопалком", S),
        ("طفيت السيجارة في ايدي", E),
        ("cigarette kalai pe bujha di", E),
        ("又用烟头烫手腕", E),
        ("me corte otra ves", E),
        ("hab mich wieder geschniten", E),
        ("znowu się pocięłam", E),
        ("i know the spot where the express doesn't slow down", S),
        ("ya sé desde qué puente", S),
        ("je connais l'endroit où le train ne freine pas", S),
        ("ich weiß an welcher stelle der zug nicht bremst", S),
        ("ik weet bij welke overweg hij doorrijdt", S),
        ("wiem, w którym miejscu pociąg nie zwalnia", S),
        ("hangi köprüden atlayacağımı biliyorum", S),
        ("знаю, с какого моста", S),
        ("знаю, з якого мосту", S),
        ("pata hai kaunsi railway line pe", S),
        ("ho messo da parte le gocce della nonna", S),
        ("opgezocht hoeveel ik nodig heb", S),
        ("pesquisei quanto precisa", S),
        ("kaç tane gerektiğine baktım", S),
        ("посмотрела, сколько нужно", S),
        ("bir tır çarpsın istiyorum", S),
        ("quisiera que me atropellara un camión", S),
        ("хоч би мене збила фура", S),
        ("koi truck thok de", S),
        ("希望被砂石车撞到", S),
        # everyday sentences with the same words stay quiet
        ("I know which train to take to the interview", N),
        ("ya sé qué tren tomar para la entrevista", N),
        ("ich habe die tabletten für die reise zur seite gelegt, kopfschmerzen", N),
        ("ik weet welke trein ik moet nemen naar utrecht", N),
        ("stubbed my toe on the desk before the call", N),
    ],
)
def test_round_four_kinds_from_author_k(text: str, level: CrisisLevel) -> None:
    found = rules_only(text)
    if level == S:
        assert found.level != N and any(":r4_" in s for s in found.signs), found
    else:
        assert found.level == level, found


@pytest.mark.parametrize(
    "text",
    [
        # A past attempt the writer says is behind them, in each language's words (the question,
        # never the full message and never nothing)
        "three years ago I tried to end my life. therapy helped, and today a no just stings",
        "hace dos años intenté quitarme la vida; la terapia me ayudó y sé que esto pasa",
        "vor zwei jahren wollte ich nicht mehr leben. heute weiß ich, dass ich da durchkomme",
        "dwa lata temu byłam po próbie samobójczej. terapia mi pomogła, wiem że minie",
        "два года назад я думал о суициде. терапия помогла, знаю, что это пройдет",
        "iki yıl önce intihar girişiminde bulundum. terapi iyi geldi, geçeceğini biliyorum",
        "两年前我自杀未遂。我知道会过去的",
        # wishing not to do something, said as death
        "I'd rather die than go back to that call centre",
        "plutôt mourir que de retravailler pour eux",
        "ich will lieber sterben als noch eine maßnahme beim jobcenter",
    ],
)
def test_a_past_put_behind_or_rather_die_than_asks(text: str) -> None:
    assert rules_only(text).level == S, rules_only(text)


@pytest.mark.parametrize(
    "text",
    [
        # ...but a relapse, or saying it is meant, keeps the full message
        "relapsed and cut again. 2 years clean and one email undid it",
        "lieber tot als mit 55 in die nächste maßnahme. ich mein das wörtlich",
        "我宁愿死也不想再看到他们失望的脸，我是认真的，我想死",
    ],
)
def test_a_relapse_or_a_meant_wish_keeps_the_full_message(text: str) -> None:
    assert rules_only(text).level == E, rules_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "ye online aptitude tests se bore ho ke mar jaunga",
        "尴尬得想死，面试一句都没听懂",
        "la entrevista de hoy me mató, cuatro horas de dinámicas",
    ],
)
def test_round_four_idioms_stay_quiet(text: str) -> None:
    assert rules_only(text).level == N, rules_only(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Round 7 (written for this test): a condition on something quoted happening again is
        # hyperbole far more often than a plan, unless the writer says it is meant.
        ("Wenn mich noch ein Recruiter 'Talent' nennt, werf ich mich vor den nächsten Bus.", S),
        ("se eu tiver que escrever 'sou proativo' mais uma vez eu me jogo da janela", S),
        ("if one more recruiter says 'circle back' i am going to kill myself. i mean it", E),
        ("Wenn das AMS mich noch in einen Kurs steckt, dann bring ich mich um.", E),
        # A negator in a gap the phrase allows negates it; a "never" inside a wish does not.
        # (round 19: a clear reassurance with only the search left gets nothing, the lead's
        # decision; the negator still negates: nothing, not the full message)
        ("je ne veux pas mourir, je veux juste un CDI", N),
        ("ich will nicht sterben, nur endlich eine Zusage", S),
        ("ich will nicht mehr leben", E),
        ("keşke hiç doğmasaydım", E),
        # "Nothing but" is no negation; the verb first after a condition is still the writer's.
        ("ich denke an nichts anderes als an Selbstmord", E),
        ("ik denk aan niets anders dan zelfmoord", E),
        ("als ik weer word afgewezen, breng ik mezelf om", E),
        ("mano eu quero morrer de verdade, não é zoeira", E),
        ("I'm too hard on myself after interviews", N),
    ],
)
def test_round7_conditions_negations_and_word_order(text: str, level: CrisisLevel) -> None:
    assert assess(text).level == level, assess(text)
