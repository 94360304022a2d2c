"""Cues for early-career mail whose kind hangs on one detail (round 34), in the nine languages,
merged into mail/phrases.py's phrase lists beside lexicon_cues.CUES.

`event`: a careers fair, an employer's evening, a campus presentation or an open day the
reader may go to (`other`: an invitation to an event, not to an interview), though it uses an
interview's words ("we'd love to meet you", "register your place").

`stage_done`: a test or a stage the candidate has completed ("thank you for completing the
online test", "you have successfully completed the video interview"), with no decision in the
sentence: an acknowledgement, not an assessment to take nor an offer, though it may open with
"congratulations". The model weighs it against a decision's words in the same mail.

`about_else` (added to lexicon_cues' list): a university's own mail about studies that is not
job search (exam timetables, resits, enrolment, graduation, marks).

Cues, not kinds: each becomes an `x:` feature the model weighs with the rest of the email.
"""

from __future__ import annotations

STAGE_CUES: dict[str, str] = {
    "event": """careers fair | career fair | careers fairs | job fair | jobs fair |
        recruitment fair | graduate fair | internship fair | employer fair | employers fair |
        meet the employers | meet the employer | employer presentation | campus presentation |
        insight evening | insight day | networking evening | open evening | careers event |
        career event | recruitment event | save the date | jobmesse | karrieremesse | firmenkontaktmesse |
        recruiting-messe | absolventenmesse | karrieretag | unternehmenspräsentation |
        infoabend | jetzt anmelden und | forum entreprises | forum emploi | salon de l'emploi |
        salon du recrutement | salon de recrutement | forum écoles-entreprises |
        soirée de présentation | journée portes ouvertes |
        feria de empleo | feria de empleabilidad | foro de empleo | jornada de empleo |
        jornada de puertas abiertas | carrièrebeurs |
        banenbeurs | bedrijvendag | bedrijvenbeurs | stagebeurs | open dag | meld je aan voor |
        fiera del lavoro | career day | job day | recruiting day | open day |
        giornata di orientamento | presentazione aziendale | feira de emprego |
        feira de carreiras | feira de estágios | dia da carreira | dia aberto |
        targi pracy | targi kariery | dni kariery |
        dzień otwarty | zarejestruj się na | arbetsmarknadsdag* | karriärmässa |
        rekryteringsmässa | arbetsmarknadsmässa | öppet hus | anmäl dig till""",
    "stage_done": """for completing | thank you for completing | thanks for completing |
        you have completed | you've completed | you have now completed | having completed |
        successfully completed | completed the online | completed your online |
        completed the assessment | completed your assessment | completed the test |
        completed the video | completed your video |
        abgeschlossen haben | erfolgreich abgeschlossen | vollständig bearbeitet |
        für die teilnahme am test | den test abgeschlossen |
        avoir complété | avez complété | avoir terminé | avez terminé | avez bien terminé |
        avez passé les tests | réussi les tests | por completar |
        por haber completado | has completado | ha completado | haber completado |
        completaste | por realizar la prueba | por realizar las pruebas |
        per aver completato | hai completato | ha completato | aver completato |
        per aver svolto | hai svolto | bedankt voor het invullen | bedankt voor het maken van |
        dank voor het maken van | hebt afgerond | heb je afgerond | succesvol afgerond |
        por ter concluído | concluiu | concluíste | por ter realizado |
        por ter completado | completou | completaste | za wypełnienie | za ukończenie |
        za rozwiązanie | ukończył* | rozwiązał* | za wykonanie | för att du genomförde |
        för att du gjorde | du har genomfört | du har slutfört | har genomförts |
        genomfört testet | slutfört testet""",
    "about_else": """exam timetable | examination timetable | exam results | exam board |
        examination board | resit | resits | re-sit | module registration | enrolment |
        re-enrolment | graduation ceremony | degree classification | your transcript is ready |
        coursework deadline | dissertation | prüfungsamt | prüfungsanmeldung | prüfungsplan |
        klausur | klausuren | klausurergebnis* | rückmeldung zum semester | semesterbeitrag |
        exmatrikulation | immatrikulation | partiels | rattrapage | calendrier des examens |
        relevé de notes | inscription administrative | inscription pédagogique |
        remise des diplômes | calendario de exámenes | convocatoria extraordinaria |
        acta de notas | notas finales | ceremonia de graduación | sessione d'esame |
        appello d'esame | piano di studi | seduta di laurea | tentamen | tentamens |
        herkansing | tentamenrooster | inschrijving voor het studiejaar | diploma-uitreiking |
        calendário de exames | época de recurso | pauta de notas | inscrição nas unidades |
        cerimónia de formatura | sesja egzaminacyjna | egzamin poprawkowy | harmonogram sesji |
        rejestracja na przedmioty | obrona pracy | omtenta* | tentamensschema |
        kursregistrering | examensceremoni""",
}
