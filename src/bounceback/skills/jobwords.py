"""A name read as the employer that is the job's own words, not an employer.

"The Administration Executive will manage the school's budget", "Stewards are the first people
our guests meet", "Police Contact Officers are the first point of contact": the readers that
take a sentence's subject for the employer take the job's holders there, and a title line split
at a dash leaves a piece of the title. When every word of the name is a word of the title (a
plural, an article and case aside), the name is the job's: the employer is the legal name the
text gives as a subject ("Kaveri Global Business Services Pvt. Ltd. is hiring"), else none.
"""

from __future__ import annotations

import re

from bounceback.skills.headerwords import job_headed
from bounceback.skills.legalforms import legal_employer

_ARTICLES = frozenset({"the", "a", "an", "our", "your", "and", "&", "of"})


def _words(text: str) -> set[str]:
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words} - _ARTICLES


def the_job_itself(company: str, title: str) -> bool:
    """Whether the company read is made of the title's words and ends in a job's word ("The
    Administration Executive" beside "Administration Executive (School Finance and
    Operations)"), and is not glued to the title as its employer."""
    own = _words(company)
    if not own or not title or not own <= _words(title) or not job_headed(company):
        return False
    # "Boner - Tararua Meat Processors": the employer glued to the title after a separator
    core = re.sub(r"^(?:the|our)\s+", "", company.strip(), flags=re.I)
    return not re.search(rf"(?:[-–—|@,:·]|\b(?:at|by|for|with|from))\s*(?:the\s+)?{re.escape(core)}", title, re.I)


def employer_not_job(company: str, title: str, lines: list[str]) -> str:
    """The company, or the legal name the text gives when the company read is the job."""
    if not the_job_itself(company, title):
        return company
    return legal_employer(lines)
