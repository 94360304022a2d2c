"""Helplines: the crisis lines for the person's country, any time, and choosing the country."""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError
from bounceback.web.forms import read_form
from bounceback.web.rendering import call, page, redirect, service


def browser_country(request: Request) -> str:
    """The country of the browser's first language with a region ("en-GB" -> "gb"), else the
    country of this computer's language settings, else "international"."""
    from bounceback.recovery.crisis_resources import countries, locale_country

    for part in request.headers.get("accept-language", "").split(","):
        found = re.match(r"\s*[a-zA-Z]{2,3}-([a-zA-Z]{2})\b", part)
        if found and found.group(1).lower() in countries():
            return found.group(1).lower()
    return locale_country()


def country_prompt(request: Request, prefs: Any = None) -> dict[str, Any] | None:
    """The one-time question "which country are you in?", until the person has chosen
    (`prefs`: the preferences, when the page has read them already)."""
    from bounceback.recovery.crisis_resources import AUTO, choices

    if (prefs or service(request).preferences()).crisis_country != AUTO:
        return None
    return {"guess": browser_country(request), "choices": choices(), "next": request.url.path}


def saved_with_card(request: Request, message: Any, saved_what: str, back: str,
                    back_label: str) -> Response:
    """After a form whose free text needs the crisis card: a 303 to a page with the card first,
    then what was saved. Only an opaque ticket goes in the URL (never the text or its level);
    it answers this browser only, for a few minutes."""
    from bounceback.web import tickets

    ticket = tickets.issue(request, {"message": message, "saved_what": saved_what,
                                     "back": back, "back_label": back_label})
    return redirect("/saved", care=ticket)


def saved_page(request: Request) -> Response:
    from bounceback.web import tickets

    found = tickets.redeem(request, request.query_params.get("care"))
    if found is None:
        return redirect("/")
    return page(request, "crisis_saved.html", found)


def show(request: Request) -> Response:
    from bounceback.domain.recovery import CrisisLevel
    from bounceback.recovery.crisis import crisis_message
    from bounceback.recovery.crisis_resources import AUTO, choices

    setting = service(request).preferences().crisis_country
    country = browser_country(request) if setting == AUTO else setting
    message = crisis_message(CrisisLevel.EXPLICIT, country)
    return page(request, "helplines.html", {
        "message": message, "choices": choices(), "current": country,
        "chosen": setting != AUTO,
    })


def _local(path: str) -> str:
    return path if re.fullmatch(r"/[a-z0-9/_-]*", path) else "/helplines"


async def choose(request: Request) -> Response:
    form = await read_form(request)
    country = form.text("crisis_country", limit=40)
    target = _local(form.text("next", limit=200) or "/helplines")
    try:
        await call(service(request).settings_store.set, {"crisis_country": country})
    except BouncebackError:
        return redirect(target, "country_unknown")
    return redirect(target, "saved")


routes = [
    Route("/helplines", show, name="helplines"),
    Route("/helplines/country", choose, methods=["POST"]),
    Route("/saved", saved_page),
]
