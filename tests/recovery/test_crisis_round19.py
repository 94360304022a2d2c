"""Round 19: the causes of the harmless lines the lead's round-18 retraining raised.

"Life goes on" is an everyday idiom; a Portuguese reassurance said now is not the farewell said
in the future; someone else's words reported in Ukrainian are about someone else; and the
encoder's full message over a harmless idiom stands only when the text without its idioms still
gets it. (The idioms that would change the n-gram model's training texts, "dead serious", "esse
calor vai me matar", "ölü gibi yorgunum", "ik lig dood", wait for the retraining: branch
crisis19-retrain.)
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery import crisis
from bounceback.recovery.crisis import CrisisCheck, assess, fold, rules_only
from bounceback.recovery.crisis_idiom_full import HELD, hold
from bounceback.recovery.crisis_lexicon import lexicon
from bounceback.recovery.crisis_phrases import FALSE_RE


def _idiom(lang: str, text: str) -> bool:
    lex = lexicon(lang)
    assert lex is not None and lex.idiom_re is not None
    return lex.idiom_re.search(fold(text)) is not None


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Het is niet de baan die ik wilde, maar het leven gaat door."),
    ("nl", "het leven gaat gewoon verder"),
    ("de", "Nicht mein Traumjob, aber das Leben geht weiter."),
    ("es", "No es el trabajo que quería, pero la vida sigue."),
    ("fr", "Pas le poste idéal, mais la vie continue."),
    ("it", "Non è il lavoro dei sogni, ma la vita va avanti."),
    ("pt", "Não é o emprego que eu queria, mas a vida segue."),
    ("pt", "vocês não precisam se preocupar comigo, arranjei um estágio"),
])
def test_everyday_idioms_are_read_as_idioms(lang: str, text: str) -> None:
    assert _idiom(lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "het leven gaat door zonder mij"),
    ("de", "das Leben geht weiter ohne mich"),
    ("es", "la vida sigue sin mí"),
    ("fr", "la vie continue sans moi"),
    ("it", "la vita va avanti senza di me"),
    ("pt", "a vida segue sem mim"),
    ("pt", "Em breve vocês não vão mais precisar se preocupar comigo."),
    ("pt", "logo não precisam se preocupar comigo"),
    ("pt", "vocês não precisam se preocupar comigo mais"),
    ("pt", "vou me matar hoje"),
    ("pt", "eu vou me matar, esse trabalho acabou comigo"),
])
def test_the_statements_beside_them_are_not(lang: str, text: str) -> None:
    assert not _idiom(lang, text)


@pytest.mark.parametrize("text", ["life goes on", "but life goes on, next week two interviews"])
def test_english_life_going_on_is_harmless(text: str) -> None:
    assert any(p.search(fold(text)) for p in FALSE_RE)


@pytest.mark.parametrize("text", ["i'm dead weight to everyone", "life goes on without me",
                                  "life will go on just fine without me", "i'd be better dead"])
def test_english_statements_beside_them_are_not(text: str) -> None:
    assert not any(p.search(fold(text)) for p in FALSE_RE)


def test_someone_elses_words_reported_in_ukrainian_are_about_someone_else() -> None:
    friend = ("Подруга написала вночі, що не хоче більше жити, після того як її звільнили. Я "
              "подзвонила її мамі і в Lifeline, зараз подругу підтримують. Я в порядку.")
    found = rules_only(friend)
    assert found.level == CrisisLevel.SOFT
    assert "uk:r19_reported_not_live:softened" in found.signs
    assert assess(friend).level != CrisisLevel.EXPLICIT
    for mine in ("Я написала подрузі, що не хочу більше жити.", "Не хочу більше жити."):
        assert assess(mine).level == CrisisLevel.EXPLICIT


def _check(level: CrisisLevel, *signs: str) -> CrisisCheck:
    return CrisisCheck(level, signs, ("nl",))


LINE = "Het is niet de baan die ik wilde, maar het leven gaat door."


def test_the_encoders_full_message_over_an_idiom_needs_the_text_without_it() -> None:
    rules = _check(CrisisLevel.NONE)
    found = _check(CrisisLevel.EXPLICIT, "model:soft", "encoder:explicit")
    read: list[str] = []

    def soft(text: str) -> CrisisCheck:
        read.append(text)
        return _check(CrisisLevel.SOFT, "model:soft")

    held = hold(rules, found, LINE, soft)
    assert held.level == CrisisLevel.SOFT and held.signs[-1] == HELD
    assert read and "leven gaat door" not in read[0] and "baan" in read[0]
    assert hold(rules, found, LINE, lambda t: _check(CrisisLevel.EXPLICIT)) == found
    nothing = hold(rules, found, LINE, lambda t: _check(CrisisLevel.NONE))
    assert nothing.level == CrisisLevel.SOFT  # never lower than the question


@pytest.mark.parametrize(("rules", "found", "text"), [
    (_check(CrisisLevel.NONE), _check(CrisisLevel.EXPLICIT, "model:soft", "encoder:explicit"),
     "Het is niet de baan die ik wilde, maar ik wil niet meer."),  # no idiom
    (_check(CrisisLevel.EXPLICIT, "nl:kill_self"),
     _check(CrisisLevel.EXPLICIT, "nl:kill_self"), LINE),  # a phrase's full message
    (_check(CrisisLevel.NONE), _check(CrisisLevel.EXPLICIT, "model:explicit"), LINE),  # n-gram
    (_check(CrisisLevel.NONE), _check(CrisisLevel.SOFT, "encoder:soft"), LINE),  # a question
])
def test_everything_else_is_left_as_it_is(rules: CrisisCheck, found: CrisisCheck,
                                          text: str) -> None:
    def never(t: str) -> CrisisCheck:
        raise AssertionError("read again")

    assert hold(rules, found, text, never) == found


def test_the_check_runs_the_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """crisis.assess reads the line with an encoder that finds it explicit only with the idiom
    (as the lead's retrained head did): the question, not the full message."""
    from bounceback.recovery.crisis_encoder import EncoderScores

    def reading(text: str) -> EncoderScores:
        return EncoderScores(0.97, 0.98) if "door" in text else EncoderScores(0.06, 0.1)

    monkeypatch.setattr(crisis, "encoder_scores", reading)
    found = assess(LINE)
    assert found.level == CrisisLevel.SOFT, found
    assert HELD in found.signs
