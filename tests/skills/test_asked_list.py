"""Round 14: the asked-for list as a recruiter writes it (skills/askedlist.py): (until round 29) a
name's examples in brackets, and the shorter of two names read from one stretch of text, are left to "also
mentioned"; a model may cap the list's length; an entry the user added is never moved. Each
failed on main (there was no such step: every candidate the asked-for model kept was listed)."""

from __future__ import annotations

import copy

from bounceback.domain.skills import SkillMatch, SkillSource
from bounceback.skills import skillfilter
from bounceback.skills.askedlist import settle
from bounceback.skills.evidence import TextIndex


def _match(
    text: str, name: str, skill: str = "", source: SkillSource = SkillSource.BUILTIN
) -> SkillMatch:
    start = text.index(name)
    return SkillMatch(
        skill=skill or name,
        category="office software",
        text=name,
        start=start,
        end=start + len(name),
        evidence=text,
        source=source,
        section="requirements",
    )


TEXT = "Requirements:\n- Advanced Microsoft Office skills (Word, Excel, Outlook)\n"


def test_a_names_examples_in_brackets_stay_asked_beside_it() -> None:
    # round 29 (was: left to "also mentioned", round 14): the strangers' checklists of the
    # retired rounds list the examples as skills of their own
    found = [_match(TEXT, n) for n in ("Microsoft Office", "Word", "Excel", "Outlook")]
    asked, moved = settle(found, [0.9, 0.8, 0.7, 0.6], TEXT)
    assert [m.skill for m in asked] == ["Microsoft Office", "Word", "Excel", "Outlook"]
    assert not moved


def test_examples_stay_asked_when_the_name_they_explain_is_not() -> None:
    found = [_match(TEXT, n) for n in ("Word", "Excel")]
    asked, moved = settle(found, [0.8, 0.7], TEXT)
    assert [m.skill for m in asked] == ["Word", "Excel"] and not moved


def test_the_shorter_of_two_overlapping_names_is_mentioned() -> None:
    text = "Requirements:\n- Full UK Category C+E licence (Class 1)\n"
    long = _match(text, "UK Category C+E licence", "Category C+E licence")
    short = _match(text, "UK Category C", "UK Category C")
    asked, moved = settle([short, long], [0.9, 0.6], text)
    assert asked == [long] and moved == [short]


def test_a_cap_keeps_the_best_scored_skills() -> None:
    text = "Requirements:\n- Python\n- SQL\n- Docker\n- Terraform\n"
    found = [_match(text, n) for n in ("Python", "SQL", "Docker", "Terraform")]
    asked, moved = settle(found, [0.5, 0.9, 0.4, 0.8], text, cap=2)
    assert [m.skill for m in asked] == ["SQL", "Terraform"]
    assert [m.skill for m in moved] == ["Python", "Docker"]
    assert settle(found, [0.5, 0.9, 0.4, 0.8], text, cap=0)[0] == found  # 0: no limit


def test_an_entry_the_user_added_is_never_moved() -> None:
    found = [
        _match(TEXT, "Microsoft Office"),
        _match(TEXT, "Excel", source=SkillSource.USER),
    ]
    asked, moved = settle(found, [0.9, 0.0], TEXT, cap=1)
    assert asked == found and not moved


def test_the_filter_lists_what_the_list_leaves_as_also_mentioned() -> None:
    """skillfilter.split: the moved candidates are shown as mentioned, in the text's order (the
    shorter of two overlapping names; until round 29 a name's examples in brackets)."""
    shipped = skillfilter.shipped_model()
    assert shipped is not None
    model = copy.copy(shipped)
    model.threshold, model.floor = 0.0, 0.0  # every candidate kept and asked for
    text = "Requirements:\n- Full UK Category C+E licence (Class 1)\n"
    long = _match(text, "UK Category C+E licence", "Category C+E licence")
    short = _match(text, "UK Category C", "UK Category C")
    asked, mentioned = skillfilter.split([short, long], text, TextIndex(text), "Driver", model)
    assert [m.skill for m in asked] == ["Category C+E licence"]
    assert [m.skill for m in mentioned] == ["UK Category C"]
    found = [_match(TEXT, n) for n in ("Microsoft Office", "Word", "Excel", "Outlook")]
    asked, mentioned = skillfilter.split(found, TEXT, TextIndex(TEXT), "Legal Secretary", model)
    assert [m.skill for m in asked] == ["Microsoft Office", "Word", "Excel", "Outlook"]
    assert not mentioned
