"""Practice: the spaced-repetition deck of questions answered poorly before, and the user's own."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError
from bounceback.web.forms import read_form
from bounceback.web.pages.unavailable import unavailable
from bounceback.web.rendering import call, need, one_transaction, page, part, redirect, service

RATINGS = [(1, "1, I could not answer"), (2, "2, weak"), (3, "3, fair"), (4, "4, good"),
           (5, "5, I am ready for it")]


@one_transaction
def show(request: Request, errors: dict[str, str] | None = None, values: dict[str, str] | None = None,
         status: int = 200) -> Response:
    learning = part(request, "learning")
    if learning is None:
        return unavailable(request, "Practice", "practice")
    from bounceback.learning.practice import STAR

    deck = learning.deck()
    today = service(request).clock().date()
    due = [c for c in deck if c.due <= today]
    due.sort(key=lambda c: (c.due, c.box))
    return page(request, "practice.html", {
        "card": due[0] if due else None, "due_count": len(due), "deck": deck,
        "later": sorted((c for c in deck if c.due > today), key=lambda c: c.due)[:20],
        "star": STAR, "ratings": RATINGS, "errors": errors or {}, "values": values or {},
        "lessons": learning.lessons(),
    }, status=status, active="practice")


async def review(request: Request) -> Response:
    # A card that does not exist (or is someone else's) is a 404, whatever the form holds.
    await call(need(request, "learning").card, request.path_params["card_id"])
    form = await read_form(request)
    rating = form.integer("rating", low=1, high=5)
    answer = form.text("answer", limit=20_000)
    if rating is None and "rating" not in form.errors:
        form.errors["rating"] = "choose how it went, from 1 to 5"
    if not form.errors:
        try:
            await call(need(request, "learning").review_card, request.path_params["card_id"],
                       rating, answer)
            return redirect("/practice", "practised")
        except BouncebackError as exc:
            form.errors["rating"] = str(exc)
    return await call(show, request, form.errors, form.values(), 400)


async def add(request: Request) -> Response:
    form = await read_form(request)
    question = form.text("question", limit=1000)
    if not question:
        form.errors["question"] = "write the question you want to practise"
    if not form.errors:
        try:
            await call(need(request, "learning").add_card, question)
            return redirect("/practice", "added")
        except BouncebackError as exc:
            form.errors["question"] = str(exc)
    return await call(show, request, form.errors, form.values(), 400)


async def add_lesson(request: Request) -> Response:
    form = await read_form(request)
    text = form.text("lesson", limit=2000)
    tags = [t.strip() for t in form.text("lesson_tags", limit=300).split(",") if t.strip()]
    if not text:
        form.errors["lesson"] = "write the lesson first"
    if not form.errors:
        try:
            await call(need(request, "learning").add_lesson, text, tags)
            return redirect("/practice#lessons", "added")
        except BouncebackError as exc:
            form.errors["lesson"] = str(exc)
    return await call(show, request, form.errors, form.values(), 400)


routes = [
    Route("/practice", show, name="practice"),
    Route("/practice/cards", add, methods=["POST"]),
    Route("/practice/lessons", add_lesson, methods=["POST"]),
    Route("/practice/cards/{card_id:int}/review", review, methods=["POST"]),
]
