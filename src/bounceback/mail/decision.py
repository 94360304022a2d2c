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
from functools import cache
from typing import Any

# Decision verbs in the past or perfect (and "already have"), then at most one filler word.
_CHOSE = """went with | gone with | decided on | decided for | decided to go with | decided to hire |
    decided to appoint | decided to take | chose | chosen | selected | hired | appointed | picked |
    taken on | took on | already have | already found | already hired | offered the role to |
    offered the position to | offered the job to | given the role to | given the job to |
    filled it with | filled the role with | filled the position with | filled the post with |
    entschieden für | eingestellt | ausgewählt | gefunden | retenu | choisi | fait le choix |
    opté pour | recruté | embauché | trouvé | elegido | escogido | cogido a | contratado a |
    seleccionado a | optado por | decidido contratar a | decidido quedarnos con | encontrado a |
    scelto | preso | deciso di prendere | deciso di assumere | deciso di proseguire con | assunto |
    selezionato | optato per | trovato | gekozen voor | aangenomen | geselecteerd | gevonden |
    escolhemos | escolhido | contratámos | contratamos | optámos por | optamos por | ficámos com |
    ficamos com | selecionámos | selecionamos | encontrámos | encontramos | wybraliśmy |
    zatrudniliśmy | zdecydowaliśmy się na | mamy już | już mamy | znaleźliśmy | valt | anställt |
    bestämt oss för | gått vidare med | hittat | fechamos com | fechámos com | cerramos con |
    chiuso con"""
# Going on with others: "move forward with other candidates", "poursuivre avec d'autres
# candidats", "gå vidare med andra kandidater". Only with other people named after it: "move
# forward with a final interview with our CTO" is an invitation.
_GO_ON = """move forward with | moving forward with | moved forward with | proceed with |
    proceeding with | continue with | continuing with | continue the process with |
    progress with | progressing with | pursue | pursuing | advance with | go ahead with |
    weiter mit | weitermachen mit | fortfahren mit | den prozess mit | poursuivre avec |
    poursuivre le processus avec | avancer avec | continuer avec | aller plus loin avec |
    seguir adelante con | avanzar con | continuar con | continuar el proceso con | seguir con |
    procedere con | proseguire con | andare avanti con | continuare con |
    proseguire il percorso con | verder met | verder te gaan met | verder gaan met |
    door te gaan met | doorgaan met | avançar com | seguir com | prosseguir com | continuar com |
    seguir em frente com | kontynuować z | kontynuować proces z | kontynuować rekrutację z |
    kontynuujemy z | postawić na | postawiliśmy na | gå vidare med | går vidare med |
    fortsätta med | fortsätter med | fortsätta processen med |
    weiterzumachen mit | fortzufahren mit | weitergehen mit"""
_OTHERS = (r"(?:other|others|another|d'autres|autres|un autre|une autre|otros|otras|otro|otra|"
           r"altri|altre|un altro|un'altra|andere|anderen|outros|outras|outro|outra|innymi|"
           r"innych|innego|inną|andra|annan|en annan)")
# Not going on with the reader's application: "decided not to move forward with your
# application", "décidé de ne pas poursuivre avec votre profil", "inte gå vidare med din ansökan".
_NOT_BEFORE = re.compile(r"(?:\bnot|\bnot to|\bne pas|\bno|\bnon|\bniet|\bnão|\bnie|\binte|"
                         r"\bnicht|\bnever)\s+$")
_YOURS = re.compile(r"\s+(?:you\b|your|votre|vos|ton|ta|tu|su|sus|tua|sua|la sua|la tua|il suo|"
                    r"il tuo|je|jouw|uw|a sua|o seu|o teu|a tua|twoj\w*|pana|pani|din|ditt|dina|"
                    r"er|ihr\w*|dein\w*|dir|dich|ihnen)\b")
# German and Dutch put the verb last: "für eine andere Bewerberin entschieden".
_LAST = "gekozen | aangenomen | geselecteerd | entschieden | eingestellt | ausgewählt"
_FILLER = (r"(?:finally|eventually|ultimately|instead|now|already|finalement|plutôt|al final|"
           r"finalmente|alla fine|invece|uiteindelijk|toch|ostatecznie|jednak|till slut|"
           r"istället|schließlich|letztlich|doch|jedoch|toutefois|però|dann)")
_SOMEONE = (r"(?:someone|somebody|jemanden|jemand|quelqu'un|alguien|qualcuno|iemand|alguém|"
            r"kogoś|człowieka|osobę|någon)")
_A = (r"(?:a|an|another|one|einen|eine|einer|un|une|d'une|d'un|une autre|un autre|una|otra|"
      r"otro|uno|un'altra|un altro|een|andere|um|uma|outra|outro|innego|inną|en|ett|annan|"
      # others, plural: "we selected other candidates", "d'autres candidats"
      r"other|others|d'autres|autres|otros|otras|altri|altre|anderen|outros|outras|innymi|"
      r"innych|andra)")
# What shows the object is a person: a noun for one, or a relative clause about them.
_PERSON = (r"(?:candidat\w*|kandidat\w*|kandydat\w*|applicant\w*|bewerber\w*|person\w*|"
           r"pessoa|osob\w*|individual|someone|somebody|colleague|collega|compañer\w*|colega|"
           r"menin[oa]|rapaz|moç[oa]|"
           r"kolleg\w*|intern\w*|interne|profil\w*|perfil|chic[oa]|ragazz[oa]|teacher|who|que|"
           r"qui|che|die|som|któr\w*|with|mit|avec|con|com|met|med|ayant|sökande|człowiek\w*|"
           r"iemand|alguém|alguien|qualcuno|quelqu'un|jemand\w*|någon|kogoś)")
# What follows a decision verb when someone else was chosen; what precedes a verb-last one.
_CHOSE_TAIL = re.compile(
    rf"\s+(?:{_FILLER}\s+)?(?:{_SOMEONE}\b|{_A}(?:\s+\S+){{0,2}}?\s+{_PERSON}\b)")
_GO_ON_TAIL = re.compile(
    rf"\s+(?:{_FILLER}\s+)?{_OTHERS}\s+(?:\S+\s+){{0,2}}?(?:candidat\w*|kandidat\w*|kandydat\w*|"
    r"applicant\w*|bewerber\w*|profil\w*|perfil\w*|sökande|person\w*|pessoas|personas|persone|"
    r"osob\w*|individuals|people)\b")
# German writes both genders: "für eine/n andere/n Bewerber/in entschieden", "Bewerber*innen",
# "Kandidat:in" (round 27).
_LAST_HEAD = re.compile(r"\b(?:een|eine|einen|andere|anderen)(?:/n|/r)?\s+(?:\S+\s+){0,2}?"
                        r"(?:kandida\w*|bewerber\w*|persoon|person)(?:[/*:]\w{1,5})?\s+"
                        r"(?:\S+\s+){0,3}?$")
# Words that open an if-clause. The short ones are other words too, so each counts only with
# what follows it in the language where it means "if": Spanish "se" is a pronoun ("se ha
# elegido"), Italian "si" one ("si è deciso"), German "als" means "as" ("als Lagerist"),
# Swedish "om" "about" ("ansökan om tjänsten"), Dutch "om" never "if"; Spanish and French
# "si" is "if", Italian "si è" a pronoun.
_IF = (r"if|unless|in case|whether|falls|wenn|sofern|au cas où|en caso de|indien|mocht|qualora|"
       r"nel caso|jeśli|jeżeli|w przypadku|ifall|should (?:you|your|we|there|the)|"
       # "otherwise": the other branch of an if-clause a long sentence opened further back
       # ("qualora il profilo sia in linea ...; in caso contrario, conserveremo il tuo cv")
       r"otherwise|if not|andernfalls|ansonsten|sonst|sinon|dans le cas contraire|"
       r"de lo contrario|en caso contrario|si no|in caso contrario|altrimenti|"
       r"zo niet|indien niet|caso contrário|do contrário|senão|"
       r"w przeciwnym (?:razie|wypadku)|annars|i annat fall|"
       r"sollten? (?:sie|du|wir|es|ihre|ihr|sich|dich)|s'ils?|"
       r"si(?! (?:è|e'|sono|prega|informa|comunica|ringrazia|tratta|può|possono|deve|devono)\b)|"
       r"se (?:il|i|gli|un|uno|una|dovess\w*|ci|ti|vi|non|sarai|sarà|hai|avrai|desideri|vuoi|"
       r"abbiamo|avremo|verrai|verrà|verranno|"
       r"lei|tu|qualcosa|in futuro|il tuo|la tua|il suo|la sua|riterr\w*|o|a|os|as|um|uma|"
       r"houver|tiver|tivermos|você|for|forem|surgir|surgirem|existir|seu|sua|voltar|quiser|"
       r"estiver|precisar|vier|vierem|não)|"
       r"caso (?:o|a|você|não|seu|sua|haja|tenha|surja|venha|queira|esteja)|"
       r"als (?:je|u|jij|er|we|wij|het|de|uw|jouw|jullie|ze|zich|deze|dit|dat|zo)|"
       r"om (?:du|ni|vi|det|någon|något|din|er|era|dina|inte|man|han|hon|de)")
# Words that put a decision in the future ("once we have selected a candidate"). "After"
# is left out: "after careful consideration we chose another candidate" is a decision.
_WHEN = (r"once(?! again| more)|when|until|as soon as|sobald|dès que|lorsque|quand|"
         r"une fois(?! de plus| encore)|una vez(?! más)|cuando|hasta que|zodra|wanneer|"
         r"quando|appena|assim que|logo que|gdy|kiedy|när|så snart")
# "Even if", "auch wenn", "anche se": the clause concedes, the decision stands.
_CONCEDE = re.compile(r"\b(?:even|auch|selbst|même|aun|incluso|anche|pure|mesmo|zelfs|ook|"
                      r"nawet|även)\s+$")
_CONCEDE_AFTER = re.compile(r"\s+auch\b")
_IF_RE = re.compile(rf"\b(?:{_IF})\b")
_PROMISE = re.compile(rf"\b(?:{_IF}|{_WHEN})\b")
SENTENCE_END = re.compile(r"[.!?\n;]")

# Status values a job board writes for a rejection.
_NO = """rejected | not selected | unsuccessful | declined | not progressed | not shortlisted |
    not moving forward | position closed | abgelehnt | absage | nicht berücksichtigt |
    nicht ausgewählt | non retenu | non retenue | refusé | refusée | candidature refusée |
    non sélectionné | non sélectionnée | descartado | descartada | no seleccionado |
    no seleccionada | rechazado | rechazada | no apto | no apta | afgewezen | niet geselecteerd |
    niet weerhouden | non selezionato | non selezionata | scartato | scartata | non idoneo |
    non idonea | respinto | respinta | não selecionado | não selecionada | reprovado | reprovada |
    não aprovado | não aprovada | odrzucona | odrzucony | odrzucone | nie tym razem |
    niezakwalifikowana | niezakwalifikowany | nie wybrano | ej aktuell | inte aktuell | avböjd |
    ej vidare | position filled | role filled | vacancy filled | job filled | filled |
    not successful | no longer under consideration | no longer considered | closed |
    job closed | vacancy closed | archived | stelle besetzt | besetzt | stelle vergeben |
    vergeben | poste pourvu | pourvu | offre clôturée | clôturée | plaza cubierta |
    vacante cubierta | proceso finalizado | finalizado | finalizada | posizione coperta |
    coperta | chiusa | vaga preenchida | vaga encerrada | encerrada | encerrado |
    stanowisko obsadzone | obsadzone | zamknięta | zakończona | vacature vervuld | vervuld |
    gesloten | tillsatt | tjänsten tillsatt | avslutad | not hired"""
# Before a status value: the line's start, a label's colon or a progress arrow; after it, the
# line's end, or a few words saying by whom ("Not selected by employer").
_STATUS_BEFORE = re.compile(r"(?:^|[:→>✖✗×❌])[ \t✖✗×❌•·*-]*$", re.M)
_STATUS_AFTER = re.compile(
    r"[ \t.!]*(?:(?:[-–(]\s*)?(?:by|from|por|par|da|door|av|przez|von|pelo|pela|dal|dalla)"
    r"\b[^\n.!?]{0,40}?[).]?[ \t]*)?(?:\n|$)")
# A value as common as "filled" or "closed" counts only after a status label's colon.
_LABEL_ONLY = frozenset({"filled", "closed", "archived", "besetzt", "vergeben", "pourvu",
                         "clôturée", "finalizado", "finalizada", "coperta", "chiusa",
                         "encerrada", "encerrado", "obsadzone", "zamknięta", "zakończona",
                         "vervuld", "gesloten", "tillsatt", "avslutad", "not successful"})
_LABEL = re.compile(r"(?:status|stato|estado|statut|stand|stan|état|etat|situação|situación|"
                    r"resultado|result|outcome|ergebnis|résultat|esito|uitslag|wynik|resultat)"
                    r"\b[^:\n]{0,30}:[ \t]*$")


@cache
def _automaton() -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for kind, text in (("chose", _CHOSE), ("last", _LAST), ("no", _NO), ("goon", _GO_ON)):
        for phrase in text.split("|"):
            key = " ".join(phrase.split())
            automaton.add_word(key, (kind, len(key)))
    automaton.make_automaton()
    return automaton


# A clause about candidates in general ("feedback to candidates who are not shortlisted").
_GENERAL = re.compile(
    r"\b(?:candidates|applicants|those|anyone|kandidaten|bewerber\w*|candidats|candidatos|"
    r"candidati|kandydaci|kandydatów|kandidater|sökande),? (?:who|that|die|qui|que|che|"
    r"którzy|których|som)\b[^,]*$")


def conditional(lower_text: str, start: int) -> bool:
    """True when the phrase at `start` stands in an if-clause of its sentence ("if you are
    not selected, we will keep your details on file") or in a clause about candidates in
    general ("we cannot give feedback to applicants who are not shortlisted")."""
    begin = max(0, start - 160)
    ends = [m.end() for m in SENTENCE_END.finditer(lower_text, begin, start)]
    head = ends[-1] if ends else begin
    clause = lower_text[head: start]
    return (_opens_if(_IF_RE, lower_text[head: start + 24], start - head)
            or _GENERAL.search(clause) is not None)


def _opens_if(pattern: re.Pattern[str], text: str, limit: int) -> bool:
    """True when `pattern` finds a word before `limit` in `text` (a clause and the words after
    it, which tell "se non verrai" from "se ha") that opens a real if- or when-clause (not a
    concession: "even if", "auch wenn", "wenn auch", "anche se")."""
    for match in pattern.finditer(text):
        if match.start() >= limit:
            break
        if not (_CONCEDE.search(text, 0, match.start())
                or _CONCEDE_AFTER.match(text, match.end())):
            return True
    return False


def _promised(low: str, start: int) -> bool:
    begin = max(0, start - 120)
    ends = [m.end() for m in SENTENCE_END.finditer(low, begin, start)]
    head = ends[-1] if ends else begin
    return _opens_if(_PROMISE, low[head: start + 24], start - head)


def decision_features(low: str) -> list[str]:
    """`h:chose_other` when the (lower-case) text says someone else was chosen, outside an
    if- or when-clause; `h:status_no` when it gives a rejection as a status value."""
    chose = status = False
    size = len(low)
    for end, (kind, length) in _automaton().iter(low):
        start = end - length + 1
        if (start > 0 and low[start - 1].isalpha()) or (end + 1 < size and low[end + 1].isalpha()):
            continue
        if kind == "no":
            if not status:
                line = low.rfind("\n", 0, start) + 1
                before = _LABEL if low[start: end + 1] in _LABEL_ONLY else _STATUS_BEFORE
                status = (before.search(low, line, start) is not None
                          and _STATUS_AFTER.match(low, end + 1) is not None)
        elif not chose and (
            _CHOSE_TAIL.match(low, end + 1) if kind == "chose"
            else (_GO_ON_TAIL.match(low, end + 1)
                  or (_NOT_BEFORE.search(low, max(0, start - 12), start)
                      and _YOURS.match(low, end + 1))) if kind == "goon"
            else _LAST_HEAD.search(low, max(0, start - 80), start)
        ) and not _promised(low, start):
            chose = True
    return ["h:chose_other"] * chose + ["h:status_no"] * status
