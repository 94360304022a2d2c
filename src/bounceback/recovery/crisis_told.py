"""Someone else's attempt, crisis or call, told in the third person (round 28, crisis37).

The phrase lists' readers (crisis_multi.py) soften a phrase when someone else is named just before
it in the same clause ("mi hermano quiere morir"). Long journal entries tell other people's crises
in ways that reach past that: a name ("Giulia ha tentato il suicidio"), a verb of telling before a
comma ("dziewczyna, która mówiła, że chce się zabić"), a caller described and then quoted ("一位
大叔……说觉得活着没意思"), a Turkish verb whose person comes after the phrase ("Emre intihar
girişiminde bulunmuş"). Here, per language, on folded text (crisis_fold.py):

- TOLD_BEFORE: a verb of telling in a third-person form, then "that", before the phrase in the
  same sentence (commas allowed between), the phrase more than one word (a priest who "says
  suicide is a sin" tells a topic, not a crisis); TRIED_BEFORE: a verb of trying in a third-person form
  right before it;
- the phrase in the clause told (one comma after the verb, "mówiła, że", and no other: "她说想死，
  遗书已经写好了" is the writer's letter after her words);
- SELF: the writer's own words (I, me, my; a first-person verb) between that verb and the
  phrase, or as the verb's subject just before it, make it the writer's again ("ha detto che io
  ...", "я сказала, что хочу умереть"), and so does a contrast ("ha detto che devo resistere,
  ma...");
- TOLD_AFTER (Turkish, verb-final): a third-person verb form right after the phrase in its
  clause ("bulunmuş", "istiyormuş", "istediğini söyledi"), never a first-person one
  ("bulundum", "istiyorum").

The phrase then counts as someone else's, as a named other does: the question, not the full
message. The writer's own statement elsewhere in the entry is read on its own and keeps it.
"""

from __future__ import annotations

import re

WINDOW = 160  # characters before a phrase in which the verb of telling is looked for
SUBJECT_CHARS = 24  # characters before that verb in which the writer as its subject is looked for

# A third-person verb of telling (then "that"), per language, folded. Object pronouns belong to
# the verb ("mi ha detto che", "me dijo que"), so that they are not read as the writer's own
# words after it. Where the verb's form does not say the person (Russian and Ukrainian past,
# Hindi, Chinese), a third person is named before it, with nothing of the writer's in between
# (the group "gap" is read for SELF too).
TOLD_BEFORE: dict[str, re.Pattern[str]] = {lang: re.compile(p) for lang, p in {
    "it": r"\b((mi|ci|gli|le) )?(ha|aveva|avrebbe) (detto|scritto|raccontato|confessato|ammesso"
          r"|confidato|spiegato)\b|\b((mi|ci) )?(diceva|dice|disse|raccontava|scriveva) che\b",
    "es": r"\b((me|nos|le|les) )?(dijo|decia|dice|conto|contaba|escribio|confeso|admitio"
          r"|explico|confio)( que)?\b|\b((me|nos) )?ha(bia)? (dicho|contado|escrito|confesado)\b",
    "pt": r"\b((me|nos|lhe) )?(disse|dizia|diz|contou|contava|escreveu|confessou|admitiu"
          r"|explicou|falou)( que)?\b",
    "fr": r"\b((m'|nous |lui )?a|avait) (dit|ecrit|raconte|avoue|confie|explique)\b"
          r"|\b((m'|nous )?(disait|dit|racontait|ecrivait))\b",
    "de": r"(\b(hat|hatte) (mir |uns )?(gesagt|erzahlt|geschrieben|gestanden)|\b(sagte|sagt"
          r"|erzahlte|erzahlt|schrieb|meinte|meint|gestand))( mir| uns)?,? (dass|er|sie)\b",
    "nl": r"(\b(heeft|had) (me |ons )?(gezegd|verteld|geschreven|bekend)|\b(zei|zegt|vertelde"
          r"|vertelt|schreef|bekende))( me| ons| tegen mij)?,? (dat|hij|ze|zij)\b",
    "pl": r"\b(mowil|mowila|mowili|mowi|mowia|powiedzial|powiedziala|powiedzieli|pisal|pisala"
          r"|napisal|napisala|przyznal|przyznala|wyznal|wyznala|twierdzil|twierdzila|opowiadal"
          r"|opowiadala)( (mi|nam|jej|mu))?\b",
    "ru": r"\b(говорит|пишет|рассказывает)\b|\b(он|она|они|друг|подруга|сестра|брат|мама|папа|отец"
          r"|мать|коллега|сосед|соседка|девушка|парень|мужчина|женщина|звонивш\w*|абонент\w*)\b"
          r"(?P<gap>[^.,;:]{0,40}?)\b(сказал|сказала|сказали|говорил|говорила|написал|написала"
          r"|признался|призналась|рассказал|рассказала)\b",
    "uk": r"\b(каже|пише|розповідає)\b|\b(він|вона|вони|друг|подруга|сестра|брат|мама|тато|батько"
          r"|мати|колега|сусід|сусідка|дівчина|хлопець|чоловік|жінка|абонент\w*)\b"
          r"(?P<gap>[^.,;:]{0,40}?)\b(сказав|сказала|сказали|казав|казала|говорив|говорила"
          r"|написав|написала|зізнався|зізналася|розповів|розповіла)\b",
    "ar": r"(قال|قالت|يقول|تقول|ذكر|ذكرت|كتب|كتبت|اعترف|اعترفت|حكى|حكت|اخبرني|اخبرتني)\s+(انه|انها)\b",
    "hi": r"(उसने|उन्होंने|उसको|उसे|वह|वो|usne|unhone|woh|wo|vo)\s(?P<gap>[^।.,]{0,40}?)"
          r"(कहा|बताया|लिखा|कह रहा था|कह रही थी|कहता|कहती|kaha|bataya|likha|keh raha|keh rahi)",
    "zh": r"(他|她|他们|她们|对方|来电者|来电的|大叔|阿姨|大姐|大哥|大爷|大妈|姑娘|小伙子|一位|那位)"
          r"(?P<gap>[^我咱。！？]{0,40}?)(说(?!实话|真的|白了|到底)|讲|提到|告诉|承认)",
}.items()}

# A third-person verb of trying (or its auxiliary) right before the phrase ("ha tentato il
# suicidio", "intentó suicidarse", "próbowała się zabić"), nothing between.
TRIED_BEFORE: dict[str, re.Pattern[str]] = {lang: re.compile(p) for lang, p in {
    "it": r"\b(ha|aveva|hanno|avevano)( gia| anche)?( (tentato|provato|cercato)( di| a)?)? $",
    "es": r"\b((ha|habia|han|habian)( intentado| tratado de)?|intento|intentaron|trato de|quiso)"
          r"( (suicidarse|matarse|quitarse))? $",
    "pt": r"\b(tentou|tentara|tentaram|quis|tem|tinham)( (se|o|a))? $",
    "fr": r"\b((a|avait) )?(tente|essaye)( de se)? $",
    "de": r"\b(hat|hatte) (versucht|probiert),? (sich )?$|\bversuchte,? (sich )?$",
    "nl": r"\b(heeft|had) (geprobeerd|gepoogd)( om)?( zich)? $|\bprobeerde( om)?( zich)? $",
    "pl": r"\b(probowal|probowala|probowali|usilowal|usilowala|chcial|chciala)( sie)? $",
    "ru": r"\b(он|она|они)\s+(пытался|пыталась|пытались) $",
    "uk": r"\b(він|вона|вони)\s+(намагався|намагалася|пробував|пробувала) $",
    "zh": r"(他|她|他们|她们)(曾经)?(试图|尝试|企图)$",
}.items()}

# The writer's own words (folded): between the verb of telling and the phrase, or just before
# the verb as its subject.
SELF: dict[str, re.Pattern[str]] = {lang: re.compile(p) for lang, p in {
    "it": r"\b(io|mi|me|mio|mia|miei|mie|ho|sono|voglio|vorrei|penso|devo|posso|faccio|vado|sto"
          r"|anch'io|noi|ci)\b",
    "es": r"\b(yo|me|mi|mis|conmigo|estoy|quiero|tengo|pienso|he|debo|puedo|hago|voy|nosotros"
          r"|nosotras|queremos)\b",
    "pt": r"\b(eu|me|mim|meu|minha|meus|minhas|estou|quero|tenho|penso|devo|posso|faco|vou|nos"
          r"|queremos)\b",
    "fr": r"\b(je|j'|me|m'|moi|mon|ma|mes|nous)\b|\bj'",
    "de": r"\b(ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns)\b",
    "nl": r"\b(ik|me|mij|mijn|mezelf|m'n|wij|we|ons)\b",
    "pl": r"\b(ja|mnie|mi|mna|moj|moja|moje|mojego|jestem|mam|musze|moge|zrobie|ide|chcialem"
          r"|chcialam|mowilem|mowilam|my|nas|chcemy)\b",
    "ru": r"\b(я|меня|мне|мнои|мои|моя|мое|хочу|думаю|могу|мы|нас|хотим)\b",
    "uk": r"\b(я|мене|мені|мною|міи|моя|моє|мое|хочу|думаю|можу|ми|нас|хочемо)\b",
    "ar": r"(انا|اني|انني|نحن)\b",
    "hi": r"(मैं|मुझे|मुझको|मेरा|मेरी|मेरे|मैंने|हम)|\b(main|mujhe|mera|meri|maine|hum)\b",
    "zh": r"我|咱",
}.items()}

# A contrast between the verb of telling and the phrase turns to the writer ("ha detto che devo
# resistere, ma stasera la faccio finita").
CONTRAST = re.compile(
    r"\b(ma|pero|mas|mais|aber|doch|maar|ale|lecz|но|а|але|ama|fakat|lakin|but|लेकिन|पर|magar"
    r"|lekin)\b|لكن|بس|但|可是|不过|其实")

# Turkish puts the person after the phrase: a third-person verb form closing the phrase's clause.
TOLD_AFTER: dict[str, re.Pattern[str]] = {
    "tr": re.compile(r"[^,.;:!?]{0,40}?\b(bulunmus|bulundu|kalkismis|kalkisti|etmis|etti|calismis"
                     r"|calisti|istiyormus|istiyor|istemis|istedi|istedigini|dusunuyormus|dusunuyor"
                     r"|dedi|demis|diyor|soyledi|soylemis|soyluyor|yazdi|yazmis)\b"),
}
TR_SELF = re.compile(r"\b(ben|bana|beni|benim|kendimi|biz)\b|\w+(dum|dim|tum|tim|yorum|mistim"
                     r"|musum|misim|muyum|miyim|ecegim|acagim)\b")
# The writer as the subject of the verb of telling, in the two words before it ("io ho detto",
# "я ей сказала").
SUBJECT: dict[str, frozenset[str]] = {
    "it": frozenset({"io", "mi", "me"}), "es": frozenset({"yo", "me"}), "pt": frozenset({"eu", "me"}),
    "fr": frozenset({"je", "j'ai", "j'avais"}), "de": frozenset({"ich"}), "nl": frozenset({"ik"}),
    "pl": frozenset({"ja"}), "ru": frozenset({"я"}), "uk": frozenset({"я"}),
    "ar": frozenset({"انا"}), "hi": frozenset({"मैं", "मैंने", "main", "maine"}), "zh": frozenset(),
}
_WORDS = re.compile(r"[\w']+")
_CLAUSE_MARK = re.compile(r"[,;:\uff0c\uff1b\uff1a\u060c\u3001]")


def _one_word(phrase: str, lang: str) -> bool:
    """A phrase of one word ("samobójstwo", "自杀"): what someone says about it is a topic, not
    that person's crisis."""
    return len(phrase) < 3 if lang == "zh" else " " not in phrase.strip()


def told(sentence: str, start: int, end: int, lang: str) -> bool:
    """Whether the phrase at sentence[start:end] (folded) is someone else's, told: see the module
    docstring."""
    after = TOLD_AFTER.get(lang)
    if after is not None:
        tail = after.match(sentence, end)
        return tail is not None and not TR_SELF.search(sentence, start, tail.end())
    self_ = SELF.get(lang)
    if self_ is None:
        return False
    lo = max(0, start - WINDOW)
    found = [m for p in (TOLD_BEFORE.get(lang), TRIED_BEFORE.get(lang)) if p is not None
             for m in p.finditer(sentence, lo, start)]
    last = max(found, key=lambda m: m.end(), default=None)
    if last is None:
        return False
    if last.re is TOLD_BEFORE.get(lang) and _one_word(sentence[start:end], lang):
        return False  # a word told ("Ksiądz mówi, że samobójstwo to grzech") is no one's crisis
    gap = last.groupdict().get("gap")
    if gap and self_.search(gap):
        return False
    if self_.search(sentence, last.end(), end) or CONTRAST.search(sentence, last.end(), start):
        return False
    if _CLAUSE_MARK.search(sentence[last.end() : start].lstrip(" ,:")):
        return False  # a clause of its own after what was told ("她说想死，遗书已经写好了")
    before = _WORDS.findall(sentence[max(lo, last.start() - SUBJECT_CHARS) : last.start()])[-2:]
    return not SUBJECT.get(lang, frozenset()).intersection(before)
