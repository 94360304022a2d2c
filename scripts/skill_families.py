"""The family of trades a labelled posting belongs to, for held-out figures by family.

The label's "field" when its author wrote one (P, S, W, fresh 4-10, heldout); otherwise (P11,
fresh11, prose18, tuning2/3) the posting's title, read by the first family whose words it has.
Eight families, each wide enough to hold about a tenth of the postings or more.
"""

from __future__ import annotations

import re

FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "health and care",
        (
            "nurs",
            "midwi",
            "care",
            "carer",
            "support worker",
            "health",
            "pharma",
            "laborator",
            "lab ",
            "clinical",
            "medical",
            "dental",
            "phleb",
            "biomedical",
            "microbiolog",
            "qc ",
            "chemist",
            "disability",
            "aide",
            "research",
        ),
    ),
    (
        "trades and manufacturing",
        (
            "construction",
            "manufactur",
            "maintenance",
            "electric",
            "plumb",
            "weld",
            "carpent",
            "hvac",
            "machinist",
            "cnc",
            "fitter",
            "site ",
            "engineer - civil",
            "civil engineer",
            "quality inspector",
            "production",
            "grounds",
            "agricult",
            "farm",
            "dairy",
            "agronom",
            "automotive",
        ),
    ),
    (
        "driving, warehouse and logistics",
        (
            "driv",
            "supply chain",
            "warehouse",
            "logistic",
            "forklift",
            "reach truck",
            "storeperson",
            "hgv",
            "cdl",
        ),
    ),
    (
        "hospitality, retail, service and security",
        (
            "hospitality",
            "food",
            "chef",
            "cook",
            "barista",
            "retail",
            "store",
            "shop",
            "customer",
            "call centre",
            "front office",
            "security",
            "cleaning",
            "cleaner",
            "beauty",
            "hair",
            "stylist",
            "bartender",
        ),
    ),
    (
        "office, finance, HR and legal",
        (
            "admin",
            "reception",
            "finance",
            "account",
            "bookkeep",
            "payroll",
            "creditors",
            "hr",
            "recruit",
            "legal",
            "paralegal",
            "counsel",
            "secretary",
            "office",
            "procurement",
            "practice",
            "policy",
        ),
    ),
    (
        "software, data and marketing",
        (
            "software",
            "data",
            "developer",
            "devops",
            "backend",
            "frontend",
            "marketing",
            "sales",
            "program analyst",
            "it ",
            "engineer",
            "designer",
            "analyst",
            "sdr",
            "ux",
            "machine learning",
            "qa",
        ),
    ),
    (
        "teaching, social work and public sector",
        (
            "teach",
            "secondary",
            "early years",
            "early childhood",
            "school",
            "social",
            "public",
            "policy",
            "special needs",
        ),
    ),
)
OTHER = "other"


def family(field: str, title: str) -> str:
    """The family of a posting from its label's field, else from its title."""
    for text in (field, title):
        low = " " + re.sub(r"\s+", " ", (text or "").casefold()) + " "
        if not low.strip():
            continue
        for name, words in FAMILIES:
            if any(re.search(r"(?<![a-z])" + re.escape(w), low) for w in words):
                return name
    return OTHER
