"""A sender that is a service, not an employer: a job portal, an HR-software relay or a generic
mail service ("Hrportal", "Karriere Portal", "Jobbportal", "Mail Service"), whose name the
ranker may pick because the sender's domain spells it. When the body marks an employer by a
preposition or a case phrase ("w firmie Boltex", "bei der Hansen Logistik", "hos Nordfrakt",
"chez", "presso", "bij", "na empresa") or writes one on a legal-form footer line ("Fenwick &
Rowe Ltd"), that employer is the answer (round 23, mail/employer.py's `decide`). A name with a
word of its own beside such words ("Talent Partners", "Mail Boxes Etc.") is not a service's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from bounceback.mail.company_spans import RUN, Candidate, Pool
from bounceback.mail.names import squash, words
from bounceback.mail.nameshape import name_key, static_feats
from bounceback.mail.namewords import PORTAL_PAGES, SKIP_WORDS, TEAM_WORDS

# The words a service's name is made of, squashed, in the nine languages bounceback reads: a
# name spelled by these alone ("hrportal", "karriereportal", "mailservice") is a service's.
_SERVICE_WORDS = sorted(words("""portal portale portail jobs job jobb jobbs careers career karriere
    karriar kariera carrieres carriere carreras carreiras carriera recruiting recruitment
    rekrutacja rekrytering reclutamiento recrutement recrutamento reclutamento werving talent
    talents hr mail mailer email service services noreply notifications notification
    powiadomienia benachrichtigungen notificaciones notifiche notificacoes meldingen
    aviseringar vacatures stellen stellenmarkt empleo empleos emploi emplois lavoro vagas
    praca online net team"""), key=len, reverse=True)
_SERVICE = re.compile("(?:" + "|".join(_SERVICE_WORDS) + ")+")


def service_name(name: str) -> bool:
    """Whether a name is spelled by a service's words alone ("Hrportal", "Mail Service")."""
    key = squash(name)
    return len(key) >= 2 and _SERVICE.fullmatch(key) is not None


# The phrases before an employer's name that the ranker's cue words do not all hold: with the
# word for "company" (`strong`: any name after it), or a preposition alone, with the article a
# language writes after it (`weak`: a name of more than one word, with a legal form or an
# organisation's word, or one the body marks as a candidate; German capitalises every noun, so
# after "bei" (`nouns`) a single word counts only as an organisation's: not "bei Fragen").
_MARKED = re.compile(
    r"(?<![\w-])(?:(?P<strong>w (?:firmie|spółce)|bei der Firma|in der Firma|na empresa|"
    r"en la empresa|dans l'entreprise|chez l'entreprise|i företaget|hos företaget|"
    r"nell'azienda|presso l'azienda|presso la società|bij het bedrijf|bij de firma)|"
    r"(?P<nouns>bei (?:der|dem|den)|beim|bei)|w|hos|chez|presso(?: la| il)?|bij|em|en) "
    r"(?P<name>" + RUN.pattern + ")")
# Shapes that are not an employer even where a phrase marks them.
_NOT_EMPLOYER = frozenset({"given", "place", "site", "team_only", "role_word", "role_end", "platform",
                           "short"})
READ = 1600
# A department's or an office's words, in the cases a preposition gives them ("w Dziale
# Kadr", "presso la Sede Centrale", "bij Het Team"): never the employer's name.
_PLACE_WORDS = words("""dziale biurze siedzibie oddziale sede centrale zentrale
    filiale siège het unsere unserer""")


def add_marks(pool: Pool, text: str) -> None:
    """Tell the ranker which names these phrases mark (round 24), a candidate of its own where
    the ranker's one-word cues do not reach it: after the word for "company" ("w firmie
    Boltex", "bei der Firma Hansen": `b:mk:co`), after a preposition and its article ("bei der
    Hansen Logistik", "presso la Ferri": `b:mk:art`), after a preposition alone (`b:mk`); and
    a legal-form line of its own (`b:legal_line`). `text`: the part of the body that decides."""
    items = pool.items
    for name, key, strong, article in _marked(
            text, lambda key: key in items and "b" in items[key].feats):
        mark = "b:mk:co" if strong else "b:mk:art" if article else "b:mk"
        item = items.get(key)
        if item is None:
            pool.add(name, ("b", mark))
        else:
            item.feats.add(mark)
    for item in items.values():
        if "legal" in item.feats and "b:alone" in item.feats:
            item.feats.add("b:legal_line")


def _employer_like(name: str) -> str | None:
    """The name as a candidate when it may be an employer ("bei der Bewerbung" is not: one
    capitalised word that is no organisation's, in a language that capitalises nouns)."""
    shown, key, _ = name_key(name)
    low = shown.lower().split()
    if len(key) < 3 or not _PLACE_WORDS.isdisjoint(low) or " ".join(low) in PORTAL_PAGES or any(
            w in SKIP_WORDS or w in TEAM_WORDS or service_name(w) for w in low):
        return None  # "Nuestra Empresa", "Dziale Kadr", "Sede Centrale", "Pôle Emploi"
    feats = static_feats(shown, key)
    if not _NOT_EMPLOYER.isdisjoint(feats):
        return None
    return shown


def _marked(text: str, known: Callable[[str], bool]) -> Iterator[tuple[str, str, bool, bool]]:
    """Each name a phrase marks that may be the employer (of more than one word, or with a
    legal form or an organisation's word, or one `known` by its key as a body candidate), as
    (name, key, after the word for "company", after a preposition and its article)."""
    for match in _MARKED.finditer(text, 0, READ):
        run = match.group("name")
        name = _employer_like(run)
        if name is None:
            continue
        _, key, legal = name_key(run)
        strong = match.group("strong") is not None
        if strong or legal or "org" in static_feats(name, key) or (
                " " in name and not any(w.islower() for w in name.split())) or (
                not match.group("nouns") and known(key)):
            yield name, key, strong, " " in text[match.start(): match.start("name") - 1]


def marked_employer(text: str, found: list[Candidate]) -> str | None:
    """The employer the body marks beside a service sender: the first name a phrase marks
    (`_marked`), else a name on a legal-form line of its own."""
    first = next(_marked(text, lambda key: any(c.key == key and "b" in c.feats
                                               for c in found)), None)
    if first is not None:
        return first[0]
    for item in found:
        if "legal" in item.feats and "b:alone" in item.feats and not service_name(item.text):
            name = _employer_like(item.text)
            if name is not None:
                return name
    return None
