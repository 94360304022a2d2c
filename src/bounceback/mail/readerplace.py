"""Where the reader works or studied: a name an email writes as the reader's own place ("your
time at Acme", "you studied at Kingsbridge University", "je ervaring bij Dekker Bouwgroep",
"dass du bei Acme arbeitest") is rarely the employer the email is about; a recruiter writing
out of the blue names the reader's current employer or school to show they read the profile.
"""

from __future__ import annotations

import re

# "you" and "your" in the nine languages (not the formal German "Sie"/"Ihr", which also mean
# "they"/"her", nor Polish "pan"/"pani", which also mean "a man"/"a woman").
_YOU = (r"you|your|you're|you've|youre|je|jij|jouw|du|dein|deine|deiner|deinem|deinen|dich|"
        r"tu|ton|ta|tes|vous|votre|vos|tus|usted|tuo|tua|tuoi|você|voce|seu|teu|"
        r"ty|twój|twoja|twoim|twojej|din|ditt|dina")
# A sentence about the reader's application or a role on offer speaks of the employer, not of
# the reader's past: "your application at Acme", "your interview at Acme", "I shared your CV
# with the CFO at Acme" (round 22).
_ABOUT_ROLE = (r"appl|position|role|job(?!b)|vacanc|opening|offer|interview|join|bewerb|stelle|"
               r"candidat|postul|sollicit|vacature|functie|ansök|tjänst|aplik|stanowisk|vaga|"
               r"puesto|oferta|poste|colloqui|entrevista|entretien|gesprek|gespräch|intervju|"
               r"rozmow|reunión|meeting|see|meet|welcom|visit|treffen|voir|ver|vedere|zien|träffa|"
               # the reader's CV passed on: "I shared your CV with the CFO at Carebridge"
               r"cv\b|resume|résumé|lebenslauf|curriculum|shared|forwarded|passed on")
_YOU_WORD = re.compile(rf"(?i)(?<!\w)(?:{_YOU})(?!\w)")
_ROLE_WORD = re.compile(rf"(?i)(?<!\w)(?:{_ABOUT_ROLE})")
_SENTENCE_END = re.compile(r"[.!?\n]")
# Dutch "je" and German "du" are French "I" and "of the": in a French sentence ("je suis chargée
# de recrutement chez Acme", the sender's own employer) they say nothing of the reader.
_FRENCH = re.compile(
    r"(?i)(?<!\w)(?:suis|vous|nous|chez|les|des|une|est|pour|avec|notre|mon|mes|sommes|"
    r"travaille|cherche|recrute|contacte|souhaite|voudrais|serais)(?!\w)"
)
_NOT_YOU_IN_FRENCH = frozenset({"je", "du"})


def readers_own(before: str) -> bool:
    """Whether the sentence before an "at" cue ("I noticed you studied", "je ervaring") is
    about the reader, so the name after the cue is the reader's own employer or school."""
    sentence = _SENTENCE_END.split(before[-80:])[-1]
    if _ROLE_WORD.search(sentence) is not None:
        return False
    words = [m.group(0).casefold() for m in _YOU_WORD.finditer(sentence)]
    if _FRENCH.search(sentence):
        words = [w for w in words if w not in _NOT_YOU_IN_FRENCH]
    return bool(words)
