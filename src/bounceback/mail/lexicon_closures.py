"""Rejections that say no without a word of regret (round 36), in the nine languages, merged
into mail/phrases.py's rejection phrases beside lexicon_cues.CUES.

An automated status line ("Application status: Not selected", "Bewerbungsstatus: Abgelehnt",
"Status: ej aktuell"), an offer taken back ("we have to withdraw the offer", "nous devons
retirer notre offre"), hiring paused for the whole cycle ("we have paused all graduate
hiring", "congelamos as contratações"), a test's score below the line ("your score did not
meet the threshold", "poniżej progu"), a vacancy its client called off ("o cliente cancelou a
vaga") and a post filled in the passive ("tjänsten har tillsatts", "rekryteringen är nu
avslutad") each end the application, though the mail may thank the reader, invite them to
apply again or say nothing sorry at all. Like every rejection phrase, one inside an if-clause
or beside a cue that the process still runs counts as `if_rejection` (mail/phrases.py).
"""

from __future__ import annotations

CLOSURE_CUES: dict[str, str] = {
    "rejection": """status: rejected | status: declined | status: unsuccessful |
        status: not selected | status: not progressing | status: closed - not selected |
        changed to rejected | changed to declined | changed to unsuccessful |
        changed to not selected | to: rejected | to: declined | to: unsuccessful |
        to: not selected | updated to rejected | updated to declined |
        updated to unsuccessful | updated to not selected | application rejected |
        application was rejected | application has been rejected | application declined |
        application was declined | application has been declined | not progressing |
        bewerbung abgelehnt | bewerbung wurde abgelehnt | status: abgelehnt |
        bewerbungsstatus: abgelehnt | status: absage | candidature refusée |
        candidature non retenue | statut : refusée | statut : non retenue | statut: refusée |
        statut: non retenue | candidatura rechazada | candidatura descartada |
        estado: descartado | estado: descartada | estado: rechazada | sollicitatie afgewezen |
        bent afgewezen | status: afgewezen | candidatura respinta | candidatura non selezionata |
        stato: respinta | stato: non selezionato | candidatura recusada | candidatura reprovada |
        status: reprovado | status: recusada | aplikacja odrzucona | kandydatura odrzucona |
        zgłoszenie odrzucone | status: odrzucona | status: odrzucone | ej aktuell |
        inte längre aktuell | inte aktuell för | status: avslag |
        withdraw the offer | withdraw our offer | withdraw your offer | withdrawing the offer |
        withdrawing our offer | withdrawing your offer | offer has been withdrawn |
        offer was withdrawn | offer is withdrawn | rescind* | retirer notre offre |
        retirer l'offre | retirer votre offre | retirer notre proposition |
        annuler votre promesse d'embauche | annuler la promesse d'embauche |
        retirar la oferta | retirar nuestra oferta | retirar tu oferta | retirar su oferta |
        angebot zurückziehen | zusage zurückziehen | ziehen unser angebot | ziehen wir unser angebot |
        ziehen unsere zusage | ziehen wir unsere zusage | aanbod intrekken | trekken ons aanbod |
        ons aanbod in te trekken | aanbod ingetrokken | ritirare l'offerta |
        ritirare la nostra offerta | ritirare la proposta | retirar a proposta |
        retirar a oferta | retirar a nossa proposta | wycofać ofertę | wycofujemy ofertę |
        wycofać naszą ofertę | dra tillbaka erbjudandet | dra tillbaka vårt erbjudande |
        återkalla erbjudandet | återkallar erbjudandet |
        take your application further | taking your application further |
        take your application any further | progress your application further |
        paused all | paused hiring | paused our hiring | paused recruitment |
        paused our recruitment | paused the role | paused this role | paused the position |
        pausing hiring | pausing all | pausing recruitment | hiring on hold | hiring pause |
        einstellungen ausgesetzt | rekrutierung ausgesetzt | besetzung ausgesetzt |
        recrutements suspendus | embauches gelées | gelé les recrutements | hemos pausado |
        pausamos las contrataciones | contrataciones en pausa | werving stopgezet |
        werving gepauzeerd | aannamestop | abbiamo sospeso | assunzioni sospese |
        blocco delle assunzioni | congelou | congelamos | congelaram | congelámos |
        segurar contratação | segurar a contratação | segurar as contratações |
        wstrzymaliśmy | zamrożenie rekrutacji | pausat rekryteringen | pausar rekryteringen |
        did not meet the threshold | didn't meet the threshold | not meet the threshold |
        below the threshold | below the cut-off | below the cutoff | under the threshold |
        did not meet the minimum | didn't meet the minimum | not meet the minimum score |
        did not reach the threshold | unter dem schwellenwert | mindestanforderungen nicht |
        en dessous du seuil | sous le seuil | pas atteint le seuil | por debajo del umbral |
        no alcanzó el umbral | no alcanza el umbral | onder de drempel | drempel niet |
        sotto la soglia | non ha raggiunto la soglia | abaixo do limite | abaixo da nota |
        não atingiu o mínimo | poniżej progu | nie osiągnął progu | nie osiągnęła progu |
        under gränsen | nådde inte gränsen |
        cancelled the vacancy | canceled the vacancy | cancelled the role | canceled the role |
        cancelled the position | canceled the position | client has cancelled |
        client cancelled | client canceled | a annulé le poste | a annulé le recrutement |
        ha cancelado la vacante | canceló la vacante | cancelaron la vacante |
        cancelou a vaga | cancelaram a vaga | vaga foi suspensa |
        har tillsatts | tillsatts | rekryteringen är avslutad | rekryteringen är nu avslutad |
        avslutat rekryteringen | rekryteringen avslutad""",
}
