"""A negator that belongs to a clause of its own, before a statement typed without punctuation
(round 33, issue 15).

In the messaging register a note runs its clauses together: "im not ok i wanna die", "no sirvo
para nada quiero morirme", "никому не нужен хочу умереть", "nikt mnie nie kocha chcę umrzeć".
The negator there negates its own verb ("ok", "sirvo", "нужен", "kocha"), and the statement after
it is said, when it starts a clause of its own: the writer's wish or intent, or the writer's "I"
(WISH_STARTS, SUBJECTS); a phrase that is the negated verb's object ("nie mam żadnych myśli
samobójczych", "no estoy pensando en suicidarme") stays negated. `own_clause(between, lang, starts)` tells, from the words between the last negator
and the phrase, whether the negator is done before the phrase:

- never when a word between is a complementiser or a verb of saying, thinking or knowing ("not
  that I want to die", "no creo que quiera morir", "не скажу що я хочу померти", "ik zeg niet dat
  ik dood wil", "nicht weil ich sterben will"): the negated verb governs the statement;
- never when the words between are only degree words ("не очень хочу умирать", "nie bardzo chcę
  umierać", "not really wanting to die");
- in Russian, Ukrainian and Polish, whose "не"/"nie" negates the word right after it, one other
  word between is enough; elsewhere the writer's own "I" starting again ("i am not ok | i want",
  "ich bin nicht ok | ich will") or two words between ("no sirvo para nada | quiero").
"""

from __future__ import annotations

from collections.abc import Iterable

from bounceback.recovery.crisis_fold import fold


def _folded(words: Iterable[str]) -> frozenset[str]:
    """Words as the phrase readers see them (crisis_fold.py: "впевнений" as "впевнении")."""
    return frozenset(map(fold, words))


# Complementisers, "because", "like", and verbs of saying, thinking, knowing, believing (folded).
_GOVERNS = _folded({
    # a condition and its "then" ("если автобус не придёт то я сдаюсь", "si y a pas de café alors")
    "then", "dann", "wenn", "als", "entonces", "cuando", "alors", "quand", "allora", "quando",
    "entao", "dan", "wtedy", "jesli", "jezeli", "тогда", "если", "то", "тоді", "якщо", "to",
    "agar", "toh", "eger", "ise",
    # en
    "that", "because", "cause", "like", "if", "whether", "think", "thinking", "thought", "say",
    "saying", "said", "mean", "meant", "know", "knew", "believe", "sure", "guess", "feel", "claim",
    "tell", "telling", "told", "admit", "wish", "pretend", "want", "wanted",
    # de, nl
    "dass", "das", "ob", "weil", "wie", "denke", "denk", "glaube", "glaub", "sage", "sag", "meine",
    "weiss", "sicher", "behaupte", "dat", "of", "omdat", "zeg", "bedoel", "weet", "geloof",
    # fr, es, it, pt
    "que", "qu", "parce", "comme", "si", "pense", "crois", "dis", "sais", "sur", "dire", "creo",
    "digo", "pienso", "se", "seguro", "porque", "como", "decir", "dije", "che", "perche", "come",
    "penso", "dico", "credo", "so", "sicuro", "detto", "acho", "sei", "creio", "disse",
    # pl, ru, uk
    "ze", "czy", "bo", "jak", "mysle", "mowie", "powiem", "wiem", "sadze", "mowilem", "mowilam",
    "что", "чтобы", "ли", "потому", "как", "думаю", "говорю", "скажу", "знаю", "уверен", "уверена",
    "считаю", "сказал", "сказала", "що", "щоб", "чи", "бо", "як", "кажу", "впевнений",
    "впевнена", "сказав",
    # tr, ar, hi
    "ki", "diye", "sanmiyorum", "ان", "اني", "انني", "لان", "اظن", "اعتقد", "اقول", "قلت", "عشان",
    "कि", "क्योंकि", "सोचता", "सोचती", "kyunki", "sochta", "sochti", "lagta", "kaha",
})
# Degree words that sit between a negator and its own verb ("не очень хочу").
_DEGREE = _folded({
    "really", "very", "even", "so", "too", "quite", "exactly", "actually", "that", "wirklich",
    "gar", "ganz", "echt", "vraiment", "trop", "tant", "tellement", "muy", "tanto", "tan",
    "realmente", "molto", "davvero", "muito", "zo", "heel", "bardzo",
    "zbytnio", "az", "tak", "specjalnie", "za", "wcale", "очень", "особо", "так", "совсем", "сильно",
    "прям", "прямо", "уж", "то", "дуже", "зовсім", "особливо", "аж", "вже", "уже", "больше",
    "більше", "juz", "mehr", "plus", "mas", "piu", "mais", "meer", "anymore", "more", "longer",
})
_REFLEXIVE = frozenset({"me", "mi", "m'"})
_STRICT = frozenset({"ru", "uk", "pl"})
SUBJECTS = _folded({"i", "ich", "je", "j", "ik", "я", "ja", "yo", "io", "eu", "ben", "main", "मैं",
                      "انا"})


# Negative-concord pronouns ("no sirvo para NADA"): the clause's own negator stands before them.
CONCORD = _folded({"nada", "nadie", "niente", "nulla", "nessuno", "rien", "personne", "nichts",
                     "niemand", "niets", "ничего", "никого", "никому", "нічого", "нікого", "нікому",
                     "nic", "nikt", "nikogo", "nikomu", "ninguem", "nothing", "nobody", "anything"})


def last_negator(words: list[str], negators: frozenset[str] | set[str]) -> int | None:
    """The index of the negator that opens the last negated clause among `words`: the last
    negator, or the one before a concord pronoun that ends the words ("no sirvo para nada")."""
    found = [i for i, w in enumerate(words) if w in negators]
    if not found:
        return None
    if words[found[-1]] in CONCORD and len(found) > 1:
        return found[-2]
    return found[-1]


# The first words of a statement that starts a clause of its own: the writer's wish or intent
# ("quiero morirme", "хочу умереть", "i want to die", "gonna end it"), or the writer's "I". A
# phrase that starts with a noun or an infinitive ("myśli samobójczych", "suicidarme", "me faire
# du mal") is the object of the negated verb before it ("nie mam żadnych myśli samobójczych").
WISH_STARTS = _folded({
    "want", "wanna", "gonna", "going", "will", "wish", "quiero", "voy", "voglio", "vado", "quero",
    "vou", "veux", "vais", "werde", "bring", "wil", "ga", "chce", "zabije", "хочу",
    "хочется", "убью", "покончу", "хочеться", "вб'ю", "عايز", "عاوز", "بدي", "اريد", "ابغى",
})


def governed(words: list[str], negators: frozenset[str] | set[str]) -> bool:
    """Whether a negator among `words` stands over a verb of thinking or saying, or a "that",
    within three words ("main aisa nahi sochta ki ... nahi mili main khud ko khatam kar lunga",
    "I don't think that if ... I'll end it"): what follows is what the writer denies, whatever
    a later negator's own clause (the lead's review of round 33)."""
    return any(w in negators and any(v in _GOVERNS for v in words[i + 1:i + 4])
               for i, w in enumerate(words))


def own_clause(between: list[str], lang: str, starts: str = "") -> bool:
    """Whether a negator followed by `between` (the words up to the phrase, folded) is done
    before the phrase, `starts` being the phrase's first words (see the module docstring)."""
    if not between or any(w in _GOVERNS for w in between):
        return False
    first = starts.split()[:2]
    if first and first[0] in _REFLEXIVE:  # "me quiero matar", "mi voglio ammazzare"
        first = first[1:]
    lead = first[0] if first else ""
    if lead not in WISH_STARTS and lead not in SUBJECTS and between[-1] not in SUBJECTS:
        return False
    if all(w in _DEGREE for w in between):
        return False
    if lang in _STRICT:
        return True
    restart = between[-1] in SUBJECTS or lead in SUBJECTS
    if restart and len(between) - (between[-1] in SUBJECTS) >= 1:
        return True
    return len(between) >= 2 and lang != "en"
