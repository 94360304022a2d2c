"""Words that tell an employer's name from what surrounds it, in the languages bounceback
reads: cue words grouped by what they do ("at", "bei", "chez" and "presso" are one cue),
organisation words, legal forms, team names, and the organisation a sender's domain spells."""

from __future__ import annotations

import re
from functools import lru_cache

from bounceback.mail.names import squash, words
from bounceback.mail.platforms import BRANDS, DOMAINS, FREE_MAIL, platform_of_domain

_CUES = {
    "at": "at bei beim chez en presso hos w we na em bij på @ ved u",
    "to": "to an à a aan till do para al au alla ao aos dla",
    "in": "in im dans nel nella nello no nos i by of about über sobre su om over",
    "for": "for für pour per voor för",
    "from": "from von vom de van da od från des du del della dos das",
    "with": "with mit avec con met com med z ze",
    "join": "join joining joined rejoindre rejoignez unirte unirse entrar dołączyć dołącz "
            "välkommen welcome willkommen bienvenue bienvenido benvenuto bem-vindo welkom",
    "greet": "hi hello dear hallo hej hejsan bonjour hola ciao olá ola oi cześć beste hoi liebe "
             "lieber geehrte geehrter estimado estimada estimados caro cara gentile gentilissima "
             "prezado prezada szanowna szanowny szanowni hey buongiorno bom boa dzień moin "
             "servus salut goedemorgen goedemiddag buenos buenas guten sehr exmo exma madame "
             "monsieur mr mrs ms herr frau pan pani sig sig.ra signora signor sr sra siema "
             "witam witaj panie hejka hallå tjena tjenare coucou salve querido querida "
             "caríssimo caríssima carissimo carissima",
    "signoff": "regards thanks thank best cheers grüße gruß grüßen cordialement saludos saludo "
               "groet groeten saluti cumprimentos pozdrawiam pozdrowienia hälsningar mvh vh "
               "atentamente sincerely cordiali distinti abrazo abraço merci danke grazie "
               "obrigado obrigada dziękuję tack bedankt gracias",
    "employer": "employer arbeitgeber employeur empresa werkgever azienda empregador pracodawca "
                "pracodawcy arbetsgivare arbetsgivaren company unternehmen entreprise bedrijf "
                "firma företaget client kunde klant cliente klient kund opdrachtgever "
                "l'entreprise l'employeur organisation organization organisatie organizzazione "
                "kunden kundin klienta clientes clients",
    "verb": "has have hat haben a ha heeft hebben har ma mają is ist est es è jest är will wird "
            "va zal vai wants möchte souhaite quiere wil vuole quer chce vill invites lädt "
            "invite invita nodigt convida zaprasza bjuder sucht recherche busca zoekt cerca "
            "procura szuka söker hired viewed reviewed received sent decided would hiring "
            "needs braucht cherche necesita",
    "role": "position role job vacancy post opening stelle position poste puesto vacante "
            "vacature functie posizione ruolo vaga cargo stanowisko tjänst tjänsten rollen "
            "als as como comme come jako som",
    "behalf": "behalf",
}
CUE_CLASSES: dict[str, str] = {w: cls for cls, text in _CUES.items() for w in text.split()}

# "on behalf of", in every language bounceback reads: what follows is the employer a platform,
# an agency or a scheduling service writes for.
BEHALF = ("on behalf of", "im namen von", "im namen der", "im namen des", "im auftrag von",
          "im auftrag der", "im auftrag des", "de la part de", "de la part d'",
          "pour le compte de", "pour le compte d'", "au nom de", "au nom d'", "namens",
          "in opdracht van", "w imieniu", "a nome di", "per conto di", "en nombre de",
          "por cuenta de", "em nome de", "em nome da", "em nome do", "por conta de",
          "på uppdrag av", "på uppdrag från", "för räkning av", "sent for", "for and on behalf of")
# The word before a colon that says what a "Label: value" line holds.
LABELS: dict[str, str] = {
    **dict.fromkeys(words("""company employer organisation organization hiring client firma
        unternehmen arbeitgeber entreprise employeur société empresa empleador azienda società
        datore bedrijf werkgever organisatie opdrachtgever pracodawca företag företaget
        arbetsgivare arbetsgivaren empregador instituição"""), "employer"),
    **dict.fromkeys(words("""position role job title vacancy post opening stelle poste puesto
        vacante cargo posizione ruolo vaga functie vacature rol stanowisko tjänst roll
        befattning jobbtitel"""), "role"),
    **dict.fromkeys(words("""location place site office city ort standort arbeitsort lieu
        ville ubicación lugar ciudad sede luogo città local localização cidade locatie plaats
        standplaats lokalizacja miejsce miasto plats arbetsort"""), "place"),
    **dict.fromkeys(words("""contact recruiter from organiser organizer organisateur
        organisator organizador organizzatore organizacja organisatör ansprechpartner kontakt
        kontaktperson interviewer"""), "person"),
}

LEGAL_FORMS = words("""gmbh ggmbh mbh ag se ab sa sas sarl sl slu sau sa bv nv vzw asbl ltd
llp llc inc plc spa srl srls snc lda ltda kg ug oy oyj as asa aps corp co eg ev oü bvba cv
kft zrt sro doo pty pte pvt limited incorporated gbr ohg kgaa eirl sasu""")
# A trade's, a shop's or a small workplace's words (one source: ORG_WORDS holds them, and
# mail/smallbiz.py reads them whole in a sender's display name).
TRADE_WORDS = words("""hotel hotels grocers builders childcare veterinary resorts care homes
studio agency recruitment staffing bau bouw bygg construcciones costruzioni construtora brasserie
bäckerei boulangerie panadería bakkerij padaria piekarnia bageri apotheke pharmacie farmacia
apotek apteka kita crèche hoveniers thuiszorg restaurant restaurante ristorante restaurang café
cafe bar bistro trattoria pizzeria cantina hostel hostels kanzlei cabinet despacho kancelaria
advokatbyrå advocaten advogados abogados avocats rechtsanwälte supermarkt supermarché
supermercado supermercati supermarket construction motors agencia agenzia agence agentur
uitzendbureau interim tuincentrum garden gardens farms farm bakery brewery winery stores store
shop markets market pharmacy dental clinic vets""")
ORG_WORDS = TRADE_WORDS | words("""group health bank labs lab media services service trust school
schools district academy analytics software systems robotics cloud consulting legal energy pharma
mining airlines air logistics capital advisors telecom marketing books games property suites
lodge hospital medical center centre authority council city department university college charity
foundation partners solutions technologies technology digital search grupo gruppo groupe gruppe
groep grupa hôpital ospedale szpital klinik klinikum kliniken clinica clínica klinika kommun
gemeente stadt ville ayuntamiento comune prefeitura urząd gmina banco banque banca caisse
versicherung assurance seguros assicurazioni verzekering logistik logistique logística logistica
transportes transporte transports trasporti schule école escuela escola scuola szkoła skola
stichting fundación fondazione fundacja stiftelse zorggroep ziekenhuis sjukhus hospitales
consultoria conseil beratung cooperativa coop cooperative genossenschaft spółdzielnia engineering
industries industrie industria manufacturing werke werk works automotive gmbh ag inc ltd sa
verwaltung stadtverwaltung landratsamt regione provincia provincie province region län landsting
kommune rådhus municipality municipio ministerio ministère ministerium ministry bureau praca
personal personnel foods food retail""")
TEAM_WORDS = words("""hiring recruiting recruitment recruiter recruiters talent acquisition
careers career jobs hr people culture team human resources resourcing onboarding personal
personalabteilung personalamt recrutement recrutamento reclutamiento rh rrhh recursos humanos
risorse umane selezione selección seleção selectie werving rekrytering rekrytering rekrutacja
rekrutacji rekrutacyjny kadry kadr karriere carreiras carrières carreras talento talentos
equipo équipe equipe zespół sekretariat secretaría dział ufficio personale p&o hrm
bewerbermanagement afdeling abteilung direction direção dirección amministrazione
administración sekcja personeel personeelszaken sollicitaties vacatures jobb gestion talents
atracción department unit desk office staffing campus graduates graduate emerging early
personnel
l'équipe l’équipe werken""")
# An employer's site or office, in the nine languages ("Sede Centrale", "Head Office", "Siège
# social", "Filiale di Pescara", "Hauptsitz", "Oddział w Krakowie"): a name made of these, the
# words that join them and towns alone says where, not who (nameshape's `site`). The nouns, in
# the cases a preposition gives them; then the words that go with them.
SITE_NOUNS = words("""office offices headquarters hq branch zentrale hauptsitz niederlassung
filiale standort geschäftsstelle hauptverwaltung zweigstelle siège succursale sede sedes
oficina oficinas sucursal delegación ufficio uffici stabilimento hoofdkantoor kantoor
vestiging filiaal filial matriz escritório siedziba siedzibie siedziby siedzibą oddział
oddziale oddziału biuro biurze centrala centrali huvudkontor huvudkontoret kontor kontoret
filialen""")
SITE_WORDS = SITE_NOUNS | words("""head main central centrale zentral social sociale legale
legal principal principale regional regionale operativa operativo administrativa
administrativo amministrativa di de del della du des la le the of w we van der am in i a our
unsere unserer notre nuestra nostra nossa nasz vårt""")
# Round 36: an applicant portal's status values and pages ("Status: Referred", "Ihre
# Bewerbung", "Minhas Candidaturas", "Candidate Home"), in the nine languages: never the
# employer, though a cue word may stand before them ("acompanhe em Minhas Candidaturas").
PORTAL_PAGES = frozenset({
    "referred", "status", "shortlisted", "submitted", "rejected", "declined", "withdrawn",
    "archived", "hired", "in review", "under review", "not selected", "application status",
    "your application", "my applications", "candidate home", "candidate portal",
    "applicant portal", "ihre bewerbung", "deine bewerbung", "meine bewerbungen",
    "bewerbungsstatus", "bewerberportal", "votre candidature", "mes candidatures",
    "statut de la candidature", "tu candidatura", "su candidatura", "mis candidaturas",
    "estado de la candidatura", "uw sollicitatie", "je sollicitatie", "mijn sollicitaties",
    "la tua candidatura", "la sua candidatura", "le mie candidature", "a sua candidatura",
    "sua candidatura", "minhas candidaturas", "twoja aplikacja", "moje aplikacje",
    "status aplikacji", "din ansökan", "mina ansökningar", "ansökningsstatus",
})
NOT_COMPANY = words("""we our you your i this the thank thanks hi hello dear please
unfortunately team us candidate applicant hr recruitment recruiting careers jobs noreply
no-reply notifications support job iphone android all after following monday tuesday
wednesday thursday friday saturday sunday today regards best sincerely me mum an a it my yes
head vp director re fwd ihnen ihre ihr sie dich dir uns euch vous nous usted ustedes u jou
jullie lei voi você vocês dig er oss pan pani państwo vi te tu twój twoja twoje jij wij je ti
tú firma twoją twoim twojej twojego twoich nasz nasza naszą naszym naszej naszego pańską
pańskiej państwa""") | {
    "human resources", "talent acquisition", "do not reply", "microsoft teams", "google meet",
    "good luck", "kind regards", "best regards", "people team", "hiring team", "the team",
    "das unternehmen", "die firma", "l'entreprise", "la empresa", "het bedrijf", "l'azienda",
    "a empresa", "företaget", "recursos humanos", "ressources humaines", "risorse umane",
    "sent from my iphone", "get outlook for android", "outlook for android", "outlook for ios",
} | PORTAL_PAGES
PLATFORM_NAMES = frozenset(squash(p) for p in (
    *DOMAINS.values(), *BRANDS.values(), "Indeed Apply", "LinkedIn Jobs", "Google Calendar",
    "Google Agenda", "Google Kalender", "Kalendarz Google", "Google Calendario", "Google Agenda",
    "Google", "Google Meet", "Calendly", "DocuSign", "Microsoft Teams", "Microsoft Outlook",
    "Zoom", "Outlook", "Adobe Sign", "HelloSign", "Dropbox Sign", "Checkr", "Sterling",
    "HireRight", "First Advantage", "uCheck", "Eightfold", "Phenom", "Oracle", "Hubert",
    "Cammio", "OLX", "OLX Praca", "werk.nl", "UWV", "Subito", "InfoJobs", "Catho", "ITJobs",
    "Landing.jobs", "Net-Empregos", "Doctolib", "Indeed Flex", "Jobteaser", "Welcome to the Jungle",
    "StepStone", "Xing", "Monster", "Totaljobs", "CV-Library", "Adzuna", "Jooble", "Talent.com",
    # round 28 (E16, E17): an onboarding or payroll service, an assessment, a state's job
    # board, a board's owner in its footer, named where the employer should be
    "Deel", "AssessFirst", "MyCareersFuture", "APSJobs", "USAJOBS",
    "Stepstone Group", "The Stepstone Group",
))
# Job titles' head words in the languages bounceback reads (ROLE_NOUNS has the English ones),
# and the words that introduce a vacancy: a name with one is a job, not an employer.
ROLE_WORDS = words("""vaga vacature stelle poste puesto vacante stanowisko tjänst oferta
    offerta annonce anzeige praktikum stage stagiaire estágio stagista praktik praktyka
    pflegefachkraft pflegekraft krankenpfleger krankenschwester erzieher erzieherin
    verkäufer verkäuferin kaufmann kauffrau sachbearbeiter sachbearbeiterin mitarbeiter
    mitarbeiterin fahrer fahrerin koch köchin lagerist lagermitarbeiter elektriker monteur
    ingenieur entwickler berater beraterin leiter leiterin referent referentin assistenz
    infirmier infirmière vendeur vendeuse conseiller conseillère chargé chargée chauffeur
    cuisinier cuisinière technicien technicienne ingénieur développeur développeuse
    comptable commercial commerciale assistant assistante responsable directeur directrice
    gestionnaire opérateur opératrice cariste magasinier préparateur préparatrice agent
    enfermero enfermera auxiliar dependiente dependienta camarero camarera cocinero cocinera
    conductor repartidor técnico técnica ingeniero ingeniera desarrollador desarrolladora
    asesor asesora administrativo administrativa contable comercial coordinador coordinadora
    jefe jefa operario operaria mozo gerocultor gerocultora
    verpleegkundige verkoper verkoopmedewerker medewerker medewerkster chauffeur kok
    monteur ontwikkelaar adviseur beheerder magazijnmedewerker orderpicker planner docent
    leerkracht teamleider
    infermiere infermiera commesso commessa cameriere cameriera cuoco cuoca autista
    magazziniere tecnico ingegnere sviluppatore consulente impiegato impiegata addetto
    addetta responsabile operaio operaia
    enfermeiro enfermeira vendedor vendedora atendente auxiliar motorista cozinheiro
    cozinheira técnico engenheiro engenheira desenvolvedor programador consultor consultora
    analista assistente coordenador coordenadora gerente operador operadora estagiário
    pielęgniarka pielęgniarz sprzedawca sprzedawczyni kierowca kucharz kucharka magazynier
    technik inżynier programista konsultant konsultantka specjalista specjalistka doradca
    księgowa księgowy kierownik operator asystent asystentka spedytor pracownik opiekunka
    sjuksköterska undersköterska säljare butikssäljare chaufför kock lagerarbetare tekniker
    ingenjör utvecklare konsult handläggare samordnare chef lärare förskollärare""")
# Capitalised words that start sentences and lines but never name an employer on their own.
SKIP_WORDS = NOT_COMPANY | frozenset(CUE_CLASSES) | words("""unfortunately leider
malheureusement lamentablemente desafortunadamente helaas purtroppo infelizmente niestety
tyvärr thank thanks danke merci gracias bedankt grazie obrigado obrigada dziękujemy dziękuję
tack please bitte wir nous nosotros wij noi nós my vi we ich je yo ik io eu ja jag sie vous
usted u lei você pan pani ni du dich dir votre vuestra uw tua sua twoja din ihre ihr your our
unsere notre nuestra onze nostra nossa nasz vår if wenn si als se jeśli om when after before
as so but and und et y en e i och also auch aussi también ook anche também także också
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today tomorrow morgen demain mañana
domani amanhã jutro imorgon heute aujourd'hui hoy oggi hoje dzisiaj idag
great good congratulations herzlichen félicitations enhorabuena gefeliciteerd congratulazioni
parabéns gratulacje grattis welcome willkommen bienvenue bienvenido welkom benvenuto
bem-vindo witamy välkommen hallo hello hi hey dear this these that here there""")
# Labels under which an organisation's own name stands ("epso.europa.eu": EPSO, not Europa).
_SECOND_LEVEL = words("com co org net gov ac edu sch nhs ltd plc nsw vic qld wa sa gv or ne "
                          "go gob gouv nic adv med eng art europa")
_NOT_STEMS = words("mail jobs job careers career hr www email example e em info news send "
                       "mailer notifications noreply mx smtp bounce reply apply talent")
# Mailbox words an applicant-tracking system's address may start with (noreply@, no-reply@,
# info@...): never the employer. "no", "do" and "hr" are words, not starts: "nordfels@" and
# "northwindlogistics@myworkday.com" spell their employers (a start of "no" read them as none).
_GENERIC_WORDS = frozenset({"no", "do", "hr", "nao"})
_GENERIC_LOCAL = ("noreply", "no_reply", "norepl", "donot", "do-not", "do_not", "hr_", "hrteam",
                  "info", "jobs", "alert", "notif", "support", "hello", "messages", "inmail",
                  "indeedapply", "service", "team", "recruit", "careers", "talent", "mail",
                  "candidates", "apply", "hiring", "invitations",
                  # the same mailboxes in the other languages bounceback reads
                  "naoresponda", "nao_responda", "noresponder",
                  "nepasrepondre", "keineantwort", "nietodpowiadaj",
                  "powiadomienia", "aplikacje", "rekrutacja", "kariera", "karriere",
                  "bewerbung", "recrutement", "candidature", "empleo", "seleccion",
                  "candidaturas", "vagas", "recrutamento", "selezione",
                  "lavora", "werkenbij", "vacatures", "sollicitatie", "jobb", "rekrytering",
                  "svarainte", "karriar")


# What a mailbox or a domain may write after the organisation's name: a legal form or a country
# ("acme_gmbh@myworkday.com", "acme-uk.com", "acmebv@"): never part of the name.
# Not "it" nor "co", which names write as words of their own ("Norrsken IT", "Tulp & Co").
ADDRESS_TAILS = words("""gmbh ag ab bv nv sa sas sarl sl slu spa srl ltd llc llp inc plc lda
ltda oy as aps kg ug corp uk us de fr es nl pt pl se be at ch ie au ca in br mx nz za dk no
fi""")
_PARTS = re.compile(r"[_-]")
_MAILBOX_PARTS = re.compile(r"[-+.]")


def _without_tails(part: str) -> str:
    """A mailbox or domain label without the legal forms and countries written apart after
    the name ("acme_gmbh" -> "acme", "acme-uk" -> "acme")."""
    pieces = [p for p in _PARTS.split(part) if p]
    while len(pieces) > 1 and pieces[-1] in ADDRESS_TAILS:
        pieces.pop()
    return "".join(pieces)


# Of those, the ones that may be run on after a name ("hagemannag", "dobrobankpl"): not the
# ones that end many names' own words ("Sabores", "Campus", "Mexico", "Berlin").
_RUN_ON_TAILS = ADDRESS_TAILS - words("sa sl as us de fr es se at ca ie in no")


def bare_stem(stem: str) -> str:
    """A domain stem without a legal form or a country run on after the name ("hagemannag"
    -> "hagemann", "dobrobankpl" -> "dobrobank"); "" when it ends in none. Whether the run-on
    letters are a legal form or the end of the name is the company ranker's to weigh."""
    for size in (4, 3, 2):
        if len(stem) - size >= 4 and stem[-size:] in _RUN_ON_TAILS:
            return stem[:-size]
    return ""


def domain_stem(local: str, domain: str) -> str:
    """The organisation a sender address spells: its own domain ("mail.acme.co.uk" -> acme),
    an applicant-tracking system's sub-domain or mailbox (noreply@aurora.taleo.net,
    bluewater@myworkday.com); "" for free mail and a job board's own address."""
    domain = domain.lower()
    if not domain or domain in FREE_MAIL:
        return ""
    platform = platform_of_domain(domain)
    if platform is None:
        labels = domain.split(".")[:-1]  # the top-level domain names a country, not a firm
        while labels and labels[-1] in _SECOND_LEVEL:
            labels.pop()
        return squash(_without_tails(labels[-1])) if labels and labels[-1] not in _NOT_STEMS \
            else ""
    head = domain.split(".")[0]
    own = squash(platform)  # the platform's own sub-domain: "pracuj" of Pracuj.pl
    if len(head) > 3 and own not in squash(head) and squash(head) not in own and head not in {
            "candidates", "talent", "hire", "app", "mail", "inbound", "email", "jobs", "noreply",
            "notifications", "us", "eu", "em", "careers"}:
        return squash(_without_tails(head))
    for raw in _MAILBOX_PARTS.split(local):  # "careers-acme": the name after the mailbox word
        pieces = [p for p in raw.split("_") if p]
        while pieces and (_generic(pieces[0]) or pieces[0] in ("not", "reply")):
            pieces.pop(0)  # "noreply_lucentiaspa", "hr_acme", "do_not_reply"
        while len(pieces) > 1 and (_generic(pieces[-1]) or pieces[-1] in ADDRESS_TAILS):
            pieces.pop()  # "acme_noreply", "acme_gmbh", "acme_uk"
        slug = "".join(pieces)
        return squash(slug) if len(slug) > 2 else ""
    return ""


def _generic(part: str) -> bool:
    return part in _GENERIC_WORDS or part.startswith(_GENERIC_LOCAL)


# A two-letter legal form is too often the end of a word to split a domain at: "hotelesbrisa"
# is not "Hotelesbri SA" (which the legal form then leaves as "Hotelesbri").
_SHORT_LEGAL = words("ag sa ab as oy sl kg bv nv")
_SEGMENTS = sorted((ORG_WORDS - _SHORT_LEGAL) | words("""foods food care homes freight systems partners
consulting energy logistics games analytics labs tech health medical studio studios works group
talent software solutions digital finance bank capital legal law council school college
university hospital hotel hotels retail media robotics engineering construction services
ventures outfitters dairy distillery kitchen packaging cafe aero aerospace resources mining
pharma pay people staffing recruitment recruiting consultants insurance bakery brewery motors
clinic dental vets veterinary nursery academy trust housing water power electric electrical
plumbing builders interiors design designs farms farm markets market stores shop supplies
supply transport haulage fleet airways travel tours coffee roasters wines jewellers produce
storage"""), key=len, reverse=True)

SEGMENT_WORDS = frozenset(_SEGMENTS)
_SEGMENTS_BY_SIZE = tuple((size, frozenset(w for w in _SEGMENTS if len(w) == size))
                          for size in sorted({len(w) for w in _SEGMENTS}, reverse=True))


@lru_cache(maxsize=20_000)
def segment(stem: str) -> str | None:
    """A domain stem written as a name, split at a known organisation word:
    "sableanalytics" -> "Sable Analytics", "mossandfern" -> "Moss & Fern", "kvitto" -> "Kvitto"."""
    if not stem.isalpha() or len(stem) < 3:
        return None
    lead = ""
    if stem.startswith("the") and len(stem) > 6:
        lead, stem = "The ", stem[3:]
    for tail in ("hq", "apps", "app", "online", "global"):
        if stem.endswith(tail) and len(stem) - len(tail) >= 4:
            stem = stem[: -len(tail)]
            break
    if "and" in stem[3:-2]:
        left, _, right = stem.partition("and")
        if len(left) >= 3 and len(right) >= 3:
            return f"{lead}{left.title()} & {right.title()}"
    for size, ends in _SEGMENTS_BY_SIZE:  # the longest organisation word the stem ends with
        if len(stem) - size >= 3 and stem[-size:] in ends:
            word = stem[-size:]
            return f"{lead}{stem[: -size].title()} {word.title()}"
    return f"{lead}{stem.title()}" if len(stem) <= 14 else None
