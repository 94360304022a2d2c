"""The fields scorer's rule for a location (bench/placematch.py): one place in two spellings is
right, a lost site, town or country is wrong. The word rule before it (eval_skills.same_place)
got each of these wrong, one way or the other."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from placematch import same_location  # noqa: E402


@pytest.mark.parametrize(
    ("label", "read"),
    [
        ("Columbus, Ohio", "Columbus, OH 43215"),  # a state's code and a ZIP
        ("Seattle, Washington", "Seattle, WA"),
        ("Perth, Western Australia", "Perth WA"),
        ("Remote (US)", "Remote, United States"),
        ("Remote (US)", "Remote (USA)"),
        ("Salem, OR", "Salem, Oregon"),  # "OR" is Oregon, not "or"
        ("Larimont County, OR - Salem area", "Larimont County, OR"),
        ("Cardiff CF10", "Cardiff"),
        ("Sunderland, Tyne and Wear", "Sunderland"),  # one county, not two sites
        ("Huddersfield, Halifax or Bradford", "Huddersfield, Halifax or Bradford"),
        ("Ireland", "Dublin, Ireland"),  # read more precisely than labelled
        ("Bristol", "Hybrid (Bristol)"),
        ("Remote", "Remote (UK)"),
    ],
)
def test_one_place_in_two_spellings_is_right(label: str, read: str) -> None:
    assert same_location(label, read)


@pytest.mark.parametrize(
    ("label", "read"),
    [
        ("Columbus, Ohio", "Ohio"),  # the state, not the town
        ("Leeds or Manchester", "Leeds"),  # a site lost
        ("Derby, Nottingham and Leicester", "Derby"),
        ("Columbus, OH; Dayton, OH; Cincinnati, OH", "Columbus, OH"),
        ("London / Remote", "London"),  # a way of working offered as a site of its own
        ("Remote (US)", "Remote"),  # the country lost
        ("Portland, ME", "Portland, OR"),  # another state's town of the same name
        ("Leeds", ""),
    ],
)
def test_a_lost_site_town_or_country_is_wrong(label: str, read: str) -> None:
    assert not same_location(label, read)


@pytest.mark.parametrize(
    ("label", "read", "right"),
    [
        ("Tulsa, OK", "4410 W. 41st Street, Tulsa, OK 74107", True),  # the street is detail
        ("Ipswich, Suffolk", "Holbrook Primary School, Ipswich, Suffolk", True),
        ("Houston, TX", "Houston, TX (Territory: NW Houston / Katy / Cypress)", True),
        ("Bristol", "Bristol & surrounding areas", True),
        ("Pune, Bengaluru", "Pune / Bangalore", True),
        ("Remote (US)", "Minneapolis, MN, US", False),  # a remote job is in no one town
        ("Brisbane City, QLD", "QLD", False),
        ("Suitland, MD", "MD", False),
    ],
)
def test_addresses_territories_and_remote_countries(label: str, read: str, right: bool) -> None:
    assert same_location(label, read) is right


def test_a_citys_business_district_is_the_city() -> None:
    assert same_location("Wellington", "Wellington CBD")
