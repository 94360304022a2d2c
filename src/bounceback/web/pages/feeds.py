"""A shared server's Settings → Calendar feed: the secret address a calendar app subscribes to
(a calendar app cannot log in). Made, made again (the old one stops) or stopped by its owner;
only its hash is kept, so the address is shown once, just after it is made."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.web.accounts import FEED_PREFIX, secure
from bounceback.web.rendering import call, page, redirect

#: The new address waits in this cookie (this page's only, a few minutes) to be shown once.
NEW_COOKIE = "bb_feed_new"
SHOWN_SECONDS = 600
PAGE = "/settings/calendar"


def feed_address(request: Request, token: str) -> str:
    base = request.app.state.public_url or str(request.base_url).rstrip("/")
    return f"{base}{FEED_PREFIX}{token}.ics"


async def show(request: Request) -> Response:
    me = request.scope["state"]["user"]
    accounts = request.app.state.accounts
    made = await call(accounts.feed_made, me)
    fresh = request.cookies.get(NEW_COOKIE)
    address = None
    if made is not None and fresh:
        owner = await call(accounts.feed_user, fresh)
        if owner is not None and owner.id == me.id:
            address = feed_address(request, fresh)
    return page(request, "calendar_feed.html", {"made": made, "address": address},
                active="settings")


def _cookie(request: Request, value: str, max_age: int) -> str:
    return (f"{NEW_COOKIE}={value}; Path={PAGE}; Max-Age={max_age}; HttpOnly; "
            f"SameSite=Strict{secure(request)}")


async def make(request: Request) -> Response:
    token = await call(request.app.state.accounts.new_feed, request.scope["state"]["user"])
    response = redirect(PAGE, "feed_made")
    response.headers.append("set-cookie", _cookie(request, token, SHOWN_SECONDS))
    return response


async def stop(request: Request) -> Response:
    await call(request.app.state.accounts.stop_feed, request.scope["state"]["user"])
    response = redirect(PAGE, "feed_stopped")
    response.headers.append("set-cookie", _cookie(request, "", 0))
    return response


routes = [
    Route(PAGE, show),
    Route(PAGE, make, methods=["POST"]),
    Route(f"{PAGE}/stop", stop, methods=["POST"]),
]
