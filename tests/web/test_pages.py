"""Today, Outlook, Insights, Practice and the calendar feed over the demo search."""

from __future__ import annotations

import json

from bounceback.domain.models import Application
from web_helpers import field_error, text_of


def test_today_shows_every_section_with_items(demo_web) -> None:
    page = demo_web.get("/")
    words = text_of(page)
    for section in demo_web.bb.today():
        if section.items:
            assert section.title in words
    assert "`bounceback" not in words  # terminal hints become links on the web


def test_today_with_nothing_to_show_is_calm(web, monkeypatch) -> None:
    monkeypatch.setattr(web.bb, "today", lambda *args, **kwargs: [])
    assert "Nothing is due today" in text_of(web.get("/"))


def test_terminal_hints_become_links(demo_web) -> None:
    page = demo_web.get("/")
    if "How are you feeling?" in page.text:
        assert 'href="/checkin"' in page.text


def test_the_outlook_shows_the_chance_and_the_plan(demo_web) -> None:
    outlook = demo_web.bb.pipeline.outlook()
    page = demo_web.get("/outlook")
    words = text_of(page)
    from bounceback.pipeline.wording import percent

    title = "Chance of another offer" if outlook.offers_in_hand else "Chance of at least one offer"
    headline = words.split(title, 1)[1].split()[:2]
    assert " ".join(headline) == percent(outlook.chance)  # the figure the sentence gives too
    assert percent(outlook.chance) in outlook.explanation
    assert "0.1 %" not in words
    assert "How many more" in words and "This week's plan" in words
    plan = demo_web.bb.pipeline.plan()
    assert plan.message in words  # the week's count, what is left and the streak, said once
    assert words.count(f"{plan.sent_this_week} of {plan.goal} applications sent") == 1


def test_the_weekly_goal_and_intentions_are_checked(demo_web) -> None:
    bad = demo_web.post("/outlook/goal", {"goal": "0"})
    assert bad.status_code == 400 and field_error(bad, "goal")
    assert demo_web.post("/outlook/goal", {"goal": "7"}).status_code == 303
    assert demo_web.bb.preferences().weekly_application_goal == 7
    response = demo_web.post("/outlook/intentions", {"weekday": "1", "at": "09:30",
                                                     "place": "at the library", "count": "3"})
    assert response.status_code == 303
    assert any(i.place == "at the library" for i in demo_web.bb.pipeline.plan().intentions)
    missing = demo_web.post("/outlook/intentions", {"weekday": "1", "at": "soon", "count": "3"})
    assert field_error(missing, "at") and field_error(missing, "place")


def test_insights_sections_and_charts(demo_web) -> None:
    page = demo_web.get("/insights")
    assert 'src="/assets/plotly.min.js"' in page.text
    for name in ("patterns", "conversion", "resilience", "gaps"):
        section = demo_web.get(f"/insights/sections/{name}")
        assert section.status_code == 200 and f'id="sec-{name}"' in section.text
    for chart in ("sankey", "funnel", "reasons", "mood", "weekly", "outlook"):
        figure = demo_web.get(f"/insights/charts/{chart}.json")
        assert figure.status_code == 200
        assert "data" in json.loads(figure.text)
    assert demo_web.get("/insights/charts/pie.json").status_code == 404
    assert demo_web.get("/insights/sections/nothing").status_code == 404


def test_plotly_is_served_from_the_package(demo_web) -> None:
    response = demo_web.get("/assets/plotly.min.js")
    assert response.status_code == 200 and len(response.content) > 1_000_000


def test_practice_reviews_a_card_and_takes_new_ones(web) -> None:
    empty = web.get("/practice")
    assert "The deck is empty" in text_of(empty)
    assert web.post("/practice/cards", {"question": "Tell me about a conflict"}).status_code == 303
    page = web.get("/practice")
    assert "Tell me about a conflict" in page.text and "STAR" in page.text
    [card] = web.bb.learning.deck()
    unrated = web.post(f"/practice/cards/{card.id}/review", {"answer": "..."})
    assert unrated.status_code == 400 and field_error(unrated, "rating")
    assert web.post(f"/practice/cards/{card.id}/review", {"rating": "4",
                                                          "answer": "S, T, A, R"}).status_code == 303
    [after] = web.bb.learning.deck()
    assert after.reviews == 1 and after.due > web.bb.clock().date()


def test_interviews_and_feedback_on_the_application_page(web) -> None:
    app = web.bb.applications.add(Application(company="Acme", role="Analyst",
                                              date_applied=web.bb.clock().date()))
    response = web.post(f"/applications/{app.id}/interviews", {
        "iv_held_on": web.bb.clock().date().isoformat(), "iv_kind": "behavioural",
        "iv_question": "Why do you want this role?", "iv_question_rating": "2"})
    assert response.status_code == 303
    assert [i.kind.value for i in web.bb.learning.interviews(app.id)] == ["behavioural"]
    assert any("Why do you want" in c.question for c in web.bb.learning.deck())
    web.bb.rejections.record(app.id)
    draft = web.get(f"/applications/{app.id}/feedback/draft?tone=warm")
    assert draft.status_code == 200 and "Your draft" in text_of(draft)
    assert web.bb.learning.feedback_overview().requests == []  # a draft is not a request
    sent = web.post(f"/applications/{app.id}/feedback/sent", {"tone": "warm"})
    assert sent.status_code == 303 and "#feedback" in sent.headers["location"]
    assert len(web.bb.learning.feedback_overview().requests) == 1
    empty = web.post(f"/applications/{app.id}/feedback", {"fb_text": ""})
    assert field_error(empty, "fb_text")
    assert web.post(f"/applications/{app.id}/feedback", {
        "fb_text": "You needed more SQL depth."}).status_code == 303


def test_the_calendar_feed_is_valid_icalendar(demo_web) -> None:
    from icalendar import Calendar

    response = demo_web.get("/calendar.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert calendar.walk("VEVENT")
    etag = response.headers["etag"]
    again = demo_web.get("/calendar.ics", headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    stale = demo_web.get("/calendar.ics", headers={"if-none-match": '"an-old-copy"'})
    assert stale.status_code == 200 and stale.headers["etag"] == etag


def test_lessons_are_kept_from_the_practice_page(web) -> None:
    empty = web.post("/practice/lessons", {"lesson": ""})
    assert empty.status_code == 400 and field_error(empty, "lesson")
    assert web.post("/practice/lessons", {"lesson": "Prepare two numbers for every story",
                                          "lesson_tags": "interviewing"}).status_code == 303
    assert [x.text for x in web.bb.learning.lessons()] == ["Prepare two numbers for every story"]
    assert "Prepare two numbers" in web.get("/practice").text


def test_the_outlook_says_when_the_aim_is_already_reached(demo_web) -> None:
    """A table of zeros under "How many more to reach 80 %" told the user nothing: at or above
    the aim the page says so in words and points to the setting; below it the table stays."""
    chance = demo_web.bb.pipeline.outlook().chance
    below = max(1, int(chance * 100) - 10)
    assert demo_web.post("/settings", {"offer_target": str(below)}).status_code == 303
    words = text_of(demo_web.get("/outlook"))
    assert "None: your live applications already give" in words
    assert "Chance after" not in words
    above = min(99, int(chance * 100) + 10)
    assert demo_web.post("/settings", {"offer_target": str(above)}).status_code == 303
    words = text_of(demo_web.get("/outlook"))
    assert "Chance after" in words and "None: your live" not in words
