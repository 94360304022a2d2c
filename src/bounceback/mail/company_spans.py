"""Where an email writes the names it may mean as the employer: every name-like run of the
sender's display name, the subject and the body (with its shorter forms: without the words
around it, without a legal form or a team's name), each place with the features of what stands
around it. mail/company.py gathers an email's candidates with these; the pick is
mail/company_pick.py's and mail/employer.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bounceback.mail.given_names import GIVEN_NAMES
from bounceback.mail.memo import NAMES, TEXTS, Memo
from bounceback.mail.nameforms import variants
from bounceback.mail.names import words
from bounceback.mail.nameshape import LEGAL_RUN, name_key
from bounceback.mail.namewords import BEHALF, CUE_CLASSES, ORG_WORDS, SKIP_WORDS
from bounceback.mail.readerplace import readers_own
from bounceback.mail.sender import stem_words
from bounceback.mail.spancontext import after, closes_role, context, for_client, mark
from bounceback.mail.stemname import stem_name

# A name as written: a capitalised word, then capitalised words, legal forms and the small
# words names are joined with; a lone capital in brackets ("(UK)") may close it.
_CAP = r"(?!I(?:['’]\w+)?\b)(?:St\.|Ste\.|Mt\.|[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻŒ0-9][\w&'’+.-]*[\w&+]|[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ](?:\.[A-Z])*\.?)"
_JOIN = (r"(?:&|and|of|de|der|des|du|la|le|les|del|della|delle|degli|dello|dei|di|do|da|dos|"
         r"das|den|van|von|voor|"
         r"y|e|i|och|für|for|the|im|am|an|w|z|na|en|et|und|l'|d')")
# _CAP as the first word of a run: the same matches, written so that the pattern opens with
# its first letter's class (every alternative's first letter is in it, and each alternative
# then asks for its own first letter behind it). The engine then skips in C to the next
# capital or digit instead of trying the whole alternation at every character: RUN over a
# body's first 1,600 characters 12.5 -> 7.6 us a message (round 21). Same matches as
# `_CAP` first: tests/mail/test_run_patterns_same.py.
_CAP_FIRST = (r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻŒ0-9](?!(?<=I)(?:['’]\w+)?\b)"
              r"(?:(?<=S)t\.|(?<=S)te\.|(?<=M)t\.|[\w&'’+.-]*[\w&+]|"
              r"(?<=[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ])(?:\.[A-Z])*\.?)")
# An article after the joining word, inside an institution's name ("Department of the
# Interior", "Ministerie van de Binnenlandse Zaken", "Secretaría de la Función Pública"): round 32.
_ARTICLE = r"(?:the|het|de|der|die|den|la|las|los|el|il|della|delle|degli|del|des|du)"
_RUN_REST = (rf"(?:[ ](?:{_JOIN}[ ](?:{_ARTICLE}[ ])?)?{_CAP}|[ ](?:{LEGAL_RUN}|kommun|gemeente|"
             rf"region|län|stad)(?![\w/]))*")
RUN = re.compile(_CAP_FIRST + _RUN_REST)
_DISPLAY_SPLIT = re.compile(
    r"\s*(?:[|·•,:;/()\[\]\"<>]|\s[-–—]\s|^[-–—]\s|\s[-–—]$)\s*"
    r"|\s+(" + "|".join(re.escape(b) for b in sorted(BEHALF, key=len, reverse=True)) +
    r"|via|vía|through|for|at|from|@|bei|chez|für|pour|para|voor|per|dla|för|by|über|par|por|"
    r"tramite|przez|genom|hos)\s+", re.I)
# A run written just after "on behalf of" (in any language) is the employer a platform or an
# agency writes for.
_BEHALF_END = re.compile(
    r"(?:" + "|".join(re.escape(b) for b in sorted(BEHALF, key=len, reverse=True)) + r")\s*$",
    re.I)
MAXRUN_WORDS = 8


@dataclass(slots=True)
class Candidate:
    """One name the email may mean, as first written, and the evidence for it."""

    text: str
    feats: set[str] = field(default_factory=set)
    count: int = 0
    key: str = ""
    # For a name only the sender's domain spells: as words ("Halcyon Events"), worked out
    # from (the spelling, the sender, the email's text) when first asked for.
    spelled: tuple[str, str, str] | None = None
    _shown: str = ""

    @property
    def shown(self) -> str:
        if self.spelled is not None:
            spelling, sender, text = self.spelled
            self._shown = stem_name(spelling, stem_words(sender, spelling), text) or ""
            self.spelled = None
        return self._shown


def _cue(word: str) -> str:
    return CUE_CLASSES.get(word, "")


# One place a candidate is written: (name as written, squashed key, features; "legal" among
# them when a legal form was left out of the name).
Entry = tuple[str, str, tuple[str, ...]]


class Pool:
    """The candidates of one email, keyed by their squashed spelling."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: dict[str, Candidate] = {}

    def add(self, raw: str, feats: tuple[str, ...] | list[str]) -> None:
        name, key, legal = name_key(raw)
        if len(key) >= 2:
            self.put(((name, key, (*feats, "legal") if legal else tuple(feats)),))

    def put(self, entries: tuple[Entry, ...]) -> None:
        items = self.items
        for name, key, feats in entries:
            item = items.get(key)
            if item is None:
                items[key] = Candidate(name, set(feats), 1, key)
            else:
                item.count += 1
                item.feats.update(feats)




# The forms of a run of words that do not depend on where it stands: (starts the run, ends
# it, the word just before the form inside the run, the word just after it, what was cut,
# name, key, had a legal form), for each form whose key is long enough.
Form = tuple[bool, bool, str, str, str, str, str, bool]
_FORMS: Memo[str, tuple[Form, ...]] = Memo(NAMES)


def _forms(found: str) -> tuple[Form, ...]:
    forms = _FORMS.get(found)
    if forms is None:
        words = found.split(" ")[:MAXRUN_WORDS]
        last = len(words)
        out = []
        for first, end, cut in variants(words):
            name, key, legal = name_key(" ".join(words[first:end]))
            if len(key) < 2:
                continue
            out.append((first == 0, end == last, words[first - 1].lower() if first else "",
                        words[end].lower() if end < last else "", cut, name, key, legal))
        forms = _FORMS.keep(found, tuple(out))
    else:
        _FORMS.touch(found)
    return forms


_SPAN: Memo[tuple[str, str, str, str, bool, bool, bool], tuple[str, ...]] = Memo(NAMES)


def _span_feats(prev: str, nxt: str, source: str, cut: str, alone: bool = False,
                tail: bool = False, legal: bool = False) -> tuple[str, ...]:
    """The features of one place a candidate is written: its source, the words around it and
    the kind of cue they are, what was cut from the run it stands in, whether it stands
    alone on its line or in the signature, and whether a legal form was left out."""
    memo = (prev, nxt, source, cut, alone, tail, legal)
    found = _SPAN.get(memo)
    if found is not None:
        _SPAN.touch(memo)
        return found
    feats = [source, f"{source}:p:{prev}", f"{source}:n:{nxt}"]
    cue = _cue(prev)
    if cue:
        feats.append(f"{source}:pc:{cue}")
        feats.append(f"pc:{cue}")
    after = _cue(nxt)
    if after:
        feats.append(f"{source}:nc:{after}")
    if cut:
        feats.append(cut)
        feats.append(f"{source}:{cut}")
    elif alone:
        feats.append(f"{source}:alone")
    if tail:
        feats.append(f"{source}:tail")
    if legal:
        feats.append("legal")
    return _SPAN.keep(memo, tuple(feats))


RUN_ENTRIES: Memo[tuple[str, str, str, str, bool, bool], tuple[Entry, ...]] = Memo(NAMES)


def _run_entries(found: str, prev: str, nxt: str, source: str, alone: bool, tail: bool
                 ) -> tuple[Entry, ...]:
    """The entries of a run of words and its shorter forms, given what stands around it."""
    memo = (found, prev, nxt, source, alone, tail)
    done = RUN_ENTRIES.get(memo)
    if done is None:
        out = []
        for starts, ends, inner_prev, inner_next, cut, name, key, legal in _forms(found):
            out.append((name, key, _span_feats(prev if starts else inner_prev,
                                               nxt if ends else inner_next,
                                               source, cut, alone, tail, legal)))
        done = RUN_ENTRIES.keep(memo, tuple(out))
    else:
        RUN_ENTRIES.touch(memo)
    return done


def add_run(pool: Pool, text: str, found: str, start: int, stop: int, prev: str,
             source: str, tail: bool, own: bool = False) -> None:
    """A run of words and its shorter forms, with what stands around it (`own`: written as
    the reader's own employer or school, mail/readerplace.py)."""
    entries = _entries_at(text, found, start, stop, prev, source, tail)
    pool.put(entries)
    if own:
        for _, key, _ in entries:
            pool.items[key].feats.add("own_place")
    if text.endswith(_HIRE_END, max(0, start - 6), start) and _HIRE_FOR.search(
            text, max(0, start - 40), start):
        for _, key, _ in entries:
            pool.items[key].feats.add("hire_for")


# A job's word and "for", "with" or "at" before a name: the employer a recruiter hires for ("a
# Senior Accountant search for Brightline Foods", "an opening with Harbour Foods", "the role at
# Kestrel"), round 29.
_HIRE_END = ("for ", "with ", "at ")
_HIRE_FOR = re.compile(r"\b(?:search|assignment|mandate|role|position|vacancy|opening|"
                       r"opportunity|requirement|post|job)\s+(?:for|with|at)\s+$", re.I)


def _entries_at(text: str, found: str, start: int, stop: int, prev: str, source: str,
                tail: bool) -> tuple[Entry, ...]:
    """The entries of the run `found` at text[start:stop] (see _add_run)."""
    if " " not in found and found.lower() in SKIP_WORDS:
        return ()  # "Thanks", "Leider", "Monday": a capital that starts a sentence
    if prev == "":
        prev, nxt = context(text, start, stop)
    else:
        nxt = after(text, stop)
    alone = False
    if prev == "^":
        if nxt == "$":
            alone = True
        else:
            line_end = text.find("\n", stop)
            alone = not text[stop: len(text) if line_end < 0 else line_end].strip()
    return _run_entries(found, prev, nxt, source, alone, tail)


_SHORT: Memo[tuple[str, str], tuple[Entry, ...]] = Memo(TEXTS)


def add_runs(pool: Pool, text: str, source: str) -> None:
    """Every name-like run of a short text (the subject), once per text (subjects repeat)."""
    memo = (text, source)
    entries = _SHORT.get(memo)
    if entries is None:
        entries = _SHORT.keep(memo, tuple(
            entry for match in RUN.finditer(text)
            if not closes_role(text, match.start(), match.end())  # "Analyst (Risk)"
            for entry in _entries_at(text, match.group(0), match.start(), match.end(), "",
                                     source, False)))
    else:
        _SHORT.touch(memo)
    pool.put(entries)


def add_cued_runs(pool: Pool, text: str, source: str, limit: int, tail_from: int,
               to_a: bool = False, agency: bool = False) -> None:
    """The runs of running text that something marks: a cue word before them, the start of a
    line, or a verb after them ("Acme has reviewed"); a run from `tail_from` on stands in the
    signature. Unmarked runs count only where the display name or subject named them. With
    `to_a` (Spanish, Italian, Portuguese) "a" is the preposition ("enviada a Acme"), French
    "à", not the French verb ("Acme a reçu"); `agency`: the sender writes as an agency (its
    words of help name its client: spancontext.for_client)."""
    for match in RUN.finditer(text, 0, limit):
        start, stop = match.span()
        before = text[max(0, start - 25):start]
        newline = before.rfind("\n")
        if newline >= 0:
            before = before[newline + 1:]
        before = before.rstrip()
        found = match.group(0)
        if not before.strip(" \t>*•·-"):
            prev = "^"
        elif before[-1].isalnum():
            prev = before.rsplit(None, 1)[-1].lower()
            if prev in _HIDDEN_CUE:
                prev = _introduced(before) or prev
            if (prev in _BEHALF_LAST and _BEHALF_END.search(before)) or for_client(
                    before, text[stop:stop + 40], agency):
                prev = "behalf"  # "on behalf of Acme", "retained by Acme", "helping Acme"
            elif prev == "a" and to_a:
                prev = "à"
            elif _MARKS.get(prev) is None:
                rest = _named_from(found)
                if rest is not None:  # "sono Marco del Ristorante Da Gino": the business
                    at = start + len(found) - len(rest)
                    add_run(pool, text, rest, at, stop, found.split(" ")[1].lower(), source,
                            at >= tail_from)
                following = text[stop + 1: stop + 14].split(None, 1)
                if not following or _CUE_OF.get(following[0].lower()) != "verb":
                    continue
                prev = ""
        elif (before[-1] in "'’" and _BEHALF_END.search(before)) or (
                before[-1] == "(" and for_client(before)):
            prev = "behalf"  # "de la part d'Acme", "our client (Acme)"
        elif before[-1] == "(" and closes_role(text, start, stop):
            continue  # "the position of Park Ranger (Interpretation)": the role's
        else:
            prev = mark(before)  # "Company: Acme", "Nurse · Acme", "(Acme)"
        own = _CUE_OF.get(prev) == "at" and readers_own(text[max(0, start - 100):start])
        add_run(pool, text, found, start, stop, prev, source, start >= tail_from, own)


# A person who says where they write from: "von der Bäckerei Becker", "de la Brasserie du
# Port", "van de Bakkerij" (the article after "from" hides the cue), "I run Ali's Takeaway",
# "we're The Crown & Anchor" (the business a small employer's owner or manager writes for): round 31.
_FROM_ARTICLE = re.compile(r"(?:^|\s)(von|vom|de|van|da|från)\s+(?:der|den|dem|la|de|het)$",
                           re.I)
_RUNS_IT = re.compile(r"(?:^|\s)(?:(?:I|we|I've|who)\s+(?:run|own|manage|owns|runs|manages)|"
                      r"we're|we\s+are)$", re.I)


# An article between a cue and the run: "at the Department for Education", "bij het Ministerie
# van ...", "bei der Stadt ...", "in the Office for ..."; and "from the" in one word, "indetto
# dal Ministero" (round 32: institutions are named with their article).
_ARTICLES = words("the het die das le les il lo el los las gli")
_FROM_THE = words("dal dalla dallo dai dagli")
_HIDDEN_CUE = frozenset(words("der den dem la de het run own manage owns runs manages we're "
                              "are")) | _ARTICLES | _FROM_THE


def _introduced(before: str) -> str | None:
    """The cue a run's preceding words stand for when the last word alone hides it."""
    if (found := _FROM_ARTICLE.search(before)) is not None:
        return found.group(1).lower()
    if _RUNS_IT.search(before) is not None:
        return "at"
    last = before.rsplit(None, 2)
    if last[-1].lower() in _FROM_THE:
        return "da"
    if len(last) >= 2 and _MARKS.get(cue := last[-2].lower()) is not None:
        return cue  # the article's cue: "at the", "bij het", "bei der"
    return None


# the articles a run holds after its word for "from" ("von der", "de la")
_RUN_ARTICLES = frozenset(_ARTICLE[3:-1].split("|"))


def _named_from(found: str) -> str | None:
    """The rest of a run that opens with a given name and a word for "from" ("Marco del
    Ristorante Da Gino", "Ana del Bar La Esquina"): the person's business; None otherwise."""
    words_ = found.split(" ")
    # (an article after the word for "from" is in the run since round 32: "Klaus von der
    # Bäckerei Becker", "Pierre de la Brasserie du Port")
    at = 3 if len(words_) > 3 and words_[2].lower() in _RUN_ARTICLES else 2
    if (len(words_) > at and words_[0].lower() in GIVEN_NAMES and _CUE_OF.get(
            words_[1].lower()) == "from" and words_[at][:1].isupper()
            and not _BUSINESS_WORDS.isdisjoint(w.lower() for w in words_[at:])):
        return " ".join(words_[at:])
    return None  # ("Maria de Souza Lima", "Joost van der Meulen": a person's own name)


# What a small business calls itself (beside namewords.ORG_WORDS): a run after a given name
# and "del", "von", "de" is the person's business only with one of these in it.
_BUSINESS_WORDS = ORG_WORDS | words("""ristorante restaurant restaurante trattoria osteria
pizzeria bar café cafe caffè cafetería taberna pub inn salon salone peluquería friseur kapsalon
shop tienda negozio winkel laden garage taller officina farm fattoria granja hof boerderij
nursery bakery bakes panificio pasticceria konditorei metzgerei carnicería macelleria deli
takeaway kitchen cucina cocina küche kök market mercado mercato markt store""")


_CUE_OF = CUE_CLASSES
_BEHALF_LAST = frozenset(b.split()[-1] for b in BEHALF)
BEHALF_RUN = re.compile(
    r"(?i:" + "|".join(re.escape(b) for b in sorted(BEHALF, key=len, reverse=True)) +
    rf")\s+({RUN.pattern})")
_MARKS = {w: c for w, c in CUE_CLASSES.items() if c not in ("greet", "signoff", "role", "verb")}


_DISPLAYS: Memo[tuple[str, str], tuple[Entry, ...]] = Memo(TEXTS)


def add_display(pool: Pool, display: str, sender_type: str) -> None:
    """The display name's parts ("Acme – Talent Acquisition", "Workday for Acme")."""
    memo = (display, sender_type)
    entries = _DISPLAYS.get(memo)
    if entries is None:
        entries = _DISPLAYS.keep(memo, _display_entries(display, sender_type))
    else:
        _DISPLAYS.touch(memo)
    pool.put(entries)


def _display_entries(display: str, sender_type: str) -> tuple[Entry, ...]:
    pieces = [p for p in _DISPLAY_SPLIT.split(display) if p is not None]
    # re.split with one group gives text, connective, text...: walk it keeping the connective.
    parts: list[tuple[str, str]] = []
    connective = ""
    for piece in pieces:
        low = piece.strip().lower()
        if not piece.strip():
            continue
        if low in _CONNECTIVES:  # ("vía", Spanish, is "via": "Acme vía Codility")
            low = "via" if low == "vía" else low
            connective = "behalf" if low in BEHALF else _cue(low) or low
            continue
        parts.append((piece.strip(), connective))
        connective = ""
    whole = len(parts) == 1
    out = []
    for index, (part, connective) in enumerate(parts):
        words = part.split()
        position = "whole" if whole else ("first" if index == 0 else "later")
        base = ["d", f"d:{position}", f"d:{sender_type}", f"d:{position}:{sender_type}"]
        if connective:
            base.append(f"d:after:{connective}")
        if index + 1 < len(parts) and parts[index + 1][1]:
            base.append(f"d:before:{parts[index + 1][1]}")
        for first, end, cut in variants(words):
            feats = [*base, f"d:{cut}" if cut else "d:full"]
            if cut:
                feats.append(cut)
            name, key, legal = name_key(" ".join(words[first:end]))
            if len(key) >= 2:
                out.append((name, key, (*feats, "legal") if legal else tuple(feats)))
    return tuple(out)


_CONNECTIVES = words("via vía through for at from @ bei chez für pour para voor per dla för by "
                         "über par por tramite przez genom hos") | frozenset(BEHALF)
