"""Someone asked the writer the question and the writer answered "no" (round 34, crisis51, issue 15).

The commonest ordinary note given the full message in the strangers' rounds 11-27 and the dev
sets: a doctor, a therapist, a helpline or a relative asked the question the phrase lists read,
and the writer said no ("The GP asked whether I'd had thoughts of harming myself; I told her no",
"La psicóloga me preguntó si había pensado en hacerme daño y no, para nada", "Zapytała wprost,
czy mam myśli samobójcze. Powiedziałem szczerze, że nie"). The lists read the question's words
as the writer's statement.

`asked_no` gives the reason "asked" (crisis_soften.reason: the question instead of the full
message, never nothing) only where every one of these holds:

- every sentence the phrase lists read anything in holds someone's question (ASKED: the verb
  of asking and its "if/whether", per language), and that sentence read without the question
  (from the verb to the end of its clause) says nothing to the lists;
- after the question, in its sentence or the next one, the writer answers no (NO) and nowhere
  says they lied or were not honest (LIED), nor "yes" right after the question, names no plan
  (PLAN), and writes no short sentence after it that is not a "no" ("Mam.", "I do.");
- no plan, means or farewell is among the signs (the caller's `concrete`, which counts every
  means sign here), no means is named anywhere (MEANS_WORDS, read or not), the entry says nowhere that something is still there, back, lately or going
  on since (crisis_others), and asks for no secrecy and names no tonight (crisis_urgent).

Safety argument: the full message stays wherever the writer's own words (outside a question put
to them) are read, a means, plan or farewell is named, a return or "still" is told, or the answer
is not a plain no; what is lowered still gets the question, whose "yes"/"not sure" give the lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_sentences import sentences

_W = r"(?<![^\W\d_])"
_E = r"(?![^\W\d_])"
_GAP = r"[^.?!;:\n]{0,40}?"

# The verb of asking and its "if/whether" (folded text: lower case, no accents, "ł" as "l",
# "й" as "и"). The match runs from the verb to the complementiser; the question's clause runs on.
ASKED = re.compile(
    _W + r"(?:"
    r"(?:asked|asking|asks|ask|wanted to know|checked)" + _GAP + _W + r"(?:if|whether)"
    r"|(?:pregunt\w*|quiso saber)" + _GAP + _W + r"si"
    r"|(?:pergunt\w*|quis saber)" + _GAP + _W + r"se"
    r"|(?:chiest\w*|chiede\w*|domandat\w*|domanda\w*)" + _GAP + _W + r"se"
    r"|(?:demand\w*|voulu savoir)" + _GAP + _W + r"(?:si|s')"
    r"|(?:fragte\w*|gefragt|fragt|wissen wollte)" + _GAP + _W + r"ob"
    r"|(?:vroeg\w*|gevraagd|vraagt|wilde weten)" + _GAP + _W + r"of"
    r"|(?:pytal\w*|zapytal\w*|pyta|pytanie)" + _GAP + _W + r"czy"
    r"|(?:спросил\w*|спрашивал\w*|спрашивает|спросит\w*|интересовал\w*)" + _GAP + _W + r"(?:ли|не)"
    r"|(?:запитал\w*|запитав|питал\w*|питав|спитал\w*|спитав|питає|цікавил\w*)" + _GAP + _W + r"чи"
    r"|(?:poocha|pucha|puchha|poochha|puchhi|poochhi|पूछा|पूछी|पूछ रहे|पूछ रही)" + _GAP
    + _W + r"(?:ki|kya|कि|क्या)"
    r"|(?:سال\w*|يسال\w*)" + _GAP + _W + r"(?:اذا|لو|هل|ان كان|ان كنت)"
    r")" + _E
    # Turkish puts the verb after the question ("... düşünüp düşünmediğimi sordu").
    + r"|[^.?!;:\n]{0,160}?" + _W + r"(?:sordu\w*|soruyor\w*|sorunca|sorarken)" + _E
    + r"|问我|问了我|问我是不是|问我有没有|问起我",
)

# Where the question ends inside its sentence, when no "no" ends it first: "and I", "but I" (the
# writer's own words begin), a dash or a semicolon. Commas stay inside ("fragte, ob ich daran
# denke, mir das Leben zu nehmen").
_OWN_START = re.compile(
    r"[;\u2014\u2013]|\s-\s|" + _W
    + r"(?:and|but|y|pero|e|mas|ma|et|mais|und|aber|en|maar|i|ale|ve|ama|и|но|а|і|але|و|لكن|aur"
    r"|lekin|par) (?:i|yo|eu|io|je|j'|ich|ik|ja|ben|я|انا|main|मैं)" + _E + r"|而我|但我|我说|我告诉",
)

# The writer's "no" after the question (folded): a bare no before a mark or "and", or said/told.
_NO_WORD = (r"no|nope|nao|non|nein|nee|nie|hayir|нет|ні|ни|لا|nahi|nahin|नहीं|नही")
NO = re.compile(
    r"(?:^|[\s,.:;\u060c\u2014\u2013\"'«„“(-])(?:" + _NO_WORD + r")(?=\s*(?:[,.!;:\u060c\u2014\u2013\"'»”)-]|$"
    r"|(?:and|y|e|et|und|en|i|ve|и|і|aur|و|para nada|de jeito nenhum|per niente|pas du tout"
    r"|gar nicht|helemaal niet|naprawde|wcale|asla|совсем|зовсім|bilkul|ابدا)" + _E + r"))"
    r"|" + _W + r"(?:said|told (?:her|him|them|the \w+)|answered|replied|say|tell) no" + _E
    + r"|" + _W + r"i (?:haven't|have not|hadn't|had not|wasn't|was not|am not|'m not|don't|do not"
    r"|didn't|did not|wouldn't|would not|won't)(?=\s*(?:[,.!;\u2014\u2013]|$|and" + _E + r"))"
    + r"|" + _W + r"(?:que no|que nao|di no|que non|dass nicht|dat niet|ze nie|что нет|що ні"
    r"|hayir dedim|dusunmuyorum|boyle bir sey yok|boyle bir dusuncem yok|nahi hai|नहीं है)" + _E
    + r"|我说没有|我说不会|我说不是|我说没|(?:没有|不会|不是|没)(?=[，。！,.!；;]|$)",
)

# The answer taken back, or a "yes" right after the question.
LIED = re.compile(
    _W + r"(?:li(?:ed|e|ing)|not (?:honest|true|the truth)|menti\w*|minti\w*|gelogen|luge\w*"
    r"|mentir\w*|gelogen|gelieg\w*|geloog|loog|klamal\w*|sklamal\w*|nieprawd\w*|yalan\w*"
    r"|соврал\w*|врал\w*|неправд\w*|збрехал\w*|збрехав|брехал\w*|كذبت|كذب|jhooth|झूठ)" + _E
    + r"|撒谎|说谎|骗了",
)
# A plan named anywhere ("... powiedziałam, że nie. Mam. I mam plan.": the guards' author U).
PLAN = re.compile(_W + r"(?:plan\w*|план\w*|خطه|خطة|योजना)" + _E + r"|计划")
YES = re.compile(
    _W + r"(?:yes|yeah|yep|si|sim|ja|oui|tak|evet|да|так|نعم|اه|aiwa|haan|हाँ|हां)" + _E
    + r"|(?:^|[，,。])(?:是的|有|会|是)(?=[，。,.!！]|$)",
)

# A means named anywhere in the entry (folded), read or not by the phrase lists ("I have the pills
# saved up though"): nothing is lowered beside it. Words that are another word in another of the
# 14 languages ("most", "gift", "ip") are left to their longer forms.
MEANS_WORDS = re.compile(
    _W + r"(?:pills?|tablets?|rope|noose|guns?|rifle|shotgun|bridge|razors?|blades?|overdos\w*"
    r"|rails|train tracks|ledge|rooftop|poison\w*|cliff"
    r"|pastillas|cuerda|soga|pistola|escopeta|puente|cuchillas?|veneno|azotea"
    r"|comprimidos|remedios|corda|arma|ponte|laminas?|trilhos"
    r"|pastiglie|pillole|fucile|lamette|binari|veleno"
    r"|cachets|comprimes|medocs|corde|pistolet|fusil|pont|lames|poison"
    r"|tabletten|pillen|strick|seil|waffe|pistole|brucke|klinge\w*|gleis\w*|vergift\w*"
    r"|touw|wapen|pistool|brug|mesjes|spoor|vergif\w*"
    r"|tabletk\w*|tabletek|pigulk\w*|sznur\w*|bron|z mostu|na most|zyletk\w*|tory|trucizn\w*"
    r"|hap(?:lar\w*|lari|i)?|silah\w*|tabanca\w*|kopru\w*|jilet\w*|zehir\w*"
    r"|таблетк\w*|веревк\w*|пистолет\w*|ружь\w*|мост\w*|лезви\w*|рельс\w*|яд"
    r"|мотузк\w*|пістолет\w*|рушниц\w*|міст\w*|лезо|рейк\w*|отрут\w*"
    r"|حبوب|حبل|مسدس|سلاح|جسر|كوبري|شفره|goliyan|goliya|rassi|zeher|zehar|बंदूक|गोलियां|गोलियाँ"
    r"|रस्सी|पुल|ज़हर|जहर)" + _E + r"|安眠药|药片|攒药|绳子|上吊|枪|刀片|楼顶|天台|桥上|毒药|农药",
)


def _question_span(low: str) -> tuple[int, int] | None:
    """The question's span in a folded sentence: from the asking verb to its clause's end."""
    found = ASKED.search(low)
    if found is None:
        return None
    ends = [m.start() for m in (NO.search(low, found.end()), _OWN_START.search(low, found.end())) if m]
    return found.start(), min(ends, default=len(low))


def _answers_no(index: int, parts: list[str]) -> bool:
    """Whether the writer answers no after the question in parts[index] (its sentence, the
    next): a no, no "yes" first, no lie anywhere."""
    low = fold(parts[index])
    span = _question_span(low)
    if span is None:
        return False
    after = low[span[1]:]
    if NO.search(after) is None and index + 1 < len(parts):
        after = fold(parts[index + 1])[:60]  # the answer opens the next sentence
    no = NO.search(after)
    if no is None:
        return False
    yes = YES.search(after[: no.start()])
    return yes is None


def asked_no(text: str, said: Callable[[str], bool] | None, concrete: bool,
             urgent: Callable[[str, Callable[[str], bool] | None], bool],
             returns: Callable[[str], bool]) -> bool:
    """Whether an explicit reading is a question put to the writer, answered no (the module).
    said reads one sentence or clause alone (the phrase lists)."""
    if said is None or concrete:
        return False
    folded = fold(text)
    if not ASKED.search(folded) or LIED.search(folded) or MEANS_WORDS.search(folded):
        return False
    if PLAN.search(folded):
        return False
    if returns(text) or urgent(text, said):
        return False
    parts = sentences(text)
    read = [n for n, part in enumerate(parts) if said(part)]
    if not read:
        return False
    # A short sentence after the question that is no "no" ("Mam.", "I do.", "Ja."): taken back.
    if any(len(p.split()) <= 3 and not NO.search(fold(p)) for p in parts[read[0] + 1:]):
        return False
    for n in read:
        low = fold(parts[n])
        span = _question_span(low)
        if span is None or not _answers_no(n, parts):
            return False
        # The writer's own words beside the question, read unfolded where folding kept the length.
        part = parts[n] if len(parts[n]) == len(low) else low
        if said(part[: span[0]] + " " + part[span[1]:]):
            return False
    return True
