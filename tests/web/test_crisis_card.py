"""The crisis card on the web, at every place text is written: the full message with the lines
as links (each once), the direct question for heavy text (answered on the page only), the
country asked once, and the helplines page."""

from __future__ import annotations

import re
from datetime import date

from bounceback.domain.models import Application
from web_helpers import text_of

EXPLICIT = "ya no quiero vivir, otra entrevista y nada"  # Spanish: "I don't want to live anymore"
HEAVY = "Ich kann einfach nicht mehr."  # German: "I just can't anymore"
CALM = "Today's interview went fine, they'll call next week."


def _app(web) -> int:  # type: ignore[no-untyped-def]
    return web.bb.applications.add(Application(company="Acme", role="Analyst",
                                               date_applied=date(2026, 11, 1))).id


def _card(html: str) -> str:
    found = re.search(r'<section class="card tone-crisis crisis-card".*?</section>', html, re.S)
    assert found, "no crisis card"
    return found.group(0)


def test_the_full_message_shows_the_country_lines_as_links_each_once(web) -> None:
    web.bb.settings_store.set({"crisis_country": "gb"})
    response = web.post("/journal/write", {"text": EXPLICIT, "kind": "free"}, follow=True)
    assert response.status_code == 200 and response.history[0].status_code == 303
    card = _card(response.text)
    assert 'data-level="explicit"' in card
    assert card.count('href="tel:116123"') == 1
    assert card.count('href="tel:999"') == 1 and card.count("<strong>999</strong>") == 1
    assert 'href="https://findahelpline.com"' in card
    assert response.text.index("crisis-card") < response.text.index("Saved privately")


def test_heavy_text_asks_directly_and_the_answer_goes_nowhere(web) -> None:
    web.bb.settings_store.set({"crisis_country": "de"})
    response = web.post("/checkin", {"mood": "2", "something_else": HEAVY}, follow=True)
    card = _card(response.text)
    assert "Are you having thoughts of ending your life?" in card
    radios = re.findall(r'<input type="radio" name="crisis-answer" id="crisis-(\w+)"', card)
    assert radios == ["yes", "not_sure", "no"]
    assert "<form" not in card  # no request is made with the answer
    assert 'href="tel:08001110111"' in card and "not saved or sent anywhere" in card


def test_calm_text_shows_no_card(web) -> None:
    response = web.post("/journal/write", {"text": CALM, "kind": "free"}, follow=True)
    assert "crisis-card" not in response.text


def test_a_timeline_note_gets_the_check(web) -> None:
    app_id = _app(web)
    response = web.post(f"/applications/{app_id}/note", {"note_text": EXPLICIT}, follow=True)
    assert response.history[0].status_code == 303  # a POST that saved answers with a redirect
    assert response.status_code == 200 and 'data-level="explicit"' in response.text
    assert "Your note is saved." in text_of(response)
    calm = web.post(f"/applications/{app_id}/note", {"note_text": CALM})
    assert calm.status_code == 303
    notes = [e.summary for e in web.bb.applications.timeline(app_id).events if e.kind.value == "note"]
    assert EXPLICIT in notes and CALM in notes


def test_the_rejection_form_and_the_message_to_a_friend_get_the_check(web) -> None:
    app_id = _app(web)
    response = web.post(f"/applications/{app_id}/reject", {
        "received_on": "2026-11-24", "channel": "email", "stage_reached": "applied",
        "text": "They said no. " + EXPLICIT}, follow=True)
    assert response.history[0].status_code == 303
    assert response.status_code == 200 and 'data-level="explicit"' in response.text
    [rejection] = web.bb.rejections.list()
    person = web.bb.recovery.add_person("Sam")
    reached = web.post(f"/rejections/{rejection.id}/reach-out", {
        "person_id": str(person.id), "reached": "yes", "message": HEAVY}, follow=True)
    assert reached.status_code == 200 and "Are you having thoughts" in reached.text
    calm = web.post(f"/rejections/{rejection.id}/reach-out", {
        "person_id": str(person.id), "reached": "yes", "message": "Fancy a coffee on Friday?"})
    assert calm.status_code == 303


def test_the_country_is_asked_once_then_remembered(web) -> None:
    page = web.get("/journal/write", headers={"accept-language": "pt-BR,pt;q=0.9"})
    assert "Which country are you in?" in page.text
    assert re.search(r'<option value="br" selected>', page.text)
    saved = web.post("/helplines/country", {"crisis_country": "br", "next": "/journal/write"})
    assert saved.status_code == 303 and saved.headers["location"].startswith("/journal/write")
    assert web.bb.preferences().crisis_country == "br"
    assert "Which country are you in?" not in web.get("/journal/write").text
    helplines = web.get("/helplines")
    assert 'href="tel:188"' in helplines.text and "Brazil" in text_of(helplines)
    bad = web.post("/helplines/country", {"crisis_country": "atlantis", "next": "//evil.example"})
    assert bad.status_code == 303 and bad.headers["location"].startswith("/helplines")
    assert web.bb.preferences().crisis_country == "br"


def test_the_helplines_page_is_reachable_from_every_page(web) -> None:
    assert 'href="/helplines"' in web.get("/").text
    page = web.get("/helplines")
    assert page.status_code == 200 and "findahelpline.com" in page.text


def test_today_keeps_support_visible_with_the_lines_as_links(web) -> None:
    # After an explicit entry, the Today page shows the lines as links a phone can follow, the
    # emergency number once, and none of the lines as bare text.
    web.bb.settings_store.set({"crisis_country": "jp"})
    web.post("/journal/write", {"text": EXPLICIT, "kind": "free"}, follow=True)
    card = _card(web.get("/").text)
    assert 'href="tel:0120279338"' in card and 'href="tel:0357740992"' in card
    assert card.count('href="tel:119"') == 1
    assert 'href="https://telljp.com/lifeline/"' in card
    assert 'href="https://findahelpline.com"' in card
    assert "Yorisoi Hotline): call" not in card  # the service's plain-text line is not shown


def test_a_star_number_is_dialled_as_written(web) -> None:
    web.bb.settings_store.set({"crisis_country": "cl"})
    card = _card(web.post("/journal/write", {"text": EXPLICIT, "kind": "free"},
                          follow=True).text)
    assert 'href="tel:*4141"' in card and 'href="tel:131"' in card
