"""The features the learned skill filter (skillfilter.py) scores each candidate skill by.

What a candidate is (where its name came from, its length, how generic its words are, how often
the same name was a labelled skill in the training postings) and where it stands (the section,
the sentence's cue words and verbs, negation). `scripts/train_skill_filter.py` trains on these
and `skillfilter.split` scores with them: the features are computed here and nowhere else, so
that training and use cannot drift apart.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from bounceback.domain.skills import SkillMatch, SkillSource
from bounceback.skills import context
from bounceback.skills.evidence import Sentence, TextIndex
from bounceback.skills.listroles import bracket_roles, or_alternatives
from bounceback.skills.nonskills import CERT_HEADS, PEOPLE, STOP_HEADS, STOP_PHRASES
from bounceback.skills.occupations import occupation_for
from bounceback.skills.verbs import is_verb
from bounceback.skills.vocabulary import builtin_data

_WORD = re.compile(r"[A-Za-z0-9][\w'’+#.&/-]*")
_GENERIC = STOP_PHRASES | STOP_HEADS | PEOPLE
_SECTIONS = (
    context.REQUIRED,
    context.DUTIES,
    context.NICE,
    context.ROLE,
    context.OTHER,
)
_HOWS = ("cue", "duty", "tool", "list", "bare", "credential")
_SOURCES = (SkillSource.BUILTIN, SkillSource.ONET, SkillSource.ESCO, SkillSource.TEXT)
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        (
            "asks",
            r"\b(?:experience (?:with|in|of|using)|knowledge of|understanding of|familiar(?:ity)? "
            r"with|proficien\w+|skilled in|skills? in|competen\w+ in|trained in|certified in|"
            r"qualified in|expertise in|ability to use|able to use|fluent in)\b",
        ),
        (
            "must",
            r"\b(?:must|required|essential|mandatory|need to|you need|you'll need|you have)\b",
        ),
        ("nice", r"\b(?:a plus|bonus|desirable|preferred|advantage\w*|ideally|an asset|nice)\b"),
        ("credential", r"\b(?:licen[cs]e|certificat\w+|qualification|registration|degree|card)\b"),
        ("examples", r"\b(?:such as|including|e\.g\.|for example|like)\b"),
        ("will_use", r"\b(?:you will use|you'll use|using|use of|operate|operating)\b"),
        ("duty", r"\b(?:you will|you'll|responsible for|duties|assist|support|help|ensure)\b"),
        (
            "offer",
            r"\b(?:we offer|we provide|you'll get|you will get|you'll receive|you will receive|"
            r"we give|we'll give|we will give|on offer|provided|free|paid|discount\w*|"
            r"allowance|pension|holiday|scheme)\b",
        ),
        ("our", r"\b(?:our|we|we're|we are|us)\b"),
        ("negation", r"\b(?:no|not|non|without|never|nor|n't)\b"),
        ("years", r"\b\d+\s*\+?\s*(?:years?|yrs?)\b"),
        (
            "train",
            r"\b(?:we train|training (?:is )?provided|will be trained|we'll train|full training)\b",
        ),
        ("setting", r"\b(?:setting|environment|sector|industry|field)\b"),
        (
            "learn",
            r"\b(?:you(?:'ll| will) (?:learn|be trained|be taught|gain|pick up|develop)|"
            r"we(?:'ll| will)? (?:teach|train you)|learn(?:ing)? (?:to|how|on the job)|"
            r"training (?:in|on)|opportunit\w+ to (?:learn|gain|develop)|no experience)\b",
        ),
        (
            "we_use",
            r"\b(?:(?:we|our(?: \w+){1,2}|the (?:team|office|site|clinic|practice)) "
            r"(?:use|uses|run|runs|work with|works with|rely on|relies on)|we're using|"
            r"our (?:stack|tools?|systems?|platform|software|fleet|equipment)|in-house|"
            r"on[- ]site|equipped with|state-of-the-art)\b",
        ),
        (
            "preferred",
            r"\b(?:preferred|desirable|desired|advantageous|beneficial|an advantage|ideally|"
            r"would be (?:great|nice|a bonus)|highly regarded)\b",
        ),
    )
)
_LIST_SEPARATORS = re.compile(r",|;|\band\b|\bor\b|/")


def _words(text: str) -> list[str]:
    return [w.casefold().strip(".,'’") for w in _WORD.findall(text)]


def term_key(name: str) -> str:
    """One key per name, whatever its case, plural or punctuation: the name's training record."""
    text = name.casefold().replace("licence", "license")
    words = [
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in re.sub(r"[^\w+#]+", " ", text).split()
    ]
    return " ".join(words)


@cache
def _entries() -> dict[str, str]:
    """Every name of the shipped vocabulary -> the name of its entry."""
    out: dict[str, str] = {}
    for skill in builtin_data().skills:
        for form in (skill.name, *skill.forms):
            out.setdefault(term_key(form), skill.name)
    return out


def entry_of(name: str) -> str:
    """The entry a candidate's name belongs to ("NRP" and "neonatal resuscitation" are one; a
    name the vocabulary does not know is its own)."""
    key = term_key(name)
    return _entries().get(key, key)


def term_record(terms: dict[str, tuple[int, int]], name: str) -> tuple[int, int]:
    return terms.get(term_key(name), (0, 0))


def category_key(category: str) -> str:
    """The record of a whole category sits beside the names' (a name's key has no colon)."""
    return f"category:{category.casefold()}"


def record_features(m: SkillMatch, terms: dict[str, tuple[int, int]]) -> dict[str, float]:
    """How often the training postings' candidates of this name, and of its category, were
    labelled skills (the filter's record counts every candidate; the asked-for model's only
    those whose label says whether they are asked: see asked_rows)."""
    positive, seen = term_record(terms, m.skill)
    cat_positive, cat_seen = terms.get(category_key(m.category), (0, 0))
    return {
        "term_seen": float(seen > 0),
        "term_rate": (positive + 0.5) / (seen + 1.0) - 0.5 if seen else 0.0,
        "term_log_seen": math.log1p(seen),
        "category_rate": (cat_positive + 1.0) / (cat_seen + 2.0) - 0.5,
    }


def asked_rows(
    matches: Sequence[SkillMatch], rows: list[dict[str, float]], terms: dict[str, tuple[int, int]]
) -> list[dict[str, float]]:
    """The features for the asked-for model: the filter's, with the record of the asked-for
    model's training candidates (`terms`) in place of the filter's."""
    return [{**f, **record_features(m, terms)} for m, f in zip(matches, rows, strict=True)]


def features(
    matches: Sequence[SkillMatch],
    text: str,
    index: TextIndex,
    title: str,
    terms: dict[str, tuple[int, int]],
) -> list[dict[str, float]]:
    """The features of each candidate of one posting (`text` is the description the matches'
    positions point into; a match beyond it, or not found there, came from the title)."""
    keys = [term_key(m.skill) for m in matches]
    title_words = set(_words(title))
    implied = _implied_entries(title)
    per_sentence: dict[int, int] = {}
    for m in matches:
        per_sentence[index.position(m.start)] = per_sentence.get(index.position(m.start), 0) + 1
    folded = text.casefold()
    brackets = bracket_roles(matches, text)
    # Candidates that name one vocabulary entry: a reader lists the entry once, under the name
    # it first meets ("neonatal resuscitation (NRP)", "forklift ... FLT ... counterbalance").
    entries = [entry_of(m.skill) for m in matches]
    # (a candidate read from the title, not the text, comes after those of the text)
    placed = [m.end <= len(text) and text[m.start : m.end] == m.text for m in matches]
    first_of: dict[str, int] = {}
    for i in sorted(range(len(matches)), key=lambda i: (not placed[i], matches[i].start)):
        first_of.setdefault(entries[i], i)
    siblings: dict[str, int] = {}
    for e in entries:
        siblings[e] = siblings.get(e, 0) + 1
    alternatives = or_alternatives(matches, text)
    # how many candidates the posting names under its requirements: where it lists many, a
    # checklist is drawn from them and a duty's tool is seldom on it
    asking = math.log1p(sum(m.section in _ASKING for m in matches))
    same_kind: dict[tuple[int, str], int] = {}
    for m in matches:
        k = (index.position(m.start), m.category)
        same_kind[k] = same_kind.get(k, 0) + 1
    out = []
    length = max(len(text), 1)
    for i, (m, key) in enumerate(zip(matches, keys, strict=True)):
        in_text = m.end <= len(text) and text[m.start : m.end] == m.text
        sentence: Sentence | None = index.at(m.start) if in_text else None
        words = _words(m.skill)
        f: dict[str, float] = {}
        for source in _SOURCES:
            f[f"source_{source.value}"] = float(m.source is source)
        for how in _HOWS:
            f[f"how_{how}"] = float(m.how == how)
        section = sentence.kind if sentence else "title"
        for kind in _SECTIONS:
            f[f"section_{kind or 'none'}"] = float(section == kind)
        f["from_title"] = float(not in_text)
        f["nice"] = float(m.importance.value != "required")
        f["years"] = float(m.years is not None)
        n = len(words)
        f["one_word"] = float(n == 1)
        f["words"] = float(min(n, 6))
        f["acronym"] = float(bool(re.fullmatch(r"[A-Z0-9][A-Z0-9&+#./-]{1,9}s?", m.text.strip())))
        f["capitalised"] = float(m.text[:1].isupper() and not m.text.isupper())
        f["lower"] = float(m.text.islower())
        f["digit"] = float(any(c.isdigit() for c in m.skill))
        f["generic"] = sum(w in _GENERIC for w in words) / n if n else 1.0
        f["generic_head"] = float(bool(words) and words[-1] in STOP_HEADS)
        f["cert_head"] = float(bool(words) and words[-1] in CERT_HEADS)
        f["verb_first"] = float(bool(words) and is_verb(words[0]))
        f["ing"] = float(bool(words) and words[0].endswith("ing"))
        f["in_title"] = float(bool(words) and all(w in title_words for w in words))
        f["implied_by_title"] = float(entries[i] in implied)
        f["title_overlap"] = float(bool(words) and any(w in title_words for w in words))
        f.update(record_features(m, terms))
        f["mentions"] = math.log1p(folded.count(m.text.casefold())) if m.text else 0.0
        kinds = _kinds_named(folded, m.text.casefold(), index) if m.text else set()
        f["named_in_asks"] = float(bool(kinds & _ASKING))
        f["named_in_duties"] = float(context.DUTIES in kinds)
        f["position"] = m.start / length if in_text else 0.0
        others = [k for k in keys if k != key]
        f["inside_other"] = float(any(f" {key} " in f" {k} " for k in others))
        example, parent = brackets.get(id(m), (False, False))
        f["bracket_example"] = float(example)
        f["bracket_parent"] = float(parent)
        f["same_kind_beside"] = (
            math.log1p(same_kind.get((index.position(m.start), m.category), 1) - 1)
            if in_text
            else 0.0
        )
        f["holds_other"] = float(any(f" {k} " in f" {key} " for k in others))
        f["entry_again"] = float(first_of[entries[i]] != i)
        f["entry_siblings"] = math.log1p(siblings[entries[i]] - 1)
        f["or_alternative"] = float(id(m) in alternatives)
        f["asks_in_posting"] = asking
        if sentence is not None:
            f.update(_sentence_features(sentence, per_sentence.get(index.position(m.start), 0)))
            stext = sentence.text
            local = stext[max(0, m.start - sentence.start - 60) : m.end - sentence.start + 30]
            for name, pattern in _CUES:
                f[f"near_{name}"] = float(bool(pattern.search(local)))
            f.update(_line_kind(f, section))
            f["duty_beside_asks"] = f["line_duty_no_ask"] * asking
        out.append(f)
    return out


_ASKING = frozenset({context.REQUIRED, context.NICE})


def _line_kind(f: dict[str, float], section: str) -> dict[str, float]:
    """The section a line sits in read with its cue words (the asked-for model is linear, so it
    gets the pairs that tell a duty's tool from a requirement): a line that asks ("experience
    with", "must", "desirable", a licence) under the requirements or anywhere else, a line of
    the duties or opened by a verb that asks nothing, the employer speaking of itself."""
    asks = max(f.get(k, 0.0) for k in ("cue_asks", "cue_must", "cue_nice", "cue_credential"))
    asking = section in _ASKING
    return {
        "line_asks_in_asks": float(asking and asks > 0),
        "line_asks_elsewhere": float(not asking and asks > 0),
        "line_duty_no_ask": float(
            asks == 0
            and (section == context.DUTIES or (not asking and f.get("opens_verb", 0.0) > 0))
        ),
        "line_ours_no_ask": float(asks == 0 and f.get("cue_our", 0.0) > 0),
        "line_bare_in_asks": float(asking and asks == 0 and f.get("bullet_short", 0.0) > 0),
    }


def _kinds_named(folded: str, name: str, index: TextIndex) -> set[str]:
    """The kinds of section in which the text names this candidate, wherever it does (a skill
    named among the duties and again under the requirements is asked for)."""
    kinds: set[str] = set()
    at = folded.find(name)
    while at >= 0 and len(kinds) < 5:
        sentence = index.at(at)
        if sentence is not None:
            kinds.add(sentence.kind)
        at = folded.find(name, at + len(name))
    return kinds


@lru_cache(maxsize=256)
def _implied_entries(title: str) -> frozenset[str]:
    """The entries of the skills the title's occupation implies (a plumber's plumbing)."""
    occupation = occupation_for(title) if title else None
    return frozenset(entry_of(s) for s in occupation.skills) if occupation else frozenset()


@lru_cache(maxsize=256)
def _sentence_features(sentence: Sentence, skills: int) -> dict[str, float]:
    """What the sentence says around its skills (the same for each of them)."""
    stext = sentence.text
    f = {f"cue_{name}": float(bool(pattern.search(stext))) for name, pattern in _CUES}
    swords = stext.split()
    f["sentence_words"] = math.log1p(len(swords))
    f["sentence_skills"] = math.log1p(skills)
    f["list_items"] = math.log1p(len(_LIST_SEPARATORS.findall(stext)))
    f["bullet_short"] = float(len(swords) <= 6)
    first = swords[0].casefold().strip(",.:;•*-") if swords else ""
    f["opens_verb"] = float(is_verb(first))
    f["heading_colon"] = float(":" in stext[:40])
    f["boilerplate"] = float(context.is_boilerplate(stext))
    f["offered"] = float(context.is_offered(stext))
    return f
