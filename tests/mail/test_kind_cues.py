"""What decides a kind, on text written for these tests (not from the corpus): the short words
that open an if-clause only in some languages, a word of regret in a sentence about a delay, a
job board's status value, and everyday mail that says nothing about a job."""

from __future__ import annotations

import pytest

from bounceback.domain.vocabulary import EmailKind
from bounceback.mail.classify import classify
from bounceback.mail.decision import conditional, decision_features
from bounceback.mail.features import features
from bounceback.mail.phrases import phrase_kinds

# A decision taken: the word before the verb is no "if" or "once" here.
PAST_DECISIONS = [
    "after careful consideration, we have decided to go with another candidate.",
    "po rozmowie zdecydowaliśmy się na innego kandydata.",
    "dopo un'attenta valutazione abbiamo scelto un altro candidato.",
    "efter noggrant övervägande har vi valt en annan kandidat.",
    "finalmente se ha elegido a otro candidato.",
    "nachdem wir alle gespräche geführt haben, haben wir uns für eine andere bewerberin "
    "entschieden.",
    "once again, we went with a local candidate.",
]


@pytest.mark.parametrize("text", PAST_DECISIONS)
def test_a_past_decision_is_not_a_promise(text: str) -> None:
    assert decision_features(text) == ["h:chose_other"]


@pytest.mark.parametrize("text", [
    "once we have selected a candidate we will let you know.",
    "als we een kandidaat hebben gekozen, laten we het je weten.",
    "se abbiamo scelto un candidato ti scriveremo.",
])
def test_a_promise_stays_a_promise(text: str) -> None:
    assert decision_features(text) == []


# (text, the rejection phrase): "se", "om", "als", "wenn auch", "even if" open no condition.
NOT_CONDITIONS = [
    ("lamentablemente se ha decidido no continuar con tu candidatura.", "decidido no"),
    ("wir haben uns, wenn auch schweren herzens, gegen sie entschieden.",
     "gegen sie entschieden"),
    ("vi har läst din ansökan om tjänsten och har tyvärr valt andra kandidater.", "tyvärr"),
    ("ich schreibe ihnen als ansprechpartnerin und muss ihnen leider absagen.", "leider"),
    ("even if it is hard to hear, we will not be moving forward.", "not be moving forward"),
    ("anche se il tuo profilo è interessante, purtroppo non possiamo procedere.",
     "purtroppo"),
    ("purtroppo si è deciso di non procedere.", "non procedere"),
]


@pytest.mark.parametrize(("text", "phrase"), NOT_CONDITIONS)
def test_loose_words_open_no_condition(text: str, phrase: str) -> None:
    assert not conditional(text, text.index(phrase))


# Guards (these pass on main too): the narrowed words still open a condition where they mean "if".
@pytest.mark.parametrize(("text", "phrase"), [
    ("if you are not selected, we will keep your cv on file.", "not selected"),
    ("om du inte blir utvald hör vi av oss.", "inte blir utvald"),
    ("se non verrai selezionato, ti avviseremo.", "non verrai"),
    ("als je niet bent geselecteerd, hoor je dat van ons.", "niet bent geselecteerd"),
    ("se o seu perfil não for selecionado, guardaremos o currículo.", "não for"),
    ("si vous n'êtes pas retenue, nous garderons votre cv.", "pas retenue"),
    ("si transcurridos 30 días no ha recibido noticias, entienda que no ha sido seleccionada.",
     "no ha sido seleccionada"),
])
def test_real_conditions_still_count(text: str, phrase: str) -> None:
    assert conditional(text, text.index(phrase))


@pytest.mark.parametrize("text", [
    "malheureusement nous avons pris du retard dans l'étude des candidatures.",
    "lamentablemente el proceso de selección se retrasará unas semanas.",
    "purtroppo la selezione subirà un ritardo di qualche settimana.",
    "infelizmente o processo vai atrasar algumas semanas.",
    "niestety proces rekrutacji opóźni się o dwa tygodnie.",
])
def test_regret_about_a_delay_decides_nothing(text: str) -> None:
    kinds = phrase_kinds(text, "x:")
    assert "x:rejection" not in kinds
    assert "x:pending" in kinds


def test_regret_in_another_sentence_than_the_delay_still_decides() -> None:
    text = "unfortunately we will not be moving forward. the process took longer than expected."
    assert "x:rejection" in phrase_kinds(text, "x:")


@pytest.mark.parametrize("text", [
    "status: not selected by employer\nview more jobs",
    "status: position filled\n\nthank you",
    "stand ihrer bewerbung: stelle besetzt\n",
    "status: tjänsten tillsatt\n",
])
def test_a_status_value_of_no(text: str) -> None:
    assert decision_features(text) == ["h:status_no"]


# Guards (these pass on main too): the new values count only on a status line or after a label.
@pytest.mark.parametrize("text", [
    "the role is filled with people who care.\n",
    "closed\n",
    "status: in review\n",
    "the office is closed on friday.\n",
])
def test_words_that_are_no_status_value(text: str) -> None:
    assert decision_features(text) == []


def test_everyday_mail_is_marked_as_saying_nothing_about_a_job() -> None:
    parcel = ("Hello,\n\nUnfortunately your parcel has been delayed. We are sorry for the "
              "inconvenience. Order 20-5551 will now arrive on Friday between 8am and 6pm, "
              "and you do not need to do anything.\n\nTrack parcel")
    assert "h:no_job_word" in features("Shop <ship@shop.example>", "Your parcel", parcel)
    reply = ("Hello,\n\nUnfortunately we have decided not to move forward with your "
             "application for the driver role. We are sorry for the news and wish you well in "
             "your search for a new position.\n\nThe team")
    assert "h:no_job_word" not in features("Shop <hr@shop.example>", "Your application",
                                           reply)
    # a reply is a conversation about something the thread named: no job word needed
    chat = ("Ciao Matteo,\n\ngrazie di essere passato sabato. Alla fine abbiamo preso un "
            "ragazzo che abita qui vicino e può fare anche il sabato pomeriggio. Scusa "
            "ancora e buona fortuna!\n\nCiao,\nLuisa")
    assert "h:no_job_word" in features("Luisa <luisa@shop.example>", "Sabato", chat)
    assert "h:no_job_word" not in features("Luisa <luisa@shop.example>", "Re: sabato", chat)


# Whole emails, classified by the shipped model.
MESSAGES = [
    (EmailKind.APPLICATION_RECEIVED, "Selección Hortalizas Mar <rrhh@hortalizasmar.es>",
     "Novedades sobre tu candidatura",
     "Hola Irene,\n\nLamentablemente el proceso para Técnica de Calidad se retrasará un par de "
     "semanas porque seguimos entrevistando. Tu candidatura sigue en marcha y te avisaremos "
     "en cuanto sepamos algo.\n\nSaludos,\nHortalizas Mar"),
    (EmailKind.APPLICATION_RECEIVED, "RH Boulangerie Lefort <rh@lefort-boulangerie.fr>",
     "Votre candidature – Vendeuse",
     "Bonjour Emma,\n\nMalheureusement nous avons pris du retard dans le traitement des "
     "candidatures pour le poste de vendeuse. Nous revenons vers vous sous quinze jours.\n\n"
     "Bien à vous,\nBoulangerie Lefort"),
    (EmailKind.REJECTION, "StepStone <noreply@stepstone.de>", "Ihre Bewerbung: neuer Status",
     "Hallo Frau Arslan,\n\nder Status Ihrer Bewerbung als Kauffrau für Büromanagement bei "
     "Hegel Logistik GmbH hat sich geändert.\n\nNeuer Status: Abgelehnt\n\nIhr StepStone Team"),
    (EmailKind.REJECTION, "Pracuj.pl <powiadomienia@pracuj.pl>", "Status Twojej aplikacji",
     "Twoja aplikacja na stanowisko Kierowca w Trans-Bud zmieniła status.\n\nOdrzucona\n\n"
     "Zobacz szczegóły w Moim Pracuj."),
    (EmailKind.OTHER, "Volkshochschule Kassel <info@vhs-kassel.de>", "Ihr Kurs fällt aus",
     "Guten Tag Frau Berger,\n\nleider muss der Kurs Yoga am Abend am kommenden Dienstag "
     "ausfallen, da die Kursleiterin erkrankt ist. Die Gebühr für diesen Termin erstatten wir "
     "Ihnen auf Ihr Konto.\n\nMit freundlichen Grüßen\nIhre Volkshochschule"),
    (EmailKind.OTHER, "Bibliothèque municipale <bib@ville-annecy.fr>", "Votre réservation",
     "Bonjour,\n\nMalheureusement le livre que vous avez réservé n'est plus disponible, il a "
     "été perdu par le dernier emprunteur. Nous sommes désolés et vous proposons une autre "
     "édition.\n\nLa bibliothèque"),
]


@pytest.mark.parametrize(("kind", "sender", "subject", "body"), MESSAGES)
def test_the_kind_of_a_whole_email(kind: EmailKind, sender: str, subject: str,
                                   body: str) -> None:
    assert classify(sender, subject, body).kind is kind


def test_a_cv_is_a_job_word_and_hours_are_not() -> None:
    # The job words are looked up by their first three letters: two-letter words ("cv", "hr")
    # were found only alone, so "CVs" did not count, while "hrs" and a German imprint's "HRB"
    # must not count either.
    cvs = ("Hello,\n\nThank you for sending us your details. We keep all CVs we receive for "
           "six months and will get in touch when something suitable comes up at one of our "
           "sites in the region.\n\nKind regards,\nSam")
    assert "h:no_job_word" not in features("Sam <sam@shop.example>", "Your details", cvs)
    hours = ("Hello,\n\nYour order has left our warehouse and should arrive within 48 hrs. "
             "You can follow it in the app at any time. Thank you for shopping with us.\n\n"
             "Example Shop GmbH, Amtsgericht Köln HRB 12345")
    assert "h:no_job_word" in features("Shop <ship@shop.example>", "Your order", hours)


@pytest.mark.parametrize(("subject", "body"), [
    ("Ihre Rücksendung", "Hallo Lena,\n\nleider konnten wir Ihre Rücksendung nicht annehmen, "
     "da der Artikel Gebrauchsspuren aufweist. Er wird Ihnen wieder zugeschickt.\n\nIhr Team"),
    ("A sua reserva", "Olá Rita,\n\nLamentamos informar que a sua reserva para 3 de abril foi "
     "cancelada pelo alojamento. O reembolso será feito em cinco dias.\n\nReservas"),
])
def test_a_short_no_about_something_else_is_marked(subject: str, body: str) -> None:
    # A word of regret in short everyday mail (a return refused, a booking cancelled)
    # with no word of job-search mail: too short for the no-job-word feature alone.
    got = features("Service <service@shop.example>", subject, body)
    assert "x:rejection" in got
    assert "h:regret_no_job" in got


def test_a_no_about_a_job_is_not_marked_as_about_something_else() -> None:
    body = ("Hallo Lena,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht "
            "berücksichtigen können.\n\nIhr Team")
    assert "h:regret_no_job" not in features("Team <hr@shop.example>", "Ihre Bewerbung", body)


@pytest.mark.parametrize("text", [
    "qualora il tuo profilo fosse in linea con le nostre esigenze, ti ricontatteremo per "
    "fissare un primo colloquio conoscitivo; in caso contrario, conserveremo il tuo cv per "
    "eventuali future opportunità, nel rispetto della normativa privacy.",
    "if your experience is a close match for the role, a recruiter will be in touch with you "
    "about next steps within two weeks; otherwise, unfortunately we will not be able to "
    "take your application further.",
])
def test_otherwise_is_the_other_branch_of_an_if(text: str) -> None:
    # The if-word stood further back than the window a phrase looks back over
    assert "x:if_rejection" in phrase_kinds(text, "x:")
    assert "x:rejection" not in phrase_kinds(text, "x:")
