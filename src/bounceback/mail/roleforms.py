"""A phrase's forms, as the role ranker weighs them: the phrase as found, without a place after a
comma or a dash, without a bracket, its run of capitalised words, its singular, the words
before a word for a job ("bar staff" of "the bar staff job"), with a gender mark "(m/w/d)":
each with what was done. Split from mail/rolecandidates.py (round 36), which gathers the
phrases an email writes and gives each of them these forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bounceback.mail import roles as rules
from bounceback.mail.memo import TEXTS, Memo
from bounceback.mail.names import squash, words
from bounceback.mail.roletidy import is_person, tidied, without_code

_PAREN_TAIL = re.compile(r"\s*\([^()]{1,40}\)$")
_COMMA_TAIL = re.compile(r",\s+[^,]{2,40}$")
_DASH_TAIL = re.compile(r"\s+[-–—]\s+[^-–—]{2,40}$")
_TO_PAREN = re.compile(r"^[^()]{2,60}\([^()]{1,40}\)")
# (a word in capitals, or one with a capital after its first letters: "iOS", "eCommerce")
# (a German title's gender colon is the word's own: "Kundenberater:in Privatkunden"; so are
# ".NET" and "C#": "Lead .NET Developer", round 36)
_CAP_RUN = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞŁŚŻ0-9][\w/.+&'’-]*(?::in(?:nen)?\b|(?<=\b[CF])#)?|"
                      r"\.NET\b|\([^()]{1,30}\)|&|and|of|for|de|di|"
                      r"da|do|du|der|des|del|la|le|in|im|i|och|e|y|et|und|en|voor|van|ds\.)"
                      r"(?:\s+(?:[A-ZÀ-ÖØ-ÞŁŚŻ0-9][\w/.+&'’-]*(?::in(?:nen)?\b|(?<=\b[CF])#)?|"
                      r"\.NET\b|"
                      r"[a-z]{1,2}[A-Z][\w/.+&'’-]*|"
                      r"\([^()]{1,30}\)|&|and|of|for|de|"
                      r"di|da|do|du|der|des|del|la|le|in|im|i|och|e|y|et|und|en|voor|van|"
                      r"ds\.))*")
_UNCLOSED = re.compile(r"\s*\([^()]*$")
_JOINERS = words("and of for de di da do du der des del la le in im i och e y et und en voor van")

Form = tuple[str, str, str]  # a form's text, what was done, its squashed spelling
# A phrase's forms but the gender mark (which the text after it decides): kept per phrase between messages (a mailbox repeats its subjects' parts, its
# greetings and signature lines), in small least-recently-used caches (mail/memo.py) of the
# size kept for subjects, since a phrase may be a whole subject or a line of a user's mail.
FORMS: Memo[str, tuple[tuple[Form, ...], str, tuple[Form, ...]]] = Memo(TEXTS)


def title_forms(raw: str, text: str) -> list[Form]:
    """A phrase as found, and its shorter and longer forms, each with what was done and its
    squashed spelling (a form of under 2 or over 80 letters is left out)."""
    kept = FORMS.get(raw)
    if kept is None:
        title = tidied(raw)
        if not title:  # a person's or a tool's name: no title
            kept = FORMS.keep(raw, ((), "", ()))
            return []
        cut = [(t, f, squash(t)) for t, f in
               ((without_code(t), f) for t, f in plain_forms(title))]
        # (a shorter form may be a person's name alone: "Andrés Pardo" of "Andrés Pardo te
        # escribe", "Rachel Kim" of "Rachel Kim from Gusto ...": round 35)
        ok = [form for form in cut if form[2] and 2 <= len(form[0]) <= 80
              and not is_person(form[0])]
        base = cut[-1][0]  # plain_forms ends with the base form, marked "base"
        head = tuple(f for f in ok if f[1] in _HEAD)
        kept = FORMS.keep(raw, (head, base, tuple(f for f in ok if f[1] not in _HEAD
                                                  and f[1] != "base")))
    else:
        FORMS.touch(raw)
    head, base, tail = kept
    if not base:
        return []
    marked = rules._with_gender_mark(base, text)
    if marked != base and 2 <= len(marked) <= 80 and (key := squash(marked)):
        return [*head, (marked, "v:gender", key), *tail]
    return [*head, *tail]


_HEAD = frozenset({"v:as", "v:clean", "v:noparen", "v:nocomma", "v:nodash"})


def plain_forms(raw: str) -> Iterator[tuple[str, str]]:
    """A phrase's forms that its own letters decide, and last its base form ("base")."""
    yield raw, "v:as"
    cleaned = rules._clean_role(raw, None)
    if cleaned and cleaned != raw:
        yield cleaned, "v:clean"
    base = cleaned or raw
    # (each tail pattern is tried only where the letter every match holds stands: a title
    # is short, but these are asked of every new phrase, most with no bracket, comma or dash)
    bracket = "(" in base
    if bracket and _PAREN_TAIL.search(base):
        yield _PAREN_TAIL.sub("", base), "v:noparen"
    if "," in base and _COMMA_TAIL.search(base):
        yield _COMMA_TAIL.sub("", base), "v:nocomma"
    if ("-" in base or "–" in base or "—" in base) and _DASH_TAIL.search(base):
        yield _DASH_TAIL.sub("", base), "v:nodash"
    paren = _TO_PAREN.match(base) if bracket else None
    if paren and paren.group(0) != base:
        yield paren.group(0), "v:toparen"
    caps = _CAP_RUN.match(base)
    if caps:
        run = caps.group(0).split()
        while run and run[-1] in _JOINERS:
            run.pop()
        if run and " ".join(run) != base:
            yield " ".join(run), "v:caps"
    if bracket and _UNCLOSED.search(base):
        yield _UNCLOSED.sub("", base), "v:unclosed"
    if base.endswith("s") and base.split()[-1].lower()[:-1] in rules.ROLE_NOUNS:
        yield base[:-1], "v:singular"
    words = base.split()
    first_cap = next((n for n, w in enumerate(words) if w[:1].isupper()), 0)
    if 0 < first_cap < len(words) and first_cap <= 4:
        yield " ".join(words[first_cap:]), "v:fromcap"
    lead = rules.without_lead(base)
    if lead != base:
        yield lead, "v:nolead"
    tail = job_tail(base)
    if tail and tail != cleaned:
        yield tail, "v:jobtail"
    yield base, "base"


# A word for a job written after a loose title ("the kitchen porter shifts", "the nanny
# position", "apprentice plumber vacancy", "waiter/waitress job"): round 31, small employers'
# and hourly work's mail, where the title is often in lower case and no pattern of roles.py
# (which wants a capital) reads it.
_JOB_KIND = words("job jobs role roles position positions post posts vacancy vacancies opening "
                  "openings shift shifts work gig")
_ARTICLES = words("the a an our your my this that")


def job_tail(raw: str) -> str | None:
    """The one to four words before a word for a job near a phrase's start ("bar staff" of
    "bar staff job we advertised"), without an article; None when no such word follows them."""
    words_ = raw.split()
    for n, word in enumerate(words_[:5]):
        if n and word.lower().strip(".,;:!?") in _JOB_KIND:
            head = words_[:n]
            while head and head[0].lower() in _ARTICLES:
                head = head[1:]
            return " ".join(head) if head and not head[-1].endswith(("'s", "’s")) else None
    return None
