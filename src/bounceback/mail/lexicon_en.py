"""The English phrases of mail/lexicon.py (split from it in round 32, fix32s, when it passed 450
lines): what a job-search email does, per kind. The English lists also hold the short phrases of
the other languages that carry a kind on their own ("déjà trouvé", "ya hemos encontrado").
"""

from __future__ import annotations

EN: dict[str, str] = {
    "rejection": """not successful at sift | not referred | not been referred | vacancy has been
        withdrawn | process has been cancelled | recruitment has been cancelled | not been
        retained | not retained for | not been recommended | not been offered a post | not offered
        a post |
        déjà trouvé | trouvé quelqu'un | ya hemos encontrado | hemos encontrado a alguien | al iemand gevonden | iemand anders gevonden | già trovato | abbiamo trovato | já encontramos | znaleźliśmy już | redan hittat | hittat någon | schon jemanden gefunden | bereits jemanden gefunden | already found someone | found someone |
        not be moving forward | not moving forward | won't be moving forward |
        will not be moving forward | decided not to | other candidates | another candidate |
        other applicants | not been successful | were unsuccessful | was unsuccessful |
        unsuccessful on this occasion | regret to inform | we regret | not to proceed |
        not be progressing | won't be progressing | not progress your | not to progress |
        unable to offer | has been filled | have filled | been filled | position is filled |
        on hold | hiring freeze | not selected | were not selected | not shortlisted |
        not been shortlisted | pursue other | more closely match | more closely matches |
        closer match | better match | not be taking | won't be taking | not be inviting |
        won't be inviting | not extend an offer | has been cancelled | been canceled |
        went with | gone with | decided to go with | internal candidate | not the news |
        sorry to tell | sorry to let you know | disappointing news | not able to move |
        won't be able to offer | close the position | closed the position | without making a hire |
        not a fit | not the right fit | not the right match | no longer being considered |
        no longer under consideration | not be considered further | will not be considered |
        did not make | didn't make | keep your details on file | keep your cv on file |
        keep your resume on file | future opportunities | future openings | future vacancies |
        wish you the best | wish you every success | best of luck in your | good luck with your |
        not to offer | not offering | decided to withdraw the | role has been withdrawn |
        no longer recruiting | no longer hiring | position has been closed | not proceed with |
        move forward with other | moving forward with other | proceed with other |
        not continue | will not continue | competitive field | highly competitive |
        very competitive | not be offering | outcome was not | unfortunately | we've filled |
        've filled the | a different direction""",
    "application_received": """passed the sift | closing date has been extended | extended the
        closing date | remains under consideration |
        realizada com sucesso | se houver interesse | entrará em contato | analisará | te has inscrito | inscrito en la oferta | se ha enviado correctamente | revisará |
        received your application | application has been received |
        application was received | have received your | thank you for applying |
        thanks for applying | thank you for your application | thanks for your application |
        under review | being reviewed | will review | are reviewing | currently reviewing |
        reviewing your application | reviewing applications | review your application |
        confirm receipt | confirms receipt | successfully submitted | has been submitted |
        application submitted | application was sent | application has been sent |
        was sent to | no decision | in the queue | be in touch | get back to you |
        got your application | got your resume | got your cv | application is in |
        we'll let you know | we will let you know | shortlisting will | reach out to those |
        contact you if | contact you should | if your background | if your experience |
        if your skills | if your profile | if you are selected | if you're selected |
        if shortlisted | if you are shortlisted | if we feel | if there is a match |
        aligns with | align with | next steps if | application status | track your application |
        your candidate portal | viewed your application | still reviewing |
        still under consideration | no update yet | hear from us | we appreciate your interest |
        thank you for your interest | thanks for your interest | received your cv |
        received your resume | application for the | your application to | successfully applied |
        you applied to | you applied for | you've applied to | you've applied for |
        submitted through | application was submitted | now has your resume |
        has your profile and resume""",
    "interview_request": """le queda bien | te queda bien | me confirma | schikt | zie ik je | op kantoor | ti va bene | passa da noi | vieni | pode vir | fica bom | pasuje pani | pasuje panu | passar det | ses vi | kommer du | a las | às | alle ore | uur | rendez-vous | rdv |
        invite you to | invitation to interview | interview is confirmed |
        interview has been | schedule | availability | are you available | available for |
        time slot | book a time | pick a time | calendar invite | phone screen | phone interview |
        video call | video interview with | meet the team | trial shift | reschedule |
        move your interview | moved your | are you free | quick call | a call | come in for |
        pop in | panel interview | onsite | on-site interview | confirm your attendance |
        interview on | interview with | speak with you | chat with | give me a call |
        give you a call | does tuesday | does monday | does wednesday | does thursday |
        does friday | would tuesday | would monday | would wednesday | would thursday |
        would friday | work for you | works for you | suit you | suits you | teams link |
        zoom link | google meet | meeting link | calendly | first round | second round |
        final round | next round | hiring manager | in person | in-person | looking forward to
        speaking | look forward to meeting | see you on | see you then | interview slot |
        interview details | interview invitation | would like to meet | like to interview |
        like to invite | set up a time | set up a call | find a time | when are you free |
        you're confirmed | you are confirmed | confirmed for | come by | come in | works best |
        is perfect | works for me | works for us | ask at reception | main reception | reception |
        bring a printed | bring your | photo id | in person | on site | meet you | see you |
        the panel | panel will be | dress code | directions | parking | park | ring the bell |
        grab a coffee | catch up | call you | ring you | phone you | speak tomorrow |
        speak on | talk on | chat on | shortlisting you | shortlisted""",
    "assessment": """written test | numerical test | verbal test | written exam |
        assessment | coding challenge | online test | take-home | take home |
        hackerrank | codility | hirevue | codesignal | testgorilla | shl | pymetrics |
        spark hire | questionnaire | case study | one-way video | record your | recorded |
        psychometric | reasoning test | aptitude test | personality test | the test |
        test link | time limit | complete the task | exercise | no live interviewer | proctor |
        start test | start the test | technical test | skills test | cognitive |
        situational judgement | situational judgment | numerical reasoning | verbal reasoning |
        game-based | complete the | within 72 hours | within 7 days | within five days |
        within 5 days | minutes to complete | deadline to complete | work sample | test invitation""",
    "offer": """pleased to offer | delighted to offer | happy to offer | offer you the |
        offer you a | offer of employment | offer letter | job offer | conditional offer |
        extend an offer | extend you an offer | contract of employment | sign your offer |
        your offer | accept the offer | accept this offer | starting salary | start date |
        welcome aboard | annual ctc | base salary | e-sign | docusign | join us as | verbal offer |
        formal offer | written offer | employment contract | signing bonus | compensation package |
        welcome to the team | congratulations""",
    "action_required": """medical clearance | occupational health | security clearance | vetting
        questionnaire | pre-employment checks | vetting form |
        background check | complete your profile | candidate profile | upload |
        documents | right to work | references | referees | dbs | confirm your interest |
        still interested | missing | incomplete | verify your | onboarding | paperwork |
        form | fingerprint | drug screen | pre-employment | screening | provide the following |
        proof of address | passport | transcript | certificate | bank details | tax form |
        notice period | please send | please provide | please complete | please confirm |
        please sign | action required | action needed | we need | id document | identification |
        work permit | visa | consent form | disclosure | medical questionnaire""",
    "recruiter_outreach": """pourrait vous intéresser | vous êtes inscrit | inscrit chez | intérim | interim | mission | zarejestrowana | zarejestrowany | zaproponować pracę | agencja pracy | uitzendbureau | uitzend | bemanning | bemanningsföretag | trabajo temporal | empresa de trabajo temporal | agenzia per il lavoro | somministrazione | vi seu perfil | topa um papo | estamos contratando | estamos buscando | wir suchen | nous recrutons | we zoeken | cerchiamo | szukamy | vi söker | start nästa vecka | od zaraz | démarrage |
        came across your profile | your profile | open to | would you be
        interested | reaching out | our client | one of our clients | are you looking |
        new challenge | quick chat | recruiting for | i'm a recruiter | i am a recruiter |
        sourcer | refer you | referral | confidential search | urgent opening | updated cv |
        updated resume | expected ctc | interested in hearing | fancy a chat | worth a conversation |
        your background | caught my eye | hiring for | registered with us | shifts available |
        exciting opportunity | great opportunity | opportunity that | thought of you |
        your experience with | based on your experience | i noticed | i saw your |
        would love to connect | open to new | open to opportunities | exploring new |
        headhunter | executive search | talent partner | on behalf of our client |
        recruiter has sent you | sent you a job invitation | reply to recruiter |
        reply to the recruiter | profile matches our""",
    "other": """unsubscribe | job alert | jobs you may | new jobs | recommended jobs |
        jobs for you | password | sign-in | sign in link | verify your email | receipt |
        your order | newsletter | webinar | tickets | invoice | delivery | statement |
        subscription | security alert | endorsed | invitations | saved search | similar jobs |
        promoted | easy apply | be an early applicant | booking | streak | premium | % off |
        sale | shipped | tracking number | your parcel | order number | payment received |
        account balance | direct debit | discount | free shipping | new followers | liked your |
        commented on | who viewed your profile | people you may know | reset your password |
        login code | verification code | one-time code | your account | weekly digest |
        top picks | trending | event | register now | podcast | survey | parents | parent |
        pupils | school trip | permission slip | field trip | bulletin | parish | appointment
        reminder | your appointment | dentist | prescription | patient portal | test results |
        rent | landlord | tenancy | upgrade | eligible for | you won | winner | prize | claim your |
        service is due | mot | renewal | policy renewal | direct message | new message from |
        birthday | dinner | weekend | holiday | flight | boarding pass | check-in | reservation |
        confirm your email | confirm your email address | account email | unsubscribed |
        job alerts | career advice | salary guide | webinar | tips""",
}
