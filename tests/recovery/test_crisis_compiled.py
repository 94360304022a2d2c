"""Round 18: the crisis check's compiled form kept in the cache folder (crisis_compiled.py).

What is read back must be what compiling gives: every pattern of every phrase file equal to
re.compile's (a Pattern compares its code), every needed-strings set equal to crisis_needs's,
the n-gram model's features, weights and scores identical. A changed phrase file or model is
noticed (another stamp: rebuilt), a damaged file is ignored and rebuilt (no traceback), and a
folder that cannot be written leaves the check as it was.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from bounceback.recovery import crisis, crisis_compiled, crisis_lexicon, crisis_model
from bounceback.recovery.crisis_compiled import Programs, cached_model, program, programs
from bounceback.recovery.crisis_lexicon import DATA, available, lexicon, parse
from bounceback.recovery.crisis_model import MODEL_PATH, read_model
from bounceback.recovery.crisis_needs import needs

LANGS = (*available(), "global")
TEXTS = ("i want to end my life", "quiero morir", "ich will nicht mehr leben",
         "called the recruiter, no answer", "我不想活了", "хочу умереть", "me muero de risa")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of the test's own; the lists read afresh, and again after the test."""
    monkeypatch.setenv("BOUNCEBACK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv(crisis_compiled.DISABLE_ENV, raising=False)
    lexicon.cache_clear()
    yield tmp_path / crisis_compiled.FOLDER
    lexicon.cache_clear()


def _plain(lang: str) -> crisis_lexicon.Lexicon:
    path = DATA / f"{lang}.txt"
    return parse(path.read_text(encoding="utf-8"), lang, path.name)


def _kept_files(where: Path, kind: str) -> list[Path]:
    return sorted(where.glob(f"{kind}-*"))


def test_every_pattern_is_the_one_re_compile_makes() -> None:
    """Each pattern made from its program equals re.compile's, flags and groups included, and
    its needed strings are crisis_needs's; the whole lexicon is equal field by field."""
    count = 0
    for lang in LANGS:
        text = (DATA / f"{lang}.txt").read_text(encoding="utf-8")
        kept = Programs(None, {})
        assert parse(text, lang, lang, kept) == _plain(lang)
        for source, prog in kept.kept.items():
            made = crisis_compiled.pattern_of(source, prog)
            fresh = re.compile(source)
            assert made == fresh and made.flags == fresh.flags
            assert made.groupindex == fresh.groupindex and made.groups == fresh.groups
            assert prog[5] == needs(fresh)
            count += 1
    assert count > 2000


def test_programs_of_odd_patterns() -> None:
    for source in (r"(?i)abc", r"(?P<k>in danger)\b", r"a(?=b)|c{2,}?", r"\bx\b(?! y)", r"[^\W\d]+",
                   r"(?s:.)", r"(a)(?:b)\1", r""):
        made = crisis_compiled.pattern_of(source, program(source))
        assert made == re.compile(source)
        assert program(source)[5] == needs(re.compile(source))
    with pytest.raises(re.error):
        program(r"(unclosed")


def test_read_back_from_the_folder_equals_compiling(folder: Path) -> None:
    first = {lang: lexicon(lang) for lang in LANGS}
    assert len(_kept_files(folder, "lexicon")) == len(LANGS)
    lexicon.cache_clear()
    for lang in LANGS:
        text = (DATA / f"{lang}.txt").read_text(encoding="utf-8")
        kept = programs(lang, text)
        assert kept.kept, lang  # read from the folder
        again = parse(text, lang, lang, kept)
        assert kept.made == 0, lang  # nothing compiled again
        assert again == first[lang] == _plain(lang)
        assert lexicon(lang) == first[lang]


def test_a_changed_phrase_file_is_noticed(folder: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    monkeypatch.setattr(crisis_lexicon, "DATA", data)
    before = lexicon("es")
    assert not any(name.endswith("r18_test") for name, _ in before.explicit)
    first = _kept_files(folder, "lexicon-es")
    assert len(first) == 1
    text = (data / "es.txt").read_text(encoding="utf-8")
    (data / "es.txt").write_text(text.replace("[explicit]\n", "[explicit]\nr18_test: \\bpalabra"
                                              "nuevaderound\\b\n", 1), encoding="utf-8")
    lexicon.cache_clear()
    after = lexicon("es")
    names = [name for name, _ in after.explicit]
    assert "es:r18_test" in names
    pattern = dict(after.explicit)["es:r18_test"]
    assert pattern.search("una palabranuevaderound aqui")
    assert "palabranuevaderound" in after.needed
    now = _kept_files(folder, "lexicon-es")
    assert first[0] in now and len(now) == 2  # a new stamp; the old file kept (another install)
    assert after == parse((data / "es.txt").read_text(encoding="utf-8"), "es", "es.txt")


def test_a_changed_engine_gives_another_stamp(monkeypatch: pytest.MonkeyPatch) -> None:
    same = crisis_compiled.stamp(b"phrases")
    assert crisis_compiled.stamp(b"phrases") == same != crisis_compiled.stamp(b"phrases!")
    monkeypatch.setattr(crisis_compiled, "_engine", lambda: b"another python or crisis_needs")
    assert crisis_compiled.stamp(b"phrases") != same


@pytest.mark.parametrize("damage", ["empty", "cut", "flipped", "garbage", "wrong shape"])
def test_a_damaged_lexicon_file_is_ignored_and_rebuilt(folder: Path, damage: str) -> None:
    good = lexicon("de")
    (path,) = _kept_files(folder, "lexicon-de")
    raw = path.read_bytes()
    if damage == "empty":
        path.write_bytes(b"")
    elif damage == "cut":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "flipped":  # one bit of one pattern's code: caught by the digest
        middle = len(raw) // 2
        path.write_bytes(raw[:middle] + bytes([raw[middle] ^ 1]) + raw[middle + 1:])
    elif damage == "garbage":
        path.write_bytes(b"\x00\xff" * 1000)
    else:  # a well-formed file of the wrong content
        import hashlib
        import marshal

        payload = marshal.dumps({"x": (1, 2, 3)})
        path.write_bytes(hashlib.sha256(payload).digest() + payload)
    lexicon.cache_clear()
    assert lexicon("de") == good == _plain("de")
    text = (DATA / "de.txt").read_text(encoding="utf-8")
    kept = programs("de", text)
    parse(text, "de", "de.txt", kept)
    assert kept.made == 0  # written again whole


def test_an_unwritable_folder_keeps_nothing(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BOUNCEBACK_CACHE_DIR", str(blocker))
    lexicon.cache_clear()
    try:
        assert lexicon("fr") == _plain("fr")
        model = cached_model(MODEL_PATH, read_model)
        assert model.score("je veux mourir") == read_model(MODEL_PATH).score("je veux mourir")
    finally:
        lexicon.cache_clear()


def test_turned_off(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(crisis_compiled.DISABLE_ENV, "off")
    assert lexicon("it") == _plain("it")
    cached_model(MODEL_PATH, read_model)
    assert not folder.exists()


def _same_model(a: crisis_model.CrisisModel, b: crisis_model.CrisisModel) -> None:
    assert list(a.index.items()) == list(b.index.items())
    assert np.array_equal(a.weights, b.weights) and a.weights.dtype == b.weights.dtype
    assert np.array_equal(a.bias, b.bias)
    for text in TEXTS:
        assert a.score(text) == b.score(text)


def test_the_model_read_back_is_the_model(folder: Path) -> None:
    plain = read_model(MODEL_PATH)
    built = cached_model(MODEL_PATH, read_model)
    _same_model(built, plain)
    assert len(_kept_files(folder, "model")) == 2  # the features and the weights

    def never(path: Path) -> crisis_model.CrisisModel:
        raise AssertionError("read again")

    again = cached_model(MODEL_PATH, never)
    _same_model(again, plain)
    assert not again.weights.flags.writeable  # mapped read-only, shared between processes


def test_a_changed_model_is_noticed(folder: Path, tmp_path: Path) -> None:
    data = json.loads(gzip.decompress(MODEL_PATH.read_bytes()))
    data["bias"] = [b + 0.5 for b in data["bias"]]
    changed = tmp_path / "model.json.gz"
    changed.write_bytes(gzip.compress(json.dumps(data).encode()))
    first = cached_model(MODEL_PATH, read_model)
    second = cached_model(changed, read_model)
    assert not np.array_equal(first.bias, second.bias)
    _same_model(second, read_model(changed))
    _same_model(cached_model(MODEL_PATH, read_model), first)


@pytest.mark.parametrize("which", [".marshal", ".f64"])
def test_a_damaged_model_file_is_ignored_and_rebuilt(folder: Path, which: str) -> None:
    cached_model(MODEL_PATH, read_model)
    (path,) = [p for p in _kept_files(folder, "model") if p.suffix == which]
    raw = path.read_bytes()
    path.write_bytes(raw[:100] + bytes([raw[100] ^ 4]) + raw[101:])
    reads: list[Path] = []

    def counted(p: Path) -> crisis_model.CrisisModel:
        reads.append(p)
        return read_model(p)

    _same_model(cached_model(MODEL_PATH, counted), read_model(MODEL_PATH))
    assert reads == [MODEL_PATH]  # read from the shipped file, and kept again
    _same_model(cached_model(MODEL_PATH, counted), read_model(MODEL_PATH))
    assert reads == [MODEL_PATH]


def test_the_check_decides_alike_from_a_fresh_and_a_kept_form(folder: Path) -> None:
    texts = [json.loads(line)["text"] for line in
             (Path(__file__).resolve().parents[2] / "corpora" / "crisis" / "heldout.jsonl")
             .read_text(encoding="utf-8").splitlines() if line.strip()]
    fresh = [crisis.rules_only(t) for t in texts]
    lexicon.cache_clear()  # now from the files just written
    assert [crisis.rules_only(t) for t in texts] == fresh


def test_a_missing_model_file_still_says_how_to_rebuild(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="train_crisis_model"):
        cached_model(tmp_path / "no-model.json.gz", read_model)


def _same_floored(a: crisis_model.CrisisModel, b: crisis_model.CrisisModel) -> None:
    """Round 19: two models with floors alike: the one index, every model's weights side by side,
    every bias, each floor as a model, and the readings."""
    assert list(a.index.items()) == list(b.index.items())
    assert np.array_equal(a._stack, b._stack) and np.array_equal(a._biases, b._biases)
    assert len(a.floors) == len(b.floors) > 0
    for x, y in zip(a.floors, b.floors, strict=True):
        _same_model(x, y)
    for text in TEXTS:
        assert a.score(text) == b.score(text)


def test_the_shipped_model_with_floors_is_the_files_model(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check's model with floors (its own weights from the kept form, the floors from their
    file) reads as the two files read plainly, first time and from the kept form."""
    data = json.loads(gzip.decompress(MODEL_PATH.read_bytes()))
    earlier = dict(data, bias=[b + d for b, d in zip(data["bias"], (0.8, 0.0, -0.8), strict=True)],
                   vocabulary=data["vocabulary"][::2], weights=[
                       w for i in range(0, len(data["vocabulary"]), 2)
                       for w in data["weights"][3 * i:3 * i + 3]])
    floors = tmp_path / "floors.json.gz"
    floors.write_bytes(crisis_model.floors_bytes([*crisis_model.read_floors(), earlier]))
    monkeypatch.setattr(crisis_model, "FLOORS_PATH", floors)
    crisis_model.shipped_model.cache_clear()
    try:
        first = crisis_model.shipped_model()
        assert _kept_files(folder, "model")  # the own weights kept
        crisis_model.shipped_model.cache_clear()
        again = crisis_model.shipped_model()
        plain = read_model(MODEL_PATH, floors)
        _same_floored(first, plain)
        _same_floored(again, plain)
        assert any(first.score(t) != crisis_model.read_model(MODEL_PATH).score(t) for t in TEXTS)
    finally:
        crisis_model.shipped_model.cache_clear()
