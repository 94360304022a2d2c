"""A schema.org JobPosting's fields (from a page's JSON-LD or microdata) as a Posting."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bounceback import htmltext
from bounceback.domain.skills import Posting
from bounceback.skills.reqtables import html_text
from bounceback.skills.salary import salary_from_schema

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def posting_from_schema(obj: dict[str, Any]) -> Posting:
    """Fields of a schema.org JobPosting (from JSON-LD or microdata)."""
    description = html_text(_text(obj.get("description")))  # its requirement tables as lists
    extras = [
        htmltext.html_to_text(_text(obj.get(k)))
        for k in ("qualifications", "skills", "experienceRequirements", "responsibilities")
    ]
    for extra in extras:
        if extra and extra not in description:
            description = f"{description}\n\n{extra}".strip()
    location, remote = _schema_location(obj)
    employment = obj.get("employmentType") or ""
    if isinstance(employment, list):
        employment = ", ".join(str(e) for e in employment)
    return Posting(
        title=" ".join(_text(obj.get("title") or obj.get("name")).split()),
        company=_name(obj.get("hiringOrganization")),
        location=location,
        remote=remote,
        salary=salary_from_schema(obj.get("baseSalary") or obj.get("estimatedSalary")),
        employment_type=str(employment).replace("_", " ").lower(),
        date_posted=iso_date(obj.get("datePosted")),
        description=description,
        url=_text(obj.get("url")),
        source_format="json-ld",
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_text(v) for v in value)
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or value.get("description"))
    return str(value).strip()


def _name(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    return " ".join(_text(value).split())


def _schema_location(obj: dict[str, Any]) -> tuple[str, bool | None]:
    remote = str(obj.get("jobLocationType") or "").upper() == "TELECOMMUTE" or None
    places = obj.get("jobLocation")
    places = places if isinstance(places, list) else [places] if places else []
    names = []
    for place in places:
        if not isinstance(place, dict):
            names.append(_text(place))
            continue
        address = place.get("address", place)
        if isinstance(address, dict):
            parts = [
                _text(address.get(k))
                for k in ("addressLocality", "addressRegion", "addressCountry")
            ]
            names.append(", ".join(dict.fromkeys(p for p in parts if p)))
        else:
            names.append(_text(address))
    location = "; ".join(n for n in names if n)
    if remote:
        # where a remote worker may live: "Remote (USA)"; an office beside it stays first,
        # "Minneapolis, MN, US (Remote, USA)"
        where = obj.get("applicantLocationRequirements")
        wheres = where if isinstance(where, list) else [where] if where else []
        countries = ", ".join(dict.fromkeys(n for n in (_name(w) for w in wheres) if n))
        mode = f"Remote, {countries}" if countries else "Remote"
        location = f"{location} ({mode})" if location else f"Remote ({countries})" if countries else "Remote"
    return location, remote


def iso_date(value: Any) -> date | None:
    match = _ISO_DATE.search(str(value or ""))
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
