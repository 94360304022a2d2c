"""Round 35 (skills44): the employer named as the subject of the posting's first sentence is
found when a question to the reader ("Love a good spreadsheet?") or a greeting ("Kia ora!",
"Hej!") opens the line, or when a row of facts ("Site: ... | Rotation: ...") stands above it;
a site "managed by" a company gives way to the company. Postings written for these tests."""

from __future__ import annotations

import pytest

from bounceback.skills.postings import read_posting

_QUESTION = """Assistant Accountant – Hybrid

Love a good spreadsheet? Tidewater Freight Partners is a 60-person freight forwarder in
Southampton with customers across Europe and Asia.

What you'll do
- Month-end journals and accruals
- Bank reconciliations in Xero

What you'll need
- AAT Level 3 or part-qualified ACCA
- Advanced Excel"""

_GREETING = """Kaiāwhina / Support Worker

Kia ora! Te Ara Manaaki Trust is a kaupapa Māori provider supporting whānau in Rotorua.

Responsibilities
- Support tāngata whaikaha with daily living
- Keep accurate notes

Requirements
- Full driver licence
- Level 3 Health and Wellbeing certificate, or willing to complete it"""

_FACTS_ROW = """Scaffolder – Shutdown (Contract, 4 weeks)
Site: Gladstone refinery, QLD | Roster: 14 on / 7 off (FIFO from Brisbane)

Coastline Access Solutions is crewing a refinery shutdown. Meals and flights provided.

Requirements
- Intermediate scaffolding licence (SI)
- White card and current medical"""

_MANAGED = """Maintenance Technician
Location: Harbour View Apartments - Tacoma, WA 98402

Harbour View Apartments is a 220-unit community managed by Cedar Key Property Group. We need
a maintenance technician for make-ready work and service requests.

Requirements
- 2 years of apartment maintenance
- EPA 608 certification"""


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (_QUESTION, "Tidewater Freight Partners"),
        (_GREETING, "Te Ara Manaaki Trust"),
        (_FACTS_ROW, "Coastline Access Solutions"),
        (_MANAGED, "Cedar Key Property Group"),
    ],
)
def test_the_first_sentence_names_the_employer(text: str, company: str) -> None:
    assert read_posting(text.encode(), "posting.txt").company == company


_FULL_NAME_BESIDE_TITLE = """**Store Supervisor** | Juniper Row Homewares Pte. Ltd. | Singapore (Tampines)

Juniper Row is a homegrown homewares brand with six stores across Singapore. We're looking for a
store supervisor to lead a team of eight.

**Requirements**
- 2 years of retail supervision
- Cash handling and stock counts"""


def test_a_short_form_of_the_name_beside_the_title_does_not_replace_it() -> None:
    posting = read_posting(_FULL_NAME_BESIDE_TITLE.encode(), "supervisor.md")
    assert posting.company == "Juniper Row Homewares Pte. Ltd."
