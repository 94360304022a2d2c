"""Round 32 (crisis46): "this commute to the interview is killing me" asks nothing.

The phrase lists' "killing me" asked about 13 ordinary entries of the retired rounds 8-23 and
G26a, G27a (no heavy or explicit one there): a commute, a cover letter portal, a recruiter, the
heat in the metro, a queue at the tax office, with words between the thing and "is killing me"
that the harmless-idiom lines did not allow. The same thing with words between is now harmless
(crisis_phrases.FALSE_ALARMS, es.txt [idiom]); the despair ("this job search is killing me",
"the loneliness is killing me", "esta soledad me está matando") still asks. Texts written for
this test; the ordinary ones get the question on main (19e82d4).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

ORDINARY = [
    ('en', 'This commute to the assessment centre is killing me, 90 minutes each way.'),
    ('en', 'the cover letter portal on this site is killing me. four boxes for the same answer'),
    ('en', 'My boss at the temp job is literally killing me with these 7am calls.'),
    ('es', 'Este calor en el autobús me está matando, y la entrevista es a las cuatro.'),
    ('es', 'La cola del paro me está matando, llevo dos horas de pie.'),
]

STILL_ASKS = [
    ('en', 'the commute and the loneliness is killing me'),
    ('en', 'this job search is literally killing me'),
    ('en', 'The silence after every interview is killing me.'),
    ('es', 'Lo de la cola da igual, esta soledad me está matando.'),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_everyday_irritant_asks_nothing(lang: str, text: str) -> None:
    assert assess(text).level == CrisisLevel.NONE, (lang, text)


@pytest.mark.parametrize(("lang", "text"), STILL_ASKS)
def test_despair_still_asks(lang: str, text: str) -> None:
    assert assess(text).level != CrisisLevel.NONE, (lang, text)
