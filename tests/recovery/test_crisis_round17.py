"""Round 17 of the crisis check: a retrained encoder head can only add help (the heads shipped
before it are its floor); the head's training vectors depend on the text only, not on the cache
that held them; no explicit statement of the corpus may lose the level it had.

Statements and everyday lines written for these tests (not copied from the training authors).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery import crisis_encoder
from bounceback.recovery.crisis import decide, rules_only
from bounceback.recovery.crisis_decide import with_encoder
from bounceback.recovery.crisis_encoder import (
    DIMENSIONS,
    Encoder,
    EncoderHead,
    FlooredHead,
    floors_bytes,
    read_floors,
    read_head,
)
from bounceback.recovery.crisis_model import Scores
from bounceback.recovery.crisis_training import Example, one_by_one, train_head, vectors

ROOT = Path(__file__).resolve().parents[2]

# Explicit statements in several languages, written for this test.
STATEMENTS = [
    "I have decided to end my life this weekend, I already wrote the letters.",
    "Я більше не хочу жити, все вирішено, сьогодні вночі.",
    "मैं अब और जीना नहीं चाहता, आज रात सब खत्म कर दूंगा।",
    "Nie chcę już żyć, mam wszystko przygotowane na dziś w nocy.",
    "Não quero mais viver, já decidi como vou acabar com tudo.",
    "Artık yaşamak istemiyorum, bu gece her şeyi bitireceğim.",
    "لا أريد أن أعيش بعد الآن، سأنهي حياتي الليلة.",
]

# Everyday lines with death idioms: ordinary with a floored head as with the shipped one.
HARMLESS = [
    "I'm dying to know whether they liked my portfolio.",
    "Umieram ze śmiechu, rekruter pomylił moje imię trzy razy.",
    "Morri de vergonha na entrevista, mas correu bem no fim.",
    "Помираю від нудьги в цій черзі на співбесіду.",
    "Gülmekten öldüm, mülakatçı benim CV'mi başkasınınkiyle karıştırdı.",
]


def _silent_head() -> EncoderHead:
    """A head that reads nothing anywhere: the worst a retraining could ship."""
    return EncoderHead(np.zeros((DIMENSIONS, 3)), np.array([-6.0, -6.0, 6.0]))


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder()


@pytest.mark.parametrize("text", STATEMENTS)
def test_a_head_that_reads_less_cannot_lower_the_reading(encoder: Encoder, text: str) -> None:
    vec = encoder.vectors([text])[0]
    shipped = read_head().scores(vec)
    assert _silent_head().scores(vec).explicit < 0.01
    floored = FlooredHead(_silent_head(), [read_head()]).scores(vec)
    assert floored.explicit == pytest.approx(shipped.explicit, abs=1e-12)
    assert floored.concern == pytest.approx(shipped.concern, abs=1e-12)


@pytest.mark.parametrize("text", STATEMENTS)
def test_the_check_keeps_the_level_an_earlier_head_gave(encoder: Encoder, text: str) -> None:
    # n-gram scores where the encoder decides (question or full message by the encoder alone)
    vec = encoder.vectors([text])[0]
    rules = rules_only(text)
    for scores in (Scores(0.45, 0.7, 0.45), Scores(0.6, 0.8, 0.6)):
        found = decide(rules, text, scores)
        earlier = with_encoder(rules, found, scores, read_head().scores(vec), text).level
        silent = with_encoder(rules, found, scores, _silent_head().scores(vec), text).level
        floored = with_encoder(rules, found, scores,
                               FlooredHead(_silent_head(), [read_head()]).scores(vec), text).level
        assert floored == earlier
        if earlier != rules.level:  # the encoder helped: a silent head alone would take it away
            assert silent == rules.level


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_lines_stay_ordinary_with_the_floor(encoder: Encoder, text: str) -> None:
    vec = encoder.vectors([text])[0]
    rules = rules_only(text)
    read = crisis_encoder.shipped_head().scores(vec)
    scores = Scores(0.1, 0.2, 0.1)
    found = with_encoder(rules, decide(rules, text, scores), scores, read, text)
    assert found.level == CrisisLevel.NONE


def test_the_check_reads_with_every_earlier_head_as_its_floor() -> None:
    floors = read_floors()
    assert floors, "round 17 retrained the head: round 16's is its floor"
    head = crisis_encoder.shipped_head()
    assert len(head.floors) == len(floors)
    rng = np.random.default_rng(17)
    for vec in rng.normal(0.0, 0.05, size=(20, DIMENSIONS)):
        got = head.scores(vec)
        for h in (read_head(), *floors):
            own = h.scores(vec)
            assert got.explicit >= own.explicit - 1e-12 and got.concern >= own.concern - 1e-12
    parts = crisis_encoder.loaded()
    if parts is not None:
        assert isinstance(parts[1], FlooredHead) and len(parts[1].floors) == len(floors)


def test_the_floors_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "floors.json.gz"
    heads = [_silent_head(), read_head()]
    path.write_bytes(floors_bytes(heads))
    back = read_floors(path)
    assert [h.to_json() for h in back] == [h.to_json() for h in heads]
    assert read_floors(tmp_path / "absent.json.gz") == []


# Item 4: a batch's vectors differ from the same texts encoded alone in their last bits, so a
# cache filled in batches made the head depend on the machine's cache.
BATCH = STATEMENTS[:4] + HARMLESS[:3]


def test_training_vectors_do_not_depend_on_the_batch(encoder: Encoder) -> None:
    alone = one_by_one(encoder, BATCH)
    shuffled = one_by_one(encoder, list(reversed(BATCH)) + ["extra text, longer than the rest " * 3])
    assert np.array_equal(alone, shuffled[: len(BATCH)][::-1])
    assert all(np.array_equal(alone[i], encoder.vectors([t])[0]) for i, t in enumerate(BATCH))


def test_a_rebuild_from_an_empty_cache_gives_the_same_head(tmp_path: Path) -> None:
    examples = [Example(t, "explicit", "tests") for t in STATEMENTS] + [
        Example(t, "none", "tests") for t in HARMLESS]
    first = vectors(tmp_path / "a", examples[:5])  # a cache filled in two runs ...
    assert first.shape == (5, DIMENSIONS)
    filled = vectors(tmp_path / "a", examples)
    fresh = vectors(tmp_path / "b", list(reversed(examples)))[::-1]  # ... and one in one run
    assert np.array_equal(filled, fresh)
    assert train_head(examples, filled).to_json() == train_head(examples, fresh).to_json()


def _floor_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "crisis_explicit_floor", ROOT / "scripts" / "crisis_explicit_floor.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_recording_levels_never_lowers_one(tmp_path: Path) -> None:
    f = _floor_script()
    before = {"a": "explicit", "b": "soft", "c": "soft"}
    now = {"a": "soft", "b": "explicit", "d": "none", "e": "soft"}
    assert f.raised(now, before) == {"a": "explicit", "b": "explicit", "c": "soft", "e": "soft"}
    path = tmp_path / "levels.json.gz"
    path.write_bytes(f.levels_bytes(f.raised(now, before)))
    assert f.recorded(path) == {"a": "explicit", "b": "explicit", "c": "soft", "e": "soft"}
    assert json.loads(gzip.decompress(path.read_bytes()))["soft"] == ["c", "e"]


def test_a_statement_that_went_down_is_named_by_where_it_comes_from() -> None:
    f = _floor_script()
    items = [("author:X#3", Example("t1", "explicit", "author:X")),
             ("author:X#4", Example("t2", "explicit", "author:X"))]
    key = f.text_key
    before = {key("t1"): "explicit", key("t2"): "soft"}
    now = {key("t1"): "soft", key("t2"): "explicit"}
    assert f.went_down(items, now, before) == ["author:X#3: explicit -> soft"]


@pytest.mark.slow
def test_no_explicit_statement_of_the_corpus_lost_its_level() -> None:
    """Every explicit statement of corpora/crisis and the tests' lists: at least the level
    recorded (scripts/crisis_explicit_floor.py; a retrained model must not take help away)."""
    f = _floor_script()
    items = f.statements()
    assert len(items) > 6000
    before = f.recorded()
    assert len(before) > 6000
    down = f.went_down(items, f.current(items), before)
    assert down == [], f"{len(down)} explicit statements lost their level: {down[:20]}"


# Phrase families written for round 17 (hi, uk, ar, pl, pt, tr, and two in Latin letters; the
# later ones from the held-out misses of the older authors): statements no list read on main ...
NEW_FAMILIES = [
    ("मैं अपनी जान देना चाहता हूँ", "hi:r17_give_life"),
    ("main apni jaan dena chahti hu, bas", "hi:r17_give_life"),
    ("Не бачу сенсу жити далі", "uk:r17_no_sense_live"),
    ("Мені вже краще було б не жити", "uk:r17_no_sense_live"),
    ("Хочу, щоб мене не стало", "uk:r17_no_sense_live"),
    ("Nie widzę już sensu dalej żyć", "pl:r17_no_sense_live"),
    ("Bensiz herkes daha mutlu olur", "tr:r17_burden"),
    ("bensiz ailem daha rahat yaşar", "tr:r17_burden"),
    ("अब मुझे ज़िंदा नहीं रहना, सच में", "hi:r17_not_alive"),
    ("ऐसे जीने से अच्छा है मर जाना", "hi:r17_better_dead"),
    ("roz raat suicide ke khayal aate hain", "hi:r17_suicide_thoughts"),
    ("Я так втомилася жити.", "uk:r17_tired_living"),
    ("краще б мене взагалі не стало", "uk:r17_better_gone"),
    ("khochu pity z zhyttia, vse", "global:r17_translit_leave_life"),
    ("تعبت من كوني على قيد الحياة", "ar:r17_tired_alive"),
    ("يا ريت عربية تخبطني وأخلص", "ar:r17_hit_me"),
    ("wallah bade moot, khalas", "global:r17_translit_bade_moot"),
    ("mamie byłoby lżej, gdybym się zabił", "pl:r17_better_if"),
    ("Não vejo motivo pra continuar vivo.", "pt:r17_no_reason"),
    ("tomara que um caminhão me atropele amanhã", "pt:r17_hit_me"),
    ("intihar mektubumu yazdım bile", "tr:r17_suicide_letter"),
    ("tek çıkış yolum ölmek artık", "tr:r17_only_way"),
]

# ... and everyday lines next to them that must stay ordinary for the lists.
NEAR_MISSES = [
    "इस नौकरी के लिए अपनी जान देना चाहता हूँ, इतना पसंद है मुझे ये रोल",
    "Хочу, щоб мене не було на цій нараді, вона марна",
    "Nie widzę sensu w tej rekrutacji, trzy etapy i cisza",
    "bensiz toplantı daha iyi olur mu?",
    "bensiz herkes daha iyi olur mu sence proje için",
    "उसने मेरी जान ले ली इस इंटरव्यू में",
    "इस कंपनी का काम मेरी जान लेना चाहता है",
    "Хочу не прокинутися до обіду в суботу",
    "ما في سبب للبقاء في الشركة دي",
    "أحسن لي أموت من الضحك على المقابلة دي",
    "badi mout men el jo3, ma akalt shi",
    "byłoby lepiej, gdybym umiał Excela",
    "não vejo motivo para continuar neste emprego",
    "tomara que um carro me dê carona até a entrevista",
    "toplantıdan sessizce gitmek istiyorum",
    "sabah uyanmamak istiyorum, pazar günü",
    "tek çözüm yolum yeni bir iş",
]


@pytest.mark.parametrize(("text", "family"), NEW_FAMILIES)
def test_round17_families_read_the_statement(text: str, family: str) -> None:
    found = rules_only(text)
    assert found.level == CrisisLevel.EXPLICIT
    assert family in found.signs


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round17_families_leave_everyday_lines_alone(text: str) -> None:
    assert not any(s.split(":")[-1].startswith("r17") for s in rules_only(text).signs)
    assert rules_only(text).level == CrisisLevel.NONE
