"""Round 33 (crisis49): every clause cut reads the one sentence splitter (crisis_sentences).

crisis_soften's "but" cut and crisis_urgent's conjunction cut split at "." with expressions of
their own: "3.5 mg", "Dr." and "z.B." ended a clause there, "…" and an emoji before more words
did not. Now they cut the splitter's sentences (issue 15).
"""

from __future__ import annotations

from bounceback.recovery.crisis_sentences import clause_at, clauses
from bounceback.recovery.crisis_soften import BUT_WORDS
from bounceback.recovery.crisis_urgent import CONJUNCTIONS
from bounceback.recovery.crisis_urgent import clause_at as urgent_clause_at


def test_a_number_or_an_abbreviation_ends_no_clause() -> None:
    text = "dr. weber gave me 3.5 mg tonight"
    at = text.index("tonight")
    assert urgent_clause_at(text, at, at + 7) == text


def test_an_ellipsis_and_an_emoji_end_a_clause() -> None:
    assert clauses("so tired… tonight is the night", CONJUNCTIONS, commas=True) == [
        "so tired", "tonight is the night"]
    assert clauses("rejected again 😭 tonight i'm done", BUT_WORDS) == [
        "rejected again 😭", "tonight i'm done"]


def test_the_readers_words_cut_and_are_left_out() -> None:
    assert clauses("years ago i wanted to die, but now i'm fine", BUT_WORDS) == [
        "years ago i wanted to die,", "now i'm fine"]
    assert clauses("the deadline is tonight, and i'm fine", CONJUNCTIONS, commas=True) == [
        "the deadline is tonight", "i'm fine"]


def test_a_span_keeps_its_own_clause() -> None:
    text = "cover letter due tonight and i'm gonna kill myself lol"
    at = text.index("kill")
    assert clause_at(text, at, at + 4, CONJUNCTIONS, commas=True).strip() == (
        "i'm gonna kill myself lol")
