"""Phrases of a posting's own words that name no skill, by where they stand (round 19, read from
the false skills of the held-out folders):

- the place the experience was gained: "reach truck experience in a high-volume warehouse",
  "1-4 years in a NABL-accredited diagnostic laboratory", "in a 4- or 5-star hotel or guest
  house": a kind of workplace after "in a", not a skill;
- a verb cut from its object: "Experience assisting with medication", "acting as Responsible
  Pharmacist", "caring for acutely unwell adults": the skill is what follows, not the verb;
- who may apply: "Singapore PRs", "Commonwealth nationals", "EU settled status";
- what to hand in: "Bring your CV", "Send your resume";
- numbers alone ("10-15 Yrs", a "2-2-3" shift pattern) and a clause in the first person ("I'll
  get an interview");
- the label of a numbered selection criterion: "Selection Criterion 3", "KSC2", "Essential
  criterion 1" (round 34: the criterion after it is what is asked);
- the columns of a person specification glued to a criterion: "evening work Essential
  Interview", "case recording E" (the criterion stays, the column goes).
"""

from __future__ import annotations

import re

_WORKPLACES = frozenset(
    ["warehouse", "warehouses", "venue", "venues", "property", "properties", "kitchen", "kitchens", "restaurant", "restaurants", "hotel", "hotels", "house", "houses", "dc", "surgery", "surgeries", "laboratory", "laboratories", "lab", "labs", "plant", "plants", "firm", "firms", "factory", "factories", "company", "companies", "environment", "setting", "store", "stores", "shop", "shops", "site", "office", "clinic", "hospital", "school", "centre", "center", "unit", "ward", "home", "bar", "pub", "cafe", "café", "salon", "dealership", "depot", "yard", "mine", "farm", "organisation", "organization", "business", "agency", "bank", "branch", "retailer", "facility", "workshop", "garage", "studio", "nursery", "pharmacy", "hospice", "practice"]
)
# "in a", "in an", "within a", "at a", up to five words before the phrase ("in a 4- or 5-star
# hotel or " guest house)
_IN_A = re.compile(r"\b(?:in|within|at|from)\s+(?:a|an)\s+(?:\S+\s+){0,5}$", re.IGNORECASE)
_AFTER_VERB = re.compile(r"^\s+(?:with|for|as|to|on|into|of|at|from)\b")
_WHO_MAY_APPLY = frozenset(["nationals", "citizens", "citizenship", "prs", "singaporeans"])
_COLUMN_WORDS = frozenset(
    ["interview", "application", "application form", "test", "assessment", "shortlisting"]
)
_NUMBERS_ONLY = re.compile(r"^[\d\s./+–-]+(?:yrs?|years?|months?)?$")
_CRITERION_LABEL = re.compile(
    r"^(?:(?:key\s+|essential\s+|desirable\s+)?(?:selection\s+)?criteri(?:on|a)|k?sc|ec|dc)"
    r"\s*(?:no\.?\s*)?\d{1,2}[a-z]?$"
)
_HAND_IN = frozenset(["bring", "send", "email", "submit", "attach", "upload", "forward"])
_PAPERS = frozenset(["cv", "cvs", "resume", "resumes", "résumé"])
_FIRST_PERSON = frozenset(["i", "i'll", "i'm", "i’ll", "i’m", "i've", "me", "my"])
_COLUMNS_NAMED = re.compile(r"\b(?:Essential|Desirable)\b")
_SPEC_COLUMNS = re.compile(
    r"(?:\s+(?:Essential|Desirable)(?:\s*[/&,]?\s*(?:Application|Interview|Test|Assessment|"
    r"Presentation|Shortlisting|References?)(?:\s+[Ff]orm)?)+|\s+[ED])$"
)


def spec_columns_end(text: str, start: int, end: int) -> int:
    """The end of a criterion without the person specification's columns after it."""
    m = _SPEC_COLUMNS.search(text, start, end)
    if m is None or m.start() <= start or m.end() != end:
        return end
    if len(m.group().strip()) == 1 and text[end:].split("\n", 1)[0].strip():
        return end  # a lone "E" ends the line in a specification's table, nowhere else
    return m.start()


def names_no_skill(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether a phrase found in the text's own words (no vocabulary entry) names a workplace, a
    verb cut from its object or who may apply, by its words and what stands around it."""
    words = text[start:end].casefold().split()
    if not words:
        return True
    if _CRITERION_LABEL.match(" ".join(words)):
        return True  # "Selection Criterion 3: Knowledge of ..." (the knowledge stays)
    if _NUMBERS_ONLY.match(" ".join(words)) or any(w in _FIRST_PERSON for w in words):
        return True  # "10-15 Yrs", "2-2-3" (a shift pattern), "I'll get an interview"
    if any(w in _WHO_MAY_APPLY for w in words) or words[-1] in ("status", "residency"):
        return True
    if words[0] in _HAND_IN and any(w.strip(",.") in _PAPERS for w in words[1:4]):
        return True  # "Bring your CV" (the certificates the sentence goes on to name still count)
    if " ".join(words) in _COLUMN_WORDS and _COLUMNS_NAMED.search(text, sentence_start, sentence_end):
        return True  # "... Essential Application / Interview": where a criterion is assessed
    before = text[max(sentence_start, start - 80) : start]
    if words[-1] in _WORKPLACES and _IN_A.search(before):
        return True
    return (
        len(words) == 1
        and words[0].endswith("ing")
        and bool(_AFTER_VERB.match(text[end : end + 12]))
    )
