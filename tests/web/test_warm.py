"""A server loads what every process loads once (templates, the shipped skills vocabulary, the
ORM's mappers, the outlook's model) before it answers, so that the first view of a page after
the server (or a worker) started costs what every later view costs: the first view of an
application compiled five templates and read the vocabulary (450 ms of processor time at
5,000 applications against 13 ms once warm; `make bench` measures the first views)."""

from __future__ import annotations

import re
from typing import Any

import jinja2
import pytest


def test_first_views_compile_no_template(demo_web: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str | None] = []
    real = jinja2.Environment.compile

    def counting(self, source, name=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        compiled.append(name)
        return real(self, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    board = demo_web.get("/board").text
    first = re.findall(r'data-id="(\d+)"', board)[0]
    for path in ("/", "/outlook", f"/applications/{first}", "/insights", "/journal/write",
                 "/practice", "/settings"):
        assert demo_web.get(path).status_code == 200, path
    assert compiled == []


def test_the_shipped_vocabulary_is_read_before_the_first_page(demo_bb: Any) -> None:
    from bounceback.services.skills import _shared_builtin
    from bounceback.skills.occupations import _occupations

    from .conftest import make_web

    _shared_builtin.cache_clear()
    _occupations.cache_clear()
    for _web in make_web(demo_bb):  # started (its warm-up run), no page asked yet
        assert _shared_builtin.cache_info().currsize == 1
        assert _occupations.cache_info().currsize == 1


def test_the_crisis_check_is_ready_before_the_first_written_note(demo_bb: Any) -> None:
    """The first note, check-in or journal entry a worker saved compiled every language's
    phrase list inside its request (0.9 s of processor time holding the interpreter lock: the
    pages beside it waited; the first web write of a worker took 17-23 s under load)."""
    from bounceback.recovery import crisis_lexicon
    from bounceback.recovery.crisis_lang import LANGUAGES

    from .conftest import make_web

    crisis_lexicon.lexicon.cache_clear()
    for _web in make_web(demo_bb):  # started, nothing written yet
        for lang in LANGUAGES:
            assert lexicon_ready(lang), lang


def lexicon_ready(lang: str) -> bool:
    """Whether the phrase list of `lang` is compiled already (asked for without compiling)."""
    from bounceback.recovery import crisis_lexicon

    before = crisis_lexicon.lexicon.cache_info()
    crisis_lexicon.lexicon(lang)
    return crisis_lexicon.lexicon.cache_info().hits == before.hits + 1
