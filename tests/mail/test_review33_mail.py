"""Round 33's review of the merged mail code: a footer word that opens a deciding sentence
("Du får det här beskedet eftersom vi tyvärr ...") does not cut it off; the employer's legal
form or the next sentence after its name ("Acme Ltd. Unfortunately"), or "ausgeschriebene
Stelle", is no role."""

from __future__ import annotations

import pytest

from bounceback.mail.classify import classify
from bounceback.mail.clean import decisive

DECIDED_AFTER_FOOTER_WORDS = [
    ('Volvo Cars Rekrytering <rekrytering@volvocars.com>', 'Din ansökan till Ekonom',
     'Hej Anna,\n\nTack för ditt intresse för tjänsten som Ekonom hos Volvo Cars och för tiden du har lagt ned på din ansökan och på intervjun med oss förra veckan. Vi har gått igenom alla ansökningar noggrant.\nDu får det här beskedet eftersom vi tyvärr har valt att gå vidare med andra kandidater vars profil bättre matchar tjänsten.\n\nVänliga hälsningar\nRekryteringsteamet',
     'rejection'),
    ('Talent Acquisition <careers@enel.com>', 'La tua candidatura - Data Engineer',
     'Ciao Marco,\n\ngrazie per aver partecipato ai colloqui per la posizione di Data Engineer presso Enel, è stato un piacere conoscerti e parlare del tuo percorso.\nHai ricevuto questa proposta perché il team ti ha scelto: siamo lieti di offrirti il ruolo, in allegato trovi la lettera di offerta.\n\nUn saluto,\nGiulia',
     'offer'),
    ('Recrutamento <rh@natura.com.br>', 'Sua candidatura - Analista Financeiro',
     'Olá Ana,\n\nagradecemos muito a sua participação no processo seletivo para a vaga de Analista Financeiro na Natura e o tempo dedicado às entrevistas.\nVocê está recebendo esta mensagem porque, infelizmente, decidimos seguir com outros candidatos neste momento.\n\nAtenciosamente,\nEquipe de Talentos',
     'rejection'),
    ('Recruiting <jobs@telefonica.com>', 'Tu candidatura - Analista de Datos',
     'Hola Lucía,\n\nmuchas gracias por tu interés en la posición de Analista de Datos en Telefónica y por el tiempo que has dedicado a las entrevistas con el equipo.\nHas recibido este correo porque lamentablemente hemos decidido continuar con otros candidatos.\n\nUn saludo,\nEquipo de Talento',
     'rejection'),
    ('Personal <personal@bosch.de>', 'Ihre Bewerbung als Controller',
     'Sehr geehrte Frau Schmidt,\n\nvielen Dank für Ihre Bewerbung als Controller bei Bosch und das angenehme Gespräch in der letzten Woche mit Herrn Maier.\nSie erhalten diese Nachricht, weil wir uns leider für eine andere Kandidatin entschieden haben.\n\nMit freundlichen Grüßen\nBosch Personal',
     'rejection'),
]

NO_ROLE = [
    ('Northwind HR <hr@northwind.com>', 'Your application',
     'Hi Alex,\n\nThank you for your application to Northwind Traders. Unfortunately we will not be moving forward at this time.\n\nBest,\nKim'),
    ('Globex Careers <careers@globex.com>', 'Update on your application',
     'Hi Alex,\n\nThanks for applying to Globex Corporation. We regret to inform you that we have decided to pursue other candidates.\n\nRegards,\nGlobex Talent Team'),
    ('Acme HR <hr@acme.com>', 'Your application',
     'Dear Sam,\n\nThank you for your application to Acme Ltd. Unfortunately we will not be moving forward with your application at this time.\n\nBest,\nJane'),
    ('Siemens Talent <talent@siemens.com>', 'Ihre Bewerbung',
     'Sehr geehrter Herr Müller,\n\nvielen Dank für Ihre Bewerbung auf die ausgeschriebene Stelle. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\nSiemens'),
]


@pytest.mark.parametrize(("sender", "subject", "body", "kind"), DECIDED_AFTER_FOOTER_WORDS,
                         ids=lambda v: str(v)[:20])
def test_a_deciding_sentence_that_opens_with_footer_words_decides(
        sender: str, subject: str, body: str, kind: str) -> None:
    assert not decisive(body).footer
    assert classify(sender, subject, body).kind.value == kind


def test_a_plain_footer_is_still_cut() -> None:
    body = ("Hallo,\n\nvielen Dank für Ihre Bewerbung als Controller, wir melden uns in Kürze "
            "bei Ihnen.\n\nViele Grüße\nHR\n\nSie erhalten diese E-Mail, weil Sie sich "
            "registriert haben. Abmelden")
    cut = decisive(body)
    assert cut.footer and "registriert" not in cut.text


@pytest.mark.parametrize(("sender", "subject", "body"), NO_ROLE, ids=lambda v: str(v)[:20])
def test_the_employers_legal_form_or_a_job_noun_is_no_role(
        sender: str, subject: str, body: str) -> None:
    found = classify(sender, subject, body)
    assert found.kind.value == "rejection"
    assert found.role is None
