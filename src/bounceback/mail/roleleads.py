"""What a subject writes before a job title and is not the title (split from mail/roles.py in
round 32): the words of what happens ("Bewerbung", "Uitslag tweede gesprek"), and a public
employer's selection words and codes ("Kennziffer 2024-0457", "Competition #2026-214",
"Campaign 25045", "Concorso", "Bolsa de", "CAL1029").
"""

from __future__ import annotations

import re

from bounceback.mail.names import words

# Words a subject writes before a job title in the other languages ("Bewerbung Verkaufsberater",
# "Sollicitatiegesprek Medewerker Burgerzaken", "Segunda entrevista Diseñador/a"): not the title.
LEAD_WORDS = words("""bewerbung vorstellungsgespräch einladung stellenausschreibung
stellenangebot zusage absage rückmeldung sollicitatie sollicitatiegesprek vacature uitnodiging
gesprek kennismaking intervju ansökan ansökningen erbjudande entrevista segunda candidatura
oferta vacante entretien candidature offre colloquio offerta vaga proposta rozmowa aplikacja
nabór rekrutacja zaproszenie oportunidad oportunidade opportunità opportunité
kennenlerngespräch erstgespräch zweitgespräch uitslag terugkoppeling posición posicion posição
concorso bolsa selección procedimiento convocatoria konkurs""")
# Words a public employer writes before a selection's code, and the title after it
# ("Competition #2026-214 Bylaw Enforcement Officer", "Kennziffer 2024-0457 Erzieher/in"):
# lead words only with the code ("Campaign Manager" is a title).
_CODE_WORDS = words("kennziffer ausschreibung competition campaign posting vacancy concours "
                    "referenz ref ref. reference announcement")
# A selection's code before a title ("2024-0457", "#2026-214", "25045", "CAL1029", "VA-25-118"):
# three digits or more, a year alone ("2026") aside (round 32).
_LEAD_CODE = re.compile(r"^#?(?=[\w/#.-]*\d{3})(?!(?:19|20)\d\d:?$)[A-Za-z0-9][\w/#.-]*:?$")
# The words that introduce a title after a lead word, in the nine languages ("Candidatura come
# cameriera", "Sollicitatie als chauffeur", "Ansökan som lagerarbetare"): round 35.
_AS_WORDS = words("als as som come como comme jako")
# An aircraft's or a system's model, part of the title: "A320 Captain", "B737 First Officer",
# "AS400 Developer" (letters and three digits, no separator): a code only after a code word
# (round 32, fix32s).
_MODEL = re.compile(r"[A-Za-z]{1,3}\d{3}")


def without_lead(role: str) -> str:
    """A phrase without the words of what happens that open it, and after them up to three
    small words before a capitalised title ("Kennenlerngespräch Marketing Manager (m/w/d)",
    "Posición de Head of Sales", "Uitslag tweede gesprek Beleidsadviseur Wonen")."""
    words_ = role.split(" ")
    first = 0
    while first < len(words_) - 1:
        word = words_[first].lower().strip(":")
        if word in _CODE_WORDS and _LEAD_CODE.match(words_[first + 1]) and first + 2 < len(words_):
            first += 2  # the code word and its code, whatever the code's shape
        elif word in LEAD_WORDS or (_LEAD_CODE.match(words_[first]) and not _MODEL.fullmatch(
                words_[first]) and words_[first + 1][:1].isupper()):
            first += 1
        else:
            break
    if not first:
        return role
    if first < len(words_) - 1 and words_[first].lower() in _AS_WORDS:
        first += 1  # "Candidatura come cameriera", "Bewerbung als koch": the title follows
    low = first
    while low < len(words_) - 1 and low - first < 3 and words_[low][:1].islower():
        low += 1
    if low > first and words_[low][:1].isupper() and words_[low].lower() not in LEAD_WORDS:
        first = low
    return " ".join(words_[first:])
