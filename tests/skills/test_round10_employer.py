"""Round ten: the employer describing itself asks nothing of the candidate, in the ways the
training postings' false skills showed it: named by the first word of its name only ("Quillstack
builds ..."), with a verb earlier rounds did not list ("runs", "powers"), or in a sentence a line
break wrapped; and who oversees the work ("under pharmacist supervision") is no skill."""

from __future__ import annotations

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting, skill_candidates


def _candidates(text: str, matcher: SkillMatcher) -> dict[str, str]:
    """Every candidate the rules find (before the learned filter), with its sentence."""
    found, _text, _index = skill_candidates(read_posting(text, "posting.txt"), matcher)
    return {m.skill: m.evidence for m in found}


def test_the_first_word_of_the_employers_name_as_subject_describes_the_employer(
    matcher: SkillMatcher,
) -> None:
    text = (
        "Backend Engineer (Java)\nCompany: Quillstack Technologies\nLocation: Bengaluru\n\n"
        "About the job\n"
        "Quillstack builds a B2B invoicing and collections platform used by 9,000+ companies.\n\n"
        "Requirements\n- 4+ years of Java and Spring Boot\n- Experience with invoicing systems\n"
    )
    found = _candidates(text, matcher)
    assert {"Java", "Spring Boot"} <= set(found)
    assert not [s for s, ev in found.items() if "platform used by" in ev]
    assert "B2B sales" not in found


def test_runs_and_powers_are_the_employer_describing_itself(matcher: SkillMatcher) -> None:
    text = (
        "CDL-A Regional Driver\nCompany: Ironline Freight Systems\nLocation: Joliet, IL\n\n"
        "Ironline Freight Systems runs a 420-truck dry van and reefer fleet across the Midwest.\n\n"
        "Requirements\n- Class A CDL\n- Clean MVR\n"
    )
    found = _candidates(text, matcher)
    assert not [s for s, ev in found.items() if "420-truck" in ev]
    payments = (
        "Customer Support Specialist (German)\nCompany: Tessaly Payments\nLocation: Dublin\n\n"
        "Tessaly Payments powers card payments for 90,000 small businesses across Europe.\n\n"
        "Requirements\n- Fluent German and English\n- Experience with Zendesk\n"
    )
    found = _candidates(payments, matcher)
    assert "Zendesk" in found
    assert not [s for s, ev in found.items() if "90,000 small businesses" in ev]


def test_a_sentence_wrapped_onto_a_second_line_is_still_the_employers(
    matcher: SkillMatcher,
) -> None:
    text = (
        "IT Service Desk Analyst\nCompany: Harbourline Credit Union\nLocation: Halifax, NS\n\n"
        "About the job\n"
        "Harbourline Credit Union serves 140,000 members across Nova Scotia through 31 branches,\n"
        "the Harbourline Mobile Banking app and our 24/7 member contact centre.\n\n"
        "Requirements\n- Experience with Active Directory\n- ITIL Foundation\n"
    )
    found = _candidates(text, matcher)
    assert "Active Directory" in found
    assert not [s for s, ev in found.items() if "contact centre" in ev]


def test_who_oversees_the_work_is_no_skill(matcher: SkillMatcher) -> None:
    text = (
        "Pharmacy Technician\nCompany: Halvorsen Pharmacy\nLocation: Fargo, ND\n\n"
        "Responsibilities\n"
        "- Count, pour and label medications under pharmacist supervision\n"
        "- Administer animal health treatments under vet direction\n"
        "- Provide clinical supervision to junior technicians\n"
    )
    found = _candidates(text, matcher)
    assert not [s for s in found if s.casefold() in ("pharmacist supervision", "vet direction")]
    assert not [s for s, ev in found.items() if "under" in ev and "supervision" in s.casefold()]
    assert "clinical supervision" in {s.casefold() for s in found}
