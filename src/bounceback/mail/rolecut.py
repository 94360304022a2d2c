"""Where a job title written in running text ends (split from mail/roles.py in round 33): the
small words and verbs after which the sentence goes on, never the title.
"""

from __future__ import annotations

from bounceback.mail.names import words

# Words that end a job title written in running text ("Verzorgende IG met plezier gelezen").
FOREIGN_STOP = frozenset(["bei", "chez", "en", "bij", "presso", "na", "no", "em", "w", "hos", "på", "at", "in", "a", "à", "para", "pour", "für", "voor", "per", "dla", "för", "och", "und", "et", "y", "e", "i", "dans", "hier", "wurde", "ist", "est", "ha", "har", "ma", "wird", "met", "aan", "vid", "behöver", "is", "zijn", "wordt", "werd", "hat", "haben", "avons", "avez", "a", "été", "ha", "sido", "foi", "è", "sono", "è", "stata", "zostało", "została", "został", "jest", "har", "blivit", "om", "from", "with", "mit", "avec", "con", "com", "z", "ze", "op", "van", "der", "den", "des", "das", "die", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "o", "os", "as", "het", "een", "ein", "eine", "un", "une", "uno", "una", "um", "uma", "wir", "we", "nous", "nosotros", "noi", "nós", "my", "vi", "we'd", "the", "our", "unser", "notre", "nuestro", "nostro", "nosso", "nasz", "vår", "ab", "dès", "desde", "dal", "a", "partir", "pendant", "tijdens", "während", "durante", "podczas", "under",
    # a negation or a regret ends a title in running text ("für die Stelle Stationsleitung
    # Geriatrie nicht berücksichtigen", "le poste de Chargé de clientèle ne sera pas"; French
    # "n'a", "n'avons" too, in cut_title)
    "nicht", "leider", "keine", "ne", "pas", "malheureusement", "lamentablemente", "niet",
    "helaas", "purtroppo", "infelizmente", "nie", "niestety", "inte", "tyvärr"])


# Words that go on with the sentence after a title in running text, never a title's own words
# after its first ("tjänsten som Platschef ber vi dig", "une posición de Data Engineer Senior que
# estoy gestionando", "Technicien de maintenance H/F basé à Chambéry", "le poste de chef de
# partie cette saison"): round 29. Not at a title's start ("Till Operator"). Round 33: the
# verbs a writer goes on with after naming the post, in the nine languages ("na stanowisko
# Księgowa zapraszamy na rozmowę", "die Stelle Buchhalter möchten wir", "le poste de Comptable
# souhaitons"), which a title never holds.
_AFTER_STOP = frozenset(["que", "qui", "ber", "basé", "basée", "basés", "basado", "basada",
                         "baseado", "baseada", "cette", "já", "till", "från",
                         *words("""zapraszamy chcielibyśmy chcemy informujemy dziękujemy prosimy
                         uprzejmie serdecznie möchten laden würden freuen danken bitten
                         teilen souhaitons aimerions invitons remercions regrettons sommes
                         queremos quisiéramos invitamos agradecemos lamentamos hemos willen
                         nodigen graag hebben vorremmo invitiamo ringraziamo desideriamo
                         abbiamo gostaríamos convidamos temos vill bjuder tackar would have
                         has was were""")])


def cut_title(raw: str) -> str:
    words = raw.split()
    out: list[str] = []
    for word in words:
        low = word.lower()
        if out and low in _AFTER_STOP:
            break
        if (low in FOREIGN_STOP or low.startswith(("n'", "n’"))) and not (low == "und" and out and out[-1].endswith("-")) and (
                low not in {"de", "di", "do", "da", "del", "della", "dos", "das", "ds."}):
            break
        out.append(word)
    return " ".join(out).strip(" -–|/")
