"""Round 36's classes: rejections with no word of regret (an automated status line, an offer
withdrawn, hiring paused, a score below the threshold, a vacancy its client called off, a post
filled in the passive: mail/lexicon_closures.py), a staffing firm known by a brand with no
agency word in it writing about a client it does not name (company none: mail/sender.py), and
an applicant portal's status words and pages read as an employer ("Referred", "Ihre Bewerbung":
mail/namewords.py). The emails were written for these tests by round 36's engineer; none is
trained on."""

from __future__ import annotations

import pytest

from bounceback.mail.phrases import phrase_kinds
from bounceback.mail.sender import sender_facts, staffing_brand
from mail.mailkit import classify_by_cli


@pytest.mark.parametrize("text", [
    "application status: not selected",
    "your status was changed to: declined.",
    "bewerbungsstatus: abgelehnt",
    "statut : non retenue",
    "estado: descartado",
    "status: afgewezen",
    "stato: non selezionato",
    "status: reprovado",
    "status: odrzucona",
    "status: ej aktuell",
    "we are very sorry, but we must withdraw the offer made to you last week.",
    "the offer of employment has been rescinded.",
    "nous devons malheureusement retirer notre offre.",
    "tenemos que retirar la oferta que te hicimos.",
    "wir müssen unsere zusage zurückziehen.",
    "we moeten ons aanbod intrekken.",
    "dobbiamo ritirare l'offerta.",
    "precisamos retirar a proposta enviada.",
    "musimy wycofać ofertę.",
    "vi måste dra tillbaka erbjudandet.",
    "we are unable to take your application further.",
    "we have paused all hiring for this cycle.",
    "your score did not meet the threshold required to progress.",
    "ihr ergebnis liegt unter dem schwellenwert.",
    "votre score est en dessous du seuil requis.",
    "tu puntuación quedó por debajo del umbral.",
    "je score ligt onder de drempel.",
    "il punteggio è sotto la soglia minima.",
    "a sua nota ficou abaixo do limite.",
    "wynik poniżej progu.",
    "resultatet låg under gränsen.",
    "o cliente cancelou a vaga.",
    "the client has cancelled the role.",
    "el cliente canceló la vacante.",
    "tjänsten har tillsatts.",
    "rekryteringen är nu avslutad.",
])
def test_a_no_without_regret_is_a_rejection_phrase(text: str) -> None:
    assert "x:rejection" in phrase_kinds(text, "x:")


@pytest.mark.parametrize("text", [
    "if we take your application further, a recruiter will call you.",
    "if your score does not meet the threshold, the system will tell you at once.",
])
def test_in_an_if_clause_it_decides_nothing(text: str) -> None:
    kinds = phrase_kinds(text, "x:")
    assert "x:rejection" not in kinds and "x:if_rejection" in kinds


@pytest.mark.parametrize("stem", ["adecco", "randstad", "manpower", "gigroup", "lernia",
                                  "roberthalf", "michaelpage", "hays", "adeccogroup"])
def test_a_staffing_brand(stem: str) -> None:
    assert staffing_brand(stem)


@pytest.mark.parametrize("stem", ["haystack", "haysom", "random", "adeco", "lern", ""])
def test_not_a_staffing_brand(stem: str) -> None:
    assert not staffing_brand(stem)


@pytest.mark.parametrize("sender", [
    "Laura at Adecco <laura.bianchi@adecco.it>",
    "Randstad <noreply@randstad.de>",
    "Gi Group <selezione@gigroup.it>",
    "Pieter | Manpower <pieter.devries@manpower.nl>",
    "Lernia <jobb@lernia.se>",
])
def test_a_staffing_brand_writes_as_an_agency(sender: str) -> None:
    assert sender_facts(sender)[5]


def test_an_employer_named_like_no_brand_does_not() -> None:
    assert not sender_facts("Haystack Labs <jobs@haystack.io>")[5]


# (from, subject, body, the company: None when the mail names no employer)
COMPANY = {
    "adecco_en": (
        "Laura at Adecco <laura.green@adecco.co.uk>",
        "Warehouse Operative - days - Milton Keynes",
        "Hi Tom,\n\nI saw your CV on our system and I'm recruiting Warehouse Operatives for a "
        "large retail distribution centre in Milton Keynes. Day shifts, £12.40 an hour, weekly "
        "pay, start next Monday. Would you like me to put you forward? Just reply or call me "
        "on 01908 555 210.\n\nThanks,\nLaura Green\nRecruitment Consultant | Adecco",
        None),
    "randstad_nl": (
        "Randstad <noreply@randstad.nl>",
        "Update over je sollicitatie",
        "Beste Sanne,\n\nBedankt voor je sollicitatie als orderpicker bij een opdrachtgever in "
        "Tilburg. Helaas heeft de opdrachtgever gekozen voor een andere kandidaat. We houden je "
        "graag op de hoogte van nieuwe vacatures.\n\nMet vriendelijke groet,\nRandstad",
        None),
    "gigroup_it": (
        "Gi Group <selezione@gigroup.it>",
        "Colloquio per magazziniere",
        "Ciao Luca,\n\nti confermiamo il colloquio per la posizione di magazziniere presso "
        "un'azienda cliente della logistica a Piacenza, giovedì alle 10:00 nella nostra filiale "
        "di via Roma 12.\n\nA presto,\nGi Group Piacenza",
        None),
    "status_referred": (
        "Harbourline Careers <no-reply@harbourline.jobs>",
        "Your application status has changed",
        "Status: Referred\n\nHello Jordan,\n\nYour application for Deckhand at Harbourline "
        "Ferries has been referred to the hiring manager for review. We will contact you if "
        "you are selected for an interview.\n\nHarbourline Ferries Recruitment",
        "Harbourline Ferries"),
    "ihre_bewerbung": (
        "noreply@karriere.example.de",
        "Ihre Bewerbung",
        "Ihre Bewerbung\n\nSehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als "
        "Sachbearbeiterin Buchhaltung. Wir haben Ihre Unterlagen erhalten und melden uns in den "
        "nächsten zwei Wochen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        None),
    "status_shortlisted": (
        "Jobs Portal <no-reply@jobs.example.gov>",
        "Application status update: Records Clerk",
        "Dear Applicant,\n\nThe status of your application for Records Clerk, Announcement "
        "RC-2027-114, has been updated.\n\nStatus: Shortlisted\n\nThe hiring office may "
        "contact you to arrange an interview.\n\nThis is an automated message.",
        None),
    "minhas_candidaturas": (
        "Catho <noreply@catho.com.br>",
        "Sua candidatura foi enviada – Auxiliar de Logística",
        "Olá, Bruno!\n\nSua candidatura para a vaga de Auxiliar de Logística foi enviada à "
        "empresa Transportes Mirandela. Acompanhe o status em Minhas Candidaturas.\n\n"
        "Equipe Catho",
        "Transportes Mirandela"),
    "mes_candidatures": (
        "Espace Candidat <ne-pas-repondre@emplois.example.fr>",
        "Votre candidature",
        "Bonjour Léa,\n\nVotre candidature au poste de Gestionnaire de paie a bien été "
        "enregistrée. Suivez son avancement dans Mes Candidatures.\n\nCeci est un message "
        "automatique.",
        None),
}


@pytest.fixture(scope="module")
def company_answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("mail36co") / "in.jsonl", COMPANY)


@pytest.mark.parametrize("name", sorted(COMPANY))
def test_the_company_through_the_command(company_answers: dict[str, dict[str, object]],
                                         name: str) -> None:
    assert company_answers[name]["company"] == COMPANY[name][3]
