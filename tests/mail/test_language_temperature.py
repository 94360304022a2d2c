"""Round 31: the confidence's temperature per language group. English and the other languages
each have one, fitted on the strangers' held-out scores and never sharper than the one over
all of them; a language the model names no temperature for takes the common one; the file
keeps them, and a personal model keeps its packaged model's."""

from __future__ import annotations

from pathlib import Path

from bounceback.domain.mail import LabelledEmail
from bounceback.domain.vocabulary import EmailKind
from bounceback.mail.classify import PACKAGED_MODEL, Classifier
from bounceback.mail.model import LinearModel, fit_temperature, load, save
from bounceback.mail.train import OTHER_LANGS, language_temperatures, personalise, read_corpus

CLASSES = ("rejection", "other")


def _model(lang_temperature: dict[str, float]) -> LinearModel:
    model = LinearModel.from_weights(CLASSES, {"x:rejection": (2.0, -2.0)}, (0.0, 0.0))
    model.temperature = 1.0
    model.lang_temperature = lang_temperature
    return model


def test_the_emails_language_picks_its_temperature() -> None:
    model = _model({"en": 2.0})
    total = sum(model.packed[f] for f in ["x:rejection"])
    kind, sure_en = model.predict_total(total, "en")
    _, sure_de = model.predict_total(total, "de")
    _, sure_none = model.predict_total(total)
    assert kind == "rejection"
    assert sure_en < sure_de == sure_none  # a softer temperature for English only


def test_predict_reads_the_language_of_its_features() -> None:
    model = _model({"en": 2.0})
    total = model.packed["x:rejection"]
    assert model.predict(["x:rejection", "lang:en"])[1] == model.predict_total(total, "en")[1]
    assert model.predict(["x:rejection", "lang:de"])[1] == model.predict_total(total)[1]


def test_the_file_keeps_the_temperatures(tmp_path: Path) -> None:
    path = tmp_path / "m.bin.gz"
    save(_model({"en": 1.25, "de": 0.9}), path)
    assert load(path).lang_temperature == {"en": 1.25, "de": 0.9}


def test_the_packaged_model_has_one_for_english_and_the_other_languages() -> None:
    model = load(PACKAGED_MODEL)
    assert set(model.lang_temperature) == {"en", *OTHER_LANGS}
    assert min(model.lang_temperature.values()) >= model.temperature


def _examples(n: int) -> list[LabelledEmail]:
    return [LabelledEmail("a <a@b.example>", "s", "b", EmailKind.REJECTION, group=f"E{i % 3}")
            for i in range(n)]


def test_a_group_that_wants_a_sharper_temperature_keeps_the_common_one() -> None:
    # English held-out scores over-sure (a third wrong at a wide margin), the others' right
    # and timid: English gets a softer temperature, the others no sharper than the common one.
    n = 120
    examples = _examples(2 * n)
    langs = ["en"] * n + ["de"] * n
    scores = [[3.0, 0.0] if i % 3 else [0.0, 3.0] for i in range(n)] + [[0.5, 0.0]] * n
    truth = [0] * (2 * n)
    got = language_temperatures(examples, scores, truth, list(range(2 * n)), langs)
    floor = fit_temperature(scores, truth)
    assert got["en"] > floor
    assert got["de"] == got["sv"] == floor  # its own fit would be sharper
    assert fit_temperature(scores[n:], truth[n:]) < floor
    none = language_temperatures(examples, scores, truth, list(range(2 * n)), ["xx"] * (2 * n))
    assert none == {}  # no group of 50 emails: the common temperature alone


def test_a_personal_model_keeps_the_packaged_temperatures() -> None:
    base = load(PACKAGED_MODEL)
    fix = LabelledEmail("Pat <pat@club.example>", "rota", "cover the bar saturday?",
                        EmailKind.OTHER, group="correction", weight=3.0)
    model = personalise([fix], read_corpus()[::40], base)
    assert model.lang_temperature == base.lang_temperature
    assert Classifier(model).classify(fix.sender, fix.subject, fix.body).confidence > 0
