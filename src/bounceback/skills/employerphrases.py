"""A posting's employer, title and place from its sentences when the header does not show them:
"Acme is hiring", "About Acme", "Posted by Acme", "Acme is an equal opportunity employer",
"join Acme as", "Sous Chef wanted at The Ivy, Bath.", "based in Leeds"."""

from __future__ import annotations

import re

from bounceback.places import is_place
from bounceback.skills.context import heading_kind
from bounceback.skills.employerplaces import (
    EMPLOYER_SAYS,
    about_subject,
    careers_heading,
    does_subject,
    footer_employer,
    usable_employer,
)
from bounceback.skills.headerwords import (
    NOT_COMPANY,
    ORG_SUFFIX,
    PRONOUNS,
    RECRUITER,
    Header,
    is_job,
    orgish,
)
from bounceback.skills.legalforms import LEGAL_FORM, legal_name
from bounceback.skills.occupations import occupation_for

# "What Jo is looking for:", "Who we are looking for": a heading over the requirements, not an
# employer's sentence
_NOT_SUBJECT = r"(?!(?:What|Who|Why|How|Which|Where|When|Here|This|That|Everyone|It)\b)"
_HIRING = re.compile(
    r"^(?:we(?:'re| are)\s+hiring[:!]?\s*)?"
    + _NOT_SUBJECT
    +     r"(?P<company>[A-Z][\w&'’.,-]*(?:\s+[A-Z&][\w&'’.,-]*){0,5})"
    r"\s+(?:(?:is|are)\s+(?:(?:now|currently)\s+)?(?:hiring|looking for|recruiting|seeking)\b"
    r"|(?:(?:is|are)\s+after|requires|needs|seeks)\s+(?:an?|\d+|one|two|three|several|"
    r"experienced|qualified|licensed|full|part)\b)"
)  # "Hartley & Sons Plumbing is after a licensed plumber", "Atlantic Shine requires a cleaner"
_ABOUT = re.compile(
    r"^(?:about|about us:|working (?:at|for)|why (?:join|work (?:at|for))|careers (?:at|with)|"
    r"jobs (?:at|with)|work (?:at|with)|life at)\s+"
    r"(?!(?:the )?(?:company|us|role|job|position|team|opportunity|you|employer|business)\b)"
    # the name written as a name, whatever the lead-in's case: "About the farm" names none
    r"(?P<company>(?-i:[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5}))\s*[:?!]?\s*$",
    re.I,
)  # "About Tallow & Thyme", "Why join Copperleaf Brasserie?"
_JOIN = re.compile(
    r"\b(?:[Jj]oin|at|(?:drive|work|grow|start your career|build your career|a career) (?:with|for))\s+(?P<company>(?:the\s+)?[A-Z][\w&'’.-]+(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|the)){0,5}?)(?:\s+(?:as|in|and|team|today|is|are|we|who)\b|[,.!]|'s\b)"
)
_POSTED_BY = re.compile(
    r"\b(?i:posted)\b.{0,40}?\bby\s+(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){0,5})"
)
# "We are Lumen Health, a network of clinics across Ohio."
_WE_ARE = re.compile(
    r"^(?i:we(?:'re|’re| are))\s+(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){0,5})"
    r",\s+(?:an?|the|one of)\b"
)
# "Welcome to Flat White Collective!", "Westgate Vets is a trading name of Westgate Veterinary
# Group Limited" (the name the posting trades under)
_WELCOME = re.compile(
    r"^(?i:welcome to)\s+(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){0,5}?)"
    r"\s*(?:[!.,]|$)"
)
_TRADING = re.compile(
    r"^(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){0,5}?)\s+(?:is|are)\s+"
    r"(?:a\s+)?trading (?:name|style)s?\s+of\b"
)
# "At Sawtooth Family Dentistry we believe...", "Here at Kestrel Freight, our drivers..."
_AT_WE = re.compile(
    r"^(?i:(?:here\s+)?at)\s+(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){0,5}?)"
    r",?\s+(?i:we|we're|we’re|our|you'll|you will|every)\b"
)
_IS_A = re.compile(
    r"^(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){0,5})\s+(?:is|are|was|has|have)\b"
)
# The employer as the subject of the first sentence under "About us", after a lead-in:
# "Founded in 1998, Riverside Bakery supplies bread to...", "Since 1972, Moss & Sons serves..."
_LEAD_IN_SUBJECT = re.compile(
    r"^(?i:founded|established|family[- ]owned|family[- ]run|since|for over|for more than|"
    r"based in|headquartered in|with)\b[^,]{0,60},\s+"
    r"(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){0,5})\s+"
    r"(?:is|are|has|have|was|were|supplies|provides|operates|runs|employs|serves|builds|makes|"
    r"delivers|offers|grows|farms|designs|manufactures|supports|cares|insures|employs|"
    r"owns|manages|produces|sells|installs|maintains|trains|treats|teaches|connects|helps|"
    r"works|brings|creates|develops|distributes|imports|exports|ships|moves|partners)\b"
)
# The employer as the subject of a sentence that offers the job or says what it is:
# "Brightwater Care has an exciting opportunity for", "Sahyadri Institute of Management invites
# applications", "Brightwater Care currently has a vacancy", "Brightwater Care is one of the
# South West's most trusted providers"; and "An exciting opportunity has arisen at Brightwater
# Care".
_OFFERS = re.compile(
    r"^"
    + _NOT_SUBJECT
    + r"(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|the|for)){0,6}?)\s+"
    r"(?:(?:currently|now|urgently)\s+)?(?:(?:has|have)\s+(?:an?\s+|two\s+|several\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:opportunit|vacanc|opening|role\b|position\b)|"
    r"(?:invites?|welcomes?)\s+applications|(?:is|are)\s+(?:currently\s+|now\s+)?"
    r"(?:recruiting|seeking|looking for|hiring)|(?:is|are)\s+(?:one of|an?\s+(?:leading|"
    r"award[- ]winning|family[- ]run|family[- ]owned|independent|established|growing|"
    r"specialist|national|global|well[- ]established|privately[- ]owned|not[- ]for[- ]profit|"
    r"registered|busy|friendly|thriving|successful|dynamic|innovative|proud))|"
    # "Wattle & Stone Hotel is a 212-room boutique hotel in..."
    r"(?:is|are)\s+an?\s+(?:[\w-]+\s+){0,3}(?:hotel|restaurant|company|business|firm|"
    r"practice|clinic|nursery|charity|provider|manufacturer|distributor|retailer|contractor|"
    r"hospital|care home|bakery|café|cafe|pub|venue|farm|dealership|salon|brewery|winery)\b)"
)
_ARISEN = re.compile(
    r"\b(?i:opportunity|vacancy|position|role) (?i:has|have) (?i:arisen|become available) "
    r"(?i:at|with|within|in) (?P<company>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|"
    r"and|the)){0,5}?)(?=\s*(?:[,.!;(]|$|\s+(?:for|as|in|to|who|where|based)\b))"
)
_WANTED = re.compile(
    r"^(?P<title>[A-Z][\w/&' -]{2,40}?)\s+(?:wanted|needed|required)\b(?:\s+(?:at|for)\s+"
    r"(?P<company>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5}))?(?:(?:,|\s+in)\s*(?P<place>[A-Z][\w .'-]{1,30}?))?"
    r"(?:[.!]|\s+(?i:at|for|in|near|to join)\s+our\b)"  # "... wanted at our quarry near Kilcullen"
)


# "We're looking for a Bookkeeper to join our team at...", "Are you an experienced Chef?"
_LOOKING_FOR = re.compile(
    r"\b(?i:(?:we(?:'re|’re| are)|are you)\s+(?:currently\s+)?"
    r"(?:(?:looking for|seeking|recruiting|hiring)\s+)?"
    r"(?:(?:an?|two|several|experienced|qualified|skilled|enthusiastic)\s+)*)"
    r"(?P<title>[A-Z][\w/&'’-]*(?:\s+(?:[A-Z(][\w/&'’()-]*|of|and|&)){0,5}?)"
    r"(?=\s+(?:to join|to work|to help|to lead|to support|in|at|for|who|with|based|looking|"
    r"seeking|wanting|\()|\s*[?!.,])"
)


# An agency names the employer it recruits for: "recruiting on behalf of our client, Riverside
# Precision Components,", "delighted to be working with Forgewell Building Services Ltd to
# recruit", "Our client, Halden Homes, is".
_NAME = r"(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|the)){0,5}?)"
_CLIENT = re.compile(
    r"\b(?:(?i:on behalf of(?: (?:my|our|their) client)?,?|(?:my|our) client,?)|(?:working|partnered|"
    r"partnering) (?:with|alongside)(?: (?:my|our|their) client)?,?|recruiting for|"
    rf"(?:[Tt]hey're|[Tt]hey’re|[Tt]hey are) called)\s+{_NAME}"
    r"(?=\s*(?:,|\.|\(|\bto (?:recruit|find|hire|appoint)\b|\bis\b|\bare\b|\bin\b|\bfor\b|\bwho\b|"
    r"\band\b))"
)


# A client described, then named in brackets: "with one of our clients, a Series B logistics
# SaaS company (Kinetiq Logistics Technologies), for", "Our client, a leading M&E contractor
# (Halden Homes), is".
_CLIENT_BRACKETED = re.compile(
    r"\b(?i:(?:my|our|their) clients?|one of (?:my|our|their) clients),?\s+(?i:an?|the)\s+"
    rf"[^()]{{3,80}}?\(\s*{_NAME}\s*\)"
)


def client_of_agency(text_lines: list[str]) -> str:
    """The employer an agency's posting names as its client, or ""."""
    for line in text_lines[:40]:
        for m in (*_CLIENT.finditer(line), *_CLIENT_BRACKETED.finditer(line)):
            name = m.group("company").strip(" ,.")
            if (
                orgish(name)
                and not RECRUITER.search(name)
                and not is_job(name)
                and not is_place(name)
                and name.split()[0].casefold() not in PRONOUNS
            ):
                return name
    return ""


_BASED_AT = re.compile(
    r"\b(?:based|working|work|located|report(?:ing)?)\s+(?:at|in|from|out of|to)\s+(?:our|the)\s+"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+[a-z]"
)
_BRACKETED_FORM = re.compile(r"\((Pty|Pvt|Pte|Private)\)")
# A name ending in its legal form, as a sentence's subject: "Lion City Logistics Pte Ltd is a
# freight forwarder", "Narmada Agro Pvt. Ltd. has 40 years..."
_FORMAL_SUBJECT = re.compile(
    r"^(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|the)){0,5}?\s+"
    r"(?:(?:Pty|Pte|Pvt\.?|Private|Sdn)\s+)?(?:Ltd\.?|Limited|Bhd|Inc\.?|LLC|GmbH|plc|PLC|LLP|CIC|"
    r"B\.V\.|BV|N\.V\.|AG|SE|S\.A\.|Oy|AB|ApS|FZ-LLC|FZE|Corporation|"
    + LEGAL_FORM  # "Nordfjord Biologics A/S produces...", "HavHelse Diagnostikk AS is..."
    + r"))"
    r",?\s+(?:is|are|has|have|was|were|(?!(?:is|as|was|has|this|us|plus)\b)[a-z]{3,}s)\b"
)
_ABBREVIATION = re.compile(r"\b(?:Pvt|Pty|Pte|Co|Inc|Ltd|Corp|Bros|St|Dr|Mr|Mrs|Ms|No|Sr|Jr)\.$")


def sentences_of(line: str) -> list[str]:
    """A line's sentences, not split after an abbreviation ("Narmada Agro Pvt. Ltd. is hiring")."""
    out: list[str] = []
    for part in re.split(r"(?<=[.?!])\s+(?=[A-Z])", line):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


_LABEL_LEAD = re.compile(r"^(?i:job summary|summary|overview|the company|company|about)\s*:\s+")


def _offers(line: str) -> re.Match[str] | None:
    """ "Acme has an exciting opportunity for...", "... has arisen at Acme": the employer when
    it is no job, place or pronoun."""
    m = _OFFERS.match(line) or _ARISEN.search(line)
    if m is None:
        return None
    name = m.group("company").strip(" ,.")
    # a name ending in its kind ("Karri Grove Hotel") is an employer whatever job it resembles
    kind = bool(ORG_SUFFIX.fullmatch(name.split()[-1])) if name.split() else False
    if not orgish(name) or is_job(name) or (
        occupation_for(name) and len(name.split()) <= 3 and not kind
    ):
        return None
    return m


def from_phrases(stripped: list[str], header: Header) -> None:
    # "Protea Fresh (Pty) Ltd" is read as "Protea Fresh Pty Ltd" (one name)
    text_lines = [_BRACKETED_FORM.sub(r"\1", re.sub(r"\*\*|__", "", ln)) for ln in stripped if ln]
    if not header.company or RECRUITER.search(header.company):
        header.company = client_of_agency(text_lines) or header.company
    if not header.title:
        for line in text_lines[:6]:
            m = _LOOKING_FOR.search(line)
            if m and occupation_for(m.group("title")):
                header.title = m.group("title")
                break
    first = next((ln for ln in text_lines[:4] if _WANTED.match(ln)), text_lines[0] if text_lines else "")
    wanted = _WANTED.match(first)
    if wanted and (not header.title or header.title == first):
        header.title = wanted.group("title")
        if wanted.group("company") and (not header.company or header.company == first):
            header.company = wanted.group("company")
        if wanted.group("place") and is_place(wanted.group("place")):
            header.location = header.location or wanted.group("place")
    if not header.company:
        header.company = careers_heading(text_lines)  # "Careers | Harlow Foods" over the job
    if not header.company:
        for line in text_lines[:15]:
            m = _POSTED_BY.search(line)
            if m and orgish(m.group("company")):
                header.company = m.group("company")
                break
    if not header.company:
        sentences = [
            re.sub(_LABEL_LEAD, "", part)  # "Job Summary: Acme is seeking..."
            for line in text_lines[:60]
            for part in sentences_of(line)
        ]
        for line in sentences:
            m = (
                _HIRING.match(line) or _ABOUT.match(line) or _WE_ARE.match(line)
                or _FORMAL_SUBJECT.match(line)
                or _AT_WE.match(line)
                or _WELCOME.match(line)
                or _TRADING.match(line)
                or _offers(line)
            )
            if (
                m
                and m.group("company").split()[0].casefold() not in PRONOUNS
                and (legal_name(m.group("company")) or not is_place(m.group("company")))
                and not NOT_COMPANY.search(m.group("company"))
            ):
                header.company = m.group("company").strip(" ,.")
                break
    if not header.company:
        for line in text_lines[:60]:
            # "About the practice: Riverbank Vets is an independent practice in Perth."
            label, colon, rest = line.partition(":")
            about = colon and heading_kind(label) == "about_us"
            m = _IS_A.match(rest.strip()) or _NAME_ONLY.fullmatch(rest.strip()) if about else None
            if m and orgish(m.group("company")) and m.group("company").split()[0].casefold() not in PRONOUNS:
                header.company = m.group("company")  # also "About the employer: Northgate Outfitters"
                break
    if not header.company:
        header.company = _first_sentence_subject(text_lines)
    if not header.company:
        for before, line in zip(text_lines[:60], text_lines[1:60], strict=False):
            m = _IS_A.match(line) or _LEAD_IN_SUBJECT.match(line)
            if (
                m
                and heading_kind(before) == "about_us"
                and orgish(m.group("company"))
                and m.group("company").split()[0].casefold() not in PRONOUNS
            ):
                header.company = m.group("company")
                break
    if not header.company:
        header.company = about_subject(text_lines)  # "About us" / "Harlow Foods makes sauces..."
    if not header.company:
        for line in text_lines:
            m = EMPLOYER_SAYS.search(line)
            # a recruiter's own statement names it ("Vaal Talent Solutions is an equal
            # opportunity recruiter"): the posting's agency, read as such further on
            if m and orgish(m.group("company")) and m.group("company").casefold() not in PRONOUNS:
                header.company = m.group("company")  # "Acme Ltd is an equal opportunity employer"
                break
    if not header.company:
        header.company = footer_employer(text_lines)  # "© 2026 Harlow Foods Ltd"
    if not header.company:
        for line in text_lines[:40]:
            m = _JOIN.search(line)
            if m and orgish(m.group("company")) and not is_job(m.group("company")):
                # "Join Harlow's team", "Join the Harlow Foods team"
                header.company = re.sub(r"^the\s+|['’]s$", "", m.group("company"))
                break
    if not header.location:
        for line in text_lines[:60]:
            m = re.search(
                r"\b(?:based in|located in|location is|in the heart of|our|at our|in|near|just outside|outside)\s+([A-Z][\w .,'-]{2,40}?)(?:[.;!]|$|,\s+(?=[a-z])|\s+(?:and|with|where|we|in|near|is|are|has|have|will|was|office|offices|site|store|branch|hotel|restaurant|team|depot|warehouse|clinic)\b|\s*\()",
                line,
            )
            if m and is_place(m.group(1).strip(" ,")):
                header.location = _place_parts(m.group(1).strip(" ,"))
                break
            # "based at our Leeds roastery", "working from our Galway showroom"
            m = _BASED_AT.search(line)
            if m and is_place(m.group("place")):
                header.location = m.group("place")
                break


def _place_parts(place: str) -> str:
    """A place and the regions after it, not the name that follows it in the sentence ("in
    Galway, Corrib Medical Devices, who are hiring": Galway; "in Leeds, West Yorkshire" stays)."""
    parts = [p.strip() for p in place.split(",")]
    out = parts[0]
    for part in parts[1:]:
        if not part or len(part.split()) > 3 or not (re.fullmatch(r"[A-Z]{2,3}", part) or is_place(part)):
            break
        out = f"{out}, {part}"
    return out


_NAME_ONLY = re.compile(r"(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){1,5})\.?")


def _first_sentence_subject(text_lines: list[str]) -> str:
    """The employer named once, as the subject of the posting's first sentence of prose
    ("Northgate Outfitters has been trading since 1985.", "Founded in 1985, Northgate Outfitters
    sells..."): a name of two words or more, not a job, a place or a pronoun."""
    prose = [ln for ln in text_lines[:12] if _prose(ln)]
    for line in prose[:1]:
        for sentence in _opening_sentences(line):
            m = _IS_A.match(sentence) or _LEAD_IN_SUBJECT.match(sentence)
            name = usable_employer(m.group("company") if m else does_subject(sentence))
            if len(name.split()) >= 2:
                # "Riverside Commons is a 312-unit community managed by Sagebrush Residential
                # Management": the site is the subject, the employer manages it
                manager = _MANAGED_BY.search(sentence.replace("**", ""))
                if manager:
                    return usable_employer(re.split(r"\.\s", manager.group("company"))[0].rstrip("."))
                return name
    return ""


_MANAGED_BY = re.compile(
    r"\b(?:managed|owned|operated|run)\s+by\s+(?:the\s+)?"
    r"(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){1,5})"
)


def _prose(line: str) -> bool:
    """A line of sentences, not a header's row of facts ("Site: Kearl Lake camp, north of Fort
    McMurray, AB | Rotation: 14 on / 7 off (...)", "Northern Lights Pharmacy #214 – Sudbury, ON
    (1350 Lasalle Blvd)"): six words or more, ending as a sentence ends or running long."""
    words = line.split()
    return (
        len(words) >= 6
        and not line.startswith(("-", "•"))
        and not re.match(r"^[\w ]{1,25}:\s", line)  # "Site: ...", "Location: ..."
        and not re.search(r"\s[|·]\s", line)
        and (
            bool(re.search(r"[.!?…:;]\W*$", line))
            # a sentence wrapped onto the next line, not a title's or a place's line
            or len(words) >= 10 and not re.search(r"\s[–—-]\s|\)\W*$", line) and line[:1].isalpha()
        )
    )


# "Hej!", "Kia ora!", "Hi there,": a greeting before the first sentence
_GREETING = re.compile(r"^(?:\W*\w+){1,3}\s*[!,]$")


def _opening_sentences(line: str) -> list[str]:
    """The line's first sentence that says something, after a question put to the reader ("Are
    you obsessed with words?") or a greeting ("Hej!")."""
    parts = sentences_of(line)
    k = 0
    while k < len(parts) - 1 and (parts[k].endswith("?") or _GREETING.match(parts[k])):
        k += 1
    return [parts[0], parts[k]] if k else [line]
