"""Application: details (edit in place), timeline, contacts, tasks, the rejection and reasons."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError
from bounceback.domain.models import Contact, Task
from bounceback.domain.reasons import reason_entries
from bounceback.domain.vocabulary import ContactRole, InterviewType, Reason, ReasonSource, Stage
from bounceback.web.forms import Form, error_dict, read_form
from bounceback.web.pages import extras
from bounceback.web.rendering import call, page, part, redirect, service


def show(request: Request, errors: dict[str, str] | None = None, values: dict[str, str] | None = None,
         status: int = 200, **more: object) -> Response:
    """From one snapshot through the lean read layer (services/page_reads.py), no ORM."""
    bb = service(request)
    found = bb.views.application_page(request.path_params["app_id"],
                                      learning=extras.has(bb, "learning"),
                                      skills=extras.has(bb, "skills"))
    timeline = found.timeline
    return page(request, "application.html", {
        "t": timeline, "a": timeline.application, "events": list(reversed(timeline.events)),
        "stages": list(Stage), "roles": list(ContactRole), "reasons": list(Reason),
        "errors": errors or {}, "values": values or {},
        "today": bb.clock().date().isoformat(),
        "extras": extras.for_application(bb, found),
        "interview_types": list(InterviewType), **more,
    }, status=status, active="board")


def details(request: Request) -> Response:
    app = service(request).views.application(request.path_params["app_id"])
    return page(request, "parts/details.html",
                {"a": app, "saved": request.query_params.get("done") == "saved"})


async def _act(request: Request, form: Form, action, done: str, fields: set[str],  # type: ignore[no-untyped-def]
               prefix: str = "") -> Response:
    """Run one service call; on a user error, show the page again with the message in place."""
    app_id = request.path_params["app_id"]
    if not form.errors:
        try:
            await call(action)
            return redirect(f"/applications/{app_id}", done)
        except BouncebackError as exc:
            form.errors.update(error_dict(exc, fields, prefix))
    return await call(show, request, form.errors, form.values(), 400)


async def note(request: Request) -> Response:
    form = await read_form(request)
    text = form.text("note_text", limit=5000)
    on = form.day("note_on", past=True)
    if not text:
        form.errors["note_text"] = "write something first"
    bb = service(request)
    app_id = request.path_params["app_id"]
    recovery = part(request, "recovery")
    message = await call(recovery.check_text, text) if recovery is not None and text else None
    if message is None or form.errors:
        return await _act(request, form, lambda: bb.applications.note(app_id, text, on=on),
                          "noted", {"note_text"})
    try:
        await call(bb.applications.note, app_id, text, on=on)
    except BouncebackError as exc:
        form.errors.update(error_dict(exc, {"note_text"}))
        return await call(show, request, form.errors, form.values(), 400)
    from bounceback.web.pages.helplines import saved_with_card

    return saved_with_card(request, message, "Your note is saved.", f"/applications/{app_id}",
                           "Back to the application")


async def add_task(request: Request) -> Response:
    form = await read_form(request)
    title = form.text("task_title", limit=300)
    due = form.day("task_due")
    if not title:
        form.errors["task_title"] = "say what to do"
    if due is None and "task_due" not in form.errors:
        form.errors["task_due"] = "choose a day"
    bb = service(request)
    app_id = request.path_params["app_id"]
    return await _act(request, form, lambda: bb.tasks.add(
        Task(title=title, due=due, application_id=app_id)), "task", {"task_title", "task_due"})  # type: ignore[arg-type]


async def task_done(request: Request) -> Response:
    form = await read_form(request)
    bb = service(request)
    task_id = request.path_params["task_id"]
    return await _act(request, form, lambda: bb.tasks.done(task_id, not form.flag("undo")), "saved", set())


async def add_contact(request: Request) -> Response:
    form = await read_form(request)
    name = form.text("contact_name", limit=200)
    role = form.choice("contact_role", ContactRole, ContactRole.OTHER)
    email = form.optional("contact_email", limit=300)
    if not name:
        form.errors["contact_name"] = "the contact's name is missing"
    bb = service(request)
    app_id = request.path_params["app_id"]
    contact = Contact(name=name, role=role or ContactRole.OTHER, email=email,
                      application_ids=[app_id])
    fields = {"contact_name", "contact_email"}
    return await _act(request, form, lambda: bb.contacts.add(contact), "contact", fields,
                      "contact_")


async def withdraw(request: Request) -> Response:
    form = await read_form(request)
    reason = form.text("withdraw_reason", limit=500)
    bb = service(request)
    app_id = request.path_params["app_id"]
    return await _act(request, form, lambda: bb.lean_writes.withdraw(app_id, reason=reason),
                      "withdrawn", {"withdraw_reason"})


async def set_reasons(request: Request) -> Response:
    form = await read_form(request)
    primary = form.text("primary_reason") or None
    others = form.many("other_reasons")
    own = form.text("own_reason", limit=60)
    if own:
        others.append("custom:" + own.lower().replace(" ", "_"))
    bb = service(request)
    app_id = request.path_params["app_id"]
    rejection = await call(bb.rejections.for_application, app_id)
    if rejection is None or rejection.id is None:
        form.errors["primary_reason"] = "this application has no rejection recorded"
        return await call(show, request, form.errors, form.values(), 400)
    learning = part(request, "learning")
    if learning is not None and primary:
        # Through learning, the user's reasons also become a label the classifier learns from.
        return await _act(request, form, lambda: learning.correct_reasons(app_id, primary, others),
                          "reasons", {"primary_reason"})
    entries = reason_entries(primary, others, ReasonSource.USER)
    return await _act(request, form, lambda: bb.rejections.set_reasons(rejection.id, entries),
                      "reasons", {"primary_reason"})


async def delete(request: Request) -> Response:
    form = await read_form(request)
    if not form.flag("confirm"):
        form.errors["confirm"] = "tick the box to confirm"
        return await call(show, request, form.errors, {}, 400)
    await call(service(request).applications.delete, request.path_params["app_id"])
    return redirect("/board", "deleted")


routes = [
    Route("/applications/{app_id:int}", show, name="application"),
    Route("/applications/{app_id:int}/details", details),
    Route("/applications/{app_id:int}/note", note, methods=["POST"]),
    Route("/applications/{app_id:int}/tasks", add_task, methods=["POST"]),
    Route("/applications/{app_id:int}/tasks/{task_id:int}/done", task_done, methods=["POST"]),
    Route("/applications/{app_id:int}/contacts", add_contact, methods=["POST"]),
    Route("/applications/{app_id:int}/withdraw", withdraw, methods=["POST"]),
    Route("/applications/{app_id:int}/reasons", set_reasons, methods=["POST"]),
    Route("/applications/{app_id:int}/delete", delete, methods=["POST"]),
]
