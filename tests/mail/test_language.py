"""Language detection: the languages bounceback reads, and py3langid's model kept in a cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback.mail import language

SAMPLES = {
    "en": ("Your application", "Thank you for applying. We will review your application soon."),
    "de": ("Ihre Bewerbung", "Vielen Dank für Ihre Bewerbung. Wir melden uns in Kürze bei Ihnen."),
    "fr": ("Votre candidature", "Nous avons bien reçu votre candidature et reviendrons vers vous."),
    "es": ("Tu candidatura", "Gracias por tu candidatura. Revisaremos tu perfil muy pronto."),
    "nl": ("Je sollicitatie", "Bedankt voor je sollicitatie. We nemen zo snel mogelijk contact op."),
    "it": ("La tua candidatura", "Grazie per la tua candidatura. Ti contatteremo al più presto."),
    "pt": ("A sua candidatura", "Obrigado pela sua candidatura. Entraremos em contacto em breve."),
    "pl": ("Twoja aplikacja", "Dziękujemy za przesłanie aplikacji. Skontaktujemy się wkrótce."),
    "sv": ("Din ansökan", "Tack för din ansökan. Vi återkommer till dig så snart vi kan."),
}


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOUNCEBACK_CACHE", str(tmp_path / "cache"))
    language.identifier.cache_clear()
    yield tmp_path / "cache"
    language.identifier.cache_clear()


def test_each_language_bounceback_reads_is_recognised() -> None:
    for lang, (subject, body) in SAMPLES.items():
        assert language.detect(subject, body) == lang


def test_text_without_words_counts_as_english() -> None:
    assert language.detect("", "") == "en"
    assert language.detect("12:30", "--- 555 ---") == "en"


def by_model(subject: str, body: str) -> str:
    """What py3langid says, without the function-word shortcut."""
    lang, _ = language.identifier().classify(f"{subject}\n{body}")
    return str(lang)


def test_function_words_settle_clear_cases_and_agree_with_the_model() -> None:
    long = {lang: (subject, f"{body} {body}") for lang, (subject, body) in SAMPLES.items()}
    for lang, (subject, body) in long.items():
        assert language.by_function_words(subject, body) in (lang, None)
        assert by_model(subject, body) == lang
    assert language.by_function_words(
        "Your application", "Thank you for applying to the role. We will review it and "
                            "get back to you.") == "en"
    # Words that several of the languages share ("de", "la", "en") settle nothing.
    assert language.by_function_words("", "de la en de la en") is None


def test_the_model_is_cached_and_the_cache_gives_the_same_answers(fresh_cache: Path) -> None:
    first = {lang: by_model(*text) for lang, text in SAMPLES.items()}
    assert (fresh_cache / "langid-model.bin").is_file()
    language.identifier.cache_clear()
    again = {lang: by_model(*text) for lang, text in SAMPLES.items()}
    assert first == again == {lang: lang for lang in SAMPLES}


def test_a_damaged_cache_is_replaced(fresh_cache: Path) -> None:
    fresh_cache.mkdir(parents=True)
    (fresh_cache / "langid-model.bin").write_bytes(b"bounceback-langid\n{not json")
    assert by_model(*SAMPLES["de"]) == "de"
    assert (fresh_cache / "langid-model.bin").stat().st_size > 1_000_000


def test_an_unwritable_cache_folder_still_detects(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BOUNCEBACK_CACHE", str(blocker / "cache"))
    language.identifier.cache_clear()
    try:
        assert by_model(*SAMPLES["sv"]) == "sv"
    finally:
        language.identifier.cache_clear()


def test_two_installs_of_one_model_share_the_cache(fresh_cache: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache is stamped by the model file's content, not its time: a second install (another
    virtual environment) of the same model reads the file the first wrote, and does not rewrite
    it (stamped by time, installs rewrote the 50 MB file in turn, ~1 s each first check)."""
    import os
    import shutil

    from py3langid import langid

    language.identifier()
    written = fresh_cache / "langid-model.bin"
    before = written.stat().st_mtime_ns
    other = tmp_path / "other-install"
    (other / langid.MODEL_FILE).parent.mkdir(parents=True)
    shutil.copy(Path(langid.MODEL_DIR) / langid.MODEL_FILE, other / langid.MODEL_FILE)
    os.utime(other / langid.MODEL_FILE, ns=(1, 1))  # installed at another time
    monkeypatch.setattr(langid, "MODEL_DIR", str(other))
    language.identifier.cache_clear()
    assert language.identifier() is not None
    assert written.stat().st_mtime_ns == before  # read, not rewritten
    same = language._source()[1]
    (other / langid.MODEL_FILE).write_bytes(b"a different model")
    assert language._source()[1] != same  # another model: another stamp
