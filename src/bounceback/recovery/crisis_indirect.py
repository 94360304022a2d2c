"""Indirect statements: the means seen or held, a place stood on, things given away, a date, a
last entry (round 21, issue 15).

The phrase lists' indirect kinds (round 4 and later, in every language: a bridge or a balcony
stood on and looked down from, pills counted or set aside, the beam that would hold, things
given away because they "won't be needed", a pet handed on, a date set, a last entry, the life
insurance, hoping to be hit, looking up how many) ask as heavy phrases. In every labelled corpus
they are written almost only by people in danger: over the helpers' texts and sets A and D they
matched 446 texts, 445 explicit statements and 1 heavy text; over strangers AD, AE and AF,
explicit statements only. So such a phrase gives the full message, as an explicit phrase does,
when the n-gram model agrees (its explicit reading, of the text or of one sentence, at least
AGREES; its concern alone is not enough: "last entry of this job diary: I got the offer" reads
0.52 there) and the phrase is the writer's own: not negated, no one else named just before it in
its clause ("my brother stood on the bridge"), not in a joking condition (crisis.py adds: no rule
lowered a phrase, and the text neither laughs, tells a story, puts a past behind it nor is a
condition on something happening again). AGREES was chosen on the helpers' texts and strangers
AD and AE (0.35 raised 123 statements, 116 of the helpers' and 7 of AD and AE, and no heavy or
ordinary text; 0.3 raised a heavy text; scripts/crisis_indirect_kinds.py),
and tested on stranger AF and round 21's own dev texts (docs/crisis-safety.md).
"""

from __future__ import annotations

import re

from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_lexicon import lexicon
from bounceback.recovery.crisis_multi import about_other, negated, sentences, without_idioms
from bounceback.recovery.crisis_readable import spellings

KINDS = re.compile(
    r"^\w+:r\d+h?_(wont_need|stand|pet|hold|count|which|howmany|set_aside|farewell\d?|"
    r"means_look|date|last|insurance\d?|ready|no_return|road|balcony|how_many|how_much_kills|"
    r"truck|hit)$")
AGREES = 0.35


def asked_by_kind(signs: tuple[str, ...]) -> bool:
    """Whether an indirect kind's phrase is among the signs (as said: not negated or softened)."""
    return any(KINDS.match(s) for s in signs)


def own(text: str, languages: tuple[str, ...]) -> bool:
    """Whether an indirect kind's phrase of a language read is the writer's own: matched, not
    negated, no one else named just before it, not in a sentence the list reads as a joke (a
    condition with a laugh; a laugh anywhere is crisis.why's)."""
    folded = fold(text)
    for lang in languages:
        lex = lexicon(lang)
        if lex is None:
            continue
        kinds = [(name, pattern) for name, pattern in lex.heavy if KINDS.match(name)]
        # the other spellings the lists read too (round 20: Russian in Latin letters, pinyin)
        for sentence in [s for t in (folded, *spellings(folded, lang)) for s in sentences(t)]:
            if any(p.search(sentence) for p in lex.joking):
                continue
            clean = without_idioms(sentence, lex)
            for _, pattern in kinds:
                for match in pattern.finditer(clean):
                    if not (negated(clean, match.start(), lex)
                            or about_other(clean, match.start(), lex)):
                        return True
    return False
