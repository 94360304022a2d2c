"""Which applicant-tracking system, job board or test platform sent an email."""

from __future__ import annotations

import re

from bounceback.mail.memo import TEXTS, Memo

# Sender domain (or a suffix of it) -> platform name, as users know them.
DOMAINS: dict[str, str] = {
    "greenhouse.io": "Greenhouse", "greenhouse-mail.io": "Greenhouse", "lever.co": "Lever",
    "myworkday.com": "Workday", "workday.com": "Workday", "myworkdayjobs.com": "Workday",
    "ashbyhq.com": "Ashby", "icims.com": "iCIMS", "smartrecruiters.com": "SmartRecruiters",
    "taleo.net": "Taleo", "linkedin.com": "LinkedIn", "indeed.com": "Indeed",
    "indeedemail.com": "Indeed", "workablemail.com": "Workable", "workable.com": "Workable",
    "teamtailor.com": "Teamtailor", "teamtailor-mail.com": "Teamtailor", "personio.de": "Personio",
    "personio.com": "Personio", "successfactors.eu": "SuccessFactors",
    "successfactors.com": "SuccessFactors", "jobvite.com": "Jobvite", "bamboohr.com": "BambooHR",
    "jobs.nhs.uk": "NHS Jobs", "trac.jobs": "Trac", "seek.com.au": "Seek", "naukri.com": "Naukri",
    "stepstone.de": "StepStone", "glassdoor.com": "Glassdoor", "reed.co.uk": "Reed",
    "totaljobs.com": "Totaljobs", "ziprecruiter.com": "ZipRecruiter", "monster.com": "Monster",
    "hackerrank.com": "HackerRank", "codility.com": "Codility", "hirevue.com": "HireVue",
    "codesignal.com": "CodeSignal", "testgorilla.com": "TestGorilla", "shl.com": "SHL",
    "pymetrics.com": "Pymetrics", "sparkhire.com": "Spark Hire", "applitrack.com": "Frontline",
    "oleeo.com": "Oleeo", "recruitee.com": "Recruitee", "recruiteemail.com": "Recruitee",
    "applytojob.com": "JazzHR",
    "jazzhr.com": "JazzHR", "breezy.hr": "Breezy HR", "rippling.com": "Rippling",
    "dayforcehcm.com": "Dayforce", "ultipro.com": "UKG", "pinpointhq.com": "Pinpoint",
    "hibob.com": "HiBob", "recruiterbox.com": "Recruiterbox", "hireology.com": "Hireology",
    "paradox.ai": "Paradox", "calendly.com": "Calendly", "wellfound.com": "Wellfound",
    "welcometothejungle.com": "Welcome to the Jungle", "wttj.co": "Welcome to the Jungle",
    "xing.com": "Xing", "infojobs.net": "InfoJobs", "pracuj.pl": "Pracuj.pl",
    "softgarden.io": "softgarden", "softgarden.de": "softgarden", "dvinci.de": "d.vinci",
    "dvinci-easy.com": "d.vinci", "rexx-systems.com": "rexx", "join.com": "JOIN",
    "jobylon.com": "Jobylon", "varbi.com": "Varbi", "reachmee.com": "ReachMee",
    "csod.com": "Cornerstone", "avature.net": "Avature", "oraclecloud.com": "Oracle Recruiting",
    "sapsf.com": "SuccessFactors", "sapsf.eu": "SuccessFactors", "gupy.io": "Gupy",
    "homerun.co": "Homerun", "jobteaser.com": "JobTeaser", "flatchr.io": "Flatchr",
    "taleez.com": "Taleez", "eightfold.ai": "Eightfold", "phenompeople.com": "Phenom",
    "talent-soft.com": "Talentsoft", "hrmos.co": "HRMOS", "zohorecruit.com": "Zoho Recruit",
    "recruitcrm.io": "Recruit CRM", "manatal.com": "Manatal", "comeet.co": "Comeet",
    "freshteam.com": "Freshteam", "jobindex.dk": "Jobindex", "apec.fr": "Apec",
    "francetravail.fr": "France Travail", "computrabajo.com": "Computrabajo",
    "catho.com.br": "Catho", "otta.com": "Otta", "joinhandshake.com": "Handshake",
    "dice.com": "Dice", "careerbuilder.com": "CareerBuilder", "simplyhired.com": "SimplyHired",
    "hellowork.com": "HelloWork", "vagas.com.br": "Vagas.com", "infojobs.com.br": "InfoJobs",
    "jobat.be": "Jobat", "indeed.nl": "Indeed", "jobs.ch": "jobs.ch", "karriere.at": "karriere.at",
    "arbetsformedlingen.se": "Arbetsförmedlingen", "nationalevacaturebank.nl":
    "Nationale Vacaturebank", "werkzoeken.nl": "Werkzoeken", "hays.com": "Hays",
    # More job boards, applicant-tracking systems and test platforms of the countries whose
    # languages bounceback reads.
    "olx.pl": "OLX Praca", "werk.nl": "werk.nl", "almalaurea.it": "AlmaLaurea",
    "intermediair.nl": "Intermediair", "aplikuj.pl": "Aplikuj.pl", "subito.it": "Subito",
    "itjobs.pt": "ITJobs", "landing.jobs": "Landing.jobs", "net-empregos.com": "Net-Empregos",
    "infojobs.it": "InfoJobs", "meteojob.com": "Meteojob", "cadremploi.fr": "Cadremploi",
    "regionsjob.com": "RegionsJob", "arbeitsagentur.de": "Jobbörse der Arbeitsagentur",
    "jobware.de": "Jobware", "meinestadt.de": "meinestadt.de", "academictransfer.com":
    "AcademicTransfer", "werkenvoornederland.nl": "Werken voor Nederland",
    "nofluffjobs.com": "No Fluff Jobs", "justjoin.it": "Just Join IT", "bulldogjob.pl":
    "Bulldogjob", "gowork.pl": "GoWork", "praca.pl": "Praca.pl", "infopraca.pl": "InfoPraca",
    "blocket.se": "Blocket Jobb", "jobbsafari.se": "Jobbsafari", "trabajando.com": "Trabajando",
    "infoempleo.com": "Infoempleo", "tecnoempleo.com": "Tecnoempleo", "bakeca.it": "Bakeca",
    "jobrapido.com": "Jobrapido", "trovolavoro.it": "Trovolavoro", "expressoemprego.pt":
    "Expresso Emprego", "trampos.co": "Trampos",
    "jooble.org": "Jooble", "adzuna.com": "Adzuna", "talent.com": "Talent.com",
    "jobijoba.com": "Jobijoba", "indeedflex.com": "Indeed Flex", "jobbland.se": "Jobbland",
    "solides.com.br": "Sólides", "kenoby.com": "Kenoby", "erecruiter.pl": "eRecruiter",
    "traffit.com": "Traffit", "hrlink.pl": "HRlink", "talentlyft.com": "TalentLyft",
    "lumesse.com": "Lumesse", "beetween.com": "Beetween", "welcomekit.co": "Welcome Kit",
    "digitalrecruiters.com": "Digital Recruiters", "jobaffinity.fr": "Jobaffinity",
    "factorialhr.com": "Factorial", "kenjo.io": "Kenjo", "umantis.com": "Abacus Umantis",
    "concludis.de": "concludis", "onlyfy.com": "onlyfy", "prescreen.io": "onlyfy",
    "visma.com": "Visma Recruit", "talentclue.com": "Talent Clue", "alvalabs.io": "Alva Labs",
    "hubert.ai": "Hubert", "cammio.com": "Cammio", "hirevue-mail.com": "HireVue",
    "willo.video": "Willo", "vidcruiter.com": "VidCruiter", "harver.com": "Harver",
    "arcticshores.com": "Arctic Shores", "mettl.com": "Mercer Mettl", "hackerearth.com":
    "HackerEarth", "coderbyte.com": "Coderbyte", "devskiller.com": "DevSkiller",
    "testdome.com": "TestDome", "codingame.com": "CodinGame",
    # Job boards, hiring systems, reference, background-check and signing services that send
    # mail for an employer (their own name is not the employer).
    "pnet.co.za": "PNet", "irishjobs.ie": "IrishJobs.ie", "jobadder.com": "JobAdder",
    "fountain.com": "Fountain", "refnow.com.au": "Refnow", "refnow.com": "Refnow",
    "xref.com": "Xref", "sterlingcheck.com": "Sterling", "predictiveindex.com":
    "The Predictive Index", "pandadoc.net": "PandaDoc", "pandadoc.com": "PandaDoc",
    "yousign.com": "Yousign", "gupy.com.br": "Gupy", "emprego.sapo.pt": "SAPO Emprego",
    "vdab.be": "VDAB", "inrecruiting.com": "inRecruiting", "jobtrain.co.uk": "Jobtrain",
    "csjobs.cabinetoffice.gov.uk": "Civil Service Jobs", "jobsgopublic.com": "Jobs Go Public",
    "hirebridge.com": "Hirebridge", "clearcompany.com": "ClearCompany", "workstream.us":
    "Workstream", "harri.com": "Harri", "snagajob.com": "Snagajob", "careerjet.com": "Careerjet",
    "jobserve.com": "JobServe", "cv-library.co.uk": "CV-Library", "jobs.ie": "Jobs.ie",
    "stepstone.be": "StepStone", "monster.de": "Monster", "hellosign.com": "HelloSign",
    "checkr.com": "Checkr", "hireright.com": "HireRight", "fadv.com": "First Advantage",
    "ucheck.co.uk": "uCheck", "vervoe.com": "Vervoe", "criteriacorp.com": "Criteria",
    "talogy.com": "Talogy", "cut-e.com": "Talogy", "kenexa.com": "Kenexa",
    # Public-sector portals that send for a ministry, an agency, a council or a university
    # (round 32): the employer is written in the body ("Agency: ...", "indetto dal Ministero").
    "usajobs.gov": "USAJOBS", "inpa.gov.it": "inPA", "publicjobs.ie": "publicjobs.ie",
    "interamt.de": "Interamt", "choisirleservicepublic.gouv.fr": "Choisir le service public",
    "apsjobs.gov.au": "APSJobs", "jobs.ac.uk": "jobs.ac.uk", "bep.gov.pt": "BEP",
    "inspira.un.org": "Inspira", "careers.un.org": "Inspira",
}
# Brands whose mail comes from many country domains ("indeed.fr", "stepstone.nl").
BRANDS: dict[str, str] = {
    "indeed": "Indeed", "linkedin": "LinkedIn", "stepstone": "StepStone",
    "glassdoor": "Glassdoor", "monster": "Monster", "xing": "Xing", "infojobs": "InfoJobs",
    "welcometothejungle": "Welcome to the Jungle", "pracuj": "Pracuj.pl", "jobindex": "Jobindex",
    "workday": "Workday", "myworkday": "Workday", "myworkdayjobs": "Workday",
    "greenhouse": "Greenhouse", "smartrecruiters": "SmartRecruiters", "teamtailor": "Teamtailor",
    "personio": "Personio", "recruitee": "Recruitee", "workable": "Workable",
    "successfactors": "SuccessFactors", "ziprecruiter": "ZipRecruiter", "icims": "iCIMS",
    "softgarden": "softgarden", "jobylon": "Jobylon", "varbi": "Varbi", "hirevue": "HireVue",
    "olx": "OLX Praca",
}
_FOOTER = re.compile(
    r"(?:powered by|sent (?:with|via)|sent using|using|via|by) (greenhouse|lever|workday|ashby|"
    r"icims|smartrecruiters|taleo|workable|teamtailor|personio|successfactors|jobvite|bamboohr)"
    r"|(myworkdayjobs\.com|icims\.com|taleo\.net|jobs\.lever\.co|boards\.greenhouse\.io|"
    r"jobs\.ashbyhq\.com|smartrecruiters\.com)",
    re.I,
)
_FOOTER_HINTS = ("greenhouse", "lever", "workday", "ashby", "icims", "smartrecruiters", "taleo",
                 "workable", "teamtailor", "personio", "successfactors", "jobvite", "bamboohr")
_FOOTER_NAMES = {
    "greenhouse": "Greenhouse", "lever": "Lever", "workday": "Workday", "ashby": "Ashby",
    "icims": "iCIMS", "smartrecruiters": "SmartRecruiters", "taleo": "Taleo",
    "workable": "Workable", "teamtailor": "Teamtailor", "personio": "Personio",
    "successfactors": "SuccessFactors", "jobvite": "Jobvite", "bamboohr": "BambooHR",
    "myworkdayjobs.com": "Workday", "icims.com": "iCIMS", "taleo.net": "Taleo",
    "jobs.lever.co": "Lever", "boards.greenhouse.io": "Greenhouse", "jobs.ashbyhq.com": "Ashby",
    "smartrecruiters.com": "SmartRecruiters",
}
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com",
    "yahoo.com", "yahoo.co.uk", "yahoo.co.in", "icloud.com", "me.com", "aol.com", "gmx.de",
    "web.de", "proton.me", "protonmail.com", "rediffmail.com", "btinternet.com",
    "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "libero.it", "virgilio.it",
    "tiscali.it", "alice.it", "t-online.de", "freenet.de", "yahoo.de", "yahoo.fr", "yahoo.es",
    "yahoo.it", "hotmail.fr", "hotmail.es", "hotmail.it", "hotmail.se", "hotmail.de",
    "outlook.de", "outlook.fr", "outlook.es", "live.nl", "live.se", "kpnmail.nl", "ziggo.nl",
    "home.nl", "planet.nl", "telenet.be", "skynet.be", "wp.pl", "o2.pl", "onet.pl",
    "interia.pl", "op.pl", "sapo.pt", "gmail.pt", "uol.com.br", "bol.com.br", "terra.com.br",
    "ig.com.br", "telia.com", "bredband.net", "spray.se", "comhem.se", "movistar.es",
    "telefonica.net", "tin.it", "arcor.de", "gmx.net", "gmx.at", "gmx.ch", "bluewin.ch",
})


_BY_DOMAIN: Memo[str, str | None] = Memo(TEXTS)


def platform_of_domain(domain: str) -> str | None:
    """The platform behind a sender domain ("us.greenhouse-mail.io" -> "Greenhouse")."""
    try:
        found = _BY_DOMAIN[domain]
    except KeyError:
        return _BY_DOMAIN.keep(domain, _platform_of_domain(domain))
    _BY_DOMAIN.touch(domain)
    return found


def _platform_of_domain(domain: str) -> str | None:
    domain = domain.lower()
    labels = domain.split(".")
    for label in labels[:-1]:
        brand = BRANDS.get(label)
        if brand:
            return brand
    while domain:
        name = DOMAINS.get(domain)
        if name:
            return name
        _, _, domain = domain.partition(".")
        if "." not in domain:
            return None
    return None


def detect_platform(domain: str, body: str) -> str | None:
    """The platform from the sender domain, else from an ATS footer or link in the body."""
    found = platform_of_domain(domain)
    if found:
        return found
    tail = body[-800:].lower()
    if not any(name in tail for name in _FOOTER_HINTS):
        return None
    match = _FOOTER.search(tail)
    if match:
        return _FOOTER_NAMES.get((match.group(1) or match.group(2)).lower())
    return None


JOB_BOARDS = frozenset({
    "LinkedIn", "Indeed", "Glassdoor", "ZipRecruiter", "StepStone", "Monster", "Seek", "Naukri",
    "Reed", "Totaljobs", "Welcome to the Jungle", "Wellfound", "NHS Jobs", "Trac", "Xing",
    "InfoJobs", "Jobindex", "Arbetsförmedlingen", "Pracuj.pl", "Nationale Vacaturebank",
    "Werkzoeken", "Apec", "France Travail", "Computrabajo", "Catho", "JobTeaser",
    "Otta", "Handshake", "Dice", "CareerBuilder", "SimplyHired", "HelloWork", "Vagas.com", "Jobat",
    "jobs.ch", "karriere.at", "OLX Praca", "werk.nl", "AlmaLaurea", "Intermediair", "Aplikuj.pl",
    "Subito", "ITJobs", "Landing.jobs", "Net-Empregos", "Meteojob", "Cadremploi", "RegionsJob",
    "Jobbörse der Arbeitsagentur", "Jobware", "meinestadt.de", "AcademicTransfer",
    "Werken voor Nederland", "No Fluff Jobs", "Just Join IT", "Bulldogjob", "GoWork", "Praca.pl",
    "InfoPraca", "Blocket Jobb", "Jobbsafari", "Trabajando", "Infoempleo", "Tecnoempleo",
    "Bakeca", "Jobrapido", "Trovolavoro", "Expresso Emprego", "Trampos",
    "Jooble", "Adzuna", "Talent.com", "Jobijoba", "Indeed Flex", "Jobbland",
    "PNet", "IrishJobs.ie", "SAPO Emprego", "VDAB", "Civil Service Jobs", "Jobs Go Public",
    "Snagajob", "Careerjet", "JobServe", "CV-Library", "Jobs.ie",
    "USAJOBS", "inPA", "publicjobs.ie", "Interamt", "Choisir le service public", "APSJobs",
    "jobs.ac.uk", "BEP", "Inspira",
})
TEST_PLATFORMS = frozenset({
    "HackerRank", "Codility", "HireVue", "CodeSignal", "TestGorilla", "SHL", "Pymetrics",
    "Spark Hire", "Calendly", "Alva Labs", "Hubert", "Cammio", "Willo", "VidCruiter", "Harver",
    "Arctic Shores", "Mercer Mettl", "HackerEarth", "Coderbyte", "DevSkiller", "TestDome",
    "CodinGame", "The Predictive Index", "Vervoe", "Criteria", "Talogy", "Kenexa",
})


def platform_kind(platform: str) -> str:
    """"board" for job boards, "test" for test and scheduling platforms, else "ats"."""
    if platform in JOB_BOARDS:
        return "board"
    if platform in TEST_PLATFORMS:
        return "test"
    return "ats"
