"""Reading a job posting from a saved page, a text or Markdown file, or pasted text."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bounceback import htmltext
from bounceback.domain.skills import NotAPosting, Posting, SkillMatch, UnreadableDocument
from bounceback.places import is_place
from bounceback.skills import skillfilter, structured
from bounceback.skills.contacts import address
from bounceback.skills.documents import decode_text, docx_text, pdf_text, sniff_format
from bounceback.skills.employername import without_employer
from bounceback.skills.evidence import TextIndex
from bounceback.skills.headerwords import is_job, job_headed, orgish, without_pay
from bounceback.skills.layout import read_header
from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.occupations import implied_skills, occupation_for
from bounceback.skills.salary import salary_from_schema, salary_from_text

_TITLE_SPLIT = re.compile(r"\s+(?:at|@|[-–—|·:])\s+")
_POSTING_CUES = re.compile(
    r"\b(responsibilit|requirement|qualification|experience|apply|applicants?|candidates?|"
    r"the role|this role|position|we are looking|we're looking|you will|you'll|salary|"
    r"benefits|skills|job|hiring|join (?:our|the) team|full[- ]time|part[- ]time|about you|"
    r"desirable|essential|must[- ]have|nice[- ]to[- ]have|duties|per hour|per year|a year|"
    r"preferred|you have|you need|what you|wanted|we train|cv|resume|shifts?|per week|"
    r"hourly|we're hiring|now hiring)",
    re.IGNORECASE,
)
_BOARD_WORD = re.compile(
    r"(?:careers?|jobs?|vacanc(?:y|ies)|job openings?|apply|home|work with us|join us)", re.I
)
_REMOTE = re.compile(r"\b(remote|work from home|wfh|telecommute|fully distributed)\b", re.I)
PASTE_CMD = "bounceback posting import -"
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def read_posting(
    data: bytes | str,
    filename: str | None = None,
    matcher: SkillMatcher | None = None,
    encoding: str | None = None,
) -> Posting:
    """A posting with its fields, clean description and skills; raises UnreadableDocument."""
    what = filename or "the pasted text"
    if isinstance(data, str):
        kind = "html" if _looks_html(data) else "text"
        text = data
    else:
        kind = sniff_format(data, filename)
        if kind == "pdf":
            text, kind = pdf_text(data, what), "text"
        elif kind == "docx":
            text, kind = docx_text(data, what), "text"
        else:
            declared = encoding or (structured.declared_charset(data) if kind == "html" else None)
            text = decode_text(data, what, declared)
    if not text.strip():
        raise UnreadableDocument(f"{what} is empty; paste the posting's text instead: {PASTE_CMD}")
    if kind == "html":
        posting = posting_from_html(text, what)
    else:
        posting = posting_from_text(text, markdown=kind == "markdown" or _looks_markdown(text))
        if not looks_like_posting(text, strict=False) and not occupation_for(posting.title):
            advice = (
                "paste the whole posting, with its duties and requirements"
                if filename is None
                else f"check the file, or paste the posting's text instead: {PASTE_CMD}"
            )
            raise NotAPosting(
                f"{what} does not read like a job posting (no duties or requirements found); "
                + advice
            )
    if matcher is not None:
        posting.skills = posting_skills(posting, matcher)
    return posting


def posting_skills(
    posting: Posting, matcher: SkillMatcher, learned: bool = True
) -> list[SkillMatch]:
    """Skills of the description, with the title's own ("Python Developer") after them; the
    evidence is a sentence of the description whenever the description names the skill.
    Also fills in the occupation the title names, the field of work and the skills the title
    implies (kept apart from the skills the text names). The learned filter (skillfilter.py)
    then drops the candidates a reader would not list; `learned=False` keeps them all (to
    train it)."""
    found, text, index = skill_candidates(posting, matcher)
    if learned:
        found = skillfilter.keep(found, text, index, posting.title)
    posting.implied = implied_skills(occupation_for(posting.title), {m.skill for m in found})
    return found


def skill_candidates(
    posting: Posting, matcher: SkillMatcher
) -> tuple[list[SkillMatch], str, TextIndex]:
    """What the rules find (the text's skills, then the title's), with the text they point into
    and its sentences; also fills in the posting's occupation and field of work."""
    occupation = occupation_for(posting.title)
    field = occupation.field if occupation else ""
    text = without_employer(posting.description, posting.company)
    index = TextIndex(text)
    found = extract(text, matcher, index, field=field)
    known = {m.skill for m in found}
    if posting.title:
        found += [m for m in extract(posting.title, matcher, field=field) if m.skill not in known]
    posting.occupation = occupation.name if occupation else ""
    posting.work_field = field
    return found, text, index


_SHORT_DESCRIPTION = 300


def posting_from_html(markup: str, what: str = "the page") -> Posting:
    tree = htmltext.parse_html(markup)
    objects, notes = structured.jsonld_objects(tree)
    candidates = [p for obj in objects for p in structured.find_job_postings(obj)]
    source = "json-ld"
    if not candidates:
        candidates = structured.microdata_postings(tree)
        source = "microdata"
    if candidates:
        chosen = _choose(candidates, tree)
        posting = posting_from_schema(chosen)
        posting.source_format = source
        posting.warnings.extend(notes)
        if len(candidates) > 1:
            posting.warnings.append(
                f"the page holds {len(candidates)} job postings; imported {posting.title!r} "
                "(save another posting's own page to import it)"
            )
        if not posting.description:
            posting.description = _page_text(tree)
            posting.warnings.append("the structured data had no description; used the page text")
        elif len(posting.description) < _SHORT_DESCRIPTION:
            # a one-line summary in the job data, the posting itself on the page
            page = _page_text(tree)
            if len(page) >= 3 * len(posting.description) and looks_like_posting(page, strict=True):
                posting.description = page
                posting.warnings.append(
                    "the structured data held only a summary; used the page text"
                )
        return posting
    copyright_holder = _copyright_holder(tree)  # read before the footer is dropped
    footer = [ln for node in tree.css("footer") for ln in htmltext.node_text(node).split("\n")]
    text = _page_text(tree)
    short = looks_like_posting(text, strict=False) and len(text) >= 150
    if not looks_like_posting(text, strict=True) and not (
        short and occupation_for(posting_from_text(text).title)
    ):
        # a short page is a posting when its heading names a job ("Nursery Practitioner")
        raise NotAPosting(
            f"{what} does not look like a job posting: no JobPosting data and no posting-like "
            f"text; save the posting's own page, or paste its text instead: {PASTE_CMD}"
        )
    posting = posting_from_text(text)
    posting.source_format = "html-text"
    posting.warnings.extend(notes)
    page_title = _html_title(tree)
    if page_title:
        title, company = _split_title(page_title)
        if tree.css_first("h1") is not None or company or not posting.title:
            # <title> "Work With Us - Thistledown Nurseries" names no job: the text's heading does
            posting.title = without_pay(title) or posting.title
        posting.company = posting.company or company
    own = _careers_page_employer(tree, posting.title)
    if own and not _shares_word(own, posting.company):
        # the employer's own careers page names it: "... | Work with us | Kinfolk Community
        # Care", "... | Jobs at Calderbrook Metropolitan Borough Council"; the header's guess
        # was a region or a unit ("Geelong and Surf Coast", "Children's Services")
        posting.company = own
    posting.company = posting.company or _company_in_page_title(tree, posting.title)
    posting.company = posting.company or structured.meta_content(tree, "og:site_name")
    posting.company = posting.company or copyright_holder
    employer, town = address(footer)  # "Greenleaf Grounds LLC · 2210 Harmon Road, Fort Wayne, IN"
    posting.company = posting.company or employer
    posting.location = posting.location or town
    posting.url = structured.meta_content(tree, "og:url") or posting.url
    return posting


def _company_in_page_title(tree: Any, title: str) -> str:
    """ "Warehouse Supervisor | Careers at Northpoint Distribution" or "Job: Sous Chef - The
    Linden Tree" in the page's <title>: the part that is not the job's title."""
    node = tree.css_first("title")
    if node is None:
        return ""
    parts = [p.strip(" :") for p in _TITLE_SPLIT.split(node.text(deep=True).strip()) if p.strip()]
    for part in parts:
        part = re.sub(r"^(?:job|vacancy|careers?|jobs)\s*:\s*", "", part, flags=re.I)
        part = re.sub(r"^(?:careers?|jobs|work|working) (?:at|with|for)\s+", "", part, flags=re.I)
        part = re.sub(r"\s+(?:careers?|jobs)$", "", part, flags=re.I)
        if (
            not part
            or re.fullmatch(r"(?:careers?|jobs?|vacanc(?:y|ies)|job openings?|apply)", part, re.I)
            or part.casefold() == title.casefold()
            or title.casefold() in part.casefold()
        ):
            continue
        if orgish(part) and not is_job(part) and not is_place(part):
            return part
    return ""


def _careers_page_employer(tree: Any, title: str = "") -> str:
    """The name after "Jobs at", "Careers at" or a "Work with us" part of the page's <title>: the
    employer's own careers page saying whose it is ("" when the title says no such thing)."""
    node = tree.css_first("title")
    if node is None:
        return ""
    parts = [p.strip(" :") for p in _TITLE_SPLIT.split(node.text(deep=True).strip()) if p.strip()]
    for k, part in enumerate(parts[:-1]):
        if re.fullmatch(
            r"(?:careers|jobs|work with us|working (?:at|with|for) us|join us|join our team|"
            r"vacancies|current vacancies|job openings|opportunities)",
            part,
            re.I,
        ):
            name = parts[k + 1]
            if name.casefold() == title.casefold() or job_headed(name):
                continue  # "Careers | Civil Site Engineer": the job, not the employer
            if orgish(name) and not is_job(name) and not is_place(name):
                return name
    return ""


def _shares_word(one: str, other: str) -> bool:
    words = {w for w in re.findall(r"[a-z0-9]+", one.casefold()) if len(w) > 2}
    return bool(words & set(re.findall(r"[a-z0-9]+", other.casefold())))


def _copyright_holder(tree: Any) -> str:
    """ "© 2026 Northpoint Distribution LLC" in the page's footer."""
    for node in tree.css("footer"):
        m = re.search(
            r"(?:©|&copy;|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?"
            r"([A-Z][\w&'’.,-]*(?:\s+[A-Z&][\w&'’.,-]*){0,5})",
            node.text(deep=True),
            re.I,
        )
        if m and orgish(m.group(1).strip(" .,")):
            return m.group(1).strip(" .,")
    return ""


def _choose(candidates: list[dict[str, Any]], tree: Any) -> dict[str, Any]:
    """The most complete posting, preferring the one the page's heading names."""
    heading = _html_title(tree).casefold()

    def score(obj: dict[str, Any]) -> float:
        filled = sum(1 for v in obj.values() if v)
        title = str(obj.get("title") or "").casefold()
        named = 5 if title and heading and title in heading else 0
        return named + filled + min(len(str(obj.get("description") or "")), 5000) / 1000

    return max(candidates, key=score)


def posting_from_schema(obj: dict[str, Any]) -> Posting:
    """Fields of a schema.org JobPosting (from JSON-LD or microdata)."""
    description = htmltext.html_to_text(_text(obj.get("description")))
    extras = [
        htmltext.html_to_text(_text(obj.get(k)))
        for k in ("qualifications", "skills", "experienceRequirements", "responsibilities")
    ]
    for extra in extras:
        if extra and extra not in description:
            description = f"{description}\n\n{extra}".strip()
    location, remote = _schema_location(obj)
    employment = obj.get("employmentType") or ""
    if isinstance(employment, list):
        employment = ", ".join(str(e) for e in employment)
    return Posting(
        title=" ".join(_text(obj.get("title") or obj.get("name")).split()),
        company=_name(obj.get("hiringOrganization")),
        location=location,
        remote=remote,
        salary=salary_from_schema(obj.get("baseSalary") or obj.get("estimatedSalary")),
        employment_type=str(employment).replace("_", " ").lower(),
        date_posted=_date(obj.get("datePosted")),
        description=description,
        url=_text(obj.get("url")),
        source_format="json-ld",
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_text(v) for v in value)
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or value.get("description"))
    return str(value).strip()


def _name(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    return " ".join(_text(value).split())


def _schema_location(obj: dict[str, Any]) -> tuple[str, bool | None]:
    remote = str(obj.get("jobLocationType") or "").upper() == "TELECOMMUTE" or None
    places = obj.get("jobLocation")
    places = places if isinstance(places, list) else [places] if places else []
    names = []
    for place in places:
        if not isinstance(place, dict):
            names.append(_text(place))
            continue
        address = place.get("address", place)
        if isinstance(address, dict):
            parts = [
                _text(address.get(k))
                for k in ("addressLocality", "addressRegion", "addressCountry")
            ]
            names.append(", ".join(dict.fromkeys(p for p in parts if p)))
        else:
            names.append(_text(address))
    location = "; ".join(n for n in names if n)
    if remote and not location:
        location = "Remote"
    return location, remote


def _date(value: Any) -> date | None:
    match = _ISO_DATE.search(str(value or ""))
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def posting_from_text(text: str, markdown: bool = False) -> Posting:
    """Fields from the layout (labels, header lines, phrases); the rest is the description."""
    text = htmltext.tidy(_strip_markdown(text) if markdown else text)
    lines = text.split("\n")
    header = read_header(lines)
    fields = header.labelled
    description = htmltext.tidy("\n".join(ln for i, ln in enumerate(lines) if i not in header.used))
    salary = salary_from_text(fields["salary"]) if "salary" in fields else None
    salary = salary or salary_from_text(text)
    location = header.location
    remote = True if _REMOTE.search(location or "\n".join(lines[:8])) else None
    return Posting(
        title=header.title,
        company=header.company,
        location=location,
        remote=remote,
        salary=salary,
        employment_type=fields.get("employment_type", "").lower()[:80],
        date_posted=_date(fields.get("date_posted")),
        description=description,
        source_format="markdown" if markdown else "text",
    )


def _split_title(line: str) -> tuple[str, str]:
    """ "Staff Nurse at St Anne's | JobSite" -> ("Staff Nurse", "St Anne's")."""
    parts = [p.strip(" :") for p in _TITLE_SPLIT.split(line.strip().rstrip(":")) if p.strip()]
    # "Data Analyst | Careers at Coastal Rivers Water": "Careers" names no employer
    parts = [p for p in parts if not _BOARD_WORD.fullmatch(p)]
    if len(parts) >= 2 and len(parts[0].split()) <= 10:
        # "Quality Control Chemist - Sahyadri Pharma Careers": the employer is Sahyadri Pharma
        return parts[0], re.sub(r"\s+(?:careers?|jobs|vacancies)$", "", parts[1], flags=re.I)
    return line.strip(), ""


def _strip_markdown(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|`)", "", text)
    text = re.sub(r"^[ \t]{0,3}#{1,6}[ \t]*(.+?)[ \t]*#*[ \t]*$", r"\1:", text, flags=re.MULTILINE)
    text = re.sub(r"^[ \t]*[-*+][ \t]+", "• ", text, flags=re.MULTILINE)
    text = re.sub(r"::$", ":", text, flags=re.MULTILINE)
    return text


def _looks_markdown(text: str) -> bool:
    return bool(re.search(r"^#{1,6}\s|\*\*[^*]+\*\*", text[:3000], re.MULTILINE))


def _looks_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<body", "<div", "<script", "<head"))


def looks_like_posting(text: str, strict: bool) -> bool:
    """Enough posting words (requirements, apply, salary...) for the text to be a posting."""
    cues = {m.group(1).lower()[:8] for m in _POSTING_CUES.finditer(text[:20000])}
    return len(cues) >= (3 if strict else 1) and len(text) >= (150 if strict else 40)


def _page_text(tree: Any) -> str:
    main = tree.css_first("main, article, [role=main], #job-description, .job-description")
    if main is None:
        for noise in tree.css("nav, header, footer, aside"):
            noise.decompose()
        main = tree.body
    return htmltext.node_text(main)


def _html_title(tree: Any) -> str:
    for selector in ("h1", "title"):
        node = tree.css_first(selector)
        text = " ".join(node.text(deep=True).split()) if node is not None else ""
        if len(text.split()) > 20:
            # an <h1> never closed holds the page: its own words are the title ("Line Cook")
            text = " ".join(node.text(deep=False).split()) if node is not None else ""
        if text:
            return text
    return structured.meta_content(tree, "og:title")
