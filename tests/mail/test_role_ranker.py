"""The role (job title) picked by the packaged role ranker among every title an email writes
(mail/rolepick.py), where the rules alone (mail/roles.py) gave none or the wrong phrase."""

from __future__ import annotations

import pytest

from bounceback.mail.classify import classify
from bounceback.mail.employer import NAMES_MODEL
from bounceback.mail.features import read
from bounceback.mail.ranker import load
from bounceback.mail.rolecandidates import role_candidates
from bounceback.mail.rolepick import _pick
from bounceback.mail.roles import extract_role

# Written for this test (no corpus email): a title the rules missed in running text after "le
# poste de" and inside «quotes», a title on a line of its own (which the rules find only when
# the employer is known and their first phrase is left out), and titles the rules found, which
# the ranker keeps.
CASES = [
    ("Welcome to the Jungle <noreply@welcometothejungle.com>",
     "Votre candidature a bien été envoyée à Boulangerie Ardent",
     "Bonjour Léa,\n\nVotre candidature pour le poste de Chargée de clientèle chez Boulangerie "
     "Ardent a bien été transmise.\n\nL'équipe de recrutement reviendra vers vous directement "
     "si votre profil est retenu.", "Chargée de clientèle"),
    ("InfoJobs <noreply@infojobs.net>", "Se ha enviado tu solicitud a Veltra Solar",
     "Hola Marta,\n\nTe has inscrito correctamente en la oferta «Técnico de Mantenimiento "
     "Eólico» de Veltra Solar en Zaragoza. La empresa revisará tu candidatura.",
     "Técnico de Mantenimiento Eólico"),
    ("Harbourline Careers <careers@harbourline.co.uk>", "We received your application",
     "Hi Sam,\n\nThank you for applying to Harbourline Logistics. We have received your "
     "application and will review it shortly.\n\nYour application\nWarehouse Shift Lead\n"
     "Leeds distribution centre\n\nThe Harbourline recruitment team", "Warehouse Shift Lead"),
    ("Ridgeway Outdoors <jobs@ridgewayoutdoors.com>", "Thanks for applying!",
     "Hi Sam,\n\nThanks for applying to be a Climbing Instructor with Ridgeway Outdoors this "
     "summer! We are reading applications now and will text you if you are selected for a "
     "tryout.\n\nSee you on the rock,\nRidgeway Outdoors", "Climbing Instructor"),
    ("Priya Shah <priya@quarryfoods.com>", "Junior Data Analyst - First Interview",
     "Hi Sam,\n\nWe'd like to invite you to a first interview for the Junior Data Analyst role "
     "at Quarry Foods. Are you free on Tuesday at 10am?\n\nPriya", "Junior Data Analyst"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "role"), CASES)
def test_role_as_the_mail_writes_it(sender: str, subject: str, body: str, role: str) -> None:
    assert classify(sender, subject, body).role == role


def test_the_rules_missed_the_first_two() -> None:
    """The cases above that fail on the code before the role ranker (the rules alone)."""
    for sender, subject, body, role in CASES[:2]:
        reading = read(subject, body)
        company = classify(sender, subject, body).company
        assert extract_role(subject, reading.cut.text, company, reading.lang) != role


def test_the_packaged_names_model_holds_a_role_ranker() -> None:
    rankers = load(NAMES_MODEL)
    assert {"company", "role"} <= set(rankers)
    assert rankers["role"].weights


def test_the_rules_answer_is_a_candidate_marked_as_such() -> None:
    subject = "Application received - Store Assistant, Princes Street"
    options, rule = role_candidates(subject, "Thank you for applying.", None, "en")
    assert rule is not None
    as_the_rules_give_it = [text for text, feats in options if "v:as|rule" in feats]
    assert as_the_rules_give_it == [rule]
    texts = {text for text, _ in options}
    assert {"Store Assistant", "Store Assistant, Princes Street"} <= texts


def test_without_a_role_ranker_the_rules_answer() -> None:
    subject, body = "Interview invitation: Payroll Officer", "Dear Sam, are you free on Monday?"
    assert _pick(subject, body, None, "en", None) == extract_role(subject, body, None, "en")


def test_an_email_that_names_no_title_gets_none() -> None:
    found = classify("Priya Shah <priya@quarryfoods.com>", "Interview on Tuesday",
                     "Hi Sam, are you free on Tuesday at 10am for a call? Priya")
    assert found.role is None
