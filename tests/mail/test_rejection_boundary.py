"""The rejection boundary, on emails written for these tests (not from the corpus): a decision
about someone else in the past is a rejection even without a word of regret; a delay or a
process still running is an acknowledgement even when it opens with one; a no above quoted
history is read alone."""

from __future__ import annotations

import pytest

from bounceback.domain.vocabulary import EmailKind
from bounceback.mail.classify import classify
from bounceback.mail.decision import conditional, decision_features

REJECTIONS = [
    # English, a small employer after a trial shift: no "unfortunately", no "regret"
    ("Marta – Casa Lupo <casalupo.bistro@gmail.com>", "Re: kitchen porter",
     "Hi Dev,\n\nthanks for coming in on Thursday, the team liked you. We've taken on a lad "
     "who did the whole summer with us last year, he starts Monday.\n\nAll the best\nMarta\n"
     "Casa Lupo, Leith"),
    # Italian, a shop owner who took someone else
    ("Ferramenta Bortolin <ferramentabortolin@libero.it>", "Re: commesso",
     "Ciao Matteo,\n\ngrazie di essere passato sabato. Alla fine abbiamo preso un ragazzo "
     "che abita qui vicino e può fare anche il sabato pomeriggio. Scusa!\n\nCiao,\nLuisa"),
    # Portuguese: a one-line no above the quoted interview thread ("No dia ..., escreveu:")
    ("Joana Reis <joana@atelierlume.pt>", "Re: Entrevista – Designer gráfico",
     "Olá Tiago, entretanto a vaga ficou preenchida, desculpa. Fica bem!\n\nJoana\n\n"
     "No dia qui., 2/04/2026 às 09:12, Tiago Martins <tiago.martins.design@gmail.com> "
     "escreveu:\n> Olá Joana, confirmo a entrevista de sexta às 15h. Até lá!\n> Tiago\n"
     "> No dia qua., 1/04/2026 às 17:40, Joana Reis escreveu:\n>> Podes vir na sexta às 15h "
     "para uma entrevista?"),
]
ACKNOWLEDGEMENTS = [
    # German: a word of regret ("leider") about a delay, no decision
    ("Personalabteilung Stadtwerke Kelheim <bewerbung@sw-kelheim.de>",
     "Zwischennachricht zu Ihrer Bewerbung",
     "Sehr geehrter Herr Brandl,\n\nvielen Dank für Ihre Geduld. Leider dauert das "
     "Auswahlverfahren für die Stelle als Elektroniker länger als geplant; eine Entscheidung "
     "ist noch nicht gefallen. Wir melden uns bis Ende des Monats bei Ihnen.\n\n"
     "Mit freundlichen Grüßen\nStadtwerke Kelheim"),
    # Portuguese: the same shape
    ("RH Vinhos do Tejo <rh@vinhosdotejo.pt>", "Ponto de situação da sua candidatura",
     "Olá Marta,\n\nInfelizmente o processo de recrutamento para Enóloga Assistente está a "
     "demorar mais do que prevíamos. A sua candidatura continua em análise e ainda não tomámos "
     "nenhuma decisão. Contamos dar-lhe uma resposta até ao fim do mês.\n\nCumprimentos,\n"
     "Vinhos do Tejo"),
    # English: no feedback for those not shortlisted, said of applicants in general
    ("Harbourside Hotel HR <hr@harbourside-hotel.co.uk>", "Your application – Night Manager",
     "Dear Priya,\n\nThank you for applying for Night Manager. Unfortunately, we will not be "
     "able to give individual feedback to applicants who are not shortlisted. We will review "
     "every application after the closing date and contact shortlisted candidates by 30 May."
     "\n\nKind regards\nHarbourside Hotel"),
]


@pytest.mark.parametrize("message", REJECTIONS)
def test_a_decision_for_someone_else_is_a_rejection(message: tuple[str, str, str]) -> None:
    assert classify(*message).kind is EmailKind.REJECTION


@pytest.mark.parametrize("message", ACKNOWLEDGEMENTS)
def test_no_decision_yet_is_an_acknowledgement(message: tuple[str, str, str]) -> None:
    assert classify(*message).kind is EmailKind.APPLICATION_RECEIVED


def test_the_decision_shapes_tell_a_past_choice_from_a_promise() -> None:
    assert decision_features("in the end we went with a local candidate.") == ["h:chose_other"]
    assert decision_features("wir haben uns für eine andere bewerberin entschieden.") == [
        "h:chose_other"]
    # a promise: once, when, if
    assert decision_features("once we have selected a candidate we will let you know.") == []
    assert decision_features("you have been selected for an interview.") == []
    assert decision_features("stato: non selezionato\n") == ["h:status_no"]
    text = "we cannot give feedback to candidates who are not shortlisted."
    assert conditional(text, text.index("not shortlisted"))
    text = "you were not shortlisted."
    assert not conditional(text, text.index("not shortlisted"))
