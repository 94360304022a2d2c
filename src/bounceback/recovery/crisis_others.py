"""Someone else's attempt, told by a writer who says they are fine (round 33, crisis49, issue 15).

The strangers' ordinary notes tell a relative's or a friend's attempt, or the thoughts a friend
confided, and say in the same entry that the writer is all right ("Mama jest od wczoraj na
oddziale po próbie samobójczej ... nic mi nie grozi", "Zeynep bana intiharı düşündüğünü
anlattı ... ben iyiyim", "表弟周末自杀未遂 ... 我没事，真的"). The phrase lists read the attempt as
a statement (the person is named at the start of the sentence, not "just before" the phrase,
where crisis_multi.about_other looks) and the note got the full message: rounds 24-25's largest
cause left, 8 of 25.

`others_attempt` gives the reason "other" (crisis_soften.reason: the question instead of the
full message, never nothing) only where every one of these holds:

- every sentence the phrase lists read anything in tells someone else's attempt or confided
  thoughts (OTHER_ATTEMPT: third-person forms and the attempt noun, per language); in Russian,
  Ukrainian, Chinese, Arabic and Hindi, whose verbs do not say the person, that sentence also
  holds no "I" (SELF_SUBJECT);
- none of those sentences says the writer too ("I will too", "yo también", "我也": ME_TOO),
  and none of their clauses says now, tonight or again (crisis_soften.PRESENT, AGAIN);
- the entry says nowhere that something is still there, back or lately (crisis_past_well.RETURN)
  or going on since (CONTINUED), asks for secrecy or names tonight beside a statement
  (crisis_urgent.urgent), and no plan, means or farewell is among the signs (the caller's
  `concrete`);
- the writer says, in a clause of their own, that they are fine (FINE, not negated, not what
  others think or what the writer pretends: crisis_past_well.REPORTED).

"My brother tried last year and I think I will too" keeps the full message (ME_TOO, and no
"I'm fine"); so does "Mi hermano intentó suicidarse. Yo estoy bien, pero ya tengo las pastillas"
(a means among the signs).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bounceback.recovery.crisis_fold import NO_LETTER_AFTER as _E
from bounceback.recovery.crisis_fold import NO_LETTER_BEFORE as _W
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_frame import FIRST_PERSON
from bounceback.recovery.crisis_past_well import AGAIN, CONTINUED, REPORTED, RETURN
from bounceback.recovery.crisis_sentences import clauses, sentences
from bounceback.recovery.crisis_urgent import CONJUNCTIONS

# Someone else's attempt or confided thoughts, on folded text (crisis_fold: lower case, no
# accents, "ł" as "l", "й" as "и"). Third-person forms where the language has them (a reflexive
# "se"/"sich"/"si", a verb ending), the attempt as a noun elsewhere.
OTHER_ATTEMPT = re.compile(
    _W + r"(?:"
    # English
    r"(?:he|she|they) (?:had )?(?:tried|attempted|overdosed|was suicidal|were suicidal)"
    r"|(?:kill|killed|end|ended) (?:himself|herself|themselves|his life|her life|their life)"
    r"|(?:his|her|their) (?:suicide )?attempt"
    r"|(?:he|she|they) (?:had )?(?:thought|been thinking) (?:about|of) (?:suicide|killing)"
    # Spanish, Portuguese, Italian, French: the third person's reflexive, the attempt noun
    r"|suicidarse|quitarse la vida|se (?:quiso|intento) (?:matar|suicidar)|intento de suicidio"
    r"|tentativa de suicidio|tentou (?:se matar|suicidio|o suicidio|tirar a propria vida)"
    r"|pensou em (?:se matar|suicidio)"
    r"|tentativo di suicidio|ha tentato (?:il suicidio|di uccidersi|di togliersi la vita)|uccidersi"
    r"|togliersi la vita|(?:ha|aveva) pensato al suicidio"
    r"|tentative de suicide|a tente de se (?:suicider|tuer)|s'est suicide\w*|(?:a|avait) pense au suicide"
    # German, Dutch
    r"|suizidversuch\w*|selbstmordversuch\w*|sich (?:das leben )?(?:zu )?nehmen wollte"
    r"|(?:versucht|probiert),? sich (?:das leben zu nehmen|umzubringen)|sich umbringen wollte"
    r"|zelfmoordpoging\w*|poging tot zelfmoord|heeft geprobeerd zich\w* (?:van het leven|om het leven)"
    # Polish
    r"|prob\w* samobojcz\w*|probowal(?:a)? (?:sie zabic|popelnic samobojstwo)"
    r"|targnal(?:a)? sie na (?:swoje )?zycie|myslal(?:a)? o samobojstwie"
    # Turkish
    r"|intihar girisim\w*|intihar etmeye (?:calismis|calisti|kalkismis)|intihara kalkis\w*"
    r"|intihari dusundugunu|intihar etmeyi dusundugunu"
    # Russian, Ukrainian (SELF_SUBJECT decides the person)
    r"|попытк\w* (?:суицида|самоубииства)|пытал(?:ся|ась) (?:покончить|убить себя)"
    r"|думал(?:а)? о (?:самоубииств\w*|суициде)"
    r"|спроб\w* (?:суициду|самогубства)|намага(?:вся|лася|лась) (?:накласти на себе руки|вбити себе|покінчити)"
    r"|думал(?:а)? про (?:самогубство|суицид)"
    # Arabic, Hindi
    r"|محاوله انتحار|حاول (?:ينتحر|الانتحار)|حاولت تنتحر"
    r"|आत्महत्या की कोशिश|khudkushi ki koshish|suicide ki koshish"
    r")" + _E
    + r"|自杀未遂|试图自杀|想过自杀|割腕被送|轻生未遂",
)

# "I" as the subject where the verb does not say the person (ru, uk, zh, ar, hi).
SELF_SUBJECT = re.compile(r"(?<!\w)(?:я|انا|मैं|main|maine)(?!\w)|我(?!的)")

# The writer too: "I will too", "me too", "yo también", "ich auch", "我也".
ME_TOO = re.compile(
    _W + r"(?:too|as well|me also|yo tambien|tambien yo|eu tambem|tambem eu|anch'io|anche io"
    r"|ich auch|auch ich|moi aussi|ik ook|ja tez|tez chce|ben de|я тоже|я также|я теж|мне тоже"
    r"|мені теж|main bhi|मैं भी|انا كمان|انا ايضا)" + _E + r"|我也",
)

# The writer says they are fine, in the 14 languages (folded).
FINE = re.compile(
    _W + r"(?:i'?m (?:fine|ok|okay|alright|all right|safe|doing (?:fine|ok|okay))|i am (?:fine|ok|okay|safe)"
    r"|(?:yo )?estoy bien|(?:eu )?(?:estou|to) bem|(?:io )?sto bene|moi (?:ca|ça) va|je vais bien"
    r"|mir geht(?: es|'s|s)? (?:es )?gut|mit mir ist alles (?:ok|okay|in ordnung)|ich bin (?:ok|okay|stabil)"
    r"|met mij gaat het (?:goed|prima)|met mij is alles (?:goed|oke|ok)|ik ben (?:ok|oke|okay)"
    r"|ja sie trzymam|nic mi nie (?:jest|grozi)|ze mna wszystko (?:w porzadku|ok|dobrze)"
    r"|czuje sie dobrze|ben iyiyim|ben de iyiyim|iyiyim"
    r"|у меня вс[её] (?:нормально|хорошо|в порядке)|со мнои вс[её] (?:нормально|хорошо|в порядке)"
    r"|я (?:сама |сам )?в порядке|у мене вс[еі] (?:гаразд|добре|нормально)"
    r"|зі мною вс[еі] (?:добре|гаразд|нормально)|я (?:сама |сам )?в порядку"
    r"|انا بخير|انا كويس\w*|انا منيح\w*|main (?:theek|thik) (?:hoon|hun|hu)|मैं ठीक हूं"
    r")" + _E + r"|我没事|我很好|我还好|我自己没事",
)
_NEGATED = re.compile(_W + r"(?:not|no|nao|non|nie|niet|nicht|pas|не|ні|değil|degil)\s+\S*\s*$")
_NOW = re.compile(
    _W + r"(?:now|tonight|today|ahora|hoy|esta noche|agora|hoje|adesso|stasera|stanotte|oggi"
    r"|jetzt|heute|maintenant|ce soir|aujourd'hui|nu|vanavond|vandaag|teraz|dzis|dzisiaj|simdi"
    r"|bu gece|bugun|сеичас|сегодня|зараз|сьогодні|الان|الليله|اليوم|abhi|aaj|अभी|आज|" + AGAIN
    + r")" + _E + r"|现在|今晚|今天|又|再次",
)


# The search's own news ("the recruiter didn't call back again", "Rekruter znowu nie
# oddzwonił"): an "again" in a sentence that names the search and says no "I" is about the
# search, not the thoughts; every other "still", "again" or "lately" keeps the full message.
JOB_NEWS = re.compile(
    _W + r"(?:recruiter|hiring manager|hr|employer|application|interview|recrutador\w*|reclutador\w*"
    r"|selezionator\w*|recruteu\w*|recruiter\w*|personaler\w*|rekruter\w*|ise alim\w*"
    r"|рекрутер\w*|hr-?менеджер\w*|مسؤول التوظيف|الشركه|recruiter ne|एचआर)" + _E + r"|招聘|HR|面试官",
)


def _returns(text: str) -> bool:
    """Still, again, lately or going on since anywhere, but the search's own news (JOB_NEWS)."""
    for part in sentences(text):
        low = fold(part)
        if CONTINUED.search(low):
            return True
        if RETURN.search(low) and not (JOB_NEWS.search(low) and not any(
                p.search(low) for p in FIRST_PERSON.values())):
            return True
    return False


def _fine(folded: str) -> bool:
    """The writer's own "I'm fine", not negated and not what others think or the writer plays."""
    for clause in clauses(folded, CONJUNCTIONS, commas=True):
        for match in FINE.finditer(clause):
            if _NEGATED.search(clause[: match.start()]) or REPORTED.search(clause):
                continue
            return True
    return False


def others_attempt(text: str, said: Callable[[str], bool] | None, concrete: bool,
                   urgent: Callable[[str, Callable[[str], bool] | None], bool]) -> bool:
    """Whether an explicit reading is someone else's attempt told by a writer who is fine (see
    the module). said reads one sentence or clause alone (the phrase lists)."""
    if said is None or concrete:
        return False
    folded = fold(text)
    if not _fine(folded) or _returns(text):
        return False
    if not OTHER_ATTEMPT.search(folded) or urgent(text, said):
        return False
    read = [part for part in sentences(text) if said(part)]
    if not read:
        return False
    for part in read:
        low = fold(part)
        if not OTHER_ATTEMPT.search(low) or ME_TOO.search(low) or SELF_SUBJECT.search(low):
            return False
        if said(OTHER_ATTEMPT.sub(" ", low)):  # the writer's own wish beside the attempt (review)
            return False
        if any(_NOW.search(c) for c in clauses(low, CONJUNCTIONS, commas=True) if said(c)):
            return False
    return True
