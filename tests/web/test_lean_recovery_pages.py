"""The recovery pages read through the lean read layer (services/rejection_reads.py, no ORM
session) and show what RecoveryService's methods gave: every rejection's page of the demo (its
steps, a saved check-in, the support suggestion), the check-in page and the writing page's
prompt, rendered both ways and compared byte for byte, with a window resized, a window ended, a
journal entry written (the prompt's days) and a low check-in (a crisis message); and the inbox's
review items (storage/readmodel/inbox_queries.py). Both engines."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tests.web.conftest import Web

from bounceback.domain.errors import NotFound
from bounceback.domain.models import Application
from bounceback.domain.recovery import EmotionRating
from bounceback.domain.vocabulary import Emotion
from bounceback.services import Bounceback, rejection_reads
from bounceback.services.recovery import CheckInDraft, EntryDraft
from bounceback.storage.readmodel import inbox_queries
from bounceback.web.pages import inbox as inbox_page

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "web" / "hostile.eml"


def orm_page_of(bb: Bounceback, rejection_id: int, *, recovery: bool,
                check_in: int | None = None, suggest: bool = False) -> Any:
    """What the rejection's page read before round 19, through the ORM's service methods."""
    found = bb.rejections.get(rejection_id)
    if found is None:
        raise NotFound(f"no rejection #{rejection_id}")
    timeline = replace(bb.applications.timeline(found.application_id, rejection=found),
                       rejection=found)
    if not recovery:
        return rejection_reads.RejectionView(timeline, None, prefs=bb.preferences())
    saved = orm_saved_of(bb, check_in) if check_in else None
    if saved is not None and saved.check_in.rejection_id != rejection_id:
        saved = None
    return rejection_reads.RejectionView(
        timeline, bb.recovery.for_page(timeline), bb.recovery.people(),
        bb.recovery.suggest_support(rejection_id) if suggest or saved is not None else None,
        saved, bb.preferences())


def orm_saved_of(bb: Bounceback, check_in_id: int) -> Any:
    try:
        return bb.recovery.saved_check_in(check_in_id)
    except NotFound:
        return None


def orm_reads(bb: Bounceback, m: pytest.MonkeyPatch) -> None:
    m.setattr(rejection_reads, "page_of", orm_page_of)
    m.setattr(rejection_reads, "saved_of", orm_saved_of)
    m.setattr(rejection_reads, "prompt_of", lambda bb, rejection_id, kind: (
        bb.preferences(), bb.recovery.writing_prompt(rejection_id, kind) if rejection_id else None))
    m.setattr(bb.views, "application", bb.applications.get)


def both(web: Web, monkeypatch: pytest.MonkeyPatch, paths: list[str]) -> None:
    lean = {p: web.get(p) for p in paths}
    with monkeypatch.context() as m:
        orm_reads(web.bb, m)
        for path in paths:
            orm = web.get(path)
            assert lean[path].status_code == orm.status_code, path
            assert lean[path].text == orm.text, path


def rejections(bb: Bounceback) -> list[int]:
    return sorted(r.id for r in bb.rejections.list() if r.id is not None)


def pages(bb: Bounceback, checked: dict[int, int]) -> list[str]:
    paths = ["/checkin", "/journal/write", "/rejections/999999", "/journal/write?rejection=999999",
             "/checkin?checkin=999999", "/applications/999999/reject"]
    paths += [f"/applications/{a.id}/reject" for a in bb.views.applications()[:8]]
    for rid in rejections(bb):
        paths += [f"/rejections/{rid}", f"/rejections/{rid}?step=reach-out",
                  f"/rejections/{rid}?step=writing", f"/journal/write?rejection={rid}",
                  f"/journal/write?rejection={rid}&kind=gratitude"]
    for rid, cid in checked.items():
        paths += [f"/rejections/{rid}?checkin={cid}", f"/checkin?checkin={cid}"]
    return paths


@pytest.fixture
def recovering(demo_web: Web) -> Web:
    """The demo with a check-in, a low one, a resized and an ended window, an entry written."""
    bb = demo_web.bb
    ids = rejections(bb)
    assert len(ids) >= 4
    bb.recovery.check_in(CheckInDraft(mood=4), ids[-1])
    bb.recovery.check_in(CheckInDraft(mood=1, emotions=[EmotionRating(Emotion.HOPELESSNESS, 5)],
                                      something_else="I can't go on like this"), ids[-2])
    bb.recovery.set_window(ids[-3], days=30)
    bb.recovery.end_window(ids[-4])
    bb.recovery.write(EntryDraft("A few lines about it."), ids[-1])
    return demo_web


def checked(bb: Bounceback) -> dict[int, int]:
    return {c.rejection_id: c.id for c in bb.views.check_ins()
            if c.rejection_id is not None and c.id is not None}


def test_the_recovery_pages_are_what_the_orm_path_gave(
        recovering: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    bb = recovering.bb
    saved = checked(bb)
    assert len(saved) >= 2
    paths = pages(bb, saved)
    both(recovering, monkeypatch, paths)
    texts = {p: recovering.get(p).text for p in paths}
    # what the pages held: a prompt offered, a suggestion, a saved check-in's reflection
    assert any("Private writing" in t for t in texts.values())
    assert any(recovering.get(p).status_code == 404 for p in paths)
    low = [c for c in bb.views.check_ins() if c.something_else.startswith("I can't")][0]
    found = rejection_reads.saved_of(bb, low.id or 0)
    assert found is not None and found.crisis is not None  # the low one's message


def test_no_orm_session_is_opened_by_the_recovery_pages(
        recovering: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    bb = recovering.bb
    paths = pages(bb, checked(bb))
    opened: list[Any] = []
    real = type(bb.db).session

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(type(bb.db), "session", counting)
    for path in paths:
        assert recovering.get(path).status_code in (200, 404)
    assert opened == []


def test_the_inbox_review_items_are_what_the_orm_path_gave(
        demo_web: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    bb = demo_web.bb
    bb.applications.add(Application(company="Acme Logistics", role="Data Analyst"))
    gone = bb.applications.add(Application(company="Acme Logistics",
                                           role="Operations Coordinator"))
    bb.mail.import_path(HOSTILE)
    [item] = bb.inbox.review_items()
    assert gone.id in item.candidates
    with bb.db.reader() as r:
        for status in ("open", "done", None):
            assert inbox_queries.review_items(r, status) == bb.inbox.review_items(status)
    lean = demo_web.get("/inbox")
    opened: list[Any] = []
    real = type(bb.db).session

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(1)
        return real(self, *args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(type(bb.db), "session", counting)
        assert demo_web.get("/inbox").text == lean.text
    assert opened == []
    with monkeypatch.context() as m:
        m.setattr(inbox_page, "open_items", lambda bb: bb.inbox.review_items("open"))
        m.setattr(bb.views, "application", bb.applications.get)
        assert demo_web.get("/inbox").text == lean.text
    bb.applications.delete(gone.id or 0)  # a candidate gone: shown by its number
    lean = demo_web.get("/inbox")
    with monkeypatch.context() as m:
        m.setattr(inbox_page, "open_items", lambda bb: bb.inbox.review_items("open"))
        m.setattr(bb.views, "application", bb.applications.get)
        assert demo_web.get("/inbox").text == lean.text
