"""Which languages a text may be written in, for the crisis check: offline, with the model that
py3langid (BSD-3-Clause) ships, limited to the languages the check has phrase lists for.

Detection only decides which phrase lists are read; it never silences one on its own: a script
(Cyrillic, Arabic, Devanagari, Chinese) always brings its languages in, every language with a
share of at least MIN_SHARE is read, and romanised Hindi (which the detector does not know) is
read whenever the text has one of its common words ("hai", "nahi", "kya", "yaar", "accha",
"lekin"...): of the 269 romanised Hindi texts of the helpers' corpus, 268 have one, and about
1.6 % of the texts in Latin letters in other languages do (reading a phrase list too many only
costs time; the lists' idioms and negations still apply).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

LANGUAGES = ("en", "es", "de", "fr", "pt", "it", "nl", "pl", "tr", "ru", "uk", "ar", "hi", "zh")
# Common words of romanised Hindi; a text with one also gets the Hindi phrase list.
ROMAN_HINDI = re.compile(
    r"\b(hai|hain|nahi|nahin|nai|mujhe|mera|meri|mere|kya|kyun|kaash|kash|yaar|kuch|koi|gaya|gayi"
    r"|raha|rahi|hoon|hun|hu|tha|thi|bhi|toh|aur|ke|ka|ki|ko|pe|aapka|jaunga|jaungi|uthu|hona"
    r"|karna|dena|lena|bhai|kar|lunga|lungi|karunga|main|mar|jaun|phir|bojh|sabke|sabko|apne|apna"
    r"|kal|raat|diya|keh|jaldi|manzil|likha|hafte|alvida|zindagi|\w+(?:ega|egi|enge|unga|ungi)"
    # round 6: everyday words a writer uses whatever the subject, since a stranger may use
    # none of the words above; none is a word of the other 13 languages ("mein", "se", "ab", "par", "tu" are, and stay out)
    r"|hoga|hogi|hoge|hota|hoti|hote|kyunki|kyuki|kyonki|lekin|magar|tum|tumhe|aap|tera|teri"
    r"|tere|yeh|woh|accha|acha|achha|bahut|bohot|bahot|zyada|jyada|jeena|jina|jeene|jine|marna"
    r"|marne|maut|khatam|khatm|chahta|chahti|chahiye|chaiye|sakta|sakti|sakte|rha|rhi|rhe|nhi"
    r"|krna|kuchh|kabhi|sabse|dimag|dimaag|pareshan|thaka|thaki|akela|akeli|wala|wali|wale"
    r"|bilkul|sirf|abhi|sochta|sochti|lagta|lagti|jaise|warna|matlab|kitna|kitni|unko|usko"
    r"|mujhse|tujhe|khud|dukh|naukri)\b",
    re.IGNORECASE,
)
MIN_SHARE = 0.05
SAMPLE = 3000  # characters read for detection: the start and the end of a long entry

_SCRIPTS = (
    (re.compile(r"[\u0400-\u04ff]"), ("ru", "uk")),
    (re.compile(r"[\u0600-\u06ff]"), ("ar",)),
    (re.compile(r"[\u0900-\u097f]"), ("hi",)),
    (re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]"), ("zh",)),
)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's model over the 14 languages, its tables shared with the email reader's
    (`mail.language`: mapped from the cache folder, read-only, pages loaded as they are used).

    Opened from py3langid's own file, the model's tables took 50 MB of a server process's
    memory for good after its first note or check-in (the byte automaton alone 44 MB, as
    Python arrays); mapped, the pages a text walks are read from the file and may be dropped
    again. The scores are the same: the same automaton, and the 14 languages' columns of the
    same table (float16 in py3langid's file, float32 in the cache: exact)."""
    from py3langid.langid import LanguageIdentifier

    from bounceback.mail.language import identifier as shared

    tables = shared()
    keep = [i for i, c in enumerate(tables.nb_classes) if c in LANGUAGES]
    if len(keep) != len(LANGUAGES):  # the email reader's languages no longer hold ours
        from py3langid.langid import MODEL_FILE

        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(LANGUAGES))
        identifier._full_model = (identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes)
        return identifier
    return LanguageIdentifier(tables.nb_ptc[:, keep].copy(), tables.nb_pc[keep].copy(),
                              [tables.nb_classes[i] for i in keep], tables.tk_nextmove,
                              tables.tk_output, norm_probs=True, tk_row=tables.tk_row)


def ranked(text: str) -> list[tuple[str, float]]:
    """(language, share) pairs, most likely first."""
    if len(text) > SAMPLE:
        text = text[: SAMPLE // 2] + "\n" + text[-SAMPLE // 2 :]
    return [(str(lang), float(p)) for lang, p in _identifier().rank(text)]


@lru_cache(maxsize=256)
def candidates(text: str) -> tuple[str, ...]:
    """The languages whose phrase lists are read for this text, most likely first (the same
    text is often read twice: by the rules and by the model)."""
    order = ranked(text)
    found = [order[0][0]] + [lang for lang, p in order[1:] if p >= MIN_SHARE]
    for pattern, langs in _SCRIPTS:
        if pattern.search(text):
            found += langs
    if ROMAN_HINDI.search(text):
        found.append("hi")
    if latin_cyrillic(text):
        found += ["ru", "uk"]
    return tuple(dict.fromkeys(found))


# Round 20: Russian and Ukrainian typed in Latin letters ("ne hochu bolshe zhit", "dumayu pro
# samohubstvo") are read by their phrase lists too, transliterated (crisis_readable.py): a text
# in Latin letters with at least two different of these words, common in both languages and
# spelt as people type them. In the helpers' corpus (authors and strangers): 38 of the 56 such
# texts, and none of the 12,125 other texts in Latin letters (Polish "tak", "bez", "nikomu",
# Spanish "ya", French "ne" are left out for that).
LATIN_CYRILLIC = frozenset([
    "hochu", "khochu", "hochy", "mne", "menya", "mene", "vse", "vsyo", "vsio", "uzhe", "vzhe",
    "bolshe", "bilshe", "nichego", "nichoho", "nichogo", "soboi", "soboj", "soboyu", "soboiu",
    "zhit", "zhyty", "zhiti", "zhizn", "zhyttia", "zhyttya", "dumayu", "dumaiu", "kazhdyj",
    "kazhdyi", "kozhen", "segodnya", "sohodni", "syogodni", "raboty", "roboty", "mogu", "mozhu",
    "eto", "shcho", "chto", "seichas", "sejchas", "voobshe", "voobshche", "realno", "ochen",
    "duzhe", "tozhe", "teper", "zachem", "navishcho", "pochemu", "chomu", "ustal", "ustala",
    "vtomyvsia", "vtomylas", "vtomyvsya", "nikto", "nihto", "nikhto", "kogda", "koly", "tolko",
    "lyshe", "potomu", "kak"
])
_WORD = re.compile(r"\w+")
_OTHER_LETTERS = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")


def latin_cyrillic(text: str) -> bool:
    """Whether a text in Latin letters is Russian or Ukrainian (see LATIN_CYRILLIC)."""
    if _OTHER_LETTERS.search(text):
        return False
    return len({w for w in _WORD.findall(text.lower()) if w in LATIN_CYRILLIC}) >= 2
