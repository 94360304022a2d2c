"""Round 31's review: the crisis43 changes (crisis_multi.RECIPIENT, crisis_frame.beside_story)
on the reviewer's examples. Texts written for the review, none taken from any corpus.

1. the recipient rule stripped "给 + the next words" and "X ke liye" before any phrase, so
   someone else's own words (a sister who said she wants to kill herself) read as the writer's:
   now only before a farewell or letter phrase, and in Chinese only with 的/写/留 after it;
2. a sentence read alone lost a neighbour's laugh or past ("I want to die. Just kidding lol."):
   the rest of the entry read together must give no reason to ask instead;
3. the step's work is bounded: a huge entry is not read sentence by sentence.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery import crisis_frame
from bounceback.recovery.crisis import assess, rules_only
from bounceback.recovery.crisis_multi import takes_recipient

# Someone else's words after the person the writer called or messaged: the question, as on base.
SOMEONE_ELSES = [
    "昨天给妹妹打电话她说想自杀",
    "昨天给妹妹打电话她说想死",
    "我刚给朋友发消息他说不想活了",
    "给我哥打电话时他说想自杀，我很担心",
    "meri behen ke liye suicide hi rasta hai",
]

# Someone else's attempt beside the writer's own words, which a neighbour turns into a joke or a
# past put behind: the question, as on base (read alone, the own sentence gave the full message).
NEIGHBOUR_SOFTENS = [
    "My mum's friend attempted suicide. I want to die. Just kidding lol.",
    "My friend's brother attempted suicide. Anyway, I want to kill myself after that interview. "
    "Haha just kidding.",
    "Last year I wanted to kill myself. My friend's brother attempted suicide. I'm doing much "
    "better now, therapy helped a lot.",
    "My friend's brother attempted suicide. Years ago I tried to kill myself. I'm okay now and "
    "happy.",
    "My friend's brother attempted suicide. In my twenties I wanted to kill myself. That's behind "
    "me, I'm in a good place.",
]


@pytest.mark.parametrize("text", SOMEONE_ELSES, ids=lambda t: t[:20])
def test_someone_elses_words_after_a_recipient_get_the_question(text: str) -> None:
    assert assess(text).level == CrisisLevel.SOFT


@pytest.mark.parametrize("text", NEIGHBOUR_SOFTENS, ids=lambda t: t[:40])
def test_a_neighbouring_laugh_or_past_keeps_the_question(text: str) -> None:
    assert assess(text).level == CrisisLevel.SOFT


def test_a_recipient_stands_only_before_a_farewell_or_a_letter() -> None:
    assert takes_recipient("zh:farewell") and takes_recipient("hi:r15_note")
    assert takes_recipient("hi:note2") and takes_recipient("zh:r29_farewell_each")
    assert not takes_recipient("zh:kill_self") and not takes_recipient("zh:want_die")
    assert not takes_recipient("zh:r11_no_will") and not takes_recipient("hi:r5_only_way")


def test_the_letters_recipient_still_is_not_someone_else() -> None:
    # crisis43's statements (tests/recovery/test_crisis_round31.py), the recipient named first
    assert assess("给爸爸的遗书我昨晚写好了，放在枕头下面。").level == CrisisLevel.EXPLICIT
    assert assess("写给女朋友的遗书已经放在她的信箱里了，我不想再拖了。").level == CrisisLevel.EXPLICIT


def _counting(found: object, text: str) -> int:
    calls = []

    def alone(sentence: str):  # type: ignore[no-untyped-def]
        calls.append(sentence)
        return rules_only(sentence)

    def rules(sentence: str):  # type: ignore[no-untyped-def]
        calls.append(sentence)
        return rules_only(sentence)

    crisis_frame.beside_story(found, text, rules, alone)  # type: ignore[arg-type]
    return len(calls)


def test_a_huge_entry_is_not_read_sentence_by_sentence() -> None:
    story = "My friend's brother attempted suicide. "
    huge = story + " ".join(f"I went to the shop number {i} and felt sad." for i in range(2500))
    found = rules_only(story)
    assert found.level == CrisisLevel.SOFT
    assert _counting(found, huge) == 0
    many = story + " ".join(f"Shop {i}." for i in range(crisis_frame.MAX_PARTS + 5))
    assert len(many) <= crisis_frame.MAX_TEXT
    assert _counting(found, many) == 0


def test_a_long_entry_reads_few_sentences_alone() -> None:
    story = "My friend's brother attempted suicide. "
    own = " ".join(f"I want to die {i}." for i in range(crisis_frame.MAX_PARTS - 5))
    found = rules_only(story)
    calls = _counting(found, story + own)
    # the phrase lists once per sentence, then at most MAX_ALONE sentences alone (and the rest)
    assert calls <= crisis_frame.MAX_PARTS + 2 * crisis_frame.MAX_ALONE
