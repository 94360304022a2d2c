"""Round 36 (crisis55): a thing that "will kill me" in the third person is no statement.

In Portuguese and French the object "me" of someone else's verb is spelt as the writer's own
reflexive: "esse trânsito ainda vai me matar" (this traffic will kill me) read as "vou me matar"
(I'll kill myself), "ce RER va finir par me tuer" as "je vais finir par me tuer". The phrase
lists gave such ordinary notes the full message (retired rounds 11, 16 and stranger AD among
them). A third-person verb before the object ("vai", "vão", "ia", "va", "vont", "finira par")
now reads as the harmless idiom it is (pt.txt, fr.txt [idiom], round 36); the writer's own
first person ("vou", "je vais"), or "eu"/"je" typed just before a slip ("eu vai me matar"), stays
a statement, and a note that says more (a plan, a time, a decision) is read on its own words.
Texts written for this test; the ordinary ones get the full message or the question on main
(ec79f9e).

Spanish, the same round: "me voy a matar estudiando / a trabajar", the future of the idiom "me
mato a trabajar" (working very hard) that es.txt read only in the present; "me voy a matar
tomando pastillas" names no work and stays a statement.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

ORDINARY = [
    ("pt", "Essa papelada do seguro-desemprego ainda vai me matar, três filas hoje."),
    ("pt", "As dívidas do cartão vão me matar, devo três meses de aluguel e o gerente não atende."),
    ("pt", "A espera pelo visto de trabalho ainda vai me matar 🙄 mais um mês sem resposta."),
    ("fr", "Cette paperasse de la préfecture va finir par me tuer, encore un rendez-vous annulé."),
    ("fr", "Le trajet en RER va bien finir par me tuer 😩 deux heures pour un entretien de vingt minutes."),
    ("es", "Mañana tengo entrevista en la gestoría. Esta noche me voy a matar estudiando los casos."),
    ("es", "Esta semana me voy a matar a estudiar para el examen de la oposición."),
    ("es", "Me voy a matar trabajando este verano en la recogida de fruta, pero pagan bien."),
]

# The full message before and after: the writer's own first person, alone or beside the idiom.
STATEMENTS = [
    ("pt", "Eu vou me matar hoje à noite."),
    ("pt", "eu vai me matar hj"),
    ("pt", "Essa papelada vai me matar. Mas já decidi, vou me matar hoje."),
    ("pt", "Essas dívidas vão me matar. Não estou bem. Já decidi. Hoje à noite."),
    ("fr", "Je vais me tuer ce soir."),
    ("fr", "Je vais finir par me tuer, je n'en peux plus."),
    ("fr", "Ce boulot va me tuer. De toute façon je vais me tuer ce soir, j'ai les médicaments."),
    ("fr", "Cette paperasse va me tuer. J'ai décidé. Ce soir."),
    ("fr", "Cette paperasse va me tuer. Je ne vais pas bien. J'ai décidé. Ce soir."),
    ("es", "Me voy a matar tomando pastillas esta noche."),
    ("es", "Me voy a matar. Estudiando no consigo nada."),
    ("es", "Me voy a matar estudiando, da igual. No estoy bien. Ya lo he decidido. Esta noche."),
    ("es", "Esta semana me voy a matar a estudiar. Ya escribí las cartas para mis hijos. Es esta noche."),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_third_person_kills_me_asks_nothing(lang: str, text: str) -> None:
    assert assess(text).level == CrisisLevel.NONE, (lang, text)


@pytest.mark.parametrize(("lang", "text"), STATEMENTS)
def test_own_statement_keeps_full_message(lang: str, text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT, (lang, text)
