"""The shorter forms of a run of capitalised words that may be the employer's name: without one
or two words in front or one at the end, without the team's name around it ("Acme Hiring
Team", "HR Acme"), without the town after it ("Hotel Miramar en Palma", "Officine Ruggeri di
Brescia") and after a job or a verb before it ("Tech Lead na Fretz", "Rekrutuję do Kwadrat").
Each form says what was cut, a feature the company ranker weighs (mail/company.py)."""

from __future__ import annotations

from bounceback.mail.names import squash, words
from bounceback.mail.nameshape import static_feats
from bounceback.mail.namewords import TEAM_WORDS
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
    return out


_JOINERS = words("& and of de der des du la le les del della dei di do da dos das den van "
                 "von y e i och für for the im am an w z na en et und")
_TEAM_OR_JOINER = TEAM_WORDS | _JOINERS
# The words that join a name to the town it stands in ("en Palma", "di Brescia", "i Kalmar").
_PLACE_JOINERS = words("at in en di i im am bei de à a w we na do da for für")
# Of those, the ones that say where someone works or applies ("Recrutador na Verde Energia",
# "Rekrutuję do Kwadrat", "Pleno da Construtora Ipê"): what follows is the employer.
_AT_JOINERS = words("at bei w we na do da")
_FOR_JOINERS = words("for für")
_JOB_SHAPES = frozenset({"role_first", "role_word", "role_end"})
_NAME_SHAPES = frozenset({"org", "given", "place"})
