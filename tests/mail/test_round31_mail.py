"""Round 31's error classes, as a user sees them in `bounceback emails classify`: a small
employer or a family writing from a free-mail address (a cafe's one-line no, a builder's "can
you start Monday?", a trial shift, a care home's documents before a start) is job mail, not
`other`; a no that keeps the CV on file is a `rejection` in every language, while a talent
pool's newsletter in the same words stays `other`. The emails were written for these tests by
round 31's engineer, apart from the training file kind31.jsonl, and are not trained on."""

from __future__ import annotations

import pytest

from bounceback.mail.features import features
from bounceback.mail.phrases import phrase_kinds
from bounceback.mail.smallbiz import names_business
from mail.mailkit import classify_by_cli

# (from, subject, body, kind)
MAIL = {
    'no_en': (
        'Bev | The Lamb Inn <thelambinn.bev@gmail.com>',
        'Re: bar staff',
        'hiya, sorry hun we gave the bar job to a girl from the village. will hang on to '
        'your number tho x Bev',
        'rejection'),
    'no_de': (
        'Gärtnerei Vogt <gaertnerei.vogt@web.de>',
        'Aushilfe Gärtnerei',
        'Hallo Herr Lenz, danke für Ihre Bewerbung. Die Stelle ist leider schon besetzt. Wir '
        'behalten Ihre Unterlagen und melden uns im Frühjahr. Gruß Vogt',
        'rejection'),
    'no_it': (
        'Trattoria da Gino <trattoria.dagino@libero.it>',
        'cameriere',
        'Ciao Matteo, il posto è già stato preso, mi dispiace. Teniamo il tuo curriculum per '
        "l'estate. Gino",
        'rejection'),
    'no_pt': (
        'Pastelaria Estrela <pastelaria.estrela@gmail.com>',
        'Re: balcão',
        'Olá Inês, obrigada pelo interesse mas o lugar já está ocupado. Guardamos o seu '
        'currículo e ligamos se houver alguma vaga. Dona Rosa',
        'rejection'),
    'no_nl': (
        'Snackbar De Hoek <snackbardehoek@ziggo.nl>',
        'bijbaan',
        'Hoi Daan, de plek is al vergeven sorry. We bewaren je cv voor de zomer. Groet Ria',
        'rejection'),
    'no_pl': (
        'Bistro Kameralne <bistro.kameralne@wp.pl>',
        'kelnerka',
        'Dzień dobry, stanowisko zostało już obsadzone. Zachowamy Pani CV na przyszłość. '
        'Pozdrawiam, Marek',
        'rejection'),
    'start_en': (
        'Craig Dunn <craig.dunn.roofing@gmail.com>',
        'Re: roofing labourer',
        'Alright Liam, good day yesterday. Can you start Monday? 7.30 at the yard, £120 a day '
        'cash in hand to start. Craig',
        'offer'),
    'trial_sv': (
        'Pizzeria Roma <pizzeriaroma.uppsala@gmail.com>',
        'provpass',
        'Hej Nils, kan du komma på fredag kl 17 för ett provpass i köket? Ta med svarta '
        'byxor. Ali',
        'interview_request'),
    'docs_en': (
        'Meadowview Care Home <meadowviewcare@outlook.com>',
        'Before you start',
        'Hi Grace, welcome aboard! Before your first shift we need your passport or share '
        'code, your DBS certificate and your bank details. Could you email them by Thursday? '
        'Thanks, Sandra',
        'action_required'),
    'pool_de': (
        'Talentpool Stadtwerke Nord <talentpool@stadtwerke-nord.de>',
        'Ihr Talentpool-Newsletter Dezember',
        'Guten Tag,\n\nSie sind in unserem Talentpool: wir behalten Ihre Unterlagen und '
        'senden Ihnen jeden Monat neue Stellenangebote. Im Dezember: 5 Stellen in der '
        'Technik, 2 in der Verwaltung.\n\nNewsletter abbestellen',
        'other'),
    'pool_es': (
        'Bolsa de Talento Hoteles Brisa <talento@hotelesbrisa.es>',
        'Tu bolsa de talento: nuevas ofertas',
        'Hola,\n\nestás en nuestra bolsa de talento: guardamos tu CV y te avisamos de cada '
        'nueva oferta. Esta semana, 4 puestos de recepcionista en Málaga.\n\nDarse de baja',
        'other'),
    'friend_en': (
        'Aoife Brennan <aoife.brennan93@gmail.com>',
        'sat night',
        'are we still on for saturday? table booked for 8 at the thai place, bring a bottle x',
        'other'),
}

# Main before this round read these as `other` (measured, for the record): every no, the
# start on Monday and the trial shift. Still wrong after it, and not asserted: the pub's
# "we gave the bar job to a girl from the village" (no phrase of a decision the lists know).
MAIN_MISSES = {'no_en', 'no_de', 'no_it', 'no_pt', 'no_nl', 'no_pl', 'start_en', 'trial_sv'}
STILL_WRONG = {'no_en'}


@pytest.fixture(scope="module")
def sorted_mail(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("mail31") / "in.jsonl", MAIL)


@pytest.mark.parametrize("name", sorted(set(MAIL) - STILL_WRONG))
def test_small_employers_and_keep_on_file_mail(sorted_mail: dict[str, dict[str, object]],
                                               name: str) -> None:
    assert sorted_mail[name]["kind"] == MAIL[name][3], sorted_mail[name]


@pytest.mark.parametrize("text", [
    "wir behalten ihre unterlagen gerne",
    "nous conservons votre cv dans notre vivier",
    "guardamos tu cv por si surge algo",
    "we bewaren je cv voor later",
    "manteremo il tuo cv nel nostro database",
    "mantemos o seu currículo",
    "zachowamy twoje cv",
    "vi sparar ditt cv",
    "we'll keep your cv on file",
])
def test_keeping_the_cv_is_a_cue(text: str) -> None:
    assert "x:keep_cv" in phrase_kinds(text, "x:")


@pytest.mark.parametrize("text", [
    "la posizione è stata chiusa",
    "status: rekrutacja zakończona",
    "sorry the job's gone, took my cousin on",
    "het spijt me, de plek is al vergeven",
    "o lugar já está ocupado",
    "ya tenemos a alguien para el puesto",
    "die stelle ist schon besetzt",
])
def test_a_small_employers_filled_role_is_a_rejection_phrase(text: str) -> None:
    assert "x:rejection" in phrase_kinds(text, "x:")


def test_a_saved_jobs_closing_is_no_rejection_phrase() -> None:
    # A word of regret beside a saved job that has closed decides nothing about an
    # application (round 30's saved_job_pt, moved to a rejection by this round's retrain).
    found = phrase_kinds("infelizmente a oferta que guardou já não está disponível", "x:")
    assert "x:rejection" not in found
    assert "x:if_rejection" in found


@pytest.mark.parametrize(("name", "business"), [
    ("dee @ the copper kettle", True),
    ("paolo | bella napoli", True),
    ("kees - eetcafé de brug", True),
    ("rosewood care home", True),
    ("bäckerei krüger", True),
    ("familie berger", True),
    ("barbara smith", False),
    ("hannah price", False),
    ("mum", False),
])
def test_a_display_name_that_names_a_business(name: str, business: bool) -> None:
    assert names_business(name) is business


def test_free_mail_features_need_a_free_mail_sender() -> None:
    free = features("Bev | The Lamb Inn <bev@gmail.com>", "bar", "sorry the job has gone")
    own = features("Bev | The Lamb Inn <bev@lambinn.co.uk>", "bar", "sorry the job has gone")
    assert {"sd:free_biz", "sd:free+rejection"} <= free
    assert not {f for f in own if f.startswith("sd:free")}
