"""Title, company and location of a posting from its layout, whatever the layout.

Postings arrive as a careers page's text, a job board page pasted whole (LinkedIn, Indeed,
NHS Jobs, Google's job results, hospitality boards), Markdown or an email. The fields are read
from labels ("Company: Acme", a "Location" line followed by "Henrico, VA, US"), from phrases
("Acme is hiring", "Sous Chef at The Ivy", "About Acme"), and from the header lines: the title
first, then the employer and the place in the lines under it (separated by "·", "|", "•" or
" - "). A field that cannot be found stays empty: nothing is refused for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bounceback.skills.context import heading_kind
from bounceback.skills.occupations import clean_title, occupation_for
from bounceback.skills.places import is_place
from bounceback.skills.vocabulary import builtin_data

_LABELS = {
    "title": r"job title|title|position|role|vacancy|job|post|job role|position title|"
    r"vacancy title|job name",
    "company": r"company|employer|employer name|organi[sz]ation|hiring organi[sz]ation|"
    r"company name|business|trust|client|practice|school|hiring company|brand|restaurant|"
    r"hotel|venue|posted by",
    "location": r"location|job location|locations|based in|base|based at|work location|"
    r"office|site|address|city|place of work|work site|workplace|where|area|region|town|"
    r"location\(s\)|work address|job address",
    "salary": r"salary|pay|compensation|salary range|rate|pay rate|wage|hourly rate|"
    r"remuneration|package",
    "employment_type": r"employment type|job type|contract|contract type|type|hours|"
    r"working hours|schedule|shift|working pattern",
    "date_posted": r"date posted|posted|posted on|date|published",
    # An agency that posts for its client is not the employer: its line is read and left.
    "agency": r"recruiter|agency|recruitment agency|recruitment consultant|consultant",
}
_LABEL_RE = {key: re.compile(rf"^(?:{pattern})$", re.I) for key, pattern in _LABELS.items()}
_FIELD_LINE = re.compile(
    r"^\s*[*_#]*\s*(?P<key>[A-Za-z][A-Za-z ()/'’]{1,30}?)\s*[*_]*\s*[:：]\s*[*_]*\s*(?P<value>\S.*?)[*_]*\s*$"
)
_JUNK = re.compile(
    r"^(skip to (main )?content|home|jobs?|search|sign in|log ?in|register|menu|apply|"
    r"apply now|easy apply|quick apply|save|save job|saved|share|report( job)?|back( to "
    r"(search|results|jobs))?|show more|show less|see more|view job|new|urgently hiring|"
    r"actively recruiting|be an early applicant|promoted|featured|sponsored|job details|"
    r"full job description|job description|description|about the job|overview|summary|"
    r"profile insights|benefits|pulled from the full job description|responsive employer|"
    r"hiring multiple candidates|\d+ (applicants?|clicks?)|over \d+ applicants|"
    r"\d+ (hours?|days?|weeks?|months?) ago|posted .*|reposted .*|just posted|today|"
    r"employer active .*|active \d+ days? ago|how you match|see how you compare|"
    r"skills|job|jobs you may like|cookies?|accept( all)?( cookies)?|close|×|x|"
    r"[\d.,]+\s*(★|stars?|out of 5 stars)?|[\d.]+ out of 5( stars)?|\d+ reviews?|"
    r"company logo|logo|follow|message|more|via .*|full[- ]time|part[- ]time|contract|"
    r"permanent|temporary|on-?site|remote|hybrid|nhs jobs|indeed|linkedin|glassdoor|"
    r"google|total jobs|totaljobs|reed|caterer|monster|ziprecruiter)\W*$",
    re.I,
)
_HIRING = re.compile(
    r"^(?:we(?:'re| are)\s+hiring[:!]?\s*)?(?P<company>[A-Z][\w&'’.,-]*(?:\s+[A-Z&][\w&'’.,-]*){0,5})"
    r"\s+(?:is|are)\s+(?:hiring|looking for|recruiting|seeking)\b"
)
_HIRING_SENTENCE = re.compile(
    r"^(?P<company>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5})\s+(?:is|are)\s+(?:hiring|"
    r"looking for|recruiting|seeking)\s+(?:an?\s+|two\s+|several\s+)?(?P<title>[A-Z][\w/&'’ -]{2,60}?)"
    r"(?:\s+(?:in|at|for|to join|based in)\s+(?P<place>[A-Z][\w .,'’-]{1,40}?))?\s*[!.]?$"
)
_PRONOUNS = {"we", "our", "they", "you", "i", "this", "the team", "it"}
_AT_COMPANY = re.compile(r"^(?P<title>.{3,80}?)\s+(?:at|@)\s+(?P<company>[A-Z0-9][^|·•\n]{1,60})$")
_ABOUT = re.compile(
    r"^(?:about|about us:|working (?:at|for)|why (?:join|work (?:at|for))|careers (?:at|with)|"
    r"jobs (?:at|with)|work (?:at|with)|life at)\s+"
    r"(?!(?:the )?(?:company|us|role|job|position|team|opportunity|you|employer|business)\b)"
    r"(?P<company>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5})\s*:?\s*$",
    re.I,
)
_JOIN = re.compile(
    r"\b(?:join|at)\s+(?P<company>(?:the\s+)?[A-Z][\w&'’.-]+(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|the)){0,5}?)(?:\s+(?:as|in|and|team|today|is|are|we|who)\b|[,.!]|'s\b)"
)
ORG_SUFFIX = re.compile(
    r"\b(ltd|limited|plc|llc|l\.l\.c\.|inc|inc\.|corp|corporation|co\.|company|group|gmbh|"
    r"llp|lp|pty|partners|partnership|trust|foundation|nhs|council|university|college|"
    r"school|academy|hospital|clinic|care|services|solutions|logistics|restaurant|hotel|"
    r"bar|kitchen|cafe|café|bakery|construction|engineering|systems|technologies|health|"
    r"healthcare|associates|agency|centre|center|institute|society|charity|federation)\b",
    re.I,
)
_NOT_COMPANY = re.compile(
    r"(\d+\s*(k|,\d{3})|£|\$|€|per (hour|annum|year|week)|an hour|a year|/hr|/hour|"
    r"\b(?:full[- ]time|part[- ]time|permanent|temporary|contract|posted|ago|applicants?|"
    r"reviews?|stars?|apply|salary|shift|jobs?|vacanc\w*|location|remote|hybrid|on-?site|"
    r"about|description|requirements|responsibilities|benefits|closing|reference)\b|"
    r"\b\d+\s*(?:hours?|days?)\b|^(?:hours?|days?)$|^\d|^(the )?role|band \d)",
    re.I,
)
_SHIFT = re.compile(
    r"^(nights?|days?|evenings?|weekends?|prn|per diem|regional|local|otr|days/nights|"
    r"immediate start|urgent|temp|contract|ft|pt|[a-z]+ shift|\d+ ?(am|pm).*)$",
    re.I,
)
_SEPARATORS = re.compile(r"\s+[·•|]\s+|\s+[-–—]\s+|\t+")
_BODY_START = re.compile(
    r"^(about the (job|role|position)|job (description|summary|details|overview)|full job "
    r"description|description|overview|the role(?=\s*:?\s*$)|role overview|main duties|responsibilities|"
    r"key responsibilities|requirements|what you('ll)? do|about you|job purpose)\b",
    re.I,
)


_WORK_SETTING = re.compile(
    r"^(?:in[- ]person|on[- ]?site|in[- ]office|office[- ]based|field[- ]based|on the road|"
    r"various|multiple|tbc|tbd|n/?a)\.?$",
    re.I,
)
_POSTED_BY = re.compile(
    r"\b(?i:posted)\b.{0,40}?\bby\s+(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){0,5})"
)


_EMPLOYER_SAYS = re.compile(
    r"(?:^|[.!]\s+|©\s*(?:\d{4}\s+)?)(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){0,5}?)"
    r"(?:\s+(?:is|are)\s+(?:an?\s+|proud to be an?\s+)?(?:equal[- ]opportunit|eeo\b|"
    r"disability confident|affirmative action)|\s*[.,]?\s*all rights reserved)",
    re.I,
)
_IS_A = re.compile(
    r"^(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){0,5})\s+(?:is|are|was|has|have)\b"
)
_RATING = re.compile(r"\s+\d(?:\.\d)?\s*(?:★|☆|stars?|out of 5\b.*)\s*$", re.I)


@dataclass
class Header:
    title: str = ""
    company: str = ""
    location: str = ""
    labelled: dict[str, str] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)  # line numbers that held only header fields
    weak_company: str = ""  # a name beside the title, used when no line names the employer
    far_title: str = ""  # a labelled title far below the header, used when the head has none


def _label_key(key: str) -> str | None:
    key = " ".join(key.split()).strip()
    for name, pattern in _LABEL_RE.items():
        if pattern.match(key):
            return name
    return None


def read_header(lines: list[str]) -> Header:
    """The fields the first lines of a posting show (and labelled lines anywhere)."""
    header = Header()
    _labelled(lines, header)
    stripped = [ln.strip().strip("*_#").strip() for ln in lines]
    head = _head_lines(stripped)
    title_line = _title(head, stripped, header)
    if not header.title and header.far_title:
        header.title = header.far_title
    _company_and_place(head, stripped, title_line, header)
    if header.company and header.weak_company:
        header.title = f"{header.title} - {header.weak_company}"  # a line named the employer
    header.company = header.company or header.weak_company
    _from_phrases(stripped, header)
    header.title = _tidy(header.title)
    header.company = _tidy(header.company)
    header.location = _tidy(header.location)
    return header


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" -–—|·•,:;")


def _labelled(lines: list[str], header: Header) -> None:
    for i, line in enumerate(lines[:80]):
        match = _FIELD_LINE.match(line)
        value = ""
        key = None
        if match:
            key = _label_key(match.group("key"))
            value = match.group("value").strip()
        else:
            bare = line.strip().strip("*_#:").strip()
            if bare and len(bare) <= 25:
                key = _label_key(bare)
                if key and i + 1 < len(lines):
                    nxt = next(
                        (j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None
                    )
                    if nxt is not None and _LEAD_IN.match(lines[nxt].strip()):
                        # "Location" / "1 vacancy in the following location:" / "Spokane, WA"
                        nxt = next(
                            (
                                j
                                for j in range(nxt + 1, min(nxt + 3, len(lines)))
                                if lines[j].strip()
                            ),
                            None,
                        )
                    if nxt is not None and not _label_key(lines[nxt].strip().strip("*_#:").strip()):
                        value = lines[nxt].strip()
                        if key in ("title", "company", "location") and len(value.split()) > 12:
                            key = None
                        elif key:
                            header.used.add(nxt)
        if (
            key == "location"
            and value
            and key in header.labelled
            and not is_place(header.labelled[key])
            and is_place(value)
        ):
            header.labelled[key] = value  # "Location: Royal Vale Hospital" then "Town: Wakefield"
            continue
        if key and value and key not in header.labelled:
            if key == "title" and sum(1 for ln in lines[:i] if ln.strip()) > 14:
                header.far_title = value
                header.labelled[key] = value
                continue
            if key == "location" and (len(value.split()) > 12 or _WORK_SETTING.match(value)):
                continue  # "Work Location: In person" says how, not where
            header.labelled[key] = value
            header.used.add(i)
    header.title = header.labelled.get("title", "")
    if header.title and header.far_title:
        header.title = ""  # "Role: Accountant" in a board's facts below the text (Naukri)
    header.company = header.labelled.get("company", "")
    header.location = header.labelled.get("location", "")


_LEAD_IN = re.compile(
    r"^(?:\d+|many|few|several)?\s*vacanc(?:y|ies)\b.*:$|^.{0,60}\bfollowing locations?:$", re.I
)
_WORK_MODE_ONLY = re.compile(r"^\(?(?:remote|hybrid|on-?site|in[- ]office)\)?$", re.I)
_GREETING = re.compile(r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b", re.I)
_RATING_LINE = re.compile(r"^[\d.]+\s*(?:★|☆|stars?)?$|^[\d.]+ out of 5(?: stars)?$", re.I)


def _head_lines(stripped: list[str]) -> list[tuple[int, str]]:
    """The header: non-empty lines before the body starts (at most 14)."""
    out: list[tuple[int, str]] = []
    for i, line in enumerate(stripped):
        if not line or _GREETING.match(line):
            continue  # "Hi Sam," opens a recruiter's email
        if _BODY_START.match(line) and out:
            break
        if len(line.split()) > 25 and out:
            break
        out.append((i, line))
        if len(out) >= 14:
            break
    return out


def _looks_title(line: str) -> bool:
    if not line or len(line.split()) > 14 or _JUNK.match(line) or _GREETING.match(line):
        return False
    if is_place(line) and not occupation_for(re.split(r"[,|·•]| - ", line)[0]):
        return False
    if _FIELD_LINE.match(line) and not _AT_COMPANY.match(line):
        return False
    if line.endswith((".", "!", "?")) and len(line.split()) > 6:
        return False
    return not re.match(r"^(https?://|www\.|\d|[£$€])", line)


def _title(head: list[tuple[int, str]], stripped: list[str], header: Header) -> int:
    """Find the title (unless labelled); return its line number (-1 when none)."""
    if header.title:
        for i, line in head:
            if header.title in line:
                return i
        return -1
    for i, line in head[:3]:
        m = _HIRING_SENTENCE.match(line)
        if m and m.group("company").split()[0].casefold() not in _PRONOUNS:
            header.title = m.group("title")
            header.company = header.company or m.group("company")
            if m.group("place") and not header.location and is_place(m.group("place")):
                header.location = m.group("place")
            return i
    rated = {
        i
        for (i, line), (_j, nxt) in zip(head, head[1:], strict=False)
        if _RATING_LINE.match(nxt) and _orgish(line)
    }
    for i in sorted(rated)[:1]:
        header.company = header.company or stripped[i]  # "Maplecrest Insurance" / "4.0 ★"
    candidates = [(i, line) for i, line in head if _looks_title(line) and i not in rated]
    for i, line in candidates[:6]:
        # "We're hiring: Sous Chef", "Job: Sous Chef"
        m = re.match(
            r"^(?:we(?:'re| are) hiring|now hiring|hiring|vacancy|job opening)\s*[:!-]\s*(.+)$",
            line,
            re.I,
        )
        if m:
            header.title = m.group(1)
            header.used.add(i)
            return i
    named = [
        (i, line)
        for i, line in candidates[:6]
        if occupation_for(_SEPARATORS.split(line)[0])
        and not (ORG_SUFFIX.search(line) and _orgish(line) and not _is_job(line))
    ]
    chosen = named[0] if named else (candidates[0] if candidates else None)
    if chosen is None:
        return -1
    i, line = chosen
    at = _AT_COMPANY.match(line)
    if at and not is_place(at.group("company")):
        header.title = at.group("title")
        header.company = header.company or at.group("company")
    else:
        parts = [p.strip() for p in _SEPARATORS.split(line)]
        kept = [parts[0]]
        weak = ""
        for part in parts[1:]:
            name, _, place = part.rpartition(", ")
            if (
                name
                and not header.location
                and is_place(place)
                and _orgish(name)
                and not occupation_for(name)
            ):
                header.location = place
                header.company = header.company or name
            elif not header.location and is_place(part):
                header.location = part
            elif (
                not header.company
                and _orgish(part)
                and not occupation_for(part)
                and ORG_SUFFIX.search(part)
            ):
                header.company = part
            elif (
                not header.company
                and not weak
                and _orgish(part)
                and not occupation_for(part)
                and occupation_for(parts[0])
            ):
                weak = part  # "Bartender – The Copper Still": the employer, unless a line says
            else:
                kept.append(part)
        header.title = " - ".join(k for k in kept if k != weak)
        header.weak_company = weak
    header.used.add(i)
    return i


def _is_job(text: str) -> bool:
    """A job title rather than an employer: a title the index knows whole ("Staff Nurse"), or a
    short one naming an occupation; "Buckeye Family Dental" is an employer."""
    if clean_title(text) in builtin_data().titles:
        return True
    return (
        occupation_for(text) is not None and len(text.split()) <= 2 and not ORG_SUFFIX.search(text)
    )


def _town(line: str) -> bool:
    """One to three capitalised words that name no job, employer or board noise."""
    words = line.replace(",", " ").split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not any(c.isdigit() for c in line)
        and not _JUNK.match(line)
        and not ORG_SUFFIX.search(line)
        and not _NOT_COMPANY.search(line)
        and not heading_kind(line)
        and not _SHIFT.search(line)
        and not re.search(r"\b(?:mon|tue|wed|thu|fri|sat|sun)", line, re.I)
        and occupation_for(line) is None
    )


def _orgish(text: str) -> bool:
    """A short name that could be an employer ("Harwood Building Services", "The Ivy")."""
    text = text.strip()
    words = text.split()
    if not words or len(words) > 7 or len(text) > 70 or _NOT_COMPANY.search(text):
        return False
    if is_place(text) or _JUNK.match(text) or heading_kind(text) or _SHIFT.search(text):
        return False
    capitals = sum(
        1 for w in words if w[:1].isupper() or w[:1].isdigit() or w in ("&", "and", "of", "the")
    )
    return capitals == len(words)


def _company_and_place(
    head: list[tuple[int, str]], stripped: list[str], title_line: int, header: Header
) -> None:
    after = [(i, line) for i, line in head if i > title_line] if title_line >= 0 else head
    before = [(i, line) for i, line in head if i < title_line] if title_line >= 0 else []
    for i, line in after[:6] + before[-2:]:
        if _JUNK.match(line) or (_FIELD_LINE.match(line) and _label_key(line.split(":")[0])):
            continue  # junk, or a labelled line ("Recruiter: ...") read already
        parts = [p.strip() for p in _SEPARATORS.split(line) if p.strip()]
        parts = [
            re.sub(r"\s*\((?:on-?site|hybrid|remote)\)\s*$", "", p, flags=re.I) or p for p in parts
        ]
        rated = [_RATING.sub("", p) for p in parts]
        if rated != parts and i < title_line and not header.company and _orgish(rated[0]):
            header.company = rated[0]  # "Meridian Foods 3.8 ★" above the title (Indeed, Glassdoor)
        parts = rated
        used = False
        # "Hybrid - London": the town rather than the way of working
        parts = sorted(parts, key=lambda p: bool(is_place(p) and _WORK_MODE_ONLY.match(p)))
        for part in parts:
            name, _, town = part.rpartition(", ")
            if (
                not header.company
                and not header.location
                and name
                and ORG_SUFFIX.search(name)
                and _orgish(name)
                and is_place(town)
            ):
                header.company, header.location = name, town  # "Brookfield Care Home, Harrogate"
                used = True
            elif not header.location and is_place(part):
                header.location = part
                used = True
            elif (
                not header.company
                and _orgish(part)
                and not _is_job(part)
                and (i > title_line or ORG_SUFFIX.search(part))
            ):
                header.company = part
                used = True
        if used and all(is_place(p) or _orgish(p) or _JUNK.match(p) for p in parts):
            header.used.add(i)
        if header.company and header.location:
            break
    if not header.company and title_line >= 0 and before and before[-1] == head[0]:
        _i, line = before[-1]
        if _orgish(line) and not _is_job(line) and not is_place(line):
            header.company = line  # LinkedIn: the employer above the title
    if header.company and not header.location:
        lines = [line for _i, line in after[:4]]
        if header.company in lines:
            nxt = lines.index(header.company) + 1
            if nxt < len(lines) and _town(lines[nxt]):
                header.location = lines[nxt]  # "Mullingar" under "Wellcare Chemists"


_WANTED = re.compile(
    r"^(?P<title>[A-Z][\w/&' -]{2,40}?)\s+(?:wanted|needed|required)\b(?:\s+(?:at|for)\s+"
    r"(?P<company>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5}))?(?:,\s*(?P<place>[A-Z][\w .'-]{1,30}?))?[.!]"
)


def _from_phrases(stripped: list[str], header: Header) -> None:
    text_lines = [re.sub(r"\*\*|__", "", ln) for ln in stripped if ln]
    first = text_lines[0] if text_lines else ""
    wanted = _WANTED.match(first)
    if wanted and (not header.title or header.title == first):
        header.title = wanted.group("title")
        if wanted.group("company") and (not header.company or header.company == first):
            header.company = wanted.group("company")
        if wanted.group("place") and is_place(wanted.group("place")):
            header.location = header.location or wanted.group("place")
    if not header.company:
        for line in text_lines[:15]:
            m = _POSTED_BY.search(line)
            if m and _orgish(m.group("company")):
                header.company = m.group("company")
                break
    if not header.company:
        for line in text_lines[:60]:
            m = _HIRING.match(line) or _ABOUT.match(line)
            if (
                m
                and m.group("company").split()[0].casefold() not in _PRONOUNS
                and not is_place(m.group("company"))
                and not _NOT_COMPANY.search(m.group("company"))
            ):
                header.company = m.group("company").strip(" ,.")
                break
    if not header.company:
        for before, line in zip(text_lines[:60], text_lines[1:60], strict=False):
            m = _IS_A.match(line)
            if (
                m
                and heading_kind(before) == "about_us"
                and _orgish(m.group("company"))
                and m.group("company").split()[0].casefold() not in _PRONOUNS
            ):
                header.company = m.group("company")
                break
    if not header.company:
        for line in text_lines:
            m = _EMPLOYER_SAYS.search(line)
            if m and _orgish(m.group("company")) and m.group("company").casefold() not in _PRONOUNS:
                header.company = m.group("company")  # "Acme Ltd is an equal opportunity employer"
                break
    if not header.company:
        for line in text_lines[:40]:
            m = _JOIN.search(line)
            if m and _orgish(m.group("company")) and not occupation_for(m.group("company")):
                header.company = m.group("company")
                break
    if not header.location:
        for line in text_lines[:60]:
            m = re.search(
                r"\b(?:based in|located in|location is|in the heart of|our|at our|in)\s+([A-Z][\w .,'-]{2,40}?)(?:[.;!]|$|\s+(?:and|with|where|we|office|offices|site|store|branch|hotel|restaurant|team|depot|warehouse|clinic)\b|\s*\()",
                line,
            )
            if m and is_place(m.group(1).strip(" ,")):
                header.location = m.group(1).strip(" ,")
                break
