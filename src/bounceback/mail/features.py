"""Turn one email into the set of features the model weighs.

The features are chosen to carry to mail written by other people: the shape of the sender
(a job board, an applicant-tracking system, a no-reply alias, a person), the subject, the part
of the body that decides (see clean.decisive: no quoted history, footer or job list), the
multilingual phrase lexicon, word starts that survive inflection, and the language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat

from bounceback.mail.clean import Decisive, decisive
from bounceback.mail.decision import decision_features
from bounceback.mail.language import FUNCTION_WORD_TOKENS, detect
from bounceback.mail.memo import TEXTS, Memo
from bounceback.mail.phrases import phrase_kinds
from bounceback.mail.platforms import FREE_MAIL, platform_kind, platform_of_domain
from bounceback.mail.smallbiz import free_mail_phrases, names_business
from bounceback.mail.text import readable

# Bump when features() or the training settings change: saved models then retrain.
FEATURES_VERSION = 27
MAX_BIGRAM_TOKENS = 250
STEM = 5  # word starts: "bewerbung", "bewerbungen", "bewerbungsunterlagen" share "bewer"
_ADDRESS = re.compile(r"<?([^<>\s@]+)@([^<>\s@]+?)>?\s*$")
_NAME_SPLIT = re.compile(r"[^a-z0-9]+")

_KEEP = set("abcdefghijklmnopqrstuvwxyz0123456789àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßąćęłńśźżő")
# Lower-case text to words: anything else is a space, every digit is 0 ("10:30" -> "00 00").
_TO_SPACE = str.maketrans({**{chr(i): " " for i in range(0x250) if chr(i) not in _KEEP},
                           **{str(d): "0" for d in range(10)}, "’": " "})

# Hand-made features for the hard cases of shared/design/taxonomy.md: what an email *does*.
# Each is (name, cheap substrings of which one must occur, the pattern that decides).
_HAND: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (name, needles, re.compile(pattern))
    for name, needles, pattern in (
        ("h:if_not_selected", ("if you", "if we", "if your", "should you", "should your"),
         r"\b(?:if|should) (?:you are|you're|we do not|we don't|you have not|you haven't|"
         r"your application is|you aren't|you do not|you don't|your (?:profile|background|"
         r"experience|skills|qualifications)|you be|we feel)\b[^.]{0,80}\b(?:not selected|"
         r"unsuccessful|not successful|hear|contact|not taken|shortlisted|match|align|suit|"
         r"reach out|get in touch|be in touch|selected)"),
        ("h:either_way", ("either way", "whatever the outcome", "whether or not",
                          "regardless of the outcome"), r""),
        ("h:time", (":",), r"\d:\d\d\b"),
        ("h:ampm", ("am", "pm", "a.m", "p.m"), r"\d\s?(?:[ap]\.?m\b)"),
        ("h:hour_word", ("uhr", "godz", " ore ", "kl.", "kl ", "h00", "h30", "h15", "h45", "uur",
                         "a las", "às ", "alle ", "om "),
         r"\b\d{1,2}(?:[.:]\d\d)? ?(?:uhr|uur|godz|ore|h\d\d)\b|\bkl\.? ?\d{1,2}\b|"
         r"\b(?:a las|às|alle|om|à) \d{1,2}\b"),
        ("h:question", ("?",), r"\?"),
        ("h:link", ("http", "www."), r"https?://|www\."),
        # Round 26: the booking pages of scheduling tools too ("scegli lo slot:
        # https://cal.com/...", GoodTime, SavvyCal, Google's and Microsoft's booking pages).
        ("h:meeting_link", ("zoom", "teams", "meet.google", "webex", "calendly", "whereby",
                            "cal.com", "goodtime", "savvycal", "youcanbook", "calendar.app",
                            "appointments", "office365.com/book", "hubspot", "tidycal", "zcal"),
         r"zoom\.us|teams\.microsoft|meet\.google|webex|calendly|whereby|(?<![\w.-])cal\.com/|"
         r"goodtime\.io|savvycal\.com|youcanbook\.me|calendar\.app\.google|"
         r"calendar/appointments|office365\.com/book|meetings\.hubspot\.com|tidycal\.com/|"
         r"zcal\.co/"),
        ("h:attached", ("attach", "anhang", "pièce jointe", "adjunt", "bijlage", "allegat",
                        "anexo", "załącz", "bifog"), r""),
    )
)
_NEEDS_DIGIT = frozenset({"h:time", "h:ampm", "h:hour_word"})  # their patterns need a digit
# "h:hour_word" as run: the same matches, written to open with the class of its alternatives'
# first letters, each alternative asking for its own letter behind it (as company.RUN, round
# 21): the engine skips in C to the next such letter instead of trying "\b" and the
# alternation at every character (13 -> 7 us a body where its needles let it run).
_HOUR_WORD_RUN = re.compile(
    r"[\dkaào](?<=\b[\dkaào])(?:(?<=\d)\d?(?:[.:]\d\d)? ?(?:uhr|uur|godz|ore|h\d\d)\b|"
    r"(?<=k)l\.? ?\d{1,2}\b|(?<=a)(?: las|lle) \d{1,2}\b|(?<=à)s? \d{1,2}\b|(?<=o)m \d{1,2}\b)")
_RUN_AS = {"h:hour_word": _HOUR_WORD_RUN}
# The same rules as run: (name, needles, the pattern or None when a needle decides, digit).
_HAND_RULES = tuple((name, needles, _RUN_AS.get(name, pattern) if pattern.pattern else None,
                     name in _NEEDS_DIGIT)
                    for name, needles, pattern in _HAND)
_DIGIT = re.compile(r"\d")
_OTHER_WEEKDAYS = """montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi
    mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag lunedì martedì mercoledì giovedì
    venerdì sabato segunda terça quarta quinta sexta poniedziałek wtorek środa środę czwartek
    piątek sobota niedziela måndag tisdag onsdag torsdag fredag lördag söndag"""
_WEEKDAYS = frozenset(
    [f"{head}{tail}" for head in ("mon", "tue", "tues", "wed", "wednes", "thu", "thurs", "fri",
                                   "sat", "satur", "sun") for tail in ("", "day")]
    + _OTHER_WEEKDAYS.split())
# Word starts of job-search mail in the nine languages: an email of some length, not a reply,
# with none of them is everyday mail (a delayed parcel, a declined card, a cancelled train),
# whatever word of regret it opens with.
_JOB_STARTS = (
    "appli", "apply", "candida", "candid", "kandid", "kandyd", "position", "role", "job",
    "vacan", "vacat", "interview", "intervju", "entretien", "entrevist", "colloqui",
    "vorstellungs", "recruit", "recrut", "reclut", "rekryt", "rekrut", "hiring", "hire",
    "resume", "résumé", "lebenslauf", "curricul", "career", "karriere", "carri", "bewerb", "sollicit", "stelle",
    "poste", "puesto", "vaga", "stanowis", "ansök", "aplik", "salar", "employ", "emplo",
    "impieg", "lavor", "praca", "pracy", "pracę", "pracodaw", "arbeit", "functie", "selec",
    "seleç", "sélec", "seleziona",
    "talent", "onboard", "offer", "angebot", "oferta", "offerta", "erbjud", "offre", "aanbod",
    "contract", "vertrag", "contrat", "contrato", "umow", "avtal", "profil", "perfil",
    "assessment", "test", "recrutamento", "tjänsten", "rollen", "vakans", "sökande",
    "bewerber", "personalab", "screen", "opportun", "oportun", "solicitud", "hoja",
    "incorpora", "assun", "gespräch", "gesprek", "rozmow", "samtal", "referen", "dbs", "onsite",
    "task", "prueba", "exercise", "proposta", "einstell", "unterlagen", "trial", "shift",
    "schicht", "turno", "gehalt", "lohn", "lön", "stipendi", "sueldo", "salário", "wynagrodz",
    "tarea", "compito", "zadani", "uppgift", "opdracht", "case", "probe", "prova", "concurs",
)
# Job words of two letters are words, not starts: "cv", "cvs", "hr" (not "hrs", hours, nor a
# German imprint's "HRB 1234"). The index below is by three letters, so a start of two would
# be found only as the whole word; these are indexed as the words they are.
_JOB_WORDS = ("cv", "cvs", "hr")
_JOB_HEADS: dict[str, tuple[str, ...]] = {}
for _start in _JOB_STARTS:
    _JOB_HEADS[_start[:3]] = (*_JOB_HEADS.get(_start[:3], ()), _start)
_JOB_HEADS.update({w: ("",) for w in _JOB_WORDS})  # whole words: any start of "cv" is "cv"


def _says_job(words: list[str]) -> bool:
    """True when a word starts like job-search mail (a lookup by its first three letters; a
    word of two or three letters in _JOB_WORDS is looked up whole)."""
    heads = _JOB_HEADS
    for word in words:
        starts = heads.get(word[:3])
        if starts is not None and word.startswith(starts):
            return True
    return False


_CURRENCY = ("£", "$", "€", "₹", "zł", " kr", "sek", "chf")
_LIST_LINE = re.compile(r"^[A-Z][^.!?\n]{2,70}(?: · | \| | - | – |, )[^.!?\n]{2,60}$", re.M)
_REPLY = ("re:", "aw:", "sv:", "rv:", "r:", "antw:", "odp:", "ynt:", "vs:")
_FORWARD = ("fwd:", "fw:", "wg:", "tr:", "rv:", "i:", "enc:", "doorst:", "pd:", "vb:")
_GENERIC_LOCAL = frozenset({
    "noreply", "no", "reply", "donotreply", "do", "not", "notifications", "notification",
    "notify", "jobs", "job", "careers", "career", "talent", "recruiting", "recruitment",
    "recruiter", "hr", "people", "hiring", "info", "hello", "hi", "team", "alerts", "alert",
    "news", "newsletter", "support", "billing", "orders", "order", "receipts", "account",
    "security", "mail", "mailer", "bounce", "updates", "update", "candidates", "candidate",
    "applications", "application", "apply", "bewerbung", "bewerbungen", "karriere", "jobb",
    "emploi", "empleo", "vacatures", "lavora", "carreiras", "kariera", "rekrytering",
    "rekrutacja", "personal", "inmail", "messages", "messaging", "invitations", "digest",
    "marketing", "offers", "service", "customerservice", "admin", "office", "contact",
    "onboarding", "workday", "system", "automated", "confirm", "confirmation",
})


@dataclass(frozen=True, slots=True)
class Reading:
    """An email made ready, once, for the model and the extractors: the body's readable
    text, the part that decides (cut), its lower case and words, the subject's, the language."""

    text: str
    cut: Decisive
    lang: str
    low: str
    words: list[str]
    subject: str
    subject_words: list[str]


def read(subject: str, body: str) -> Reading:
    """Read an email's subject and body (plain text or HTML)."""
    text = readable(body)
    return _reading(subject, text, decisive(text))


def read_many(messages: Sequence[tuple[str, str]]) -> list[Reading]:
    """`read` of each (subject, body), the same readings, a step at a time over the batch (the
    HTML, then the decisive parts, then the words and languages): each step's code and tables
    stay in the processor's caches (see Classifier.label_many)."""
    texts = [readable(body) for _, body in messages]
    cuts = [decisive(text) for text in texts]
    return [_reading(subject, text, cut)
            for (subject, _), text, cut in zip(messages, texts, cuts, strict=True)]


def _reading(subject: str, text: str, cut: Decisive) -> Reading:
    low = cut.text.lower()
    words = low.translate(_TO_SPACE).split()
    subj = subject.lower().strip()
    subject_words = subj.translate(_TO_SPACE).split()
    lang = detect(subject, cut.text, subject_words + words[:FUNCTION_WORD_TOKENS])
    return Reading(text, cut, lang, low, words, subj, subject_words)


_SENDERS: Memo[str, tuple[str, str, str]] = Memo(TEXTS)


def sender_parts(sender: str) -> tuple[str, str, str]:
    """(display name, local part, domain), all lower case; empty strings when missing."""
    found = _SENDERS.get(sender)
    if found is None:
        found = _SENDERS.keep(sender, _sender_parts(sender))
    else:
        _SENDERS.touch(sender)
    return found


def _sender_parts(sender: str) -> tuple[str, str, str]:
    sender = sender.strip()
    match = _ADDRESS.search(sender)
    if not match:
        return sender.lower().strip('" '), "", ""
    name = sender[: match.start()].strip().strip('"').lower()
    return name, match.group(1).lower(), match.group(2).lower().rstrip(">")


def sender_features(sender: str) -> set[str]:
    """The sender's shape: platform and its kind, generic alias words, a person or an
    organisation, free mail, country domain; and its words (pruned in training to those
    several authors share)."""
    name, local, domain = sender_parts(sender)
    feats: set[str] = set()
    add = feats.add
    platform = platform_of_domain(domain)
    if platform:
        add("sp:" + platform.lower())
        add("sp:" + platform_kind(platform))
    elif domain in FREE_MAIL:
        add("sd:free")
        if names_business(name):  # a small employer on gmail (mail/smallbiz.py)
            add("sd:free_biz")
    elif domain:
        add("sd:own")
    if domain:
        add("st:" + domain.rsplit(".", 1)[-1])
    parts = [p for p in _NAME_SPLIT.split(local) if p]
    for part in parts:
        if part in _GENERIC_LOCAL:
            add("l:" + part)
    if parts and not any(p in _GENERIC_LOCAL for p in parts):
        add("sl:named")
    words = name.translate(_TO_SPACE).split()
    feats.update("n:" + word for word in words)
    if words and len(words) <= 3 and not platform:
        joined = "".join(words)
        if any(len(w) > 2 and w in local for w in words) or (
            "." in local and joined[:3] == local[:3]
        ):
            add("sn:person")
    if not words:
        add("sn:none")
    return feats


def _shape_features(reading: Reading, subject: bool = True) -> set[str]:
    """The features that are not words: reply/forward, hand rules, phrases, lists, length,
    the language; without `subject`, not those of the subject alone (see _subject_shape)."""
    subj, low, cut = reading.subject, reading.low, reading.cut
    body, length = cut.text, len(reading.words)
    feats = phrase_kinds(low[:2000], "x:")
    decided = decision_features(low[:2000])
    feats.update(decided)
    if "h:status_no" in decided:  # a status value is a rejection phrase its line makes one
        feats.update(("x:rejection", "x:rejection2"))
    add = feats.add
    if subject:
        feats |= _subject_shape(subj)
    digits = _DIGIT.search(low) is not None
    has = low.__contains__
    for fname, needles, pattern, needs_digit in _HAND_RULES:
        if (digits or not needs_digit) and any(map(has, needles)) and (
                pattern is None or pattern.search(low)):
            add(fname)
    if not _WEEKDAYS.isdisjoint(reading.words):
        add("h:weekday")
    if any(map(has, _CURRENCY)):
        add("h:money")
    listed = len(_LIST_LINE.findall(body)) if body.count("\n") >= 4 else 0
    if listed >= 2:
        add("h:list2")
    if listed >= 4:
        add("h:list4")
    regret = "x:rejection" in feats
    if ((length >= 25 or (regret and length >= 12)) and not subj.startswith(_REPLY)
            and not _says_job(reading.words) and not _says_job(reading.subject_words)):
        # (a reply is a conversation: "Re: commesso" needs no job word)
        if length >= 25:
            add("h:no_job_word")
        if regret:  # a no about something else: a return, a loan, a train, a booking
            add("h:regret_no_job")
    add("h:len" + ("0" if length < 12 else "1" if length < 25 else "2" if length < 70
                   else "3" if length < 160 else "4"))
    if cut.quoted:
        add("h:quoted")
    if cut.footer:
        add("h:footer")
    if cut.jobs_block:
        add("h:jobs_block")
    add("lang:" + reading.lang)
    return feats


def _subject_shape(subj: str) -> set[str]:
    """The shape features of the (lower-case) subject alone: reply or forward, its phrases."""
    feats = phrase_kinds(subj, "xs:")
    if subj.startswith(_REPLY):
        feats.add("h:re")
    elif subj.startswith(_FORWARD):
        feats.add("h:fwd")
    return feats


def features_of(sender: str, reading: Reading) -> set[str]:
    """The feature set of an email that has been read (see read)."""
    feats = sender_features(sender)
    stoks = reading.subject_words
    feats.update("s:" + t for t in stoks)
    feats.update(f"s:{a} {b}" for a, b in zip(stoks, stoks[1:], strict=False))
    feats.update("sq:" + t[:STEM] for t in stoks if len(t) > STEM + 1)
    toks = reading.words
    feats.update(toks)
    feats.update("p:" + t[:STEM] for t in toks if len(t) > STEM + 1)
    head = toks[:MAX_BIGRAM_TOKENS]
    feats.update(f"{a} {b}" for a, b in zip(head, head[1:], strict=False))
    feats |= _shape_features(reading)
    if "sd:free" in feats:
        feats |= free_mail_phrases(feats)
    return feats


def features(sender: str, subject: str, body: str) -> set[str]:
    """The feature set of an email; `body` is plain text or HTML."""
    return features_of(sender, read(subject, body))


def packed_total(packed: dict[str, int], feats: set[str]) -> int:
    """The packed sum of the weights of the features the model knows (see model._pack)."""
    return sum(map(packed.get, feats, repeat(0)))


class FeatureIndex:
    """A model's packed weights re-keyed for scoring without building feature strings: body
    words, word pairs (as tuples) and word starts, subject words, pairs and starts. `total`
    gives exactly packed_total(packed, features_of(...))."""

    __slots__ = ("packed", "words", "pairs", "stems", "subject", "subject_pairs",
                 "subject_stems", "senders", "subjects")

    def __init__(self, packed: dict[str, int]) -> None:
        self.packed = packed
        self.words: dict[str, int] = {}
        self.pairs: dict[tuple[str, str], int] = {}
        self.stems: dict[str, int] = {}
        self.subject: dict[str, int] = {}
        self.subject_pairs: dict[tuple[str, str], int] = {}
        self.subject_stems: dict[str, int] = {}
        # Per sender and per subject: the sum of its features' weights (see _subject_total),
        # the few read most recently (a server reads every user's mail: memo.py).
        self.senders: Memo[str, int] = Memo(TEXTS)
        self.subjects: Memo[str, int] = Memo(TEXTS)
        for key, value in packed.items():
            prefix, colon, rest = key.partition(":")
            if not colon:
                first, space, second = key.partition(" ")
                if space:
                    self.pairs[(first, second)] = value
                else:
                    self.words[key] = value
            elif prefix == "p":
                self.stems[rest] = value
            elif prefix == "sq":
                self.subject_stems[rest] = value
            elif prefix == "s":
                first, space, second = rest.partition(" ")
                if space:
                    self.subject_pairs[(first, second)] = value
                else:
                    self.subject[rest] = value

    def total(self, sender: str, reading: Reading) -> int:
        """The packed sum of the message's features (each counted once, as in the set)."""
        packed = self.packed
        cached = self.senders.get(sender)
        if cached is None:
            cached = self.senders.keep(
                sender, sum(filter(None, map(packed.get, sender_features(sender)))))
        else:
            self.senders.touch(sender)
        subject = self.subjects.get(reading.subject)
        if subject is None:
            subject = self._subject_total(reading.subject, reading.subject_words)
        else:
            self.subjects.touch(reading.subject)
        toks = reading.words
        head = toks[:MAX_BIGRAM_TOKENS]
        uniq = set(toks)  # (the starts are read from the distinct words: the same set)
        # Each feature once (a set of the message's own), looked up once in the model's table
        # (a packed weight is never 0: its count lane is set).
        total = (cached + subject
                 + sum(filter(None, map(self.words.get, uniq)))
                 + sum(filter(None, map(self.pairs.get,
                                        set(zip(head, head[1:], strict=False)))))
                 + sum(filter(None, map(self.stems.get,
                                        {t[:STEM] for t in uniq if len(t) > STEM + 1}))))
        shape = _shape_features(reading, False)
        domain = sender_parts(sender)[2]
        if domain in FREE_MAIL and not platform_of_domain(domain):  # (sd:free's phrases)
            shape |= free_mail_phrases(shape)
        return total + sum(filter(None, map(packed.get, shape)))

    def _subject_total(self, subj: str, stoks: list[str]) -> int:
        """The packed sum of the features of the subject alone (its words, pairs and starts,
        reply or forward, its phrases: none of them is a feature of anything else), kept per
        subject (a mailbox repeats its subjects)."""
        total = (sum(filter(None, map(self.subject.get, set(stoks))))
                 + sum(filter(None, map(self.subject_pairs.get,
                                        set(zip(stoks, stoks[1:], strict=False)))))
                 + sum(filter(None, map(self.subject_stems.get,
                                        {t[:STEM] for t in stoks if len(t) > STEM + 1})))
                 + sum(filter(None, map(self.packed.get, _subject_shape(subj)))))
        return self.subjects.keep(subj, total)
