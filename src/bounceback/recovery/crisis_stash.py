"""Pills kept back or to be taken all at once, in the writer's own words: the full message
(round 36, crisis54; issue 15).

"Ik spaar al een paar weken pillen op", "ça fait des semaines que je mets des médocs de côté",
"Üç aydır ilaçları biriktiriyorum", "Зібрав таблетки, багато. В суботу я вип'ю всі", "sab kha
lunga", "打算今晚全吃了": the means named (pills, tablets, sleeping pills, insulin, the
medicine cabinet's boxes) with either a hoard ("saving up", "set aside", "collecting",
"攒") or the whole of them taken at once ("take them all", "tomo tudo de uma vez", "全吃了").
The phrase lists read a few such phrases word for word and, where they did, the models often
disagreed (a short diary line reads ordinary to them); in rounds 8-31 the strangers wrote it so
in every language, and no ordinary text of theirs did.

The hoard or the act must be the writer's (no third person's form, no "my mother's pills are
kept in..."), not negated ("I'm not saving pills", "no me las voy a tomar todas"). A means is
never a figure of speech: a condition before it lowers nothing (crisis.py's _CONCRETE).

Folded text (crisis_fold.py).
"""

from __future__ import annotations

import re

from bounceback.recovery.crisis_fold import NO_LETTER_AFTER as _R
from bounceback.recovery.crisis_fold import NO_LETTER_BEFORE as _L
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_sentences import sentences

# Pills and medicines, in each language (folded).
MEANS = re.compile(
    _L + r"(?:"
    r"pills?|tablets?|sleeping pills|meds|medication|paracetamol|insulin|painkillers|sleepers"
    r"|pastillas|pastis|paracetamoles|insulina|medicamentos|somniferos"
    r"|comprimidos|remedios|cartelas?|rivotril"
    r"|medocs|cachets|comprimes|medicaments|doliprane|somniferes"
    r"|pillole|pastiglie|compresse|farmaci|sonniferi|tachipirina"
    r"|tabletten|schlaftabletten|pillen|medikamente|insulin"
    r"|slaappillen|medicijnen|pilletjes"
    r"|tabletki|tabletek|tabletkami|leki|lekow|lekami"
    r"|таблетк\w*|снотворн\w*|лекарств\w*|пігулк\w*|ліки|ліків|снодіин\w*|insulin\w*|tabletki"
    r"|ilac\w*|hap\w*|lyrica\w*"
    r"|goliyan|goliya|goli|गोलियां|गोलियों|गोली|दवाइयां|दवाई|दवा"
    r")" + _R + r"|حبوب|الحبوب|شرايط|برشام|ادويه|الدوا|دوا|安眠药|药片|药"
)

# A hoard: kept back over time, set aside, bought a little at a time, enough gathered.
HOARD = re.compile(
    _L + r"(?:"
    r"saving (?:them )?up|saved up|stockpil\w+|hoard\w*|stash\w*|putting (?:\w+ ){0,3}aside|put (?:\w+ ){0,3}aside"
    r"|collecting|been collecting|counted (?:them )?out|squirrel\w* away|enough to"
    r"|guardando|juntando|acumulando|ahorrando|apartando|junte|acumule"
    r"|juntando|guardei|acumulei|separei|escondendo|escondi"
    r"|(?:mets|mis|met|mettre) (?:\w+ ){0,3}de cote|accumule|stocke|planque"
    r"|(?:mettendo|messo|metto) (?:\w+ ){0,3}da parte|accumulando|conservando|nascondendo"
    r"|sammle|gesammelt|gehortet|horte|gebunkert|beiseite gelegt|beiseitegelegt|lege (?:\w+ ){0,3}beiseite|gespart"
    r"|spaar|gespaard|opgespaard|verzamel|verzameld|opsparen|achtergehouden"
    r"|zbieram|zbieralam|zbieralem|zebralam|zebralem|odkladam|odlozylam|odlozylem|chomikuje"
    r"|kopila|kopil|sobirayu"
    r"|коплю|копила|копил|накопил\w*|собираю|собрала|собрал|запасла?|откладываю|отложила?"
    r"|збираю|зібрав|зібрала|накопичу\w*|накопичи\w*|відкладаю|відклала?"
    r"|biriktir\w*|topluyorum|topladim|sakliyorum|sakladim"
    r"|jama kar\w*|jama kiya|jama ki|इकट्ठा|जमा कर\w*|जमा की|जमा किया"
    r")" + _R + r"|بجمع|اجمع|جمعت|بخبي|خبيت|اخزن|بخزن|攒|囤|存了|准备好了"
)

# The whole of them taken at once, the writer's own act to come.
ALL_AT_ONCE = re.compile(
    _L + r"(?:"
    r"(?:take|swallow|down) (?:them |it )?all|(?:take|swallow) (?:all of them|the lot|every one)"
    r"|(?:take|swallow)\w* (?:\w+ ){0,3}all at once"
    r"|tomarmelas todas|(?:me )?las (?:tomo|tomare|voy a tomar) todas|tragarmelas"
    r"|(?:tomo|tomar|tomarlas|tragar) (?:\w+ ){0,2}de una vez"
    r"|tomo tudo|tomar tudo|tomar todos|tomar todas|engolir tudo|(?:tomo|tomar|engolir) (?:\w+ ){0,2}de uma vez"
    r"|tout avaler|les avaler|je prends tout|tout prendre|(?:avaler|prendre) (?:\w+ ){0,2}d'un coup"
    r"|prenderle tutte|le prendo tutte|ingoiarle|(?:prendo|prendere|ingoiare) (?:\w+ ){0,2}(?:tutte insieme|in una volta)"
    r"|alle (?:\w+ )?(?:nehmen|schlucken)|(?:nehm|nehme|schluck|schlucke) ich (?:sie )?alle"
    r"|(?:nehme|schlucke|nehmen|schlucken) (?:\w+ ){0,3}auf einmal|auf einmal (?:nehmen|schlucken)"
    r"|(?:allemaal|alles) (?:innemen|slikken|nemen)|neem ik ze allemaal"
    r"|in een keer (?:innemen|slikken|nemen)|(?:neem|slik) (?:\w+ ){0,3}in een keer"
    r"|wezme wszystkie|lykne wszystkie|(?:wezme|lykne|wziac|lyknac) (?:\w+ ){0,2}naraz"
    r"|(?:выпью|приму|сожру|проглочу) (?:\w+ )?все|(?:выпью|приму|выпить|принять) (?:\w+ ){0,2}сразу"
    r"|(?:вип'ю|приму|ковтну) (?:\w+ )?всі|(?:вип'ю|приму|випити|приняти) (?:\w+ ){0,2}(?:разом|одразу)"
    r"|hepsini (?:\w+ )?(?:icecegim|yutacagim|alacagim|icip)|hepsini birden"
    r"|sab kha (?:lunga|lungi|jaunga|jaungi)|saari kha|ek saath (?:kha|le)"
    r"|सब खा (?:लूंगा|लूंगी|जाऊंगा)|सारी खा|एक साथ (?:खा|ले)"
    r")" + _R + r"|(?:اخذهم|ابلعهم|اشربهم|هاخدهم) ?(?:كلهم|مره وحده)|全吃了|吃掉全部|全部吃|一次吃完|一口气吃|全吞"
)

# Someone else's act or hoard ("my mother collects her pills in a box"), a negation just before.
_OTHER = re.compile(
    _L + r"(?:he|she|they|my (?:mum|mom|mother|dad|father|gran|grandma|nan)|mi (?:madre|padre|abuela)"
    r"|minha (?:mae|avo)|meu pai|ma (?:mere|grand-mere)|mon pere|mia (?:madre|nonna)|mio padre"
    r"|meine (?:mutter|oma)|mein vater|mijn (?:moeder|vader|oma)|moja (?:mama|matka|babcia)"
    r"|мама|моя мать|бабушка|мати|бабуся|annem|babam|मम्मी|माँ|मां|mummy|ammi)" + _R + r"|他|她|妈妈|奶奶"
)
_NOT = re.compile(
    _L + r"(?:not|never|no|nunca|nao|pas|non|nicht|kein\w*|nie|niet|geen|не|ні|nahi|नहीं|لن|مش|مو)"
    + _R + r"[^.!?]{0,20}$|(?:^|\s)(?:ما|لا) ?$|不$|没$"
)


def _own(sentence: str, at: int) -> bool:
    before = sentence[:at]
    return not _NOT.search(before) and not _OTHER.search(before[-40:])


def stash(text: str) -> bool:
    """Whether the writer says they keep pills back or will take them all at once: the means and
    the hoard or the act in one sentence, or the act in the sentence after the means (see the
    module docstring)."""
    folded = [fold(s) for s in sentences(text)]
    for i, sentence in enumerate(folded):
        means = MEANS.search(sentence)
        near = means is not None or (i > 0 and MEANS.search(folded[i - 1]) is not None)
        if not near:
            continue
        for pattern in ((HOARD, ALL_AT_ONCE) if means is not None else (ALL_AT_ONCE,)):
            found = pattern.search(sentence)
            if found is not None and _own(sentence, found.start()):
                return True
    return False
