"""Round 20: the employer named by its kind in a recruiter's email ("NURSERY: ..."), a
heading "What Jo is looking for:" that is no employer, an employer said by what it is ("X is a
212-room boutique hotel"), a board's category beside the place, and an "Employer, Town" line
under the title. Each case fails on main."""

from __future__ import annotations

from bounceback.skills.postings import read_posting


def test_an_employer_named_by_its_kind_in_a_recruiters_email() -> None:
    text = (
        "Subject: Room Leader - nursery role\n\nHi Sam,\n\nDetails below.\n\n"
        "ROLE: Nursery Room Leader\n"
        "NURSERY: Bramble Hill Day Nursery - an independent 48-place nursery in Derby, rated "
        "Good by Ofsted\nHOURS: 40 per week\n\nWhat Priya is looking for:\n"
        "* Level 3 Early Years qualification\n* Paediatric First Aid\n"
    )
    posting = read_posting(text.encode(), "posting.txt", None)
    assert posting.company == "Bramble Hill Day Nursery"


def test_an_employer_said_by_what_it_is_over_a_boards_category() -> None:
    text = (
        "Night Porter\nPerth, WA  ·  Hotels & Resorts  ·  Front Office\nCasual\n\n"
        "Karri Grove Hotel is a 96-room boutique hotel near Kings Park. We're looking for a "
        "Night Porter to look after our guests overnight.\n\nAbout you\n"
        "- Customer service experience\n- Cash handling\n"
    )
    posting = read_posting(text.encode(), "posting.txt", None)
    assert (posting.company, posting.location) == ("Karri Grove Hotel", "Perth, WA")


def test_an_employer_and_town_line_under_the_title() -> None:
    text = (
        "Sous Chef\nThe Tithe Barn, Little Ashby\nPermanent | 45 hrs per week\n"
        "Posted 02/12/2026 by The Tithe Barn\n\nWe need a Sous Chef with 2 years' experience "
        "in a fresh food kitchen and a Level 2 Food Hygiene certificate.\n"
    )
    posting = read_posting(text.encode(), "posting.txt", None)
    assert (posting.company, posting.location) == ("The Tithe Barn", "Little Ashby")
