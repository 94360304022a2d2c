"""Phrases for what job-search email does that every language says its own way, grouped by
what they do rather than by language (merged into mail/lexicon.py's phrase lists).

`pending` and `own_decline` (the candidate withdrawing or saying no: their own mail, `other`)
are cues of their own too. `pending`: a process still running, a decision not yet made, a delay
("Leider dauert das Verfahren länger, eine Entscheidung ist noch nicht gefallen") is an
acknowledgement, though it may open with a word of regret; `moved`, an interview moved to
another time, likewise keeps a word of regret in its sentence from reading as a rejection.

`after_interview` is a cue of its own, not a kind: thanking a candidate for an interview that
has happened, with no decision yet, is an acknowledgement (taxonomy.md), but its words are an
interview's; the model weighs the cue against the rest of the email.

`declined_other` (round 21): a decline or a cancellation that is not about a job application
(a meeting invitation declined, a card payment declined, an order cancelled: `other`), which
uses a rejection's words; from round 26 also an event that is full or called off and a
flight or a booking cancelled ("we regret that the webinar is full", "the careers fair has been
cancelled", "der Workshop ist leider ausgebucht"), which readers' mail apologises for in a
rejection's words. `retained`: an agency recruiting for a client ("I'm recruiting for a
client", "retained by"), weighed against the words of an application the candidate made.
Assessment results that end the process ("you did not reach the required score") are rejection
phrases. `keep_cv` (round 31): the CV kept on file or in a talent pool, said by a no and by a
talent pool's newsletter alike.
"""

from __future__ import annotations

CUES: dict[str, str] = {
    "pending": """no decision has been made | not yet made a decision | not made a decision yet |
        haven't made a decision | have not made a decision | no decision yet | still in progress |
        is still ongoing | still open | taking longer than | longer than expected |
        longer than planned | still being considered | remain under consideration |
        remains under consideration | still in the running | process continues |
        noch keine entscheidung | entscheidung ist noch nicht gefallen | noch nicht entschieden |
        weiterhin im auswahlprozess | weiterhin im auswahlverfahren | befindet sich noch |
        befindet sich weiterhin | mehr zeit in anspruch | noch nicht abgeschlossen | läuft noch |
        zwischenbescheid | aucune décision n'a | pas encore pris de décision | encore en cours |
        prend plus de temps | toujours à l'étude | reste à l'étude | toujours en lice |
        sigue en curso | sigue abierto | aún no hemos tomado | todavía no hemos tomado |
        ninguna decisión | está tardando más | sigue en proceso | aún en proceso |
        ancora in corso | tuttora in corso | non è ancora stata presa | nessuna decisione |
        i tempi si sono allungati | richiede più tempo | ancora in valutazione |
        nog geen beslissing | nog geen besluit | loopt nog | duurt langer | nog niet afgerond |
        nog volop bezig | continua em andamento | ainda em andamento | continua em análise |
        ainda não tomámos | ainda não tomamos | nenhuma decisão | está a demorar |
        está demorando | segue em andamento | nadal trwa | wciąż trwa | jeszcze trwa |
        nie podjęliśmy jeszcze | decyzja nie zapadła | decyzja jeszcze nie | trwa dłużej |
        nadal analizujemy | wciąż analizujemy | pågår fortfarande | pågår ännu | inget beslut |
        inte fattat något beslut | tar längre tid | fortfarande under behandling |
        ännu inte klar | delayed | has been delayed | a delay | some delay | been pushed back |
        pushed back | verzögert | verzögerung | verschiebt sich | dauert länger |
        pris du retard | prend du retard | un retard | du retard | retardé | retardée |
        plus long que prévu | plus de temps que prévu | se retrasará | se ha retrasado |
        se retrasa | un retraso | algún retraso | más tiempo de lo previsto |
        más de lo previsto | un ritardo | in ritardo | subirà un ritardo | slitta | slittare |
        più tempo del previsto | più del previsto | vai atrasar | está atrasado |
        um atraso | algum atraso | mais do que prevíamos | mais tempo do que | opóźni* |
        opóźnienie | przesunie się | dłużej niż | vertraging | vertraagd | langer dan verwacht |
        langer dan gepland | försen* | dröjer | längre tid än | länger als geplant |
        länger als erwartet | zeit in anspruch""",
    "rejection": """hiring is frozen | recruitment is paused | role is paused |
        position is paused | put on pause | schon vergeben | bereits vergeben | stelle vergeben |
        auf eis gelegt | pausiert | recrutement est gelé | recrutement gelé | recrutement suspendu |
        poste est suspendu | mis en pause | en pausa | quedó en pausa | congelad* |
        proceso cancelado | oferta cancelada | in pausa | sospeso | sospesa | revocat* | annullat* |
        vacaturestop | on hold gezet | stopgezet | geschrapt | foi cancelada | foi cancelado |
        vaga cancelada | suspendu | suspendue | suspendido | suspendida | suspenso | suspensa |
        wstrzyma* | zawiesz* | anulowan* | wybrana została inna | wybrany został inny |
        została wybrana inna | został wybrany inny | wybrano inną | wybrano innego |
        niet bent geselecteerd | bent niet geselecteerd | não iremos avançar |
        não vamos prosseguir | não iremos prosseguir |
        anställningsstopp | rekryteringsstopp | pausad | pausat | avbryt* | avbrut* |
        stänger alla | plaza ya está cubierta | ya está cubierta | już mamy |
        not be moving you forward | not moving you forward | not move you forward |
        chosen not to move forward | not going to move forward | not taking you forward |
        not been progressed | not be progressed | has not progressed | nie została wybrana |
        nie został wybrany | nie została zakwalifikowana | nie został zakwalifikowany |
        did not reach the required | did not achieve the pass mark | did not obtain the pass mark |
        did not pass the | not reach the required | did not meet the required |
        fell short of what | below the required | below the pass mark |
        erforderliche punktzahl nicht | mindestpunktzahl nicht | nicht bestanden |
        n'atteignent pas le | n'atteint pas le | no has alcanzado la puntuación |
        no ha alcanzado la puntuación | no alcanza la puntuación | niet gehaald |
        minimale score niet | non raggiunge la soglia | non ha superato | não obteve a classificação |
        não atingiu a pontuação | não atingiu a classificação | nie uzyskała pani wymaganej |
        nie uzyskał pan wymaganej | nie uzyskał wymaganej | nie uzyskała wymaganej |
        nådde inte upp | inte nådde upp | klarade inte |
        posizione è stata chiusa | la posizione è chiusa | rekrutacja zakończona |
        rekrutacja została zakończona | niet bent uitgenodigd | niet uitgenodigd voor |
        al vergeven | is vergeven | al iemand aangenomen | già stato preso | già stata presa |
        già coperto | già coperta | abbiamo già preso | lugar já está ocupado | já está ocupada |
        já está ocupado | já ocupámos | já contratámos | ya cogimos a | ya hemos cogido a |
        ya tenemos a alguien | ya tenemos a otra | déjà prise | déjà pris quelqu'un |
        déjà pourvu | est pourvu | a été pourvu | a été pourvue | już obsadzone |
        zostało obsadzone | zostało już obsadzone | mamy już kogoś | already covered |
        taken someone on | taken on someone | given the job to | given the role to |
        gave the job to | gave the role to | job's gone | job has gone | role has gone |
        schon besetzt | bereits besetzt | ist besetzt | schon jemanden | not been invited |
        won't be inviting you | not invited to | non è stato invitato | non è stata invitata |
        nie został pan zaproszony | nie została pani zaproszona | tjänsten är tillsatt |
        redan tagit någon | har redan anställt | anställt någon annan""",
    # Round 31: the writer keeps the CV or the details on file, in a talent pool: a small
    # employer's no says it in every language ("wir behalten Ihre Unterlagen", "guardamos
    # tu CV"), and so does a talent pool's newsletter (`other`) and now and then an
    # acknowledgement; a cue, weighed by the model with the rest of the email.
    "keep_cv": """keep your cv | keep your details | keep your resume | keep your cv on file |
        keep your details on file | hold on to your cv | hang on to your cv | cv on file |
        resume on file | details on file | in our talent pool | retained in our |
        join our talent pool | talent pool | behalten ihre unterlagen | behalten deine unterlagen |
        behalten wir ihre unterlagen | behalten wir deine unterlagen | unterlagen behalten |
        heben ihre unterlagen | heben deine unterlagen | heben wir ihre | heben wir deine |
        unterlagen aufbewahren | in evidenz | talentpool | talent-pool |
        bewerberpool | in unserer datenbank | nous conservons votre | conservons votre cv |
        conservons votre candidature | conserver votre cv | conserver votre candidature |
        gardons votre cv | garder votre cv | je garde ton cv | on garde ton cv | garde ton cv |
        notre vivier | vivier de talents | cvthèque | guardamos tu cv | guardaremos tu cv |
        guardamos su cv | guardaremos su cv | guardo tu cv | guardamos tu currículum |
        guardaremos tu currículum | conservaremos tu | conservamos tu | mantendremos tu cv |
        bolsa de candidatos | bolsa de talento | en nuestra base de datos | bewaren je cv |
        bewaren uw cv | bewaren je gegevens | bewaren uw gegevens | bewaren je sollicitatie |
        bewaren uw sollicitatie | je cv bewaren | uw cv bewaren | houden je cv | in portefeuille |
        in ons bestand | manteremo il tuo cv | manterremo il tuo cv | conserveremo il tuo cv |
        conserviamo il tuo cv | terremo il tuo cv | teniamo il tuo cv | terremo il tuo curriculum |
        teniamo il tuo curriculum | manteniamo il tuo | nel nostro database | nella nostra banca dati |
        teniamo presente | terremo presente | mantemos o seu currículo | manteremos o seu currículo |
        mantemos o seu cv | manteremos o seu cv | guardamos o seu currículo | guardamos o seu cv |
        guardaremos o seu | guardamos seu currículo | manteremos seu currículo | banco de talentos |
        na nossa base de dados | em nossa base | currículo em arquivo | zachowamy twoje cv |
        zachowamy pana cv | zachowamy pani cv | zachowamy twoją aplikację | zachowamy twoje dokumenty |
        zachowamy cv | pozostawimy w bazie | w naszej bazie | bazie kandydatów |
        pozostanie w naszej bazie | vi sparar ditt cv | sparar ditt cv | sparar din ansökan |
        sparar dina uppgifter | sparar dina papper | behåller ditt cv | i vår kandidatbank |
        kandidatbank | talangbank | talangpool""",
    "own_decline": """withdraw my application | accepted another | accepted a position |
        accepted an offer | i'll pass | i will pass | pass on this one | respectfully decline |
        have to decline | retirer ma candidature | j'ai accepté un autre | retirar mi candidatura |
        he aceptado otra | ritirare la mia candidatura | ho accettato un'altra |
        mijn sollicitatie intrekken | trek mijn sollicitatie in | andere baan aangenomen |
        retirar a minha candidatura | aceitei outra | wycofać moją aplikację | wycofuję |
        przyjęłam inną | przyjąłem inną | dra tillbaka min ansökan | tackat ja till ett annat |
        meine bewerbung zurückziehen | ziehe meine bewerbung | andere stelle angenommen""",
    # An interview or a call moved to another time: "unfortunately we have to reschedule"
    # opens with a word of regret and decides nothing (a rejection phrase in its sentence
    # counts as `if_rejection`, as beside `pending`).
    "moved": """reschedule | rescheduled | rescheduling | move your interview | move our interview |
        move the interview | move our call | move the call | a new time | another time |
        a different time | find a new slot | find another slot | push our call | push the call |
        postpone the interview | postpone your interview | postpone our |
        termin verschieben | gespräch verschieben | interview verschieben | müssen wir verschieben |
        verschieben müssen | neuen termin | anderen termin | termin verlegen |
        reporter l'entretien | reporter notre | reporter votre | décaler l'entretien | décaler notre |
        décaler votre | un autre créneau | un nouveau créneau | nouvel horaire |
        reprogramar | reprogramada | reprogramado | cambiar la hora | mover la entrevista |
        otro horario | nuevo horario | aplazar la entrevista | otra fecha | nueva fecha |
        spostare il colloquio | spostare l'appuntamento | riprogrammare | un altro orario |
        nuovo orario | rinviare il colloquio | un'altra data | una nuova data |
        verzetten | verplaatsen | ander tijdstip | nieuw tijdstip | andere datum | nieuwe datum |
        reagendar | remarcar | outro horário | novo horário | outra data | nova data |
        przełożyć | przełożenie | przesunąć spotkanie | przesunąć rozmowę | inny termin |
        nowy termin | boka om | flytta intervjun | flytta mötet | flytta vårt | ny tid | annan tid |
        postponed to | postponed until | reporté au | reportée au | reporté à | reportée à |
        verschoben auf | aplazado al | aplazada al | aplazado hasta | rinviato al | rinviata al |
        uitgesteld tot | uitgesteld naar | adiado para | adiada para | przełożone na |
        przełożona na | flyttad till | flyttat till""",
    "after_interview": """thank you for coming in | thanks for coming in | thanks for coming by |
        thank you for your time today | thanks for your time today | thank you for meeting |
        thanks for meeting | thank you for interviewing with | thanks for interviewing with |
        thank you for the interview | thanks for the interview | great to meet you today |
        good to meet you today | enjoyed meeting you | enjoyed speaking with you |
        danke für das gespräch | vielen dank für das gespräch | danke für das nette gespräch |
        vielen dank für das angenehme gespräch | danke für das interview |
        vielen dank für das interview | danke für ihren besuch | danke für deinen besuch |
        schön, sie kennenzulernen | schön, dich kennenzulernen |
        merci pour l'échange | merci pour notre échange | merci pour l'entretien |
        merci pour cet entretien | merci pour notre entretien | merci d'être venu |
        merci d'être venue | merci pour votre venue | merci pour ta venue | merci pour l'entrevue |
        ravi de vous avoir rencontré | ravie de vous avoir rencontré |
        gracias por la entrevista | gracias por venir | gracias por la conversación |
        gracias por la charla | un placer conocerte | fue un placer conocerte |
        encantados de conocerte | gracias por acercarte |
        grazie per il colloquio | grazie del colloquio | grazie per essere venuto |
        grazie per essere venuta | è stato un piacere conoscerti | piacere di averti conosciuto |
        colloquio di ieri | colloquio di oggi | colloquio di stamattina |
        dank voor het gesprek | bedankt voor het gesprek | bedankt voor het fijne gesprek |
        bedankt voor het prettige gesprek | leuk je te ontmoeten | leuk je gesproken te hebben |
        gesprek van vanochtend | gesprek van vanmiddag | gesprek van gisteren |
        bedankt voor je komst | bedankt voor uw komst |
        obrigado pela entrevista | obrigada pela entrevista | obrigado por ter vindo |
        obrigada por ter vindo | obrigado pela conversa | obrigada pela conversa |
        entrevista de ontem | entrevista de hoje | foi um prazer conhecer | foi um prazer conversar |
        dziękujemy za rozmowę | dziękuję za rozmowę | dzięki za rozmowę | dziękujemy za spotkanie |
        dziękuję za spotkanie | miło było pana poznać | miło było panią poznać |
        miło było cię poznać | rozmowa w dniu wczorajszym | wczorajszą rozmowę |
        dzisiejszą rozmowę | wczorajsze spotkanie |
        tack för i dag | tack för idag | tack för i går | tack för igår | tack för intervjun |
        tack för samtalet | tack för att du kom | tack för mötet | trevligt att träffas |
        kul att träffas | roligt att träffa""",
    "action_required": """noch interesse | besteht noch interesse | weiterhin interesse |
        noch interessiert | toujours intéressé | toujours intéressée | toujours partant |
        toujours partante | sigues interesado | sigues interesada | sigue interesado |
        sigue interesada | sigue usted interesado | ancora interessato | ancora interessata |
        sei ancora interessat* | nog steeds interesse | nog steeds geïnteresseerd | nog interesse |
        ainda tem interesse | ainda está interessado | ainda está interessada |
        continua interessado | continua interessada | nadal jesteś zainteresowany |
        nadal jesteś zainteresowana | nadal zainteresowany | nadal zainteresowana |
        potwierdzenie zainteresowania | fortfarande intresserad | fortfarande intresserade |
        är du fortfarande intresserad""",
    "recruiter_outreach": """wil je spreken | wil u spreken | wil met je in contact |
        wil met u in contact | interesse in jouw profiel | interesse in uw profiel |
        interessiert an ihrem profil | interessiert an deinem profil |
        interessiert sich für ihr profil | interessiert sich für dein profil |
        vous invite à postuler | t'invite à postuler | intéressé par votre profil |
        intéressée par votre profil | ti invita a candidarti | la invita a candidarsi |
        è interessato al tuo profilo | è interessata al tuo profilo | interessati al tuo profilo |
        interesada en tu perfil | interesado en tu perfil | interesados en tu perfil |
        te invita a inscribirte | te invita a postularte | convidou você a se candidatar |
        convida você a se candidatar | interessada no seu perfil | interessado no seu perfil |
        har bjudit in dig att söka | bjuder in dig att söka | intresserad av din profil |
        intresserade av din profil | zaprasza do aplikowania | zaprasza cię do aplikowania |
        zainteresowany twoim profilem | zainteresowana twoim profilem""",
    "assessment": """videointerview aufzeichnen | zeitversetzte* | aufgezeichnet* |
        entretien vidéo différé | vidéo différée | enregistrer vos réponses |
        entrevista en vídeo diferida | grabar tus respuestas | video colloquio registrato |
        videocolloquio registrato | registrare le tue risposte | opgenomen video |
        video-interview opnemen | entrevista em vídeo gravada | gravar as suas respostas |
        gravar suas respostas | nagraj wideorozmowę | nagraj odpowiedzi | nagrane odpowiedzi |
        spela in din videointervju | spela in dina svar | inspelad videointervju""",
    "interview_request": """dzień próbny | dzień próbnego | provjobb | provjobba |
        prova di lavoro | giornata di prova | día de prueba | jornada de prueba |
        prueba en obrador | journée d'essai | dia de experiência | dia de teste""",
    "declined_other": """has declined this invitation | declined this invitation |
        has declined your meeting | declined your meeting | declined your invitation |
        has declined the invitation | invitation from google calendar | payment was declined |
        payment declined | card was declined | declined a card payment | declined a payment |
        transaction declined | transaction was declined | order has been cancelled |
        order has been canceled | order was cancelled | cancel your order | has canceled the event |
        has cancelled the event | booking request was declined | request to book court |
        hat diese einladung abgelehnt | hat ihre einladung abgelehnt | hat die einladung abgelehnt |
        einladung von google kalender | kartenzahlung abgelehnt | zahlung wurde abgelehnt |
        bestellung wurde storniert | bestellung storniert | a refusé votre invitation |
        a refusé cette invitation | a refusé l'invitation | invitation de google agenda |
        paiement refusé | paiement a été refusé | commande a été annulée | commande annulée |
        ha rechazado esta invitación | ha rechazado tu invitación | ha rechazado la invitación |
        invitación de google calendar | pago denegado | hemos denegado un pago |
        tarjeta denegada | pedido ha sido cancelado | pedido cancelado |
        heeft uw vergadering geweigerd | heeft je vergadering geweigerd |
        heeft de uitnodiging geweigerd | heeft deze uitnodiging geweigerd | betaling geweigerd |
        betaling is geweigerd | bestelling is geannuleerd | bestelling moeten annuleren |
        bestelling geannuleerd | ha rifiutato questo invito | ha rifiutato l'invito |
        ha rifiutato il tuo invito | invito da google calendar | pagamento rifiutato |
        pagamento con carta rifiutato | ordine è stato annullato | ordine annullato |
        recusou o seu convite | recusou este convite | recusou o convite | pagamento recusado |
        pagamento foi recusado | encomenda foi cancelada | encomenda cancelada |
        odrzucił to zaproszenie | odrzuciła to zaproszenie | odrzucił zaproszenie |
        odrzuciła zaproszenie | zaproszenie z kalendarza google | transakcja kartą odrzucona |
        transakcja została odrzucona | płatność odrzucona | zamówienie zostało anulowane |
        har avböjt ditt möte | har avböjt mötet | har avböjt inbjudan | avböjt din inbjudan |
        betalning nekad | köpet nekades | kortbetalning nekad | beställning har avbrutits |
        beställning har avbokats | order har avbrutits |
        webinar is full | webinar is fully booked | event is full | event is fully booked |
        is now fully booked | is fully booked | has sold out | is sold out |
        event has been cancelled | event has been canceled | webinar has been cancelled |
        webinar has been canceled | fair has been cancelled | fair has been canceled |
        workshop has been cancelled | workshop has been canceled | class has been cancelled |
        class has been canceled | course has been cancelled | course has been canceled |
        flight has been cancelled | flight has been canceled | flight was cancelled |
        flight was canceled | reservation has been cancelled | reservation has been canceled |
        no places left | no spaces left | no seats left |
        ist leider ausgebucht | ist ausgebucht | bereits ausgebucht | ausverkauft |
        veranstaltung wurde abgesagt | veranstaltung muss leider ausfallen | webinar wurde abgesagt |
        workshop wurde abgesagt | messe wurde abgesagt | flug wurde annulliert |
        webinaire est complet | événement est complet | atelier est complet |
        événement a été annulé | webinaire a été annulé | salon a été annulé |
        atelier a été annulé | vol a été annulé | plus de places disponibles |
        evento ha sido cancelado | webinar ha sido cancelado | feria ha sido cancelada |
        taller ha sido cancelado | aforo completo | entradas agotadas | plazas agotadas |
        vuelo ha sido cancelado | no quedan plazas | evento è stato annullato |
        webinar è stato annullato | fiera è stata annullata | posti esauriti | tutto esaurito |
        volo è stato cancellato | non ci sono più posti | evenement is geannuleerd |
        webinar is geannuleerd | beurs is geannuleerd | workshop is geannuleerd | volgeboekt |
        uitverkocht | vlucht is geannuleerd | geen plaatsen meer | evento foi cancelado |
        webinar foi cancelado | feira foi cancelada | inscrições esgotadas | lotação esgotada |
        bilhetes esgotados | voo foi cancelado | wydarzenie zostało odwołane |
        webinar został odwołany | targi zostały odwołane | warsztaty zostały odwołane |
        brak wolnych miejsc | bilety wyprzedane | lot został odwołany |
        evenemanget är inställt | evenemanget har ställts in | webbinariet är inställt |
        webbinariet har ställts in | mässan är inställd | mässan har ställts in | fullbokat |
        fullbokad | slutsålt | flyget är inställt | flyget har ställts in | inga platser kvar""",
    # Round 28: what everyday mail is about when it borrows a job search's words (an
    # application for a flat, a loan or a place on a course, a visa's interview, a grant's
    # panel, a club's waiting list, a customer survey): the thing, never a sentence. Round 29
    # added waiting lists, school and nursery places, scholarships, insurance and credit
    # applications, talk proposals (none of them in a job's mail of the corpus; "squad",
    # "Kita", "kinderopvang", "förskola" and "socio" are, as employers and teams, so left out). A cue,
    # not a kind: a job's mail may name a flat or a visa too ("we help with a visa"), and the
    # model weighs it against the rest.
    "about_else": """apartment | the flat | your flat | this flat | the property | tenancy | tenant |
        tenants | landlord | lettings | letting agent | to rent | rental | rent the | loan |
        loans | mortgage | overdraft | credit file | credit score | insurance claim |
        loss adjuster | visa application | visitor visa | student visa | tourist visa |
        visa appointment | residence permit | consular | admissions | a place on the course |
        grant application | project grant | prize draw | volunteer | volunteers | volunteering |
        podcast | dating | parking permit | customer satisfaction | survey | your order |
        your parcel | wohnung | mietinteressent* | mieter | vermieter | miete | mietvertrag |
        kaution | kredit | kredits | darlehen | hypothek | baufinanzierung | visum |
        aufenthaltstitel | aufenthaltserlaubnis | studienplatz | studierendensekretariat |
        mitgliedschaft | aufnahmeantrag | förderantrag | fördermittel | gewinnspiel | ehrenamt* |
        umfrage | kundenzufriedenheit | bestellung | appartement | logement |
        dossier de location | locataire | loyer | prêt immobilier | prêt personnel |
        demande de prêt | crédit immobilier | titre de séjour | parcoursup | scolarité |
        adhésion | subvention | bénévole | bénévoles | bénévolat | enquête de satisfaction |
        questionnaire de satisfaction | commande | colis | alquiler | alquilar | inquilino |
        arrendador | préstamo | hipoteca | visado | matrícula | subvención | voluntario |
        voluntaria | voluntariado | encuesta | pedido | paquete | appartamento | affitto |
        prestito | mutuo | permesso di soggiorno | iscrizione | immatricolazione |
        borsa di studio | volontario | volontaria | volontariato | sondaggio |
        questionario di soddisfazione | pacco | woning | huurwoning | huur | huurder |
        verhuurder | bezichtiging | lening | hypotheek | verblijfsvergunning | toelating |
        studieplek | lidmaatschap | vrijwilliger | vrijwilligers | subsidie | loting |
        bestelling | apartamento | aluguel | aluguer | arrendamento | empréstimo |
        autorização de residência | bolsa de estudo | voluntário | voluntária |
        pesquisa de satisfação | encomenda | mieszkanie | mieszkania | wynajem | najem |
        najemca | kredyt | kredytu | pożyczk* | hipoteczn* | wiza | wizy | karta pobytu |
        członkostwo | wolontariusz* | wolontariat | stypendium | dotacj* | ankieta | zamówienie |
        przesyłka | paczka | paczkomat* | lägenhet | lägenheten | hyresgäst | hyresvärd | hyra |
        bostadskön | lån | bolån | uppehållstillstånd | antagning* | antagen | högskolepoäng |
        medlemskap | volontär | stipendium | enkät | beställning |
        waiting list | school place | nursery place | allotment | remortgage | credit card |
        credit limit | car insurance | policy documents | scholarship | bursary |
        offer of a place | ucas | talk proposal | call for papers | warteliste |
        betreuungsplatz | kita-platz | ratenkredit | versicherungsantrag | vorsingen |
        liste d'attente | place en crèche | lista de espera | plaza escolar | propietario |
        inquilino | wachtlijst | toelatingscommissie | lista d'attesa | asilo nido |
        scuola dell'infanzia | proprietario | crédito habitação | seguro automóvel |
        lista oczekujących | listę oczekujących | liście oczekujących | kölista |
        förskoleplats |
        notice of assessment | year of assessment | tax return | tax refund | income tax |
        steuerbescheid | steuererklärung | einkommensteuer | finanzamt | avis d'impôt |
        avis d'imposition | impôt sur le revenu | déclaration de revenus |
        declaración de la renta | agencia tributaria | belastingaangifte | aanslag inkomstenbelasting |
        dichiarazione dei redditi | agenzia delle entrate | rimborso irpef | nota de liquidação |
        portal das finanças | zeznanie podatkowe | urząd skarbowy | urzędu skarbowego |
        slutskattebesked | inkomstdeklaration | skatteverket |
        work coach | jobcentre | universal credit | claimant commitment | jobcenter | bürgergeld |
        arbeitslosengeld | allocation chômage | votre indemnisation | prestación por desempleo |
        demanda de empleo | ww-uitkering | naspi | patto di servizio | subsídio de desemprego |
        osoby bezrobotnej | status bezrobotnego | a-kassan |
        membership | credit card | tarjeta de crédito | kreditkarte | carte de crédit |
        carta di credito | cartão de crédito | karta kredytowa | kreditkort""",
    # Round 30: an auto-reply saying its writer is away (the candidate's own application
    # answered by an out-of-office: `other`, however job-like its subject), and a job board
    # telling of a job the reader saved or followed that has closed (an alert, not a no).
    "auto_reply": """out of the office | out of office | out-of-office |
        abwesenheitsnotiz | nicht im büro | bin ich nicht im büro | absent du bureau |
        absente du bureau | en congés et de retour | fuera de la oficina | afwezigheidsmelding |
        ik ben afwezig tot | fuori ufficio | ausente do escritório | poza biurem |
        jestem na urlopie do | frånvaromeddelande | på semester till och med""",
    "saved_job": """job you saved | jobs you saved | you saved at | gemerkte stelle |
        que vous suiviez | que vous avez sauvegardée | que guardaste | je had bewaard |
        avevi salvato | que guardou | które obserwowałeś | które obserwowałaś | du sparade""",
    # Round 28: a recruiter chasing their own cold message ("circling back on my note"): their
    # outreach again, not an interview, whatever call it proposes. Round 29: asking whether
    # the first message was read ("did you get a chance to look", "pudiste ver mi mensaje").
    "own_chase": """circling back on my | following up on my note | following up on my message |
        following up on my last | following up on my previous | following up on my email |
        bumping this | bumping my | in case my note | in case my last | in case my message |
        in case my email | my note below | my message below | my email below |
        just wanted to follow up on my | my previous message | my last message |
        meine nachricht von letzter woche | meine letzte nachricht | meine nachricht unten |
        ich hake nochmal nach | ich hake noch einmal nach | mon message précédent |
        mon précédent message | mon dernier message | je relance | petite relance |
        mi mensaje anterior | mi último mensaje | retomo mi mensaje | il mio messaggio precedente |
        il mio ultimo messaggio | mijn vorige bericht | mijn eerdere bericht | mijn laatste bericht |
        minha mensagem anterior | minha última mensagem | moją poprzednią wiadomość |
        mojej poprzedniej wiadomości | moja poprzednia wiadomość | mitt tidigare meddelande |
        mitt förra meddelande | mitt senaste meddelande | circling back |
        did you get a chance to look | did you have a chance to look | one last try |
        last note from me | floating this | in case you missed my | did you see my message |
        did you see my note | my note from | my earlier note | my earlier message |
        haben sie meine nachricht | hast du meine nachricht | wollte kurz nachhaken |
        pudiste ver mi mensaje | te escribo de nuevo | ti riscrivo | heb je mijn bericht |
        viu a minha mensagem | volto a contactá-lo | przypominam się | hann du läsa mitt |
        hör av mig igen | any thoughts | the role i mentioned | the opportunity i mentioned |
        the position i mentioned | the role i sent | hatten sie schon gelegenheit |
        czy miał pan okazję | czy miała pani okazję""",
    # An offer's word that the sentence denies (round 33): a reserve list's, a pre-employment
    # check's or an agency's "this does not constitute an offer" is no offer. An offer
    # phrase inside one of these counts as `not_offer` (mail/phrases.py).
    "not_offer": """does not constitute an offer | do not constitute an offer |
        does not constitute a job offer | does not constitute an offer of employment |
        is not an offer of employment | is not an offer | is not a job offer |
        does not represent an offer | does not guarantee an offer | not a guarantee of an offer |
        no guarantee of an offer | not a guarantee of employment | not a contract of employment |
        stellt kein angebot dar | stellt kein arbeitsangebot dar | stellt keine zusage dar |
        stellt keine einstellungszusage dar | ist keine zusage | kein verbindliches angebot |
        keine einstellungszusage | kein angebot | keine zusage | kein arbeitsangebot |
        kein vertragsangebot | geen aanbod | inget erbjudande | nie stanowi oferty pracy | ne constitue pas une offre | ne constitue pas une promesse |
        ne vaut pas promesse d'embauche | ne vaut pas offre | n'est pas une offre |
        n’est pas une offre | no es una oferta | no constituye una oferta | no constituye oferta |
        no supone una oferta | no implica una oferta | no garantiza una oferta |
        is geen aanbod | vormt geen aanbod | geen arbeidsovereenkomst | geen toezegging |
        geen baangarantie | non costituisce un'offerta | non costituisce un’offerta |
        non costituisce offerta | non è un'offerta | non è un’offerta |
        non rappresenta un'offerta | non costituisce proposta | não constitui uma oferta |
        não constitui oferta | não é uma oferta | não representa uma oferta |
        não constitui proposta | não garante uma oferta | nie stanowi oferty |
        nie stanowi propozycji | nie jest ofertą | nie jest to oferta | nie jest propozycją |
        utgör inte ett erbjudande | utgör inget erbjudande | är inte ett erbjudande |
        innebär inte ett erbjudande | inte ett anställningserbjudande |
        innebär inget erbjudande | inte utgör ett erbjudande | inte utgör något erbjudande |
        inte är ett erbjudande | inte är något erbjudande""",
    "retained": """recruiting for a client | been retained by | we are retained by |
        we're retained by | been retained to | retained search |
        im auftrag eines mandanten | im auftrag eines kunden | je recrute pour un client |
        pour le compte d'un client | por encargo de un cliente | ik werf voor een opdrachtgever |
        per conto di un nostro cliente | per conto di un cliente | estou a recrutar para um cliente |
        rekrutuję dla | na zlecenie klienta | på uppdrag av en kund | rekryterar på uppdrag""",
}
