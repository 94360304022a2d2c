"""Crisis lines by country (setting crisis_country), always with the international directories.

The lines live in one data file, `data/helplines.json`: every line with the page it was checked
on and the date, validated by tests/recovery/test_helplines.py. A country without a checked line
is not guessed: the international directories cover it. The setting defaults to "auto": the
country of this computer's language settings (LC_ALL, LC_MESSAGES, LANG: "en_GB.UTF-8" is the
United Kingdom) until the person chooses one.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bounceback.domain.errors import InvalidValue

DATA = Path(__file__).resolve().parent / "data" / "helplines.json"
AUTO = "auto"
INTERNATIONAL = "international"


@dataclass(frozen=True)
class CrisisResource:
    """One way to reach a person: a phone number, a number to text, a web page."""

    name: str
    phone: str = ""
    sms: str = ""
    url: str = ""
    note: str = ""
    hours: str = ""

    @property
    def tel(self) -> str:
        """A `tel:` link for the phone number ("" without one); a star stays (Chile's *4141)."""
        return "tel:" + re.sub(r"[^\d+*]", "", self.phone) if self.phone else ""

    @property
    def sms_link(self) -> str:
        return "sms:" + re.sub(r"[^\d+]", "", self.sms) if self.sms else ""

    @property
    def contact(self) -> str:
        """How to reach it, in words: "call or text 988", "call 116 123", a web address."""
        if self.phone and self.sms == self.phone:
            return f"call or text {self.phone}"
        parts = [f"call {self.phone}"] if self.phone else []
        if self.sms:
            parts.append(f"text {self.sms}")
        if not parts and self.url:
            parts.append(self.url)
        return ", ".join(parts)

    @property
    def details(self) -> str:
        return ", ".join(p for p in (self.note, self.hours) if p)

    @property
    def line(self) -> str:
        extra = f" ({self.details})" if self.details else ""
        return f"{self.name}: {self.contact}{extra}"


@dataclass(frozen=True)
class CountryResources:
    code: str
    country: str
    emergency: str
    lines: tuple[CrisisResource, ...]


def _resource(row: Mapping[str, str]) -> CrisisResource:
    return CrisisResource(
        name=row["name"], phone=row.get("phone", ""), sms=row.get("sms", ""),
        url=row.get("url", ""), note=row.get("note", ""), hours=row.get("hours", ""),
    )


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, CountryResources], tuple[CrisisResource, ...]]:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    countries = {
        code: CountryResources(code, c["name"], c["emergency"],
                               tuple(_resource(line) for line in c["lines"]))
        for code, c in raw["countries"].items()
    }
    countries[INTERNATIONAL] = CountryResources(
        INTERNATIONAL, "anywhere", "your local emergency number (112 in much of the world)", ()
    )
    return countries, tuple(_resource(r) for r in raw["international"])


def countries() -> dict[str, CountryResources]:
    """Every country with checked lines, by lower-case ISO code, and "international"."""
    return _data()[0]


def international() -> tuple[CrisisResource, ...]:
    return _data()[1]


ALIASES = {
    "uk": "gb", "england": "gb", "scotland": "gb", "wales": "gb", "northern ireland": "gb",
    "usa": "us", "united states": "us", "america": "us", "united kingdom": "gb",
    "great britain": "gb", "intl": INTERNATIONAL, "": INTERNATIONAL, "none": INTERNATIONAL,
}


def locale_country(env: Mapping[str, str] | None = None) -> str:
    """The country of the language settings ("de_AT.UTF-8" -> "at"), or "international"."""
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        match = re.match(r"^[a-zA-Z]{2,3}[_-]([a-zA-Z]{2})\b", value)
        if match:
            code = match.group(1).lower()
            return code if code in countries() else INTERNATIONAL
        if value:
            break
    return INTERNATIONAL


def country_code(setting: str, env: Mapping[str, str] | None = None) -> str:
    """The table key for a crisis_country setting ("auto" reads the locale); unknown values
    are refused with the list."""
    cleaned = setting.strip().lower()
    if cleaned == AUTO:
        return locale_country(env)
    by_name = {c.country.lower(): code for code, c in countries().items()}
    code = ALIASES.get(cleaned, by_name.get(cleaned, cleaned))
    if code not in countries():
        known = ", ".join(sorted(countries()))
        raise InvalidValue(f"crisis_country {setting!r} is not in the list; choose one of: "
                           f"{known} (or auto)")
    return code


def resources_for(setting: str, env: Mapping[str, str] | None = None) -> CountryResources:
    """The lines for a country; the international list for an unknown value, so that a bad
    setting can never hide help."""
    try:
        return countries()[country_code(setting, env)]
    except InvalidValue:
        return countries()[INTERNATIONAL]


def all_lines(setting: str, env: Mapping[str, str] | None = None) -> tuple[CrisisResource, ...]:
    """The country's lines first, then the international directories, each once."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for r in resources_for(setting, env).lines + international():
        key = (r.name, r.phone, r.url)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return tuple(out)


def choices() -> list[tuple[str, str]]:
    """(code, name) of every country with lines, by name, then international."""
    named = sorted(((code, c.country) for code, c in countries().items()
                    if code != INTERNATIONAL), key=lambda p: p[1])
    return [*named, (INTERNATIONAL, "Another country (international directories)")]
