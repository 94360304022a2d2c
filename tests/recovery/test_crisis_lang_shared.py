"""The crisis check's language detector shares the email reader's mapped tables (round 16: a
server process kept py3langid's own tables, 50 MB, after its first note): the same languages in
the same order with the same shares as the detector opened from py3langid's file (the code
before, kept here as the oracle), on the helpers' held-out texts in every language, whether the
email reader's tables come from the cache folder (mapped) or were just opened and written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bounceback.mail import language
from bounceback.recovery import crisis_lang

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "crisis"


def _oracle() -> Any:
    """crisis_lang._identifier as it was before round 16."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(crisis_lang.LANGUAGES))
    return identifier


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in
             (CORPUS / "heldout.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for path in sorted((CORPUS / "authors").glob("*.jsonl")):  # every author, every 7th text
        texts += [json.loads(line)["text"] for line in
                  path.read_text(encoding="utf-8").splitlines()[::7] if line.strip()]
    return texts


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BOUNCEBACK_CACHE", str(tmp_path / "cache"))
    language.identifier.cache_clear()
    crisis_lang._identifier.cache_clear()
    crisis_lang.candidates.cache_clear()
    yield tmp_path / "cache"
    language.identifier.cache_clear()
    crisis_lang._identifier.cache_clear()
    crisis_lang.candidates.cache_clear()


@pytest.mark.parametrize("cache", ["written now", "mapped"])
def test_the_shared_tables_rank_languages_as_py3langids_own(fresh: Path, cache: str) -> None:
    if cache == "mapped":
        language.identifier()  # writes the cache folder's tables
        language.identifier.cache_clear()
        crisis_lang._identifier.cache_clear()
    oracle, shared = _oracle(), crisis_lang._identifier()
    assert (fresh / "langid-model.bin").exists()
    # the automaton is the email reader's, mapped from the file (not a copy of its own)
    assert shared.tk_nextmove is language.identifier().tk_nextmove
    assert isinstance(shared.tk_nextmove, memoryview)
    texts = _texts()
    assert len(texts) > 900
    languages = set()
    for text in texts:
        expected = oracle.rank(text)
        found = shared.rank(text)
        assert [lang for lang, _ in found] == [lang for lang, _ in expected], text
        assert [float(p) for _, p in found] == pytest.approx([float(p) for _, p in expected],
                                                             rel=1e-6, abs=1e-9), text
        languages.add(expected[0][0])
    assert len(languages) >= 10  # the texts' languages, not one language's
