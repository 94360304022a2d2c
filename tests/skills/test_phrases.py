"""Skills a posting names in its own words, beyond the vocabulary (phrases.py)."""

from __future__ import annotations

from datetime import date

from bounceback.domain.skills import SkillSource
from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.resumes import read_resume
from bounceback.skills.vocabulary import builtin_vocabulary


def names(text: str, matcher: SkillMatcher) -> list[str]:
    return [m.skill for m in extract(text, matcher)]


def test_objects_of_cue_phrases_are_skills(matcher: SkillMatcher) -> None:
    found = names(
        "Requirements:\n- Knowledge of housing law and the Housing Act 1985\n"
        "- Experience with ultrasonic scalers and intraoral cameras\n",
        matcher,
    )
    assert {"housing law", "Housing Act 1985", "ultrasonic scalers", "intraoral cameras"} <= set(
        found
    )


def test_phrases_not_in_the_vocabulary_say_where_they_came_from(matcher: SkillMatcher) -> None:
    found = {m.skill: m for m in extract("Requirements:\n- Knowledge of housing law\n", matcher)}
    assert found["housing law"].source is SkillSource.TEXT
    assert found["housing law"].evidence == "Knowledge of housing law"


def test_duties_name_the_objects_of_their_verbs(matcher: SkillMatcher) -> None:
    found = names(
        "Responsibilities:\n- Apply fluoride varnish and sealants\n"
        "- Erecting, altering and dismantling system scaffolds\n",
        matcher,
    )
    assert {"fluoride varnish", "sealants", "system scaffolds"} <= set(found)
    assert not {"apply", "erecting", "altering"} & {f.casefold() for f in found}


def test_qualifiers_are_trimmed_and_known_names_merge(matcher: SkillMatcher) -> None:
    found = names(
        "About you:\n- Strong scaffold inspection skills\n"
        "- Excellent communication skills\n- Full driving licence is essential\n",
        matcher,
    )
    assert "scaffold inspection skills" in found or "scaffold inspection" in found
    assert "communication" in found  # the vocabulary's name for "communication skills"
    assert not [f for f in found if f.casefold().startswith(("strong", "excellent", "full "))]


def test_a_named_edition_replaces_the_bare_product(matcher: SkillMatcher) -> None:
    found = names("Desired profile:\n- Working knowledge of SAP B1\n", matcher)
    assert "SAP B1" in found and "SAP" not in found


def test_lists_in_brackets_and_after_such_as_are_items(matcher: SkillMatcher) -> None:
    found = names(
        "Duties:\n- Build system scaffolds (Layher, Cuplok)\n"
        "- Experience of tenancy audits, such as rent checks or estate inspections\n",
        matcher,
    )
    assert {"Layher", "Cuplok", "tenancy audits", "rent checks", "estate inspections"} <= set(found)


def test_what_asks_nothing_names_nothing(matcher: SkillMatcher) -> None:
    text = (
        "Requirements:\n- Experience with tenancy management\n"
        "- RSA certificate not required\n\n"
        "Benefits:\n- Paid overtime and a tool allowance\n\n"
        "How to apply:\nInterviews will be held on Microsoft Teams.\n"
    )
    found = names(text, matcher)
    assert matcher.vocabulary.canonical("tenancy management") in found
    assert not [f for f in found if "RSA" in f or "overtime" in f or "allowance" in f]
    assert "Microsoft Teams" not in found


def test_people_places_and_times_are_not_skills(matcher: SkillMatcher) -> None:
    found = names(
        "Duties:\n- Supervise children indoors and outdoors\n"
        "- 2+ years of experience working with toddlers in a licensed centre\n"
        "- Support pupils in Ipswich, Suffolk\n",
        matcher,
    )
    assert not [f for f in found if f.split()[0].casefold() in ("children", "toddlers", "pupils")]
    assert not [f for f in found if "Ipswich" in f or "centre" in f or "years" in f]


def test_resume_bullets_and_skills_sections_but_not_role_lines(matcher: SkillMatcher) -> None:
    text = (
        "Liam O'Shea\nElectrician\n\nExperience\n"
        "Electrician, Hunter Sparks Electrical - Mar 2019 - Present\n"
        "- Install switchboard upgrades and safety switches\n"
        "- Conduit bending and cable tray installation\n\n"
        "Licences\nNSW Contractor Licence, Working at Heights, EWP ticket\n"
    )
    resume = read_resume(text, "cv.txt", matcher, today=date(2026, 12, 1))
    found = {m.skill for m in resume.skills}
    assert {"switchboard upgrades", "conduit bending", "NSW Contractor Licence"} <= found
    assert "Hunter Sparks Electrical" not in found
    assert not [f for f in found if "2019" in f]


def test_narrower_items_are_named_as_the_posting_names_them(matcher: SkillMatcher) -> None:
    found = names(
        "Requirements:\n- Inspect parts with micrometers, calipers and bore gauges\n"
        "- Work to ISO 9001 and AS9100\n- CNC machining experience\n",
        matcher,
    )
    assert {"micrometers", "calipers", "ISO 9001", "AS9100", "CNC machining"} <= set(found)
    # a form that spells the name's initials or shares its words is the same skill
    assert (
        names(
            "Requirements:\n- An enhanced DBS check\n- DBS on the update service\n", matcher
        ).count("DBS check")
        == 1
    )


def test_a_name_is_kept_without_what_dresses_it(matcher: SkillMatcher) -> None:
    found = names(
        "Duties:\n- Complete audit paperwork on the CAFM system\n"
        "- Hold BICSc accreditation\n- Track customer satisfaction (CSAT)\n",
        matcher,
    )
    assert {"CAFM", "BICSc", "customer satisfaction"} <= set(found)


def test_job_facts_and_signatures_are_not_skills(matcher: SkillMatcher) -> None:
    found = names(
        "Job details\nJob type\nFull-time\nShift and schedule\nEvening shift\nMonday to Friday\n"
        "Overtime\n\nRequirements:\n- Forklift licence\n- Start at 11:30 PM\n\n"
        "Best,\nTom Reilly\nSenior Consultant | Harbourside Recruitment\n",
        matcher,
    )
    assert "forklift operation" in found or "forklift licence" in [f.casefold() for f in found]
    assert not {"Overtime", "Full-time", "Monday", "recruitment", "11:30 PM"} & set(found)


def test_every_entry_of_the_shipped_vocabulary_loads() -> None:
    import gzip
    import json
    from importlib import resources

    raw = resources.files("bounceback.skills").joinpath("data", "vocabulary.json.gz").read_bytes()
    shipped = [entry[0] for entry in json.loads(gzip.decompress(raw))["skills"]]
    vocabulary = builtin_vocabulary()
    lost = [name for name in shipped if getattr(vocabulary.get(name), "name", None) != name]
    assert not lost, lost  # an alias held by another entry must not drop the whole entry


def test_a_resume_reads_about_me_and_prose_but_not_its_references(matcher: SkillMatcher) -> None:
    text = (
        "# Jo Bloggs\n\n## Experience\nFlorist, Petal & Stem, York (2019 - 2024)\n"
        "Five years of experience in sympathy tributes for a busy high street shop.\n\n"
        "## About me\nI hold a full UK driving licence.\n\n"
        "## References\nAvailable from Jane Smith, Food Hygiene trainer.\n"
    )
    found = [m.skill for m in read_resume(text, "cv.md", matcher, today=date(2026, 12, 1)).skills]
    assert {"sympathy tributes", "driving licence"} <= set(found)
    assert "food safety" not in found


def test_one_plain_word_alone_is_no_skill_but_one_in_a_list_of_skills_is(
    matcher: SkillMatcher,
) -> None:
    found = names(
        "Responsibilities:\n- Process every payment promptly\n- Apply fluoride varnish and sealants\n",
        matcher,
    )
    assert "payment" not in found and "sealants" in found


def test_a_boards_facts_name_no_skill_even_from_the_vocabulary(matcher: SkillMatcher) -> None:
    found = names(
        "Requirements:\n- Knowledge of soil testing\n\n"
        "Department: Sales & Business Development\nRole Category: Retail & B2C Sales\n"
        "Industries\nSecurity and Investigations\n",
        matcher,
    )
    assert "soil testing" in found
    assert not {"business development", "B2C sales", "security"} & {f.casefold() for f in found}


def test_one_skill_in_two_cases_or_numbers_is_found_once(matcher: SkillMatcher) -> None:
    found = names(
        "Duties:\n- Conduct farmer meetings and crop demonstrations\n\n"
        "Key Skills\nFarmer Meetings, Crop Demonstration, Dealer Management\n",
        matcher,
    )
    assert [f.casefold() for f in found].count("farmer meetings") == 1
    assert sum(f.casefold().startswith("crop demonstration") for f in found) == 1


def test_what_is_said_beside_a_skill_is_not_one(matcher: SkillMatcher) -> None:
    found = names(
        "Requirements:\n- Experience with Zendesk or a similar ticketing tool\n"
        "- A typing speed of 40 wpm\n- No more than 6 points on your licence\n"
        "- Ready to go the extra mile for customers\n- Knowledge of Sage Payroll\n",
        matcher,
    )
    assert "Zendesk" in found and "Sage Payroll" in found
    assert not [f for f in found if "similar" in f or "wpm" in f or "points" in f or "mile" in f]


def test_the_objects_of_more_duty_verbs_are_read_as_duties(matcher: SkillMatcher) -> None:
    found = names("Duties:\n- Review and adjudicate claims for benefits\n", matcher)
    assert "adjudicate claims" not in found


def test_a_phrase_must_look_like_a_skill_by_how_it_was_found(matcher: SkillMatcher) -> None:
    found = names(
        "Duties:\n- Handle client requests and visit distributors\n"
        "- Operate tractors, planters and grain carts\n- Conduct soil testing\n\n"
        "Requirements:\n- Reliable car\n- Nappy changing\n",
        matcher,
    )
    assert {"planters", "grain carts", "soil testing", "nappy changing"} <= set(found)
    assert not {"client requests", "distributors", "reliable car"} & set(found)


def test_the_employer_describing_itself_asks_nothing(matcher: SkillMatcher) -> None:
    text = (
        "Job description\n"
        "We pride ourselves on professionalism, integrity and customer focus.\n"
        "          provides uniformed security to hospitals and corporate campuses.\n\n"
        "Responsibilities:\n- Monitor CCTV\n- Provides first aid to visitors\n"
    )
    found = names(text, matcher)
    assert "CCTV" in found and "first aid" in found
    assert not {"professionalism", "customer focus", "uniformed security"} & set(found)


def test_duties_of_one_line_and_examples_in_a_long_line(matcher: SkillMatcher) -> None:
    found = names(
        "The job:\n- Shift break fences, set up feed allocation and operate the feed wagon\n"
        "- Milk in our 54-bail rotary shed, including teat spraying and shed hygiene\n\n"
        "About you:\n- 2+ seasons of dairy farming experience in New Zealand\n"
        "- Experience of working in a housing, advice or support setting\n"
        "- B.Sc. Agriculture or Diploma in Agriculture\n",
        matcher,
    )
    assert {"feed allocation", "teat spraying", "shed hygiene", "dairy farming"} <= set(found)
    assert "B.Sc. Agriculture" in found
    assert not {"housing", "advice", "B.Sc", "Agriculture"} & set(found)


def test_a_short_form_said_in_full_elsewhere_is_one_skill(matcher: SkillMatcher) -> None:
    found = names(
        "Requirements:\n- We need a safe Class A driver\n- Valid Class A CDL with a clean record\n",
        matcher,
    )
    assert found.count("CDL") == 1 and "Class A" not in found
