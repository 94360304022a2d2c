"""A past wish to die told as over, with the writer's present wellbeing in their own words.

Round 32 (crisis46, issue 15). crisis_soften.WELL_NOW reads "I'm doing fine", "estoy bien",
"mir geht es gut"; the retired rounds' strangers wrote the present as joy instead ("Three years
ago I didn't want to live. Today I got an interview and I'm actually excited", "Il y a deux ans
je voulais mourir. Aujourd'hui j'ai signé mon CDI et j'ai pleuré de joie", "Mir geht's richtig
gut", "三年前我不想活了。今天拿到了offer,我很好"), and kept the full message.

HAPPY_NOW is weaker still than WELL_NOW, and is read only by crisis_soften._resolved (never
where WELL_NOW shields a clause from being a present statement, crisis_soften._present_again):
it puts a past behind only when

- every clause the phrase lists read something in has a time-long-past marker of its own
  (the rule WELL_NOW already follows), and
- nothing in the whole entry says the thoughts are still there or back (RETURN: "still",
  "again", "lately", "they came back", "todavía", "immer noch", "de nouveau", "hâlâ", "ab bhi",
  "до сих пор", "досі", "还是", "又"...), or going on since (CONTINUED: "every day since",
  "never stopped", "seitdem", "с тех пор", "到现在"; fix32c), and
- the joy stands in a clause with no past marker of its own, and is not what others see or the
  writer puts on (REPORTED: "everyone thinks I'm happy", "I pretend I'm happy", "我跟别人说我很好";
  fix32c), and
- no phrase read names a plan, the means or a farewell (crisis_urgent.concrete).

Each word must end its clause ("I'm excited." and never "I'm excited to finally end it"), and
none is read after a negation.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_END = r"(?=\s*(?:[.!,;)\n]|$|and |y |e |und |et |now|today|hoy|ahora|hoje|agora|oggi|ora|heute|jetzt))"

HAPPY_NOW = re.compile(
    # English: "I'm actually excited.", "I'm so happy", "I'm in a good place now", "life is good"
    r"(?<![^\W\d_])(?:i'?m|i am) (?:actually |really |genuinely |so |truly |finally |just )?"
    r"(?:excited|happy|thriving|doing (?:great|really well|so well))" + _END
    + r"|(?<![^\W\d_])(?:i'?m|i am) in a (?:good|great|better|much better) place" + _END
    + r"|(?<![^\W\d_])life is (?:good|great)" + _END
    # Spanish, Portuguese, Italian: "estoy feliz", "tô muito feliz", "sono davvero felice"
    + r"|(?<![^\W\d_])(?<!no )(?:estoy|soy) (?:muy |tan |super |súper |realmente )?(?:feliz|content[oa])" + _END
    + r"|(?<![^\W\d_])(?<!não )(?<!nao )(?:estou|tô|to|sou) (?:muito |tão |tao |super |realmente )?"
    r"(?:feliz|content[ea])" + _END
    + r"|(?<![^\W\d_])(?<!non )(?:sono (?:così |molto |davvero |proprio )?(?:felice|content[oa])|sto benissimo)"
    + _END
    # German: "mir geht's richtig gut", "ich bin so glücklich"
    + r"|(?<![^\W\d_])mir geht'?s (?:jetzt |heute |richtig |echt |wirklich |sehr )*(?:gut|besser)" + _END
    + r"|(?<![^\W\d_])ich bin (?:so |richtig |echt |wirklich |einfach )?glücklich" + _END
    # French: "je suis tellement heureuse", "j'ai pleuré de joie"
    + r"|(?<![^\W\d_])je suis (?:tellement |si |très |vraiment |juste )?heureu(?:x|se)" + _END
    + r"|(?<![^\W\d_])pleur\w* de joie"
    # Turkish: "şimdi iyiyim", "çok mutluyum"; Hindi: "ab theek hoon", "aaj bahut khush hoon"
    + r"|(?<![^\W\d_])(?:şimdi|simdi|artık|artik|bugün|bugun|şu an|su an) (?:gerçekten |gercekten |çok |cok )?"
    r"(?:iyiyim|mutluyum)(?![^\W\d_])"
    + r"|(?<![^\W\d_])(?:çok |cok )?mutluyum(?![^\W\d_])"
    + r"|(?<![^\W\d_])(?:ab|aaj|अब|आज) (?:sach mein |sach me |सच में |bahut |बहुत )?"
    r"(?:theek|thik|khush|ठीक|खुश) (?:hoon|hun|hu|हूँ|हूं)(?![^\W\d_])"
    # Russian, Ukrainian: "я просто счастлива", "я дуже щаслива"
    + r"|(?<![^\W\d_])я (?:просто |очень |так |реально |правда )?счастлив[аы]?(?![^\W\d_])"
    + r"|(?<![^\W\d_])я (?:просто |дуже |така |такий |справді )?щасли(?:ва|вий)(?![^\W\d_])"
    # Chinese: "我很好，真的很好", "我现在很开心" (never 我很好奇, curious)
    + r"|我(?:现在)?(?:真的)?(?:很好|挺好|很开心|特别开心|很幸福)(?![奇像想])",
    re.IGNORECASE,
)

# "Again" in each language: crisis_soften's present-again rules read the same list (one list,
# kept here since fix32c; crisis_soften imports it).
AGAIN = (
    r"again|otra vez|de nuevo|wieder|erneut|[àa] nouveau|de nouveau|de novo|outra vez"
    r"|di nuovo|weer|opnieuw|znowu|znów|znow|yine|tekrar|снова|опять|знову|знов"
    r"|من جديد|مرة (?:تانية|ثانية)|تاني|phir se|fir se|dobara|फिर से|दोबारा"
)
# The thoughts still there or back, anywhere in the entry: then no joy puts the past behind.
RETURN = re.compile(
    r"(?<![^\W\d_])(?:" + AGAIN + r"|still|lately|recently|(?:are|is|'re|'s|came|coming|comes) back"
    r"|returned|todavía|todavia|aún|aun|sigo|sigue|han vuelto|volvieron|vuelven|últimamente"
    r"|ainda|voltaram|voltou|ultimamente|ancora|tornat[aie]|tornano"
    r"|immer noch|noch immer|zurück|in letzter zeit|neuerdings|encore|toujours"
    r"|reviennent|revenu\w*|dernièrement|ces derniers temps|hala|hâlâ"
    r"|geri geldi|son zamanlarda|ab bhi|abhi bhi|wapas|वापस|अब भी"
    r"|अभी भी|всё ещё|все ещё|все еще|до сих пор|вернул\w*|в последнее время"
    r"|досі|все ще|поверну\w*|останнім часом)(?![^\W\d_])"
    r"|还是|仍然|依然|又|再次|最近|回来了",
    re.IGNORECASE,
)
# Round 32 (fix32c, review of round 32): the wish going on from then until now ("two years ago
# I wanted to die, and every day since", "never stopped", "nothing has changed", "desde
# entonces", "seitdem", "depuis", "с тех пор", "到现在"): a clause that opens with a long-past
# marker and says this is no past. Read by happy_now, and by crisis_soften._resolved's clause
# rule (a clause with a past marker and one of these counts as present, for WELL_NOW too).
CONTINUED = re.compile(
    r"(?<![^\W\d_])(?:(?:ever )?since(?: then)?|every (?:single )?day|never stopped|nothing"
    r" (?:has|had|ever) changed|nothing changed|desde entonces|desde ese (?:día|dia|momento)|cada d[ií]a"
    r"|todos los d[ií]as|desde então|desde entao|todo dia|todos os dias|da allora|ogni giorno"
    r"|seitdem|seither|jeden tag|depuis|chaque jour|tous les jours|sindsdien|elke dag|od tego czasu"
    r"|codziennie|o zamandan beri|o günden beri|o gunden beri|her gün|her gun|с тех пор|каждый день"
    r"|з того часу|відтоді|кожного дня|щодня|tab se|har din|तब से|हर दिन|منذ ذلك|كل يوم)(?![^\W\d_])"
    r"|到现在|一直|每天|天天",
    re.IGNORECASE,
)
# Joy the writer says others see, or that they put on ("everyone thinks I'm happy", "I pretend
# I'm happy", "我跟别人说我很好", "todos creen que estoy feliz"): not the writer's own present.
REPORTED = re.compile(
    r"(?<![^\W\d_])(?:thinks?|thought|pretend\w*|says?|said|tell\w*|told|everyone|everybody"
    r"|people|act(?:ing)?|fake\w*|seem\w*|look\w*|cree\w* que|creen|dicen|finj\w*|fing\w*"
    r"|acham?|dizem|pensano|dicono|fingo|denk\w*|sagen|tue so|tu so|alle|pense\w* que|croi\w*"
    r"|disent|fais semblant|tout le monde|думают|говорю|притворя\w*|делаю вид|думають|кажу"
    r"|вдаю|herkes|sanıyor|saniyor|diyorum|numara)(?![^\W\d_])"
    r"|以为|跟别人说|对别人说|装作|假装|装得|他们说|大家都说",
    re.IGNORECASE,
)


def happy_now(lowered: str, concrete: bool = False, past: re.Pattern[str] | None = None,
              cut: Callable[[str], list[str]] | None = None) -> bool:
    """Words of present joy, with nothing that says the thoughts are still there, back or
    going on since, and no plan, means or farewell read (the clause rule is the caller's). With
    `past` and `cut` (crisis_soften.PAST, its clauses), the joy must stand in a clause with no
    past marker of its own, and not as what others think or the writer puts on (REPORTED)."""
    if concrete or RETURN.search(lowered) or CONTINUED.search(lowered):
        return False
    clauses = [lowered] if cut is None else cut(lowered)
    return any(HAPPY_NOW.search(c) and (past is None or not past.search(c))
               and not REPORTED.search(c) for c in clauses if c)
