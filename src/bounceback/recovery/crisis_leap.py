"""The writer's own leap from a height or in front of a train, said as a plan: the full message
(round 36, crisis54; issue 15).

"El jueves subo y me tiro", "Po obronie wejde na dach i skocze", "В воскресенье поеду туда и
прыгну", "Na mijn laatste tentamen ga ik terug en dan spring ik", "بعد المناقشة سأطلع وأقفز":
the place named in the entry (a roof, a bridge, a balcony, the Nth floor, the tracks, a train, a
cliff) and, in a sentence of the writer's, the leap in the first person, still to come ("I'll
jump", "me tiro", "je sauterai", "прыгну", "कूद जाऊँगा", "跳下去"). The phrase lists read the act
beside its place in one phrase ("jump off the bridge"); split over a sentence or two, or with
the place first and the verb alone at the end, they read nothing, and in rounds 8-31 the models
read such plans as the question or as nothing (80 of the strangers' explicit statements).

The verb must end its clause or be followed by where to ("off", "from", "under", "sotto",
"al vacio"), so that a leap's figures of speech ("I'll jump on a call", "me tiro a la piscina",
"je saute le pas") are not read, and a condition before it ("if they ask again, I jump") is left
to crisis_soften's hyperbole. The caller gives the full message only where no laugh, story,
negation, reassurance or someone else quieted the reading (crisis.py).

Folded text (crisis_fold.py).
"""

from __future__ import annotations

import re

from bounceback.recovery.crisis_fold import NO_LETTER_AFTER as _R
from bounceback.recovery.crisis_fold import NO_LETTER_BEFORE as _L
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_sentences import sentences

# A place to leap from or in front of, in each language (folded).
PLACE = re.compile(
    _L + r"(?:"
    r"roofs?|rooftops?|\w*bridges?|balcon(?:y|ies)|ledge|cliffs?|overpass|flyover|viaduct|railing"
    r"|(?:train )?tracks|platform|\d+(?:st|nd|rd|th) floor|car park roof|multi-storey|tower block"
    r"|azotea|tejado|puente|balcon|acantilado|viaducto|vias del tren|anden|\w+(?:ro|do|to|mo|vo|no) piso|\d+o? piso"
    r"|telhado|laje|ponte|viaduto|varanda|sacada|penhasco|trilhos|\w+mo andar|\d+o? andar"
    r"|toit|pont|balcon|falaise|quai|rails|voie ferree|\w+ieme etage|\d+e etage|viaduc"
    r"|tetto|terrazzo|balcone|scogliera|binari|banchina|\w+(?:mo|no|vo|to) piano|\d+o? piano|cavalcavia"
    r"|dach\w*|brucke|bruck\w*|balkon|klippe|gleis\w*|bahnsteig|\w+ten stock|\d+\. stock|parkhaus|hochhaus"
    r"|dak|brug|balkon|klif|spoor|perron|flat|\d+ hoog"
    r"|mostu|moscie|mostem|klif|tory|torach|peron\w*|\w+ym pietr\w*|wiadukt\w*"
    r"|крыш\w*|мост\w*|балкон\w*|обрыв\w*|рельс\w*|платформ\w*|\w+ этаж\w*|девятиэтажк\w*|дах\w*"
    r"|міст\w*|мост\w*|поверс\w*|поверх\w*|колі\w*"
    r"|cati\w*|kopru\w*|ust gecit\w*|ustgecit\w*|raylar\w*|\d+\.? kat\w*|ucurum\w*"
    r"|छत|पुल|बालकनी|मंजिल|पटरी|ट्रैक|स्टेशन|गंगा|chhat"
    r")" + _R + r"|سطح|كوبري|جسر|بلكون|شرفه|طابق|سكه|قطار|حافه|楼顶|天台|阳台|桥|楼上|\d+楼|[十百]\w?楼|江边|河边|铁轨|站台|悬崖"
)

# The leap in the first person, still to come (future, decided, or a plain present of a plan).
LEAP = re.compile(
    _L + r"(?:"
    r"(?:i'?ll|i will|i'?m (?:going to|gonna)|im (?:going to|gonna)|i am going to) jump"
    r"|(?:going|go|went back) (?:\w+ ){0,5}to jump|i jump"
    r"|me tiro|me voy a tirar|me tirare|saltare|voy a saltar|(?:me )?(?:lanzo|arrojo|aviento)"
    r"|vou (?:me )?(?:pular|jogar)|pularei|me jogo|me jogarei|(?:eu )?pulo"
    r"|je (?:saute|sauterai|vais sauter)|(?:je )?(?:vais )?me jeter|je me (?:jette|jetterai)"
    r"|(?:mi )?butto|mi buttero|saltero|(?:io )?salto"
    r"|ich (?:springe|spring)|(?:springe|spring) ich|werde (?:ich )?(?:\w+ )?springen|runterspringen"
    r"|ik spring|spring ik|(?:ga|zal) ik springen|ik (?:ga|zal) springen"
    r"|skocze|wyskocze|rzuce sie"
    r"|(?:я )?(?:прыгну|спрыгну|брошусь|кинусь|сброшусь|стрибну|зістрибну|кинуся)"
    r"|atlayacagim|atlayacam|atlicam|atlarim"
    r"|(?:و|ف)?(?:س|ه|رح )?(?:اقفز|انط|نط|ارمي نفسي)"
    r"|कूद (?:जाऊंगा|जाऊंगी|जाऊं|जाउंगा|जाउंगी|जाउं)|कूदूंगा|कूदूंगी"
    r"|(?:kud|kood) (?:jaunga|jaungi|jaun|jaaunga|jaaungi)"
    r")" + _R + r"(?P<after>.{0,25})" + r"|(?P<zh>跳下去|跳楼|跳江|跳河|往下跳)"
)

# After the verb: the end of its clause, or where to.
_WHERE_TO = re.compile(
    r"^\s*(?:$|[.,;:!?\u2026)\-\u0964\u060c\u061f\u3002\uff0c\uff01]|and\b|then\b|y\b|e\b|et\b|und\b|en\b|i\b|и\b|і\b|ve\b|و|और"
    r"|off\b|from\b|down\b|under\b|in front\b|into the (?:river|sea|void)"
    r"|(?:al|del|desde|por|a las|bajo) (?:vacio|rio|puente|la ventana|el tren|las vias|metro)"
    r"|(?:do|da|de|pela|no) (?:\w+ )?(?:predio|ponte|viaduto|janela|trem|telhado)"
    r"|(?:du|sous|dans le) (?:\w+ )?(?:pont|toit|train|vide|balcon|seine)"
    r"|(?:sotto|dal|dalla) |giu\b|(?:vor|vom|von|in den|runter) |(?:van|voor|onder) "
    r"|(?:z|pod|przed) |(?:с|под|в) |(?:з|під) )"
)

# A condition in the verb's sentence ("if they say no again, I jump", "I'll jump off the balcony
# if they ask once more"): crisis_soften judges those hyperboles.
_CONDITION = re.compile(
    _L + r"(?:if|si|wenn|falls|als|jesli|jezeli|jak|eger|если|якщо|agar|اذا|لو|nog \d+|one more|otra vez"
    r"|mais um|noch einmal|noch ein|jeszcze raz|ещё раз|еще раз|ще раз|bir daha|ek baar)"
    + _R + r"|如果|要是|再"
    # "se" is "if" in Italian and Portuguese but a pronoun in Spanish ("cuando se vaya"): read
    # only opening a clause or before a pronoun ("se mi chiedono", "se eles pedirem")
    r"|(?:^|[,;:]\s*)se\s|" + _L + r"se (?:mi|me|eu|eles|ela|ele|non|nao|ancora|pedirem)" + _R
)
# A negation just before the verb ("I won't jump", "no me tiro", "nie skocze").
_NOT = re.compile(
    _L + r"(?:not|won'?t|never|no|nunca|nao|pas|non|mica|thodi|thode|थोडी|थोडे|थोडा|nicht|nie|niet|nooit|не|ні|degil|nahi|नहीं|لن|مش|ما|لا)"
    + _R + r"[^.!?]{0,12}$|不会?$|没$"
)
# Someone else leaping, in Chinese (the verb has no person): "他就从阳台跳下去", "女主最后从楼顶跳下去".
_ZH_OTHER = re.compile(r"(?:他|她|女主|男主|主角)[^。！？]{0,10}$")
# An article before a noun that looks like the verb ("un salto", "um pulo", "the jump").
_ARTICLE = re.compile(_L + r"(?:un|um|uno|il|el|lo|o|le|the|a|del|do|di|de|ein|een)\s*$")


def leap(text: str) -> bool:
    """Whether a sentence of the writer's says they will leap, and the entry names a place to
    leap from or in front of (see the module docstring)."""
    folded = fold(text)
    if not PLACE.search(folded):
        return False
    for sentence in (fold(s) for s in sentences(text)):
        for found in LEAP.finditer(sentence):
            before = sentence[: found.start()]
            if (_CONDITION.search(sentence) or _NOT.search(before) or _ARTICLE.search(before)
                    or (found.group("zh") and _ZH_OTHER.search(before))):
                continue
            if found.group("zh") or _WHERE_TO.match(found.group("after") or ""):
                return True
    return False
