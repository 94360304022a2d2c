"""A job board's chrome phrases: one table, read by the page's reader (boardchrome.py: the menu
over a pasted posting, the lists of other jobs beside it) and by the asked-for list
(notaskedlines.py: a line of them asks nothing of the candidate). Each is a regular expression's
alternatives, matched without case; a phrase added here is known to both.
"""

from __future__ import annotations

# The heading of a board's list of other jobs beside the posting: "Similar jobs you may like:",
# "People also viewed", "More jobs like this".
OTHER_JOBS = (
    r"(?:similar|related|recommended|other|more)\s+jobs|jobs\s+you\s+(?:may|might)|"
    r"you\s+may\s+also\s+like|people\s+also\s+(?:viewed|applied|searched)|"
    r"candidates\s+also\s+viewed|more\s+jobs\s+like\s+this"
)

# The links of a board's menu and footer: "Browse jobs", "Salary guide", "Career advice",
# "Privacy policy", "Terms of use", "Report this job".
SITE_LINKS = (
    r"browse\s+jobs|salary\s+guide|careers?\s+advice|privacy\s+(?:policy|cent(?:er|re)|notice)|"
    r"terms\s+of\s+(?:use|service)|report\s+(?:this\s+)?job"
)

# A cookie banner's words: "We use cookies", "Accept all cookies", "Cookie settings".
COOKIES = (
    r"cookies?\s+(?:policy|settings|preferences)|accept\s+(?:all\s+)?cookies|manage\s+cookies|"
    r"(?:we|this\s+site)\s+uses?\s+cookies"
)
