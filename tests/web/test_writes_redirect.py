"""Every state-changing POST answers 303 See Other to a page that opens with a GET: reloading
after a check-in, a journal entry or an import shows the page again and saves nothing twice.
The walk covers every POST route of the app; a new one must be added here."""

from __future__ import annotations

import io
import re
from pathlib import Path
from urllib.parse import urlsplit

from starlette.routing import Route

from bounceback.domain.models import Application, Task
from bounceback.pipeline.plan import parse_intention
from bounceback.services.recovery import EntryDraft
from bounceback.web.rendering import redirect

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "web" / "hostile.eml"
# Not a change: the data export is a download (a POST so that it never runs from a link).
NOT_A_CHANGE = {"/settings/export"}


def _ids(bb) -> dict[str, object]:  # type: ignore[no-untyped-def]
    apps = bb.applications.list()
    live = [a for a in apps if a.is_live]
    rejected = [r for r in bb.rejections.list()]
    task = bb.tasks.add(Task(title="Call back", due=bb.clock().date(), application_id=live[0].id))
    intention = bb.pipeline.add_intention(parse_intention("Tuesday 9:00, at home: 3"))
    person = bb.recovery.add_person("Ana", reach="ana@example.org")
    card = bb.learning.add_card("Why this role?")
    entry = bb.recovery.write(EntryDraft("A few words.")).entry
    bb.applications.add(Application(company="Acme Logistics", role="Data Analyst"))
    bb.applications.add(Application(company="Acme Logistics", role="Operations Coordinator"))
    bb.mail.import_path(HOSTILE)  # an email that could be either: it waits in the inbox
    inbox = bb.inbox.review_items("open")
    return {"live": live, "rejected": rejected, "task": task, "intention": intention,
            "person": person, "card": card, "entry": entry, "inbox": inbox}


def _forms(bb, ids) -> list[tuple[str, str, dict[str, object]]]:  # type: ignore[no-untyped-def]
    """(route, address, form) for each POST route, in an order where each still applies."""
    live, rejected = ids["live"], ids["rejected"]
    a, b, c, d = (x.id for x in live[:4])
    r = rejected[0]
    today = bb.clock().date().isoformat()
    forms = [
        ("/applications/new", "/applications/new", {"company": "New Co", "role": "Analyst"}),
        ("/applications/{app_id:int}/edit", f"/applications/{a}/edit",
         {"company": live[0].company, "role": "Senior " + live[0].role}),
        ("/applications/{app_id:int}/move", f"/applications/{a}/move", {"stage": "screening"}),
        ("/applications/{app_id:int}/note", f"/applications/{a}/note", {"note_text": "Called"}),
        ("/applications/{app_id:int}/tasks", f"/applications/{a}/tasks",
         {"task_title": "Prepare", "task_due": today}),
        ("/applications/{app_id:int}/tasks/{task_id:int}/done",
         f"/applications/{ids['task'].application_id}/tasks/{ids['task'].id}/done", {}),
        ("/applications/{app_id:int}/contacts", f"/applications/{a}/contacts",
         {"contact_name": "Sam Lee", "contact_role": "recruiter"}),
        ("/applications/{app_id:int}/interviews", f"/applications/{a}/interviews",
         {"iv_held_on": today, "iv_kind": "phone_screen"}),
        ("/applications/{app_id:int}/ghosting", f"/applications/{b}/ghosting", {"action": "wait"}),
        ("/applications/{app_id:int}/feedback/sent", f"/applications/{r.application_id}/feedback/sent",
         {"tone": "warm"}),
        ("/applications/{app_id:int}/feedback", f"/applications/{r.application_id}/feedback",
         {"fb_text": "More SQL depth."}),
        ("/applications/{app_id:int}/reasons", f"/applications/{r.application_id}/reasons",
         {"primary_reason": "skill_gap"}),
        ("/applications/{app_id:int}/reasons/confirm",
         f"/applications/{rejected[1].application_id}/reasons/confirm", {}),
        ("/applications/{app_id:int}/reject", f"/applications/{c}/reject",
         {"received_on": today, "channel": "email"}),
        ("/rejections/{rejection_id:int}/checkin", f"/rejections/{r.id}/checkin", {"mood": "2"}),
        ("/rejections/{rejection_id:int}/reach-out", f"/rejections/{r.id}/reach-out",
         {"person_id": ids["person"].id, "reached": "no"}),
        ("/rejections/{rejection_id:int}/window", f"/rejections/{r.id}/window", {"days": "5"}),
        ("/checkin", "/checkin", {"mood": "3"}),
        ("/journal/open", "/journal/open", {}),
        ("/journal/write", "/journal/write", {"text": "It stung.", "kind": "free"}),
        ("/journal/entries/{entry_id:int}/delete", f"/journal/entries/{ids['entry'].id}/delete", {}),
        ("/outlook/goal", "/outlook/goal", {"goal": "6"}),
        ("/outlook/intentions", "/outlook/intentions",
         {"weekday": "2", "at": "10:00", "place": "at the library", "count": "2"}),
        ("/outlook/intentions/{intention_id:int}/delete",
         f"/outlook/intentions/{ids['intention'].id}/delete", {}),
        ("/practice/cards", "/practice/cards", {"question": "Tell me about a failure"}),
        ("/practice/lessons", "/practice/lessons", {"lesson": "Breathe first"}),
        ("/practice/cards/{card_id:int}/review", f"/practice/cards/{ids['card'].id}/review",
         {"rating": "4"}),
        ("/support", "/support", {"person_name": "Ben"}),
        ("/support/{person_id:int}/delete", f"/support/{ids['person'].id}/delete", {}),
        ("/settings", "/settings", {"weekly_application_goal": "4"}),
        ("/helplines/country", "/helplines/country", {"crisis_country": "gb"}),
        ("/applications/{app_id:int}/withdraw", f"/applications/{d}/withdraw", {}),
        ("/applications/{app_id:int}/delete", f"/applications/{d}/delete", {"confirm": "on"}),
        ("/settings/wipe", "/settings/wipe", {"confirm_phrase": "delete everything",
                                              "what": "private"}),
    ]
    forms.append(("/inbox/{item_id:int}", f"/inbox/{ids['inbox'][0].id}", {"action": "dismiss"}))
    return forms


def test_every_state_changing_post_answers_303_to_a_page(demo_web) -> None:  # type: ignore[no-untyped-def]
    bb = demo_web.bb
    ids = _ids(bb)
    forms = _forms(bb, ids)
    posts = {r.path for r in demo_web.client.app.routes
             if isinstance(r, Route) and "POST" in (r.methods or ())}
    covered = {route for route, _, _ in forms} | NOT_A_CHANGE | {"/import"}  # import: below
    assert posts - covered == set(), "POST routes this walk does not cover"
    answers = {}
    for _route, url, data in forms:
        response = demo_web.post(url, {k: str(v) for k, v in data.items()})
        answers[url] = response.status_code
        if response.status_code != 303:
            continue
        target = response.headers["location"]
        page = demo_web.get(target)
        assert page.status_code == 200, f"{url} → {target}: {page.status_code}"
    assert {url: code for url, code in answers.items() if code != 303} == {}


def test_an_import_answers_303_to_its_report(web, tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv = "company,role,date_applied,stage\nAcme,Analyst,2026-11-01,applied\n"
    response = web.client.post("/import", data={"csrf_token": web.token, "kind": "csv"},
                               files={"file": ("apps.csv", io.BytesIO(csv.encode()), "text/csv")},
                               follow_redirects=False)
    assert response.status_code == 303
    report = web.get(response.headers["location"])
    assert report.status_code == 200 and "Done" in report.text
    assert web.get(response.headers["location"]).status_code == 200  # a reload imports nothing
    assert [a.company for a in web.bb.applications.list()] == ["Acme"]


def test_reloading_after_a_check_in_saves_no_second_one(demo_web) -> None:  # type: ignore[no-untyped-def]
    rejection = demo_web.bb.rejections.list()[0]
    before = len(demo_web.bb.recovery.check_ins())
    response = demo_web.post(f"/rejections/{rejection.id}/checkin", {"mood": "2", "e_sadness": "6"})
    assert response.status_code == 303
    for _ in range(2):
        page = demo_web.get(response.headers["location"])
        assert "Thank you for checking in" in page.text
    assert len(demo_web.bb.recovery.check_ins()) == before + 1


def test_the_notice_goes_before_the_fragment() -> None:
    assert redirect("/rejections/28#window", "saved").headers["location"] == (
        "/rejections/28?done=saved#window")
    assert redirect("/board?stage=applied#c3", "moved").headers["location"] == (
        "/board?stage=applied&done=moved#c3")
    assert urlsplit(redirect("/journal", open="x y").headers["location"]).query == "open=x+y"


def test_the_journal_opens_only_after_the_click_and_only_for_this_browser(demo_web) -> None:  # type: ignore[no-untyped-def]
    demo_web.bb.recovery.write(EntryDraft("Private words here."))
    assert "Private words here." not in demo_web.get("/journal").text
    opened = demo_web.post("/journal/open")
    assert opened.status_code == 303 and "no-store" in opened.headers["cache-control"]
    shown = demo_web.get(opened.headers["location"])
    assert "Private words here." in shown.text
    ticket = re.search(r"open=([\w-]+)", opened.headers["location"]).group(1)  # type: ignore[union-attr]
    demo_web.client.cookies.clear()  # another browser, with the same address
    assert "Private words here." not in demo_web.get(f"/journal?open={ticket}").text
