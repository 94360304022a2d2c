"""Someone else's death told as grief: the models' full message becomes the question.

Round 32 (crisis46, issue 15). A grandmother's funeral, a month since grandad died, a cat put to
sleep, a neighbour's death: the retired rounds' strangers wrote such entries as ordinary, and
the n-gram model or the encoder's sum gave a dozen of them the full message (rounds 22-23 and
G27a: es "murió la abuela", de "Mimi einschläfern", pt "o enterro da vó", it "il funerale del
nonno", hi "दादी की तेरहवीं"): death words with no wish of the writer's own.

`grieves` is read only where no phrase list reads anything in the whole entry (the caller,
crisis_soften.reason, asks `said`): a phrase the lists read ("since grandma died I want to die
too") keeps every reading it had. It lowers the models' full message to the question (never to
nothing: the question shows every line), and never when the writer speaks of joining or
following the dead ("I just want to be with her again", "quiero irme con ella", "ich will zu
ihr", "je veux la rejoindre": REUNION).
"""

from __future__ import annotations

import re

_KIN = (
    r"grandma|gran|granny|nan|nana|grandad|granddad|grandpa|grandmother|grandfather|mum|mom"
    r"|mother|dad|father|uncle|aunt|auntie|cousin|brother|sister|friend|neighbour|neighbor"
    r"|dog|cat|teacher|colleague"
)
DIED = re.compile(
    # English
    r"(?<![^\W\d_])(?:passed away|funeral|put to sleep|(?:had|have) to put (?:him|her|them) down"
    r"|anniversary of (?:his|her|their|my \w+'s) death|(?:he|she|they|who) died"
    r"|(?:" + _KIN + r") (?:\w+ )?died"
    # Spanish, Portuguese
    r"|murió|falleció|ha muerto|ha fallecido|entierro|velorio|aniversario de su muerte"
    r"|morreu|faleceu|enterro|velório|velorio|sacrificar"
    # French, Italian
    r"|est décédée?|décès|est morte?|enterrement|obsèques|euthanasier"
    r"|è morto|è morta|è scomparso|è scomparsa|funerale|anniversario della (?:sua )?morte"
    # German, Dutch
    r"|gestorben|verstorben|beerdigung|einschläfern|todestag|beisetzung"
    r"|overleden|begrafenis|uitvaart|laten inslapen|sterfdag"
    # Polish, Russian, Ukrainian
    r"|zmarł|zmarła|umarł|umarła|pogrzeb\w*|rocznic\w* śmierci|uśpi\w*"
    r"|умер|умерла|похорон\w*|скончал\w*|годовщин\w* смерти|усыпи\w*"
    r"|помер|померла|річниц\w* смерті|приспа\w*"
    # Turkish, Hindi, Arabic
    r"|vefat\w*|öldü|cenaze\w*|uyutmak|uyuttuk|ölüm yıldönümü"
    r"|निधन|गुज़र गए|गुजर गए|गुज़र गईं|गुजर गईं|तेरहवीं|अंतिम संस्कार|बरसी|guzar gaye|guzar gayi"
    r"|antim sanskar|توفي|توفيت|توفت|جنازة|عزاء|ذكرى وفاة|الله يرحمه|الله يرحمها)(?![^\W\d_])"
    r"|去世|过世|葬礼|忌日|安乐死",
    re.IGNORECASE,
)
# Joining or following the dead: never grief alone.
REUNION = re.compile(
    r"(?<![^\W\d_])(?:be with (?:him|her|them) again|be with (?:him|her|them)|join (?:him|her|them)"
    r"|follow (?:him|her|them)|see (?:him|her|them) (?:again|soon)|should have been me|take me (?:too|with)"
    r"|estar con (?:él|el|ella)|irme con (?:él|el|ella)|reunirme con|ir(?:me)? con (?:él|el|ella)"
    r"|ficar com (?:ele|ela)|ir com (?:ele|ela)|encontrar (?:ele|ela)|reencontr\w*"
    r"|la rejoindre|le rejoindre|les rejoindre|être avec (?:lui|elle)|partir avec (?:lui|elle)"
    r"|raggiungerl[aoi]|stare con (?:lui|lei)|andare da (?:lui|lei)"
    r"|bei (?:ihm|ihr) sein|zu (?:ihm|ihr)|bij (?:hem|haar) zijn|naar (?:hem|haar) toe"
    r"|do (?:niego|niej)|z (?:nim|nią) być|к (?:нему|ней)|с (?:ним|ней) быть|до (?:нього|неї)"
    r"|з (?:ним|нею) бути|yanına gitmek|yanına gitmek istiyorum|unke paas|उनके पास|उसके पास"
    r"|الحقه|الحقها|أكون معه|أكون معها|اكون معه|اكون معها)(?![^\W\d_])"
    r"|去找(?:他|她)|陪(?:他|她)走|跟(?:他|她)走",
    re.IGNORECASE,
)


def grieves(lowered: str) -> bool:
    """Someone else's death named, and no word of joining or following them."""
    return DIED.search(lowered) is not None and REUNION.search(lowered) is None
