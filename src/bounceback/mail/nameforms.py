"""The shorter forms of a run of capitalised words that may be the employer's name: without one
or two words in front or one at the end, without the team's name around it ("Acme Hiring
Team", "HR Acme"), without the town after it ("Hotel Miramar en Palma", "Officine Ruggeri di
Brescia") and after a job or a verb before it ("Tech Lead na Fretz", "Rekrutuję do Kwadrat").
Each form says what was cut, a feature the company ranker weighs (mail/company.py)."""

from __future__ import annotations

from bounceback.mail.names import squash, words
from bounceback.mail.nameshape import static_feats
from bounceback.mail.namewords import LEGAL_FORMS, ORG_WORDS, TEAM_WORDS
from bounceback.places import is_place_name

_CUTS = ((1, 0, "v:cut10"), (2, 0, "v:cut20"), (0, 1, "v:cut01"), (1, 1, "v:cut11"))


def variants(words: list[str]) -> list[tuple[int, int, str]]:
    """A run of words and its shorter forms, as (first, end, what was cut): without one or
    two words in front, one at the end, or one at each end, without a town after it or a job
    before it, without a team's name around it."""
    n = len(words)
    out: list[tuple[int, int, str]] = [(0, n, "")]
    if n == 1:
        return out
    lows = [w.lower() for w in words]
    for lead, tail, cut in _CUTS:
        first, end = lead, n - tail
        if end - first < 1:
            continue
        if lows[first] in _JOINERS or lows[end - 1] in _JOINERS:
            continue
        out.append((first, end, cut))
    for at in range(1, n - 1):  # split at a word that joins a name to a place or a job
        low = lows[at]
        if low not in _PLACE_JOINERS or lows[at - 1] in _JOINERS:
            continue
        if low in _FOR_JOINERS:  # "General Coding Assessment for Quillon"
            out.append((at + 1, n, "v:after_for"))
        elif is_place_name(" ".join(words[at + 1:])):
            out.append((0, at, "v:place"))  # without its town: "Hotel Miramar en Palma"
        elif low in _AT_JOINERS and lows[at + 1] not in _JOINERS:
            # after a job or a verb: "Tech Lead na Fretz", "Rekrutuję do Kwadrat"; not within
            # a name ("Miejski Ośrodek Pomocy Społecznej w Kaliszu", "Trattoria Da Gino")
            head = " ".join(words[:at])
            shape = static_feats(head, squash(head))
            if not _JOB_SHAPES.isdisjoint(shape):
                out.append((at + 1, n, "v:after_job"))
            elif at == 1 and _NAME_SHAPES.isdisjoint(shape):
                out.append((at + 1, n, "v:after"))
        break
    first, end = 0, n  # without the team's name around it: "Acme Hiring Team", "HR Acme"
    while first < end and lows[first].strip("-–:,") in _TEAM_OR_JOINER:
        first += 1
    while end > first and lows[end - 1].strip("-–:,") in _TEAM_OR_JOINER:
        end -= 1
    if 0 < end - first < n and all((first, end) != (a, b) for a, b, _ in out):
        out.append((first, end, "v:team"))
    if first > 0 and end < n and lows[1] in _JOINERS and all((0, end) != (a, b) for a, b, _ in out):
        # a team word that heads an institution's name keeps it, only the team's name after
        # it goes: "Department for Education Recruitment Team", "Office for Rural Affairs HR"
        # (round 32)
        out.append((0, end, "v:teamend"))
    return out


_JOINERS = words("& and of de der des du la le les del della delle degli dello dei di do da "
                 "dos das den van von voor y e i och für for the im am an w z na en et und het die "
                 "el il los las")
_TEAM_OR_JOINER = TEAM_WORDS | _JOINERS
# The words that join a name to the town it stands in ("en Palma", "di Brescia", "i Kalmar").
_PLACE_JOINERS = words("at in en di i im am bei de à a w we na do da for für voor")
# Of those, the ones that say where someone works or applies ("Recrutador na Verde Energia",
# "Rekrutuję do Kwadrat", "Pleno da Construtora Ipê"): what follows is the employer.
_AT_JOINERS = words("at bei w we na do da")
_FOR_JOINERS = words("for für voor")
_JOB_SHAPES = frozenset({"role_first", "role_word", "role_end"})
_NAME_SHAPES = frozenset({"org", "given", "place"})


def trimmed(name: str, keys: dict[str, str], stem: str, agency: bool, written: bool) -> str:
    """The employer's own name inside a picked name, when the email offers it as a candidate
    of its own (`keys`: squashed key -> candidate text): without a recruiting department's
    words around it ("Acme Careers", "Banverk Nord Rekrytering", "Dział HR Acme"), an article
    or a team's possessive before it ("A Dataprisma", "Die Weidner", "Ihr Recruiting-Team der
    Acme"), or a job, a person or a verb and the word that joins them to it ("Tech Recruiter na
    Acme", "Ebba på Acme"). A department word the sender's domain spells ("bracken-rec",
    "acmerecruitment"), any in an agency's own name and any in a name the body writes whole
    (`written`: an agency signs "Harper Blake Recruitment"; an employer's team signs with the
    employer's name) is part of the name."""
    parts = name.split()
    if len(parts) < 2:
        return name
    lows = [w.lower().strip(",:;") for w in parts]
    first, end = 0, len(parts)
    while end - first > 1 and _dept(lows[end - 1]) and not agency and not written:
        end -= 1
    while end - first > 1 and (lows[first] in _LEADING or _dept(lows[first], _DEPT_HEAD)):
        first += 1
    if first and stem and stem.startswith(squash(" ".join(parts[:end]))):
        first = 0  # the domain spells the head with the name ("HR Path" at hr-path.com)
    if (first, end) != (0, len(parts)):
        core = " ".join(parts[first:end])
        key = squash(core)
        dropped = squash(" ".join(parts[end:]))
        extra = stem[len(key):] if stem.startswith(key) else ""
        spelled = bool(dropped) and (dropped in stem or bool(extra) and dropped.startswith(extra))
        if key in keys and not spelled:
            return core.strip(",:;")  # as the pick writes it ("QWA", not the domain's "Qwa")
    for at in range(1, len(parts) - 1):
        if lows[at] in _HEAD_JOINERS or (at == 1 and lows[at] in _OF_JOINERS):
            head, tail = " ".join(parts[:at]), " ".join(parts[at + 1:])
            if squash(tail) in keys and _not_the_name(head, tail, lows[at], at):
                return keys[squash(tail)]
            if lows[at] in _HEAD_JOINERS:
                break
    return name


def _not_the_name(head: str, tail: str, joiner: str, at: int) -> bool:
    """Whether the words before "at", "na", "bei" (or, for a town, "de") are a job, a person,
    a team or a town rather than the start of the employer's name: "Tech Recruiter na Acme",
    "Back-end Sênior na Paguei", "Zaragoza de Calzados Moncayo S.L" (a town, then a name with
    its legal form); not "Miejski Ośrodek Pomocy Społecznej w Kaliszu", "Banco de Portugal"
    nor "Centro de Fisioterapia Arrixaca"."""
    shape = static_feats(head, squash(head))
    tail_words = tail.split()
    if (at == 1 and "place" in shape and head.lower() not in _CENTRE and len(tail_words) > 1
            and tail_words[-1].lower().replace(".", "") in LEGAL_FORMS and is_place_name(head)):
        return True
    if joiner in _OF_JOINERS:
        return False
    if head.split()[-1].lower() in _LEVELS:
        return True
    return ("org" not in shape and "place" not in shape
            and (at == 1 or not _HEAD_SHAPES.isdisjoint(shape)))


def _dept(low: str, dept: frozenset[str] | None = None) -> bool:
    """Whether a word (or each part of a hyphenated one) names a recruiting department."""
    dept = dept or _DEPT
    return low in dept or ("-" in low and all(p in dept for p in low.split("-") if p))


_DEPT = words("""careers career jobs recruiting recruitment recruiter hiring team talent
acquisition hr ops resourcing onboarding graduate graduates programme program rekrytering
rekrutacja rekrutacji karriere karriär recrutement recrutamento reclutamiento selección seleção
selezione werving rh rrhh personalabteilung dział kadry p&o recruiting-team""")
# A department's words written before the name ("HR Acme", "Dział HR Acme", Portuguese and
# Spanish sign-offs "Equipe Vitrola", "Equipo Lumen"); "Talent" or "Careers" first is more
# often a name of its own ("Talent North"), and so is "Time" ("Time Out Group"), though Gupy's
# Brazilian mail signs "Time Vitrola".
_DEPT_HEAD = words("hr rh rrhh dział kadry p&o recruiting-team rekrutacja equipe equipa equipo")
# Words before a name that are no part of it: articles and a team's possessive ("Ihr").
_LEADING = words("a die der das ein eine een firma company ihr your")
_HEAD_JOINERS = words("at bei na w we på hos chez presso")
# "de" and its forms join a name's own words ("Banco de Portugal"): split only after a town.
_OF_JOINERS = words("de da do di en")
# Place names that also start an organisation's name ("Centro de Fisioterapia Arrixaca").
_CENTRE = words("centro centre center central norte nord north sur sud south costa")
# A job's level written last before where it is ("Back-end Sênior na Paguei").
_LEVELS = words("senior sênior sénior junior júnior pleno sr jr trainee intern lead")
_HEAD_SHAPES = frozenset({"team_word", "given", "role_first", "role_word", "role_end"})


# Round 24: what may stand after an employer's name and is not part of it when the sender's
# domain spells the name without it: a place or a country ("Halcyon Pharma India", "Fenwick
# Pharma Ireland", "Kaffekoppen i Visby", with the word that joins it; not an organisation's
# word that is also a town's name: "Harbourline Bank") or "Global".
_SCOPE = frozenset({"global", "worldwide"})
_PLACE_JOIN = frozenset({"in", "i", "w", "en", "em", "à", "a", "im", "bei", "di", "de"})
_POSSESSIVE = ("'s", "’s")


def shortened(name: str, keys: dict[str, str], stem: str) -> str:
    """A picked name without a possessive ("Nimbus Pay's" where the email also offers "Nimbus
    Pay" or the domain spells it: `keys` are the candidates' keys) or without a place or a
    "Global" after the name the sender's domain spells (`stem`)."""
    if name.endswith(_POSSESSIVE) and len(name) > 4 and squash(name[:-2]) in keys:
        return name[:-2]
    parts = name.split()
    end = len(parts)
    while stem and end > 1 and (parts[end - 1].lower() in _SCOPE or (
            is_place_name(parts[end - 1]) and parts[end - 1].lower() not in ORG_WORDS)):
        end -= 1
        if end > 1 and parts[end - 1].lower() in _PLACE_JOIN:
            end -= 1
        if squash(" ".join(parts[:end])) == stem:
            return " ".join(parts[:end])
    return name
