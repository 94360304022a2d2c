"""An agency or a search firm that names its client after the words it recruits for it with
("retained by", "helping", "partnering with", "our client (Acme)", "ayudamos a", "wspieramy",
"hjälper", "affianchiamo"): the company `bounceback emails classify` gives is the client, not
the agency and not none (round 35: mail/spancontext.py's `for_client`, read as "on behalf
of"). The emails were written for these tests; none is trained on."""

from __future__ import annotations

import pytest

from mail.mailkit import classify_by_cli

# (from, subject, body, the client)
MAIL = {
    "en_retained_by": (
        "Oliver Quayle <oliver.quayle@quaylesearch.com>",
        "Chief Financial Officer search",
        "Dear Ms Adeyemi,\n\nQuayle Search has been retained by Marrowfield Water to lead the "
        "search for its next Chief Financial Officer. Your name was suggested by several people "
        "we spoke to. Would you be open to a confidential conversation next week?\n\n"
        "Best regards,\nOliver Quayle\nPartner, Quayle Search",
        "Marrowfield Water",
    ),
    "en_helping": (
        "Dana Frost <dana@frostpeople.io>",
        "Platform engineer role",
        "Hi Sam,\n\nI'm helping Tidewell Analytics grow their platform team (remote, "
        "$150-170k). Your Kubernetes work looks like a strong match. Open to a quick chat "
        "this week?\n\nDana",
        "Tidewell Analytics",
    ),
    "en_partnering_with": (
        "Ravi Menon <ravi.menon@northgatetalent.co.uk>",
        "Head of Finance opportunity",
        "Hello Claire,\n\nWe are partnering with Glenmoor Distillers on the appointment of a "
        "Head of Finance based in Perth. I would value ten minutes to tell you more.\n\n"
        "Kind regards,\nRavi",
        "Glenmoor Distillers",
    ),
    "sv_kund_in_brackets": (
        "Elin Berg <elin.berg@rekryteringspartner.se>",
        "Sv: Intervju",
        "Hej Oskar,\n\nDå är intervjun bokad: tisdag kl. 10 med vår kund (Norrsken Energi) "
        "på Teams. Länken kommer separat.\n\n/Elin",
        "Norrsken Energi",
    ),
    "es_cliente_in_brackets": (
        "Lucía Ortega <lortega@talentoibero.es>",
        "Re: Entrevista el jueves",
        "Hola Marcos,\n\nte confirmo la entrevista del jueves a las 11:00 con la directora "
        "financiera del cliente (Bodegas Altamira). Será por Teams.\n\nUn saludo,\nLucía",
        "Bodegas Altamira",
    ),
    "es_ayudamos_a": (
        "Pablo Serrano <pablo@serranoheadhunting.es>",
        "Oportunidad: Director de Operaciones",
        "Hola Ana,\n\nayudamos a Conservas Marinas del Norte a encontrar un Director de "
        "Operaciones para su planta de Vigo. ¿Te interesaría hablar?\n\nUn saludo,\nPablo",
        "Conservas Marinas del Norte",
    ),
    "pl_wspieramy": (
        "Joanna Kurek <joanna.kurek@kurekexecutive.pl>",
        "Propozycja: Dyrektor Finansowy",
        "Dzień dobry,\n\nwspieramy Polmlek Mazowsze w poszukiwaniu Dyrektora Finansowego. "
        "Czy byłaby Pani zainteresowana rozmową?\n\nPozdrawiam,\nJoanna Kurek",
        "Polmlek Mazowsze",
    ),
    "it_affianchiamo": (
        "Giorgio Manca <g.manca@mancaexecutive.it>",
        "Opportunità: Direttore Commerciale",
        "Buongiorno Elena,\n\naffianchiamo Cantine Vallerosa nella ricerca di un Direttore "
        "Commerciale. Avrebbe dieci minuti per una telefonata?\n\nCordiali saluti,\n"
        "Giorgio Manca",
        "Cantine Vallerosa",
    ),
}


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("clients") / "in.jsonl", MAIL)


@pytest.mark.parametrize("key", list(MAIL))
def test_the_client_an_agency_recruits_for(answers: dict[str, dict[str, object]], key: str) -> None:
    got = answers[key]
    assert got["kind"] != "other"
    assert got["company"] == MAIL[key][3]
