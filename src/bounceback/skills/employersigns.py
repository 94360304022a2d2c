"""The employer an informal posting names only in passing (round 29): at the end of the line that
says how to apply ("Apply: jobs@tasmanclean.com.au – Tasman Commercial Cleaning", "Apply in
person: 1400 Greg St, Sparks NV – Silver State Logistics"), in a sign-off ("- the Saltbush Café
crew", "The team at Copper Kettle Bistro"), in a sentence that describes it before it offers the
job ("Fenwick & Daughters, a family bakery since 1962, is looking for ...") or in a hashtag
("#HarlowKitchen" beside "#NowHiring"). Each is read only when the posting's header named no
employer.
"""

from __future__ import annotations

import re

from bounceback.places import is_place
from bounceback.skills.headerwords import RECRUITER, is_job, orgish
from bounceback.skills.squeezednames import fold, written_name

_NAME = r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w&'’.é-]*(?:\s+(?:[A-Z&][\w&'’.é-]*|of|and|on|the)){0,5})"
# "Apply: jobs@x.com.au – Tasman Commercial Cleaning", "Apply in person: 1400 Greg St – Silver State"
_APPLY_DASH = re.compile(
    rf"^\W*(?i:apply|applications?|to apply|send (?:your|a) (?:cv|resume|résumé))\b.*\s[–—-]\s+{_NAME}"
    r"\s*[.!]?\s*$"
)
# "- the Saltbush Café crew ☕", "— The Harbour Lane Bistro team", "The team at Copper Kettle Bistro"
_CREW = re.compile(
    rf"^\W*(?:[Tt]he\s+)?{_NAME}\s+(?i:crew|team|family|gang|whānau|mob)\b\W*$"
)
_TEAM_AT = re.compile(rf"^\W*(?i:the|from the|love,? the|cheers,? the)?\s*(?i:team|crew)\s+(?i:at|@)\s+{_NAME}\W*$")
# "Fenwick & Daughters, a family bakery since 1962, is looking for a line cook"
_APPOSITIVE = re.compile(
    rf"(?:^|[.!]\s+){_NAME},\s+(?:a|an|the|one of)\s[^,]{{3,80}},\s+(?:is|are)\s+"
    r"(?:now\s+)?(?:looking|hiring|seeking|recruiting|after|searching)\b"
)
_HASHTAG = re.compile(r"(?<![\w#])#([A-Z][a-z]+(?:[A-Z][a-z]+|&){1,4})\b")
# the words of a hashtag that say hiring, not who hires
_TAG_WORDS = re.compile(
    r"^(?:now|we|are|re|hiring|hire|jobs?|careers?|work|apply|join|team|vacancy|vacancies|"
    r"recruiting|recruitment|wanted|opportunity|opening|local|life|love|family|crew|today|"
    r"new|role|roles|alert|career|staff|help|needed)$",
    re.I,
)


def _fits(name: str) -> bool:
    name = name.strip()
    return (
        orgish(name)
        and not is_place(name)
        and not is_job(name)
        and not RECRUITER.search(name)
        and not re.search(r"@|\d|www\.", name)
    )


def _bare(name: str) -> str:
    return re.sub(r"^[Tt]he\s+(?=\S+\s+\S)", "", name.strip(" .,!")).strip()


def signed_employer(lines: list[str]) -> str:
    """The employer an apply line ends with, a sign-off names or a describing sentence opens."""
    texts = [ln.strip() for ln in lines if ln.strip()]
    for line in texts:
        m = _APPLY_DASH.match(line)
        if m and _fits(_bare(m.group("name"))):
            return _bare(m.group("name"))
    for line in texts[-6:]:
        m = _CREW.match(line) or _TEAM_AT.match(line)
        if m and _fits(_bare(m.group("name"))) and len(line.split()) <= 8:
            return _bare(m.group("name"))
    for line in texts[:30]:
        m = _APPOSITIVE.search(line)
        if m and _fits(m.group("name")):
            return m.group("name").strip()
    return hashtag_employer(texts)


def hashtag_employer(texts: list[str]) -> str:
    """"#HarlowKitchen" among "#NowHiring #BristolJobs": the name its words spell, once the
    hiring words are left out; "" when none is left or what is left is a place or a job."""
    for line in texts:
        for m in _HASHTAG.finditer(line):
            words = re.findall(r"[A-Z][a-z]+|&", m.group(1))
            kept = [w for w in words if not _TAG_WORDS.match(w)]
            if len(kept) < 2 or len(kept) != len(words) and words[0] not in ("Join", "Team"):
                continue  # "#BristolJobs", "#CafeLife": a place, a trade, a hashtag's words
            name = " ".join(kept)
            # the text's own spelling: "#McAllistersBakery" is "McAllister's Bakery"
            name = written_name(fold(name), texts, whole=True) or name
            if _fits(name):
                return name
    return ""
