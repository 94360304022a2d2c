"""Aggregate figures for the email classifier: per-kind precision/recall/F1, per language,
company/role/platform accuracy and calibration (expected calibration error).

Shared by scripts/eval_email_classifier.py (held out by author) and
scripts/eval_email_blind.py (the frozen blind set). Prints aggregates only, never an email.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

KINDS = ("application_received", "rejection", "interview_request", "assessment", "offer",
         "action_required", "recruiter_outreach", "other")
# Legal forms of the countries the app serves (the nine languages' markets: UK, Ireland, US,
# Canada, India, Australia, New Zealand, South Africa, Singapore; Germany, Austria, Switzerland;
# France, Belgium, Luxembourg; Spain, Mexico and Latin America; the Netherlands; Italy;
# Portugal and Brazil; Poland; Sweden and the Nordics), as norm_name writes them (lower case,
# no dots, other punctuation a space). A word here is left out wherever it stands: it is none
# of a name's own words ("Acme GmbH Deutschland", "Müller GmbH & Co. KG").
_LEGAL = re.compile(
    r"\b(?:ltd|limited|plc|llc|llp|pllc|inc|incorporated|corp|corporation|co|gmbh|ggmbh|mbh|"
    r"gesmbh|ag|kgaa|ohg|gbr|se|sa|sas|sasu|sarl|eurl|sprl|bvba|cvba|vzw|asbl|bv|nv|ab|as|asa|"
    r"aps|oy|oyj|spa|srl|srls|sl|slu|sll|sau|lda|ltda|ltee|eireli|sp z o o|sp z oo|kg|ug|pty|"
    r"pte|pvt|group|the)\b"
)
# Legal forms left out only at the end of a name, where they cannot be the name's own words
# ("CV-Library" is a name, "Acme C.V." a form; "Ek. för.", "S. de R.L. de C.V."), as many as
# the name ends with ("Acme sp. z o.o. sp.k.", "Acme S.A. de C.V."), the longest first.
_LEGAL_TAIL = tuple(tuple(form.split()) for form in sorted((
    "sa de cv", "sab de cv", "sapi de cv", "s de rl de cv", "s de rl", "s de r l", "de cv",
    "s a de c v", "de c v", "sc", "ac", "s a", "a s", "s l", "s c", "b v", "n v", "cv", "vof",
    "scrl", "snc", "scs", "sca", "scop", "s coop", "scoop", "sapa", "scarl", "ss", "sp k", "spk",
    "sp j", "spj", "sp p", "s k a", "ska", "sp z o o sp k", "ltda me", "ltda epp", "epp",
    "unipessoal", "ab publ", "publ", "hb", "kb", "ek for", "ky", "eg", "ev",
    "ug haftungsbeschrankt", "haftungsbeschrankt", "lp", "lllp", "pc", "cic", "dac", "clg", "ulc",
    "npc", "soc ltd", "teoranta", "private limited", "and co", "and co kg", "sdn bhd", "bhd",
    "a b", "a g", "s p a", "s r l", "kft", "zrt", "sro", "doo", "eirl", "ou", "slp", "s l p",
    "scp", "s c p", "selarl", "selas", "partgmbb", "partg mbb", "mbb", "sgps", "epe"),
    key=lambda form: -len(form.split())))


# Letters NFKD does not split into a letter and an accent ("Kłos" is Klos, "Ørsted" Orsted).
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d",
                               "ð": "d", "þ": "th", "ı": "i"})


def norm_name(value: str | None, tail: bool = True) -> str:
    """A company or role name compared case-, accent-, punctuation- and legal-form-blind
    (`tail`: also the forms only a name's end can hold, "S.A. de C.V."; not for a role)."""
    if not value:
        return ""
    text = unicodedata.normalize("NFKD", value.lower().replace("&", " and ").replace(".", "")
                                 .translate(_UNDECOMPOSED))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9]+", " ", text)
    words = text.split()
    words = _LEGAL.sub(" ", " ".join(_without_tail(words) if tail else words)).split()
    while words and words[-1] == "and":  # "Acme GmbH & Co. KG" is Acme
        words.pop()
    return " ".join(words)


def _without_tail(words: list[str]) -> list[str]:
    """A name's words without the legal forms it ends with, one after another ("Acme sp. z
    o.o. sp.k.", "Acme S.A. de C.V.", "Acme GmbH & Co. KG"); a name that is nothing else is
    kept."""
    changed = True
    while changed:
        changed = False
        while len(words) > 1 and words[-1] == "and":
            words = words[:-1]
        for form in _LEGAL_TAIL:
            if len(words) > len(form) and tuple(words[-len(form):]) == form:
                words = words[:-len(form)]
                changed = True
                break
        if not changed and len(words) > 1 and _LEGAL.fullmatch(words[-1]):
            words = words[:-1]
            changed = True
    return words


# A department of the employer written after (or before) its name is the same employer: "Acme
# Careers", "Acme Hiring Team", "Acme Talent Acquisition", "RH Maison Perret". Only words that
# name a recruiting department; "People", "Partners" or "Talent" alone can be part of a firm's
# name, often an agency's ("Berri Talent" is not Berri).
_DEPT_TAIL = re.compile(
    r"(?: (?:careers?|jobs|karriere|karriar|carrieres?|carreras?|hiring(?: team)?|"
    r"recruit(?:ing|ment) team|talent (?:acquisition|team)|hr(?: team)?|human resources|"
    r"people and culture|people team|rh|rrhh|recursos humanos|personalabteilung))+$")
_DEPT_HEAD = re.compile(r"^(?:hr|rh|rrhh|rr hh|service rh|talent acquisition|talento) ")


def company_key(value: str | None) -> str:
    """How the scorer compares employers: norm_name's (case, accents, punctuation, legal forms
    and "the" aside), then a recruiting department's words around the name ("Acme Careers",
    "Acme Hiring Team" are Acme) and the spaces between words (a name as a domain runs it
    together, "Nimbuspayroll", is the same name as "Nimbus Payroll"; the app links both to one
    application) left out. "" when nothing names an employer."""
    text = _ARTICLE.sub("", norm_name(value))
    bare = _DEPT_HEAD.sub("", _DEPT_TAIL.sub("", text))
    return (bare or text).replace(" ", "")


# An article that starts a name ("The Strathmore Hotel", "Les Vins du Roc", "L'Atelier",
# "Het Gebouw"); never "de", "a" or "o", which start surnames and initials ("De Vries Bouw").
_ARTICLE = re.compile(r"^(?:the|la|le|les|l|el|los|las|il|lo|gli|het|die|der|das|os) (?=\S)")
# Words that make a name another firm when added to it: a recruiting agency's ("Berri Talent",
# "Harbour People" are not Berri and Harbour).
_STAFFING = frozenset([
    "talent", "talents", "people", "recruitment", "recruiting", "recruiters", "recruit",
    "staffing", "personnel", "personal", "resourcing", "search", "rekrytering", "bemanning",
    "selection", "seleccion", "selezione", "recrutement", "reclutamento", "recrutamento",
    "werving", "uitzendbureau", "zeitarbeit", "interim", "consulting", "consultants", "agency",
    "agencia", "agence", "agentur", "headhunters", "executive"])
# Words that go on with a name rather than describe the firm ("Hotel Lago d'Oro" is not Hotel
# Lago, "Szpital nr 2" not Szpital): when the longer name's extra words start with one, a miss.
_CONNECTOR = frozenset([
    "d", "de", "del", "della", "di", "du", "des", "do", "da", "dos", "das", "of", "nr", "no",
    "von", "van", "y", "e"])
# Words that name a kind of employer, not one: a pick of only these ("Hotel", "Grupo", "City
# Council") does not name "Hotel Lago" or "Grupo Bimbo" (the lead's review, round 28).
_GENERIC = frozenset([
    "hotel", "hotels", "hostel", "grupo", "group", "gruppo", "groupe", "gruppe", "bank", "banco",
    "banca", "banque", "city", "council", "county", "university", "universidad", "universita",
    "universite", "universitat", "hospital", "hospitals", "klinik", "kliniken", "clinic", "clinica",
    "school", "college", "schule", "escola", "escuela", "scuola", "studio", "restaurant", "cafe",
    "company", "companies", "agency", "services", "solutions", "systems", "consulting", "global",
    "international", "holding", "holdings", "stadt", "gemeente", "comune", "ayuntamiento",
    "ministry", "department", "trust", "foundation", "fundacion", "stichting", "szpital"])
_ACRONYM_SKIP = frozenset([
    "of", "and", "for", "de", "del", "di", "du", "des", "do", "da", "the"])


def same_employer(label: str | None, pick: str | None) -> bool:
    """Whether a pick names the labelled employer as the job seeker would judge it in their
    tracker (docs/email-classification.md, "What counts as the company named right"): the same
    key (company_key); the same letters run together ("Canopy & Co." and "Canopyandco"); an
    acronym for the same words ("Grand Prairie ISD"); or the brand and its fuller name, one the
    other's first words and the rest what the firm does, where it is or its form ("Quellwerk"
    and "Quellwerk Energy", "Pryce & Wynn Solicitors" and "Pryce & Wynn"), unless the added
    words name an agency ("Berri Talent") or go on with the name ("Hotel Lago d'Oro")."""
    want, got = company_key(label), company_key(pick)
    if not want or not got:
        return want == got
    if want == got:
        return True
    if _letters(label) & _letters(pick):
        return True
    a, b = (_ARTICLE.sub("", norm_name(v)).split() for v in (label, pick))
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if long[:len(short)] != short[:len(long)]:
        return _acronym(short, long)
    extra = long[len(short):]
    return (bool(extra) and extra[0] not in _CONNECTOR and not _STAFFING & set(extra)
            and max(len(w) for w in short) >= 4 and not set(short) <= _GENERIC)


def _letters(value: str | None) -> set[str]:
    """A name's letters and digits run together, with and without its "and"s and its legal
    forms (a domain writes "Canopy & Co." as "canopyandco", "Castell & Pike" as "castellpike")."""
    raw = _ARTICLE.sub("", " ".join(re.findall(r"[a-z0-9]+", unicodedata.normalize(
        "NFKD", (value or "").lower().replace("&", " and ").replace(".", "")
        .translate(_UNDECOMPOSED)))))
    forms = {raw, raw.replace(" and ", " "), _ARTICLE.sub("", norm_name(value)).replace(
        " and ", " ")}
    return {form.replace(" ", "") for form in forms} - {""}


def _acronym(short: list[str], long: list[str]) -> bool:
    """Whether the names differ by an acronym for the longer one's last words."""
    same = 0
    while same < min(len(short), len(long)) and short[same] == long[same]:
        same += 1
    rest_s, rest_l = short[same:], [w for w in long[same:] if w not in _ACRONYM_SKIP]
    return (len(rest_s) == 1 and len(rest_l) >= 2 and len(rest_s[0]) == len(rest_l)
            and rest_s[0] == "".join(w[0] for w in rest_l))


@dataclass
class Tally:
    """What one evaluation run saw; `add` one email at a time, then `report`."""

    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_lang: dict[str, Counter[tuple[str, str]]] = field(default_factory=lambda: defaultdict(Counter))
    confidences: list[tuple[float, bool]] = field(default_factory=list)
    fields: Counter[str] = field(default_factory=Counter)

    def add(self, truth: dict[str, object], kind: str, confidence: float,
            got: dict[str, object]) -> None:
        want = str(truth["kind"])
        lang = str(truth.get("lang") or "?")
        self.pairs[(want, kind)] += 1
        self.by_lang[lang][(want, kind)] += 1
        self.confidences.append((confidence, want == kind))
        if want == "other":
            return
        for name in ("company", "role"):
            norm = company_key if name == "company" else _role_key
            expected = norm(_str(truth.get(name)))
            right = (same_employer(_str(truth.get(name)), _str(got.get(name)))
                     if name == "company" else expected == norm(_str(got.get(name))))
            if expected:
                self.fields[f"{name}:named"] += 1
                self.fields[f"{name}:named_right"] += right
            self.fields[f"{name}:all"] += 1
            self.fields[f"{name}:all_right"] += right
        if "platform" in truth:
            self.fields["platform:all"] += 1
            self.fields["platform:right"] += norm_name(_str(truth.get("platform"))) == norm_name(
                _str(got.get("platform")))
        if truth.get("lang") and got.get("lang") is not None:
            self.fields["lang:all"] += 1
            self.fields["lang:right"] += truth.get("lang") == got.get("lang")

    def report(self, title: str) -> None:
        total = sum(self.pairs.values())
        right = sum(n for (t, p), n in self.pairs.items() if t == p)
        print(f"== {title}: {total} emails, accuracy {right / max(1, total):.3f}")
        print(f"{'kind':22} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>5}")
        f1s = per_kind(self.pairs)
        for kind in KINDS:
            prec, rec, f1, n = f1s[kind]
            print(f"{kind:22} {prec:9.3f} {rec:7.3f} {f1:6.3f} {n:5d}")
        print(f"macro-F1 (kinds with >= 5 emails): {macro_f1(self.pairs):.3f}")
        print("\nper language      n  accuracy  rejection-F1  macro-F1")
        for lang in sorted(self.by_lang, key=lambda k: (k != "en", k)):
            pairs = self.by_lang[lang]
            n = sum(pairs.values())
            acc = sum(v for (t, p), v in pairs.items() if t == p) / n
            rej = per_kind(pairs)["rejection"][2]
            print(f"  {lang:10} {n:6d}  {acc:8.3f}  {rej:12.3f}  {_macro(pairs):>8}")
        non_en = Counter()
        for lang, pairs in self.by_lang.items():
            if lang not in ("en", "?"):
                non_en.update(pairs)
        if non_en:
            n = sum(non_en.values())
            acc = sum(v for (t, p), v in non_en.items() if t == p) / n
            print(f"  {'not en':10} {n:6d}  {acc:8.3f}  {per_kind(non_en)['rejection'][2]:12.3f}"
                  f"  {_macro(non_en):>8}")
        f = self.fields
        print("\nextraction on job-search kinds (names compared case-, accent- and "
              "legal-form-blind; a company also recruiting-department- and space-blind, a brand "
              "and its fuller name alike: same_employer)")
        for name in ("company", "role"):
            print(f"  {name:8} named right {_ratio(f[f'{name}:named_right'], f[f'{name}:named'])}"
                  f"  (n={f[f'{name}:named']} that name one);  exact incl. null "
                  f"{_ratio(f[f'{name}:all_right'], f[f'{name}:all'])} (n={f[f'{name}:all']})")
        if f["platform:all"]:
            print(f"  platform {_ratio(f['platform:right'], f['platform:all'])} "
                  f"(n={f['platform:all']})")
        if f["lang:all"]:
            print(f"  language {_ratio(f['lang:right'], f['lang:all'])} (n={f['lang:all']})")
        print(f"\ncalibration: expected calibration error {ece(self.confidences):.3f} "
              f"(15 bins); mean confidence {mean_conf(self.confidences):.3f}")


def _role_key(value: str | None) -> str:
    return norm_name(value, tail=False)


def _macro(pairs: Counter[tuple[str, str]]) -> str:
    """Macro-F1 over the kinds with at least five emails, or "-" when no kind has five."""
    if not any(n >= 5 for _, _, _, n in per_kind(pairs).values()):
        return "-"
    return f"{macro_f1(pairs):.3f}"


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def per_kind(pairs: Counter[tuple[str, str]]) -> dict[str, tuple[float, float, float, int]]:
    out = {}
    for kind in KINDS:
        tp = pairs[(kind, kind)]
        fp = sum(n for (t, p), n in pairs.items() if p == kind and t != kind)
        fn = sum(n for (t, p), n in pairs.items() if t == kind and p != kind)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[kind] = (prec, rec, f1, tp + fn)
    return out


def macro_f1(pairs: Counter[tuple[str, str]], min_support: int = 5) -> float:
    scores = [f1 for _, _, f1, n in per_kind(pairs).values() if n >= min_support]
    return sum(scores) / len(scores) if scores else 0.0


def ece(confidences: Sequence[tuple[float, bool]], bins: int = 15) -> float:
    """Expected calibration error: the gap between confidence and accuracy, bin by bin."""
    if not confidences:
        return 0.0
    buckets: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for conf, right in confidences:
        buckets[min(bins - 1, int(conf * bins))].append((conf, right))
    total = len(confidences)
    return sum(len(b) / total * abs(sum(c for c, _ in b) / len(b) - sum(r for _, r in b) / len(b))
               for b in buckets.values())


def mean_conf(confidences: Sequence[tuple[float, bool]]) -> float:
    return sum(c for c, _ in confidences) / max(1, len(confidences))
