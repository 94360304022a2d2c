"""Whether a phrase names a skill as a reader lists one, and which vocabulary entry it names: not a
clause, a time, an amount, a person or a plain word alone; a phrase that says more than the
vocabulary's mention inside it ("SAP B1", "methadone dispensing") names a skill of its own."""

from __future__ import annotations

import re

from bounceback.domain.skills import Skill, SkillMatch, SkillSource
from bounceback.skills.nonskills import CERT_HEADS, STOP_HEADS, STOP_PHRASES
from bounceback.skills.phrasespans import WORD, adjective
from bounceback.skills.verbs import is_verb
from bounceback.skills.vocabulary import Vocabulary

_MAX_WORDS = 6
_VAGUE_HEADS = frozenset(
    ["issues", "tasks", "duties", "work", "activities", "matters", "needs", "requirements", "experience", "knowledge", "skills", "role", "roles", "environment", "environments", "setting", "settings", "principles", "practices", "concepts", "strategies", "techniques", "methods", "processes", "procedures", "policies", "areas", "aspects", "training", "teaching", "monitoring", "portfolio", "support", "delivery", "services", "service", "duties"]
)
_CREDENTIALS = frozenset(
    ["certification", "certificate", "licence", "license", "card", "ticket", "registration", "qualification"]
)


# First words of a phrase that describe something said beside a skill, not the skill itself.
_VAGUE_LEADS = frozenset(
    [
        "similar", "ideally", "preferably", "reliable", "busy", "related", "next", "no", "speed",
        "other", "such", "certain", "specific", "own", "any", "various", "new", "additional",
        "further", "general", "appropriate", "relevant", "different", "same", "main", "key",
        "you", "we", "another", "through",
    ]
)


# Words no name of a skill holds: a clock time, a day of the week, a length of service, and the
# column heads of a person specification read into the line ("Desirable Assessed by").
_NOT_A_SKILL = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b"
    r"|\b(?:years?|months?|weeks?)['’]s?(?!\w)|\b(?:desirable|assessed)\b",
    re.IGNORECASE,
)


# A modal verb makes a clause of a phrase, never a name ("so would", "that would").
_MODAL = re.compile(r"\b(?:would|could|should|shall|might|must|can't|won't|wouldn't)\b")


# Words before a known name that say whose or how often, not which: "the company CRM".
_NOT_NAMING = frozenset(
    ["company", "internal", "existing", "in-house", "bespoke", "proprietary", "daily", "weekly",
     "monthly", "annual", "good", "basic", "strong", "solid", "sound", "excellent", "fluent",
     "our", "your", "their", "the", "a", "an", "any", "all", "relevant", "latest", "modern"]
)
# Words before a mention that join it to a verb or a preposition rather than name a narrower
# skill (round 29): "Scripting in Python" is Python, "speak Mandarin" is Mandarin.
_JOINING = frozenset(
    ["in", "of", "with", "for", "on", "at", "to", "and", "or", "via", "through", "into", "from",
     "using", "use", "uses", "speak", "speaks"]
)


def skill_like(phrase: str) -> bool:
    words = WORD.findall(phrase)
    if not words or len(words) > _MAX_WORDS or len(phrase) > 60:
        return False
    folded = [w.casefold().strip(".'’") for w in words]
    last = folded[-1]
    if " ".join(folded) in STOP_PHRASES or last in STOP_HEADS:
        return False
    if len(folded) == 1 and (
        last + "s" in STOP_PHRASES or last + "s" in STOP_HEADS or last in CERT_HEADS
    ):
        return False
    if all(w in STOP_PHRASES for w in folded):
        return False
    if re.search(r"\d{3,}|[£$€₹]|%", phrase) and not re.search(
        r"[A-Za-z]{2,}\s?\d|\d[A-Za-z]", phrase
    ):
        return False
    if re.match(
        r"\d[\d,.]*\s*(?:k|kg|lbs?|pounds|points|mph|miles|hours?|wpm|words)\b", phrase, re.I
    ):
        return False
    if re.match(
        r"(?:under|over|up to|above|below|less than|more than|at least)\s+\d", phrase, re.I
    ):
        return False
    if re.match(r"(?:team|group|range|variety|number|lots|plenty|part|one|all) of\b", phrase, re.I):
        return False  # "team of four chefs"
    if re.match(r"\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)", phrase, re.I):
        return False  # "11:30 PM"
    if _NOT_A_SKILL.search(phrase):
        return False  # "Sunday 09:00", "pharmacy trades Monday", "years' commercial backend"
    if _MODAL.search(phrase):
        return False  # a clause of prose: "and so would experience of...", "as would a..."
    if len(folded) == 1 and folded[0].endswith("ly"):
        return False  # "accurately", "safely"
    if folded[0] in _VAGUE_LEADS:
        return False  # "similar ticketing tool", "reliable car", "next steps", "ideally SaaS"
    if len(words) > 3 and phrase.islower():
        return False  # a clause, not a name: "floor scrubbing using rotary", "go the extra mile"
    if re.search(r"\b\d+(?:\.\d+)?\s+[a-z]", phrase) and not re.search(r"[A-Z]\w*\s?\d", phrase):
        return False  # an amount: "speed of 40 wpm", "6 points"; not "Level 3", "Cat 6 cabling"
    if len(folded) == 1 and (len(phrase) < 3 and not phrase.isupper()):
        return False
    single_verb = is_verb(words[0]) and words[0].islower() and not folded[0].endswith("ing")
    return not (len(folded) == 1 and single_verb)


# A version or release after a tool's name: "2023", "V5", "v19", "3.11", "R2024b", "21".
_VERSION = re.compile(
    r"\s+(?:(?:19|20)\d\d(?:\s?R\d)?|[vV](?:ersion\s*)?\d{1,3}(?:\.\d{1,3})*|\d{1,3}(?:\.\d{1,3})+|"
    r"R?(?:19|20)\d\d[ab]?|\d{1,2})"
)
_TOOL_CATEGORIES = re.compile(r"software|design|programming|cloud|data|web", re.IGNORECASE)


def version_only(rest: str, mention: SkillMatch) -> bool:
    """Whether what follows a vocabulary name is only its version or release: "SolidWorks 2023",
    "CATIA V5", "Python 3.11"; a bare small number ("Minitab 21") only after software (a "Class
    2" or "Level 3" names more)."""
    hit = _VERSION.fullmatch(rest)
    if hit is None or mention.source is SkillSource.TEXT:
        return False
    bare = rest.strip().isdigit() and len(rest.strip()) <= 2
    return not bare or bool(_TOOL_CATEGORIES.search(mention.category))


def names_more(phrase: str, mention: SkillMatch) -> bool:
    """Whether a phrase names a skill more exactly than the mention inside it: the mention's
    name with its model or edition ("SAP B1"), or a noun before it that makes a skill of its
    own ("methadone dispensing", "till reconciliation"); not a describing word ("high-volume
    bartending", "structural steel fabrication" are bartending and fabrication)."""
    if phrase.startswith(mention.text):
        if version_only(phrase[len(mention.text) :], mention):
            return False  # "SolidWorks 2023", "CATIA V5", "Python 3.11" are the tool
        rest = WORD.findall(phrase[len(mention.text) :])
        if rest and all(w.casefold() in _CREDENTIALS for w in rest):
            # "local anesthesia certification" is a credential; "ACLS certification" is ACLS
            return mention.text.islower()
        if rest and rest[0] in ("of", "for", "in", "to", "and", "or", "with", "on"):
            return False  # "visual inspection of welds" is visual inspection
        if mention.text.islower() and 0 < len(rest) <= 2 and all(w.islower() for w in rest):
            # a common noun before a new head: "fluoride varnish", "switchboard upgrades";
            # but "Kafka pipelines" are Kafka, and "employee relations issues" are its issues
            return not any(w in _VAGUE_HEADS for w in rest)
        return 0 < len(rest) <= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in rest)
    if not phrase.endswith(mention.text):
        return False
    before = phrase[: len(phrase) - len(mention.text)].split()
    titled = mention.text[:1].isupper() and not mention.text.isupper()
    return 0 < len(before) <= 2 and all(
        (w.islower() or w.isupper() or w[:1].isdigit() or (titled and w[:1].isupper()))
        and "-" not in w[:-1]
        and not adjective(w)
        and w.casefold() not in _NOT_NAMING
        and w.casefold() not in _JOINING
        for w in before
    )  # "methadone dispensing", "Standard First Aid"


def bare_word(match: SkillMatch) -> bool:
    """One plain word the vocabulary does not know ("payment", "kitchens", "datasets") is
    seldom what a reader lists; a skill's name in one word is usually a gerund or a field
    ("mopping", "phonics", "pharmacology") or written as a name."""
    name = match.skill
    return (
        match.source is SkillSource.TEXT
        and " " not in name
        and name.islower()
        and not re.search(r"(?:ing|ics|ogy|ery|ism)$", name)
    )


def listed(text: str, match: SkillMatch, ends: set[int]) -> bool:
    """A word in a list beside another skill: "fluoride varnish and sealants"."""
    before = text[max(0, match.start - 8) : match.start]
    joint = re.search(r"(?:,\s*(?:and|or)?|\s(?:and|or|&))\s*$", before)
    return joint is not None and (match.start - len(joint.group())) in ends


def entry_for(vocabulary: Vocabulary, phrase: str) -> Skill | None:
    """The vocabulary entry a phrase names ("communication skills" -> communication)."""
    key = " ".join(phrase.split())
    for candidate in (key, re.sub(r"\s+(skills?|experience|knowledge)$", "", key, flags=re.I)):
        skill = vocabulary.get(candidate)
        if skill is None and candidate.endswith("s") and len(candidate) > 4:
            skill = vocabulary.get(candidate[:-1])
        if skill is None:
            continue
        if (skill.case_sensitive or skill.needs_context) and candidate not in skill.forms:
            continue  # "DBT" (a therapy) is not dbt (the data tool): names matched as written
        if _written_otherwise(skill, candidate):
            continue  # "a good eye" is not EYE (early years education)
        return skill
    return None


def _written_otherwise(skill: Skill, candidate: str) -> bool:
    """Whether the only forms of `skill` the candidate spells are matched as written and the
    candidate writes them otherwise."""
    folded = candidate.casefold()
    forms = [f for f in skill.form_rules() if f.text.casefold() == folded]
    return bool(forms) and all(f.case_sensitive and f.text != candidate for f in forms)


def without_expansion(name: str) -> str:
    """ "Low Voltage Rescue (LVR)" -> "Low Voltage Rescue": the short name in brackets spells
    the words before it (the evidence keeps both)."""
    m = re.fullmatch(r"(.+?)\s*\(([A-Z][A-Za-z]{1,7})s?\)", name)
    if not m:
        return name
    words = [
        w
        for w in re.split(r"[\s-]+", m.group(1))
        if w.casefold() not in ("of", "and", "&", "the", "for", "in")
    ]
    initials = "".join(w[0] for w in words).upper()
    return m.group(1) if initials.endswith(m.group(2).upper()) else name


def proper_name(name: str) -> bool:
    """A name whose later words are capitalised too ("Standard First Aid", "Flight Curriculum")."""
    words = name.split()
    return any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:])
