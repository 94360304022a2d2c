"""The rejection flow: record it, acknowledgement, check-in, private writing, reach out, window."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError
from bounceback.domain.vocabulary import Emotion, RejectionChannel, Stage
from bounceback.services import rejection_reads
from bounceback.web.forms import Form, error_dict, read_form
from bounceback.web.pages.helplines import country_prompt
from bounceback.web.rendering import call, need, page, part, redirect, service

MOODS = [(1, "1, very low"), (2, "2, low"), (3, "3, okay"), (4, "4, good"), (5, "5, very good")]
RECORD_FIELDS = {"received_on", "channel", "stage_reached", "text", "hurt"}


def record_form(request: Request, errors: dict[str, str] | None = None,
                values: dict[str, str] | None = None, status: int = 200) -> Response:
    bb = service(request)
    app = bb.views.application(request.path_params["app_id"])  # the lean read: no ORM session
    shown = {"received_on": bb.clock().date().isoformat(), "channel": "email",
             "stage_reached": (app.furthest_stage if app.furthest_stage != Stage.SAVED
                               else Stage.APPLIED).value}
    shown.update(values or {})
    return page(request, "rejection_record.html", {
        "a": app, "values": shown, "errors": errors or {}, "channels": list(RejectionChannel),
        "stages": [s for s in Stage if s not in (Stage.SAVED, Stage.ACCEPTED)],
    }, status=status, active="board")


async def record(request: Request) -> Response:
    app_id = request.path_params["app_id"]
    form = await read_form(request)
    on = form.day("received_on", past=True)
    channel = form.choice("channel", RejectionChannel, RejectionChannel.EMAIL)
    reached = form.choice("stage_reached", Stage)
    text = form.text("text", limit=50_000)
    hurt = form.integer("hurt", low=0, high=10)
    bb = service(request)
    if not form.errors:
        try:
            recovery = part(request, "recovery")
            if recovery is not None:
                flow = await call(recovery.app.lean_reject.reject, app_id, on=on,  # on Core
                                  channel=channel, text=text, stage_reached=reached, hurt=hurt)
                rejection_id = flow.rejection.id
                if flow.saved.crisis is not None:
                    from bounceback.web.pages.helplines import saved_with_card

                    return saved_with_card(request, flow.saved.crisis, "It is written down.",
                                           f"/rejections/{rejection_id}", "Continue")
            else:
                rejection_id = (await call(bb.rejections.record, app_id, on=on, channel=channel,
                                           text=text, stage_reached=reached, hurt=hurt)).id
            return redirect(f"/rejections/{rejection_id}")
        except BouncebackError as exc:
            form.errors.update(error_dict(exc, RECORD_FIELDS))
    return await call(record_form, request, form.errors, form.values(), 400)


def flow(request: Request, saved: Any = None, errors: dict[str, str] | None = None,
         values: dict[str, str] | None = None, status: int = 200) -> Response:
    """The steps after a no, on one calm page; every step may be skipped. Read through the lean
    read layer (services/rejection_reads.py: one snapshot per read, no ORM session)."""
    bb = service(request)
    recovery = part(request, "recovery")
    raw = request.query_params.get("checkin", "")
    shown = rejection_reads.page_of(  # one snapshot (services/rejection_reads.py)
        bb, request.path_params["rejection_id"], recovery=recovery is not None,
        check_in=int(raw) if saved is None and raw.isdigit() else None,
        suggest=request.query_params.get("step") == "reach-out" or saved is not None)
    rejection, app = shown.timeline.rejection, shown.timeline.application
    assert rejection is not None
    if saved is None:
        saved = shown.saved
    ctx: dict[str, Any] = {
        "r": rejection, "a": app, "recovery": recovery is not None, "saved": saved,
        "errors": errors or {}, "values": values or {}, "emotions": list(Emotion), "moods": MOODS,
        "today": bb.clock().date(), "feedback": part(request, "learning") is not None,
        "country_prompt": country_prompt(request, shown.prefs) if recovery is not None else None,
    }
    if shown.recovery is not None:
        ctx["ack"], ctx["window"] = shown.recovery.acknowledgement, shown.recovery.window
        ctx["prompt"], ctx["people"] = shown.recovery.prompt, shown.people
        ctx["suggestion"] = shown.suggestion
    asked = request.query_params.get("step", "")
    steps = [key for key, _, _ in STEPS if recovery is not None or key == "written"]
    ctx["steps"] = [s for s in STEPS if s[0] in steps]
    if asked in steps:  # a pill was followed
        ctx["step"] = asked
    elif recovery is None:
        ctx["step"] = "written"
    else:  # after the check-in, the writing comes next
        ctx["step"] = "writing" if saved is not None else "feel"
    return page(request, "rejection_flow.html", ctx, status=status, active="board")


#: The steps after a no, as pills that link to each one: (key, the section's id, its name).
STEPS = [("written", "ack-h", "It is written down"), ("feel", "checkin", "How you feel"),
         ("writing", "writing", "Private writing"), ("reach-out", "reach-out", "Talk to someone"),
         ("window", "window", "A few days")]


def _saved_check_in(request: Request) -> Any:
    """The check-in a form just saved (`?checkin=ID` after its redirect), or None."""
    raw = request.query_params.get("checkin", "")
    return rejection_reads.saved_of(service(request), int(raw)) if raw.isdigit() else None


def read_check_in(form: Form) -> Any:
    """A check-in draft from the form: only the emotions the user moved count."""
    from bounceback.domain.recovery import EmotionRating
    from bounceback.services.recovery_drafts import CheckInDraft

    mood = form.integer("mood", low=1, high=5)
    if mood is None and "mood" not in form.errors:
        form.errors["mood"] = "choose how you feel overall, from 1 to 5"
    ratings = []
    for emotion in Emotion:
        value = form.integer(f"e_{emotion.value}", low=0, high=10)
        if value:
            ratings.append(EmotionRating(emotion, value))
    return CheckInDraft(mood=mood, emotions=ratings,
                        something_else=form.text("something_else", limit=2000))


async def check_in(request: Request) -> Response:
    form = await read_form(request)
    draft = read_check_in(form)
    rejection_id = request.path_params["rejection_id"]
    if not form.errors:
        try:
            saved = await call(need(request, "recovery").app.lean_recovery.check_in, draft,
                               rejection_id)
            return redirect(f"/rejections/{rejection_id}", checkin=saved.check_in.id)
        except BouncebackError as exc:
            form.errors["_checkin"] = str(exc)
    return await call(flow, request, None, form.errors, form.values(), 400)


async def reach_out(request: Request) -> Response:
    form = await read_form(request)
    person_id = form.integer("person_id", low=1)
    message = form.text("message", limit=5000)
    rejection_id = request.path_params["rejection_id"]
    if person_id is not None and not form.errors:
        try:
            recovery = need(request, "recovery")
            await call(recovery.record_outreach, person_id, form.text("reached") == "yes",
                       message, rejection_id)
            card = await call(recovery.check_text, message)
            if card is not None:
                from bounceback.web.pages.helplines import saved_with_card

                return saved_with_card(request, card, "Noted.", f"/rejections/{rejection_id}#window",
                                       "Back to the steps")
            return redirect(f"/rejections/{rejection_id}#window", "saved")
        except BouncebackError as exc:
            form.errors["message"] = str(exc)
    return await call(flow, request, None, form.errors or {"message": "choose a person"},
                      form.values(), 400)


async def window(request: Request) -> Response:
    form = await read_form(request)
    rejection_id = request.path_params["rejection_id"]
    recovery = need(request, "recovery")
    if form.text("action") == "end":
        await call(recovery.end_window, rejection_id)
        return redirect("/", "saved")
    days = form.integer("days", low=1, high=30)
    if not form.errors and days is not None:
        try:
            await call(recovery.set_window, rejection_id, days=days)
            return redirect(f"/rejections/{rejection_id}#window", "saved")
        except BouncebackError as exc:
            form.errors["days"] = str(exc)
    return await call(flow, request, None, form.errors or {"days": "give a number of days"},
                      form.values(), 400)


def check_in_page(request: Request, saved: Any = None, errors: dict[str, str] | None = None,
                  status: int = 200) -> Response:
    """A check-in on any day (Today links here), not tied to one rejection."""
    from bounceback.web.pages.unavailable import unavailable

    recovery = part(request, "recovery")
    if recovery is None:
        return unavailable(request, "Check-in", "")
    if saved is None:
        saved = _saved_check_in(request)
    return page(request, "checkin.html", {"saved": saved, "errors": errors or {}, "values": {},
                                          "emotions": list(Emotion), "moods": MOODS,
                                          "country_prompt": country_prompt(request)},
                status=status)


async def check_in_any(request: Request) -> Response:
    form = await read_form(request)
    draft = read_check_in(form)
    if not form.errors:
        try:
            saved = await call(need(request, "recovery").app.lean_recovery.check_in, draft)
            return redirect("/checkin", checkin=saved.check_in.id)
        except BouncebackError as exc:
            form.errors["_checkin"] = str(exc)
    return await call(check_in_page, request, None, form.errors, 400)


routes = [
    Route("/applications/{app_id:int}/reject", record_form),
    Route("/applications/{app_id:int}/reject", record, methods=["POST"]),
    Route("/rejections/{rejection_id:int}", flow, name="rejection"),
    Route("/rejections/{rejection_id:int}/checkin", check_in, methods=["POST"]),
    Route("/rejections/{rejection_id:int}/reach-out", reach_out, methods=["POST"]),
    Route("/rejections/{rejection_id:int}/window", window, methods=["POST"]),
    Route("/checkin", check_in_page),
    Route("/checkin", check_in_any, methods=["POST"]),
]
