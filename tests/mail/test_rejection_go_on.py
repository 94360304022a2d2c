"""Round 13's rejection boundary, written for these tests (not from the corpus): going on with
other candidates is a decision in all nine languages ("we have decided to move forward with
other candidates"), while going on with the reader ("move forward with a final interview with
our CTO") or a promise ("once we move forward with other candidates") is not; and a word of
regret in the sentence that moves an interview to another time ("unfortunately we have to
reschedule") decides nothing."""

from __future__ import annotations

import pytest

from bounceback.mail.decision import decision_features
from bounceback.mail.phrases import phrase_kinds

GOING_ON_WITH_OTHERS = [
    "we have decided to move forward with other candidates whose experience is closer.",
    "wir haben uns entschieden, mit anderen kandidaten weiter zu machen. wir haben uns für "
    "andere kandidaten entschieden.",
    "nous avons décidé de poursuivre avec d'autres candidats.",
    "hemos decidido avanzar con otros candidatos para este puesto.",
    "abbiamo deciso di procedere con altri candidati.",
    "we hebben besloten verder te gaan met andere kandidaten.",
    "decidimos avançar com outros candidatos.",
    "zdecydowaliśmy się kontynuować proces z innymi kandydatami.",
    "vi har valt att gå vidare med andra kandidater.",
    "we have selected other candidates whose profiles match the role more closely.",
]


@pytest.mark.parametrize("text", GOING_ON_WITH_OTHERS)
def test_going_on_with_other_candidates_is_a_decision(text: str) -> None:
    assert decision_features(text) == ["h:chose_other"]


@pytest.mark.parametrize("text", [
    "we would like to move forward with a final interview with our cto.",
    "we will proceed with a second interview with the team on monday.",
    "once we move forward with other candidates we will let you know.",
    "if we proceed with other candidates, we will tell you by friday.",
    "nous souhaitons avancer avec vous pour un second entretien.",
    "vogliamo procedere con il colloquio tecnico con il responsabile.",
    "vi vill gå vidare med dig till en andra intervju.",
])
def test_going_on_with_the_reader_or_a_promise_is_not(text: str) -> None:
    assert decision_features(text) == []


@pytest.mark.parametrize("text", [
    "unfortunately we have to reschedule your interview to thursday at 10.",
    "leider müssen wir den termin verschieben, passt ihnen donnerstag?",
    "malheureusement nous devons reporter l'entretien à jeudi.",
    "lamentablemente tenemos que reprogramar la entrevista al jueves.",
    "purtroppo dobbiamo spostare il colloquio a giovedì.",
    "helaas moeten we het gesprek verzetten naar donderdag.",
    "infelizmente temos de reagendar a entrevista para quinta.",
    "niestety musimy przełożyć rozmowę na czwartek.",
    "tyvärr behöver vi boka om intervjun till torsdag.",
])
def test_regret_about_a_moved_interview_decides_nothing(text: str) -> None:
    feats = phrase_kinds(text, "x:")
    assert "x:rejection" not in feats and "x:moved" in feats


def test_a_no_beside_a_moved_interview_in_another_sentence_still_counts() -> None:
    text = "unfortunately we have decided not to move forward. we will not reschedule."
    assert "x:rejection" in phrase_kinds(text, "x:")


@pytest.mark.parametrize("text", [
    "the employer has decided not to move forward with your application at this time.",
    "après réflexion, nous avons décidé de ne pas poursuivre avec votre profil.",
    "hemos decidido no continuar con tu candidatura.",
    "abbiamo deciso di non proseguire con la sua candidatura.",
    "we hebben besloten niet verder te gaan met je sollicitatie.",
    "decidimos não avançar com a sua candidatura.",
    "zdecydowaliśmy się nie kontynuować z twoją kandydaturą.",
    "vi har beslutat att inte gå vidare med din ansökan.",
])
def test_not_going_on_with_the_readers_application_is_a_decision(text: str) -> None:
    assert decision_features(text) == ["h:chose_other"]


@pytest.mark.parametrize("text", [
    "if we decide not to move forward with your application, we will let you know.",
    "we are excited to move forward with you!",
])
def test_a_promise_or_going_on_with_the_reader_is_no_decision(text: str) -> None:
    assert decision_features(text) == []
