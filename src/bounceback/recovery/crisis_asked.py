"""A phrase someone else ASKED about: the question, not the full message (round 26).

"My therapist asked if I'd had any thoughts of harming myself - honestly no, I'm just pissed
off." The phrase stands in an indirect question whose verb of asking has someone other than the
writer as its subject ("she asked if", "me preguntó si", "hat gefragt, ob", "спросила, не"):
the writer repeats a question, and states nothing. Retired rounds 11 and 12 (strangers' notes)
gave 22 such ordinary notes the full message, in 12 languages.

Read by the clause, not by word lists of answers or reassurances:

- the verb of asking is in the third person or has the writer as its object (a writer's own
  "I asked myself if I want to die", "me pregunto si", "我问自己" is not read here);
- the phrase lies in the asked clause itself: from the word that opens the question ("if",
  "si", "ob", "czy", "чи", "कि") to the clause's end (a comma, a dash, a full stop, or "and"/"but"
  opening a clause of the writer's own);
- what the text says without the sentences of such questions says nothing of concern: no
  phrase at any level, and the n-gram model's explicit reading of it under the question's bar
  for the language (crisis.QUESTION_FROM). "Ho detto di no. Ho mentito: ci penso ogni giorno"
  and "powiedziałam, że nie. Mam. I mam plan." keep the full message.

The lowered reading is the question (every line one tap away), never nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_reassure import vented

# The verb of asking with someone else as its subject, up to the word that opens the question.
ASKED = re.compile(
    r"(?<!\bi )(?<!\bi have )(?<!\bi've )\b(asked|asks|was asking|wanted to know)( me)?,? (if|whether)\b"
    r"|\b(me |le |te )?(preguntó|pregunta|preguntaba)( a mí)?,? si\b"
    r"|\b(me )?(perguntou|pergunta|perguntava)( para mim| pra mim| a mim)?,? se\b"
    r"|\b(hat|hatte) (mich )?(gefragt|wissen wollen),? ob\b|(?<!\bich )\bfragte (mich,? )?ob\b"
    r"|\b(m'a|a|m'avait|avait) demandé,? (si|s')"
    r"|\b(mi |ci )?(ha|aveva) chiesto,? se\b|\bmi chiede,? se\b"
    r"|(?<!\bik )\b(vroeg|vraagt)( me| mij)?,? of\b|\bheeft (me |mij )?gevraagd,? of\b"
    r"|\b(za)?pyta(ł|ła|ło)( mnie)?,? czy\b"
    r"|\b\w+(dığımı|diğimi|duğumu|düğümü|madığımı|mediğimi)\b[^.!?]{0,30}\bsordu\b"
    r"|(?<!\bя )\b(спросил|спросила|спрашивал|спрашивала|спрашивает)( меня)?,? (не |ли |есть ли )?"
    r"|(?<!\bя )\b(спитав|спитала|запитав|запитала|питав|питала|питає)( мене)?,? (чи )?"
    r"|سأل(ني|تني|وني|تنا)\s+(إذا|اذا|إن|ان|هل|لو)\b"
    r"|(?<!\S)ने (मुझसे )?पूछा,? (कि )?(क्या )?|\bne (mujhse )?poocha,? (ki )?(kya )?"
    r"|问我(有没有|是否|是不是|会不会|想没想过|有没)",
    re.IGNORECASE,
)
# Where the asked clause ends: a clause mark, or a conjunction opening a clause of its own.
CLAUSE_END = re.compile(
    r"[,;:.!?\u2014\u2013\u3001\u3002\uff0c\uff01\uff1f\u0964]| - "
    r"| (and|but|y|pero|mas|und|aber|et|mais|ma|maar|ale|ve|ama|и|но|і|але|و|لكن|बल्कि|और|लेकिन|aur|lekin) ",
)
# The writer's answer, read in the closed class of answers to a yes-or-no question (not a list of
# reassurances): a plain "no" right after the asked clause; no "yes", "I lied", "that's false" or
# "I couldn't say no" after it; and no contrast ("but", "pero", "aber", "但") or second negation
# after the answer ("I said no. But I have them every night", "That is not the truth").
NO = re.compile(
    r"\b(no|not|never|nope|nah|nein|nicht|nie|niemals|non|nee|niet|nooit|nunca|não|nao|jamais"
    r"|mai|per niente|para nada|hayır|hayir|asla|нет|ні|никогда|ніколи|nahi|nahin)\b"
    r"|(?<!\w)(لا|أبدا|أبداً|ابدا|نهائيا|مش)(?!\w)|नहीं|नही|没有|不是|沒有|从来没|从没|不",
    re.IGNORECASE,
)
YES = re.compile(
    r"\b(yes|yeah|yep|sí|sim|ja|oui|tak|evet|sì|да|так|haan|haa|lied|lying|lie|lies|false|kidding"
    r"|mentí|mentira|menti|mentii|mentito|faux|falso|falsch|gelogen|kłamałam|kłamałem|skłamałam"
    r"|skłamałem|nieprawda|yalan|соврал|соврала|солгал|солгала|неправда|збрехав|збрехала"
    r"|jhooth|loog)\b|\b(could ?n[o']?t|can ?not|can't|unable to) (\w+ )?say no\b"
    r"|(?<!\w)(نعم|ايوه|أيوه|أيوة|كذبت|غلط)(?!\w)|हाँ|हां|झूठ|是的|对|撒谎|骗|假的",
    re.IGNORECASE,
)
# The "no" as an answer of its own (followed by a clause mark or the end), not a verb's "not"
# ("Nie odpowiedziałem": I did not answer).
ANSWER_NO = re.compile(rf"(?:{NO.pattern})(?=\s*([,.!?;:\u060c\u3002\uff0c\uff01\uff1f\u0964\u2014\u2013-]|$))",
                       re.IGNORECASE)
CONTRAST = re.compile(
    r"\b(but|though|although|however|pero|aunque|sin embargo|porém|mas|aber|doch|jedoch|trotzdem"
    r"|mais|pourtant|ma|però|tuttavia|maar|toch|ale|jednak|ama|fakat|ancak|но|однако|але|проте"
    r"|lekin|magar|actually|honestly though)\b|(?<!\w)(لكن|بس)(?!\w)|लेकिन|मगर|但|可是|不过|其实",
    re.IGNORECASE,
)
LEAD = re.compile(r"[\s,;:.!?\u2014\u2013\-\u3001\u3002\uff0c\uff01\uff1f\u0964]*")
SENTENCE = re.compile(r"[^.!?\u3002\uff01\uff1f\u0964\n]+[.!?\u3002\uff01\uff1f\u0964\n]*")


def asked_sentences(text: str, explicit: Callable[[str], bool]) -> tuple[list[str], int]:
    """The sentences of `text` whose explicit phrase (by `explicit`, the phrase lists' reading)
    lies inside a question someone else asked, and where in `text` the last such asked clause
    ends (0 when none)."""
    found, end_at, start = [], 0, 0
    for sentence in SENTENCE.findall(text):
        at = text.index(sentence, start)
        start = at + len(sentence)
        for asked in ASKED.finditer(sentence):
            tail = sentence[asked.end():]
            clause = tail.lstrip()
            end = CLAUSE_END.search(clause)
            if explicit(clause[: end.start()] if end else clause):
                found.append(sentence)
                end_at = at + asked.end() + (len(tail) - len(clause)) + (end.start() if end else len(clause))
                break
    return found, end_at


def _first_sentence(text: str) -> str:
    """`text` up to the end of its first sentence (the clause marks and spaces before it kept)."""
    lead = LEAD.match(text)
    first = SENTENCE.match(text, lead.end() if lead else 0)
    return text[: first.end()] if first else text


def answered_no(text: str, end_at: int, languages: tuple[str, ...]) -> bool:
    """Whether the writer answered the question no and left it there: a "no" in the answer (the
    rest of the asked sentence, or the next sentence when the question ends it), a plain
    feeling named instead in it or the sentence after it (round 19's [vented] words of the
    languages read: "no, I'm just angry", "nein, ich bin nur sauer"), nothing after the asked
    clause taking it back, and no contrast or second negation after the answer. A bare "No."
    followed by "Only every day", "Just plans" or "the pills are ready" keeps the full
    message."""
    after = text[end_at:]
    answer = _first_sentence(after)
    beyond = after[len(answer):]
    instead = answer + _first_sentence(beyond)
    return (bool(ANSWER_NO.search(answer)) and vented(fold(instead), languages)
            and not YES.search(after) and not CONTRAST.search(after) and not NO.search(beyond))


def rest_of(text: str, asked: list[str]) -> str:
    """The text without the asked sentences."""
    for sentence in asked:
        text = text.replace(sentence, " ", 1)
    return " ".join(text.split())
