"""Round twelve: vocabulary names that are also ordinary words (data/ordinary_senses.txt). Each
rule is probed both ways: the ordinary sense gives no skill, the skill itself is still found."""

from __future__ import annotations

import pytest

from bounceback.skills import ordinarysenses
from bounceback.skills.matcher import SkillMatcher, extract

# (entry, a line that uses the word in its ordinary sense, a line that asks for the skill)
PROBES = [
    (
        "prospecting",
        "Candidates shall be in a state of health as would indicate a reasonable prospect of "
        "ability to render regular service.",
        "Experience prospecting for new clients by phone and LinkedIn",
    ),
    (
        "spa treatments",
        "Ardnabeg House is a 62-bedroom country house hotel and spa on the Ring of Kerry.",
        "Experience delivering spa treatments and massage",
    ),
    (
        "communication",
        "Supporting pupils with significant communication and sensory needs",
        "Excellent communication skills",
    ),
    (
        "mobility support",
        "Experience in travel, mobility or e-commerce",
        "Supporting residents with mobility and personal care",
    ),
    (
        "plumbing",
        "3+ years of B2B outside sales experience, preferably in HVAC, plumbing or electrical "
        "distribution",
        "Qualified plumber with domestic plumbing and heating experience",
    ),
    (
        "chairside assistance",
        "Excellent chairside manner and patient communication",
        "Experience in chairside assistance during restorative procedures",
    ),
    (
        "hair cutting",
        "Distributor of welding consumables, cutting tools and abrasives to the mining sector",
        "Confident with cutting and colouring, including balayage",
    ),
    (
        # round 33: the heading of a resume, read as the alias "curriculum"
        "curriculum development",
        "CURRICULUM VITAE",
        "Experience of curriculum development across Key Stage 3",
    ),
]


def _skills(text: str, matcher: SkillMatcher) -> set[str]:
    return {m.skill for m in extract(text, matcher)}


@pytest.mark.parametrize(("entry", "ordinary", "asked"), PROBES, ids=[p[0] for p in PROBES])
def test_an_ordinary_word_is_no_skill_and_the_skill_is_still_found(
    matcher: SkillMatcher, entry: str, ordinary: str, asked: str
) -> None:
    assert entry not in _skills(ordinary, matcher)
    assert entry in _skills(asked, matcher)


@pytest.mark.parametrize("line", [
    "Support service users with personal care, transport and mobility",
    "Help residents with transport and mobility around the home",
    "Assist clients with mobility and transport to appointments",
])
def test_helping_people_move_beside_transport_is_the_skill(matcher: SkillMatcher, line: str) -> None:
    # review of round 12: the industry rule took "transport and mobility" in care duties
    assert "mobility support" in _skills(line, matcher)


def test_every_rule_names_an_entry_of_the_vocabulary_and_says_why(matcher: SkillMatcher) -> None:
    rules = [s for group in ordinarysenses.senses().values() for s in group]
    assert {p[0] for p in PROBES} == {s.entry for s in rules}  # every rule is probed here
    for sense in rules:
        assert matcher.vocabulary.get(sense.entry) is not None, sense.entry
        assert len(sense.why) > 20


def test_a_malformed_rule_is_a_clear_error_naming_its_line() -> None:
    with pytest.raises(ValueError, match="line 2: want 'entry | pattern | why'"):
        ordinarysenses.parse("# comment\nprospecting | prospects?\n")
    with pytest.raises(ValueError, match="line 1: "):
        ordinarysenses.parse("prospecting | (unclosed | a broken pattern\n")
