"""Crisis lines by country (setting crisis_country), always with international options."""

from __future__ import annotations

from dataclasses import dataclass

from bounceback.domain.errors import InvalidValue


@dataclass(frozen=True)
class CrisisResource:
    name: str
    contact: str
    note: str = ""

    @property
    def line(self) -> str:
        extra = f" ({self.note})" if self.note else ""
        return f"{self.name}: {self.contact}{extra}"


@dataclass(frozen=True)
class CountryResources:
    code: str
    country: str
    emergency: str
    lines: tuple[CrisisResource, ...]


INTERNATIONAL = (
    CrisisResource(
        "Find A Helpline", "https://findahelpline.com", "free, confidential lines in your country"
    ),
    CrisisResource(
        "IASP crisis centres", "https://www.iasp.info/crisis-centres-helplines/",
        "a worldwide list",
    ),
)

COUNTRIES: dict[str, CountryResources] = {
    "international": CountryResources(
        "international", "anywhere", "your local emergency number (112 in much of the world)", ()
    ),
    "us": CountryResources("us", "United States", "911", (
        CrisisResource("988 Suicide & Crisis Lifeline", "call or text 988", "24/7"),
        CrisisResource("Crisis Text Line", "text HOME to 741741", "24/7"),
    )),
    "ca": CountryResources("ca", "Canada", "911", (
        CrisisResource("9-8-8 Suicide Crisis Helpline", "call or text 988", "24/7"),
    )),
    "gb": CountryResources("gb", "United Kingdom", "999", (
        CrisisResource("Samaritans", "call 116 123", "free, 24/7"),
        CrisisResource("Shout", "text SHOUT to 85258", "24/7"),
    )),
    "ie": CountryResources("ie", "Ireland", "112 or 999", (
        CrisisResource("Samaritans", "call 116 123", "free, 24/7"),
        CrisisResource("Text About It", "text HELLO to 50808", "24/7"),
    )),
    "au": CountryResources("au", "Australia", "000", (
        CrisisResource("Lifeline", "call 13 11 14", "24/7"),
        CrisisResource("Beyond Blue", "call 1300 22 4636"),
    )),
    "nz": CountryResources("nz", "New Zealand", "111", (
        CrisisResource("Need to talk?", "call or text 1737", "free, 24/7"),
        CrisisResource("Lifeline Aotearoa", "call 0800 543 354"),
    )),
    "de": CountryResources("de", "Germany", "112", (
        CrisisResource("TelefonSeelsorge", "call 0800 111 0 111 or 0800 111 0 222", "free, 24/7"),
    )),
    "fr": CountryResources("fr", "France", "112 or 15", (
        CrisisResource("3114", "call 3114", "national suicide prevention line, free, 24/7"),
    )),
    "nl": CountryResources("nl", "Netherlands", "112", (
        CrisisResource("113 Zelfmoordpreventie", "call 113 or 0800 0113", "24/7"),
    )),
    "es": CountryResources("es", "Spain", "112", (
        CrisisResource("Línea 024", "call 024", "free, 24/7"),
    )),
    "in": CountryResources("in", "India", "112", (
        CrisisResource("Tele-MANAS", "call 14416", "free, 24/7"),
    )),
}

ALIASES = {
    "uk": "gb",
    "usa": "us",
    "united states": "us",
    "united kingdom": "gb",
    "intl": "international",
    "": "international",
}


def country_code(setting: str) -> str:
    """The table key for a crisis_country setting; unknown values are refused with the list."""
    code = ALIASES.get(setting.strip().lower(), setting.strip().lower())
    if code not in COUNTRIES:
        known = ", ".join(sorted(COUNTRIES))
        raise InvalidValue(f"crisis_country {setting!r} is not in the list; choose one of: {known}")
    return code


def resources_for(setting: str) -> CountryResources:
    """The lines for a country; falls back to the international list for an unknown value, so
    that a bad setting can never hide help."""
    try:
        return COUNTRIES[country_code(setting)]
    except InvalidValue:
        return COUNTRIES["international"]


def all_lines(setting: str) -> tuple[CrisisResource, ...]:
    """The country's lines first, then the international options, always."""
    return resources_for(setting).lines + INTERNATIONAL
