"""Round 29 (skills32): recall outside software. A name's examples in brackets stay asked for
beside it ("Python (pandas, NumPy)", "Microsoft Excel (pivot tables, VLOOKUP)"), and the
vocabulary 2026.12.29 names what beauty, care, clinical, office and trades postings commonly ask
for in their own words (brow lamination, lash lifts, hoist training, early warning scores,
variable speed drives, consumer unit upgrades...) and more languages (isiXhosa, Setswana).
Each failed on main. The texts are the engineer's own."""

from __future__ import annotations

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting
from bounceback.skills.vocabulary import builtin_data, builtin_vocabulary


def _asked(text: str, matcher: SkillMatcher) -> set[str]:
    """The skills asked for, each by its vocabulary entry's canonical name."""
    vocabulary = builtin_vocabulary()
    posting = read_posting(text.encode(), "posting.txt", matcher=matcher)
    return {vocabulary.canonical(s.skill) for s in posting.skills if s.importance != "mentioned"}


def test_the_shipped_vocabulary_knows_the_fields_own_names() -> None:
    """What round 29 added is in the shipped file, each an entry of its own with its other
    names (a rebuild that lost a curated file, or merged these into a broader skill, fails
    here; the version string changes with every rebuild and says nothing of either)."""
    vocabulary = builtin_vocabulary()
    for name, other in [
        ("brow lamination", "laminated brows"),
        ("lash lift", "LVL lash lift"),
        ("chemical peels", "skin peels"),
        ("hoist training", None),
        ("Xhosa", "isiXhosa"),
    ]:
        assert vocabulary.canonical(name) == name and name in vocabulary
        if other:
            assert vocabulary.canonical(other) == name
    assert builtin_data().version  # the build records which vocabulary shipped


def test_examples_in_brackets_are_asked_for_beside_the_name(matcher: SkillMatcher) -> None:
    asked = _asked(
        "Junior Data Analyst\nBrightwell Insights Ltd\nLeeds\n\nRequirements\n"
        "- Python (pandas, NumPy) for analysis\n"
        "- Intermediate Microsoft Excel (pivot tables, VLOOKUP)\n",
        matcher,
    )
    assert {"Python", "pandas", "NumPy", "pivot tables", "VLOOKUP"} <= asked


def test_a_beauty_therapists_treatments_are_asked_for(matcher: SkillMatcher) -> None:
    asked = _asked(
        "Beauty Therapist\nLuma Skin & Beauty\nNorwich\n\nWhat we're looking for\n"
        "- Confident with lash lifts and brow lamination\n"
        "- Experience of chemical peels and microneedling\n"
        "- Carry out patch tests before every tint\n"
        "- VTCT Level 3 or equivalent\n",
        matcher,
    )
    assert {"lash lift", "brow lamination", "chemical peels", "microneedling"} <= asked
    assert {"patch testing", "VTCT"} <= asked


def test_care_and_clinical_asks_in_their_own_words(matcher: SkillMatcher) -> None:
    asked = _asked(
        "Senior Care Assistant\nAshby House Nursing Home\nLeicester\n\nEssential\n"
        "- Medication competency, or willing to complete it\n"
        "- Hoist training and safe use of slide sheets\n"
        "- Pressure ulcer prevention and repositioning\n"
        "- Able to record NEWS early warning scores and escalate\n",
        matcher,
    )
    assert {"medication competency", "hoist training", "pressure care"} <= asked
    assert "NEWS" in asked


def test_a_maintenance_electricians_asks(matcher: SkillMatcher) -> None:
    asked = _asked(
        "Maintenance Electrician\nGranton Packaging Ltd\nLivingston\n\nRequirements\n"
        "- Fault finding on three-phase motors and variable speed drives\n"
        "- Reading electrical schematics\n"
        "- Consumer unit upgrades on domestic call-outs\n",
        matcher,
    )
    assert {"three-phase", "VFD", "electrical schematics", "consumer units"} <= asked


def test_south_african_languages_are_asked_for(matcher: SkillMatcher) -> None:
    asked = _asked(
        "Call Centre Agent\nUmoya Contact Solutions\nEast London\n\nRequirements\n"
        "- Fluent in English and isiXhosa\n- Setswana speaking would be an advantage\n",
        matcher,
    )
    assert {"Xhosa", "Tswana"} <= asked


def test_a_language_wished_for_as_an_asset_is_read(matcher: SkillMatcher) -> None:
    posting = read_posting(
        b"Store Associate\nPine Ridge Outfitters\nOttawa, ON\n\nAbout you\n"
        b"- Two years of retail experience\n- French is an asset.\n- Spanish a plus\n",
        "posting.txt",
        matcher=matcher,
    )
    named = {s.skill for s in posting.skills} | {s.skill for s in posting.mentioned}
    assert {"French", "Spanish"} <= named


def test_a_verb_or_a_preposition_before_a_skill_names_no_narrower_skill(
    matcher: SkillMatcher,
) -> None:
    asked = _asked(
        "Platform Engineer\nCoralbay Health Tech\nAustin, TX\n\nRequirements\n"
        "- Terraform and Kubernetes in production\n- Scripting in Python or Bash\n",
        matcher,
    )
    assert "Python" in asked
    assert not any(s.casefold().startswith("scripting in") for s in asked)
