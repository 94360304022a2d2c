"""Shapes that tell a decision from a promise of one, in the languages bounceback reads.

A rejection is often written without any of the phrase lists' words: "we went with a local
candidate", "abbiamo deciso di prendere un ragazzo", "har valt en kandidat med mer erfarenhet",
"contratámos outra pessoa". What they share is a shape: a decision verb in the past whose object
is someone else (an indefinite person), outside an if- or when-clause ("once we have selected a
candidate we will let you know" is a promise). Job boards write the decision as a status
value on a line of its own ("Stato: Non selezionato", "Descartado", "✖ Odrzucona").
"""

from __future__ import annotations

import re

# Decision verbs in the past or perfect (and "already have"), then at most one filler word.
_CHOSE = (
    r"went with|gone with|decided (?:on|for|to go with|to hire|to appoint|to take)|chose|"
    r"chosen|selected|hired|appointed|picked|already (?:have|found|hired)|offered the "
    r"(?:role|position|job) to|given the (?:role|position|job) to|filled (?:it|the \w+) with|"
    r"entschieden für|für \w+ entschieden|eingestellt|ausgewählt|gefunden|"
    r"retenu|choisi|fait le choix|opté pour|recruté|embauché|trouvé|"
    r"elegido|escogido|cogido a|contratado a|seleccionado a|optado por|decidido (?:contratar a|"
    r"quedarnos con)|encontrado a|"
    r"scelto|preso|deciso di (?:prendere|assumere|proseguire con)|assunto|selezionato|optato per|"
    r"trovato|"
    r"gekozen voor|aangenomen|geselecteerd|gevonden|"
    r"escolhemos|escolhido|contratámos|contratamos|optámos por|optamos por|ficámos com|"
    r"ficamos com|selecionámos|selecionamos|encontrámos|encontramos|"
    r"wybraliśmy|zatrudniliśmy|zdecydowaliśmy się na|mamy już|już mamy|znaleźliśmy|"
    r"valt|anställt|bestämt oss för|gått vidare med|hittat")
_FILLER = (r"(?:finally|eventually|ultimately|instead|now|already|finalement|plutôt|al final|"
           r"finalmente|alla fine|invece|uiteindelijk|toch|ostatecznie|jednak|till slut|"
           r"istället|schließlich|letztlich|doch|jedoch|toutefois|però|dann|already)")
_SOMEONE = (r"(?:someone|somebody|jemanden|jemand|quelqu'un|alguien|qualcuno|iemand|alguém|"
            r"kogoś|człowieka|osobę|någon)")
_A = (r"(?:a|an|another|one|einen|eine|einer|un|une|d'une|d'un|une autre|un autre|una|otra|"
      r"otro|uno|un'altra|un altro|een|andere|um|uma|outra|outro|innego|inną|en|ett|annan)")
# What shows the object is a person: a noun for one, or a relative clause about them.
_PERSON = (r"(?:candidat\w*|kandidat\w*|kandydat\w*|applicant\w*|bewerber\w*|person\w*|"
           r"pessoa|osob\w*|individual|someone|somebody|colleague|collega|compañer\w*|colega|"
           r"kolleg\w*|intern\w*|interne|profil\w*|perfil|chic[oa]|ragazz[oa]|teacher|who|que|"
           r"qui|che|die|som|któr\w*|with|mit|avec|con|com|met|med|ayant|sökande|człowiek\w*|"
           r"iemand|alguém|alguien|qualcuno|quelqu'un|jemand\w*|någon|kogoś)")
CHOSE_OTHER = re.compile(
    rf"\b(?:{_CHOSE})\s+(?:{_FILLER}\s+)?(?:{_SOMEONE}\b|{_A}(?:\s+\S+){{0,2}}?\s+{_PERSON}\b)"
    # German and Dutch put the verb last: "für eine andere Bewerberin entschieden"
    r"|\b(?:een|eine|einen)\s+(?:\S+\s+){0,2}?(?:kandida\w*|bewerber\w*|persoon|person)\s+"
    r"(?:\S+\s+){0,3}?(?:gekozen|aangenomen|geselecteerd|entschieden|eingestellt|ausgewählt)\b")
# A promise of a decision: the clause before the verb says "once", "when", "if".
_PROMISE = re.compile(
    r"\b(?:if|once|when|after|until|as soon as|sobald|wenn|nachdem|falls|dès que|lorsque|quand|"
    r"si|une fois|una vez|cuando|hasta que|zodra|wanneer|als|nadat|quando|appena|dopo|se|"
    r"assim que|logo que|depois|gdy|kiedy|jeśli|jeżeli|po|när|så snart|om|efter)\b")
_SENTENCE_END = re.compile(r"[.!?\n;]")

_NO = (r"rejected|not selected|unsuccessful|declined|not progressed|not shortlisted|"
       r"not moving forward|position closed|abgelehnt|absage|nicht berücksichtigt|"
       r"nicht ausgewählt|non retenue?|refusée?|candidature refusée|non sélectionnée?|"
       r"descartad[oa]|no seleccionad[oa]|rechazad[oa]|no apt[oa]|afgewezen|niet geselecteerd|"
       r"niet weerhouden|non selezionat[oa]|scartat[oa]|non idone[oa]|respint[oa]|"
       r"não selecionad[oa]|reprovad[oa]|não aprovad[oa]|odrzucon[aey]|nie tym razem|"
       r"niezakwalifikowan[ayi]|nie wybrano|ej aktuell|inte aktuell|avböjd|ej vidare")
# A status value standing on its own line, after a label's colon or a progress arrow.
STATUS_NO = re.compile(
    rf"(?:^|[:→>✖✗×❌])[ \t✖✗×❌•·*-]*(?:{_NO})[ \t.!]*$", re.M)


# An if-clause, or a clause about candidates in general ("candidates who are not shortlisted").
_CONDITIONAL = re.compile(
    r"\b(?:if|should|unless|in case|whether|falls|wenn|sollten?|sofern|si|au cas où|"
    r"en caso de|als|indien|mocht|se|qualora|nel caso|caso|jeśli|jeżeli|w przypadku|om|ifall|"
    r"(?:candidates|applicants|those|anyone|kandidaten|bewerber\w*|candidats|candidatos|"
    r"candidati|kandydaci|kandydatów|kandidater|sökande),? (?:who|that|die|qui|que|che|"
    r"którzy|których|som))\b")


def conditional(lower_text: str, start: int) -> bool:
    """True when the phrase at `start` stands in an if-clause of its sentence ("if you are
    not selected, we will keep your details on file")."""
    begin = max(0, start - 160)
    ends = [m.end() for m in _SENTENCE_END.finditer(lower_text, begin, start)]
    clause = lower_text[ends[-1] if ends else begin: start]
    return _CONDITIONAL.search(clause) is not None


def _promised(low: str, start: int) -> bool:
    begin = max(0, start - 120)
    ends = [m.end() for m in _SENTENCE_END.finditer(low, begin, start)]
    return _PROMISE.search(low, ends[-1] if ends else begin, start) is not None


def decision_features(low: str) -> list[str]:
    """`h:chose_other` when the (lower-case) text says someone else was chosen, outside an
    if- or when-clause; `h:status_no` when it gives a rejection as a status value."""
    out = []
    for match in CHOSE_OTHER.finditer(low):
        if not _promised(low, match.start()):
            out.append("h:chose_other")
            break
    if STATUS_NO.search(low):
        out.append("h:status_no")
    return out
