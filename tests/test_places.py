"""Places are shared by the readers of postings (skills/) and of email (mail/): a name that is
a town or a region, in any of the languages bounceback reads, is known as one."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bounceback.places import fold, is_place, is_place_name


@pytest.mark.parametrize("name", ["Cape Town", "Nowy Targ", "Lancashire", "Kraków", "Malmö",
                                  "Utrecht", "Texas", "Sevilla", "Aix-en-Provence", "Göteborg"])
def test_a_town_or_region_in_any_language_is_a_place(name: str) -> None:
    assert is_place_name(name)


@pytest.mark.parametrize("name", ["Corvane Technologies", "Halvorsen Freight", "Acme",
                                  "Quarry Foods", "Kestrel Retail", "Marrowgate Council", "Ab"])
def test_an_employers_name_is_not(name: str) -> None:
    assert not is_place_name(name)


def test_names_are_folded_as_the_lists_keep_them() -> None:
    assert fold("  Kraków   Nowa  Huta ") == "krakow nowa huta"
    assert is_place_name("CAPE TOWN") and is_place_name("(Nowy Targ)")


def test_the_posting_reader_still_knows_its_places() -> None:
    assert is_place("Henrico, VA, US") and is_place("Leeds LS1 4AP") and is_place("Remote")
    assert not is_place("Quarry Foods Ltd")


def test_email_reads_places_without_loading_the_posting_reader() -> None:
    code = ("import sys, bounceback.mail.nameshape; "
            "print(sorted(m for m in sys.modules if m.startswith('bounceback.skills')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
