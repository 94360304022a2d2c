"""The outlook's words agree with its numbers: the headline and the sentence give the same
figure, "ten more" never promises a rise that does not show, no bleak count of hundreds, and
one application's chance is said in words."""

from __future__ import annotations

import pytest

from bounceback.domain.vocabulary import Source, Stage
from bounceback.pipeline.outlook import HUMANE_MORE, compute_outlook
from bounceback.pipeline.wording import chance_words, percent
from pipeline.pipekit import TODAY, app

SEARCHES = {
    "one just rejected, nothing else": [app(Stage.APPLIED, days_ago=40)],
    "a handful": [app(Stage.APPLIED, days_ago=d) for d in (1, 3, 5, 8)],
    "busy": [app(Stage.APPLIED, days_ago=d % 20) for d in range(40)]
    + [app(Stage.INTERVIEWING), app(Stage.SCREENING, source=Source.REFERRAL)],
    "late in a long search": [app(Stage.INTERVIEWING) for _ in range(6)],
}


@pytest.mark.parametrize("name", SEARCHES)
def test_the_sentence_gives_the_headline_figure(name: str) -> None:
    o = compute_outlook(SEARCHES[name], TODAY)
    assert percent(o.chance) in o.explanation.split(";")[0] or o.live_count == 0


@pytest.mark.parametrize("name", SEARCHES)
def test_ten_more_never_claims_a_rise_that_does_not_show(name: str) -> None:
    o = compute_outlook(SEARCHES[name], TODAY)
    if percent(o.chance_with_ten_more_cold) == percent(o.chance):
        assert "would raise it" not in o.explanation
    else:
        assert f"raise it to about {percent(o.chance_with_ten_more_cold)}" in o.explanation


@pytest.mark.parametrize("name", SEARCHES)
def test_no_count_nobody_could_act_on(name: str) -> None:
    import re

    o = compute_outlook(SEARCHES[name], TODAY)
    said = re.findall(r"\b(\d+|\w+) (more cold|tailored|referral)", o.explanation)
    limits = {"more cold": HUMANE_MORE["cold"], "tailored": HUMANE_MORE["tailored"],
              "referral": HUMANE_MORE["referral"]}
    for count, kind in said:
        assert not count.isdigit() or int(count) <= limits[kind], o.explanation
    if percent(o.chance) != percent(o.target) and o.chance < o.target:
        assert "What helps most" in o.explanation


def test_a_chance_shown_at_the_target_asks_for_nothing_more() -> None:
    """'about 80 %' is never followed by 'Reaching 80 % would take...': when the rounded chance
    the user reads is the target, the outlook asks for no more applications of any kind."""
    rounded_up = 0
    for n in range(1, 41):
        search = [app(Stage.APPLIED, days_ago=d % 15) for d in range(n)] + [app(Stage.INTERVIEWING)]
        shown = percent(compute_outlook(search, TODAY).chance)
        target = int(shown.split()[0]) / 100 if shown[0].isdigit() else 0.5
        o = compute_outlook(search, TODAY, target=target)
        if o.chance < target:  # shown as the target, a little under it
            rounded_up += 1
            assert "Reaching" not in o.explanation and "long way" not in o.explanation, o.explanation
            assert all(m.count == 0 for m in o.more_needed), o.more_needed
    assert rounded_up  # the sweep met the case it guards


def test_right_after_a_rejection_the_outlook_says_what_helps() -> None:
    o = compute_outlook(SEARCHES["one just rejected, nothing else"], TODAY)
    assert "long way from here" in o.explanation and "referral" in o.explanation


@pytest.mark.parametrize(("p", "words"), [(0.001, "a long shot"), (0.05, "an outside chance"),
                                          (0.2, "a fair chance"), (0.45, "a good chance"),
                                          (0.8, "a strong chance")])
def test_one_applications_chance_in_words(p: float, words: str) -> None:
    assert chance_words(p) == words
