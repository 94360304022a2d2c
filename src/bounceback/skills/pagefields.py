"""The fields a posting page shows outside its text when it has no job data: the page's
<title> ("Data Analyst | Careers at Coastal Rivers Water"), its heading, the copyright holder in
its footer, and the labels of a table of facts ("<th>Branch</th><td>Cardiff</td>")."""

from __future__ import annotations

import re
from typing import Any

from bounceback.places import is_place
from bounceback.skills import structured
from bounceback.skills.boardchrome import is_board
from bounceback.skills.headerwords import is_job, job_headed, job_terms, orgish
from bounceback.skills.headplaces import name_and_place
from bounceback.skills.notemployer import department_heading

_TITLE_SPLIT = re.compile(r"\s+(?:at|@|[-–—|·:])\s+")


_BOARD_WORD = re.compile(
    r"(?:careers?|jobs?|vacanc(?:y|ies)|job openings?|apply|home|work with us|join us)", re.I
)


def company_in_page_title(tree: Any, title: str) -> str:
    """ "Warehouse Supervisor | Careers at Northpoint Distribution" or "Job: Sous Chef - The
    Linden Tree" in the page's <title>: the part that is not the job's title."""
    node = tree.css_first("title")
    if node is None:
        return ""
    parts = [p.strip(" :") for p in _TITLE_SPLIT.split(node.text(deep=True).strip()) if p.strip()]
    for part in parts:
        if department_heading(part):
            continue  # "Bar Staff | Early Careers": a careers section, not "Early"
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


def careers_page_employer(tree: Any, title: str = "") -> str:
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
            own, town = name_and_place(name)  # "Vacancies | Coláiste Naomh Bríd, Naas"
            name = own if town and own else name
            if name.casefold() == title.casefold() or job_headed(name):
                continue  # "Careers | Civil Site Engineer": the job, not the employer
            if orgish(name) and not is_job(name) and not is_place(name):
                return name
    for part in parts[1:]:
        if department_heading(part):
            continue  # "Early Careers", "Graduate Careers": a section's, no employer's
        # "Data Analyst, Growth — Larchwood Mutual Careers": the employer's own careers site
        named = re.fullmatch(r"(?P<name>.+?)\s+(?:careers|jobs)", part, re.I)
        if named and orgish(named.group("name")) and not is_place(named.group("name")):
            return named.group("name")
    return ""


def named_more(titled: str, guess: str, text: str) -> bool:
    """The employer the page's <title> names ("Full Stack Developer – Tidewell") is written in
    the page's text more often than the header's guess, a department or a menu's word over the
    heading ("Engineering", "Careers"): the <title>'s is the employer."""
    if not titled or not guess or is_place(titled) or shares_word(guess, titled):
        return False
    if _SLOGAN.match(guess) or ":" in guess:
        return titled in text  # "Careers", "Current Openings", "No. of Positions: 4"
    return text.count(guess) <= 1 < text.count(titled)


def shares_word(one: str, other: str) -> bool:
    words = {w for w in re.findall(r"[a-z0-9]+", one.casefold()) if len(w) > 2}
    return bool(words & set(re.findall(r"[a-z0-9]+", other.casefold())))


def copyright_holder(tree: Any) -> str:
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


_REFERENCE = re.compile(
    r"^(?:job\s*(?:id|code|ref|no\.?|number|#)|ref(?:erence)?|req(?:uisition)?(?:\s*id)?|"
    r"vacancy\s*(?:no\.?|id|ref))\b\.?\s*[:#]?\s*[\w/.-]*\d",
    re.I,
)


def split_title(line: str) -> tuple[str, str]:
    """ "Staff Nurse at St Anne's | JobSite" -> ("Staff Nurse", "St Anne's")."""
    parts = [p.strip(" :") for p in _TITLE_SPLIT.split(line.strip().rstrip(":")) if p.strip()]
    # "Data Analyst | Careers at Coastal Rivers Water": "Careers" names no employer
    parts = [p for p in parts if not _BOARD_WORD.fullmatch(p)]
    # "Research Assistant - Job ID 61427 - Fraserview University Careers": no reference either
    # nor the job's terms ("Teacher of Mathematics - Fixed Term (22 hours)")
    terms = [p for p in parts[1:] if job_terms(p)]
    parts = parts[:1] + [p for p in parts[1:] if not (_REFERENCE.match(p) or p in terms)]
    if len(parts) >= 2 and len(parts[0].split()) <= 10:
        # "Quality Control Chemist - Sahyadri Pharma Careers": the employer is Sahyadri Pharma
        names = [re.sub(r"\s+(?:careers?|jobs|vacancies)$", "", p, flags=re.I) for p in parts[1:]]
        # "... - Grade 6 - University of Eastholme": the grade names no employer
        return parts[0], next((n for n in names if orgish(n)), names[0])
    return (parts[0] if terms else line.strip()), ""


# A careers page's banner over the posting: "Join Our Team", "Work with us", "Careers".
_SLOGAN = re.compile(
    r"^(?:join (?:our|the) team|join us|work (?:with|for) us|careers?|current vacancies|"
    r"vacancies|we(?:'re| are) hiring|now hiring|job openings?|opportunities)\W*$",
    re.I,
)


def html_title(tree: Any) -> str:
    for selector in ("h1", "title"):
        node = tree.css_first(selector)
        if selector == "h1" and node is not None and _SLOGAN.match(node.text(deep=True).strip()):
            node = tree.css_first("h2")  # "Join Our Team" over "Chef de Partie"
            if node is not None and len(node.text(deep=True).split()) > 10:
                node = None
        text = " ".join(node.text(deep=True).split()) if node is not None else ""
        if len(text.split()) > 20:
            # an <h1> never closed holds the page: its own words are the title ("Line Cook")
            text = " ".join(node.text(deep=False).split()) if node is not None else ""
        if text:
            return text
    return structured.meta_content(tree, "og:title")


_PAIR_PARENTS = "tr, div, li, p, dd"
_INLINE = ("span", "b", "strong", "label", "em", "i", "small")


def cells_apart(tree: Any) -> None:
    """Keep a table's cells, or a fact's label and value, apart in the page's text: a row of a
    short label and its value reads as a label ("<th>Branch</th><td>Cardiff</td>" and
    "<div><span>Town</span><span>Cardiff</span></div>" are "Branch: Cardiff", "Town: Cardiff",
    not "BranchCardiff"); other cells are parted by a space."""
    for parent in tree.css(_PAIR_PARENTS):
        kids = [
            k
            for k in parent.iter(include_text=True)
            if k.tag != "-text" or (k.text(deep=False) or "").strip()
        ]
        if parent.tag == "tr":
            cells = [c for c in kids if c.tag in ("th", "td")]
        elif len(kids) == 2 and all(k.tag in _INLINE for k in kids):
            cells = kids  # two inline elements and no text between them: a label and a value
        elif 3 <= len(kids) <= 8 and all(k.tag in _INLINE for k in kids):
            # a row of facts: "<span>Engineering</span><span>Cape Town - Woodstock</span>
            # <span>Permanent</span>" reads "Engineering · Cape Town - Woodstock · Permanent"
            for cell in kids[:-1]:
                cell.insert_child(" · ")
            continue
        else:
            continue
        first = " ".join((cells[0].text(deep=True) or "").split()) if cells else ""
        labelled = (
            len(cells) == 2
            and 0 < len(first.split()) <= 4
            and not re.search(r"\d", first)
            and bool(" ".join((cells[1].text(deep=True) or "").split()))
        )
        for k, cell in enumerate(cells):
            if labelled and k == 0 and not first.endswith(":"):
                cell.insert_child(": ")
            else:
                cell.insert_child(" ")


_LOGO_ALT = re.compile(r"^\s*(?P<name>.+?)\s*(?:['’]s)?\s+(?:company\s+)?logo\s*$", re.I)


def logo_employer(tree: Any) -> str:
    """The employer a logo's alt text names ("Harlow Build logo"), never a job board's."""
    for img in tree.css("img[alt]"):
        alt = " ".join((img.attributes.get("alt") or "").split())
        m = _LOGO_ALT.match(alt)
        marked = re.search(r"logo", " ".join(str(img.attributes.get(k) or "") for k in ("class", "id", "src")), re.I)
        name = m.group("name") if m else alt if marked else ""
        if name and orgish(name) and not is_board(name) and not is_job(name):
            return name
    return ""
