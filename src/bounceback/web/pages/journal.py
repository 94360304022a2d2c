"""Journal: private writing, shown only after a deliberate click, never in a title or a URL."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError
from bounceback.web import tickets
from bounceback.web.forms import read_form
from bounceback.web.pages.helplines import country_prompt
from bounceback.web.pages.unavailable import unavailable
from bounceback.web.rendering import call, need, page, part, redirect, service

KINDS = [("expressive", "Thoughts and feelings about it"),
         ("self_compassion", "Kindness to yourself"), ("free", "Whatever is on your mind")]


def private(response: Response) -> Response:
    """Never kept by the browser's cache or shown again from its history."""
    response.headers["cache-control"] = "no-store"
    return response


def _opened(request: Request) -> bool:
    """The entries were asked for by a click in this browser a short while ago."""
    return tickets.redeem(request, request.query_params.get("open")) == "journal"


def show(request: Request) -> Response:
    recovery = part(request, "recovery")
    if recovery is None:
        return unavailable(request, "Journal", "")
    entries = service(request).views.journal()  # the lean read `journal list` uses
    shown = list(reversed(entries)) if _opened(request) else None
    return private(page(request, "journal.html", {"count": len(entries), "entries": shown}))


async def open_entries(request: Request) -> Response:
    """The deliberate click. The entries show on the page it redirects to, for this browser
    only (the ticket is bound to its CSRF cookie) and for a few minutes: a link or the history
    alone never opens them."""
    await request.form()
    need(request, "recovery")
    return private(redirect("/journal", open=tickets.issue(request, "journal")))


def write_form(request: Request, errors: dict[str, str] | None = None, values: dict[str, str] | None = None,
               status: int = 200) -> Response:
    recovery = part(request, "recovery")
    if recovery is None:
        return unavailable(request, "Journal", "")
    from bounceback.domain.recovery import WritingKind

    source = values or dict(request.query_params)
    rejection = _int(source.get("rejection"))
    kind_word = source.get("kind", "expressive")
    kind = WritingKind(kind_word) if kind_word in WritingKind._value2member_map_ else WritingKind.EXPRESSIVE
    from bounceback.services import rejection_reads  # the lean read layer: no ORM session

    prefs, prompt = rejection_reads.prompt_of(recovery.app, rejection, kind)  # one snapshot
    minutes = prefs.writing_minutes
    return private(page(request, "journal_write.html", {
        "prompt": prompt, "rejection": rejection, "kind": kind.value, "kinds": KINDS,
        "minutes": prompt.minutes if prompt else minutes, "errors": errors or {},
        "values": values or {}, "country_prompt": country_prompt(request, prefs),
    }, status=status))


def _int(text: Any) -> int | None:
    try:
        return int(str(text))
    except (TypeError, ValueError):
        return None


async def write(request: Request) -> Response:
    from bounceback.domain.recovery import WritingKind
    from bounceback.services.recovery_drafts import EntryDraft

    form = await read_form(request)
    text = form.text("text", limit=100_000)
    kind = form.choice("kind", WritingKind, WritingKind.FREE)
    rejection = form.integer("rejection", low=1)
    prompt = form.text("prompt", limit=2000)
    if not text:
        form.errors["text"] = "the entry is empty; nothing was saved"
    if not form.errors:
        try:
            saved = await call(need(request, "recovery").app.lean_recovery.write,
                               EntryDraft(text=text, kind=kind or WritingKind.FREE, prompt=prompt), rejection)
            return private(redirect("/journal/saved", entry=saved.entry.id, rejection=rejection))
        except BouncebackError as exc:
            form.errors["text"] = str(exc)
    return await call(write_form, request, form.errors, form.values(), 400)


def saved_page(request: Request) -> Response:
    """After writing: thanks, and the crisis message when the entry called for one."""
    recovery = need(request, "recovery")
    entry_id, rejection = _int(request.query_params.get("entry")), _int(request.query_params.get("rejection"))
    if entry_id is None:
        return redirect("/journal")
    saved = recovery.saved_entry(entry_id)
    return private(page(request, "journal_saved.html", {"saved": saved, "rejection": rejection}))


async def delete(request: Request) -> Response:
    await request.form()
    await call(need(request, "recovery").delete_entry, request.path_params["entry_id"])
    pending = service(request).data.scrub_pending()
    return redirect("/journal", "deleted_pending" if pending else "deleted")


routes = [
    Route("/journal", show, name="journal"),
    Route("/journal/open", open_entries, methods=["POST"]),
    Route("/journal/write", write_form),
    Route("/journal/write", write, methods=["POST"]),
    Route("/journal/saved", saved_page),
    Route("/journal/entries/{entry_id:int}/delete", delete, methods=["POST"]),
]
