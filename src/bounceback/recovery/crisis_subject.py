"""Whose phrase it is when someone else is named just before it (round 25, crisis28; mended by crisis28b).

`crisis_multi.about_other` reads a phrase as someone else's when a "he", "she" or a relative
stands up to 40 characters before it in the same clause. That is right for "my brother wants to
die" and wrong for "depuis qu'elle est morte je veux me suicider" (since she died I want to kill
myself): there the person is the subject of a clause of time or cause ("since", "because",
"when", "after") and the phrase has its own subject, the writer ("je veux", "ich will", "я хочу",
"我就想", Turkish "istiyorum"). Before this round such a statement got only the question in 13
languages (English reads its own structure and was right).

The phrase is the writer's own when, in its clause (mended by crisis28b after round 25's review
found someone else's shouted or repeated words and an "I" near the phrase read as the writer's):
- the person is the subject of a clause of time or cause: its opener stands at most two words
  before them ("depuis qu'elle", "seit mein Vater", "منذ أن ماتت أمي"); Turkish and Chinese close
  the clause after them ("öldüğünden beri", "走了以后") and after the closer stands only the
  writer's subject;
- no verb of speech of any kind (stems: say, sing, write, think, shout, scream, cry, repeat,
  threaten, "told me"), no quote mark and no colon stands between the person and the phrase,
  and none is the word right after it (in the next sentence too: "istiyorum! diye bağırdı");
- the writer is the phrase's own subject: the phrase starts with a first-person form ("quiero",
  "je veux", "اريد"; Turkish: its verb ends in the first person) or the word right before it is
  the writer's pronoun, or the pronoun and one first-person modal ("я хочу", "ich will"); no
  more than five words stand between the person and the phrase, so a named person there ("glaube
  ich Anna will sterben", "我奶奶就想死") keeps it someone else's.
Otherwise the old reading stands (the question).

Folded text (crisis_fold.py): no accents, lower case. Polish "chcę" folds to "chce", which is
also "he wants", so Polish needs "ja"; a pro-drop 1st person there stays the question.
"""

from __future__ import annotations

import re

_OPENERS = {
    "fr": r"depuis|parce qu'?|quand|lorsqu'?|apres qu'?|puisqu'?",
    "es": r"desde que|porque|cuando|despues de que|ya que",
    "pt": r"desde que|porque|quando|depois que|ja que",
    "it": r"da quando|perche|quando|dopo che|visto che|siccome|poiche",
    "de": r"seit|seitdem|weil|nachdem|als",
    "nl": r"sinds|omdat|toen|nadat",
    "pl": r"od kiedy|odkad|bo|poniewaz|kiedy|gdy|po tym jak",
    "ru": r"с тех пор как|потому что|когда|после того как|так как",
    "uk": r"відколи|з тих пір як|тому що|бо|коли|після того як|оскільки",
    "ar": r"منذ|من يوم|من وقت|من لما|لما|بعد ما|بعد ان|لان|عشان",
    "hi": r"जब से|क्योंकि|जब|jab se|kyunki|jab",
    "zh": r"自从|自打|因为",
    "tr": r"",
}
# Closing a clause of time or cause after the person (head-final): Turkish and Chinese.
_CLOSERS = {
    "tr": r"\b(beri|icin|sonra|yuzunden)\b",
    "zh": r"(以后|之后|以来|后)",
}
_FIRST = {
    "fr": r"(?<!\w)(je|moi)\b|(?<!\w)j'",
    "es": r"\b(yo|quiero|quisiera|voy|pienso|deseo|necesito|prefiero|tengo)\b",
    "pt": r"\b(eu|quero|queria|vou|penso|preciso|tenho)\b",
    "it": r"\b(io|voglio|vorrei|penso|devo)\b",
    "de": r"\bich\b",
    "nl": r"\bik\b",
    "pl": r"\bja\b",
    "ru": r"(?<!\w)я(?!\w)",
    "uk": r"(?<!\w)я(?!\w)",
    "ar": r"(?<!\w)(انا|اريد|بدي|ابغي|ابغا|عايز|عاوز|عايزه|عاوزه|نفسي|اتمني|افكر|بفكر)(?!\w)",
    "hi": r"(मैं|मुझे|(?<!\w)(main|mujhe)(?!\w))",
    "zh": r"我",
    "tr": r"(?<!\w)ben(?!\w)",
}
# A verb of speech of any kind between the person and the phrase, or right after it: their
# words, a song or a threat (round 25's review: shouting, screaming, crying, repeating,
# threatening, "told me", Arabic attached pronouns, past forms). Stems, not a closed list of
# forms; together with the position rules below a missing stem cannot raise: the person must be
# the subject of the opened clause and the writer's own subject must stand right before the
# phrase's verb.
_REPORTED = {
    "fr": r"\b(que|qu'|di[st]\w*|chant\w*|ecri\w*|pens\w*|cri\w*|hurl\w*|repet\w*|menac\w*|"
          r"gueul\w*|pleur\w*|brai\w*|raconte\w*|murmur\w*)\b",
    "es": r"\b(que|dic\w*|dij\w*|dec\w*|cant\w*|escrib\w*|pien\w*|cree|grit\w*|chill\w*|"
          r"repit\w*|repet\w*|amenaz\w*|llor\w*)\b",
    "pt": r"\b(que|diz\w*|diss\w*|cant\w*|escrev\w*|acha|pens\w*|grit\w*|berr\w*|repet\w*|"
          r"ameac\w*|chor\w*|fal\w*)\b",
    "it": r"\b(che|dic\w*|dett\w*|diss\w*|cant\w*|scriv\w*|pens\w*|cred\w*|url\w*|grid\w*|"
          r"ripet\w*|minacc\w*|piang\w*)\b",
    "de": r"\b(dass|das|sag\w*|gesagt|sing\w*|sang\w*|gesungen|schreib\w*|schrieb\w*|denk\w*|"
          r"dacht\w*|mein\w*|glaub\w*|brull\w*|schrei\w*|ruf\w*|rief\w*|wiederhol\w*|droh\w*|"
          r"wein\w*|heul\w*)\b",
    "nl": r"\b(dat|zeg\w*|zei\w*|gezegd|zing\w*|zong\w*|schrijf\w*|schreef\w*|denk\w*|dacht\w*|"
          r"vind\w*|roep\w*|riep\w*|schreeuw\w*|gil\w*|herhaal\w*|dreig\w*|huil\w*)\b",
    "pl": r"\b(ze|mow\w*|powiedzi\w*|spiew\w*|pisz\w*|pisal\w*|mysl\w*|krzycz\w*|krzyk\w*|"
          r"wrzeszcz\w*|powtarz\w*|grozi\w*|placz\w*|plak\w*)\b",
    "ru": r"(?<!\w)(что|чтобы|говор\w*|сказ\w*|по[её]т|пел\w*|пиш\w*|писал\w*|дума\w*|крич\w*|"
          r"ор[её]т|орал\w*|повтор\w*|угрожа\w*|плач\w*|плакал\w*)(?!\w)",
    "uk": r"(?<!\w)(що|щоб|каж\w*|сказа\w*|співа\w*|пиш\w*|писа\w*|дума\w*|крич\w*|кричал\w*|"
          r"повтор\w*|погрожу\w*|плач\w*|плака\w*)(?!\w)",
    "ar": r"(?<!\w)(\w{0,2}قال\w*|\w{0,2}قول\w*|\w{0,2}قل\w*|\w{0,2}غن\w*|كتب\w*|\w{0,2}فكر\w*|"
          r"\w{0,2}صرخ\w*|\w{0,2}صرخ\w*|\w{0,2}صيح\w*|\w{0,2}صوت\w*|\w{0,2}زعق\w*|\w{0,2}يعيط\w*|"
          r"\w{0,2}تعيط\w*|\w{0,2}بكي\w*|\w{0,2}يبكي\w*|\w{0,2}هدد\w*|\w{0,2}عيد\w*|\w{0,2}كرر\w*)(?!\w)",
    "hi": r"(कि|कह|बोल|गा|चिल्ला|रो|दोहरा|धमका|(?<!\w)(ki|kah\w*|bol\w*|chilla\w*|ro\w*)(?!\w))",
    "zh": r"(说|唱|以为|觉得|写|喊|叫|吼|哭|骂|嚷|念叨|重复|威胁|告诉)",
    "tr": r"(?<!\w)(diye|de\w*|yaz\w*|soyl\w*|bagir\w*|sarki\w*|agla\w*|tekrar\w*|tehdit\w*|"
          r"hayki\w*|cigli\w*)(?!\w)",
}
# Any quote mark or colon between the person and the phrase, or right after it, makes it words
# someone said (Turkish "...istiyorum" diye; a colon before a line).
QUOTED = re.compile(r"[\"“”„«»‹›「」『』:：]")
_TR_FIRST_VERB = re.compile(r"\w*(um|im)$")
_TR_BETWEEN = re.compile(r"[,\s]*(ben[,\s]+)?((artik|hep|sadece|gercekten|cok)\s+)?")
_ZH_SUBJECT = re.compile(r"[,，\s]*我(就|也|真的|只|都|便|一直|总是)?(想|要|只想|真想|打算|准备)?[,，\s]*$")
# A first-person modal between the writer's pronoun and the phrase ("я хочу | покончить с
# собой", "ich will | sterben"): only these, so that "ich mama will sterben" stays someone's.
MODAL = {
    "fr": r"veux|vais|voudrais|dois|compte",
    "de": r"will|werde|muss|mochte|moechte|wollte",
    "nl": r"wil|ga|zal|moet",
    "pl": r"chce|chcialbym|chcialabym|musze|zaraz|moge",
    "ru": r"хочу|буду|могу|решил|решила|собираюсь|готов|готова",
    "uk": r"хочу|буду|можу|вирішив|вирішила|збираюся|готовий|готова",
    "hi": r"भी|अब|तो|(?<!\w)(bhi|ab|to)(?!\w)",
}
MODALS = {k: re.compile(rf"({v})") for k, v in MODAL.items()}

OPENERS = {k: re.compile(rf"(?<!\w)({v})(?!\w)\W*(\S+\s*){{0,2}}$")
           for k, v in _OPENERS.items() if v}
CLOSERS = {k: re.compile(v) for k, v in _CLOSERS.items()}
FIRST = {k: re.compile(v) for k, v in _FIRST.items()}
REPORTED = {k: re.compile(v) for k, v in _REPORTED.items()}
_WORD_END = re.compile(r"\w*")
GAP_WORDS = 5  # the rest of the other's short clause ("est morte", "mich verlassen hat") + "I"
ZH_GAP_CHARS = 6


def _word_rest(text: str) -> int:
    """Where the word that `text` starts inside (the rest of the phrase's last word) ends."""
    found = _WORD_END.match(text)
    return found.end() if found else 0


def _head_final(lang: str, before: str, gap: str, phrase: str, after: str) -> bool:
    """Turkish and Chinese: the clause of time or cause closes after the person ("öldüğünden
    beri", "走了以后"); after its closer stands only the writer's subject, then the phrase."""
    closer = CLOSERS[lang]
    closed = list(closer.finditer(gap))
    if lang == "tr":
        if not closed or not _TR_BETWEEN.fullmatch(gap[closed[-1].end() :]):
            return False
        words = (phrase + after[: _word_rest(after)]).split()
        return bool(words) and _TR_FIRST_VERB.match(words[-1]) is not None
    if closed:
        segment = gap[closed[-1].end() :]
    else:
        opener = OPENERS.get(lang)
        if opener is None or not opener.search(before) or len(gap) > ZH_GAP_CHARS:
            return False
        segment = gap
    if phrase.startswith("我") and (not closed or not segment.strip(" ,，")):
        return True
    if closed:
        return _ZH_SUBJECT.fullmatch(segment) is not None
    return _ZH_SUBJECT.search(segment) is not None


def _writers_subject(lang: str, gap: str, phrase: str) -> bool:
    """The writer is the phrase's own subject: the phrase starts with a first-person form
    ("quiero", "je veux", "я хочу") or the word right before it is the writer's pronoun; no more
    than the rest of the other's short clause stands between (a named person there breaks it)."""
    words = gap.split()
    if len(words) > GAP_WORDS:
        return False
    if FIRST[lang].search(" ".join(phrase.split()[:2])):
        return True
    if words and FIRST[lang].fullmatch(words[-1].strip(",;")):
        return True
    modal = MODALS.get(lang)
    return (len(words) >= 2 and modal is not None and modal.fullmatch(words[-1]) is not None
            and FIRST[lang].fullmatch(words[-2].strip(",;")) is not None)


def writers_own(lang: str, clause: str, other: re.Match[str], phrase: re.Match[str],
                sentence: str) -> bool:
    """Whether the phrase (a match in `sentence`) is the writer's own although someone else is
    named before it (the match `other` in `clause`, the clause up to the phrase): see above."""
    if lang not in FIRST:
        return False
    gap = clause[other.end() :]
    rest = sentence[phrase.end() :]
    following = rest[_word_rest(rest) :].split()[:1]
    if QUOTED.search(gap) or QUOTED.search(rest[:3]) or REPORTED[lang].search(gap) or (
            following and REPORTED[lang].fullmatch(following[0])):
        return False
    before = clause[: other.start()]
    if lang in CLOSERS:
        return _head_final(lang, before, gap, phrase.group(0), rest)
    opener = OPENERS.get(lang)
    if opener is None or not opener.search(before):
        return False
    return _writers_subject(lang, gap, phrase.group(0))
