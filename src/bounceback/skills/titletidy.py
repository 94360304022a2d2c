"""A title's last tidying (round 29): the first role of a posting that lists several ("Line Cook,
Kitchen Porter and Waiter" is a Line Cook: the first is the one the posting is filed under), and
no emoji before it ("👨‍🍳 Line Cook")."""

from __future__ import annotations

import re

from bounceback.skills.headerwords import is_job, job_headed
from bounceback.skills.occupations import occupation_for

# pictographs, their joiners and variation selectors, dingbats and arrows before a title
_EMOJI_LEAD = re.compile(
    "^[\\s\u200d\ufe0f\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff*•·|:-]+"
)
_LIST = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


# the last word of who does the work ("Cashier", "Tutor", "Pharmacist", "Crew"); "Health &
# Safety Advisor", "Payroll & Pensions Officer" and "Sales & Marketing Manager" are one job whose
# first words name its field, not two roles
_WORKER_END = re.compile(
    r"(?:er|or|ist|ian|ant|ent|ess|man|men|ee|ic|chef|cook|nurse|staff|crew|hand|guard)s?$", re.I
)


def _worker(piece: str) -> bool:
    return bool(job_headed(piece) or _WORKER_END.search(piece))


def _role(piece: str) -> bool:
    return bool(piece) and len(piece.split()) <= 5 and bool(is_job(piece) or occupation_for(piece))


def first_role(title: str) -> str:
    """The first of several roles a title lists, each of them a job; the title otherwise."""
    title = _EMOJI_LEAD.sub("", title).strip()
    pieces = [p.strip() for p in _LIST.split(title) if p.strip()]
    if len(pieces) >= 2 and all(_role(p) for p in pieces) and all(map(_worker, pieces[:-1])):
        return pieces[0]
    return title
