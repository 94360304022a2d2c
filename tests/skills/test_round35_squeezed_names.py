"""Round 35 (skills44): an employer named only by the address to write to, a website or a
hashtag is named as the text writes it: with its accents ("Tūranga Plumbing" for
turangaplumbing.co.nz), its apostrophe ("Murphy's Pharmacy" for #MurphysPharmacy), its first words by their
initials ("Jansen van Rensburg Attorneys" for jvrattorneys), or the full name the domain opens
("Kellerman & Sons Funeral Home" for kellermanfunerals); a name's founding year after it on its
line (", est. 1988") is no part of it. Postings written for these tests."""

from __future__ import annotations

import pytest

from bounceback.skills.postings import read_posting
from bounceback.skills.squeezednames import fold, written_name

_ACCENTED = """Apprentice Plumber

Third- or fourth-year apprentice wanted for a busy residential crew. You'll work on new builds
and renovations around the bay, with Tūranga Plumbing covering your block course fees.

What you need
- Currently enrolled in a plumbing, gasfitting and drainlaying apprenticeship
- Full driver licence

Email your CV to office@turangaplumbing.co.nz"""

_FOUNDED = """Conveyancing Secretary

Jansen van Rensburg Attorneys, est. 1988
Pretoria East

We need an experienced conveyancing secretary for our property department.

Requirements
- 3 years of conveyancing experience
- Ghost Convey or Lexis Convey

Send your CV to werk@jvrattorneys.co.za"""

_INITIALS = """Conveyancing Secretary
Pretoria East | Permanent

We need an experienced conveyancing secretary for our property department. The four partners
of Jansen van Rensburg Attorneys register about 600 transfers a year.

Requirements
- 3 years of conveyancing experience
- Ghost Convey or Lexis Convey

Send your CV to werk@jvrattorneys.co.za"""

_OPENED = """Funeral Arranger

Kellerman & Sons Funeral Home, a family business since 1931
Duluth, MN

Duties
- Meet families and arrange services
- Prepare paperwork for permits and certificates

Requirements
- Compassion and discretion
- Valid driver's license

Apply: careers@kellermanfunerals.com"""

_HASHTAG = """Pharmacy Assistant (part-time)

We're after a friendly pharmacy assistant for our Ennis shop, three days a week.

You'll need
- Retail experience
- QQI Level 5 in Pharmacy Sales Assistant (or willingness to complete)

Drop your CV into Murphy's Pharmacy on Abbey Street or DM us.
#MurphysPharmacy #EnnisJobs #NowHiring"""


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (_ACCENTED, "Tūranga Plumbing"),
        (_INITIALS, "Jansen van Rensburg Attorneys"),
        (_FOUNDED, "Jansen van Rensburg Attorneys"),
        (_OPENED, "Kellerman & Sons Funeral Home"),
        (_HASHTAG, "Murphy's Pharmacy"),
    ],
)
def test_a_squeezed_name_is_named_as_the_text_writes_it(text: str, company: str) -> None:
    assert read_posting(text.encode(), "posting.txt").company == company


def test_written_name() -> None:
    lines = ["Ring Kirsty at Waipā Vets 07 871 5520", "Van der Merwe Botha Ingelyf / Inc."]
    assert written_name("waipavets", lines) == "Waipā Vets"
    assert written_name("vdmbotha", lines) == "Van der Merwe Botha"
    assert written_name("kirstyat", lines) == ""  # "at" is no word of a name
    assert written_name("wensum", ["Wensum Veterinary Group Ltd, registered"]) == (
        "Wensum Veterinary Group Ltd"
    )
    assert written_name("wensumvets", ["Wensum Veterinary Group Ltd"], whole=True) == ""
    assert written_name("harlowkitchen", ["#HarlowKitchen is hiring"]) == ""  # the hashtag itself
    assert fold("Ó Faoláin & Daughters") == "ofaolaindaughters"


_QUARTER = """Receptionist
Nairobi West | Full-time

A busy dental practice needs a receptionist to book patients and handle payments.

Requirements
- Diploma in front office or similar
- Good spoken English and Swahili

Apply to jobs@tabasamudental.co.ke"""


def test_a_town_and_its_quarter_is_a_place_not_the_employer() -> None:
    posting = read_posting(_QUARTER.encode(), "receptionist.txt")
    assert posting.location == "Nairobi West"
    assert posting.company != "Nairobi West"
