from __future__ import annotations

import email
from email import policy
from urllib.parse import parse_qs, urlparse

from bounceback.domain.learning import Tone
from bounceback.domain.models import Application, Contact
from bounceback.domain.vocabulary import ContactRole, Stage
from bounceback.learning.drafts import (
    NAME_PLACEHOLDER,
    as_text,
    choose_recipient,
    draft_follow_up,
    draft_request,
    eml_bytes,
    mailto_link,
    stage_variant,
)

APP = Application(company="Larkspur", role="Data Engineer", id=1)
MANAGER = Contact("Ana Ruiz", id=3, role=ContactRole.HIRING_MANAGER, email="ana@larkspur.test")
RECRUITER = Contact("Tom Reed", id=4, role=ContactRole.RECRUITER, email="tom@larkspur.test")


def test_stage_variants():
    assert stage_variant(Stage.APPLIED) == "applied"
    assert stage_variant(Stage.SCREENING) == "screening"
    assert stage_variant(Stage.INTERVIEWING) == "interviewing"
    assert stage_variant(Stage.OFFER) == "interviewing"


def test_hiring_manager_is_asked_after_interviews_recruiter_after_a_screen():
    assert choose_recipient([RECRUITER, MANAGER], Stage.INTERVIEWING) is MANAGER
    assert choose_recipient([RECRUITER, MANAGER], Stage.SCREENING) is RECRUITER
    assert choose_recipient([Contact("Friend", role=ContactRole.REFERRER)], Stage.APPLIED) is None


def test_drafts_differ_by_stage_and_name_the_role():
    bodies = {
        stage: draft_request(APP, [MANAGER], stage)[0].body
        for stage in (Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING)
    }
    assert len(set(bodies.values())) == 3
    assert all("Data Engineer" in b for b in bodies.values())
    assert "interviews" in bodies[Stage.INTERVIEWING]
    assert bodies[Stage.INTERVIEWING].startswith("Dear Ana,")


def test_tones_differ_and_stay_polite():
    drafts = {t: draft_request(APP, [MANAGER], Stage.INTERVIEWING, t, "Sam Lee")[0] for t in Tone}
    assert len({d.body for d in drafts.values()}) == 3
    assert len(drafts[Tone.BRIEF].body) < len(drafts[Tone.FORMAL].body)
    assert drafts[Tone.FORMAL].body.startswith("Dear Ana Ruiz,")
    for draft in drafts.values():
        assert "!" not in draft.body
        assert "Sam Lee" in draft.body
        assert draft.notes == []


def test_no_contact_still_drafts_with_a_placeholder_and_says_so():
    draft, contact = draft_request(APP, [], Stage.INTERVIEWING)
    assert contact is None and draft.placeholder
    assert NAME_PLACEHOLDER in draft.body
    assert draft.to_email is None
    assert any("replace" in note.lower() for note in draft.notes)


def test_contact_without_email_is_pointed_out():
    draft, _ = draft_request(
        APP, [Contact("Ana", role=ContactRole.INTERVIEWER)], Stage.INTERVIEWING
    )
    assert not draft.placeholder
    assert any("No email address" in n for n in draft.notes)


def test_mailto_link_carries_address_subject_and_body():
    draft, _ = draft_request(APP, [MANAGER], Stage.SCREENING)
    link = urlparse(mailto_link(draft))
    assert link.scheme == "mailto" and link.path == "ana@larkspur.test"
    query = parse_qs(link.query)
    assert query["subject"] == [draft.subject]
    assert query["body"] == [draft.body]


def test_eml_opens_as_an_unsent_message():
    draft, _ = draft_request(APP, [MANAGER], Stage.INTERVIEWING)
    message = email.message_from_bytes(eml_bytes(draft, "me@home.test"), policy=policy.default)
    assert message["To"] == "Ana Ruiz <ana@larkspur.test>"
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == draft.subject
    assert message.get_content().strip() == draft.body.strip()


def test_untrusted_names_cannot_add_headers():
    evil = Contact("Eve\nBcc: all@x.test", role=ContactRole.HIRING_MANAGER, email="eve@x.test")
    app = Application(company="X\r\nBcc: b@x.test", role="Dev", id=2)
    draft, _ = draft_request(app, [evil], Stage.INTERVIEWING, Tone.FORMAL)
    message = email.message_from_bytes(eml_bytes(draft), policy=policy.default)
    assert message["Bcc"] is None


def test_follow_up_is_short_and_final():
    draft, _ = draft_request(APP, [MANAGER], Stage.INTERVIEWING)
    follow = draft_follow_up(draft, "Sam")
    assert follow.subject.startswith("Re: ")
    assert "once" in follow.body and "I understand" in follow.body
    assert len(follow.body) < len(draft.body) + 100


def test_text_form_shows_the_recipient():
    draft, _ = draft_request(APP, [MANAGER], Stage.INTERVIEWING)
    assert as_text(draft).startswith("To: Ana Ruiz <ana@larkspur.test>\nSubject: ")
