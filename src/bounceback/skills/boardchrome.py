"""A job board's own page around a pasted posting: the menu, the search box and the account
links a user copies with the posting when they select the whole page ("Skip to main content",
"Find jobs", "Company reviews", "Sign in", "What" / "Where", "My Network", "Back to search
results"). Those lines come before the title and name neither the job, the employer nor the
place; the header is read after them."""

from __future__ import annotations

import re

from bounceback.skills.headerwords import is_job, job_headed

# The menu items of the boards (Indeed, LinkedIn, SEEK, Reed, Totaljobs, Glassdoor, Naukri,
# Jobs.ie, Job Bank, ZipRecruiter, MyCareersFuture, PNet...) and of careers sites.
_NAV = re.compile(
    r"^(?:skip to (?:main )?content|skip navigation|main menu|menu|navigation|toggle navigation|"
    r"home|jobs?|find (?:a )?jobs?|search jobs|job search|browse jobs|all jobs|my jobs|saved jobs|"
    r"recommended jobs|jobs for you|job alerts?|company reviews|companies|find companies|"
    r"salar(?:y|ies)|salary guide|find salaries|salary tools?|career advice|career guide|"
    r"careers advice|courses|community|communities|explore|discover|resources|help|"
    r"help centre|help center|upload (?:your )?(?:cv|resume|résumé)|post (?:a )?jobs?|"
    r"employers?(?: ?/ ?post (?:a )?jobs?)?|for employers|employer site|recruiters?|"
    r"for recruiters|for business|sign in|sign up|log ?in|log ?out|register|join now|"
    r"create (?:an )?account|sign in ?/ ?register|register ?/ ?sign in|log ?in ?/ ?register|"
    r"my account|account|profile|my profile|settings|notifications|messages|messaging|"
    r"inbox|me|my network|network|learning|try premium.*|premium|work|what|where|"
    r"keywords?|job title, keywords,? or company|city, state, zip code,? or .*|"
    r"city,? (?:town|state|county|postcode).*|search|search again|refine search|"
    r"back|back to (?:search|results|search results|jobs|all jobs)|"
    r"(?:←|<|«)\s*back.*|previous|next|(?:\d+ )?(?:new )?jobs? (?:found|results?)|"
    r"modify search|filters?|sort by.*|date posted|distance|job type|"
    r"english|en|cookies?|accept(?: all)?(?: cookies)?|reject(?: all)?|manage cookies|"
    r"linkedin|indeed|seek|reed(?:\.co\.uk)?|totaljobs|glassdoor|naukri(?:\.com)?|"
    r"monster|ziprecruiter|jobs\.ie|irishjobs(?:\.ie)?|job bank|jobbank|pnet|careers24|"
    r"mycareersfuture|jobstreet|trade me jobs|trademe|caterer(?:\.com)?|cv-library|"
    r"usajobs|google|careers|careers home|our jobs|current vacancies|vacancies|"
    r"about us|contact us|contact|blog|news)\W*$",
    re.I,
)
_SHORT = 4  # an unknown line between two menu items is a menu item when this short


def _nav(line: str) -> bool:
    return bool(_NAV.match(line.strip().strip("*_#:|•·>").strip()))


def _job(line: str) -> bool:
    line = line.strip().strip("*_#:").strip()
    return is_job(line) or job_headed(line)


def chrome_end(lines: list[str]) -> int:
    """The number of leading lines that are the board's page rather than the posting: up to
    the last menu item of the run of them that opens the text (0 when there is no such run).

    A run opens within the first three lines, holds at least three menu items, and lets two
    short unknown lines at most stand between two of them ("Trade Me", "Kiwi jobs")."""
    filled = [i for i, line in enumerate(lines[:60]) if line.strip()]
    if not filled:
        return 0
    items = [k for k, i in enumerate(filled) if _nav(lines[i])]
    if not items or items[0] > 2:
        return 0
    run = [items[0]]
    for k in items[1:]:
        gap = [lines[filled[j]] for j in range(run[-1] + 1, k)]
        if len(gap) > 2 or any(len(g.split()) > _SHORT or _job(g) for g in gap):
            break  # "Sign in" / "Forklift Driver" / "Jobs": the title is no menu item
        run.append(k)
    if len(run) < 3:
        return 0
    return filled[run[-1]] + 1
