"""Round 18 of the crisis check: a retrained n-gram model can only add help (the models shipped
before it are its floor, as the encoder head's are since round 17).

Statements and everyday lines written for these tests (not copied from the training authors).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_model import (
    CLASSES,
    FLOORS_PATH,
    MODEL_PATH,
    CrisisModel,
    floors_bytes,
    read_floors,
    read_model,
    shipped_model,
)
from bounceback.recovery.crisis_training import keep_as_floor, model_bytes

ROOT = Path(__file__).resolve().parents[2]

# Explicit statements in the weakest languages of the blind sets and others, written for this test.
STATEMENTS = [
    "Ya no quiero seguir viviendo, esta noche me quito la vida.",
    "Ich will nicht mehr leben, heute Nacht mache ich Schluss mit allem.",
    "Я больше не хочу жить, сегодня ночью всё закончу.",
    "我真的不想活了，今晚就结束自己的生命。",
    "Je ne veux plus vivre, ce soir je mets fin à mes jours.",
    "Non voglio più vivere, stanotte la faccio finita.",
    "मैं अब और जीना नहीं चाहता, आज रात सब खत्म कर दूंगा।",
    "Artık yaşamak istemiyorum, bu gece her şeyi bitireceğim.",
]

# Everyday lines with each language's death idioms: ordinary, floored or not.
HARMLESS = [
    "Me muero de risa con los correos del reclutador, qué desastre de proceso.",
    "Ich langweile mich zu Tode in dieser Warteschleife der Personalabteilung.",
    "Я чуть не умер со смеху, когда рекрутер перепутал моё имя.",
    "笑死我了，面试官把我的简历和别人的搞混了。",
    "Je meurs d'envie de savoir s'ils ont aimé mon portfolio.",
    "Sto morendo dal ridere, il selezionatore mi ha chiamato col nome sbagliato.",
]


def _silent() -> CrisisModel:
    """A model that reads nothing anywhere: the worst a retraining could ship."""
    return CrisisModel([], np.zeros((0, len(CLASSES))), np.array([-9.0, -9.0, 9.0]))


def _tiny(words: dict[str, tuple[float, float, float]], bias: tuple[float, ...]) -> CrisisModel:
    vocabulary = list(words)
    return CrisisModel(vocabulary, np.array([words[w] for w in vocabulary]).reshape(-1, 3),
                       np.array(bias))


@pytest.fixture(scope="module")
def earlier() -> CrisisModel:
    """The n-gram model alone as shipped (no floors): what a retraining replaces."""
    return read_model(MODEL_PATH)


@pytest.mark.parametrize("text", STATEMENTS)
def test_a_model_that_reads_less_cannot_lower_the_reading(earlier: CrisisModel, text: str) -> None:
    own = earlier.score(text)
    assert _silent().score(text).explicit < 0.001
    floored = _silent().floored([earlier]).score(text)
    # bit for bit the earlier model's readings: a floor's features weigh 0 in the new model and
    # adding zeros changes no sum
    assert (floored.explicit, floored.concern, floored.sentence) == (
        own.explicit, own.concern, own.sentence)


@pytest.mark.parametrize("text", STATEMENTS)
def test_the_check_keeps_the_level_an_earlier_model_gave(earlier: CrisisModel, text: str) -> None:
    before = assess(text, earlier, encoder=False).level
    assert assess(text, _silent().floored([earlier]), encoder=False).level == before
    assert before != CrisisLevel.NONE
    # without the floor, a model that reads less takes the help the model gave (where it gave any)
    if assess(text, _silent(), encoder=False).level != before:
        assert assess(text, _silent(), encoder=False).level.value in ("soft", "none")


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_lines_stay_ordinary_with_the_floor(earlier: CrisisModel, text: str) -> None:
    assert assess(text, _silent().floored([earlier])).level == CrisisLevel.NONE
    assert assess(text).level == CrisisLevel.NONE


def test_each_reading_is_the_highest_of_the_models() -> None:
    explicit = _tiny({"w:sterben": (3.0, 0.0, -3.0)}, (0.0, 0.0, 0.0))
    heavy = _tiny({"w:müde": (0.0, 3.0, -3.0), "w:sterben": (-2.0, 0.0, 2.0)}, (0.0, 0.0, 0.0))
    both = heavy.floored([explicit])
    for text in ("ich will sterben und bin müde", "so müde heute, wirklich", "nichts davon"):
        a, b, c = explicit.score(text), heavy.score(text), both.score(text)
        assert c.explicit == max(a.explicit, b.explicit)
        assert c.concern == max(a.concern, b.concern)
        assert c.sentence == max(a.sentence, b.sentence)
    # a model's own weights and file are its own: its floors are not written into it
    assert model_bytes(both) == model_bytes(heavy)
    assert both.floors == (explicit,) and heavy.floors == ()


def test_the_floors_file_round_trips(tmp_path: Path) -> None:
    one = _tiny({"w:morir": (2.0, 0.0, -1.0)}, (0.1, 0.0, 0.0))
    two = _tiny({"w:vivir": (0.0, 1.0, 0.0)}, (0.0, 0.2, 0.0))
    data = [json.loads(gzip.decompress(model_bytes(m))) for m in (one, two)]
    path = tmp_path / "floors.json.gz"
    path.write_bytes(floors_bytes(data))
    assert read_floors(path) == data
    assert read_floors(tmp_path / "absent.json.gz") == []
    model_path = tmp_path / "model.json.gz"
    model_path.write_bytes(model_bytes(_silent()))
    floored = read_model(model_path, path)
    assert len(floored.floors) == 2
    assert floored.score("quiero morir").explicit == one.score("quiero morir").explicit
    assert len(read_model(model_path, tmp_path / "absent.json.gz").floors) == 0


def test_the_check_reads_with_every_earlier_model_as_its_floor() -> None:
    floors = read_floors(FLOORS_PATH)
    model = shipped_model()
    assert len(model.floors) == len(floors)
    alone = [read_model(MODEL_PATH), *(CrisisModel.from_json(d) for d in floors)]
    for text in (*STATEMENTS, *HARMLESS):
        got = model.score(text)
        assert got.explicit == max(m.score(text).explicit for m in alone)
        assert got.concern == max(m.score(text).concern for m in alone)
        assert got.sentence == max(m.score(text).sentence for m in alone)


def test_a_retraining_keeps_the_model_it_replaces_as_a_floor(tmp_path: Path) -> None:
    model_path, floors_path = tmp_path / "model.json.gz", tmp_path / "floors.json.gz"
    first = _tiny({"w:morir": (2.0, 0.0, -1.0), "w:sterben": (2.0, 0.0, -1.0)}, (0.0, 0.0, 0.0))
    second = _silent()
    assert keep_as_floor(model_path, floors_path, model_bytes(first)) is None  # nothing shipped
    model_path.write_bytes(model_bytes(first))
    assert keep_as_floor(model_path, floors_path, model_bytes(first)) is None  # the same model
    assert not floors_path.exists()
    assert keep_as_floor(model_path, floors_path, model_bytes(second)) == 1
    model_path.write_bytes(model_bytes(second))
    shipped = read_model(model_path, floors_path)
    for text in ("quiero morir ya", "ich will sterben", "我想死"):
        assert shipped.score(text).explicit == first.score(text).explicit
        assert shipped.score(text).explicit > second.score(text).explicit
    assert keep_as_floor(model_path, floors_path, model_bytes(first)) == 2


# Grief for someone else: ordinary, whatever the encoder reads of a death (round 18: a full
# message from the two models where the n-gram model alone found nothing lifted such notes).
GRIEF = [
    "我爷爷上周去世了，走得很平静。我很想他。",
    "Mein Opa ist letzte Woche friedlich gestorben. Ich vermisse ihn sehr.",
    "Mi abuela murió ayer tranquila, a los 90 años. La extraño muchísimo.",
    "Мой дедушка тихо умер на прошлой неделе. Очень по нему скучаю.",
]


@pytest.mark.parametrize("text", GRIEF)
def test_grief_for_someone_else_stays_ordinary(text: str) -> None:
    assert assess(text).level == CrisisLevel.NONE


# Task 2 (round 18): two decision changes were tried and not kept (docs/history/crisis-safety.md,
# round 18): each gave the full message to harmless entries like these, which must stay ordinary.
EVERYDAY_ENTRIES = [
    "Heute beim Amt gewesen. Ich sterbe vor Langeweile in der Warteschleife. Morgen Wäsche.",
    "Hoy fui a la oficina de empleo. Me muero de risa con el formulario. Mañana toca lavar ropa.",
    "Сегодня был в центре занятости. Чуть не умер со скуки в очереди. Завтра стирка.",
    "今天去了人才市场。排队排到无聊死了。明天洗衣服。",
]


@pytest.mark.parametrize("entry", EVERYDAY_ENTRIES)
def test_everyday_entries_with_idioms_stay_ordinary(entry: str) -> None:
    assert assess(entry).level == CrisisLevel.NONE
