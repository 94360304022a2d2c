"""What the crisis check keeps in memory: the language detector holds only its 14 languages."""

from __future__ import annotations

from bounceback.recovery.crisis_lang import LANGUAGES, _identifier, candidates


def test_the_detector_keeps_only_the_check_s_languages() -> None:
    identifier = _identifier()
    # before: set_languages kept the full 97-language table (28 MB) alongside the 14 columns
    full_table = identifier._full_model[0]
    assert full_table.shape[1] == identifier.nb_ptc.shape[1] <= len(LANGUAGES)
    assert candidates("ich will nicht mehr leben")[0] == "de"
    assert candidates("ya no quiero vivir, estoy cansada de todo")[0] == "es"
