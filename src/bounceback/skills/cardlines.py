"""A job board's card around a posting's title: the employer's rating ("Meridian Foods 3.8 ★",
"Brightwater Logistics ★ 3.9", "3.9 ★ 212 reviews"), "Posted ... by Kingsway Care Group", a
site and its town under the employer; split from headlines.py, which finds the title."""

from __future__ import annotations

import re

# "Meridian Foods 3.8 ★"; Indeed's text copied glues the rating to the name ("River Bend
# Grill4.1 out of 5 stars"); Glassdoor's star comes first ("Brightwater Logistics ★ 3.9"), and
# the count of reviews may follow ("3.9 ★ 212 reviews", "★ 4.1 (1,204 reviews)")
# (the figures bounded: a line of digits and dots is read in linear time, round 30's review)
_REVIEWS = r"(?:\s*(?:[(·|-]\s*)?[\d,.]{1,9}k?\s+(?:reviews?|ratings?)\)?)?"
RATING = re.compile(
    r"(?:\s+|(?<=[a-z]))(?:\d(?:\.\d)?\s*(?:★|☆|stars?|out of 5\b.*)|[★☆]\s*\d(?:\.\d)?)"
    rf"{_REVIEWS}\s*$",
    re.I,
)
RATING_LINE = re.compile(
    rf"^(?:[\d.]{{1,4}}(?:\s*(?:★|☆|stars?))?|[★☆]\s*[\d.]{{1,4}}|[\d.]{{1,4}} out of 5(?: stars)?){_REVIEWS}$",
    re.I,
)

# "Posted 30 November by Kingsway Care Group  Easy Apply" (Reed): the employer who posted it.
POSTED_BY = re.compile(
    r"^posted\b.{0,40}?\bby\s+(?P<name>[A-Z][^|·•]{1,80}?)(?:\s{2,}.*|\s+easy apply.*|"
    r"\s+(?:featured|promoted|sponsored|urgent|urgently hiring|top job|new)\W*)?$",
    re.I,
)

# A site and its town under the employer (NHS Jobs): "Hexley Royal Infirmary, Hexley".
SITE_TOWN = re.compile(
    r"(?:[A-Z][\w'’&.-]*\s+){1,5}(?:Hospital|Infirmary|Centre|Center|Clinic|Surgery|Campus|"
    r"Health Centre|Medical Centre|House|Park|Estate|Depot|Warehouse|Plant|Site)\s*,\s*"
    r"(?P<town>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
)
