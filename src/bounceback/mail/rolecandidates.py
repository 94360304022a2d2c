"""Every job title an email writes, with the features of where and how it writes it: what the
role ranker weighs (its pick, one or none, is mail/rolepick.py's).

The rules of mail/roles.py give one title or none, the first their patterns find. Here every
phrase those patterns find (in the subject and the body, in English and the other languages),
every part of the subject between its dashes, bars and colons, the phrase after a word that
introduces a title in running text ("la vaga", "le poste de", "söker en", "looking for a"), a
phrase in quotes, each short line of the body, and each one's shorter and longer forms
(without a place after a comma or a dash, without a bracket, with a gender mark "(m/w/d)") are
candidates. The rules' own answer is a candidate too, marked as such. Each phrase's forms are
mail/roleforms.py's (split from here in round 36): before they are made a phrase loses a
field's name, a code and an elided article, and a person's or a tool's name is none
(mail/roletidy.py, round 25). What each candidate looks like (the ranker's
features of its own letters) is mail/rolelooks.py's (round 26).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator

from bounceback.mail import rolelooks
from bounceback.mail import roles as rules
from bounceback.mail.names import squash
from bounceback.mail.namewords import LEGAL_FORMS
from bounceback.mail.rolecut import FOREIGN_STOP, cut_title
from bounceback.mail.roleforms import job_tail, title_forms
from bounceback.mail.roleschemes import scheme_titles
from bounceback.mail.roletidy import field_alone, field_value, row_value

_SEGMENT = re.compile(r"\s+[-–—|]\s+|:\s+|\s+[/]\s+(?=[A-Z])")
_REPLY = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr|odp|sv|vs)\s*:\s*)+", re.I)
_LEAD_STOP = frozenset(FOREIGN_STOP | {
    "poste", "post", "puesto", "vaga", "stelle", "functie", "vacature", "posizione", "ruolo",
    "cargo", "stanowisko", "tjänsten", "rollen", "position", "role", "of", "de", "d'", "di",
    "del", "della", "van", "als", "som", "be", "to", "l'offre", "l'annuncio", "offre", "oferta",
    "offerta", "un/a", "una", "uno", "applying", "hiring", "looking", "for", "as"})
_QUOTED = re.compile(r"[«\"“„‘'](?P<r>[A-ZÀ-ÖØ-Þ][^\n«»\"“”„‘’']{2,70})[»\"”’']")


def none_features(rule: str | None, options: Iterable[Collection[str]] = ()) -> list[str]:
    """The features of the answer "the email names no job title": whether the rules give one,
    and where the email's titles were found (`options`: each title's features). A title found
    only on a line of its own (a signature's "Assistant Director of Nursing", a job alert's
    list) and nowhere a pattern or the subject finds one is weighed against "none" apart from
    a title the subject or running text writes."""
    subject = body = False
    lines = 0
    for feats in options:
        if "line" in feats:  # (a feature is in a title's features once)
            lines += 1
        if subject and body:
            continue  # (where the titles were found is settled: only the lines count)
        for f in feats:
            if f.startswith(_SUBJECT_TAGS):
                subject = True
            elif f.startswith(_BODY_TAGS):
                body = True
    return _none_of(rule, subject, body, lines)


def _none_of(rule: str | None, subject: bool, body: bool, lines: int) -> list[str]:
    """none_features from what it reads of the titles: whether one was found in the subject,
    one in running text, and how many on a line of their own."""
    out = ["none", "none:rule" if rule else "none:norule", f"none:lines:{_LINES[min(lines, 6)]}"]
    if not subject:
        out.append("none:nosubject")
        if not body:
            out.append("none:onlylines")
    elif not body:
        out.append("none:nobody")
    return out


# Tags of titles found in the subject (its patterns, after a trigger word, in quotes, a part
# between its dashes) and in running text.
_SUBJECT_TAGS = ("sp", "fs", "ts:", "qs", "seg:")
_BODY_TAGS = ("bp", "fb", "tb:", "qb", "fld")
_LINES = ("0", "1", "2", "3", "4", "5", "6+")

def role_candidates(subject: str, body: str, company: str | None, lang: str | None
                    ) -> tuple[list[tuple[str, list[str]]], str | None]:
    """Every title the email writes with all its features, and the rules' own answer: what
    the ranker is trained on (the run-time pick shapes only those that may win, `_pick`)."""
    found, rule, shape, _ = _gathered(subject, body, company, lang)
    out = []
    for key, (text, feats) in found.items():
        feats.update(shape(text, key))
        out.append((text, sorted(feats)))
    return out, rule



# The features a finding pattern's tags give a form in English or another language: the
# tags, each with the language, the form and the form with the first tag ("" the tags alone):
# a few hundred tuples, made once (round 20: one update of a title's set per form).
_TAGS: dict[tuple[tuple[str, ...], str], dict[str, tuple[str, ...]]] = {}


def _marks(tags: tuple[str, ...], en: str) -> dict[str, tuple[str, ...]]:
    return {"": (*tags, *(f"{t}|{en}" for t in tags))}

Found = dict[str, tuple[str, set[str]]]  # a title's squashed spelling: (as written, features)
_SP = tuple((f"sp{n}",) for n in range(len(rules._ROLE_PATTERNS_SUBJECT)))
_BP = tuple((f"bp{n}",) for n in range(len(rules._ROLE_PATTERNS_BODY)))


def _gathered(subject: str, body: str, company: str | None, lang: str | None
              ) -> tuple[Found, str | None, Callable[[str, str], Iterator[str]], list[str]]:
    """Every title the email writes with the features of where and how it was found, the
    rules' own answer, what gives a title the features of how it looks (`_shape`), and the
    features of the answer "none" (none_features of the titles, from where they were added:
    the same list without reading every title's features again)."""
    scan = rules.Scan(subject, body)
    rule = rules.extract_role(subject, body, company, lang, scan)
    body = scan.body
    found: dict[str, tuple[str, set[str]]] = {}
    comp = squash(company) if company else ""
    en = "en" if lang in (None, "en") else "xx"
    subj = _REPLY.sub("", subject.strip())

    seen: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    places = [False, False]  # a title found in the subject, one in running text
    lined: set[str] = set()  # the titles found on a line of their own

    def add(raw: str | None, tags: tuple[str, ...], where: str) -> None:
        if not raw:
            return
        raw = raw.strip(" .,;:!|'’\"-–—")
        forms = seen.get((raw, where))
        if forms is None:  # the same phrase found again (by another pattern): its forms once
            forms = seen[(raw, where)] = [
                f for f in title_forms(raw, subject if where == "s" else body) if f[2] != comp]
        marks = _TAGS.get((tags, en))
        if marks is None:
            marks = _TAGS[(tags, en)] = _marks(tags, en)
        for text, form, key in forms:
            entry = found.get(key)
            if entry is None:
                entry = found[key] = (text, set())
            entry[1].update(marks[form] if form in marks else marks.setdefault(
                form, (*marks[""], f"{form}|{tags[0]}") if tags[0] in _LATE
                else (*marks[""], form, f"{form}|{tags[0]}")))
        if forms:
            place = _PLACES.get(tags)
            if place is None:
                place = _PLACES[tags] = _place(tags)
            if place[0]:
                places[0] = True
            if place[1]:
                places[1] = True
            if place[2]:
                lined.update(key for _, _, key in forms)

    if rule:
        add(rule, ("rule",), "b" if rule not in subject else "s")
    for n, pattern in enumerate(rules._ROLE_PATTERNS_SUBJECT):
        for match in scan.matches(pattern, subject):
            add(match.group("r"), _SP[n], "s")
    for n, pattern in enumerate(rules._ROLE_PATTERNS_BODY):
        for match in scan.matches(pattern, body):
            add(match.group("r"), _BP[n], "b")
    for where, text in (("s", subject), ("b", body)):
        for match in scan.matches(rules._FOREIGN_ROLE, text):
            add(cut_title(_without_stop(match.group("r"))), (f"f{where}",), where)
            add(match.group("r")[:60], (f"f{where}:raw",), where)
    for where, text in (("s", subject), ("b", body)):
        for match in rules.triggers(text):
            trig = match.group("t").lower()
            art, tags, raw_tags = _TRIGGER_TAGS.get((where, trig)) or _trigger_tags(where, trig)
            raw = _without_stop(match.group("r"))
            if art and raw[:1].islower() and not rules.has_job_word(raw) and (
                    not job_tail(raw)):
                continue  # "a couple of days", "the details": a title in lower case after an
                # article is taken only with a job word in it (a third of the candidates), or
                # before a word for a job ("the bar staff job", "the weekend cover shifts")
            add(cut_title(raw), tags, where)
            add(raw, raw_tags, where)
        for match in _QUOTED.finditer(text):
            add(match.group("r"), (f"q{where}",), where)
    lines = body.splitlines()[:25]
    fields: list[tuple[str, tuple[str, ...]]] = []  # round 33's field values, added last
    for n, line in enumerate(lines):
        line = line.strip()
        # (the cheap tests first: most lines end a sentence; an upper-case first letter means
        # at least one word)
        if line[:1].isupper() and line[-1:] not in ".?!," and len(line.split()) <= 10:
            if line[:3].lower() == "re:":  # a letter's heading: "Re: Medical Secretary - 331-ADM"
                add(line[3:], _LINE_RE, "b")
            else:
                add(line, _LINE_END if n >= len(lines) - 6 else _LINE_TOP, "b")
            if ":" in line and (value := field_value(line)):  # "Job: Claims Adjuster II"
                add(value, _FIELD_LINE, "b")
            elif value := row_value(line):  # a table's row: "Position Field Service Engineer"
                fields.append((value, _FIELD_ROW))
            if n and field_alone(lines[n - 1].strip()):  # "Position" above "Field Service ..."
                fields.append((line, _FIELD_BELOW))
    parts = [p for p in _SEGMENT.split(subj) if p.strip()]
    for n, part in enumerate(parts):
        place = "one" if len(parts) == 1 else "first" if n == 0 else (
            "last" if n == len(parts) - 1 else "mid")
        cut = rules.without_lead(part.strip())
        # (a segment whose leading words of what happens were cut: "Uitslag tweede gesprek
        # Adviseur Inkoop", "Interview invitation: Data Analyst" - the title follows the event)
        add(cut, (f"seg:{place}", "seg:lead") if cut != part.strip() else (f"seg:{place}",), "s")
    for value, tags in fields:  # (last: the titles found before keep their order)
        add(value, tags, "b")
    for where, text in (("s", subject), ("b", body)):
        if _LATE_CUE.search(text) is None:
            continue
        for match in _LATE_TRIGGER.finditer(text):
            cue = match.group("t").split()[0].lower()
            title = cut_title(_without_stop(match.group("r")))
            if title and title.split()[-1].lower() in _JOB_NOUNS:  # "ausgeschriebene Stelle"
                continue
            add(title, (f"tl{where}", f"tl:{cue}"), where)
    for where, text in (("s", subject), ("b", body)):  # round 34: programmes' names, last
        for title, tags in scheme_titles(text):
            add(title, (f"pg{where}", *tags), where)
    low_body = body.lower()
    low_subject = subject.lower()

    def shape(text: str, key: str) -> Iterator[str]:
        return rolelooks.shape(text, key, comp, low_body, low_subject, en == "xx")

    if comp:
        _without_company(found, comp, lined)
    return found, rule, shape, _none_of(rule, places[0], places[1], len(lined))


def _without_company(found: Found, comp: str, lined: set[str]) -> None:
    """Each title that opens with the employer's name ("the Barclays Technology Analyst
    Programme 2025", "das Allianz Trainee-Programm Finance 2025") also without it, marked
    "v:nocomp" with the tags it was found by (round 33: the labels mostly drop the name; the
    ranker weighs both). Added after every other title, so those keep their order; one found
    on a line of its own is counted in `lined` (what "none" reads, none_features)."""
    for key, (text, feats) in list(found.items()):
        if not key.startswith(comp) or key == comp:
            continue
        words_ = text.split()
        for n in range(1, min(len(words_), 6)):
            if squash(" ".join(words_[:n])) == comp:
                rest = " ".join(words_[n:]).strip(" -–—:|,")
                rest_key = squash(rest) if rest[:1].isupper() or rest[:1].isdigit() else ""
                if rest_key and not _title_rest(rest):  # "Acme Ltd. Unfortunately" (review)
                    break
                if rest_key in found:
                    found[rest_key][1].add("v:nocomp")
                elif rest_key:
                    found[rest_key] = (rest, {f for f in feats if not f.startswith("v:")}
                                       | {"v:nocomp"})
                    if "line" in feats:
                        lined.add(rest_key)
                break


def _title_rest(rest: str) -> bool:
    """Whether what follows the employer's name can be a title: not its legal form or an
    organisation word ("Ltd. Unfortunately", "Corporation"), not across a sentence's end
    (round 33's review)."""
    first = rest.split()[0].strip(".,").lower()
    return first not in LEGAL_FORMS and first not in _ORG_TAILS and ". " not in rest


_ORG_TAILS = frozenset({"corporation", "company", "group", "holdings", "international"})
# A late trigger's phrase that ends in a job noun names no title ("Bewerbung auf die
# ausgeschriebene Stelle", "application to the open position": round 33's review).
_JOB_NOUNS = frozenset({"stelle", "position", "role", "vacancy", "vacature", "functie", "poste",
                        "job", "opening", "tjänst", "tjänsten", "vaga", "puesto", "posizione",
                        "ruolo", "stanowisko", "função"})


# Round 33: more words after which a title is written in running text, in the nine
# languages ("sua candidatura para a função de Técnica de Contabilidade", "Tack för din
# ansökan till Drifttekniker hos ...", "¡Te postulaste con éxito a Analista de Marketing
# Digital!", "Bewerbung für das Trainee-Programm Finance 2025", "sollicitatie op Docent ..."),
# tagged "tl" and added after the others (the round-16 scan's oracle keeps its order).
_LATE_TRIGGER = re.compile(
    r"\b(?P<t>função|funções|funzione|ansökan till|sökt till|ansökningen till|"
    r"postulaste(?: con éxito)? a|postulación a|postulado a|sollicitatie (?:op|naar|voor)|"
    r"Bewerbung (?:für|auf)|application to|applied to|applying to)"
    r"\s+[«\"“„'‘]?(?P<r>[\wÀ-ÖØ-Þ][^\n.,;:!?«»\"“”„]{1,70}"
    r"(?:(?:(?<=\w):in(?:nen)?\b|(?<= )\.(?:NET|Net)\b)[^\n.,;:!?«»\"“”„]{0,60}){0,2})")
_LATE_CUE = re.compile(r"função|funções|funzione|ansökan|sökt|postula|sollicitatie|Bewerbung|"
                       r"appl(?:ication|ied|ying) to")
_LINE_TOP, _LINE_END = ("line", "line:top"), ("line", "line:end")
_LINE_RE = ("line", "line:re")
_FIELD_LINE = ("fld",)  # the value of a job field's line ("Job:", "Tjänst:", "Posizione:")
_FIELD_ROW = ("fld:row", "fld")  # after a field's name in a table's row read apart (round 33)
_FIELD_BELOW = ("fld:below", "fld")  # on the line below a field's name alone (round 33)
# The first tags of round 33's titles, added after the others: a form they find is marked
# only with the tag ("v:caps|tlb"), so that a title found before keeps its features.
_LATE = frozenset({"fld:row", "fld:below", "tls", "tlb", "pgs", "pgb"})
# Per tags of an add: whether they mark a title as found in the subject, in running text, on a
# line of its own (what none_features reads of a title's features: a title's features starting
# so are its tags and "{tag}|{language}", never a form's "v:..." or a shape's).
_PLACES: dict[tuple[str, ...], tuple[bool, bool, bool]] = {}


def _place(tags: tuple[str, ...]) -> tuple[bool, bool, bool]:
    return (any(t.startswith(_SUBJECT_TAGS) for t in tags),
            any(t.startswith(_BODY_TAGS) for t in tags), "line" in tags)
# Per place and trigger word (the subject's or the body's "for", "als", "position"): whether
# it is an article (a title after it in lower case needs a job word), the tags of the title
# after it and of the raw phrase; made once per word (_TRIGGER's words are a fixed few).
_TRIGGER_TAGS: dict[tuple[str, str], tuple[bool, tuple[str, ...], tuple[str, ...]]] = {}


def _trigger_tags(where: str, trig: str) -> tuple[bool, tuple[str, ...], tuple[str, ...]]:
    art = len(trig) <= 5 and trig not in ("post", "vaga", "poste", "role", "cargo", "jako")
    kept = _TRIGGER_TAGS[(where, trig)] = (
        art, (f"t{where}:{'art' if art else 'word'}", f"tw:{trig}"), (f"t{where}:raw",))
    return kept


def _without_stop(raw: str) -> str:
    """A phrase without the small words and title-introducing words that open it ("le poste
    de Chargé·e ..." is "Chargé·e ...")."""
    words = raw.split(" ")
    first = 0
    while first < len(words) - 1 and words[first].lower() in _LEAD_STOP:
        first += 1
    return " ".join(words[first:])
