"""The employer is found in layers: the sender's facts (mail/sender.py), the places a name is
written and their features (mail/company_spans.py), the candidates gathered from them
(mail/company.py, with what a name says on its own in mail/nameshape.py), the ranker's pick
(mail/employer.py); each imports only the layers below it, and the CLI's start-up imports none
of them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bounceback.mail.company import candidates
from bounceback.mail.employer import company_of
from bounceback.mail.features import read
from bounceback.mail.nameshape import name_key, static_feats
from bounceback.mail.sender import domain_feats, person_local, sender_facts, sender_type

_LOADED = "import sys, {module}; print(sorted(m for m in sys.modules if m in {names!r}))"
_LAYERS = ("bounceback.mail.sender", "bounceback.mail.company_spans", "bounceback.mail.company",
           "bounceback.mail.employer")


@pytest.mark.parametrize("index", range(len(_LAYERS)))
def test_each_layer_imports_only_the_layers_below_it(index: int) -> None:
    module = _LAYERS[index]
    code = _LOADED.format(module=module, names=_LAYERS)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == repr(sorted(_LAYERS[: index + 1]))


def test_help_loads_none_of_the_company_code() -> None:
    code = ("import sys; sys.argv=['bounceback','--help']\n"
            "from bounceback.cli.main import app\n"
            "try:\n    app()\nexcept SystemExit:\n    pass\n"
            f"sys.stderr.write(repr(sorted(m for m in sys.modules if m in {_LAYERS!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stderr.strip() == "[]"


def test_the_sender_alone_says_what_kind_of_sender_writes() -> None:
    assert sender_type("quarryfoods", "myworkday.com") == "ats"
    assert sender_type("sam", "gmail.com") == "free"
    assert sender_type("calendar-notification", "google.com") == "relay"
    assert sender_type("jo", "quarryfoods.co.uk") == "own"
    display, local, kind, stem, _, agency = sender_facts(
        '"Northgate Recruitment" <jobs@northgaterecruitment.co.uk>')
    assert (display, local, kind, stem, agency) == (
        "Northgate Recruitment", "jobs", "own", "northgaterecruitment", True)


def test_how_a_name_and_a_domain_spell_each_other() -> None:
    assert domain_feats("quarryfoods", "quarryfoods", "dm") == ["dm:eq"]
    assert domain_feats("quarry", "quarryfoods", "dm") == ["dm:key_in_stem"]
    assert domain_feats("quarryfoodsgroup", "quarryfoods", "dm") == ["dm:stem_in_key"]
    assert domain_feats("harbour", "quarryfoods", "dm") == []
    assert person_local("Jo Reyes", "joreyes")
    assert not person_local("Quarry Foods", "joreyes")


def test_candidates_carry_what_the_sender_says() -> None:
    subject = "Your application"
    found, kind = candidates("Jo Reyes <jo.reyes@quarryfoods.co.uk>",
                             read(subject, "Thank you for applying to Quarry Foods."), subject)
    assert kind == "own"
    by_name = {c.text: c.feats for c in found}
    assert "dm:eq" in by_name["Quarry Foods"]
    assert "person_local" in by_name["Jo Reyes"]


@pytest.mark.parametrize(
    ("sender", "body", "company"),
    [
        # the address hyphenates the name: its words, not "Estudionorte"
        ("Lucía Pérez <lucia.perez@estudio-norte.es>", "Hola, gracias por venir.\n\nLucía",
         "Estudio Norte"),
        # the email writes the name's words apart, never the name itself
        ("Kat Mbeki <kat@halcyonevents.co.za>",
         "Hi, thanks for the CV. Halcyon runs weddings and corporate events.\n\nKat",
         "Halcyon Events"),
    ],
)
def test_a_name_only_the_domain_spells_is_given_as_words(sender: str, body: str,
                                                          company: str) -> None:
    assert company_of(sender, "Re: CV", read("Re: CV", body)) == company


def test_a_domain_stem_is_split_only_into_words_the_email_writes() -> None:
    found, _ = candidates("Kat Mbeki <kat@halcyonevents.co.za>", read("Re: CV", "See you."),
                          "Re: CV")
    assert [c.shown for c in found if "dom" in c.feats] == [""]  # nothing to split it by


def test_an_agencys_mail_weighs_the_names_it_writes_apart() -> None:
    subject = "Interview confirmed with Halvorsen Freight"
    found, _ = candidates("Ryan Castellano <ryan.c@everstaffsolutions.com>",
                          read(subject, "Hi Sam, you're booked in for Tuesday."), subject)
    by_name = {c.text: c.feats for c in found}
    assert "ag:s" in by_name["Halvorsen Freight"]
    assert not any(f.startswith("ag:") for f in by_name["Everstaff Solutions"])
    # its own name in its display name is not weighed apart; whom it writes for is
    found, _ = candidates("Everstaff Recruitment on behalf of Halvorsen Freight "
                          "<jobs@everstaff.com>", read("Hello", "Hi Sam,"), "Hello")
    by_name = {c.text: c.feats for c in found}
    assert "ag:d:after:behalf" in by_name["Halvorsen Freight"]
    assert not any(f.startswith("ag:") for f in by_name["Everstaff Recruitment"])


def test_what_a_name_says_on_its_own() -> None:
    assert name_key("Quarry Foods Ltd") == ("Quarry Foods", "quarryfoods", True)
    assert name_key("Falkenwerk Logistik GmbH & Co. KG") == ("Falkenwerk Logistik",
                                                            "falkenwerklogistik", True)
    assert name_key("Ltd Partners") == ("Ltd Partners", "ltdpartners", False)
    assert "place" in static_feats("Cape Town", "capetown")
    assert "place" in static_feats("Nowy Targ", "nowytarg")
    assert "place" not in static_feats("Harbourline Logistics", "harbourlinelogistics")
    assert {"org", "nw:2"} <= set(static_feats("Harbourline Logistics", "harbourlinelogistics"))
    assert "digit" in static_feats("Studio 54", "studio54")


def test_a_run_is_read_the_same_wherever_it_stands() -> None:
    # The subject's run and the body's are one candidate, its shorter forms others.
    subject = "Your application to Harbourline Logistics"
    found, _ = candidates("Harbourline Logistics <jobs@harbourline.co.za>",
                          read(subject, "Harbourline Logistics has received your CV."), subject)
    by_name = {c.text: c for c in found}
    assert {"s", "b", "d"} <= by_name["Harbourline Logistics"].feats
    assert "v:cut01" in by_name["Harbourline"].feats


def test_a_word_of_an_invented_name_never_weighs_for_a_candidate() -> None:
    # Several authors' mail names employers "Riverside ..."; trained on it, the ranker gave
    # "fw:riverside" a weight of its own, and an address line ("Riverside House") then won over
    # the employer the sender's domain spells. A name's own words may weigh against it only.
    from bounceback.mail.ranker import Example, fit

    examples = [Example([["fw:riverside", "lw:health", "s"], ["lw:team", "d"]], ["none"], [0],
                        author) for author in ("a", "b", "c") for _ in range(5)]
    examples += [Example([["lw:team", "d"], ["s", "fw:dear"]], ["none"], [], author)
                 for author in ("a", "b", "c")]
    ranker = fit(examples)
    assert ranker.weights.get("s", 0.0) > 0  # where a name stands still counts
    assert all(w <= 0 for f, w in ranker.weights.items() if f.startswith(("fw:", "lw:")))
    assert ranker.weights.get("lw:team", 0.0) < 0
