"""Round 35 (skills43): the vocabulary in the fields it lacked in whole (process and quality
engineering, pharmaceutical validation, clinical research, embedded systems, data engineering,
mining, audit and actuarial work, project controls), and distinct skills that one entry held as
other names of itself. On main "Experience of PPAP, APQP, control plans and SPC" gave one skill
(FMEA) for four, "ISO 14001" was ISO 9001, "CAPA" quality assurance, "SOX" auditing; "HAZOP,
LOPA and P&ID reviews", "Azure Data Factory", "Primavera P6" or "STM32" gave nothing."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting
from bounceback.skills.vocabulary import builtin_vocabulary

HEAD = "Engineer\nKestrel Components\nCoventry\n\nAbout the role\nJoin our team.\n\nRequirements\n"


def _asked(lines: str, matcher: SkillMatcher) -> set[str]:
    posting = read_posting(HEAD + lines + "\n", "posting.txt", matcher)
    vocabulary = builtin_vocabulary()
    return {vocabulary.canonical(m.skill) for m in posting.skills}


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("- Experience of PPAP, APQP, control plans and SPC", {"PPAP", "APQP", "control plans", "statistical process control"}),
        ("- Working knowledge of ISO 9001 and ISO 14001", {"ISO 9001", "ISO 14001"}),
        ("- Lead HAZOP and LOPA studies and review P&IDs", {"LOPA", "P&ID"}),
        ("- Build pipelines in Azure Data Factory and Delta Lake", {"Azure Data Factory", "Delta Lake"}),
        ("- Schedules in Primavera P6 with earned value management", {"Primavera P6", "earned value management"}),
        ("- Firmware for STM32 microcontrollers using FreeRTOS", {"STM32", "RTOS"}),
        ("- Raise and close CAPA and change control records", {"CAPA", "change control"}),
        ("- Experience of SOX compliance and internal controls", {"Sarbanes-Oxley", "internal controls"}),
        ("- Run GC-MS and Karl Fischer titration", {"GC-MS", "Karl Fischer titration"}),
        ("- Stress models in ANSYS and Abaqus", {"ANSYS", "Abaqus"}),
        ("- Case processing of ICSRs with MedDRA coding in Argus Safety", {"ICSR", "MedDRA", "Argus Safety"}),
        ("- Mine scheduling in Deswik and pit design", {"mine planning", "Deswik", "pit design"}),
    ],
)  # fmt: skip
def test_a_fields_own_skills_are_each_asked_for(
    line: str, skills: set[str], matcher: SkillMatcher
) -> None:
    assert skills <= _asked(line, matcher)


@pytest.mark.parametrize(
    ("a", "b"),
    [("PPAP", "FMEA"), ("ISO 14001", "ISO 9001"), ("CAPA", "quality assurance"),
     ("ANSYS", "FEA"), ("GC-MS", "GC"), ("method validation", "method development")],
)  # fmt: skip
def test_distinct_skills_are_distinct_entries(a: str, b: str) -> None:
    vocabulary = builtin_vocabulary()
    assert vocabulary.canonical(a) != vocabulary.canonical(b)


@pytest.mark.parametrize(
    "line",
    [
        "- Support our ADLs care routines",  # activities of daily living, not Azure storage
        "- Write reports to a high standard",
        "- Can-do attitude and a clean driving licence",
    ],
)
def test_short_names_stay_in_their_field(line: str, matcher: SkillMatcher) -> None:
    asked = _asked(line, matcher)
    assert not asked & {"Azure Data Lake Storage", "CAN bus", "SPI", "CAPA", "Petrel"}
