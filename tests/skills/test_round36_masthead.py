"""Round 36 (skills46): a page that names its employer only in the masthead's image (a logo, a
crest, a seal) and in the text by a short form, a heading, the job's own words or a unit: the
masthead's name is the employer. A full organisation's name in the text stands against a
parent body's or a region's logo, and a photograph at the top of a page names no one. Pages
written for these tests (retired round 31 held a dozen of the kind)."""

from __future__ import annotations

import pytest

from bounceback.skills.headerlogo import weak_employer
from bounceback.skills.postings import read_posting

_DUTIES = """<h2>Responsibilities</h2>
<ul>
<li>Keep accurate records on the case management system</li>
<li>Prepare monthly reports for the programme manager</li>
<li>Use Microsoft Excel to track budgets and stock</li>
</ul>
<h2>Requirements</h2>
<ul>
<li>Degree in a relevant field</li>
<li>Two years of experience in a similar role</li>
</ul>"""


def _page(top: str, heading: str, intro: str) -> str:
    return (
        f"<html><head><title>{heading}</title></head><body>{top}<h1>{heading}</h1>"
        f"<p>{intro}</p>{_DUTIES}</body></html>"
    )


@pytest.mark.parametrize(
    ("top", "heading", "intro", "employer"),
    [
        (  # a crest in the navigation; the text's subject is the job's plural
            '<nav><img src="/img/crest.png" alt="Northmoor Fire and Rescue Service crest"> Careers</nav>',
            "Fire Control Operator",
            "Fire Control Operators are the first voice callers hear in an emergency.",
            "Northmoor Fire and Rescue Service",
        ),
        (  # a logo in a div of class "logo"; the text opens with a section heading
            '<div class="logo"><img src="brand.png" alt="Kijani Water Trust"></div>',
            "Field Officer",
            "Overview - the programme drills boreholes in Turkana and Marsabit.",
            "Kijani Water Trust",
        ),
        (  # a seal; the text says "the Agency" only
            '<header><img src="seal.svg" alt="Republic of Ruritania - National Census Agency"></header>',
            "Statistician I",
            "The Agency runs the national census and household surveys.",
            "National Census Agency",
        ),
        (  # a banner in another language; the text writes the short form only
            '<div id="banner"><img src="/b/top.png" alt="Institut für Meeresbiologie Kiel (IMK)"></div>',
            "Technische Assistenz (m/w/d)",
            "Das IMK sucht zum 1. März eine technische Assistenz.",
            "Institut für Meeresbiologie Kiel",
        ),
    ],
)
def test_masthead_names_the_employer(top: str, heading: str, intro: str, employer: str) -> None:
    posting = read_posting(_page(top, heading, intro), "job.html")
    assert employer.casefold() in posting.company.casefold()


def test_careers_section_and_owner_left_off_the_masthead_name() -> None:
    top = '<header><img src="logo.svg" alt="Bright Bean Coffee - part of the Daybreak Group"></header>'
    posting = read_posting(_page(top, "Barista", "Now hiring: baristas for our new store!"), "job.html")
    assert posting.company == "Bright Bean Coffee"


def test_a_full_name_in_the_text_stands_against_a_region_logo() -> None:
    top = '<div class="hdr"><img src="region-logo.png" alt="Health Service - Midlands Region"></div>'
    intro = "Lakeside University Hospitals Group is recruiting a pharmacist for its aseptic unit."
    posting = read_posting(_page(top, "Senior Pharmacist", intro), "job.html")
    assert posting.company == "Lakeside University Hospitals Group"


def test_a_photograph_at_the_top_names_no_employer() -> None:
    top = '<div class="hero"><img src="/img/kitchen.jpg" alt="Chefs at work in the Ember kitchen"></div>'
    intro = "The Harbour Hotel is looking for a chef de partie to join its brigade."
    posting = read_posting(_page(top, "Chef de Partie", intro), "job.html")
    assert "kitchen" not in posting.company.casefold()


@pytest.mark.parametrize(
    ("name", "weak"),
    [
        ("", True),
        ("Government", True),
        ("The HIMM", True),
        ("All Regional Health", True),
        ("Police Contact Officers", True),
        ("Birthing Suite and Maternity Ward", True),
        ("Galway University Hospitals Group", False),
        ("Goldfields Regional Health Service", False),
        ("Harbourside Logistics Ltd", False),
        ("Riverbend Borough Council", False),
    ],
)
def test_weak_employer(name: str, weak: bool) -> None:
    assert weak_employer(name) is weak
