"""Round eight: what labellers of trade and care postings name that the vocabulary lacked, and
titles that name a trade without reaching its occupation. Each snippet is written like the
postings it stands for (a service plumber's, a site electrician's, a home health aide's...); each
case fails on the vocabulary before (2026.12.8)."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.occupations import implied_skills, occupation_for
from bounceback.skills.vocabulary import builtin_vocabulary


def canonical(text: str, matcher: SkillMatcher) -> list[str]:
    vocabulary = builtin_vocabulary()
    return [vocabulary.canonical(m.skill) for m in extract(text, matcher)]


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        (
            "What you'll do:\n- Toilet repairs, faucet repair and water heater installation "
            "(tank and tankless) on residential service calls\n- Hydro-jetting and sewer camera "
            "inspection; repiping in PEX",
            [
                "toilet repair",
                "faucet repair",
                "water heater installation",
                "hydro-jetting",
                "sewer camera inspection",
                "repiping",
                "PEX",
            ],
        ),
        (
            "Requirements:\n- Radiator installation and first and second fix plumbing\n"
            "- Wet room installation experience; ServiceTitan or Commusoft a plus",
            [
                "radiator installation",
                "first and second fix plumbing",
                "wet room installation",
                "ServiceTitan",
                "Commusoft",
            ],
        ),
        (
            "Duties:\n- Wire pulling, panelboard installation and lighting controls\n"
            "- Read one-line diagrams; cable glanding and cable termination on LT panels",
            [
                "wire pulling",
                "panelboard installation",
                "lighting controls",
                "single-line diagrams",
                "cable glanding",
                "cable termination",
                "LT panels",
            ],
        ),
        (
            "Requirements:\n- Megger testing, earthing and lightning protection\n"
            "- Permit to work and supervising apprentices",
            [
                "insulation resistance testing",
                "earthing",
                "lightning protection",
                "permit to work",
                "supervising apprentices",
            ],
        ),
        (
            "Requirements:\n- All-position welding (3G/4G), fit-up and reading welding symbols\n"
            "- Magnetic drill and visual weld inspection",
            [
                "all-position welding",
                "fit-up",
                "welding symbols",
                "magnetic drill",
                "visual weld inspection",
            ],
        ),
        (
            "Requirements:\n- 1 year tractor-trailer experience; drop and hook, live loads and "
            "backing into docks\n- Flatbed experience with tarping; clean MVR",
            [
                "tractor-trailer driving",
                "drop and hook",
                "live load and unload",
                "backing into docks",
                "flatbed",
                "tarping",
                "clean MVR",
            ],
        ),
        (
            "Requirements:\n- HR licence (HC licence highly regarded)\n- Work Diary and "
            "fatigue management (BFM); Chain of Responsibility; White Card",
            [
                "heavy rigid licence",
                "heavy combination licence",
                "fatigue management",
                "Chain of Responsibility",
                "White Card",
            ],
        ),
        (
            "Duties:\n- Transfers with a Hoyer lift and gait belt; repositioning every two "
            "hours\n- Medication reminders, hand hygiene and intake and output monitoring\n"
            "- Writing progress notes through EVV",
            [
                "hoist transfers",
                "gait belt",
                "repositioning patients",
                "medication prompting",
                "hand hygiene",
                "intake and output monitoring",
                "progress notes",
                "electronic visit verification",
            ],
        ),
        (
            "Requirements:\n- NDIS Worker Screening Check and Certificate III in Individual "
            "Support\n- Epilepsy management (midazolam administration); ShiftCare",
            [
                "NDIS Worker Screening Check",
                "Certificate III in Individual Support",
                "epilepsy management",
                "ShiftCare",
            ],
        ),
        (
            "Requirements:\n- Garda vetting and QQI Level 5 Healthcare Support\n"
            "- Vulnerable Sector Check; N95 mask fit test; PSW certificate",
            [
                "Garda vetting",
                "QQI Level 5 Healthcare Support",
                "Vulnerable Sector Check",
                "mask fit test",
                "Personal Support Worker Certificate",
            ],
        ),
        (
            "Requirements:\n- IV push, central line care and PICC line care\n- Negative "
            "pressure wound therapy (NPWT), BCMA and post-op care; sepsis recognition",
            [
                "IV medication administration",
                "central line care",
                "PICC line care",
                "negative pressure wound therapy",
                "barcode medication administration",
                "post-operative care",
                "sepsis recognition",
            ],
        ),
        (
            "Duties:\n- Portion control, food labelling and dating and temperature logging\n"
            "- Running a section on the sauté station; à la carte; fish butchery",
            [
                "portion control",
                "food labelling and dating",
                "temperature logging",
                "running a section",
                "sauté station",
                "à la carte",
                "fish butchery",
            ],
        ),
        (
            "Duties:\n- Operating ride-on mowers and leaf blowers; weeding and mulching\n"
            "- Line marking of sports pitches; CS30/CS31 chainsaw tickets",
            ["ride-on mowers", "leaf blowers", "weeding", "line marking", "chainsaw certificates"],
        ),
        (
            "Duties:\n- Room inspections, linen management and lost and found",
            ["room inspection", "linen management", "lost and found"],
        ),
    ],
)
def test_a_trade_s_skills_named_in_its_own_words(
    text: str, skills: list[str], matcher: SkillMatcher
) -> None:
    found = canonical(text, matcher)
    assert [s for s in skills if s not in found] == []


@pytest.mark.parametrize(
    ("title", "occupation", "skill"),
    [
        ("HGV Class 1 (C+E) Driver - Days - Tramping Available", "HGV driver", "HGV licence"),
        ("HGV Class 1 Driver - Nights (Trunking)", "HGV driver", "HGV licence"),
        ("Assistant Greenkeeper / Grounds Crew", "Landscaper", "landscaping"),
        ("Heavy Diesel Fitter - Mobile Plant", "Mechanic", "automotive repair"),
        ("Cleaning Supervisor - Night Shift", "Cleaner", "cleaning"),
        ("Housekeeping Supervisor", "Hotel housekeeper", "housekeeping"),
        ("Assistant Herd Manager", "Farm worker", "livestock care"),
        (
            "Customer Care Executive - International Voice Process",
            "Customer service advisor",
            "customer service",
        ),
    ],
)
def test_a_title_that_names_a_trade_implies_its_skills(
    title: str, occupation: str, skill: str
) -> None:
    found = occupation_for(title)
    assert found is not None and found.name == occupation
    assert skill in [i.skill for i in implied_skills(found, set())]


def test_ordinary_words_beside_those_skills_stay_ordinary(matcher: SkillMatcher) -> None:
    text = (
        "About the role:\nWith the backing of a supportive team you will lead the brand "
        "repositioning and keep the tarps of our market stalls in order.\n"
    )
    found = canonical(text, matcher)
    assert "backing into docks" not in found
    assert "repositioning patients" not in found
    assert "tarping" not in found
