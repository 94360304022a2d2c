"""Phrases that say what a job-search email does, per kind, in the languages bounceback reads:
features that carry to wording the training corpus never saw (matched in one pass with an
Aho-Corasick automaton).

A phrase matches whole words; one ending in "*" matches any word that starts with it (German
and Dutch compounds, Polish endings). Each language's phrases were written for bounceback; the
English ones are in mail/lexicon_en.py.
The lists are matched by mail/phrases.py, with the cues of mail/lexicon_cues.py.
"""

from __future__ import annotations

from bounceback.mail.lexicon_en import EN as _EN

_DE: dict[str, str] = {
    "rejection": """nicht in die engere auswahl | verfahren wurde aufgehoben | wird nicht besetzt
         |
        leider | absage | andere kandidaten | anderen kandidaten | andere bewerber* |
        anderen bewerber* | nicht berücksichtigen | nicht berücksichtigt | nicht weiter
        berücksichtigen | nicht in die engere wahl | nicht für sie entschieden | gegen sie entschieden |
        für einen anderen | für eine andere | anderweitig besetzt | bereits besetzt | besetzt haben |
        nicht weiterverfolgen | nicht weiter verfolgen | keine positive nachricht |
        keine positive rückmeldung | bedauern | bedauerlicherweise | müssen wir ihnen mitteilen |
        passender erscheinen | besser passen | viel erfolg | alles gute für ihre | für ihren
        weiteren beruflichen | weiteren weg | nicht fortsetzen | stelle wurde gestrichen |
        einstellungsstopp | nicht mehr verfügbar | zurückgezogen | hohe anzahl | vielzahl""",
    "application_received": """frist wurde verlängert | bewerbungsfrist wurde |
        eingang ihrer bewerbung | eingangsbestätigung | bewerbung erhalten |
        bewerbung ist bei uns eingegangen | bewerbung eingegangen | ihre bewerbung ist eingegangen |
        haben ihre bewerbung erhalten | vielen dank für ihre bewerbung | danke für deine bewerbung |
        vielen dank für deine bewerbung | danke für ihre bewerbung | prüfen | sichten | gesichtet |
        in kürze | melden uns | melden wir uns | werden uns bei ihnen melden | rückmeldung geben |
        sobald wir | in bearbeitung | wird geprüft | werden geprüft | bewerbungsprozess |
        bewerbung wurde übermittelt | erfolgreich übermittelt | erfolgreich versendet |
        bewerbung wurde versendet | bewerbung wurde gesendet | bewerbung ist unterwegs |
        bewerbung versendet | zwischenstand | noch in prüfung | geduld""",
    "interview_request": """vorstellungsgespräch* | einladung zum gespräch | einladung zu einem |
        laden sie | möchten sie einladen | möchten dich einladen | kennenlernen | kennenlerngespräch |
        telefoninterview | telefonat | videogespräch | video-call | termin | terminvorschlag* |
        terminvorschläge | zeit hätten | zeit haben | passt ihnen | passt dir | verfügbarkeit |
        uhr | persönliches gespräch | zweites gespräch | gesprächstermin | probearbeit* |
        probetag | verschieben | teams-link""",
    "assessment": """auswahltest | schriftlichen test |
        online-test | onlinetest | eignungstest | testverfahren | aufgabe |
        fallstudie | assessment-center | assessment center | programmieraufgabe | fragebogen |
        persönlichkeitstest | test absolvieren | bearbeitungszeit | probeaufgabe""",
    "offer": """zusage | arbeitsvertrag | vertragsangebot | angebot | freuen uns, ihnen | freuen uns
        ihnen | einstellen | vertrag | gehalt | eintrittsdatum | eintrittstermin | willkommen im team |
        herzlich willkommen an bord | unterschreiben | unterzeichnen | herzlichen glückwunsch""",
    "action_required": """betriebsärzt* | eingangsuntersuchung |
        unterlagen | nachreichen | zeugnisse | zeugnis | nachweis* | führungszeugnis |
        referenzen | formular | ausfüllen | hochladen | personalfragebogen | fehlende |
        vervollständigen | bestätigen sie | aufenthaltstitel | arbeitserlaubnis | ausweis* |
        bankverbindung | steuer-id | sozialversicherungsnummer""",
    "recruiter_outreach": """ihr profil | dein profil | xing | auf sie aufmerksam | auf dich aufmerksam |
        unser kunde | unseres kunden | für einen kunden | personalberatung | headhunter |
        interessante position | spannende position | spannende stelle | wechselbereit |
        offen für | interesse an einem austausch | neue herausforderung""",
    "other": """newsletter | abmelden | abbestellen | passwort | rechnung | bestellung | lieferung |
        versand | sendungsverfolgung | kontoauszug | jobangebote für sie | neue jobs | jobalarm |
        job-alarm | passende jobs | stellenangebote für sie | angebot der woche | rabatt""",
}

_FR: dict[str, str] = {
    "rejection": """offre a été annulée | ne sera pas pourvu |
        malheureusement | ne pas donner suite | ne pouvons pas donner suite |
        pas donner une suite favorable | suite favorable | pas été retenue | pas été retenu |
        pas retenue | pas retenu | autre candidat | autres candidats | autre candidature |
        profil plus adapté | profils plus adaptés | correspond davantage | ne correspond pas |
        regrettons | au regret | nous sommes au regret | poste a été pourvu | déjà pourvu |
        pourvu | réponse négative | bonne continuation | plein succès | dans vos recherches |
        recherches futures | nous conservons | ne sera pas retenue | gel des embauches""",
    "application_received": """liste d'aptitude |
        bien reçu | avons reçu votre candidature | avons bien reçu |
        accusé de réception | merci pour votre candidature | merci de votre candidature |
        merci d'avoir postulé | candidature a été envoyée | candidature a bien été | en cours
        d'étude | en cours d'examen | étudier votre candidature | étudions | examinerons |
        reviendrons vers vous | recontacterons | revenir vers vous | vous contacterons |
        si votre profil | dans les meilleurs délais | prochainement | candidature envoyée |
        candidature a été envoyée | votre candidature a bien été | bien été transmise |
        toujours en cours | en cours de traitement""",
    "interview_request": """entretien | entretiens | vous rencontrer | rencontrer | convier |
        convions | inviter | invitation | disponibilités | disponibilité | disponible |
        créneau | créneaux | rendez-vous | échange téléphonique | appel | visio | visioconférence |
        vous convient | convient-il | vous conviendrait | reporter | décaler | confirmer votre
        présence | heures | h00 | h30""",
    "assessment": """épreuves écrites | épreuve écrite |
        test en ligne | tests en ligne | évaluation | questionnaire | étude de cas |
        exercice | test technique | épreuve | test de personnalité | test de raisonnement |
        cas pratique | entretien vidéo différé | à compléter | délai de""",
    "offer": """offre d'emploi | proposition d'embauche | promesse d'embauche | ravis de vous
        proposer | heureux de vous proposer | vous proposer le poste | contrat de travail |
        lettre d'offre | salaire | rémunération | date de début | date d'embauche | bienvenue |
        félicitations | signer | signature""",
    "action_required": """médecin agréé |
        documents | pièces justificatives | justificatif* | pièce d'identité |
        références | formulaire | compléter votre profil | télécharger | merci de nous
        transmettre | merci de nous envoyer | manquant* | rib | casier judiciaire | diplômes |
        attestation | confirmer votre intérêt""",
    "recruiter_outreach": """votre profil | votre parcours | notre client | un de nos clients |
        l'un de nos clients | cabinet de recrutement | chasseur de têtes | opportunité |
        ouvert à | à l'écoute | seriez-vous intéressé | seriez-vous intéressée | échanger avec vous""",
    "other": """newsletter | se désabonner | désinscrire | désabonner | mot de passe | facture |
        commande | livraison | colis | relevé | alerte emploi | offres pour vous |
        nouvelles offres | promotion | soldes""",
}

_ES: dict[str, str] = {
    "rejection": """como excluida | como excluido | lista definitiva de excluidos |
        lamentablemente | desafortunadamente | lamentamos | sentimos comunicarte |
        sentimos informarle | no ha sido seleccionada | no ha sido seleccionado | no has sido
        seleccionada | no has sido seleccionado | otro candidato | otros candidatos | otra
        candidatura | otras candidaturas | perfil más ajustado | perfiles que se ajustan |
        no continuar | no seguir adelante | no avanzar | no avanzaremos | seguir adelante con otros |
        no ha sido posible | hemos optado por | otro perfil | otros perfiles |
        puesto ha sido cubierto | vacante ha sido cubierta | cubierto | ha sido cubierta |
        ya está cubierta | han sido cubiertas | han sido cubiertos | mucha suerte | éxito en tu
        búsqueda | éxito en su búsqueda | futuras oportunidades | futuros procesos |
        no podemos ofrecerte | no podemos ofrecerle""",
    "application_received": """se ha ampliado hasta | ampliación del plazo |
        hemos recibido tu candidatura | hemos recibido su candidatura |
        recibido tu solicitud | recibido su solicitud | gracias por tu candidatura | gracias por su
        candidatura | gracias por postular | gracias por postularte | gracias por tu interés |
        candidatura ha sido enviada | solicitud ha sido enviada | estamos revisando | revisaremos |
        fue enviada | te postulaste | te has postulado | postulación enviada | va a revisar |
        revisando | en proceso de revisión | nos pondremos en contacto | te contactaremos |
        le contactaremos | si tu perfil | si su perfil | próximamente | en breve |
        solicitud enviada | candidatura enviada | tu candidatura ha sido | sigue en proceso |
        seguimos revisando | acuse de recibo""",
    "interview_request": """entrevista | entrevistas | invitarte | invitarle | conocerte | conocerle |
        disponibilidad | disponible | horario | franja | llamada | videollamada | reunión |
        te viene bien | le viene bien | te va bien | te encaja | reprogramar | cambiar la hora |
        confirmar tu asistencia | confirmar su asistencia | cita""",
    "assessment": """primer ejercicio | prueba escrita |
        prueba | pruebas | evaluación | test en línea | prueba técnica | cuestionario |
        caso práctico | ejercicio | test de personalidad | test psicotécnico | plazo para completar |
        videoentrevista grabada""",
    "offer": """propuesto su nombramiento | propuesta de nombramiento |
        oferta de empleo | oferta de trabajo | carta oferta | propuesta de contratación |
        nos complace ofrecerte | nos complace ofrecerle | encantados de ofrecerte | ofrecerte el
        puesto | ofrecerle el puesto | contrato | salario | fecha de incorporación | incorporación |
        bienvenida | bienvenido al equipo | bienvenida al equipo | enhorabuena | felicidades |
        firmar""",
    "action_required": """reconocimiento médico | delincuentes sexuales |
        documentación | documentos | adjuntar | subir | enviarnos | formulario |
        completar tu perfil | completar su perfil | referencias | certificado* | antecedentes |
        dni | pasaporte | datos bancarios | falta | pendiente* | confirmar tu interés""",
    "recruiter_outreach": """tu perfil | su perfil | nuestro cliente | uno de nuestros clientes |
        consultora | headhunter | oportunidad | te interesaría | le interesaría | abierto a |
        abierta a | charlar | conversar""",
    "other": """boletín | darse de baja | cancelar suscripción | contraseña | factura | pedido |
        envío | entrega | extracto | alerta de empleo | nuevas ofertas | ofertas para ti |
        descuento | rebajas""",
}

_NL: dict[str, str] = {
    "rejection": """is ingetrokken | niet uit te nodigen |
        helaas | afwijzing | niet verder | niet door | andere kandidaat | andere
        kandidaten | kandidaten die beter | beter aansluit* | beter aansluiten | niet uitnodigen |
        geen uitnodiging | besloten om | ingevuld | vervuld | niet geselecteerd | teleurstellend |
        succes met | succes bij | veel succes | verdere zoektocht | spijt | jammer""",
    "application_received": """ontvangen | ontvangstbevestiging | bedankt voor je sollicitatie |
        bedankt voor uw sollicitatie | dank voor je sollicitatie | dank voor uw sollicitatie |
        bedankt voor het solliciteren | sollicitatie is verstuurd | sollicitatie is ontvangen |
        in behandeling | bekijken | beoordelen | beoordeeld | we nemen contact | nemen wij contact |
        laten we je weten | hoor je van ons | hoort u van ons | zo snel mogelijk |
        sollicitatie verstuurd | sollicitatie is verzonden | nog in behandeling | goed ontvangen""",
    "interview_request": """sollicitatiegesprek* | gesprek | kennismakingsgesprek* | uitnodigen |
        uitnodiging | beschikbaarheid | beschikbaar | schikt het | past het | komt het uit |
        tijdstip | afspraak | videogesprek | belafspraak | telefonisch | verzetten | verplaatsen |
        proefdag | meeloopdag""",
    "assessment": """assessment | online test | capaciteitentest | persoonlijkheidstest |
        opdracht | casus | vragenlijst | test maken | toets | praktijkopdracht""",
    "offer": """aanbod | arbeidsovereenkomst | contract | salaris | startdatum | in dienst |
        aanbieden | bieden je | bieden u | welkom | gefeliciteerd | ondertekenen | arbeidsvoorwaarden""",
    "action_required": """veiligheidsonderzoek |
        documenten | kopie | identiteitsbewijs | paspoort | vog | verklaring omtrent
        het gedrag | referenties | formulier | invullen | uploaden | aanleveren | ontbrekende |
        aanvullen | bevestig | bankgegevens""",
    "recruiter_outreach": """je profiel | uw profiel | onze klant | opdrachtgever | werving |
        recruitmentbureau | interessante functie | uitdaging | openstaan | sta je open |
        interesse in een gesprek""",
    "other": """nieuwsbrief | afmelden | uitschrijven | wachtwoord | factuur | bestelling |
        bezorging | pakket | rekeningoverzicht | vacaturealert | nieuwe vacatures | korting""",
}

_IT: dict[str, str] = {
    "rejection": """non è ammesso | non è stata ammessa | non ammesso alla | non ammessa alla |
        purtroppo | sfortunatamente | non è stata selezionata | non è stato selezionato |
        non sei stato selezionato | non sei stata selezionata | altri candidati | altro candidato |
        altra candidatura | profili più in linea | più in linea | non proseguire | non procedere |
        non potremo procedere | non possiamo procedere | ci dispiace | siamo spiacenti |
        posizione è stata coperta | già coperta | in bocca al lupo | successo nella ricerca |
        future opportunità | esito negativo""",
    "application_received": """risulta idonea | risulta idoneo | graduatoria di merito |
        abbiamo ricevuto | ricevuto la tua candidatura | ricevuto la sua
        candidatura | grazie per la tua candidatura | grazie per la sua candidatura | grazie per
        esserti candidato | grazie per esserti candidata | candidatura è stata inviata | valuteremo |
        valutando | in fase di valutazione | ti contatteremo | la contatteremo | ti ricontatteremo |
        ci metteremo in contatto | se il tuo profilo | se il suo profilo | a breve |
        candidatura inviata | candidatura è stata inviata | conferma ricezione |
        ricezione candidatura | ricevuto correttamente | in fase di valutazione""",
    "interview_request": """colloquio | colloqui | invitarti | invitarla | conoscerti | conoscerla |
        disponibilità | disponibile | orario | fascia oraria | chiamata | videochiamata |
        incontro | ti andrebbe bene | le andrebbe bene | va bene per te | spostare | riprogrammare |
        confermare la tua presenza | appuntamento""",
    "assessment": """test online | prova | valutazione | questionario | caso di studio | esercizio |
        test tecnico | test attitudinale | test di personalità | da completare | entro""",
    "offer": """offerta di lavoro | proposta di assunzione | lettera di offerta | lieti di offrirti |
        lieti di offrirle | offrirti la posizione | contratto | retribuzione | stipendio | ral |
        data di inizio | data di assunzione | benvenuto | benvenuta | congratulazioni | firmare""",
    "action_required": """visita medica |
        documenti | documentazione | carta d'identità | codice fiscale |
        referenze | modulo | compilare | caricare | inviarci | mancante* | certificato* |
        casellario giudiziale | dati bancari | iban | conferma il tuo interesse""",
    "recruiter_outreach": """tuo profilo | suo profilo | nostro cliente | un nostro cliente |
        società di selezione | head hunter | opportunità | ti interesserebbe | le interesserebbe |
        aperto a | aperta a | una chiacchierata""",
    "other": """newsletter | annulla l'iscrizione | disiscriviti | password | fattura | ordine |
        spedizione | consegna | estratto conto | avviso di lavoro | nuove offerte | offerte per te |
        sconto | saldi""",
}

_PT: dict[str, str] = {
    "rejection": """foi excluída | foi excluído | não seguirá para | não seguirá nas |
        infelizmente | lamentamos | não foi selecionada | não foi selecionado |
        não foi selecionado | não avançar | não seguir | não prosseguir | não vamos avançar |
        outro candidato | outros candidatos | outra candidatura | perfil mais alinhado |
        mais aderente | vaga foi preenchida | preenchida | boa sorte | sucesso na sua |
        sucesso em sua | futuras oportunidades | próximos processos | não poderemos""",
    "application_received": """recebemos a sua candidatura | recebemos sua candidatura |
        recebemos o seu | recebemos seu | obrigado pela sua candidatura | obrigada pela sua
        candidatura | obrigado por se candidatar | obrigado pelo seu interesse | candidatura foi
        enviada | candidatura enviada | em análise | analisando | analisaremos | vamos analisar |
        entraremos em contato | entraremos em contacto | retornaremos | se o seu perfil |
        se seu perfil | em breve | candidatura enviada com sucesso | enviada com sucesso |
        receção de candidatura | recepção de candidatura | recebemos a sua | recebemos sua |
        confirmamos a receção | confirmamos o recebimento | foi recebida | foi recebido |
        será analisada | será analisado | agradecemos o envio | caso o seu perfil""",
    "interview_request": """entrevista | entrevistas | convidar | convite | conhecer você |
        conhecê-lo | conhecê-la | disponibilidade | disponível | horário | chamada | videochamada |
        reunião | funciona para você | lhe convém | reagendar | remarcar | confirmar a sua presença |
        confirmar sua presença""",
    "assessment": """prova objetiva | prova escrita |
        teste online | prova | avaliação | questionário | estudo de caso | exercício |
        teste técnico | teste de personalidade | desafio técnico | prazo para""",
    "offer": """oferta de emprego | proposta de trabalho | proposta de emprego | carta proposta |
        temos o prazer de oferecer | oferecer a vaga | oferecer-lhe | contrato | salário |
        remuneração | data de início | data de admissão | admissão | bem-vindo | bem-vinda |
        parabéns | assinar""",
    "action_required": """documentos | documentação | anexar | enviar-nos | formulário |
        preencher | completar o seu perfil | completar seu perfil | referências | certidão |
        antecedentes criminais | cpf | comprovante | comprovativo | dados bancários |
        pendente* | em falta | confirmar o seu interesse""",
    "recruiter_outreach": """seu perfil | o seu perfil | nosso cliente | um de nossos clientes |
        consultoria | headhunter | oportunidade | teria interesse | estaria aberto | estaria aberta |
        bate-papo | conversar""",
    "other": """newsletter | cancelar inscrição | descadastrar | senha | palavra-passe | fatura |
        pedido | entrega | encomenda | extrato | alerta de vagas | novas vagas | vagas para você |
        desconto | promoção""",
}

_PL: dict[str, str] = {
    "rejection": """nie została pani zakwalifikowana | nie został pan zakwalifikowany |
        unieważnion* |
        niestety | z przykrością | zdecydowaliśmy się | innego kandydata | innych
        kandydatów | inną kandydaturę | kandydatów, których | bardziej odpowiada* | nie zostałaś
        wybrana | nie został pan wybrany | nie została pani wybrana | nie będziemy kontynuować |
        nie przejdzie | nie zakwalifikował* | odpowiedź negatywną | negatywną | stanowisko zostało
        obsadzone | powodzenia | sukcesów | przyszłych rekrutacj* | przyszłości |
        nie zakwalifikowała* | nie przeszła | nie przeszedł | zdecydowaliśmy się na innego |
        wybraliśmy innego""",
    "application_received": """otrzymaliśmy twoją aplikację | otrzymaliśmy pani | otrzymaliśmy pana |
        otrzymaliśmy twoje | otrzymaliśmy zgłoszenie | dziękujemy za aplikację | dziękujemy za
        przesłanie | dziękujemy za zgłoszenie | dziękujemy za twoją aplikację | aplikacja została
        wysłana | aplikacja została przesłana | przeanalizujemy | analizujemy | rozpatrzymy |
        rozpatrywan* | skontaktujemy się | odezwiemy się | wybranymi kandydatami | wkrótce |
        aplikacja wysłana | twoja aplikacja została | potwierdzamy otrzymanie |
        potwierdzenie otrzymania | potwierdzenie aplikacji""",
    "interview_request": """rozmow* | spotkanie | spotkania | zaprosić | zaprosić pana | zaprosić panią |
        zaproszenie | dostępność | dostępny | dostępna | termin | godzina | godz | rozmowę
        telefoniczną | wideorozmow* | pasuje | odpowiada pani | odpowiada panu | przełożyć |
        przesunąć | potwierdzić obecność""",
    "assessment": """test kwalifikacyjny | testu kwalifikacyjnego |
        test online | testu | zadanie | zadania | zadanie rekrutacyjne | kwestionariusz |
        studium przypadku | ocena | test kompetencji | test techniczny | test osobowości |
        wypełnić test | rozwiązać""",
    "offer": """ofert* pracy | propozycj* zatrudnienia | z przyjemnością | umow* | wynagrodzenie |
        pensja | data rozpoczęcia | datę rozpoczęcia | zatrudnieni* | witamy w zespole |
        gratulacje | gratulujemy | podpisać | podpisania""",
    "action_required": """medycyny pracy |
        dokumenty | dokumentów | dokumentacj* | przesłać | prosimy o przesłanie |
        prosimy o uzupełnienie | uzupełnić | formularz | wypełnić formularz | referencje | zaświadczeni* |
        niekaralności | dowód osobisty | pesel | numer konta | brakując* | potwierdzić
        zainteresowanie""",
    "recruiter_outreach": """twój profil | pani profil | pana profil | nasz klient | naszego klienta |
        dla klienta | agencja rekrutacyjna | headhunter | propozycj* współpracy | ciekawą ofertę |
        interesującą ofertę | byłbyś zainteresowany | byłabyś zainteresowana | czy byłby pan |
        czy byłaby pani | otwarty na | otwarta na""",
    "other": """newsletter | wypisz się | rezygnacja z subskrypcji | hasło | faktura | zamówienie |
        przesyłka | dostawa | wyciąg | powiadomienie o ofertach | nowe oferty | oferty dla ciebie |
        rabat | promocja""",
}

_SV: dict[str, str] = {
    "rejection": """rekryteringen har avbrutits | rekryteringen avbruten | har avbrutits | kommer
        inte att tillsättas |
        tyvärr | beklagar | gått vidare med | gå vidare med andra | andra kandidater |
        annan kandidat | andra sökande | inte gå vidare | inte går vidare | inte valts ut |
        inte blivit utvald | inte blev utvald | bättre matchar | matchar bättre | tjänsten är
        tillsatt | tillsatt | lycka till | framtida rekryteringar | framtida tjänster | nej tack""",
    "application_received": """tack för din ansökan | tack för er ansökan | vi har tagit emot |
        tagit emot din ansökan | mottagit din ansökan | bekräftelse | din ansökan har skickats |
        ansökan är mottagen | vi går igenom | granskar | kommer att granska | återkommer |
        hör av oss | kontakta dig om | inom kort | så snart | ansökan skickad |
        din ansökan är skickad | vi har mottagit | mottagit din ansökan""",
    "interview_request": """intervju* | träffas | träffa dig | bjuda in | inbjudan | tillgänglig |
        lämplig tid | tider | passar det | passar det dig | funkar det | telefonsamtal | videosamtal |
        möte | boka en tid | flytta | ändra tid | bekräfta din närvaro | provdag""",
    "assessment": """test | tester | onlinetest | arbetsprov | uppgift | enkät | frågeformulär |
        personlighetstest | logiktest | färdighetstest | färdigställa | slutföra""",
    "offer": """erbjuda dig | erbjudande | anställningserbjudande | anställningsavtal | avtal | lön |
        startdatum | tillträde | välkommen | grattis | gratulerar | skriva under | signera""",
    "action_required": """säkerhetsprövning |
        dokument | handlingar | kopia | legitimation | passkopia | referenser |
        formulär | fylla i | ladda upp | skicka in | saknas | belastningsregister* | utdrag |
        bankuppgifter | personnummer | bekräfta ditt intresse""",
    "recruiter_outreach": """din profil | er profil | vår kund | en av våra kunder | rekryteringsföretag |
        headhunter | spännande tjänst | spännande roll | intresserad av | skulle du vara
        intresserad | öppen för | prata mer""",
    "other": """nyhetsbrev | avregistrera | avsluta prenumeration | lösenord | kvitto | faktura |
        beställning | leverans | paket | kontoutdrag | jobbevakning | nya jobb | jobb för dig |
        rabatt | rea""",
}

LANGUAGE_PHRASES: dict[str, dict[str, str]] = {
    "en": _EN, "de": _DE, "fr": _FR, "es": _ES, "nl": _NL, "it": _IT, "pt": _PT, "pl": _PL,
    "sv": _SV,
}
