"""Classify job-search email: kind and confidence, company, role, platform, proposed times.

`looks_job_related` rules most mail out from its headers alone; `classify` and
`classify_many` use the packaged linear model (or one retrained with the user's corrections),
and `Overrides` makes a user's correction win for that exact message or sender.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from bounceback.domain.mail import Classification, ProposedTime
from bounceback.domain.vocabulary import EmailKind
from bounceback.mail.employer import company_of
from bounceback.mail.features import FeatureIndex, Reading, read, read_many, sender_parts
from bounceback.mail.memo import TEXTS, Memo
from bounceback.mail.model import LinearModel, load
from bounceback.mail.platforms import detect_platform, platform_of_domain
from bounceback.mail.rolepick import role_of

_KINDS = {kind.value: kind for kind in EmailKind}
# What `emails classify` prints of a message: (kind, confidence, company, role, language,
# platform).
Label = tuple[str, float, str | None, str | None, str, str | None]
_PREFILTER_SUBJECT = (
    r"appl(?:y|ied|ying|ication|icant)|interview|candida|position|vacanc|recruit|hiring|hire\b|"
    r"\bjobs?\b|career|\broles?\b|opportunit|offer|assessment|\btest\b|challenge|take[- ]home|"
    r"\bsearch\b|\brefer|feedback|\bround\b|needed|\b(?:vp|cfo|cto|ceo|sre|rn)s?\b|"
    r"[£$€₹]\s?\d+k\b|remote|hybrid|\bshifts?\b|"
    r"hackerrank|codility|hirevue|codesignal|shortlist|resume|résumé|\bcv\b|talent|"
    r"next steps?|your (?:profile|candidacy|background)|background check|reference|"
    r"onboarding|contract|employment|availability|schedul|screen|chat\b|open to|"
    r"bewerbung|vorstellungsgespr|stelle|einladung|zusage|absage|kennenlern|unterlagen|"
    r"entretien|candidat|embauche|poste\b|recrut|entrevista|selecci|puesto|vacante|oferta|"
    r"sollicit|vacature|gesprek|aanbod|ontvangstbevestiging|\bvog\b|colloquio|selezion|"
    r"assunzione|posizione|esito|proposta|processo seletivo|vaga\b|admiss|retorno|"
    r"rekrut|rozmow|stanowisk|aplikac|umow|potwierdzenie|wynik|dokument|prośba|"
    r"ansökan|intervju|tjänst|anställning|erbjudande|besked|rekryt|\bh/f\b|m/w/d|m/f/d|"
    r"vetting|starter|forms?\b|docs\b|exercise|still interested|following up|great news|"
    r"see you|come in|know anyone|opening|thanks for coming|"
    r"trial shift|thank you for (?:your )?(?:interest|time|applying)|update on|status|"
    r"documents?|dbs|right to work|confirm|graduate|programme|program\b|internship|"
    r"engineer|developer|nurse|teacher|manager|analyst|assistant|officer|technician|driver|"
    r"chef|designer|consultant|associate|specialist|coordinator|operative|advisor|executive"
)
_PREFILTER_SENDER = (
    r"career|recruit|talent|hiring|\bhr\b|^hr@|people|jobs?\b|resourcing|staffing|"
    r"personal|bewerb|workforce|\bteam\b|exec|search|headhunt|referral|nursing|agency|"
    r"placement|rekrut|recrut|rrhh|\brh\b|kadry|selezione|seleccion|werving|rekryt|karriere|"
    r"carreira|empleo|emploi|vacatures|personalabteilung"
)


@cache
def _prefilter() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from bounceback.mail.roles import ROLE_NOUNS

    titles = "|".join(sorted(ROLE_NOUNS))
    subject = rf"{_PREFILTER_SUBJECT}|\b(?:{titles})s?\b"
    return re.compile(subject, re.I), re.compile(_PREFILTER_SENDER, re.I)


def looks_job_related(sender: str, subject: str) -> bool:
    """True unless the headers alone show the message is not job-search mail (high recall)."""
    subject_words, sender_words = _prefilter()
    if subject_words.search(subject):
        return True
    _, _, domain = sender_parts(sender)
    if platform_of_domain(domain):
        return True
    return bool(sender_words.search(sender))


def message_key(sender: str, subject: str, body: str) -> str:
    """A stable key for one message's content, for exact overrides."""
    _, local, domain = sender_parts(sender)
    text = f"{local}@{domain}\x00{' '.join(subject.split()).lower()}\x00{' '.join(body.split())}"
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:24]


@dataclass
class Overrides:
    """User corrections that win over the model: for one message, or for all of a sender's mail."""

    by_message: dict[str, EmailKind] = field(default_factory=dict)
    by_sender: dict[str, EmailKind] = field(default_factory=dict)

    def correct(self, sender: str, subject: str, body: str, kind: EmailKind | str) -> None:
        self.by_message[message_key(sender, subject, body)] = EmailKind(kind)

    def set_sender(self, address: str, kind: EmailKind | str) -> None:
        """Every message from `address` gets `kind` (e.g. "ignore this sender" -> other)."""
        self.by_sender[address.strip().lower()] = EmailKind(kind)

    def lookup(self, sender: str, subject: str, body: str) -> EmailKind | None:
        if self.by_sender:
            _, local, domain = sender_parts(sender)
            kind = self.by_sender.get(f"{local}@{domain}")
            if kind is not None:
                return kind
        if self.by_message:
            return self.by_message.get(message_key(sender, subject, body))
        return None


def read_body(subject: str, body: str) -> Reading:
    """The email read once for the model and the extractors (see features.read)."""
    return read(subject, body)


class Classifier:
    """A model plus the user's overrides; `classify` is the one call the importer needs."""

    def __init__(self, model: LinearModel, overrides: Overrides | None = None) -> None:
        self.model = model
        self.overrides = overrides or Overrides()
        self._index: FeatureIndex | None = None
        # (the models a message's label was worked out with, the labels by message)
        self._labels: tuple[tuple[object, ...], Memo[bytes, Label]] | None = None

    def looks_job_related(self, sender: str, subject: str) -> bool:
        return looks_job_related(sender, subject)

    def warm(self) -> None:
        """Load now what classifying loads on first use (the feature index, the company ranker,
        the language identifier, the place lists): worker processes forked afterwards share
        it instead of each loading its own copy."""
        from bounceback.mail.employer import packaged_ranker
        from bounceback.mail.language import identifier
        from bounceback.mail.rolepick import packaged_role_ranker
        from bounceback.places import towns, towns_abroad

        if self._index is None or self._index.packed is not self.model.packed:
            self._index = FeatureIndex(self.model.packed)
        packaged_ranker()
        packaged_role_ranker()
        identifier()
        towns()
        towns_abroad()

    def _kind(self, sender: str, subject: str, body: str, reading: Reading
              ) -> tuple[EmailKind, float, bool]:
        fixed = self.overrides.lookup(sender, subject, body)
        if fixed is not None:
            return fixed, 1.0, True
        index = self._index
        if index is None or index.packed is not self.model.packed:
            index = self._index = FeatureIndex(self.model.packed)
        total = index.total(sender, reading)
        label, confidence = self.model.predict_total(total, reading.lang)
        return _KINDS[label], confidence, False

    @staticmethod
    def _names(sender: str, subject: str, reading: Reading, kind: str
               ) -> tuple[str | None, str | None]:
        """(company, role): from the part that decides, then from the quoted thread."""
        company = company_of(sender, subject, reading, email_kind=kind)
        return company, role_of(subject, reading, company)

    def label(self, sender: str, subject: str, body_text: str) -> Label:
        """(kind, confidence, company, role, language, platform): what `emails classify`
        prints, nothing more."""
        reading = read_body(subject, body_text)
        kind, confidence, _ = self._kind(sender, subject, body_text, reading)
        _, _, domain = sender_parts(sender)
        platform = detect_platform(domain, reading.text)
        if kind is EmailKind.OTHER:
            return kind.value, confidence, None, None, reading.lang, platform
        company, role = self._names(sender, subject, reading, kind.value)
        return kind.value, confidence, company, role, reading.lang, platform

    def label_many(self, messages: Sequence[tuple[str, str, str]]) -> list[Label]:
        """`label` of each (sender, subject, body), in order. A message met before (the same
        sender, subject and body, in this batch or a recent one: a mailbox holds the same
        alert, newsletter or acknowledgement more than once) gets the label it got then, when
        no correction of the user's can apply and the models are the ones it was worked out
        with; the others are labelled by `_label_many`."""
        memo = self._memo()
        if memo is None:
            return self._label_many(messages)
        labels: list[Label | None] = []
        fresh: dict[bytes, tuple[tuple[str, str, str], list[int]]] = {}
        for at, message in enumerate(messages):
            key = _digest(message)
            found = memo.get(key)
            if found is None:
                fresh.setdefault(key, (message, []))[1].append(at)
            else:
                memo.touch(key)
            labels.append(found)
        if fresh:
            worked = self._label_many([message for message, _ in fresh.values()])
            for (key, (_, places)), found in zip(fresh.items(), worked, strict=True):
                memo.keep(key, found)
                for at in places:
                    labels[at] = found  # (every None is filled)
        return labels  # type: ignore[return-value]

    def _memo(self) -> Memo[bytes, Label] | None:
        """The labels of messages met before; None while the user has corrections (one may
        name any message or sender). Emptied when the kind model, or the company or role
        ranker, is not the one its labels were worked out with."""
        if self.overrides.by_message or self.overrides.by_sender:
            return None
        from bounceback.mail.employer import packaged_ranker
        from bounceback.mail.rolepick import packaged_role_ranker

        models = (self.model, self.model.packed, packaged_ranker(), packaged_role_ranker())
        kept = self._labels
        if kept is None or any(a is not b for a, b in zip(kept[0], models, strict=True)):
            kept = self._labels = (models, Memo(TEXTS))
        return kept[1]

    def _label_many(self, messages: Sequence[tuple[str, str, str]]) -> list[Label]:
        """`label` of each (sender, subject, body), in order: the same answers, worked out a
        step at a time over the whole batch (every reading, then every kind, every platform,
        every company, every role) rather than message by message. Each step's code and tables
        stay in the processor's caches across the batch: about a fifth less CPU than `label`
        in turn (docs/performance.md, round 15). Keep batches to a few hundred messages: their
        readings are held until the batch is done."""
        readings = read_many([(subject, body) for _, subject, body in messages])
        kinds = [self._kind(sender, subject, body, reading)
                 for (sender, subject, body), reading in zip(messages, readings, strict=True)]
        platforms = [detect_platform(sender_parts(sender)[2], reading.text)
                     for (sender, _, _), reading in zip(messages, readings, strict=True)]
        other = EmailKind.OTHER
        # (company, then role: as _names, each over the batch; `other` gets neither)
        companies = [None if kind is other else company_of(sender, subject, reading,
                                                           email_kind=kind.value)
                     for (sender, subject, _), reading, (kind, _, _) in zip(
                         messages, readings, kinds, strict=True)]
        roles = [None if kind is other else role_of(subject, reading, company)
                 for (_, subject, _), reading, (kind, _, _), company in zip(
                     messages, readings, kinds, companies, strict=True)]
        return [(kind.value, confidence, company, role, reading.lang, platform)
                for reading, (kind, confidence, _), platform, company, role in zip(
                    readings, kinds, platforms, companies, roles, strict=True)]

    def classify(
        self, sender: str, subject: str, body_text: str, extract: bool = True,
        year: int | None = None, details: bool = True,
    ) -> Classification:
        """Kind and confidence; with `extract`, company and role; with `details`, the platform
        and (for interview requests) proposed times, their year defaulting to `year`."""
        sender, subject, body_text = sender or "", subject or "", body_text or ""
        reading = read_body(subject, body_text)
        kind, confidence, overridden = self._kind(sender, subject, body_text, reading)
        if not extract:
            return Classification(kind, confidence, overridden=overridden, lang=reading.lang)
        company = role = None
        if kind is not EmailKind.OTHER:
            company, role = self._names(sender, subject, reading, kind.value)
        if not details:
            return Classification(kind, confidence, company, role, overridden=overridden,
                                  lang=reading.lang)
        _, _, domain = sender_parts(sender)
        times: tuple[ProposedTime, ...] = ()
        if kind is EmailKind.INTERVIEW_REQUEST:
            # Without the email's year, a stand-in (a leap year, so 29 February reads): such a
            # time has year_given False and takes its year from the email's date when stored.
            # (Imported here: `emails classify` never needs it, and its start-up counts.)
            from bounceback.mail.times import proposed_times

            times = proposed_times(reading.text, year or NO_YEAR)
        return Classification(kind, confidence, company, role,
                              detect_platform(domain, reading.text), times,
                              overridden=overridden, lang=reading.lang)

    def classify_many(
        self, messages: Iterable[tuple[str, str, str]], extract: bool = True
    ) -> list[Classification]:
        """Classify (sender, subject, body) triples, in order."""
        return [self.classify(s, j, b, extract) for s, j, b in messages]


def _digest(message: tuple[str, str, str]) -> bytes:
    """A message's key in the labels' memo: a digest of its sender, subject and body (the
    memo keeps 16 bytes a message, never the mail itself, whatever its size)."""
    sender, subject, body = message
    text = f"{len(sender)}:{len(subject)}:{sender}{subject}{body}"
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


_DEFAULT: Classifier | None = None
NO_YEAR = 2000
PACKAGED_MODEL = Path(__file__).resolve().parent / "model" / "email_model.bin.gz"


def default_classifier() -> Classifier:
    """The classifier over the packaged model, loaded once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Classifier(load(PACKAGED_MODEL))
    return _DEFAULT


def classify(sender: str, subject: str, body_text: str) -> Classification:
    """Classify one email with the packaged model."""
    return default_classifier().classify(sender, subject, body_text)


def classify_many(
    messages: Iterable[tuple[str, str, str]] | Iterable[Mapping[str, str]],
    classifier: Classifier | None = None,
) -> list[Classification]:
    """Classify many emails, in order: (sender, subject, body) triples or dicts with
    "from", "subject", "body" keys."""
    clf = classifier or default_classifier()
    out = []
    for item in messages:
        if isinstance(item, Mapping):
            out.append(clf.classify(item.get("from") or "", item.get("subject") or "",
                                    item.get("body") or ""))
        else:
            out.append(clf.classify(*item))
    return out
