"""The helplines data file: every line checked with a source and a date, links that work, a
country for everyone (or the international directories), nothing repeated."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import crisis_message
from bounceback.recovery.crisis_resources import (
    DATA,
    all_lines,
    countries,
    country_code,
    international,
    locale_country,
    resources_for,
)

RAW = json.loads(DATA.read_text(encoding="utf-8"))


def test_at_least_thirty_countries_each_with_a_checked_line() -> None:
    assert len(RAW["countries"]) >= 30
    for code, country in RAW["countries"].items():
        assert re.fullmatch(r"[a-z]{2}", code), code
        assert country["name"] and country["lines"], code
        assert re.fullmatch(r"\d{2,4}", country["emergency"]), code


@pytest.mark.parametrize("code", sorted(RAW["countries"]))
def test_every_line_has_a_way_to_reach_it_a_source_and_a_check_date(code: str) -> None:
    for line in RAW["countries"][code]["lines"]:
        assert line["name"].strip()
        assert line.get("phone") or line.get("url"), line
        if line.get("phone"):
            assert re.fullmatch(r"\*?[\d +()-]{3,20}", line["phone"]), line["phone"]
        for key in ("url", "source"):
            if line.get(key):
                assert re.fullmatch(r"https?://[^\s]+", line[key]), line[key]
        assert line["source"], f"{code}: {line['name']} has no source"
        date.fromisoformat(line["checked"])
        assert set(line) <= {"name", "phone", "sms", "url", "note", "hours", "source", "checked"}


def test_the_international_directories_are_links_with_sources() -> None:
    assert len(international()) >= 2
    for row in RAW["international"]:
        assert row["url"].startswith("https://") and row["source"].startswith("http")
        date.fromisoformat(row["checked"])


@pytest.mark.parametrize("code", sorted(countries()))
def test_every_country_lists_each_line_once_with_working_links(code: str) -> None:
    lines = all_lines(code)
    assert len({(r.name, r.phone, r.url) for r in lines}) == len(lines)
    assert lines[-len(international()):] == international()
    for r in lines:
        if r.phone:
            assert re.fullmatch(r"tel:[+*]?\d{3,15}", r.tel), r.tel
        if r.sms:
            assert re.fullmatch(r"sms:\+?\d{3,15}", r.sms_link)


def test_the_us_uk_and_ireland_lines_are_the_known_ones() -> None:
    assert resources_for("us").lines[0].phone == "988"
    assert resources_for("gb").lines[0].phone == "116 123"
    assert resources_for("ie").lines[0].phone == "116 123"
    assert resources_for("gb").emergency == "999"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "en_GB.UTF-8"}, "gb"),
        ({"LANG": "de_AT.UTF-8"}, "at"),
        ({"LANG": "pt_BR"}, "br"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LANG": "C.UTF-8"}, "international"),
        ({"LANG": "xx_QQ.UTF-8"}, "international"),
        ({}, "international"),
    ],
)
def test_the_default_country_comes_from_the_locale(env: dict[str, str], expected: str) -> None:
    assert locale_country(env) == expected
    assert country_code("auto", env) == expected


def test_country_names_and_aliases_are_understood_and_unknown_ones_refused() -> None:
    assert country_code("UK") == "gb" == country_code("United Kingdom")
    assert country_code("germany") == "de"
    with pytest.raises(InvalidValue, match="choose one of"):
        country_code("atlantis")
    assert resources_for("atlantis").code == "international"


def test_the_full_message_names_the_emergency_number_once() -> None:
    message = crisis_message(CrisisLevel.EXPLICIT, "de")
    assert message is not None
    assert message.text.count("112") == 1
    assert "0800 111 0 111" in message.text and "findahelpline.com" in message.text


def test_the_question_is_asked_directly_and_offers_yes_not_sure_and_no() -> None:
    message = crisis_message(CrisisLevel.SOFT, "gb")
    assert message is not None and message.asks
    assert message.question == "Are you having thoughts of ending your life?"
    assert [v for v, _ in message.answers] == ["yes", "not_sure", "no"]
    assert message.resources and "116 123" in message.text
