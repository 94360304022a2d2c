"""Support people: the few people the user would talk to after a no (shown on Settings)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError
from bounceback.web.forms import read_form
from bounceback.web.rendering import call, need, redirect


async def add(request: Request) -> Response:
    form = await read_form(request)
    name = form.text("person_name", limit=200)
    reach = form.text("person_reach", limit=300)
    relationship = form.text("person_relationship", limit=100)
    from bounceback.web.pages.settings import show

    if not name:
        return await call(show, request, {"person_name": "a support person needs a name"},
                          form.values(), 400)
    try:
        await call(need(request, "recovery").add_person, name, reach, relationship)
    except BouncebackError as exc:
        return await call(show, request, {"person_name": str(exc)}, form.values(), 400)
    return redirect("/settings#support", "support")


async def remove(request: Request) -> Response:
    await request.form()
    await call(need(request, "recovery").remove_person, request.path_params["person_id"])
    return redirect("/settings#support", "deleted")


routes = [
    Route("/support", add, methods=["POST"]),
    Route("/support/{person_id:int}/delete", remove, methods=["POST"]),
]
