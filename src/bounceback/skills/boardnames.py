"""A job board known by the shape of its name rather than by a list: a word for jobs glued into
one name ("JobsZA", "CareerJunction", "FitCareers.ca", "HospoJobs") or a website whose name says
jobs ("hiremenow.co.nz", "worknet.ph"). The lists of known boards are in boardchrome.py."""

from __future__ import annotations

import re

# "JobsZA", "CareerJunction", "FitCareers", "HospoJobs", "VacanciesKE", "GulfTalent": a capital
# inside the word, so "Jobson" or "Careering" (a surname, a word) are not read as boards
_GLUED = re.compile(
    r"^(?:[A-Z][a-z]+)*(?:Jobs|Careers?|Vacancies)(?:[A-Z][A-Za-z]*)*$|^(?:[A-Z][a-z]+)+Talent$|"
    r"^(?:Jobs|Careers?|Vacancies)[A-Z][A-Za-z]*$"
)
_SITE = re.compile(
    r"^[\w-]*(?:jobs?|careers?|vacanc|hiring|talent)[\w-]*"
    r"\.(?:com|net|org|co|io|jobs|ca|ie|in|ph|ng|ke|za|au|nz|uk|sg|ae)(?:\.[a-z]{2})?$",
    re.I,
)
# what may follow the glued name: its country, its domain, or the board's kind
_TAIL = re.compile(
    r"\s+(?:hub|portal|online|board|africa|asia|global|[A-Z]{2}|south africa|nigeria|kenya|"
    r"philippines|india|australia|canada|ireland|uk|nz|singapore|uae|gulf)$",
    re.I,
)


def board_shaped(name: str) -> bool:
    """Whether a name is a job board's by its shape: "JobsZA", "FitCareers.ca", "GulfTalent Hub"."""
    text = _TAIL.sub("", name.strip(" .")).strip()
    if not text or " " in text:
        return False
    if _SITE.match(text):
        return True
    bare = re.sub(
        r"\.(?:com|net|org|co|ca|ie|in|ph|ng|ke|za|au|nz|uk|sg|ae)(?:\.[a-z]{2})?$",
        "",
        text,
        flags=re.I,
    )
    return bool(_GLUED.match(bare)) and bare not in (
        "Jobs",
        "Careers",
        "Career",
        "Talent",
        "Vacancies",
    )
