"""Classes of false skill and header layouts of round seven, each as a class: a board's "Job
highlights" read line by line (perks on SEEK, requirements on Naukri), a council's directorate
never the employer, two names of one city, examples in brackets after the skill they explain,
and duties named in a trade's words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bounceback.skills import skillfilter
from bounceback.skills.evidence import TextIndex
from bounceback.skills.headerwords import is_place
from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.postings import read_posting
from bounceback.skills.vocabulary import builtin_vocabulary

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import eval_skills  # noqa: E402


def names(text: str, matcher: SkillMatcher) -> list[str]:
    return [m.skill for m in extract(text, matcher)]


NAUKRI = (
    "Job highlights\n"
    "- B.Pharm / M.Sc Chemistry with 2-5 yrs in QC of a USFDA approved plant\n"
    "- Hands-on HPLC with Empower 3 software\n"
    "- 2-way cab facility, night shift allowance, 5 days working\n\n"
    "Job description\nWe make tablets.\n"
)
SEEK = (
    "Job highlights\n"
    "• Free onsite parking and paid Microsoft Excel training\n"
    "• Funded Free Kinder program - 4 year old room\n"
    "• Supportive, values-driven team\n\n"
    "About the role\nYou will plan play-based learning.\n"
)


def test_job_highlights_are_read_line_by_line() -> None:
    kinds = {s.text[:12]: s.kind for s in TextIndex(NAUKRI).sentences}
    assert kinds["B.Pharm / M."] == "requirements"
    assert kinds["Hands-on HPL"] == "requirements"
    assert kinds["2-way cab fa"] == "benefits"
    seek = [s.kind for s in TextIndex(SEEK).sentences if s.text.startswith(("Free", "Funded"))]
    assert seek == ["benefits", "benefits"]  # "4 year old room" asks for no years


def test_skills_under_highlights_count_only_when_asked(matcher: SkillMatcher) -> None:
    assert "HPLC" in names(NAUKRI, matcher)
    found = names(SEEK, matcher)
    assert "Microsoft Excel" not in found
    assert "highlights" not in found  # the heading is no hairdresser's skill


def test_highlights_in_a_resume_show_skills(matcher: SkillMatcher) -> None:
    index = TextIndex("Highlights\nLed a team using Microsoft Excel daily\n", resume=True)
    assert [s.kind for s in index.sentences] == ["", ""]


@pytest.mark.parametrize(
    ("text", "company", "location"),
    [
        (
            "Housing Officer\nPlace and Communities Directorate\nThornbury District Council\n"
            "Thornbury\n",
            "Thornbury District Council",
            "Thornbury",
        ),
        (
            "Waste Operative\nEnvironment Directorate, Kelbrook Borough Council\n"
            "Kelbrook, Lancashire\n",
            "Kelbrook Borough Council",
            "Kelbrook, Lancashire",
        ),
        ("Social Worker\nAdults and Health Directorate\nLocation: Leeds\n", "", "Leeds"),
    ],
)
def test_a_directorate_is_never_the_employer(text: str, company: str, location: str) -> None:
    body = "\nAbout the role\nYou will manage tenancies and keep records.\n"
    posting = read_posting((text + body).encode(), "posting.txt", None)
    assert (posting.company or "") == company
    assert posting.location == location


@pytest.mark.parametrize(
    ("one", "other"),
    [("Bangalore", "Bengaluru, Karnataka"), ("Gurgaon, Haryana", "Gurugram"), ("Bombay", "Mumbai")],
)
def test_two_names_of_one_city_are_one_place(one: str, other: str) -> None:
    assert is_place(one) and is_place(other)
    assert eval_skills.same_place(one, other)
    assert eval_skills.same_place(other, one)


def test_other_cities_stay_apart() -> None:
    assert not eval_skills.same_place("Bangalore", "Chennai")
    assert not eval_skills.same_place("Leeds, LA1", "Los Angeles")  # no code read as a city


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Halifax, NS", "Halifax, Nova Scotia"),
        ("Henrico, VA", "Henrico, Virginia, US"),
        ("Perth WA", "Perth, Western Australia"),
        ("Seattle, WA", "Seattle, Washington"),
        ("Mackay QLD 4740", "Mackay, Queensland"),
        ("Perth CBD", "Perth, WA"),
        ("Remote (US)", "Remote (USA)"),
    ],
)
def test_a_towns_state_by_its_code_or_its_name_is_one_place(one: str, other: str) -> None:
    assert eval_skills.same_place(one, other)
    assert eval_skills.same_place(other, one)


def test_a_state_spelled_out_never_joins_two_towns_or_a_country_code() -> None:
    assert not eval_skills.same_place("Halifax, NS", "Halifax, West Yorkshire")
    assert not eval_skills.same_place("Indiana", "Pune, IN")  # India's code, not the state's
    assert not eval_skills.same_place("California", "Toronto, ON, CA")
    assert not eval_skills.same_place("Perth CBD", "Sydney, NSW")
    assert not eval_skills.same_place("Remote (US)", "Remote (UK)")


def test_examples_in_brackets_are_told_from_the_name_they_explain(matcher: SkillMatcher) -> None:
    text = "Requirements:\n- Advanced Microsoft Office skills (Word, Excel, Outlook)\n- Git\n"
    index = TextIndex(text)
    found = extract(text, matcher, index)
    rows = dict(
        zip(
            [m.skill for m in found],
            skillfilter.features(found, text, index, "Office Manager", {}),
            strict=True,
        )
    )
    assert rows["Microsoft Office"]["bracket_parent"] == 1.0
    assert rows["Microsoft Office"]["bracket_example"] == 0.0
    assert rows["Microsoft Excel"]["bracket_example"] == 1.0
    assert rows["Git"]["bracket_example"] == rows["Git"]["bracket_parent"] == 0.0


@pytest.mark.parametrize(
    ("text", "skill", "not_skill"),
    [
        ("Duties:\n- Stocking shelves and serving customers", "stocking shelves", "visual merchandising"),
        ("Duties:\n- Sweeping floors in the warehouse", "sweeping", ""),
        ("Duties:\n- Unblocking drains using rods and jetting kit", "drain unblocking", ""),
        ("Duties:\n- Parlour milking twice a day and feeding calves", "milking", ""),
        ("Duties:\n- Parlour milking twice a day and feeding calves", "calf rearing", ""),
        ("Requirements:\n- Tractor driving experience", "tractor driving", ""),
        ("Duties:\n- Block paving, kerbing and laying slabs", "paving", ""),
        ("Duties:\n- Washing up and keeping the kitchen clean", "kitchen hygiene", ""),
    ],
)
def test_duties_named_in_a_trade_s_words(
    text: str, skill: str, not_skill: str, matcher: SkillMatcher
) -> None:
    vocabulary = builtin_vocabulary()
    found = [vocabulary.canonical(n) for n in names(text, matcher)]
    assert skill in found
    assert not_skill not in found


@pytest.mark.parametrize(
    ("text", "title", "company", "location"),
    [
        (
            "# Senior Frontend Engineer (React)\n\n**Team:** Patient Experience · **Location:** "
            "Remote (US) · **Type:** Full-time\n\n_Lumenfield Health · Careers · Engineering_\n",
            "Senior Frontend Engineer (React)",
            "Lumenfield Health",
            "Remote (US)",
        ),
        (
            "Zumbro Valley Public Schools - Independent School District 612\nJob Postings\n\n"
            "Night Custodian - Harmon Middle School\n\nJobID: 3318\nPosition Type:\n"
            "  Custodial/Night Custodian\nLocation:\n  Rochester, MN\n",
            "Night Custodian - Harmon Middle School",
            "Zumbro Valley Public Schools",
            "Rochester, MN",
        ),
        (
            "Customer Service Representative\nWinnipeg, Manitoba, Canada\n"
            "Client Experience · Permanent Full-Time · Req 2024-318\n",
            "Customer Service Representative",
            "",
            "Winnipeg, Manitoba, Canada",
        ),
    ],
)
def test_fields_on_one_line_unknown_labels_and_requisitions(
    text: str, title: str, company: str, location: str
) -> None:
    body = "\nWhat you'll do\n- Answer calls and keep accurate records.\n"
    posting = read_posting((text + body).encode(), "posting.md", None)
    assert posting.title == title
    assert (posting.company or "") == company
    assert posting.location == location
