"""Today: what is due and what needs attention, from every capability (service.today())."""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.services.base import TodaySection
from bounceback.web.rendering import one_transaction, page, service

# Today's items name CLI commands for the terminal; here they become links to the page instead.
CLI_HINT = re.compile(r"\s*\(`bounceback ([a-z]+)[^`]*`\)|:?\s*(?:see\s+)?`bounceback ([a-z]+)[^`]*`")
PAGES = {"checkin": "/checkin", "journal": "/journal/write?kind=expressive", "ghost": "/outlook",
         "outlook": "/outlook", "plan": "/outlook#plan", "practice": "/practice", "inbox": "/inbox",
         "brief": "/board", "feedback": "/board", "recovery": "/", "gaps": "/insights"}


def _web_words(section: TodaySection) -> TodaySection:
    for item in section.items:
        found = CLI_HINT.search(item.text)
        if found is None:
            continue
        command = found.group(1) or found.group(2)
        item.text = CLI_HINT.sub("", item.text).rstrip(" :")
        if not item.text.endswith((".", "?")):
            item.text += "."
        if item.link is None and item.application_id is None:
            item.link = PAGES.get(command)
    return section


#: Lines a section shows before "and N more" (a big search has hundreds due; ?all=KEY shows them).
SHOWN = 8


def _crisis_card(request: Request, sections: list[TodaySection]) -> object | None:
    """The full crisis message for today's "Support, right now" section, so that the page shows
    its lines as links (tel:, sms:, https:) and the emergency number once, for the browser's
    country while none is chosen."""
    if not any(s.key == "crisis" for s in sections):
        return None
    from bounceback.domain.recovery import CrisisLevel
    from bounceback.recovery.crisis import crisis_message
    from bounceback.recovery.crisis_resources import AUTO
    from bounceback.web.pages.helplines import browser_country

    setting = service(request).preferences().crisis_country
    return crisis_message(CrisisLevel.EXPLICIT,
                          browser_country(request) if setting == AUTO else setting)


@one_transaction
def today(request: Request) -> Response:
    bb = service(request)
    expanded = request.query_params.get("all", "")
    sections = [_web_words(s) for s in bb.today(whole=expanded) if s.items]
    hidden: dict[str, int] = {}
    for section in sections:
        seen: set[str] = set()
        unique = []
        for item in section.items:  # the same words once ("If you like: 15 minutes of writing")
            if item.text not in seen:
                seen.add(item.text)
                unique.append(item)
        section.items = unique
        if section.tone != "crisis" and section.key != expanded and len(section.items) > SHOWN:
            listed = [item for item in section.items if item.kind != "more"]
            hidden[section.key] = len(listed) - SHOWN + section.more
            section.items = listed[:SHOWN]
    return page(request, "today.html", {"sections": sections, "day": bb.clock().date(),
                                        "hidden": hidden, "expanded": expanded,
                                        "crisis": _crisis_card(request, sections)},
                active="today")


routes = [Route("/", today, name="today")]
