"""Round eight: a skill named twice under one vocabulary entry is one skill to a reader, and a
place of work written as an address block under its label gives the town."""

from __future__ import annotations

from bounceback.skills import skillfilter
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting, skill_candidates

MIDWIFE = (
    "Staff Midwife\nTallow Bay Maternity Services\nGalway\n\n"
    "Requirements:\n"
    "- Registration with the NMBI as a midwife\n"
    "- Current certification in neonatal resuscitation (NRP)\n"
    "- Experience of CTG interpretation\n"
)


def test_the_second_name_of_one_entry_is_marked_and_listed_once(matcher: SkillMatcher) -> None:
    posting = read_posting(MIDWIFE, "midwife.txt", None)
    found, text, index = skill_candidates(posting, matcher)
    rows = skillfilter.features(found, text, index, posting.title, {})
    by_name = {m.skill: r for m, r in zip(found, rows, strict=True)}
    assert by_name["neonatal resuscitation"]["entry_again"] == 0.0
    assert by_name["NRP"]["entry_again"] == 1.0
    assert by_name["NRP"]["entry_siblings"] > 0
    # as imported: one of the two names, not both
    listed = {m.skill for m in read_posting(MIDWIFE, "midwife.txt", matcher).skills}
    assert len(listed & {"neonatal resuscitation", "NRP"}) == 1


NHS_JOBS = (
    "Healthcare Support Worker - Ward 7\n\n"
    "Harrowgate Valley NHS Foundation Trust\n\n"
    "Job summary\n\nWe are looking for a caring healthcare support worker to join Ward 7.\n\n"
    "Main duties of the job\n\nYou will take and record observations and support patients "
    "with personal care.\n\n"
    "Job locations\n"
    "Castlegate Community Hospital\n"
    "Mill Lane\n"
    "Doncaster\n"
    "DN4 8QP\n\n"
    "Job description\n\nFull details are in the attached job description.\n"
)


def test_a_site_under_the_location_label_gives_the_town_of_its_address() -> None:
    posting = read_posting(NHS_JOBS, "hcsw.txt", None)
    assert posting.location == "Doncaster"
    assert posting.company == "Harrowgate Valley NHS Foundation Trust"


def test_a_town_under_the_label_is_read_as_before() -> None:
    text = NHS_JOBS.replace(
        "Castlegate Community Hospital\nMill Lane\nDoncaster\nDN4 8QP\n", "Leeds\n"
    )
    assert read_posting(text, "hcsw.txt", None).location == "Leeds"


def test_a_name_read_from_the_title_does_not_make_the_text_s_name_a_second_one(
    matcher: SkillMatcher,
) -> None:
    # "Barista" in the title is the vocabulary's "barista skills"; "latte art" in the text is a
    # narrower name of that entry, and the one a reader lists.
    posting = read_posting(
        "Barista\nBean & Gone Coffee\nLeeds\n\nRequirements:\n• Latte art and milk texturing\n",
        "barista.txt",
        None,
    )
    found, text, index = skill_candidates(posting, matcher)
    rows = skillfilter.features(found, text, index, posting.title, {})
    by_name = {m.skill: r for m, r in zip(found, rows, strict=True)}
    assert by_name["latte art"]["entry_again"] == 0.0


CAREERS_PAGE = (
    "<html><head><title>Support Worker – Ballarat | Work with us | Wattle Grove Community "
    "Services</title></head><body><nav>Skip to content · Our services · Work with us</nav>"
    "<main><h1>Support Worker</h1><p>Casual · Ballarat and Central Highlands · SCHADS Level 2"
    "</p><p>At Wattle Grove we support around 90 NDIS participants in their homes and in the "
    "community. We are looking for support workers to join our Ballarat team.</p>"
    "<h2>What you'll need</h2><ul><li>Certificate III in Individual Support or 12 months' "
    "experience in disability support</li><li>NDIS Worker Screening Check</li><li>Current "
    "First Aid and CPR</li><li>Full driver's licence and a registered car</li></ul>"
    "<h2>How to apply</h2><p>Apply with your resume and a short cover letter.</p></main>"
    "</body></html>"
)


def test_a_careers_page_s_title_names_the_employer_over_a_region_in_the_header() -> None:
    posting = read_posting(CAREERS_PAGE, "support-worker.html", None)
    assert posting.company == "Wattle Grove Community Services"


def test_jobs_at_in_a_council_s_page_title_names_the_council_over_its_directorate() -> None:
    page = CAREERS_PAGE.replace(
        "Support Worker – Ballarat | Work with us | Wattle Grove Community Services",
        "Social Worker - Children in Need | Jobs at Kelbrook Borough Council",
    ).replace(
        "<p>Casual · Ballarat and Central Highlands · SCHADS Level 2</p>",
        "<p>Directorate</p><p>Children's Services</p><p>Location</p><p>Kelbrook</p>",
    )
    assert read_posting(page, "social-worker.html", None).company == "Kelbrook Borough Council"
