"""The skills service on SQLite and PostgreSQL: postings, resumes, profile, vocabulary, gaps."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.shared_data import ONET

from bounceback.domain.models import RejectionReasonEntry
from bounceback.domain.skills import NotAPosting, SkillSource, UnreadableDocument
from bounceback.domain.vocabulary import Stage
from bounceback.services import Bounceback

DATA = Path(__file__).resolve().parents[1] / "data" / "skills"


def posting(bb: Bounceback, name: str, **kwargs):  # type: ignore[no-untyped-def]
    return bb.skills.import_posting((DATA / name).read_bytes(), name, **kwargs)


def test_import_creates_a_saved_application_then_updates_it(bb: Bounceback) -> None:
    first = posting(bb, "posting_jsonld.html")
    assert first.created
    app = bb.applications.get(first.application_id)
    assert (app.company, app.role, app.stage) == (
        "Larkspur Freight",
        "Backend Engineer (Go)",
        Stage.SAVED,
    )
    assert (app.salary_min, app.salary_max, app.salary_currency) == (65000, 80000, "EUR")
    assert app.location == "Rotterdam, NL"
    again = posting(bb, "posting_jsonld.html")
    assert not again.created and again.application_id == first.application_id
    assert len(bb.applications.list()) == 1
    stored = bb.skills.posting(first.application_id)
    assert {m.skill for m in stored.skills} >= {"Go", "PostgreSQL", "Kafka"}
    assert next(m for m in stored.skills if m.skill == "Kafka").evidence == "Kafka"


def test_import_into_a_given_application_keeps_the_users_fields(bb: Bounceback) -> None:
    from bounceback.domain.models import Application

    app = bb.applications.add(Application(company="Riverside", role="Nurse", location="Leeds LS1"))
    done = posting(bb, "posting_broken_jsonld.html", app_id=app.id)
    assert done.application_id == app.id and not done.created
    assert bb.applications.get(app.id).location == "Leeds LS1"
    assert bb.skills.posting(app.id).title == "Staff Nurse, Cardiology Ward"


def test_a_posting_without_a_company_is_imported_and_says_so(bb: Bounceback) -> None:
    result = bb.skills.import_posting(
        "Barista\n\nRequirements: latte art, cash handling and two years in a busy cafe."
    )
    assert result.posting.company == "" and result.posting.to_dict()["company"] is None
    assert result.posting.to_dict()["missing"] == ["company", "location"]
    assert any("does not name the company" in w for w in result.posting.warnings)
    app = bb.applications.get(result.application_id)
    assert (app.company, app.role) == ("Company not stated", "Barista")
    # the skills the requirements name ("Barista", the title's word, is the job, not a skill)
    assert {"latte art", "cash handling"} <= {m.skill for m in result.posting.skills}


def test_bad_input_imports_nothing(bb: Bounceback) -> None:
    with pytest.raises(NotAPosting):
        posting(bb, "not_a_posting.html")
    with pytest.raises(UnreadableDocument):
        bb.skills.import_posting("Sales role: café".encode("cp1252") + b" " * 80, "p.txt")
    assert bb.applications.list() == []
    assert bb.skills.resumes() == []


def test_resume_versions_and_which_went_where(bb: Bounceback) -> None:
    app_id = posting(bb, "posting_jsonld.html").application_id
    text = (DATA / "resume.md").read_text(encoding="utf-8")
    v1, new1 = bb.skills.import_resume(text.encode(), "resume.md", name="backend", app_id=app_id)
    same, new_same = bb.skills.import_resume(text.encode(), "resume.md", name="backend")
    v2, new2 = bb.skills.import_resume(
        (text + "\nJava and Kafka.\n").encode(), "cv2.md", name="backend"
    )
    assert (new1, new_same, new2) == (True, False, True)
    assert (v1.version, same.id, v2.version) == (1, v1.id, 2)
    assert bb.skills.resume_for(app_id).label == "backend v1"  # type: ignore[union-attr]
    assert bb.skills.find_resume("backend").id == v2.id
    assert bb.skills.find_resume("backend v1").id == v1.id
    assert bb.skills.resume_links() == {v1.id: [app_id]}


def test_gaps_and_tailoring_hints_for_one_application(bb: Bounceback) -> None:
    app_id = posting(bb, "posting_jsonld.html").application_id
    text = (DATA / "resume.md").read_text(encoding="utf-8")
    bb.skills.import_resume(text.encode(), "resume.md", name="backend", app_id=app_id)
    bb.skills.import_resume(
        b"Kafka streams at scale; REST APIs for partners.", "other.txt", name="other"
    )
    report = bb.skills.gaps(app_id)
    missing = [g.skill for g in report.gaps.required_missing]
    # Java is the vocabulary skill the resume lacks; phrases the posting asks for in its own
    # words ("backend services") may be listed too, never a skill the resume shows.
    assert "Java" in missing
    assert not {"Go", "SQL", "PostgreSQL", "Docker", "Kubernetes", "Terraform"} & set(missing)
    assert report.gaps.nice_missing == []
    assert report.resume == "backend v1"
    hints = {h.skill: h for h in report.hints}
    # Round 16: "Design REST APIs used by our planning tools" is a duty; the filter of round 16
    # (cut 0.38) listed it as also mentioned. Round 18's retrained filter scores it 0.38 against
    # its cut 0.37 (the duties' tools are the filter's curve): it may be asked, so a hint.
    assert "Kafka" in hints and set(hints) <= {"Kafka", "REST APIs"}
    assert hints["Kafka"].profile_evidence.startswith("other v1: ")


def test_search_gaps_weigh_rejections_for_a_skill_gap(bb: Bounceback) -> None:
    a = posting(bb, "posting_jsonld.html").application_id
    b = posting(bb, "posting.md").application_id
    bb.rejections.record(b, reasons=[RejectionReasonEntry("skill_gap", primary=True)])
    report = bb.skills.search_gaps(limit=50)
    scores = {g.skill: g for g in report.gaps}
    assert report.applications == 2 and report.skill_gap_rejections == 1
    assert scores["Power BI"].score == 3.0 and scores["Power BI"].skill_gap_rejections == 1
    assert scores["Java"].score == 1.0 and scores["Java"].applications == [
        f"#{a} Backend Engineer (Go) at Larkspur Freight"
    ]
    assert report.gaps[0].skill_gap_rejections == 1
    assert report.plan[0].skill == report.gaps[0].skill


def test_profile_and_own_vocabulary(bb: Bounceback) -> None:
    bb.skills.add_skill("venepuncture", years=2)
    added = bb.skills.add_skill("cake decorating")
    assert added.category == "my skills"
    profile = bb.skills.profile()
    assert {p.skill: p.years for p in profile.skills} == {"phlebotomy": 2, "cake decorating": None}
    app_id = bb.skills.import_posting(
        b"Baker\n\nRequirements: cake decorating and food safety for our bakery.", company="Crumb"
    ).application_id
    assert {m.skill for m in bb.skills.posting(app_id).skills} == {"cake decorating", "food safety"}
    bb.skills.remove_skill("phlebotomy")
    assert [p.skill for p in bb.skills.profile().skills] == ["cake decorating"]


def test_vocabulary_entries_rescan_stored_postings(bb: Bounceback) -> None:
    app_id = bb.skills.import_posting(
        b"Florist\n\nRequirements: ikebana and customer service in our shop.", company="Petal"
    ).application_id
    assert {m.skill for m in bb.skills.posting(app_id).skills} == {"customer service"}
    bb.skills.add_vocabulary("ikebana", "floristry", ["Japanese flower arranging"])
    assert {m.skill for m in bb.skills.posting(app_id).skills} == {"ikebana", "customer service"}
    bb.skills.remove_vocabulary("ikebana")
    assert {m.skill for m in bb.skills.posting(app_id).skills} == {"customer service"}


def test_esco_import_is_attributed(bb: Bounceback) -> None:
    done = bb.skills.import_esco(DATA / "esco_skills.csv")
    assert (done.entries, done.new_entries) == (3, 2)
    assert "ESCO" in bb.skills.attributions()["esco"]
    result = bb.skills.import_posting(
        b"Cake Decorator\n\nRequirements: sugar craft for wedding cakes.", company="Crumb"
    )
    # asked for or (round eleven) also mentioned: shown either way, with ESCO's attribution
    shown = result.posting.skills + result.posting.mentioned
    assert [m.skill for m in shown] == ["decorate cakes"]
    assert result.attribution is not None and "ESCO" in result.attribution


def test_onet_import_rescans_and_attributes(bb: Bounceback) -> None:
    if not (ONET / "Technology Skills.txt").is_file():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"the O*NET files are missing at {ONET}")
        pytest.skip("O*NET files not available")
    result = bb.skills.import_posting(
        b"Office Assistant\n\nRequirements: FileMaker Pro, Microsoft Teams and data entry.",
        company="Acme",
    )
    app_id = result.application_id
    # O*NET's names ship in the vocabulary: its attribution shows wherever they are used.
    posting = bb.skills.posting(app_id)
    found = {m.skill: m.source for m in posting.skills + posting.mentioned}
    assert found["FileMaker Pro"] is SkillSource.ONET
    assert "O*NET 29.2 Database" in (result.attribution or "")
    assert "O*NET 29.2 Database" in (bb.skills.gaps(app_id).attribution or "")
    done = bb.skills.import_onet(ONET)
    assert done.entries == 8768 and done.rescanned == 1
    again = bb.skills.import_onet(ONET / "Technology Skills.txt")
    assert again.entries == 8768  # replaced, not doubled


AGENCY_POSTING = """Warehouse Team Leader
Location: Corby
Agency: Swift Staffing Solutions

Our client, Meridian Home Retail, is a national homeware retailer.

Requirements:
• Forklift licence (counterbalance)
• Two years leading a warehouse team
"""


def test_the_agency_of_a_posting_is_kept_on_the_application(bb: Bounceback) -> None:
    """Shown once at import ("via Swift Staffing Solutions"), the agency was then lost: it is
    the application's source detail (who you deal with), unless you wrote one yourself."""
    result = bb.skills.import_posting(AGENCY_POSTING, "agency.txt")
    app = bb.applications.get(result.application_id)
    assert (app.company, app.source_detail) == ("Meridian Home Retail", "Swift Staffing Solutions")
    assert result.posting.agency == "Swift Staffing Solutions"
    # an application whose source detail you typed keeps it
    bb.applications.edit(app.id or 0, {"source_detail": "LinkedIn"})
    bb.skills.import_posting(AGENCY_POSTING, "agency.txt", app_id=app.id)
    assert bb.applications.get(app.id or 0).source_detail == "LinkedIn"
    # and a blank one is filled when the posting is attached to an application later
    bb.applications.edit(app.id or 0, {"source_detail": None})
    bb.skills.import_posting(AGENCY_POSTING, "agency.txt", app_id=app.id)
    assert bb.applications.get(app.id or 0).source_detail == "Swift Staffing Solutions"
