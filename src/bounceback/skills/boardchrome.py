"""A job board's own page around a pasted posting: the menu, the search box and the account
links a user copies with the posting when they select the whole page ("Skip to main content",
"Find jobs", "Company reviews", "Sign in", "What" / "Where", "My Network", "Back to search
results"). Those lines come before the title and name neither the job, the employer nor the
place; the header is read after them."""

from __future__ import annotations

import re

from bounceback.skills.boardnames import board_shaped
from bounceback.skills.boardphrases import COOKIES, OTHER_JOBS, SITE_LINKS
from bounceback.skills.headerwords import is_job, job_headed, orgish

# The menu items of the boards (Indeed, LinkedIn, SEEK, Reed, Totaljobs, Glassdoor, Naukri,
# Jobs.ie, Job Bank, ZipRecruiter, MyCareersFuture, PNet...) and of careers sites.
_NAV_ITEMS = (
    r"skip to (?:main )?content|start of main content|skip navigation|main menu|menu|navigation|toggle navigation|"
    r"home|jobs?|find (?:a )?jobs?|search jobs|job search|all jobs|my jobs|saved jobs|"
    r"recommended jobs|jobs for you|job alerts?|alerts|saved|company reviews|companies|find companies|services|"
    r"salar(?:y|ies)|find salaries|salary tools?|career guide|"
    r"courses|community|communities|explore|discover|resources|help|"
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
    r"english|en|cookies?|accept(?: all)?|reject(?: all)?|"
    # the phrases a board's footer shares with its menu (boardphrases.py)
    rf"{SITE_LINKS}|{COOKIES}|"
    r"linkedin|indeed|seek|reed(?:\.co\.uk)?|totaljobs|glassdoor|naukri(?:\.com)?|"
    r"monster|ziprecruiter|jobs\.ie|irishjobs(?:\.ie)?|job bank|jobbank|pnet|careers24|"
    r"mycareersfuture|jobstreet|trade me jobs|trademe|caterer(?:\.com)?|cv-library|"
    r"usajobs|google|careers|careers home|our jobs|current vacancies|vacancies|"
    r"about us|contact us|contact|blog|news|accessibility|a-z of services|report it|pay it|"
    r"apply for it|candidates|clients|register cv|upload cv|view job postings|my application|"
    r"my applications|job seekers|jobseekers|find a job|search for jobs|career tips|"
    r"career resources|explore companies|salary checker|job alerts|log ?in ?/ ?register|"
    r"sign in ?/ ?register|"
    # a hiring system's page around the job (Greenhouse, Lever, Workable, BambooHR...)
    r"current openings|open positions|open roles|job openings|openings|all openings|"
    r"apply|apply now|apply for this (?:job|position|role)|share(?: this (?:job|role))?|"
    r"save(?: this)? job|print|email (?:this )?job|back to (?:all )?(?:openings|positions|careers)|"
    r"(?:view|see) all (?:jobs|openings|positions)|powered by \w+"
)
_NAV = re.compile(rf"^(?:{_NAV_ITEMS})\W*$", re.I)
# Several menu items on one line: "Home   Find jobs   Company reviews", "Home | Find a Job |
# Employers | Contact"
_ITEMS = re.compile(r"\s{2,}|\s*\|\s*|\s+·\s+|\t+")
# A cookie banner, a breadcrumb trail ("Home > Jobs > Nursing")
_COOKIES = re.compile(r"\bcookies?\b.*\b(?:accept|reject|agree|policy|preferences|ok|close)\b", re.I)
_TRAIL_STEP = re.compile(r"\s[>»›]\s")
_TRAIL_START = re.compile(r"^(?:home|jobs?|careers?)\s*[>»›]", re.I)
_MENU_LINE_MAX = 400  # a longer line is text, never the site's menu (and never read as one)
_ITEM_WORDS = 5  # the most words one menu item has ("Sign in / Register", "Skip to main content")
_SHORT = 4  # an unknown line between two menu items is a menu item when this short


def _nav(line: str) -> bool:
    line = line.strip().strip("*_#:|•·>").strip()
    if len(line) > _MENU_LINE_MAX:
        return False
    if _NAV.match(line) or _COOKIES.search(line) or _is_trail(line) or _run_together(line):
        return True
    items = _items(line)
    known = sum(1 for i in items if _NAV.match(i))
    # most of the items are known menu words ("Sign in | Employers / Post Job": all of two),
    # and none is a job's title
    enough = len(items) >= 3 and known * 2 >= len(items) or len(items) == 2 == known
    return enough and not any(_job(i) for i in items if not _NAV.match(i))


def _is_trail(line: str) -> bool:
    """ "Home > Council and democracy > Jobs and careers": a breadcrumb trail."""
    return len(_TRAIL_STEP.findall(line)) >= 2 or bool(_TRAIL_START.match(line))


def _run_together(line: str) -> bool:
    """Menu items run together once a line's spaces are tidied ("Home My Network Jobs Me"):
    the words split, every one of them, into three known items or more."""
    # a separator ("|", "·") or a count on an item ("Saved (0)", "Messages 3") is no word of it
    words = [w for w in line.split() if not re.fullmatch(r"[|·•/]|\(?\d{1,3}\+?\)?", w)]
    if len(words) > 40:
        return False
    # fewest items covering words[:k], or None when words[:k] is no run of items
    best: list[int | None] = [0] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - _ITEM_WORDS), end):
            before = best[start]
            if before is not None and _NAV.match(" ".join(words[start:end])):
                best[end] = before + 1 if best[end] is None else min(best[end] or 0, before + 1)
    return best[-1] is not None and best[-1] >= 3


def is_cookie_banner(line: str) -> bool:
    """ "We use cookies to ... [Accept all] [Manage preferences]": the site's, not the posting's."""
    return (
        len(line) < _MENU_LINE_MAX
        and "cookie" in line[:200].casefold()
        and bool(_COOKIES.search(line))
    )


def _items(line: str) -> list[str]:
    return [i.strip() for i in _ITEMS.split(line.strip()) if i.strip()]


def _job(line: str) -> bool:
    line = line.strip().strip("*_#:").strip()
    return is_job(line) or job_headed(line)


def _run(lines: list[str]) -> tuple[int, int]:
    """(first, last + 1) line numbers of the run of menu lines that opens the text; (0, 0)
    when there is none."""
    filled = [i for i, line in enumerate(lines[:60]) if line.strip()]
    items = [k for k, i in enumerate(filled) if _nav(lines[i])]
    if not items or items[0] > 2:
        return 0, 0
    if any(_job(_items(lines[i])[0]) for i in filled[: items[0]]):
        return 0, 0  # "Security Officer | Jurong West" over "Apply | Save | Share": the job's own buttons
    run = [items[0]]
    for k in items[1:]:
        gap = [lines[filled[j]] for j in range(run[-1] + 1, k)]
        if len(gap) > 2 or any(len(g.split()) > _SHORT or _job(g) for g in gap):
            break  # "Sign in" / "Forklift Driver" / "Jobs": the title is no menu item
        run.append(k)
    many = any(
        len(_items(lines[filled[k]])) >= 3 or _run_together(lines[filled[k]].strip()) for k in run
    )
    if len(run) < 3 and not many:
        return 0, 0  # one line of several menu items is a menu too
    return filled[run[0]], filled[run[-1]] + 1


def chrome_end(lines: list[str]) -> int:
    """The number of leading lines that are the board's page rather than the posting: up to
    the last menu item of the run of them that opens the text (0 when there is no such run).

    A run opens within the first three lines, holds at least three menu items (or a line of
    several), and lets two short unknown lines at most stand between two of them."""
    return _run(lines)[1]


def brand(lines: list[str]) -> str:
    """The site's name over its menu ("Eastmere District Council - Jobs and careers", "Pine
    Hollow Independent School District"): the employer's own careers site names the employer
    there; "" when there is no menu or nothing above it."""
    start, end = _run(lines)
    inside = [ln for ln in lines[start:end] if ln.strip() and not _nav(ln)][:1]
    if not any(ln.strip() for ln in lines[:start]) and inside and len(inside[0].split()) <= 6:
        # "Skip to main content" / "Northwind Outfitters" / "Current Openings": the name in it
        inside = [ln for ln in inside if orgish(ln.strip()) and not _job(ln)]
    else:
        inside = []
    for line in (lines[:start] if end else []) + inside:
        text = line.strip().strip("*_#").strip()
        if text and not _nav(text):
            return re.sub(
                r"\s+[-–—|:]\s+(?:jobs?|careers?|vacancies|jobs and careers|current vacancies|"
                r"recruitment|work(?:ing)? (?:for|with) us)$",
                "",
                text,
                flags=re.I,
            )
    return ""


# The job boards and hiring systems whose names stand on a pasted or saved page: the site, never
# the employer ("Reed.co.uk", "SEEK", "Indeed", "© 2026 Totaljobs Group Ltd").
_BOARDS = re.compile(
    r"^(?:©\s*)?(?:\d{4}\s+)?(?:indeed|linkedin|seek|reed|totaljobs|glassdoor|naukri|monster|"
    r"ziprecruiter|jobs\.ie|irishjobs|job bank|jobbank|pnet|careers24|mycareersfuture|"
    r"jobstreet|trade me|trademe|trade me jobs|caterer|cv-library|cv library|usajobs|adzuna|"
    r"simplyhired|simply hired|jobsite|workday|greenhouse|lever|bamboohr|smartrecruiters|"
    r"jobvite|icims|taleo|google|careerbuilder|dice|jora|nhs jobs|jobs\.ac\.uk|"
    r"publicjobs|gumtree|craigslist|snagajob|hcareers|workopolis|eluta|timesjobs|shine|"
    r"foundit|instahyre|jobsdb|jobsnz|myjobspace|student job|totaljobs group)"
    r"(?:\.(?:com|co\.uk|co\.nz|com\.au|co\.za|ie|ca|in|sg|gov|ac\.uk|nz|au|co))*"
    r"(?:\s+(?:jobs|careers|group|limited|ltd|inc|llc|pty ltd|plc|australia|uk|nz|india|"
    r"canada|ireland))*\.?$"
    # a name that says what it is: "JobBoard ZA", "Coastal Jobs Portal", "Careers Board NZ"
    r"|^(?:[\w&'’.-]+\s+){0,3}(?:job ?board|jobs ?board|jobs? portal|careers? (?:board|portal))"
    r"(?:\s+[\w.]+){0,2}$",
    re.I,
)


def is_board(name: str, lines: list[str] | None = None) -> bool:
    """Whether a name is a job board's or a hiring system's, not an employer's. A name only
    shaped like a board's ("JobsZA", "FitCareers.ca", but also the employers "JobsOhio" and
    "CareerSource") is a board's when the posting's `lines`, if given, use it as one."""
    if _BOARDS.match(name.strip()):
        return True
    return board_shaped(name) and (lines is None or used_as_board(name, lines))


# What a text says of a board: "via NurseJobsNZ", "posted on JobsZA", "apply on CareerJunction"
_BOARD_USE = (
    r"(?i:\b(?:via|posted\s+(?:on|to|via|at)|apply\s+(?:now\s+|online\s+)?(?:on|at|through|via)|"
    r"applications?\s+(?:on|through|via)|advertised\s+(?:on|via|at)|listed\s+on|found\s+"
    r"(?:it\s+|this\s+(?:job|role|post)\s+)?on|seen\s+on|shared\s+(?:on|via)|sign\s+(?:in|up)\s+"
    r"(?:to|on|with)|register\s+(?:on|with)|mention)\s+(?:the\s+)?|©\s*(?:\d{4}\s+)?)"
)


def used_as_board(name: str, lines: list[str]) -> bool:
    """Whether a posting's lines use a name as a board's: a board's words before it ("via",
    "posted on", "apply on", "©"), or the board's page around the posting (its menu, its
    list of other jobs)."""
    bare = re.sub(r"\s+\S+$", "", name.strip(" .")) if " " in name.strip() else name.strip(" .")
    said = re.compile(rf"{_BOARD_USE}(?:{re.escape(name.strip(' .'))}|{re.escape(bare)})\b")
    text = "\n".join(lines[:400])
    return bool(said.search(text)) or chrome_end(lines) > 0 or bool(other_jobs(lines))


# A board's list of other jobs beside the posting ("Similar jobs you may like:", "People also
# viewed"): each line names another job, its employer or its place, never this posting's.
_OTHER_JOBS = re.compile(rf"^\W*(?:{OTHER_JOBS})\b.*$", re.I)


def other_jobs(lines: list[str]) -> set[int]:
    """The line numbers of the lists of other jobs a board shows beside the posting: the
    heading and the lines under it, up to a blank line or a rule ("-----")."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        if _OTHER_JOBS.match(lines[i].strip()) and len(lines[i].split()) <= 12:
            out.add(i)
            i += 1
            while (
                i < len(lines)
                and lines[i].strip()
                and not re.match(r"^\s*[-=_*]{3,}\s*$", lines[i])
            ):
                out.add(i)
                i += 1
        i += 1
    return out


_TRAIL_EMPLOYER = re.compile(
    r"^\W*(?P<name>[^>»›|]{2,60}?)\s*[>»›]\s*(?:careers?|jobs?|vacancies|work with us|join us)\b",
    re.I,
)


def trail_employer(lines: list[str]) -> str:
    """The employer a careers site's breadcrumb trail opens with ("Alpenbahn Technologies ›
    Careers › Legal"), in the first lines; "" when none (a board's own trail names the board)."""
    for line in [ln.strip().strip("*_#").strip() for ln in lines[:3]]:
        m = _TRAIL_EMPLOYER.match(line.replace("**", ""))
        if m and not is_board(m.group("name")) and not _NAV.match(m.group("name").strip()):
            return m.group("name").strip()
    return ""
