"""A posting's header line of a place written thousands of times ("Austin, " x 6,000 + "TX",
48,000 characters) took 7 s: `name_and_place` asked `is_place` of every rest after a comma, each
rest read whole, so the characters read grew with the square of the line (fix16's review of round
15). A rest too long to be a place is no longer tried. No timing: the test counts the characters
`is_place` is given, which must grow in proportion to the line (on the code before, doubling the
line four times the work)."""

from __future__ import annotations

import pytest

from bounceback import places
from bounceback.skills import headlines, headplaces, layout
from bounceback.skills.headplaces import name_and_place
from bounceback.skills.postings import posting_from_text


def _characters_read(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    read = [0]
    real = places.is_place

    def counting(value: str) -> bool:
        read[0] += len(value)
        return real(value)

    for module in (headplaces, headlines, layout):
        monkeypatch.setattr(module, "is_place", counting)
    posting_from_text(text)
    monkeypatch.undo()
    return read[0]


@pytest.mark.parametrize(
    "shape",
    [
        "{place}\nSoftware Engineer\nAcme Ltd\n\nRequirements\n- Python\n",
        "Software Engineer - {place}\nAcme Ltd\n\nRequirements\n- Python\n",
        "Software Engineer\nAcme Ltd, {place}\n\nRequirements\n- Python\n",
    ],
)
def test_a_header_place_written_thousands_of_times_is_read_in_linear_work(
    shape: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = _characters_read(monkeypatch, shape.format(place="Austin, " * 1000 + "TX"))
    large = _characters_read(monkeypatch, shape.format(place="Austin, " * 4000 + "TX"))
    # four times the line: about four times the characters (sixteen when quadratic)
    assert large <= 5 * max(small, 1), (small, large)
    assert large < 20 * len("Austin, " * 4000)


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("Brookfield Care Home, Harrogate", ("Brookfield Care Home", "Harrogate")),
        ("Hillcrest Dairy Farm, Cullompton, Devon", ("Hillcrest Dairy Farm", "Cullompton, Devon")),
        ("Sea Point, Cape Town, Western Cape", ("", "")),
        ("Brisbane City, QLD", ("", "")),
        # the longest rest that is a place, as before: nine words at most
        (
            "Acme Ltd, " + "Austin, " * 50 + "TX",
            ("Acme Ltd, " + ", ".join(["Austin"] * 42), ", ".join(["Austin"] * 8 + ["TX"])),
        ),
    ],
)
def test_an_employer_and_its_place_still_read(part: str, expected: tuple[str, str]) -> None:
    assert name_and_place(part) == expected
