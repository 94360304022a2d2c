"""The names of early-career programmes as role titles (round 34): a graduate programme, a
scheme, an internship, a traineeship, an apprenticeship, a dual study course, in the nine
languages ("the Aldermoor 2027 Finance Graduate Scheme", "au Management Trainee Program –
Marketing 2025 a été retenue", "do Programa de Estágio 2027 do Banco", "van het Traineeship
2027.", "das Traineeprogramm 2027 – Risikomanagement").

Such a name is written in running text after words no title pattern knows, with the
employer's name, an intake year, a stream or a track before or after its head word, and the
retired sets' writers keep or drop each of these as they please (round 33 counted the year
kept in 78 programme titles, dropped in 16). So every span the name can be is offered, from
each capitalised word or year before the head word to each word, year or bracket after it,
tagged with what it holds ("pg:left", "pg:year", "pg:stream", "pg:paren"), and the role
ranker weighs them against the titles other patterns find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bounceback.mail.names import words
from bounceback.mail.rolecut import FOREIGN_STOP

# The head words of a programme's name (whole words; "stage" and "program" need a capital
# letter somewhere in the name, see `scheme_titles`).
_HEAD = re.compile(
    r"(?i)(?<![\w-])(?P<h>graduate[- ]programm?e?|programm?e?s?|programa|programma|programu?|"
    r"scheme|internship|traineeship|apprenticeship|placement|trainee-?programm(?:a|et|e)?|"
    r"trainee|praktikum|stage|estágio|prácticas|tirocinio|staż(?:owy|owego)?|praktyki|"
    r"alternance|ausbildung|duales studium|werkstudent(?:in)?|summer analyst|summer associate|"
    r"vacation scheme|sommarjobb|becas?)(?![\w-])")
_CUE = re.compile(r"(?i)program|scheme|intern|trainee|apprentic|placement|praktik|stage|"
                  r"estágio|prácticas|tirocinio|staż|praktyki|alternance|ausbildung|"
                  r"duales|werkstudent|summer|becas?\b|sommarjobb")
_YEAR = re.compile(r"(?:19|20)\d\d(?:/\d\d)?$")
# Small words inside a programme's name before its field ("Programa de Estágio", "Estágio em
# Dados", "Ausbildung zum Chemikanten", "Graduate Program in Finance", "Program Stażowy w IT").
_JOIN = words("""de em in di en w i zum zur für del della do da dos das van för på of
& and und et e y – - — |""")
# A unit, an office or a person a programme's head word names as a compound's first word
# ("the Stage Bureau", "our Apprenticeship Levy Team", "the Placement Office", "the Graduate
# Programme Manager"): the head is a modifier there, and the phrase names no role (round 34,
# review F4). A place word stops the name wherever it comes before a joining word ("Programa
# de Estágio 2027 Team" ends before "Team"); a person word only right after the head, since
# after other words it ends a role ("Stage Community Manager"), and not after a bare
# "Program(me)": "Programme Officer", "Program Coordinator" and "Program Manager" are jobs
# (12 labels in the retired sets, none of them a place word). After "in", "de", "–" a
# field's name may hold one ("Graduate Programme – Customer Service").
_PLACE = words("""team teams office offices bureau unit department dept desk service services
levy centre center portal hub helpdesk inbox mailbox büro abteilung stelle referat zentrum
umlage équipe pôle cellule département portail equipo oficina departamento servicio centro
unidad afdeling dienst centrum portaal loket ufficio servizio dipartimento portale unità
squadra equipe equipa escritório serviço núcleo setor biuro dział zespół centrum kontor
avdelning enhet""")
_PERSON = words("""coordinator co-ordinator manager officer lead adviser advisor administrator
recruiter koordinator koordinatorin managerin leiter leiterin beauftragte beauftragter
coordinateur coordinatrice coordinador coordinadora coördinator begeleider coordinatore
coordinatrice referente coordenador coordenadora koordynator koordynatorka opiekun samordnare""")
_JOBS_HEAD = re.compile(r"(?i)programm?e?s?|programa|programma|programu?")
_TOKEN = re.compile(r"\([^()\n]{1,40}\)|[^\s()]+")
_STOP_CHARS = ".,;:!?\"«»“”„"
MAX_LEFT, MAX_RIGHT = 3, 6


def scheme_titles(text: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each span a programme's name written in the text can be, with its tags."""
    if _CUE.search(text) is None:
        return
    made = 0
    for match in _HEAD.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        lefts = _left(text[line_start:match.start()])
        head = match.group("h")
        rights = _right(text[match.end():line_end], _JOBS_HEAD.fullmatch(head) is None)
        for n_left, left in enumerate(lefts):
            for n_right, (right, tags) in enumerate(rights):
                ends: tuple[str, ...] = ("pg:lmax",) if n_left == len(lefts) - 1 else ()
                if n_right == len(rights) - 1:
                    ends += ("pg:rmax",)
                words = [*left, head, *right]
                phrase = " ".join(words).strip(" -–—|")
                if len(words) < 2 and len(head) < 9:
                    continue  # "Stage", "Scheme" alone name nothing
                if not any(w[:1].isupper() or _YEAR.match(w) for w in words):
                    continue  # "the next stage", "our program"
                left_tags: tuple[str, ...] = ("pg:left",) if left else ()
                if left and _YEAR.match(left[0]):
                    left_tags += ("pg:leftyear",)
                yield phrase, (*left_tags, *tags, *ends, f"pg:l{n_left}")
                made += 1
                if made >= 40:
                    return


def _left(before: str) -> list[list[str]]:
    """The words before the head that may open the name: none, then one more at a time."""
    out: list[list[str]] = [[]]
    taken: list[str] = []
    for word in reversed(before.split()[-MAX_LEFT - 1:]):
        join = word.lower() in _JOIN and bool(taken) and taken[0].lower() not in _JOIN
        if word[-1:] in _STOP_CHARS or not (word[:1].isupper() or _YEAR.match(word) or join):
            break
        taken.insert(0, word)  # ("Programa de" before "Estágio", "Research &" before ...)
        if not join:
            out.append(list(taken))
    return out


def _right(after: str, persons: bool = True) -> list[tuple[list[str], tuple[str, ...]]]:
    """The words after the head that may end the name, each end with its tags; none at all
    when the head's next word is a unit, an office or (`persons`) a person (`_PLACE`,
    `_PERSON`)."""
    out: list[tuple[list[str], tuple[str, ...]]] = [([], ())]
    taken: list[str] = []
    tags: set[str] = set()
    pending: list[str] = []
    lowered = 0
    for token in _TOKEN.findall(after)[:MAX_RIGHT + 3]:
        if token.startswith("("):
            if pending:
                break
            out.append(([*taken, token], (*sorted(tags), "pg:paren")))
            break
        word = token.rstrip(_STOP_CHARS)
        ended = word != token
        if word.lower() in _JOIN:
            if ended:
                break
            pending.append(word)
            if word in "–-—|":
                tags.add("pg:stream")
            continue
        unit = not pending and not tags.intersection(("pg:stream", "pg:join")) and (
            word.lower() in _PLACE or (persons and not taken and word.lower() in _PERSON))
        if unit:
            return [] if not taken else out  # "Stage Bureau": no name; "... 2027 Team": ends
        lower = "pg:stream" in tags and taken and not pending and lowered < 2 and (
            word.isalpha() and word.lower() not in FOREIGN_STOP)
        if not word or not (word[:1].isupper() or _YEAR.match(word) or lower):
            break
        if not (word[:1].isupper() or _YEAR.match(word)):
            lowered += 1  # a stream's name goes on in lower case ("– Supply chain")
            tags.add("pg:lower")
        if pending and any(w not in "–-—|&" for w in pending):
            tags.add("pg:join")
        taken.extend(pending)
        pending = []
        taken.append(word)
        if _YEAR.match(word):
            tags.add("pg:year")
        out.append((list(taken), tuple(sorted(tags)) or ("pg:right",)))
        if ended or len(taken) >= MAX_RIGHT:
            break
    return out
