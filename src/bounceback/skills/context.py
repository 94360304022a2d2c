"""What a posting's words mean where they stand: sections, boilerplate, negation, addresses.

A skill named under "Benefits", "About us", "Equal opportunity" or "How to apply" is not asked
of the candidate ("mentoring for new starters", "interviews may be held on Microsoft Teams");
neither is one that is negated ("Non CDL", "no experience necessary", "bilingual requirement?
No"). Email addresses and web addresses are blanked before matching (".net" in an address is
not .NET). Letters after "grades" are grades, not the C language. Spans that name a unit, a
law, a line manager, a tool provided or a list of state codes are told apart in `notasked`.
"""

from __future__ import annotations

import re

from bounceback.skills.askheadings import ASKING_HEADINGS
from bounceback.skills.policyheadings import POLICY_HEADINGS

# Section kinds. Skills count in REQUIRED, DUTIES, NICE, ROLE and OTHER; never in the rest.
REQUIRED, DUTIES, NICE, ROLE, OTHER = "requirements", "duties", "nice_to_have", "role", ""
BENEFITS, COMPANY, EEO, APPLY = "benefits", "about_us", "equal_opportunity", "how_to_apply"
# the statutory paragraphs of a formal posting: "Health and Safety", "Safeguarding" (round 33)
POLICIES = "policies"
SILENT = frozenset({BENEFITS, COMPANY, EEO, APPLY, POLICIES})
# A board's summary block ("Job highlights", "At a glance") holds the employer's selling points
# on one board (SEEK: "Above-award pay", "Supportive team") and the requirements on another
# (Naukri: "2-5 yrs in QC, HPLC mandatory"), often both: each line is read by its content.
HIGHLIGHTS = "highlights"
# A heading over a list whose lines carry their own marks names both ("Essential and desirable
# criteria"): it asks for the list and wishes for nothing itself.
BOTH_MARKS = re.compile(r"\bessential\b.*\bdesirable\b|\bdesirable\b.*\bessential\b", re.I)

_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (HIGHLIGHTS, r"^(?:job |key |role )?(?:highlights|at a glance)$"),
        (POLICIES, POLICY_HEADINGS),  # "Health and Safety", "Safeguarding": see policyheadings
        (REQUIRED, BOTH_MARKS.pattern),
        (REQUIRED, ASKING_HEADINGS),  # "What you will need", "Your profile": see askheadings
        (
            NICE,
            r"\b(nice[- ]to[- ]haves?|desirable|preferred|bonus|a plus|pluses|good to have|"
            r"advantageous|ideal(ly)?|extra credit|would be great|optional|not required but|"
            r"assets?|set you apart|stand out|bonus points|great to have|helpful|"
            r"preferred qualifications|additional skills)\b",
        ),
        (
            EEO,
            r"\b(equal (employment )?opportunit\w*|eeo|diversity|inclusion|equality|"
            r"disability confident|reasonable adjustments?|accommodations?|our commitment|"
            r"e-?verify|right to work|sponsorship|data protection|privacy)\b",
        ),
        (
            REQUIRED,
            r"\b(requirements?|qualifications?|essential|must[- ]haves?|you (will )?have|"
            r"you need|what you need|what we('re| are) looking for|who you are|about you|"
            r"skills|experience|minimum|required|person specification|competenc\w*|"
            r"criteria|knowledge|what you bring|what you('ll)? bring|you are|"
            r"the ideal candidate|ideal candidate|we('re| are) looking for|who should apply|"
            r"to be successful|you should have|eligibility|licen[cs]es?|certifications?|"
            r"candidate profile|desired profile|key skills|tickets)\b",
        ),
        (
            BENEFITS,
            r"\b(benefits?|perks|what we offer|we offer|what'?s in it for you|rewards?|"
            r"compensation|pay and benefits|salary and benefits|why (join|work|drive|choose)|"
            r"why [A-Z][\w&'’-]*\w(?:\s+[A-Z][\w&'’-]*\w){0,3}(?=\??$)|"
            r"what you('ll)? get|package|our offer|in return|you('ll)? receive|"
            r"we('ll)? give you|employee perks|pay|salary|on offer|why you('ll| will) love|"
            r"the package|what'?s in it)\b",
        ),
        (
            DUTIES,
            r"\babout (you|the role|the job|the position|this role|this job|the opportunity|"
            r"the post)\b",
        ),
        (
            COMPANY,
            r"\b(about\b|who we are|our (story|mission|values|culture|company|client|"
            r"organi[sz]ation)|company (overview|description|profile)|employer (details|"
            r"description|name)|the company|life at|why us|working for (our|the|us)|"
            r"working at)",
        ),
        (
            APPLY,
            r"\b(how to apply|to apply|application process|apply now|apply today|next steps|"
            r"closing date|interview (process|date)s?|contact( us| details| information)?|"
            r"recruitment process|hiring process|what happens next|selection process|"
            r"apply|further (information|details)|informal (discussions?|enquiries)|"
            r"additional information|conditions of employment|how you will be evaluated|"
            r"employer questions|application questions?|screening questions|"
            r"application question\(s\)|the employer is asking these questions|"
            r"your application will include the following questions)\b",
        ),
        (
            DUTIES,
            r"\b(responsibilit\w*|duties|what you('ll)? do|the role involves|day[- ]to[- ]day|"
            r"what you('ll| will) be doing|what you will do|a day in the life|your day|"
            r"what the role involves|key duties|you('ll| will) be|the work|"
            r"key (tasks|accountabilities)|accountabilities|you will|your role|main duties|"
            r"in this role|tasks|what the job involves|the job|job (summary|purpose|"
            r"description|details|overview)|role (summary|purpose|overview)|position "
            r"(summary|overview)|the role|overview|summary|description)\b",
        ),
    )
)

# Sentences that are boilerplate wherever they stand.
_BOILERPLATE = re.compile(
    r"\b(equal (employment )?opportunit\w*|equal-opportunity|we are an equal|eeo\b|"
    r"without regard to|regardless of (race|age|gender|sex|religion|disability)|"
    r"protected (veteran|characteristic)|reasonable (adjustment|accommodation)s?|"
    r"disability confident|accommodations? (are|is) available|interviews? (may|will|might|could) (be )?(take place|held|"
    r"conducted|via|on|by)|(held|conducted|take place) (via|on|over|using) (microsoft )?"
    r"(teams|zoom|video)|via (microsoft )?teams|click apply|apply (now|today|online|here|via|"
    r"through)|to apply,|please apply|send (your|a) (cv|resume|application)|"
    r"submit (your|an) (cv|resume|application)|visit (our|the) (website|careers)|"
    # an informal posting's way in: "Apply in person or message us on Facebook", "DM us"
    r"apply in person|(message|dm|inbox|pm) us\b|"
    r"follow us|find out more|closing date|we reserve the right|"
    r"(staff )?bank recruitment team|recruitment team|talent (acquisition )?team|"
    r"we offer|we provide|(?<!help )(?<!helps )you('ll| will)? (receive|get|enjoy)|"
    r"benefits? (include|package)|"
    r"our benefits|employee (assistance|discount)|(company|staff) discount|"
    r"pension (scheme|plan)|health insurance|dental insurance|401\(?k\)?|paid time off|"
    r"annual leave|holiday entitlement|cycle to work|free (meals?|parking|uniform)|"
    r"we are committed to|we value|we welcome applications|we encourage applications|"
    r"(is|are) committed to (equality|diversity|inclusion|equal)|equality,? diversity|"
    # the employer's safeguarding statement (round 33), not "experience of safeguarding adults"
    r"(is|are) (fully )?committed to (the )?safeguarding|share (this|that|our) commitment|"
    r"the post holder will be (required|expected) to undertake|"
    r"founded in|our mission|we('re| are) (proud|a leading|one of)|"
    r"this vacancy (may|will) close|right to work in|visa sponsorship|e-?verify|"
    r"privacy (notice|policy)|data protection|informal (enquiries|inquiries|discussions?)|"
    r"for (an? )?(informal|confidential|friendly|quick|initial|no-obligation) (chat|discussion|"
    r"conversation|call|enquir\w+)|"
    r"click\s*[\"“']?apply|for (an informal|more information|further "
    r"(information|details)),? (please )?(contact|call|email|speak)|"
    # how to get in touch: "Call Darren on 0400 555 217", "call recruiting at 214-555-0176",
    # "Or WhatsApp 072 555 0148"
    r"call (\w+ )?(at|on) \+?\(?\d[\d ()-]{5,}|whats ?app (us )?(on )?\+?\d[\d ()-]{5,})\b",
    re.IGNORECASE,
)
# What a skill needs to be (or to be made) part of a benefit rather than a requirement:
# "we offer training in X", "X training provided", "support to gain your X".
_OFFERED = re.compile(
    r"\b(we('ll| will)? (provide|offer|pay for|fund|support)|(is|are|will be) provided|"
    r"(full|paid|on[- ]the[- ]job) training|training (is |will be )?provided|we train|"
    r"will train|opportunit(y|ies) to (gain|learn|develop|complete|achieve|work towards)|"
    r"support(ed)? (you )?to (gain|achieve|complete|obtain)|funded|sponsor(ed)?)\b",
    re.IGNORECASE,
)

_NEG_BEFORE = re.compile(
    r"(?:\b(?:no|non|not|without|never|nor|neither|don'?t need|do not need|doesn'?t need|"
    r"does not need|no need for|not needed|not necessary|isn'?t required|is not required|"
    r"no prior|no previous|no formal)\b[\s-]*(?:\S+\s+){0,3}$)|(?:\bnon-?\s*$)",
    re.IGNORECASE,
)
_NEG_AFTER = re.compile(
    r"^[^.;:!?\n]{0,40}?\b(not (required|needed|necessary|essential|a requirement|mandatory)|"
    r"is not needed|isn'?t (required|needed|necessary)|are not (required|needed|necessary)|"
    r"aren'?t (required|needed|necessary)|(are|is) optional|unnecessary)\b"
    r"|^[^.;:!?\n]{0,40}?\b(?:is|are) not accepted\b"
    r"|^\s*(requirement|required|needed)?\s*[?:]\s*(no|none|n/a|not required)\b",
    re.IGNORECASE,
)
# "moffett/forklift experience is a bonus but not required": wished for, not denied; so are
# "(Punjabi, Tagalog or Spanish) is helpful on the floor but definitely not required" and
# "Fluency in Irish or Polish is a nice extra but not essential"
_WISHED_NOT_REQUIRED = re.compile(
    r"\b(?:bonus|plus|advantage\w*|desirable|preferred|helpful|welcome|beneficial|asset|"
    r"nice to have|useful|handy|extra)\b(?:\s+(?!not\b)[\w'-]+){0,4}?[\s,]*(?:but|though|although)?\s*"
    r"(?:is\s+|are\s+)?(?:definitely\s+|strictly\s+|absolutely\s+|certainly\s+)?"
    r"not (?:required|needed|necessary|essential|a requirement|mandatory)\b",
    re.IGNORECASE,
)
_NEG_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(but|however|although|though|and)\b", re.IGNORECASE)
_GRADES = re.compile(
    r"(\bgrades?\s*(?:[A-G9]\*?\s*(?:[-–/]|to|or|and|,)\s*)*$|"
    r"\b[A-G]\*?\s*(?:[-–]|to)\s*$|\bgrade\s*$|\bgrades?\s+[A-G]\*?\s*(?:[-–/]|to)\s*$)",
    re.IGNORECASE,
)
_GRADE_AFTER = re.compile(
    r"^\s*(?:grades?\b|\s*(?:[-–]|to)\s*[A-G]\*?\b|\s*or above\b|\s*or higher\b)", re.IGNORECASE
)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>()\"']+|"
    r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|uk|io|gov|edu|nhs\.uk|com\.au|ie|ca)"
    r"(?:/[^\s<>()\"']*)?(?![\w.])"
)


# The facts a job board shows beside a posting ("Department: Sales & Business Development",
# "Role Category: Retail & B2C Sales", "Industries" over "Security and Investigations"): the
# employer's sector and the job's terms, never a skill asked of the candidate.
_FACT_LABELS = (
    r"department|industry(?: type)?|industries|role category|functional area|job function|"
    r"seniority(?: level)?|employment type|job type|sector|job category|"
    r"division|agency|open & closing dates|open and closing dates|closing date|"
    r"pay scale(?: & grade)?|grade|appointment type|work schedule|shift and schedule|schedule|"
    r"shift|salary|pay|travel required|relocation expenses reimbursed|remote job|"
    r"telework eligible|openings|applicants|posted|date posted|job id|reference|ref|"
    r"contract type|benefits|perks|company size|company type|headquarters|founded|website|"
    r"venue|walk-?in(?: interview)?s?|walk in(?: interview)?s?|interview (?:date|venue|time)s?|"
    r"job id|req(?:uisition)? id|vacancy (?:id|reference|ref|number)|job reference|job ref"
)
_FACT_LINE = re.compile(rf"^\s*[*_#]*\s*(?:{_FACT_LABELS})\s*[*_]*\s*[:：]", re.IGNORECASE)
_FACT_LABEL = re.compile(rf"^\s*[*_#]*\s*(?:{_FACT_LABELS})\s*[*_:]*\s*$", re.IGNORECASE)


def job_fact(text: str, start: int) -> bool:
    """Whether the line at `start` is one of a job board's facts: "Label: value", or a value
    under a label of its own line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if _FACT_LINE.match(line) or _FACT_LABEL.match(line):
        return True
    before = text[:line_start].rstrip("\n \t\r")
    previous = before[before.rfind("\n") + 1 :]
    return bool(previous) and bool(_FACT_LABEL.match(previous))


def blank_addresses(text: str) -> str:
    """The text with email and web addresses replaced by spaces (positions are kept)."""
    if "@" not in text and "." not in text:
        return text
    for pattern in (_EMAIL, _URL):
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def heading_kind(heading: str) -> str:
    """The kind of section a heading opens ("Desirable:" -> nice_to_have)."""
    text = heading.strip().strip("#*:_ ").strip()
    if not text:
        return OTHER
    for kind, pattern in _HEADINGS:
        if pattern.search(text):
            return kind
    return OTHER


def cue_inside_name(text: str) -> bool:
    """Whether every heading word of a name of three or more words stands inside it, neither
    first nor last ("Transport Assets Victoria": an employer, not an "Assets" heading)."""
    text = text.strip()
    if len(text.split()) < 3:
        return False
    spans = [m.span() for _kind, pattern in _HEADINGS for m in pattern.finditer(text)]
    return bool(spans) and all(a > 0 and b < len(text) for a, b in spans)


# A link to the job description's file, a name to ask for at the door.
_ASIDE = re.compile(
    r"\((?:pdf|docx?|rtf|odt),?\s*\d+(?:\.\d+)?\s*[km]b\)|"
    r"^ask for [A-Z][a-z]+(?:\s+(?:or|and)\s+[A-Z][a-z]+)?\W*$",
    re.I,
)


# What makes a highlight a requirement: years, a must, a credential, a skill word.
_ASKS = re.compile(
    r"\b(?:\d+\s*(?:\+|-\s*\d+)?\s*(?:years?|yrs?)(?![\s-]*old)|experience|experienced|must|"
    r"mandatory|required|essential|knowledge|skills?|proficien\w+|hands-on|certified|certificat\w+|"
    r"licen[cs]ed?|qualified|qualification|degree|diploma|graduate|ability|able to|"
    r"B\.?\s?(?:Com|Sc|Tech|Pharm|E)|M\.?\s?(?:Com|Sc|Tech|Pharm|BA)|MBA|MSW)\b",
    re.IGNORECASE,
)


def highlight_kind(sentence: str) -> str:
    """A line under "Job highlights": a requirement when it asks something, else a perk."""
    return REQUIRED if _ASKS.search(sentence) else BENEFITS


def is_boilerplate(sentence: str) -> bool:
    return bool(_BOILERPLATE.search(sentence) or _ASIDE.search(sentence))


def is_offered(sentence: str) -> bool:
    return bool(_OFFERED.search(sentence))


# The employer describing itself: "We pride ourselves on professionalism", "Our drivers are
# family", or a sentence whose subject, the employer's name, was blanked ("[Ironclad]
# provides uniformed security to hospitals...").
_SELF_DESCRIPTION = re.compile(
    r"^(?:we|we're|we’re|our (?:company|business|firm|team|people|organi[sz]ation|group|"
    r"mission|values|story|clients?|customers?|history))\s+(?:are|is|have|has|were|was|"
    r"pride|provide|offer|serve|operate|specialise|specialize|deliver|believe|value|"
    r"work with|employ|support|care|began|started|grew|continue|help|an?|one)\b",
    re.IGNORECASE,
)
_NAME_BLANKED = re.compile(
    r"^(?:provides|offers|serves|operates|specialises|specializes|delivers|employs|supplies|"
    r"manufactures|designs|builds|has been|have been|was founded|is a|is an|is one|is the|"
    r"are a|are an|are one|is proud|is part|is committed|is growing|prides itself|runs|powers|"
    r"makes|develops|produces|owns|sells|distributes|partners with|works with|helps)\b"
)
_ASKING_US = re.compile(
    r"\b(?:looking for|seeking|hiring|recruiting|need|require|want|expect|ask|searching)\b", re.I
)


def describes_employer(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] is the employer describing itself ("We pride
    ourselves on professionalism", "[Acme] provides uniformed security to hospitals": the
    employer's name is blanked before skills are read), which asks nothing of anyone."""
    sentence = text[start:end]
    wrapped = text.rfind("\n", 0, start)
    if sentence[:1].islower() and start == wrapped + 1 and text[wrapped - 1] not in ".!?:;\n":
        # a line wrapped mid-sentence ("... through 31 branches,\nthe Harbourline app and our
        # contact centre."): the sentence began on the line before
        line_start = text.rfind("\n", 0, wrapped) + 1
        stop = max(text.rfind(". ", line_start, wrapped) + 2, line_start)
        while stop < wrapped and text[stop] == " ":
            stop += 1
        return 0 < stop < wrapped and describes_employer(text, stop, wrapped)
    if _SELF_DESCRIPTION.match(sentence):
        return not _ASKING_US.search(sentence)
    line_start = text.rfind("\n", 0, start) + 1
    blank = text[line_start:start]
    if len(blank) >= 3 and blank.isspace() and _NAME_BLANKED.match(sentence):
        return not _ASKING_US.search(sentence)
    return False


def negated(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether the words around [start, end) deny the skill ("Non CDL", "no CDL needed",
    "CDL not required", "bilingual requirement? No")."""
    before = text[max(sentence_start, start - 40) : start]
    cut = list(_NEG_CLAUSE_BREAK.finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    if _NEG_BEFORE.search(before):
        return True
    after = text[end : min(sentence_end + 12, end + 60)]
    return bool(_NEG_AFTER.search(after)) and not _WISHED_NOT_REQUIRED.search(after)


# A letter that is a temperature's scale ("around 4°C", "-18 °C") or a funding round ("a Series C
# fintech"), not the language C or R (round 30).
_SCALE_OR_ROUND = re.compile(r"(?:°\s*|\bSeries\s+)$")


def grade_letter(text: str, start: int, end: int) -> bool:
    """A single capital that is a grade ("GCSE grades A to C", "grade C or above"), a
    temperature's scale ("4°C") or a funding round ("Series C")."""
    if end - start != 1:
        return False
    if _SCALE_OR_ROUND.search(text[max(0, start - 10) : start]):
        return True
    return bool(_GRADES.search(text[max(0, start - 30) : start])) or bool(
        _GRADE_AFTER.match(text[end : end + 15])
    )


# The part of a hyphenated modifier that makes the other parts ordinary English ("cutting-edge
# AI" is no haircut): a skill word glued into such a compound, or into a chain of three or more
# words ("ready-to-cook meals", "state-of-the-art"), is not the skill.
_COMPOUND_HEADS = frozenset(
    {"edge", "edged", "free", "like", "style", "wide", "class", "winning", "looking"}
)
_CHAIN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def in_compound(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end] is one part of a hyphenated modifier: "cutting-edge",
    "ready-to-cook", "award-winning"; not "forklift-trained" or "MIG-welding"."""
    glued_before = start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()
    glued_after = end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()
    if not (glued_before or glued_after):
        return False
    lo = start
    while lo > 0 and (text[lo - 1].isalpha() or text[lo - 1] == "-"):
        lo -= 1
    hi = end
    while hi < len(text) and (text[hi].isalpha() or text[hi] == "-"):
        hi += 1
    parts = [p.casefold() for p in text[lo:hi].strip("-").split("-") if p]
    word = text[start:end].casefold()
    if len(parts) >= 3:
        return True
    return any(p in _COMPOUND_HEADS for p in parts if p != word)
