"""Cues that keep a laugh from lowering a statement: a time that is tonight, a plea for secrecy.

A laugh or a joke ("lol", "jaja", "😂", "jk") lowers an explicit statement to the question
(crisis_soften.py): in the helpers' texts it marked hyperbole far more often than not. But "it's
fine lol i'm going to kill myself tonight, don't tell anyone" is no hyperbole: a time that is
hours away and a plea that nobody be told are what a plan sounds like, and a laugh beside them
is a mask (round 15, a reviewer's case). Such a text keeps the full message, in every language:

- TONIGHT: tonight, in an hour, when everyone is asleep, read in a clause the phrase lists
  read something in ("kms lol. dinner with mum tonight" and "this presentation is due tonight,
  kms lol" name tonight in another clause, and stay a laugh);
- SECRET: don't tell anyone, nobody can know, anywhere in the text.

A plan or a farewell the phrase lists read (CONCRETE, on the signs' names) counts too: "lol
already bought the rope", "my suits won't be needed lol, sorted the passwords for my brother".

Both patterns are read on folded text (crisis_fold.py: lower case, no accents, "й" as "и",
Arabic with one alef, "ة" as "ه").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bounceback.recovery.crisis_fold import NO_LETTER_AFTER as _E
from bounceback.recovery.crisis_fold import NO_LETTER_BEFORE as _W
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_sentences import clause_at as sentence_clause_at
from bounceback.recovery.crisis_sentences import clauses

TONIGHT = re.compile(
    _W + r"(?:"
    # en
    r"tonight|tonite|2nite|this very night|in (?:an|one|a couple of|a few) hours?"
    r"|(?:once|when|after) every(?:one|body)(?:'s| is) asleep"
    # es
    r"|esta (?:misma )?noche|en (?:una|un par de|unas) horas?|cuando (?:todos )?(?:se duerman|esten dormidos)"
    # de
    r"|heute nacht|heute abend|diese nacht|in einer stunde|in ein paar stunden|wenn alle schlafen"
    # fr
    r"|ce soir|cette nuit|dans (?:une|quelques) heures?|quand tout le monde dort"
    # pt
    r"|esta noite|essa noite|hoje a noite|hoje de noite|hj a noite|hj de noite"
    r"|daqui a (?:uma|umas|poucas) horas?|quando (?:todos|todo mundo) (?:dormirem|dormir)"
    # it
    r"|stasera|stanotte|questa notte|questa sera|(?:tra|fra) (?:un'ora|qualche ora)|quando dormono tutti"
    # nl
    r"|vanavond|vannacht|over een uur|als iedereen slaapt"
    # pl
    r"|dzis(?:iaj)? (?:w nocy|wieczorem)|tej nocy|za godzine|(?:jak|gdy) wszyscy zasna"
    # tr
    r"|bu gece|bu aksam|bir saat sonra|herkes uyuyunca"
    # ru
    r"|сегодня (?:ночью|вечером)|это[йи] ночью|через (?:час|пару часов)|когда все усн[уё]т"
    # uk
    r"|сьогодні (?:вночі|ввечері|уночі)|ціє[ії] ночі|через годину|коли всі засн[уу]ть"
    # ar
    r"|الليل[هة]|هالليل[هة]|بعد ساع[هة]"
    # hi
    r"|aaj raat|aaj rat|aj raat|ek ghante (?:me|mein)|आज रात|एक घंटे में"
    r")" + _E
    + r"|今晚|今天晚上|今夜|一个小时后|一小时后|等大家睡了"
)

SECRET = re.compile(
    _W + r"(?:"
    # en
    r"(?:don'?t|do not|dont) tell (?:anyone|anybody|no ?one|my (?:mom|mum|dad|family|parents|wife|husband|partner))"
    r"|tell no ?one|(?:nobody|no one) (?:can|must|needs to|should|is allowed to) know|keep (?:this|it) (?:a )?secret"
    # es
    r"|no (?:se lo |le |les )?(?:digas|cuentes|digan|cuenten) (?:nada )?a nadie|que nadie se entere"
    r"|que no se entere nadie|nadie (?:puede|debe) saber(?:lo)?"
    # de
    r"|(?:sag|sags|erzahl|erzahls|verrat|verrats)(?: es| das)? (?:bitte )?niemandem"
    r"|niemand darf (?:es|das|davon) (?:wissen|erfahren)"
    # fr
    r"|(?:ne )?(?:le |en )?(?:dis|dites|parle|parlez)(?:-le)? (?:rien )?a personne|personne ne doit (?:le )?savoir"
    # pt
    r"|(?:nao|n) (?:conta|conte|fala|fale|diz|diga)(?: isso| nada)? (?:pra |para |a )?ninguem"
    r"|ninguem pode saber"
    # it
    r"|non (?:dirlo|dire niente|raccontarlo|dirlo mai) a nessuno|nessuno deve saperlo"
    # nl
    r"|(?:zeg|vertel) (?:het )?(?:tegen |aan )?niemand|niemand mag (?:het|dit) weten|niet verder vertellen"
    # pl
    r"|nikomu nie mow(?:cie)?|nie mow(?:cie)? nikomu|nikt nie moze (?:wiedziec|sie dowiedziec)"
    # tr
    r"|kimseye (?:soyleme|soylemeyin|anlatma|anlatmayin|soz etme)|kimse bilmesin"
    # ru
    r"|никому не (?:говори|говорите|рассказывай|рассказываите|рассказывайте)"
    r"|не (?:говори|рассказывай) никому|никто не должен (?:знать|узнать)"
    # uk
    r"|нікому не (?:кажи|кажіть|розповідай|розповідаи|розповідайте)|не кажи нікому"
    r"|ніхто не (?:повинен|має) (?:знати|дізнатися)"
    # ar
    r"|(?:لا|ما) (?:تقول|تقولي|تقولوا|تخبر|تخبري|تحكي|تحكيش|تقولش)(?: شي| شيء| حاجه)? (?:لحد|لحدا|لاحد|احدا|حدا)"
    r"|(?:متقولش|ماتقولش|متقوليش|ماتقوليش|متحكيش) (?:لحد|لحدا|لاحد|حاجه لحد)"
    r"|محدش يعرف|ما حدا يعرف|ما حدا لازم يعرف"
    # hi
    r"|kisi ?ko (?:mat|nahi|na) (?:batana|bolna|batao|bolo)|किसी को (?:मत|नहीं|ना) (?:बताना|बोलना|बताओ|बोलो)"
    r")" + _E
    + r"|(?:别|別|不要)(?:告诉|告訴|跟)(?:任何人|别人|別人|谁)|别说出去|不要说出去|(?:帮我|替我)保密"
)

# A plan or a farewell among the signs the phrase lists read (their names): a letter, a date, the
# passwords left, pills or a rope kept. Not the means alone: "I'll jump out of the window 🙄"
# after one more test is the helpers' commonest hyperbole (two ordinary texts of authors F and U
# rose to the full message when a means sign kept the laugh from lowering them).
CONCRETE = re.compile(
    r"farewell|goodbye|sorry_bye|letter|note|passwords|plan|date|ready|set_aside|stockpile"
    r"|gone_tonight|calm_tonight|last_entry|last_write|rope|pills"
)


def concrete(signs: Iterable[str]) -> bool:
    """Whether a sign (not negated or reassured) names a plan or a farewell."""
    return any(CONCRETE.search(s) for s in signs if not s.endswith((":negated", ":reassured")))


# Any means among the signs (round 34): someone else's attempt lowers nothing beside it
# (crisis_others); "pill_means" and "jump" are no CONCRETE sign.
MEANS = re.compile(
    r"(?<![a-z])(?:means|method|pill|tablet|rope|gun|hang|jump|bridge|poison|knife|blade|razor|weapon"
    r"|stockpile|overdose|train|cut|drown|gas|insurance)"
)


def means(signs: Iterable[str]) -> bool:
    """Whether a sign (not negated) names a means."""
    return any(MEANS.search(s) for s in signs if not s.endswith(":negated"))


# Clauses: a statement's tonight must be in its own clause ("this presentation is due tonight,
# kms lol" and "cover letter due tonight and i'm gonna kill myself lol" are a deadline and a laugh).
# Cut at punctuation and at conjunctions that are no other word in another of the 14 languages
# (not Dutch "maar", which is Hindi for "hit, kill"; not "en", "ma", "so", "ve", "i"), on
# lower-cased or folded text.
CONJUNCTIONS = re.compile(
    r"(?<![^\W\d_])(?:and|but|because|cause|cuz|pero|porque|asi que|así que|und|aber|weil"
    r"|et|mais|parce que|donc|então|entao|porém|perché|perche|quindi|omdat|dus|ale|więc|wiec"
    r"|ama|çünkü|cunku|но|потому что|так что|але|бо|aur|lekin|और|लेकिन|لكن)(?![^\W\d_])"
    r"|而且|所以|但是|因为"
)


# Where tonight's clause ends: CONJUNCTIONS, a comma or a colon; not a quote or a bracket
# ('i'm gonna kms "tonight" lol', "gonna kill myself (tonight) lol": round 33's review found
# those cut tonight off the statement once the cut moved onto crisis_sentences.COMMAS).
_URGENT_CUT = re.compile(CONJUNCTIONS.pattern + r"|[,:\uff0c\u060c\u3001]")


def clause_at(text: str, start: int, end: int) -> str:
    """The clause of text that holds the span start:end: its sentence (crisis_sentences), cut at
    a comma, a colon and at CONJUNCTIONS (_URGENT_CUT)."""
    return sentence_clause_at(text, start, end, _URGENT_CUT)


def urgent(text: str, said: Callable[[str], bool] | None = None) -> bool:
    """A plea for secrecy anywhere, or tonight in a clause the phrase lists read something in
    (said; every clause counts without it)."""
    folded = fold(text)
    if SECRET.search(folded):
        return True
    if not TONIGHT.search(folded):
        return False
    lowered = text.lower()
    return any(TONIGHT.search(fold(c)) and (said is None or said(c))
               for c in clauses(lowered, _URGENT_CUT))
