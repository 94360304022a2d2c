"""Reading a job posting from a saved page, a text or Markdown file, or pasted text."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from bounceback import htmltext
from bounceback.domain.skills import (
    Importance,
    NotAPosting,
    Posting,
    SkillMatch,
    UnreadableDocument,
)
from bounceback.skills import skillfilter, structured
from bounceback.skills.agencies import is_agency, settle
from bounceback.skills.boardchrome import is_board
from bounceback.skills.contacts import address
from bounceback.skills.documents import (
    decode_text,
    docx_text,
    pdf_text,
    sniff_format,
)
from bounceback.skills.employername import without_employer
from bounceback.skills.employerphrases import client_of_agency
from bounceback.skills.employerplaces import footer_employer
from bounceback.skills.evidence import TextIndex
from bounceback.skills.headerlogo import masthead_employer, weak_employer
from bounceback.skills.jobwords import employer_not_job
from bounceback.skills.layout import mode_only, read_header
from bounceback.skills.legalforms import words_of
from bounceback.skills.markdowntext import looks_markdown, strip_markdown
from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.notemployer import employer_or_blank, not_employer
from bounceback.skills.occupations import implied_skills, occupation_for
from bounceback.skills.pagefields import (
    careers_page_employer,
    cells_apart,
    company_in_page_title,
    copyright_holder,
    html_title,
    logo_employer,
    named_more,
    shares_word,
    split_title,
)
from bounceback.skills.parentbody import alt_texts, parent_body
from bounceback.skills.pdfpages import without_page_furniture
from bounceback.skills.reqtables import read_html_tables, read_pipe_tables
from bounceback.skills.salary import salary_from_text
from bounceback.skills.schemaposting import iso_date, posting_from_schema
from bounceback.skills.shortforms import full_name
from bounceback.skills.titleextras import without_pay

_POSTING_CUES = re.compile(
    r"\b(responsibilit|requirement|qualification|experience|apply|applicants?|candidates?|"
    r"the role|this role|position|we are looking|we're looking|you will|you'll|salary|"
    r"benefits|skills|job|hiring|join (?:our|the) team|full[- ]time|part[- ]time|about you|"
    r"desirable|essential|must[- ]have|nice[- ]to[- ]have|duties|per hour|per year|a year|"
    r"preferred|you have|you need|what you|wanted|we train|cv|resume|shifts?|per week|"
    r"hourly|we're hiring|now hiring|qualified|location\s*:|"
    # a freelance marketplace's brief: the budget, the deliverables, the proposals asked for
    r"freelanc|budget|deliverables?|proposals?|fixed[- ]price|milestones?|"
    r"looking for (?:a|an|someone)|i need (?:a|an|someone)|we need (?:a|an|someone))",
    re.IGNORECASE,
)
_REMOTE = re.compile(r"\b(remote|work from home|wfh|telecommute|fully distributed)\b", re.I)
PASTE_CMD = "bounceback posting import -"


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
        posting = posting_from_text(text, markdown=kind == "markdown" or looks_markdown(text))
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
    ranks the candidates: those it scores as asked for are returned; the rest it keeps as
    named but not asked for go to `posting.mentioned` (importance MENTIONED); `learned=False`
    returns them all (to train it)."""
    found, text, index = skill_candidates(posting, matcher)
    posting.mentioned = []
    if learned:
        found, mentioned = skillfilter.split(found, text, index, posting.title)
        posting.mentioned = [replace(m, importance=Importance.MENTIONED) for m in mentioned]
    named = {m.skill for m in found} | {m.skill for m in posting.mentioned}
    posting.implied = implied_skills(occupation_for(posting.title), named)
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


_SHORT_DESCRIPTION = 600


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
        own_lines = posting.description.split("\n")
        if (
            not posting.company
            or is_board(posting.company, own_lines)
            or not_employer(posting.company)
        ):
            # the job data names no employer (or a person, a department): the page's <title>, its site name or its footer do
            named = (
                careers_page_employer(tree, posting.title),
                company_in_page_title(tree, posting.title),
                structured.meta_content(tree, "og:site_name"),
                copyright_holder(tree),
            )
            posting.company = next(
                (n for n in named if n and not is_board(n) and not not_employer(n)), ""
            )
        _agency_client(posting)  # "hiringOrganization": the agency; the text names its client
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
        posting.location = _own_place(tree, posting.location) or posting.location
        return posting
    read_html_tables(tree)  # "Criteria | Essential | Desirable": the two lists it stands for
    cells_apart(tree)  # "<th>Town</th><td>Cardiff</td>": "Town: Cardiff"
    holder = copyright_holder(tree)  # read before the footer is dropped
    alts = alt_texts(tree)  # "University of North Pennine crest", in a header dropped below
    rows = _rows_beside(tree)  # "Employer | Severnside ... NHS Trust" over the description
    logo = logo_employer(tree)  # "<img alt='Harlow Build logo'>", in a header dropped below
    masthead = employer_or_blank(masthead_employer(tree))  # a crest, a seal, a banner's image
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
    page_title = html_title(tree)
    if page_title:
        title, company = split_title(page_title)
        company = employer_or_blank(company)  # "Graduate Engineer | Early Careers"
        if tree.css_first("h1") is not None or company or not posting.title:
            # <title> "Work With Us - Thistledown Nurseries" names no job: the text's heading does
            posting.title = without_pay(title) or posting.title
        if company and words_of(posting.company) < words_of(company):
            posting.company = company  # "Jobs at Eastholme" in the text; "University of Eastholme"
        posting.company = posting.company or company
    posting.company = employer_or_blank(posting.company)
    own = employer_or_blank(careers_page_employer(tree, posting.title))
    if own and not shares_word(own, posting.company):
        # the employer's own careers page names it: "... | Work with us | Kinfolk Community
        # Care", "... | Jobs at Calderbrook Metropolitan Borough Council"; the header's guess
        # was a region or a unit ("Geelong and Surf Coast", "Children's Services")
        posting.company = own
    titled = employer_or_blank(company_in_page_title(tree, posting.title))
    if titled and (
        words_of(posting.company) < words_of(titled)
        or (titled not in structured.heading(tree) and named_more(titled, posting.company, text))
    ):  # not the heading's own part: "Legal Secretary – Litigation" names a team
        posting.company = titled  # "Jobs at Eastholme" in the text; "University of Eastholme"
    posting.company = posting.company or titled
    posting.company = posting.company or employer_or_blank(logo)
    site_name = structured.meta_content(tree, "og:site_name")
    posting.company = posting.company or employer_or_blank(site_name)
    posting.company = posting.company or employer_or_blank(holder)
    # "Harlow Foods is an equal opportunity employer" in the page's footer
    posting.company = posting.company or footer_employer(footer)
    employer, town = address(footer)  # "Greenleaf Grounds LLC · 2210 Harmon Road, Fort Wayne, IN"
    posting.company = posting.company or employer_or_blank(employer)
    posting.location = posting.location or town
    if masthead and weak_employer(posting.company):  # over "The HIMM", "Background" (headerlogo.py)
        posting.company = masthead
    labelled = employer_or_blank(rows.get("company", ""))
    if labelled and not is_board(labelled):
        posting.company = labelled  # the page's own "Employer" row, outside the description
    posting.location = posting.location or rows.get("location", "")
    lines = text.split("\n")
    logo = employer_or_blank(logo)
    posting.company = parent_body(posting.company, posting.title, lines, alts, logo) or posting.company
    posting.url = structured.meta_content(tree, "og:url") or posting.url
    _agency_client(posting)
    if is_board(posting.company, lines):
        posting.company = employer or ""  # og:site_name "Reed.co.uk": the board, not the employer
    return posting


_ROW_LABEL = re.compile(r"^\s*(?:employer|company|organi[sz]ation|locations?|based at|work location)\s*:", re.I | re.M)


def _rows_beside(tree: Any) -> dict[str, str]:
    """The labelled rows of a page's summary ("Employer: ...", "Location: ...") when the text read
    is only the description's node, which leaves them out."""
    main = tree.css_first(_MAIN)
    if main is None or tree.body is None:
        return {}
    if not _ROW_LABEL.search(htmltext.node_text(tree.body)):
        return {}  # no such row anywhere: the page is neither copied nor read twice
    whole = htmltext.node_text(_without_other_jobs(tree.body))
    if not _ROW_LABEL.search(whole):
        return {}  # the rows were the other jobs' only
    return read_header(whole.split("\n")).labelled


# a block that lists other jobs ("Similar jobs" cards, each with its own "Company:" row)
_OTHER_JOBS = re.compile(r"\b(?:similar|recommended|related|more|other)\s+(?:jobs|roles|vacancies|positions)\b", re.I)


def _without_other_jobs(body: Any) -> Any:
    """A copy of the page's body without its sidebars, menus and footer, nor a block headed
    "Similar jobs", "Recommended jobs"...: their "Company:" rows name other employers (round 34
    review, F3)."""
    copy = htmltext.parse_html(body.html or "")
    for node in copy.css("aside, nav, footer"):
        node.decompose()
    for _ in range(20):  # one block at a time: the tree is queried again after each removal
        block = next(
            (
                h.parent
                for h in copy.css("h1, h2, h3, h4, h5, h6")
                if _OTHER_JOBS.search(h.text() or "") and h.parent is not None
                and h.parent.tag not in ("body", "main", "html")
            ),
            None,
        )
        if block is None:
            break
        block.decompose()
    return copy.body


def _own_place(tree: Any, data_place: str) -> str:
    """The page's own "Location:" line when the job data names another town of the same state
    or country: the data holds the board's metro area ("Sydney, NSW, AU"), the page the site
    ("Location: Eastern Creek NSW 2766")."""
    parts = [p.strip() for p in data_place.split(",")]
    if len(parts) < 2 or ";" in data_place:
        return ""
    line = read_header(_page_text(tree).split("\n")).labelled.get("location", "")
    town = re.split(r"[,(]|\s+(?:[A-Z]{2,3}|\d{3,})\b", line)[0].strip()  # "Eastern Creek NSW 2766"
    if not re.search(r"[a-z]{2}", town) or mode_only(line) or shares_word(town, data_place):
        return ""  # no town written as a name ("AB T9E 7M2" from a page's markup), or the same
    return line if re.search(rf"\b{re.escape(parts[1])}\b", line) else ""


def _agency_client(posting: Posting) -> None:
    """An agency named as the company, and its client named in the text: the client is the
    company, the agency shown beside it (agencies.py)."""
    if not is_agency(posting.company):
        return
    client = client_of_agency([ln.strip() for ln in posting.description.split("\n") if ln.strip()])
    posting.company, posting.agency = settle(
        posting.company, posting.agency or posting.company, client, posting.title
    )


def _choose(candidates: list[dict[str, Any]], tree: Any) -> dict[str, Any]:
    """The most complete posting, preferring the one the page's heading names."""
    heading = html_title(tree).casefold()

    def score(obj: dict[str, Any]) -> float:
        filled = sum(1 for v in obj.values() if v)
        title = str(obj.get("title") or "").casefold()
        named = 5 if title and heading and title in heading else 0
        return named + filled + min(len(str(obj.get("description") or "")), 5000) / 1000

    return max(candidates, key=score)


def posting_from_text(text: str, markdown: bool = False) -> Posting:
    """Fields from the layout (labels, header lines, phrases); the rest is the description."""
    text = read_pipe_tables(text)  # "| Requirement | Essential / Desirable |": two lists
    text = htmltext.tidy(strip_markdown(text) if markdown else text)
    text = without_page_furniture(text)  # a PDF's text: its running lines, its broken words
    lines = text.split("\n")
    header = read_header(lines)
    fields = header.labelled
    description = htmltext.tidy("\n".join(ln for i, ln in enumerate(lines) if i not in header.used))
    salary = salary_from_text(fields["salary"]) if "salary" in fields else None
    salary = salary or salary_from_text(text)
    location = header.location
    header.company = parent_body(header.company, header.title, lines) or header.company
    header.company = full_name(header.company, lines) or header.company  # "The ETB", in full
    header.company = employer_not_job(header.company, header.title, lines)  # "Stewards are..."
    remote = True if _REMOTE.search(location or "\n".join(lines[:8])) else None
    return Posting(
        title=header.title,
        company=header.company,
        agency=header.agency,
        location=location,
        remote=remote,
        salary=salary,
        employment_type=fields.get("employment_type", "").lower()[:80],
        date_posted=iso_date(fields.get("date_posted")),
        description=description,
        source_format="markdown" if markdown else "text",
    )


def _looks_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<body", "<div", "<script", "<head"))


def looks_like_posting(text: str, strict: bool) -> bool:
    """Enough posting words (requirements, apply, salary...) for the text to be a posting."""
    cues = {m.group(1).lower()[:8] for m in _POSTING_CUES.finditer(text[:20000])}
    return len(cues) >= (3 if strict else 1) and len(text) >= (150 if strict else 40)


_MAIN = "main, article, [role=main], #job-description, .job-description"


def _page_text(tree: Any) -> str:
    main = tree.css_first(_MAIN)
    if main is None:
        for noise in tree.css("nav, header, footer, aside"):
            noise.decompose()
        main = tree.body
    return htmltext.node_text(main)
