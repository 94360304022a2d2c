"""A clear self-reassurance with no other risk signal gets nothing (round 19, issue 15).

The lead's product decision: "I'm not suicidal, just tired of this", "not in a dark way lol",
"don't worry, I won't do anything stupid, I'm just fed up" (and each language's own ways of
saying it) get no question. Held out by author, 52 % of the helpers' negated ordinary texts got
the question before (docs/history/crisis-safety.md, round 18's gentle notes).

`calm` only ever LOWERS a reading to nothing, and only where all of these hold:

- the check asks or gives the full message (a reassurance the phrase lists misread as a
  statement: "İntihar etmeyeceğim, sadece çok yorgunum", "suicidal nahi hoon, bas thak gaya");
- the text holds a reassurance of the writer's own (REASSURANCES, one list per language read):
  not inside double quotes, not with someone else named just before it in its clause ("my
  brother says he's not suicidal"), not hedged or bounded in time around it ("not going to do
  anything... yet", "probably won't", "not today": TIMED);
- what is left without the reassurances holds nothing of risk: no word of dying, killing,
  suicide, living, vanishing, means, harm, burden or farewell of a language read
  (crisis_gentle.DEATH_WORDS, after its harmless idioms are removed), no phrase of the lists
  (explicit or heavy, negated or softened included), and the whole check run on it (the phrase
  lists and both models, as for any text, round 18's idiom step included) gives nothing; or
  what is left is a few words (crisis_gentle.FEW_WORDS) that name a plain feeling (VENTED:
  tired, fed up, annoyed, "harta", "genervt", "бешусь", "烦") and only the n-gram model asks
  about them: it reads "just tired of this" (0.93) as it reads "I just don't see why I'm still
  trying" (0.95), and only the second is a sign of risk.

So "I'm not suicidal, I just don't want to wake up" keeps its question (what is left is a
passive wish), and so do "not going to do anything... yet" (bounded in time) and "no, I'm fine.
I've written the letters" (what is left is a farewell).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_gentle import death_word, idiom_free, settle, still_asks
from bounceback.recovery.crisis_lexicon import lexicon
from bounceback.recovery.crisis_multi import about_other, sentences

if TYPE_CHECKING:
    from bounceback.recovery.crisis import CrisisCheck

CALMED = "gentle:reassured"  # the sign a lowered reading keeps

# The writer's own reassurances, per language, written as people write them (folded at import,
# as the text is). Each says the writer will not harm themselves or has no such thoughts; a
# comfort alone ("don't worry", "tranquila") is no reassurance ("mamma stai tranquilla, tra poco
# non dovrai più preoccuparti per me" is a farewell).
_REASSURANCES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("en",): (
        r"\b(i'?m|i am|im) not (suicidal|going to (kill|hurt|harm) myself|gonna (kill|hurt|harm) myself)\b",
        r"(^|[,;:(\-] ?)not suicidal\b",
        r"\b((i'?m|i am|im) )?(not going to|not gonna|won'?t|will not|wont|never going to) do anything "
        r"(stupid|silly|dumb|drastic|rash|crazy)\b",
        r"\bi (won'?t|will not|wont|would never|'d never|wouldn'?t) (hurt|harm|kill) myself\b",
        r"\bno(t any)? suicidal thoughts\b|\bi have no (suicidal )?thoughts of (suicide|ending it|killing myself)\b",
        r"\bi'?m not (thinking|planning) (about|of|on) (killing|hurting|harming) myself\b",
        r"\bi (don'?t|do not|dont) want to die\b",
        r"\bnot in (a|the) (dark|bad|suicidal|scary|sad) way\b",
    ),
    ("es",): (
        r"\bno (voy a|pienso) hacer (ninguna|una|nada de|ningun tipo de) (tonteria|locura|estupidez|burrada)s?\b",
        r"\bno (voy a|pienso) hacer(me)? (nada|ninguna tonteria)\b",
        r"\bno estoy pensando en (hacerme nada|hacerme dano|matarme|suicidarme|quitarme la vida)\b",
        r"\bno me voy a (matar|suicidar|tirar|hacer nada|hacer dano)\b",
        r"\bno (es que )?(me )?quier[oa] morir(me)?\b",
        r"\bno (soy|estoy) suicida\b|\bno tengo (pensamientos|ideas) suicidas\b",
        r"\bnunca me haria (dano|nada)\b",
    ),
    ("pt",): (
        r"\bnao vou (fazer )?(nenhuma |nada de |uma )?(besteira|bobagem|asneira|loucura|merda)s?\b",
        r"\bnao (estou|to|tou) a pensar (em )?(fazer (nenhuma )?(asneira|besteira)|me matar|matar-me)\b",
        r"\bnao (estou|to|tou) pensando em (fazer (nenhuma )?besteira|me matar|suicidio)\b",
        r"\bnao vou me (matar|jogar)\b|\bnao vou (matar-me|atirar-me)\b",
        r"\bnao (estou|to|tou|sou) suicida\b",
        r"\bnao (quero|to com vontade de|estou com vontade de|com vontade de) morrer\b",
    ),
    ("de",): (
        r"\bich (tu|tue|werd|werde) mir (schon )?(nichts|nix) an(tun)?\b",
        r"\b(nichts|nix) an(tun)?,? (keine sorge|versprochen)\b",
        r"\bich (mach|mache|werd|werde) (schon )?(keine dummheiten|nichts dummes|nix dummes)( machen)?\b",
        r"\b(ich bin )?nicht (suizidal|lebensmude|selbstmordgefahrdet)\b|\bsuizidal bin ich nicht\b",
        r"\bich (will|mochte) nicht sterben\b",
        r"\bich (denk|denke) nicht an (selbstmord|suizid)\b|\bkeine (suizidgedanken|selbstmordgedanken)\b",
        r"\bich (spring|springe) (schon |auch )?(nicht|nirgends)\b",
    ),
    ("fr",): (
        r"\b(je (ne )?vais|jvais|j'vais) pas (faire )?(de |des )?(betise|connerie|truc stupide)s?\b",
        r"\b(je (ne )?suis |j'suis |chuis )?pas suicidaire\b",
        r"\b(je (ne )?vais|jvais|j'vais) pas me (tuer|suicider|jeter|foutre en l'air)\b",
        r"\bje (ne )?veux pas mourir\b",
        r"\bje (ne )?pense pas (au suicide|a me tuer|a mourir)\b|\bpas d'idees (noires|suicidaires)\b",
    ),
    ("it",): (
        r"\bnon (faccio|faro|sto per fare) (niente di stupido|nulla di stupido|cazzate|sciocchezze|stupidaggini|"
        r"gesti estremi|follie|pazzie)\b",
        r"\bnon mi (butto|ammazzo|uccido|faccio del male|faccio niente)\b",
        r"\bnon (sono|so) (suicida|depress[ao] a quel punto)\b",
        r"\bnon (e che )?voglio morire\b",
        r"\bnon sto pensando di (ammazzarmi|uccidermi|farla finita|farmi del male)\b",
        r"\bnon ho pensieri (strani|suicidi|brutti|di morte)\b",
    ),
    ("nl",): (
        r"\bik (ga|doe) (echt )?(niks|niets) (stoms|doms|geks|raars)\b|\bgeen domme dingen\b",
        r"\bik doe mezelf (niks|niets)( aan)?\b|\bik doe mijzelf (niks|niets)( aan)?\b",
        r"\b(ik ben )?niet suicidaal\b",
        r"\bik wil niet dood\b",
        r"\bik ga niet (dood|zelfmoord plegen|van een brug springen|springen)\b",
        r"\bgeen (zelfmoordgedachten|suicidale gedachten)\b",
    ),
    ("pl",): (
        r"\bnic (glupiego|sobie) nie zrobie\b|\bnie zrobie (nic glupiego|sobie nic|sobie krzywdy)\b",
        r"\bnie zamierzam sie (zabijac|zabic)\b",
        r"\bnie (mam|miewam) mysli samobojczych\b",
        r"\bnie chce umierac\b",
        r"\bnie mysle o (samobojstwie|zadnych glupotach|glupotach)\b",
        r"\bnie (skocze|rzuce sie)\b",
    ),
    ("tr",): (
        r"\bkendime (bir|bi) (sey|sey) (yapmayacagim|yapmam|yapmicam|yapmiycam|yapmayacam)\b",
        r"\bsacma (bir|bi) (sey|sey) (yapmayacagim|yapmam|yapmicam|yapmiycam|yapmayacam)\b",
        r"\bintihar (falan |filan )?(dusunmuyorum|etmeyecegim|etmem)\b|\bintihar dusuncem yok\b",
        r"\bolmek istemiyorum\b",
        r"\b(kopruden )?atlamiyorum\b",
    ),
    ("ru",): (
        r"\b(ничего|ничо) с собой (не сделаю|делать не собираюсь|не собираюсь делать)\b",
        r"\bс собой (ничего|ничо) (не сделаю|делать не собираюсь|не собираюсь делать)\b",
        r"\bне собираюсь (ничего )?с собой (ничего )?делать\b",
        r"\b(мыслей|мыслеи) о (суициде|смерти|самоубийстве) нет\b|\bнет (у меня )?(мыслей|мыслеи) о (суициде|смерти)\b",
        r"\b(умирать|умереть) не хочу\b|\bне хочу (я )?(умирать|умереть)\b",
        r"\bглупостеи не (наделаю|сделаю)\b|\bне (наделаю|сделаю) глупостеи\b",
        r"\bне собираюсь (с моста )?прыгать\b",
    ),
    ("uk",): (
        r"\b(нічого|нічо) з собою не (зроблю|робитиму)\b|\bсобі нічого не зроблю\b",
        r"\bне збираюсь (я )?(нічого )?з собою (нічого )?робити\b",
        r"\b(думок|думки) про (суїцид|смерть) (нема|немає)\b",
        r"\bне хочу (я )?(помирати|вмирати|померти)\b",
        r"\bдурниць не (наробл|зробл)\w*\b|\bне (наробл|зробл)\w* дурниць\b",
    ),
    ("ar",): (
        r"(مش|مو|ما) (ه|ح|رح |راح )?(اعمل|عمل|اسوي|سوي) (في |ب)نفسي (حاجه|اشي|شي|شيء)",
        r"(مش|ما|لا) (ب|بـ)?(فكر|افكر) (في|ب) (الانتحار|اني اموت)",
        r"لن (اوذي|اقتل) نفسي|مش (ه|ح)(رمي|ارمي|اموت) نفسي",
        r"(ما|مش|مو) (ابي|ابغى|بدي|عايز|عاوز) (اموت|انتحر)",
        r"msh ha3mel (7aga|haga) (ghabeya|fe nafsy)",
    ),
    ("hi",): (
        r"\b(kuch )?(ulta seedha|ulta sidha|galat|bewakoofi) nahi (karunga|karungi|karne wala|karne wali|karenge)\b",
        r"\bsuicidal nahi (hoon|hu|hun)\b|\bmarna nahi hai\b|\bmarna nahi chahta\b|\bmarna nahi chahti\b",
        r"(कुछ )?(उल्टा सीधा|उल्टा-सीधा|गलत) नहीं (करूंगा|करूंगी|करने वाला|करने वाली)",
        r"मरना नहीं (है|चाहता|चाहती)|आत्महत्या (के बारे में )?नहीं सोच",
        r"खुद को (कुछ )?नहीं (करूंगा|करूंगी)",
    ),
    ("zh",): (
        r"不会想不开|不会做傻事|没有?想不开|没有?想死|不是想死|不会自杀|没有自杀的念头|不会寻短见|不会轻生|不想死",
    ),
}

# Hedged or bounded in time: the reassurance is no reassurance ("not going to do anything...
# yet", "probably won't do anything stupid", "not today"), searched in its clause before it and
# just after it (whatever the punctuation: "... yet").
_TIMED: dict[tuple[str, ...], str] = {
    ("en",): r"\b(yet|for now|today|tonight|this time|right now|at the moment|probably|maybe|think|"
             r"hope|hopefully|guess|might|not sure|until|unless|anymore|any more)\b",
    ("es",): r"\b(todavia|aun|por ahora|de momento|hoy|esta noche|creo|espero|quizas?|"
             r"a lo mejor|hasta)\b",
    ("pt",): r"\b(ainda|por enquanto|por agora|hoje|esta noite|hoje a noite|acho|espero|talvez|ate)\b",
    ("de",): r"\b(noch nicht|vorerst|erstmal|heute|heut|diesmal|glaub|glaube|hoffe|vielleicht|wohl|bis)\b",
    ("fr",): r"\b(pas encore|pour l'instant|pour le moment|aujourd'hui|ce soir|crois|j'espere|espere|"
             r"peut-etre|jusqu'a)\b",
    ("it",): r"\b(non ancora|per ora|per adesso|oggi|stasera|credo|spero|forse)\b",
    ("nl",): r"\b(nog niet|voorlopig|vandaag|vanavond|denk|hoop|misschien)\b",
    ("pl",): r"\b(jeszcze|na razie|narazie|dzisiaj|dzis|mysle|chyba|mam nadzieje|moze)\b",
    ("tr",): r"\b(henuz|simdilik|bugun|bu gece|galiba|sanirim|umarim|belki|kadar)\b",
    ("ru", "uk"): r"(?<!\w)(пока|еще|ещё|сегодня|наверное|надеюсь|может|поки|ще|сьогодні|"
                  r"мабуть|сподіваюсь|можливо)(?!\w)",
    ("ar",): r"(لسه|حاليا|اليوم|الليله|يمكن|ربما|اتمنى)",
    ("hi",): r"\b(abhi|aaj|filhaal|shayad|umeed)\b|(अभी|आज|फिलहाल|शायद|उम्मीद)",
    ("zh",): r"(暂时|现在|今天|目前|可能|也许|希望|还|先|之前)",
}
TIMED_AFTER = 20  # characters after a reassurance searched for TIMED (4 in Chinese)

# Plain feelings of a job search (tired, fed up, annoyed, angry, bored, sad, venting), per
# language: a few words left beside a reassurance that name one of these say what the writer
# feels instead ("I'm not suicidal, just tired of this"); a few words that name none may say
# something else ("I just don't see why I'm still trying") and keep the question.
_VENTED: dict[tuple[str, ...], str] = {
    ("en",): r"\b(tired|fed up|annoyed|frustrated|angry|mad|pissed|sick of|bored|sad|upset|vent|"
             r"venting|stressed|grumpy|disappointed|cranky|irritated|salty)\b",
    ("es",): r"\b(harto|harta|hasta la coronilla|cansad[oa]|cabread[oa]|enfadad[oa]|frustrad[oa]|"
             r"aburrid[oa]|triste|quemad[oa]|de bajon|rabia|quejarme|desahogarme|jodid[oa]|mosque[oa]d[oa])\b",
    ("pt",): r"\b(cansad[oa]|put[oa]|bolad[oa]|irritad[oa]|frustrad[oa]|triste|saco cheio|fart[oa]|"
             r"chatead[oa]|raiva|entediad[oa]|desabafar|estressad[oa])\b",
    ("de",): r"\b(mude|genervt|sauer|stinksauer|frustriert|wutend|traurig|angepisst|schnauze voll|"
             r"bedient|gelangweilt|enttauscht|abkotzen|ausheulen|bewerbungsmude|gestresst)\b",
    ("fr",): r"\b(fatigue|fatiguee|marre|enerve|enervee|vener|venere|saoule|saoulee|degoute|degoutee|decu|"
             r"decue|triste|frustre|frustree|en colere|ras-le-bol|ras le bol|soule|grognon)\b",
    ("it",): r"\b(stanc[oa]|stuf[oa]|incazzat[oa]|arrabbiat[oa]|frustrat[oa]|triste|giu di morale|"
             r"annoiat[oa]|nervos[oa]|scazzat[oa]|sfogarmi|sfogata|sfogato)\b",
    ("nl",): r"\b(moe|chagrijnig|boos|gefrustreerd|baal|balen|verdrietig|spuugzat|zat|geirriteerd|"
             r"pissig|verveel|klagen|sikkeneurig)\b",
    ("pl",): r"\b(zmeczon[ay]|wkurzon[ay]|wkurza|zly|zla|smutno|smutn[ay]|sfrustrowan[ay]|mam dosc|"
             r"znudzon[ay]|ponarzekac|wsciekl[ay]|wnerwion[ay])\b",
    ("tr",): r"\b(yorgun\w*|biktim|sinirli\w*|kizgin\w*|uzgun\w*|sikildim|moralim bozuk|gina|"
             r"canim sikkin|sinirden)\b",
    ("ru", "uk"): r"(?<!\w)(устал\w*|бешусь|злюсь|зол|зла|раздраж\w*|грустно|надоело|задолбал\w*|"
                  r"бесит|скучно|втомив\w*|втомил\w*|злюся|бісить|сумно|набридло|дратує|нудно)(?!\w)",
    ("ar",): r"(زهقت|زهقان|متضايق|مضايق|تعبان|زعلان|غضبان|مقهور|طفشان|ملل|بفضفض|معصب)",
    ("hi",): r"\b(thak|thaka|thaki|pak gay[ai]|gussa|bore|pareshan|dimaag kharab|mood kharab|udaas)\b"
             r"|(थक|गुस्सा|परेशान|उदास|बोर)",
    ("zh",): r"(烦|累|生气|气死|难受|丧|郁闷|无聊|不爽|火大)",
}


def _compiled(table: dict[tuple[str, ...], str]) -> dict[str, re.Pattern[str]]:
    return {lang: re.compile(fold(p)) for langs, p in table.items() for lang in langs}


REASSURANCES = _compiled({k: "|".join(f"(?:{p})" for p in v) for k, v in _REASSURANCES.items()})
TIMED = _compiled(_TIMED)
VENTED = _compiled(_VENTED)
_CLAUSE_END = re.compile(r"[,;:()\uff0c\u060c\u3001]")


def _own(sentence: str, match: re.Match[str], lang: str) -> bool:
    """A reassurance of the writer's own: not quoted, no one else named just before it in its
    clause, neither hedged nor bounded in time."""
    if sentence[: match.start()].count('"') % 2:
        return False
    lex = lexicon(lang)
    if lex is not None and about_other(sentence, match.start(), lex):
        return False
    clause = sentence[: match.start()]
    cut = max((m.end() for m in _CLAUSE_END.finditer(clause)), default=0)
    after = TIMED_AFTER if lang != "zh" else 4
    around = f"{clause[cut:]} {match.group(0)} {sentence[match.end() : match.end() + after]}"
    return TIMED[lang].search(around) is None


def without_reassurance(text: str, languages: tuple[str, ...]) -> str | None:
    """The folded text without the writer's own reassurances (sentence by sentence, joined by
    full stops); None when it holds none, or one that is not the writer's own or is hedged."""
    folded = fold(text)
    parts = sentences(folded)
    read = [lang for lang in languages if lang in REASSURANCES]
    out: list[str] = []
    found = False
    for i, sentence in enumerate(parts):
        # what follows a sentence counts for "... yet" written as its own sentence
        following = " ".join(parts[i + 1 : i + 2])
        for lang in read:
            for match in list(REASSURANCES[lang].finditer(sentence)):
                if not _own(f"{sentence} {following}", match, lang):
                    return None
            sentence, n = REASSURANCES[lang].subn(" ", sentence)
            found = found or n > 0
        sentence = " ".join(sentence.split())
        if sentence.strip(" ,.;:!?-"):
            out.append(sentence)
    return ". ".join(out) if found else None


def vented(rest: str, languages: tuple[str, ...]) -> bool:
    """A few words left that name a plain feeling of a language read (VENTED)."""
    return any(VENTED[lang].search(rest) is not None for lang in languages if lang in VENTED)


def calm(found: CrisisCheck, text: str, reread: Callable[[str], CrisisCheck],
         rules_of: Callable[[str], CrisisCheck]) -> CrisisCheck:
    """found, or nothing where a reassurance of the writer's own is all the text holds of risk
    (see the module). reread is the whole check; rules_of the phrase lists' reading."""
    if found.level == CrisisLevel.NONE:
        return found
    languages = found.languages
    rest = without_reassurance(text, languages)
    if rest is None:
        return found
    if rest.strip():
        plain = idiom_free(rest, languages) or rest
        if death_word(plain, languages) or rules_of(rest).signs:
            return found
        again = reread(rest)
        if again.level != CrisisLevel.NONE and (still_asks(again, rest) or not vented(rest, languages)):
            return found
    return replace(found, level=CrisisLevel.NONE, signs=(*found.signs, CALMED))


def last_steps(rules: CrisisCheck, found: CrisisCheck, text: str,
               read: Callable[[str], CrisisCheck]) -> CrisisCheck:
    """The decision's last steps, as the app takes them: round 18's (a question only a harmless
    death idiom earned is nothing, crisis_gentle.settle), then this module's. `read` is the
    check of a text by the phrase lists and the models (the app's, or a tool's held-out ones),
    without these steps; every tool that reports what the app decides calls this."""
    from bounceback.recovery.crisis import rules_only  # crisis.py imports this module

    found = settle(rules, found, text, read)

    def whole(again: str) -> CrisisCheck:
        return settle(rules_only(again), read(again), again, read)

    return calm(found, text, whole, rules_only)
