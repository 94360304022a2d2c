from __future__ import annotations

from datetime import date

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.domain.learning import Lesson
from bounceback.domain.vocabulary import Stage
from bounceback.learning.lessons import (
    Context,
    lessons_for,
    new_lesson,
    parse_tags,
    suggest_lessons,
)
from bounceback.learning.patterns import PatternReport, RepeatedQuestion, Tally

DAY = date(2026, 11, 1)


def test_tags_are_normalised_and_checked():
    assert parse_tags(["Stage:Interviewing, company:Start Up", "skill:SQL", "nerves"]) == [
        "stage:interviewing",
        "company:start_up",
        "skill:sql",
        "nerves",
    ]
    with pytest.raises(InvalidValue, match="stage:interviewing"):
        parse_tags(["mood:low"])
    with pytest.raises(InvalidValue, match="screening"):
        parse_tags(["stage:final"])


def test_empty_lesson_is_refused():
    with pytest.raises(InvalidValue):
        new_lesson("  ", DAY)


def test_lessons_fit_the_stage_and_company():
    general = new_lesson("Sleep well before.", DAY)
    screen = new_lesson("Ask the salary range.", DAY, ["stage:screening"])
    startup = new_lesson(
        "Show you can own things end to end.", DAY, ["company:startup", "stage:interviewing"]
    )
    sql = new_lesson("Revise window functions.", DAY, ["skill:sql"])
    context = Context(Stage.INTERVIEWING, ("startup",), ("sql",))
    picked = lessons_for([general, screen, startup, sql], context)
    assert screen not in picked
    assert picked[0] is startup
    assert set(map(id, picked)) == {id(general), id(startup), id(sql)}


def test_suggestions_come_from_patterns_and_skip_what_exists():
    report = PatternReport(applications=10, rejections=6)
    report.by_reason = [Tally("interview_performance", 3, 6, pattern=True), Tally("fit", 1, 6)]
    report.repeated_questions = [RepeatedQuestion("Tell me about a failure", 2, [1, 2])]
    ideas = suggest_lessons(report, [], DAY)
    assert len(ideas) == 2 and all(i.suggested for i in ideas)
    assert "Tell me about a failure" in ideas[0].text
    assert "3 of 6" in ideas[1].text
    assert suggest_lessons(report, [Lesson(ideas[0].text, DAY)], DAY) == ideas[1:]


def test_no_pattern_no_suggestion():
    report = PatternReport(applications=2, rejections=1, by_reason=[Tally("fit", 1, 1)])
    assert suggest_lessons(report, [], DAY) == []
