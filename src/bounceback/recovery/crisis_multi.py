"""Reading a text with the phrase lists of one language (crisis_lexicon.py): explicit phrases,
heavy ones, and the words around them (negation, someone else).

The English reader (crisis.py with crisis_phrases.py and crisis_cues.py) reads more structure;
this one reads any language from its phrase file, on folded text (crisis_fold.py).
"""

from __future__ import annotations

import re

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_lexicon import Lexicon
from bounceback.recovery.crisis_needs import Needs, may_match
from bounceback.recovery.crisis_own_clause import governed, last_negator, own_clause
from bounceback.recovery.crisis_sentences import COMMAS
from bounceback.recovery.crisis_sentences import sentences as split
from bounceback.recovery.crisis_urgent import SECRET, TONIGHT, clause_at

NEGATION_WORDS = 4  # a negator among the last words before a phrase softens it
NEGATION_CHARS = 2  # in Chinese, among the characters just before it
OTHERS_CHARS = 40  # how far before a phrase a named other person is looked for
_WORDS = re.compile(r"[\w\u0900-\u097f']+")
# Phrases that name others by nature ("my family would be better off without me", round 12: "爸妈就不用再为我操心"): someone else
# named before them does not make them about someone else.
SELF_EVIDENT = ("burden", "burden2", "burden3", "happier", "noticed", "worry")
MAX_CHARS = 600  # a run-on sentence is read in overlapping pieces of this many characters
OVERLAP = 120


def sentences(folded: str) -> list[str]:
    """Clauses of folded text (crisis_sentences.py's CLAUSES: ";" ends one too), without their
    end marks; a very long one in overlapping pieces, so no phrase is cut."""
    out: list[str] = []
    for part in split(folded, clauses=True, bare=True):
        if len(part) <= MAX_CHARS:
            if part:
                out.append(part)
            continue
        step = MAX_CHARS - OVERLAP
        out += [part[i : i + MAX_CHARS] for i in range(0, len(part) - OVERLAP, step)]
    return out


def _clause_before(sentence: str, start: int) -> str:
    before = sentence[max(0, start - 200) : start]
    cut = max((m.end() for m in COMMAS.finditer(before)), default=0)
    return before[cut:]


# "Nothing but" is no negation: "je ne pense qu'a mourir", "ich denke an nichts anderes als an
# Selbstmord", "no pienso en otra cosa que en matarme", "ik denk aan niets anders dan zelfmoord"
# (folded text). A phrase right after one of these is read as said.
EXCEPT = re.compile(
    r"(\bqu'?|\bque (a|au|de)|\b(altro|nient'altro|nientaltro) che( a| al| di)?|\bse non"
    r"|\b(otra cosa|mas|nada mas|otra cosa mas) que( en| a)?|\bsino( en)?"
    r"|\boutra coisa (a nao ser|senao|que|alem de)( em)?|\ba nao ser( em)?|\bsenao"
    r"|\b(anderes|mehr) als( an)?|\banders dan( aan)?|\bmeer dan( aan)?"
    r"|\b(innego|innym) (niz|jak)( o)?|\bкроме|\bкрім|\bsiwa|\bke alawa|के सिवा|के अलावा"
    r"|\bغير|\bالا)\s*$"
)


# "Nothing but" inside or just before a phrase ("ik wil niets behalve dood", "non voglio niente
# tranne morire", "ich will nichts außer sterben", "je ne veux rien sauf mourir", "no quiero nada
# más que morir"): the negator belongs to "nothing but", and the phrase is said.
NOTHING_BUT = re.compile(
    r"\b(niets|niks) (behalve|dan)\b|\b(niente|nulla) (tranne|altro che|se non|fuorche)\b"
    r"|\bnichts (ausser|auser|anderes als|als)\b|\brien (sauf|d'autre que|que|a part)\b"
    r"|\bnada (mas que|excepto|salvo|menos|aparte de|alem de)\b|\bnothing (but|except|else than)\b"
    r"|\bnic (oprocz|poza|innego niz|procz)\b"
)


def nothing_but(sentence: str, match: re.Match[str]) -> bool:
    """A "nothing but" ending inside the phrase or just before it."""
    start = max(0, match.start() - 40)
    return any(start + m.end() > match.start() - 3
               for m in NOTHING_BUT.finditer(sentence[start : match.end()]))


# Round 20: two negators that are not the phrase's (gentle19 found them read as negated, so the
# heavy phrase counted for nothing):
# - negative concord: in Italian, Spanish, Portuguese, French, Polish, Russian and Ukrainian a
#   phrase that starts with its own "no" word ("nessuna via d'uscita", "ninguna salida", "nada
#   tiene sentido", "żadnego wyjścia", "никакого выхода") takes a "not" before its verb: "non vedo
#   più nessuna via d'uscita" is "I see no way out", not its denial. (German and Dutch have no
#   concord: "nicht keine Hoffnung" is a double negative, so they are not listed.)
# - not knowing what for: the "not" of "I don't know" before a question word ("ya no sé para qué
#   sigo intentando", "non so più perché continuo", "je ne sais plus pourquoi", "não sei para que",
#   "nie wiem po co", "не знаю зачем", "ik weet niet waarom") negates the knowing, not the phrase.
CONCORD: dict[str, frozenset[str]] = {
    "it": frozenset({"nessun", "nessuna", "nessuno", "niente", "nulla"}),
    "es": frozenset({"ningun", "ninguna", "ninguno", "nada", "nadie"}),
    "pt": frozenset({"nenhum", "nenhuma", "nada", "ninguem"}),
    "fr": frozenset({"aucun", "aucune", "rien", "nul", "nulle"}),
    "pl": frozenset({"zaden", "zadna", "zadne", "zadnego", "zadnej", "zadnych", "nic", "niczego",
                     "nikt", "nikogo"}),
    "ru": frozenset({"никакого", "никакои", "никакая", "никакие", "никаких", "ничего", "ничто",
                     "никто", "никого"}),
    "uk": frozenset({"ніякого", "ніякоі", "ніяких", "жодного", "жодноі", "жодних", "жоден",
                     "нічого", "ніщо", "ніхто", "нікого"}),
}
NOT_KNOWING = re.compile(
    r"(\bno (se|sabria|entiendo|comprendo)|\bnon (so|saprei|capisco)|\b(sais|comprends|vois) (plus|pas)"
    r"|\bnao (sei|saberia|entendo|percebo|compreendo)|\bnie (wiem|rozumiem)|\bне (знаю|понимаю|розумію)"
    r"|\b(weiss|weis|versteh\w*|begreif\w*) (ich )?(nicht|nich|net)|\b(weet|snap|begrijp) (ik )?niet"
    r")( (ya|mas|piu|plus|mais|juz|уже|больше|вже|більше|mehr|meer|bien|bene|bem))?\s*$")
QUESTION_WORD = re.compile(
    r"(para que|para quien|por que|pra que|perche|a che|per chi|pourquoi|a quoi|pour qui|wozu"
    r"|warum|wofur|fur wen|po co|dlaczego|dla kogo|зачем|почему|для кого|навіщо|чому|нащо|для чого"
    r"|waarom|waarvoor|voor wie)\b")


def _not_the_phrases(sentence: str, start: int, before: str, lang: str) -> bool:
    """A negator before the phrase that belongs to something else: negative concord, or not
    knowing what for (see CONCORD)."""
    head = _WORDS.match(sentence, start)
    if head is not None and head.group(0) in CONCORD.get(lang, ()):
        return True
    return NOT_KNOWING.search(before) is not None and QUESTION_WORD.match(sentence, start) is not None


# "And" and "but" per language (folded), where a negator before them stays in its own clause
# (round 29). Only words that mean nothing else once folded: not Italian and Portuguese "e"
# ("è", "é" are "is": "non è che voglio morire" is a denial), not Spanish "a" ("to") or "mas"
# ("more"), not Ukrainian "та" ("that").
_JOINS: dict[str, frozenset[str]] = {
    "es": frozenset({"y", "pero"}), "pt": frozenset({"mas"}), "it": frozenset({"ma"}),
    "fr": frozenset({"et", "mais"}), "de": frozenset({"und", "aber"}),
    "nl": frozenset({"en", "maar"}), "pl": frozenset({"i", "ale"}), "ru": frozenset({"и", "но"}),
    "uk": frozenset({"і", "але"}), "tr": frozenset({"ve", "ama", "fakat"}),
    "hi": frozenset({"aur", "lekin", "और", "लेकिन"}),
}


def negated(sentence: str, start: int, lex: Lexicon) -> bool:
    """A negator just before position start, in the same clause (a negator written with "!" in
    the phrase file counts only as the word right before: Arabic "ما" is also "whenever"), unless
    the words right before the phrase make it "nothing but" (EXCEPT), or the negator belongs to
    something else (round 20: negative concord, not knowing what for; CONCORD)."""
    before = _clause_before(sentence, start)
    if EXCEPT.search(before) or _not_the_phrases(sentence, start, before, lex.lang):
        return False
    if lex.lang == "zh":
        return any(c in lex.negators for c in before.rstrip()[-NEGATION_CHARS:])
    words = _WORDS.findall(before)
    # Round 29: a negator before "and" or "but" ends with its own clause: "le dije que no y
    # quiero matarme", "ho detto di no e voglio morire" (the writer's "no", then the statement).
    joins = [i for i, w in enumerate(words) if w in _JOINS.get(lex.lang, ())]
    words = words[joins[-1] + 1 :] if joins else words
    if words and words[-1] + "!" in lex.negators:
        return True
    # Round 33: a negator done with its own clause before the phrase (crisis_own_clause.py).
    tail = words[-NEGATION_WORDS:]
    at = last_negator(tail, lex.negators)
    if at is None:
        return False
    if not own_clause(tail[at + 1:], lex.lang, _first_word(sentence[start:])):
        return True
    return governed(words[:len(words) - len(tail) + at], lex.negators)  # "nahi sochta ki ..."


# "Never" inside a wish is part of it ("keşke hiç doğmasaydım", "सो जाऊँ और कभी न उठूँ", "dormir y
# no despertar nunca"): only a plain "not" in a gap negates the phrase.
_NEVER = {"hic", "asla", "कभी", "kabhi", "mai", "jamais", "jamas", "nunca", "never", "nooit",
          "niemals", "nigdy", "никогда", "ніколи", "neanche", "nemmeno", "neppure"}
NEVER = {"": frozenset(_NEVER), "de": frozenset(_NEVER | {"nie"})}


def _first_word(text: str) -> str:
    """The first two words of a text (a phrase's start: "me quiero ...")."""
    return " ".join(_WORDS.findall(text[:40])[:2])


def negated_inside(match: re.Match[str], lex: Lexicon) -> bool:
    """A negator in a gap the phrase allows ("je ne veux pas mourir" read by "veux (\\w+ ){0,2}
    mourir", "ich will nicht sterben"): the phrase still matches without it, so the negator is not
    part of it ("ich will nicht mehr leben" needs its "nicht", and stays said)."""
    if lex.lang == "en":  # English has its own structure reader (crisis_cues.py)
        return False
    words = match.group(0).split(" ")
    never = NEVER.get(lex.lang, NEVER[""])
    return any(
        words[i] in lex.negators and words[i] not in never
        and match.re.search(" ".join(words[:i] + words[i + 1 :])) is not None
        for i in range(1, len(words) - 1)
    )


def denied(sentence: str, match: re.Match[str], lex: Lexicon) -> bool:
    """A denial around the phrase that no negator just before it shows: the clause ends with a
    [denial_before] expression just before it ("ما عندي" + "افكار انتحاريه"), or the rest of the
    clause after it is a [denial_after] expression and nothing else ("суицидальных" + "мыслеи у
    меня нет", "suizidal" + "bin ich nicht"; "sterben" + "und nicht mehr aufwachen" is none)."""
    if lex.denial_before is not None and lex.denial_before.search(
            _clause_before(sentence, match.start())):
        return True
    if lex.denial_after is None:
        return False
    rest = sentence[match.end() : match.end() + 200]
    end = COMMAS.search(rest)
    return lex.denial_after.fullmatch((rest[: end.start()] if end else rest).strip()) is not None


# Round 31: the person a letter is written to, named before it ("给妈妈和妹妹的遗书", "माँ के लिए
# अलविदा का ख़त": farewell letters to my mother and sister): a recipient, not the one the phrase is
# about. Only the recipient itself is left out ("我朋友写给他妈妈的遗书" is a friend's letter).
# Round 31's review: only before a farewell or a letter (RECIPIENT_SIGNS), never before a wish or
# an act ("昨天给妹妹打电话她说想自杀": the sister's own words), and in Chinese only with 的, 写
# or 留 right after the recipient ("给妈妈的", "给妈妈和哥哥写好了").
RECIPIENT: dict[str, re.Pattern[str]] = {
    "zh": re.compile(r"(写给|留给|给)(?P<to>[^,:()\"给的写留]{1,10})(的|写|留)[^,:()\"给]{0,4}\s*$"),
    "hi": re.compile(r"(?P<to>\S+( (और|व|aur) \S+)? (के|ke) (लिए|liye))\s*$"),
    # Round 35 (crisis52): "for" or "to" and the person, then at most four words to the letter
    # ("Ich habe für meine Mutter einen Abschiedsbrief", "Per mia madre ho lasciato una lettera
    # d'addio"; Turkish: "Annem için bir veda mektubu yazdım"); whoever stands before the
    # preposition is still read ("Mein Bruder hat für seine Freundin ..."), and the clause must
    # say the writer wrote or left it (WRITER: not "Für meine Mutter war der Abschiedsbrief von
    # Papa ein Schock").
    **{lang: re.compile(rf"(?P<to>\b(?:{pre}) (?:\w+ ){{0,2}}\w+)(?: [\w']+){{0,4}}\s*$")
       for lang, pre in (("de", "fur|an"), ("nl", "voor|aan"), ("fr", "pour|a"),
                         ("it", "per|a"), ("es", "para|pa|a"), ("pt", "para|pra|pro|a|ao"))},
    "tr": re.compile(r"(?P<to>(?:\w+ ){0,2}\w+ icin)(?: \w+){0,3}\s*$"),
}
WRITER: dict[str, re.Pattern[str]] = {
    lang: re.compile(rf"(?<!\w)(?:{me})(?!\w)") for lang, me in (
        ("de", "ich|hab|habe|hatte|schreibe|schrieb|hinterlasse|hinterlassen"),
        ("nl", "ik|heb|had|schrijf|schreef|laat|liet"),
        ("fr", "j'|je|ai"),
        ("it", "ho|avevo|scrivo|lascio|io"),
        ("es", "he|deje|escribi|dejo|escribo|yo|tengo|habia|le|les"),
        ("pt", "eu|deixei|escrevi|deixo|escrevo|tenho|deixarei"))
}
# The phrases a recipient may stand before: a farewell, a letter, a note, a will (a testament,
# not "no will to live": r11_no_will), a goodbye, by their names ("zh:farewell", "hi:r15_note").
RECIPIENT_SIGNS = re.compile(r":(\w+_)?(farewell|letter|note|will|last_write|goodbye)(\d|_|$)")


def takes_recipient(name: str) -> bool:
    """A farewell or letter phrase (RECIPIENT_SIGNS)."""
    return RECIPIENT_SIGNS.search(name) is not None and "no_will" not in name


def about_other(sentence: str, start: int, lex: Lexicon, recipient: bool = False) -> bool:
    """Someone else named just before the phrase, in the same clause (with recipient, not the
    one a letter is written to: RECIPIENT)."""
    if lex.others is None:
        return False
    before = _clause_before(sentence, start)
    to = RECIPIENT.get(lex.lang) if recipient else None
    found = to.search(before[-OTHERS_CHARS:]) if to is not None else None
    writer = WRITER.get(lex.lang)
    if found is not None and writer is not None and not writer.search(before):
        found = None
    if found is not None:
        # The recipient left out; the words around it still name whoever else is there, as far
        # before it as before any phrase ("Mein Bruder hat für seine Freundin ...": round 35).
        at = len(before) - len(before[-OTHERS_CHARS:])
        before = before[: at + found.start("to")] + " " + before[at + found.end("to") :]
    return bool(lex.others.search(before[-OTHERS_CHARS:]))


def without_idioms(sentence: str, lex: Lexicon) -> str:
    # Repeated until nothing changes: one idiom's removal can reveal another.
    if lex.idiom_re is None:
        return sentence
    while True:
        if not may_match(lex.idiom_needs, sentence):  # round 16: no idiom can be in it
            return sentence
        cleaned = lex.idiom_re.sub(" ", sentence)
        if cleaned == sentence:
            return sentence
        sentence = cleaned


def _live(patterns: tuple[tuple[str, re.Pattern[str]], ...], needed: tuple[Needs, ...],
          present: frozenset[str]) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns that may match in a text holding the present strings of the lexicon's
    needed ones (crisis_needs.py), in their order."""
    if len(needed) != len(patterns):
        return list(patterns)
    return [p for p, n in zip(patterns, needed, strict=True)
            if n is None or not n.isdisjoint(present)]


def own_clauses(clean: str, heavy: list[tuple[str, re.Pattern[str]]]) -> list[int]:
    """Where each "I can't take any more" of the sentence ends (the language's cannot_more:
    "я больше не могу", "مش قادر", "ich kann nicht mehr"): its negator is its own, so a statement
    after it in a note typed without punctuation ("я больше не могу хочу сдохнуть") is not read
    as negated (round 33). Only this complete clause owns its negator: "no quiero" does not."""
    return [m.end() for name, pattern in heavy if name.endswith(":cannot_more")
            for m in pattern.finditer(clean)]


def read(parts: list[str], lex: Lexicon) -> list[tuple[str, CrisisLevel]]:
    """(sign, level) for every phrase of the lexicon found in the folded sentences: explicit, or
    soft when negated or about someone else; heavy phrases soft, or nothing when negated."""
    found: list[tuple[str, CrisisLevel]] = []
    cleaned = [without_idioms(sentence, lex) for sentence in parts]
    # Round 16: only the patterns whose needed strings the text holds are run (the same matches).
    everything = "\n".join(cleaned)
    present = frozenset(s for s in lex.needed if s in everything)
    explicit = _live(lex.explicit, lex.explicit_needs, present)
    heavy = _live(lex.heavy, lex.heavy_needs, present)
    # Round 15: tonight in the statement's clause, or a plea for secrecy anywhere, and a
    # condition with a laugh is no joke ("si me rechazan otra vez me mato esta noche jaja").
    secret = bool(lex.joking) and SECRET.search(" | ".join(parts)) is not None
    for sentence, clean in zip(parts, cleaned, strict=True):
        joking = not secret and any(p.search(sentence) for p in lex.joking)
        reassured = lex.reassure is not None and bool(lex.reassure.search(clean))
        fiction = lex.fiction is not None and bool(lex.fiction.search(clean))
        owned = own_clauses(clean, heavy)
        for name, pattern in explicit:
            for match in pattern.finditer(clean):
                cut = max((end for end in owned if end <= match.start()), default=0)
                if not nothing_but(clean, match) and (
                        negated(clean[cut:], match.start() - cut, lex) or negated_inside(match, lex)):
                    if not reassured:
                        found.append((name + ":softened", CrisisLevel.SOFT))
                    else:
                        found.append((name + ":reassured", CrisisLevel.NONE))
                elif not nothing_but(clean, match) and denied(clean, match, lex):
                    # A denial read around the phrase is a reading, not a negator: the question
                    # at most, never nothing, whatever else the sentence says (round 10's review:
                    # "sirf ek baat, mujhe marna hai koi nahi h" got no card at all).
                    found.append((name + ":softened", CrisisLevel.SOFT))
                elif not name.endswith(SELF_EVIDENT) and about_other(
                        clean, match.start(), lex,
                        recipient=not fiction and takes_recipient(name)):
                    if not fiction:
                        found.append((name + ":softened", CrisisLevel.SOFT))
                elif joking and not TONIGHT.search(clause_at(clean, match.start(), match.end())):
                    found.append((name + ":softened", CrisisLevel.SOFT))
                else:
                    found.append((name, CrisisLevel.EXPLICIT))
        for name, pattern in heavy:
            for match in pattern.finditer(clean):
                if negated(clean, match.start(), lex):
                    found.append((name + ":negated", CrisisLevel.NONE))
                else:
                    found.append((name, CrisisLevel.SOFT))
    if lex.together:
        joined = " | ".join(cleaned)
        wanted = lex.together_needs or (None,) * len(lex.together)
        for (name, pattern), needed in zip(lex.together, wanted, strict=True):
            if may_match(needed, joined) and pattern.search(joined):
                found.append((name, CrisisLevel.EXPLICIT))
    return found


def idiom_free(parts: list[str], lexicons: list[Lexicon]) -> list[str]:
    """The sentences with every given language's harmless idioms removed (for the model)."""
    out = []
    for sentence in parts:
        for lex in lexicons:
            sentence = without_idioms(sentence, lex)
        out.append(sentence)
    return out
