"""The learned skill/not-skill filter: the shipped model, what it drops, and that it is the model
the training script builds from the labelled postings."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from bounceback.domain.skills import Posting, SkillMatch, SkillSource
from bounceback.skills import skillfilter
from bounceback.skills.evidence import TextIndex
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import posting_skills, read_posting, skill_candidates

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    path = ROOT / "scripts" / "train_skill_filter.py"
    spec = importlib.util.spec_from_file_location("train_skill_filter", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_skill_filter"] = module
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_loads_and_knows_every_feature_it_is_given(
    matcher: SkillMatcher,
) -> None:
    model = skillfilter.shipped_model()
    assert model is not None and 0 < model.threshold < 1
    assert len(model.weights) == len(model.features) + 1 == len(model.means) + 1
    posting = read_posting(
        "Warehouse Operative\nNorthpoint Distribution\nLeeds\n\nRequirements:\n"
        "• Counterbalance forklift licence\n• Experience with SAP EWM\n\n"
        "What we offer:\n• Free parking and a staff discount\n",
        None,
    )
    found, text, index = skill_candidates(posting, matcher)
    rows = skillfilter.features(found, text, index, posting.title, model.terms)
    assert rows and all(set(r) <= set(model.features) for r in rows)


def _score(text: str, name: str, title: str = "Engineer", how: str = "") -> float:
    model = skillfilter.shipped_model()
    assert model is not None
    index = TextIndex(text)
    start = text.index(name)
    sentence = index.at(start)
    assert sentence is not None
    source = SkillSource.TEXT if how else SkillSource.BUILTIN
    match = SkillMatch(
        skill=name,
        category="general",
        text=name,
        start=start,
        end=start + len(name),
        evidence=sentence.text,
        source=source,
        section=sentence.kind,
        how=how,
    )
    return model.score(skillfilter.features([match], text, index, title, model.terms)[0])


def test_what_is_asked_for_scores_above_what_is_offered_or_acted_on() -> None:
    model = skillfilter.shipped_model()
    assert model is not None
    asked = _score("Requirements:\n• Experience with PostgreSQL\n", "PostgreSQL")
    assert asked >= model.threshold
    offered = _score(
        "We offer free mentoring and our friendly team will support you\n", "mentoring"
    )
    assert offered < _score("Requirements:\n• Experience with mentoring\n", "mentoring")
    perk = _score(
        "The role:\nWe provide free uniforms and discounted gym membership to all staff\n",
        "gym membership",
        how="tool",
    )
    assert perk < model.threshold
    # Round nine: "mentoring" is now a labelled skill 7 times in 10 in the training postings (the
    # reader's scorer pairs it with "mentoring apprentices"), so its record lifts an offered
    # mentoring to about the threshold; the rules drop a skill named in an offer before the
    # filter sees it, which is what a user sees:
    assert offered < model.threshold + 0.1


def test_a_skill_named_in_an_offer_is_not_listed(matcher: SkillMatcher) -> None:
    posting = Posting(
        title="Care Assistant",
        description="Requirements:\n• Experience in personal care\n\n"
        "We offer free mentoring and our friendly team will support you\n",
    )
    assert "mentoring" not in {m.skill.casefold() for m in posting_skills(posting, matcher)}


def test_posting_skills_without_the_filter_keeps_every_candidate(matcher: SkillMatcher) -> None:
    posting = Posting(
        title="Barista",
        description="Requirements:\n• Latte art and milk texturing\n• Team player, punctual\n",
    )
    everything = posting_skills(posting, matcher, learned=False)
    filtered = posting_skills(posting, matcher)
    assert {m.skill for m in filtered} <= {m.skill for m in everything}
    assert "latte art" in {m.skill.casefold() for m in filtered}


@pytest.mark.slow
def test_the_shipped_model_is_the_one_the_training_script_builds() -> None:
    script = _script()
    shipped = json.loads(
        (ROOT / "src" / "bounceback" / "skills" / "data" / skillfilter.MODEL_FILE).read_text(
            "utf-8"
        )
    )
    assert all("blind" not in str(p) for p in script.training_folders())
    rebuilt = script.rebuild()
    hint = "the extractor changed: run scripts/train_skill_filter.py and commit the model"
    assert rebuilt["features"] == shipped["features"], hint
    assert rebuilt["postings"] == shipped["postings"], hint
    assert rebuilt["threshold"] == pytest.approx(shipped["threshold"], abs=0.02), hint
    assert rebuilt["floor"] == pytest.approx(shipped["floor"], abs=0.02), hint
    assert rebuilt["weights"] == pytest.approx(shipped["weights"], abs=0.05), hint
    same = sum(1 for k, v in rebuilt["terms"].items() if shipped["terms"].get(k) == v)
    assert same >= 0.98 * max(len(rebuilt["terms"]), len(shipped["terms"])), hint


def test_a_checklist_folder_that_counts_the_duties_tools_teaches_asked_for_only_under_its_requirements(
    matcher: SkillMatcher,
) -> None:
    """Round 13's convention check: the oldest checklist folders label a duty's tool a skill
    (62-77 %), the strangers' checklists do not (5-6 %). A folder of the first kind teaches the
    asked-for model only from its requirements, so that it does not learn both conventions."""
    script = _script()
    import skill_filter_asked as asked

    posting = read_posting(
        "Stock Controller\nNorthpoint Distribution\nLeeds\n\nDuties:\n"
        "• Operate reach trucks in the chilled store\n• Run stock reports in SAP\n\n"
        "Requirements:\n• Food Hygiene Level 2\n• Counterbalance forklift licence\n".encode(),
        "posting.txt",
    )
    matches, text, index = skill_candidates(posting, matcher)
    rows = skillfilter.features(matches, text, index, posting.title, {})
    duty = [asked.only_in_duties(f) for f in rows]
    assert any(duty) and not all(duty)

    def doc(folder: str, counts_duties: bool) -> object:
        right = [counts_duties if d else True for d in duty]
        return script.Doc(folder, "a.txt", matches, text, index, posting.title, right,
                          labelled=sum(right), labels=[])

    docs = [doc("counts", True), doc("strict", False)]
    assert asked.checklist_folders(docs) == {"counts", "strict"}  # both are short checklists
    assert asked.asked_folders(docs) == {"strict"}
    mask = asked.asked_mask(docs, asked.asked_folders(docs))
    n = len(matches)
    assert list(mask[n:]) == [True] * n  # every candidate of the strict folder teaches
    assert [bool(v) for v in mask[:n]] == [m.section in asked.ASKING_SECTIONS for m in matches]
