"""Context around a crisis phrase: who it is about, negation, past and resolved, farewells."""

from __future__ import annotations

import re

from bounceback.recovery.crisis_own_clause import own_clause
from bounceback.recovery.crisis_phrases import NEGATORS, THIRD_PARTY

NEGATION_WINDOW = 4  # words before a phrase in which "not", "never"... negate it
# A negation does not reach across these ("I am not ok and I want to die").
_BOUNDARIES = {"and", "so", "because", "cause", "then", "or", "if", "when", "until", "since"}
_SELF = {"i", "me", "my", "myself", "mine"}
_WORDS = re.compile(r"[a-z']+")
_FIRST_PERSON = re.compile(r"\b(i|me|my|myself|mine)\b")


# "I can't take (this) any more" is a clause of its own, whose negator is its own: a statement
# after it in a note typed without punctuation ("cannot do this no more going to end it tonight")
# is not negated by it (round 33, as crisis_multi.own_clauses in the other languages).
CANNOT_MORE = re.compile(
    r"\b(cannot|can not|could not) (do|take|handle|bear|stand|cope with|deal with) (this|it|that|"
    r"any of this|this life|life)( anymore| no more| any longer)\b|\b(cannot|can not) (go on|cope|"
    r"continue|keep going)( like this)?( anymore| no more| any longer)\b")


def negated(clause: str, start: int) -> bool:
    """Whether "not", "never"... stands within a few words before position start."""
    text = clause[max(0, start - 80) : start]
    owned = [m.end() for m in CANNOT_MORE.finditer(text)]  # round 33: its "not" is its own
    before = _WORDS.findall(text[owned[-1]:] if owned else text)[-NEGATION_WINDOW:]
    for at in range(len(before) - 1, -1, -1):
        if before[at] in _BOUNDARIES:
            return False
        if before[at] in NEGATORS:  # round 33: unless done with its own clause ("not ok | i want")
            first = " ".join(_WORDS.findall(clause[start : start + 30])[:2])
            return not own_clause(before[at + 1 :], "en", first)
    return False


def about_someone_else(clause: str, start: int, matched: str) -> bool:
    """Whether the phrase is about another person: the nearest person named before it is
    someone else ("my friend said she wants to die"), or the clause names only others."""
    if _FIRST_PERSON.search(matched):
        return False
    for word in reversed(_WORDS.findall(clause[max(0, start - 120) : start])):
        if word in _SELF:
            return False
        if THIRD_PARTY.fullmatch(word):
            return True
    return bool(THIRD_PARTY.search(clause)) and not _FIRST_PERSON.search(clause)


_OTHER_START = re.compile(r"^(the|this|that|these|those|it|its|they|he|she|we|you|a|an|our|your)\b")


def has_self(clause: str) -> bool:
    """Whether the clause is about the writer: "i", "me", "my", or a diary fragment with no
    subject ("been counting the pills"), not one that starts with someone or something else."""
    if _FIRST_PERSON.search(clause):
        return True
    return not _OTHER_START.match(clause) and not THIRD_PARTY.search(clause)


# Past and resolved: "years ago I attempted, I got help and I am stable now" gets the soft note.
_PAST = re.compile(
    r"\b(years? ago|months? ago|used to|back in|in (uni|college|school|my (teens|twenties))"
    r"|when i was (younger|a teen\w*|at (uni|school|college)|\d+)|as a teen\w*|in the past)\b"
)
_RESOLVED = re.compile(
    r"\b(okay|ok|fine|better|stable|safe|well) now\b|\b(clean|free|sober) (for|since)\b"
    r"|\bgot help\b|\brecovered\b|\bin recovery\b|\bproud\b|\bbehind me\b"
)
_RELAPSE = re.compile(
    r"(?<!not )\b(again|coming back|came back|creeping back|returned|relaps\w*|lately|these days"
    r"|tonight|right now)\b"
)


def resolved_past(text: str) -> bool:
    """The whole text says the hard time is over, and nothing says it is back."""
    return bool(_RESOLVED.search(text)) and not _RELAPSE.search(text)


def in_past(sentence: str) -> bool:
    return bool(_PAST.search(sentence))


# Farewells and putting affairs in order. Strong: one is enough; weak: two are needed.
_FAREWELL_STRONG = {
    "giving_away": r"\b(give|giving|given|gave)( away)? (all )?my (things|stuff|belongings|possessions)"
    r"|\b(give|giving|given|gave) away (all )?my (things|stuff|belongings|possessions)",
    "letters_in_case": r"\b(letters?|notes?) (to|for) (my|everyone|each)\b.{0,60}\bjust in case\b",
    "when_and_how": r"\b(know|decided|worked out|picked) (exactly )?(when and how|how and when)\b(?! to\b)",
    "after_gone": r"\b(after|once|when) i am gone\b(?! (for|on))",
    "last_entry": r"\bthis is (my )?(the )?(last|final) (entry|message|note)\b(?! (before|of|for))",
    "affairs": r"\b(put|putting|got|getting|have) my affairs in order\b",
}
_FAREWELL_WEAK = {
    "goodbye": r"\b(goodbye|farewell|said my goodbyes)\b",
    "loose_ends": r"\bloose ends\b",
    "the_night": r"\b(tonight|today) is the (night|day)\b",
    "sorry_reader": r"\bsorry to (anyone|everyone|whoever|all)( of you)?( who)? (reads?|finds?|sees?)",
    "in_case": r"\bjust in case\b",
    "plan_now": r"\bi have (a|the) plan( now)?$",
    "will": r"\b(my|a) will\b(?! (to|be|not|never))|\bpasswords\b",
    "no_need": r"\b(will not|would not|not going to) (be )?need(ing)? (them|it|this|these|those|any)",
    "which_it_will": r"\bwhich it will\b",
    "peace": r"\bmade (my )?peace with (it|everything|dying)\b",
    "someone_knows": r"\bso (someone|somebody) knows\b",
    "gave_away": r"\bgave (away )?my \w+ to\b",
    "noticed": r"\b(anyone|anybody|no one|nobody) (will|would) (even )?notice\b",
    "say_more": r"\bnot going to say (any )?more\b",
}
_STRONG_RE = {n: re.compile(p) for n, p in _FAREWELL_STRONG.items()}
_WEAK_RE = {n: re.compile(p) for n, p in _FAREWELL_WEAK.items()}


def farewell_signs(sentences: list[str]) -> tuple[str, ...]:
    """Names of farewell signs when they add up to explicit (one strong, or two weak)."""
    strong = {n for s in sentences for n, p in _STRONG_RE.items() if p.search(s)}
    weak = {n for s in sentences for n, p in _WEAK_RE.items() if p.search(s)}
    if strong or len(weak) >= 2:
        return tuple(sorted(strong | weak))
    return ()
