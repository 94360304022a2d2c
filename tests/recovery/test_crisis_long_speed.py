"""Round 29 (issue 15's speed on long entries): the same text out, less work.

On a long text (crisis_text.LONG_TEXT characters, crisis_english_live.is_long) three loops now
try a pattern only where the text, as it stands at that point, holds one of the strings the
pattern cannot match without (crisis_needs.needs, a necessary condition):

- normalise's contractions and slang (crisis_text._rewrites);
- the English harmless idioms the n-gram model replaces by a marker word
  (crisis_model.text_sentences) and the gentle step removes (crisis_gentle.idiom_free);

and fix_typos replaces words only when one of its slips is there. The oracles below are the
loops as they were before (every pattern on every text): on every long text of corpora/crisis,
the retired rounds and long entries joined from them, the outputs must be identical strings.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bounceback.recovery import crisis_gentle, crisis_model, crisis_text
from bounceback.recovery.crisis_english_live import is_long
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_lang import candidates
from bounceback.recovery.crisis_lexicon import lexicon
from bounceback.recovery.crisis_multi import sentences, without_idioms
from bounceback.recovery.crisis_phrases import FALSE_RE

ROOT = Path(__file__).resolve().parents[2]

# Written for this test: contractions, slang, typos and idioms inside long entries.
OWN = [
    ("I can't keep doing this. I don't think anyone would notice. I'm so tired, I've tried "
     "everything and it's not working, wanna just stop. Gonna go for a walk anymore? "
     "Honestly I wnat to exsist less. kms lol. sewer slide jokes aren't funny anymore. ") * 3,
    ("The interview killed me, I'm dying to hear back, that presentation was career suicide "
     "but I'd kill for this job. Id rather not. Ill be fine. It's what it is. ") * 4,
    ("*sigh* ~~ long week __ again. " * 30),
    "Nothing special today, just sent two applications and cooked dinner. " * 8,
]


def _texts() -> list[str]:
    paths = sorted((ROOT / "corpora" / "crisis").rglob("*.jsonl"))
    paths += sorted((ROOT / "corpora" / "retired").glob("round*/crisis/*.jsonl"))
    texts = [json.loads(line)["text"] for path in paths
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    joined = [" ".join(texts[i:i + 10]) for i in range(0, len(texts), 89)]
    return [t for t in texts if len(t) >= 150] + joined + OWN


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = _texts()
    assert len(found) > 2000
    return found


def old_fix_typos(text: str) -> str:
    typos = crisis_text._typo_map()
    return crisis_text._WORD.sub(lambda m: typos.get(m.group(0), m.group(0)), text)


def old_normalise(text: str) -> str:
    out = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    out = out.replace("\u201c", '"').replace("\u201d", '"').replace("\u2014", ", ")
    out = old_fix_typos(out)
    for pattern, repl in crisis_text._CONTRACTIONS_RE:
        out = pattern.sub(repl, out)
    for pattern, repl in crisis_text._SLANG_RE:
        out = pattern.sub(repl, out)
    out = re.sub(r"[*_~]+", " ", out)
    return re.sub(r"[ \t]+", " ", out)


def old_text_sentences(text: str) -> list[str]:
    languages = candidates(text) if text.strip() else ()
    out = []
    for sentence in sentences(normalise_old_folded(text)):
        if "en" in languages:
            for pattern in FALSE_RE:
                sentence = pattern.sub(" harmlessidiom ", sentence)
        for lang in ("global", *languages):
            lex = lexicon(lang)
            if lex is not None:
                sentence = without_idioms(sentence, lex)
        out.append(sentence)
    return out or [""]


def normalise_old_folded(text: str) -> str:
    return old_normalise(fold(text))


def old_idiom_free(text: str, languages: tuple[str, ...]) -> str | None:
    lexicons = [lex for lex in (lexicon(lang) for lang in ("global", *languages)) if lex is not None]
    out, changed = [], False
    for sentence in sentences(fold(text)):
        cleaned = sentence
        if "en" in languages:
            for pattern in FALSE_RE:
                cleaned = pattern.sub(" ", cleaned)
        for lex in lexicons:
            cleaned = without_idioms(cleaned, lex)
        changed = changed or cleaned != sentence
        cleaned = " ".join(cleaned.split())
        if cleaned:
            out.append(cleaned)
    return ". ".join(out) if changed else None


def test_normalise_is_the_same_on_every_long_text(texts: list[str]) -> None:
    differ = [t[:80] for t in texts if crisis_text.normalise(t) != old_normalise(t)]
    assert not differ, differ[:5]
    folded = [fold(t) for t in texts]
    differ = [t[:80] for t in folded if crisis_text.normalise(t) != old_normalise(t)]
    assert not differ, differ[:5]
    # the rewrites did rewrite: the comparison is not between untouched texts
    assert sum(old_normalise(t) != t.lower() for t in texts) > 300


def test_fix_typos_is_the_same(texts: list[str]) -> None:
    lowered = [t.lower() for t in texts]
    assert [crisis_text.fix_typos(t) for t in lowered] == [old_fix_typos(t) for t in lowered]
    assert crisis_text.fix_typos("i wnat to go, i wnat") == "i want to go, i want"


def test_the_models_sentences_are_the_same_on_every_long_text(texts: list[str]) -> None:
    differ = [t[:80] for t in texts if crisis_model.text_sentences(t) != old_text_sentences(t)]
    assert not differ, differ[:5]
    marked = sum("harmlessidiom" in s for t in texts for s in crisis_model.text_sentences(t))
    assert marked > 20


def test_the_gentle_steps_idiom_removal_is_the_same(texts: list[str]) -> None:
    for t in texts:
        languages = candidates(t)
        assert crisis_gentle.idiom_free(t, languages) == old_idiom_free(t, languages), t[:80]


class _Counted:
    """A rewrite pattern that counts its runs (the real pattern does the work)."""

    def __init__(self, pattern: re.Pattern[str], runs: list[str]) -> None:
        self.pattern, self.runs = pattern, runs

    def sub(self, repl: str, text: str) -> str:
        self.runs.append(self.pattern.pattern)
        return self.pattern.sub(repl, text)


def test_a_long_text_runs_only_the_rewrites_it_may_need(monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[str] = []
    real = crisis_text._rewrites()
    monkeypatch.setattr(crisis_text, "_rewrites",
                        lambda: tuple((_Counted(p, runs), r, n) for p, r, n in real))
    plain = "Nothing special today, sent two applications and cooked dinner. " * 6
    assert len(plain) >= crisis_text.LONG_TEXT and is_long(plain)
    assert crisis_text.normalise(plain) == old_normalise(plain)
    assert len(runs) < len(real) // 2
    runs.clear()
    heavy = "I can't do this and I won't pretend, wanna kms. " * 5
    assert crisis_text.normalise(heavy) == old_normalise(heavy)
    assert any("can" in r for r in runs) and any("k ?m ?s" in r for r in runs)


def test_idioms_outside_the_text_are_not_tested_and_the_clauses_come_out_the_same() -> None:
    from bounceback.recovery.crisis_english_live import _idioms, clean, idioms_in
    from bounceback.recovery.crisis_text import sentences as english_sentences
    from bounceback.recovery.crisis_text import split_clauses

    plain = crisis_text.normalise(OWN[1] + OWN[3])
    clauses_ = [c for s in english_sentences(plain) for c in split_clauses(s)]
    within = idioms_in(clauses_)
    assert 0 < len(within) < len(_idioms())
    career = next(i for i, (p, _) in enumerate(_idioms()) if p.search("that was career suicide"))
    assert career in within and career not in idioms_in(["nothing special today"])
    for clause in clauses_:
        assert clean(clause, True, within=within) == clean(clause) == clean(clause, True)
