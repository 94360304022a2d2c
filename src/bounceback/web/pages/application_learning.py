"""On an application: interviews, feedback requests and answers, reason suggestions, the brief."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError, NotFound
from bounceback.domain.vocabulary import InterviewType
from bounceback.web.forms import read_form
from bounceback.web.pages.application import show
from bounceback.web.rendering import call, page, part, redirect


def _learning(request: Request):  # type: ignore[no-untyped-def]
    learning = part(request, "learning")
    if learning is None:
        raise NotFound("interviews and feedback are not available yet")
    return learning


async def log_interview(request: Request) -> Response:
    from bounceback.domain.learning import Interview, InterviewQuestion

    learning = _learning(request)
    app_id = request.path_params["app_id"]
    form = await read_form(request)
    held = form.day("iv_held_on", past=True)
    if held is None and "iv_held_on" not in form.errors:
        form.errors["iv_held_on"] = "choose the day of the interview"
    kind = form.choice("iv_kind", InterviewType, InterviewType.OTHER)
    questions = []
    if question := form.text("iv_question", limit=1000):
        questions.append(InterviewQuestion(question, form.text("iv_answer", limit=2000),
                                           form.integer("iv_question_rating", low=1, high=5)))
    interview = Interview(
        application_id=app_id, held_on=held, kind=kind or InterviewType.OTHER,  # type: ignore[arg-type]
        interviewers=[n.strip() for n in form.text("iv_with", limit=500).split(",") if n.strip()],
        questions=questions, rating=form.integer("iv_rating", low=1, high=5),
        went_well=form.text("iv_well", limit=2000), do_differently=form.text("iv_differently", limit=2000),
    )
    if not form.errors:
        try:
            await call(learning.log_interview, interview)
            return redirect(f"/applications/{app_id}", "saved")
        except BouncebackError as exc:
            form.errors["iv_form"] = str(exc)
    return await call(show, request, form.errors, form.values(), 400)


def _tone(raw: str):  # type: ignore[no-untyped-def]
    from bounceback.domain.learning import Tone

    return Tone(raw) if raw in Tone._value2member_map_ else Tone.WARM


def draft_feedback(request: Request) -> Response:
    """A draft to copy or open in a mail app. Drafting records nothing: "I sent it" does."""
    learning = _learning(request)
    draft = learning.request_feedback(request.path_params["app_id"],
                                      tone=_tone(request.query_params.get("tone", "")))
    return show(request, draft=draft)


async def feedback_sent(request: Request) -> Response:
    learning = _learning(request)
    form = await read_form(request)
    app_id = request.path_params["app_id"]
    await call(learning.request_feedback, app_id, tone=_tone(form.text("tone")), sent=True)
    return redirect(f"/applications/{app_id}#feedback", "asked")


async def add_feedback(request: Request) -> Response:
    learning = _learning(request)
    app_id = request.path_params["app_id"]
    form = await read_form(request)
    text = form.text("fb_text", limit=20_000)
    if not text:
        form.errors["fb_text"] = "paste or type what they said"
    if not form.errors:
        try:
            await call(learning.add_feedback, app_id, text,
                       from_name=form.optional("fb_from", limit=200))
            return redirect(f"/applications/{app_id}#feedback", "saved")
        except BouncebackError as exc:
            form.errors["fb_text"] = str(exc)
    return await call(show, request, form.errors, form.values(), 400)


async def confirm_reasons(request: Request) -> Response:
    learning = _learning(request)
    await request.form()
    app_id = request.path_params["app_id"]
    await call(learning.confirm_reasons, app_id)
    return redirect(f"/applications/{app_id}#rejection", "reasons")


def brief(request: Request) -> Response:
    learning = _learning(request)
    found = learning.brief(request.path_params["app_id"])
    return page(request, "brief.html", {"b": found, "a": found.application}, active="board")


routes = [
    Route("/applications/{app_id:int}/interviews", log_interview, methods=["POST"]),
    Route("/applications/{app_id:int}/feedback/draft", draft_feedback),
    Route("/applications/{app_id:int}/feedback/sent", feedback_sent, methods=["POST"]),
    Route("/applications/{app_id:int}/feedback", add_feedback, methods=["POST"]),
    Route("/applications/{app_id:int}/reasons/confirm", confirm_reasons, methods=["POST"]),
    Route("/applications/{app_id:int}/brief", brief),
]
