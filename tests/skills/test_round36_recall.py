"""Round 36 (skills45): distinct skills that one curated entry swallowed as its other names, and
the creative, media, professional-services and office items the vocabulary lacked in whole.

On main a laboratory's "UPLC, LC-MS and ICP-MS" gave HPLC, mass spectrometry and spectroscopy
(UPLC was HPLC; FTIR, NMR, ICP-MS and ICP-OES were all "spectroscopy"), a machinist's "GD&T"
and "CMM" were both "precision measurement", an office's "diary management" was scheduling and
"audio typing" medical administration, "management accounts" and "VAT returns" were financial
reporting and tax preparation, "conveyancing" was real estate sales, "KYC" anti-money
laundering, "proofreading" copywriting, "colour grading" a teacher's grading; "Procreate",
"Affinity Designer", "sound design" or "R&D tax credits" gave nothing. A posting listing two of
them got one skill for two. The texts are the engineer's own."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting
from bounceback.skills.vocabulary import builtin_vocabulary

ROOT = Path(__file__).resolve().parents[2]


def _asked(head: str, lines: str, matcher: SkillMatcher) -> set[str]:
    vocabulary = builtin_vocabulary()
    posting = read_posting((head + lines + "\n").encode(), "posting.txt", matcher=matcher)
    return {vocabulary.canonical(s.skill) for s in posting.skills if s.importance != "mentioned"}


LAB = "Analytical Chemist\nHallam Pharma Ltd\nSheffield\n\nRequirements\n"
PLANT = "CNC Inspector\nBrayford Precision Ltd\nLincoln\n\nWhat you'll need\n"
OFFICE = "Office Coordinator\nTallis & Rowe LLP\nNorwich\n\nAbout you\n"
STUDIO = "Video Editor (freelance)\nNorthlight Studio\nBristol\n\nYou'll bring\n"
DESIGN = "Junior Designer\nHarbour Creative Ltd\nCardiff\n\nRequirements\n"


@pytest.mark.parametrize(
    ("head", "lines", "skills"),
    [
        (LAB, "- Hands-on experience with UPLC, LC-MS and ICP-MS", {"UPLC", "LC-MS", "ICP-MS"}),
        (LAB, "You will run samples on our HPLC and UHPLC systems and the LC-MS/MS.", {"HPLC", "UPLC", "LC-MS"}),
        (LAB, "- Characterise materials by FTIR, NMR and UV-Vis spectroscopy", {"FTIR", "NMR", "UV-Vis"}),
        (LAB, "- Elemental analysis by ICP-OES and atomic absorption", {"ICP-OES", "spectroscopy"}),
        (PLANT, "- Read drawings to GD&T and inspect parts on the CMM", {"GD&T", "CMM"}),
        (PLANT, "- Coordinate measuring machine inspection and geometric dimensioning and tolerancing", {"CMM", "GD&T"}),
        (OFFICE, "- Experience of diary management, minute taking and audio typing", {"diary management", "minute taking", "audio typing"}),
        (OFFICE, "- Managing diaries for two partners and booking appointments for clients", {"diary management", "scheduling"}),
        (OFFICE, "- Prepare monthly management accounts, VAT returns and the month-end close", {"management accounts", "VAT returns", "month-end close"}),
        (OFFICE, "- Sales ledger and credit control, aged debt reports", {"accounts receivable", "credit control"}),
        (OFFICE, "- Legal research, contract drafting and residential conveyancing", {"legal research", "contract drafting", "conveyancing"}),
        (OFFICE, "- Carry out AML and KYC checks on new clients", {"anti-money laundering", "KYC"}),
        (OFFICE, "- Corporation tax, self assessment and R&D tax credits claims", {"corporation tax", "self assessment", "R&D tax credits"}),
        (OFFICE, "- Payroll processing, auto-enrolment and P11Ds", {"payroll", "pension auto-enrolment", "P11D"}),
        (OFFICE, "- Strong copywriting and proofreading skills", {"copywriting", "proofreading"}),
        (STUDIO, "- Colour grading in DaVinci Resolve", {"colour grading", "DaVinci Resolve"}),
        (STUDIO, "- Audio editing and sound design for short films", {"audio editing", "sound design"}),
        (STUDIO, "- Illustration in Procreate; layouts in Affinity Designer or Affinity Publisher", {"Procreate", "Affinity Designer", "Affinity Publisher"}),
        (DESIGN, "- Photo retouching and motion graphics in After Effects", {"photo retouching", "motion graphics", "Adobe After Effects"}),
        (STUDIO, "- Blender 3D modelling, Maya and Cinema 4D", {"Blender", "Maya", "Cinema 4D", "3D modelling"}),
        (STUDIO, "- Press releases, media relations and internal communications", {"press releases", "public relations", "internal communications"}),
    ],
)  # fmt: skip
def test_each_skill_a_line_names_is_asked_for(
    head: str, lines: str, skills: set[str], matcher: SkillMatcher
) -> None:
    assert skills <= _asked(head, lines, matcher)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("UPLC", "HPLC"), ("LC-MS", "mass spectrometry"), ("FTIR", "spectroscopy"),
        ("ICP-MS", "ICP-OES"), ("GD&T", "CMM"), ("CMM", "precision measurement"),
        ("diary management", "scheduling"), ("audio typing", "medical administration"),
        ("management accounts", "financial reporting"), ("VAT returns", "tax preparation"),
        ("conveyancing", "real estate sales"), ("KYC", "anti-money laundering"),
        ("proofreading", "copywriting"), ("credit control", "accounts receivable"),
        ("colour grading", "student assessment"), ("legal research", "legal administration"),
        ("Expensify", "Bill.com"), ("requirements gathering", "product management"),
    ],
)  # fmt: skip
def test_distinct_skills_are_distinct_entries(a: str, b: str) -> None:
    vocabulary = builtin_vocabulary()
    assert a in vocabulary and b in vocabulary
    assert vocabulary.canonical(a) != vocabulary.canonical(b)


@pytest.mark.parametrize(
    ("head", "line", "not_asked"),
    [
        ("Teacher of Science\nHolmwood Academy\nDerby\n\nRequirements\n",
         "- Marking and grading of coursework", {"colour grading"}),
        ("Foundry Operative\nCastleton Alloys\nRotherham\n\nRequirements\n",
         "- Experience of sand casting and fettling", {"casting"}),
        ("Groundworker\nHale Civil Ltd\nBolton\n\nRequirements\n",
         "- Mixing concrete and mortar by hand", {"audio mixing"}),
        ("Receptionist\nElm Dental\nYork\n\nRequirements\n",
         "- Keep the appointments book and the rota", {"diary management"}),
    ],
)  # fmt: skip
def test_a_word_of_another_trade_stays_in_its_trade(
    head: str, line: str, not_asked: set[str], matcher: SkillMatcher
) -> None:
    assert not _asked(head, line, matcher) & not_asked


def _build_script() -> ModuleType:
    path = ROOT / "scripts" / "build_vocabulary.py"
    spec = importlib.util.spec_from_file_location("build_vocabulary_r36", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_finds_the_shared_onet_files_above_a_worktree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worktree (/work/wt/NAME) is one level deeper than the main checkout (/work/main):
    the default --onet folder is the nearest shared/data/onet above it."""
    monkeypatch.delenv("BOUNCEBACK_SHARED_DIR", raising=False)
    onet = tmp_path / "shared" / "data" / "onet"
    onet.mkdir(parents=True)
    worktree = tmp_path / "wt" / "someone"
    worktree.mkdir(parents=True)
    script = _build_script()
    assert script.shared_onet(worktree) == onet
    assert script.shared_onet(tmp_path / "main") == onet
    monkeypatch.setenv("BOUNCEBACK_SHARED_DIR", str(tmp_path / "elsewhere"))
    assert script.shared_onet(worktree) == tmp_path / "elsewhere" / "data" / "onet"
