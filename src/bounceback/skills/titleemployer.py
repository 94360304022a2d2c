"""A name beside the title read as the employer gives way to the employer the text names.

"Nursery Practitioner (Level 3) - Pre-school Room", "Qualified Dental Nurse - Mixed NHS/Private
Practice", "Registered Pharmacy Technician – Hospital Pharmacy": the part after the dash ends in
a word that names a kind of organisation (school, practice, pharmacy) and was taken for the
employer, while the line under the title ("Little Acorns Day Nursery, Harrogate, North
Yorkshire HG2") or the text's own sentences ("Oakbrook Dental Care is a friendly four-surgery
practice") name the employer. The part goes back into the title, where the labellers keep it.
"""

from __future__ import annotations

import re

from bounceback.places import is_place, is_place_name
from bounceback.skills.boardchrome import is_board
from bounceback.skills.employerphrases import from_phrases
from bounceback.skills.headerwords import SEPARATORS, Header, is_job, orgish
from bounceback.skills.headplaces import name_and_place
from bounceback.skills.notemployer import not_employer


def _beside_title(name: str, line: str) -> bool:
    parts = [p.strip() for p in SEPARATORS.split(line) if p.strip()]
    return len(parts) >= 2 and name in parts[1:]


def title_part_gives_way(header: Header, stripped: list[str], title_line: int) -> None:
    """Replace a company read beside the title by the employer another line names."""
    name = header.company
    if not name or not 0 <= title_line < len(stripped):
        return
    if not _beside_title(name, stripped[title_line]):
        return
    org, town = name_and_place(header.location) if header.location else ("", "")
    # "Västerås, Sweden (hybrid)" is a town abroad and its country, not a name and a place
    if (
        org
        and town
        and orgish(org)
        and not is_place(org)
        and not is_place_name(org)
        and not is_job(org)
    ):
        header.company, header.location = org, town  # the line under the title: name, town
    else:
        other = Header()
        from_phrases(stripped, other)
        found = other.company
        if (
            not found
            or found.casefold() == name.casefold()
            or name.casefold() in found.casefold()
            # a short form of the name read: "Orchid Lane" for "Orchid Lane Skincare Pte. Ltd."
            or found.casefold() in name.casefold()
            or not orgish(found)
            or is_board(found)
            or not_employer(found)
            or not any(re.search(rf"(?<!\w){re.escape(found)}(?!\w)", ln) for ln in stripped)
        ):
            return
        header.company = found
    if name not in header.title:
        header.title = f"{header.title} - {name}"
