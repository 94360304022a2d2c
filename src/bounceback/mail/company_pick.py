"""The employer candidates' last features, and the run-time pick that builds them only for the
candidates that may win.

mail/company.py gathers an email's candidates with the features of where each is written. The
rest of a candidate's features come in two steps: how it looks (its words, mail/nameshape.py)
and its count, then what the sender's domain, the agency and the other domains the email
writes say of it (`finish`). Training reads every candidate with all of them (`finish_all`,
the order and the features as they always were). At run time the ranker's score of the first
step plus the largest sum the second step could add (its features' positive weights) bounds a
candidate's score: one whose bound is under the best score found so far cannot win and is never
finished (`LazyPick`). The pick is the one the ranker makes over every finished candidate,
which tests/mail/test_company_pick_same.py checks against `finish_all` on the corpora.
"""

from __future__ import annotations

from bounceback.mail.company import Facts
from bounceback.mail.company_spans import Candidate
from bounceback.mail.memo import NAMES, Memo
from bounceback.mail.nameshape import static_feats
from bounceback.mail.ranker import Ranker
from bounceback.mail.sender import domain_feats, initials, person_local
from bounceback.mail.servicename import service_name

_COUNTS = ("cnt:0", "cnt:1", "cnt:2", "cnt:3", "cnt:4")
_WRITTEN_IN = frozenset({"s", "b", "q", "f"})
_AG = frozenset({"s", "b", "q", "f", "s:alone", "b:named", "b:lower", "s:tail", "b:tail", "org",
                 "given", "role_word", "role_end", "nw:1", "nw:2", "nw:3", "d:after:behalf",
                 "own_place", "agency_name", "place"})
# The cue before a client's name, and (round 19) the cue after it: "our client Kestrel Foods",
# "Weidner Verpackungen möchte Sie einladen", "Vättern Automation har valt"
_AG_STARTS = ("pc:", "b:nc:", "s:nc:")
_AG_WEIGHED = tuple("ag:" + f for f in _AG_STARTS)
_DMX = frozenset({"team_word", "team_only", "given", "person_local", "role_end", "nw:1", "org",
                  "d", "s", "b", "platform", "short", "caps"})
_DM_NAMES = ("eq", "key_in_stem", "stem_in_key", "stem_inside", "key_inside", "prefix", "bare")
_DM_INDEX = {f"dm:{name}": n for n, name in enumerate(_DM_NAMES)}
# A margin for the bound: a score summed in another order may differ in its last bits.
_EPS = 1e-6


def look(item: Candidate, facts: Facts) -> None:
    """The first step: how the candidate looks, the sender type, how often it is written."""
    feats = item.feats
    feats.update(static_feats(item.text, item.key))
    if service_name(item.text):  # "Hrportal", "Mail Service": a service's name (round 24)
        feats.add("svc")
    feats.add(f"src:{facts.kind}")
    feats.add(_COUNTS[min(item.count, 4)])


def _domain(item: Candidate, facts: Facts) -> tuple[list[str], bool]:
    """How the sender's domain spells the candidate: its features and whether it does."""
    stem = facts.stem
    if not stem:
        return [], False
    found = domain_feats(item.key, stem, "dm")
    if facts.bare and item.key == facts.bare:  # "Hagemann" for hagemannag@: a legal form after
        found = ["dm:bare", *found]
    if found:
        return found, True
    return [], " " in item.text and initials(item.text) == stem


def is_platform(item: Candidate, facts: Facts) -> bool:
    """Whether `finish` would leave the candidate out: a platform's own name (Google Calendar,
    Codility, LinkedIn) that the sender's domain does not spell (after `look`)."""
    if "platform" not in item.feats and not (facts.brand and facts.brand in item.key):
        return False
    return not _domain(item, facts)[1]


def finish(item: Candidate, facts: Facts) -> bool:
    """The second step (after `look`); True when the candidate is a platform's own name, which
    is left out."""
    feats = item.feats
    key = item.key
    kind = facts.kind
    if facts.local_sq and key[:3] in facts.local_sq and person_local(item.text, facts.local_sq):
        feats.add("person_local")
    found, matched = _domain(item, facts)
    if found:
        feats.update(found)
        feats.add(f"dm:{_DM_NAMES[_DM_INDEX[found[0]]]}:{kind}")
    elif matched:
        feats.add("dm:acronym")
    if matched:  # what the domain's spelling outweighs: "Oxley People", "Ironbark Resources"
        feats.update(["dmx:" + f for f in _DMX.intersection(feats)])
    elif facts.stem and "d" in feats:
        feats.add(f"d:nodm:{kind}")  # a display name the sender's own domain does not spell
    if "d" in feats and ("person_local" in feats or "given" in feats):
        feats.add(f"d:person:{kind}")
    if facts.brand and facts.brand in key:
        feats.add("platform")  # its operator: "Grupa Pracuj S.A.", "Totaljobs Group"
    if "platform" in feats and not matched:
        # A platform's own name is not the employer unless the sender's domain spells it: the
        # platform writes for someone else.
        return True
    if facts.agency:
        feats.add("agency_sender")
        if not matched:
            feats.add("agency_other")
            if not _WRITTEN_IN.isdisjoint(feats) or "d:after:behalf" in feats:
                # Where an agency's mail names its client (in the subject or the body, or
                # after "on behalf of" in its display name): weighed apart from other mail
                feats.update(["ag:" + f for f in feats if f in _AG or f.startswith(_AG_STARTS)])
    for other in facts.others:
        feats.update(domain_feats(key, other, "bd"))
    return False


def finish_all(items: list[Candidate], facts: Facts) -> list[Candidate]:
    """Every candidate with all its features, a platform's own name left out."""
    platforms = []
    for item in items:
        look(item, facts)
        if finish(item, facts):
            platforms.append(item)
    if platforms:
        return [c for c in items if c not in platforms]
    return items


# Per ranker's weights (the object itself kept beside, so that an id is never another's) and
# sender shape: a handful of entries.
_BOUNDS: dict[tuple[int, str, bool, bool, bool],
              tuple[dict[str, float], tuple[float, float]]] = {}


def rest_bounds(ranker: Ranker, facts: Facts) -> tuple[float, float]:
    """The most `finish` can add to a candidate's score for this sender, by what the sender's
    domain says of it: (spelled by the domain, its `dm:` features aside; not spelled): the
    positive weights of every feature it may add."""
    weights = ranker.weights
    memo = (id(weights), facts.kind, bool(facts.local_sq), facts.agency, bool(facts.others))
    kept = _BOUNDS.get(memo)
    if kept is not None and kept[0] is weights:
        return kept[1]
    kind = facts.kind

    def most(names: list[str]) -> float:
        return sum(max(0.0, weights.get(f, 0.0)) for f in set(names))

    both = [f"d:person:{kind}", "platform"]
    if facts.local_sq:
        both.append("person_local")
    if facts.others:
        both += [f"bd:{n}" for n in _DM_NAMES]
    agency = ["agency_sender"]
    if facts.agency:  # "ag:" features only for a name the domain does not spell
        agency += ["agency_other"] + ["ag:" + f for f in _AG]
        agency += [f for f in weights if f.startswith(_AG_WEIGHED)]
    spelled = most(both + ["agency_sender"] + ["dmx:" + f for f in _DMX]) if facts.agency \
        else most(both + ["dmx:" + f for f in _DMX])
    other = most(both + [f"d:nodm:{kind}"] + (agency if facts.agency else []))
    if len(_BOUNDS) > 256:  # a handful of senders' shapes per ranker: never grows with mail
        _BOUNDS.clear()
    found = (spelled, other)
    _BOUNDS[memo] = (weights, found)
    return found


# Per ranker's weights (kept beside, so that an id is never another's): each name's
# `static_feats` and the sum of their weights.
_SHAPES: list[tuple[dict[str, float], Memo[str, tuple[tuple[str, ...], float]]]] = []


def _shape_scores(ranker: Ranker) -> Memo[str, tuple[tuple[str, ...], float]]:
    weights = ranker.weights
    for kept, memo in _SHAPES:
        if kept is weights:
            return memo
    memo = Memo(NAMES)
    _SHAPES[:] = [*_SHAPES[-1:], (weights, memo)]  # two rankers at most
    return memo


def _shape_score(item: Candidate, memo: Memo[str, tuple[tuple[str, ...], float]],
                 weights: dict[str, float]) -> tuple[tuple[str, ...], float]:
    """A name's `static_feats` and the sum of their weights, kept per name."""
    found = memo.get(item.text)
    if found is None:
        static = static_feats(item.text, item.key)
        found = memo.keep(item.text, (static, sum(weights.get(f, 0.0) for f in set(static))))
    else:
        memo.touch(item.text)
    return found


class LazyPick:
    """The ranker's pick among an email's candidates (Ranker.pick's answer over them all, one
    left aside on request), finishing only those whose bound reaches the best score so far.
    `found` is every candidate but a platform's own name, as `finish_all` gives them."""

    def __init__(self, items: list[Candidate], facts: Facts, ranker: Ranker,
                 none: list[str]) -> None:
        self.ranker = ranker
        self.facts = facts
        self.empty = ranker.score(none)
        spelled, other = rest_bounds(ranker, facts)
        weights = ranker.weights
        self.found: list[Candidate] = []
        self.done: dict[int, float] = {}
        self.looked: set[int] = set()
        bounds = []
        source = weights.get(f"src:{facts.kind}", 0.0)
        shapes = _shape_scores(ranker)
        for item in items:
            feats = item.feats
            if "dom" in feats:  # what the sender's domain spells: always finished
                look(item, facts)
                if is_platform(item, facts):
                    continue
                index = len(self.found)
                self.found.append(item)
                self.looked.add(index)
                finish(item, facts)
                self.done[index] = ranker.score(feats)
                bounds.append((self.done[index], index))
                continue
            # How it looks (look()'s features) is summed apart, from what its name alone
            # gives (kept per name): the features are built only if it may win (_score).
            static, shape = _shape_score(item, shapes, weights)
            if "platform" in static or (facts.brand and facts.brand in item.key) or (
                    not feats.isdisjoint(static)):
                look(item, facts)
                if is_platform(item, facts):
                    continue
                index = len(self.found)
                self.looked.add(index)
                score = ranker.score(feats)
            else:
                index = len(self.found)
                score = (ranker.score(feats) + shape + source
                         + weights.get(_COUNTS[min(item.count, 4)], 0.0))
            self.found.append(item)
            dm, matched = _domain(item, facts)
            if matched:
                kinds = [f"{dm[0]}:{facts.kind}"] if dm else ["dm:acronym"]
                extra = spelled + sum(max(0.0, weights.get(f, 0.0)) for f in dm + kinds)
            else:
                extra = other
            bounds.append((score + extra + _EPS, index))
        bounds.sort(reverse=True)
        self.order = bounds

    def _score(self, index: int) -> float:
        score = self.done.get(index)
        if score is None:
            item = self.found[index]
            if index not in self.looked:
                look(item, self.facts)
            finish(item, self.facts)
            score = self.done[index] = self.ranker.score(item.feats)
        return score

    def best(self, skip: str | None = None) -> str | None:
        """The text of the best candidate (not `skip`), None when "none" scores as well."""
        best: tuple[float, str] | None = None
        floor = self.empty
        for bound, index in self.order:
            if bound < floor - _EPS:
                break
            text = self.found[index].text
            if text == skip:
                continue
            score = self._score(index)
            if best is None or (score, text) > best:
                best = (score, text)
                floor = max(score, self.empty)
        if best is None or best[0] <= self.empty:
            return None
        return best[1]
