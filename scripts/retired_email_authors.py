"""The retired blind email sets (corpora/retired/round8/emails/E8a, E8b, round9/emails/E9,
from round 25 round10/emails/E10 and round11/emails/E11, from round 26 round12/emails/E12 and
round13/emails/E13, from round 27 E14 and E15, from round 28 E16 and E17, from round 29 E18
and E19, from round 30 E20 and E21, from round 31 E22 and E23, from round 32 E24 and E25,
from round 33 E26 and E27, from round 34 E28 and E29) as training authors in
corpora/emails/authors/ (rounds 22, 25, 26, 27, 28, 29, 30, 31, 32, 33 and 34; corpora/retired/README.md: they are development data, no longer
blind).

Each email is copied as written, with an id (`E8a-0000`...), its format (html when the body
is HTML) and its labels; the one change is round 18's agency rule, which these sets predate:
where an agency writes about a client's role, the company is the client when the email names
it and none when it does not, never the agency (docs/email-classification.md). 43 labels gave
the agency for a client the email does not name ("a Series C fintech", "un'azienda
metalmeccanica", "naszego klienta"); each was read one by one and is set to null with a note.
Round 25 read E10's and E11's the same way: 31 more (a "confidential CFO search on behalf of
a publicly listed mid-cap", "ett välkänt börsnoterat fastighetsbolag", "voor een grote
zorgverzekeraar", "um cliente do setor de saúde", a Hays or Michael Page "my client" that
stays unnamed). Round 26 read E12's and E13's: 7 more, all in E12 (E13's writer already gave
none: "a Tier 1 commercial builder", "une ETI industrielle familiale", "im Auftrag eines
führenden mittelständischen Herstellers", "klienta z branży e-commerce").
Agencies hiring for their own books keep their name (a nursing agency's locum shifts, an
education agency's supply teaching). A travel-nurse agency's 13-week contract is a placement
at a hospital (round 32: the organisation the nurse would work at, as E23's and E25's writers
label it), so it names the hospital or none, never the agency (E8a-0153 set to none).

Round 27 read E14's and E15's agency mail: none to change; round 28 E16's and E17's: none;
round 29 E18's and E19's: none; round 30 E20's and E21's: none; round 31 E22's and E23's: none;
round 32 E24's and E25's: none (E8a-0153 changed, above); round 33 E26's and E27's: none;
round 34 E28's and E29's: none.
Run: python scripts/retired_email_authors.py  (writes authors/E8a.jsonl ... E29.jsonl;
then `python -m bounceback.mail.train` to retrain). Running it again changes nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = {"E8a": ROOT / "corpora/retired/round8/emails/E8a.jsonl",
        "E8b": ROOT / "corpora/retired/round8/emails/E8b.jsonl",
        "E9": ROOT / "corpora/retired/round9/emails/E9.jsonl",
        "E10": ROOT / "corpora/retired/round10/emails/E10.jsonl",
        "E11": ROOT / "corpora/retired/round11/emails/E11.jsonl",
        "E12": ROOT / "corpora/retired/round12/emails/E12.jsonl",
        "E13": ROOT / "corpora/retired/round13/emails/E13.jsonl",
        "E14": ROOT / "corpora/retired/round14/emails/E14.jsonl",
        "E15": ROOT / "corpora/retired/round15/emails/E15.jsonl",
        "E16": ROOT / "corpora/retired/round16/emails/E16.jsonl",
        "E17": ROOT / "corpora/retired/round17/emails/E17.jsonl",
        "E18": ROOT / "corpora/retired/round18/emails/E18.jsonl",
        "E19": ROOT / "corpora/retired/round19/emails/E19.jsonl",
        "E20": ROOT / "corpora/retired/round20/emails/E20.jsonl",
        "E21": ROOT / "corpora/retired/round21/emails/E21.jsonl",
        "E22": ROOT / "corpora/retired/round22/emails/E22.jsonl",
        "E23": ROOT / "corpora/retired/round23/emails/E23.jsonl",
        "E24": ROOT / "corpora/retired/round24/emails/E24.jsonl",
        "E25": ROOT / "corpora/retired/round25/emails/E25.jsonl",
        "E26": ROOT / "corpora/retired/round26/emails/E26.jsonl",
        "E27": ROOT / "corpora/retired/round27/emails/E27.jsonl",
        "E28": ROOT / "corpora/retired/round28/emails/E28.jsonl",
        "E29": ROOT / "corpora/retired/round29/emails/E29.jsonl"}
TARGET = ROOT / "corpora" / "emails" / "authors"
# Line numbers (from 0) of the agency mail whose label gave the agency for an unnamed client.
AGENCY_TO_NULL = {
    # Round 32: 153 (Keystone Health Recruiting's travel-nurse contract in Phoenix) joins
    # them: the taxonomy's recruiter_outreach is the agency contacting about a role; the role
    # is with the hospital the nurse is placed at, which the email does not name (E23-0139's
    # and E25-0142's writers give none for the same shape).
    "E8a": [142, 144, 146, 147, 149, 150, 153, 154, 155, 191, 206, 221, 236, 251, 266, 281,
            296],
    "E8b": [13, 38, 109, 111, 114, 117, 120, 121, 129, 165, 183, 202, 210, 221, 240, 259, 278,
            294],
    "E9": [11, 17, 18, 115, 123, 128, 148, 158, 224],
    # Round 25: a recruiter's own search firm or temp agency writing about a client it does
    # not name (E10-0263: Page Personnel advertising an Accounts Assistant role on reed.co.uk,
    # an agency's client's job). Kept as labelled: an agency's own consultants (Academic
    # Work's "konsultuppdrag hos en av våra kunder") and clients the email names (ICA Gruppen,
    # Greene King).
    "E10": [13, 16, 23, 50, 52, 74, 86, 90, 92, 96, 151, 165, 168, 244, 258, 260, 263],
    "E11": [20, 65, 133, 138, 141, 144, 145, 146, 147, 191, 206, 236, 251, 266],
    # Round 26: Hays (UK, Australia), Robert Half, an executive search via XING, Ferri
    # Executive Search, Talentis Executive and Hycom Talent via LinkedIn, each about a client
    # it does not name. Kept: Syntech Solutions' W2 contract (the firm employs the
    # contractor), clients the email names (Naturvía, Mphasis, Vredestein, Nordbygg).
    "E12": [40, 116, 132, 191, 206, 251, 281],
    "E13": [],
    # Round 27: both writers already gave none for a client they do not name (Holloway
    # Recruitment's "my client", TechHunters' "mojego klienta", Heidberg & Partners' "im
    # Auftrag eines familiengeführten Automobilzulieferers") and the client where they name
    # it (Tessaract BPO Services, Kranbolaget i Norden, Groupe Vallon, Laboratorios Cibeles).
    "E14": [],
    "E15": [],
    # Round 28: both writers already gave none for a client they do not name (Harrowfield
    # Recruitment, Meridian Executive, HR Link Consulting, Talentbrücke, Grafton Search, Nordic
    # Talent Partners' "vår kund", Whitlock Search's "PE-backed consumer business") and the
    # client where they name it (PeopleNext HR's "our client Arkavi Technologies", Apex
    # People's "my client, Veldt Pharmaceuticals").
    "E16": [],
    "E17": [],
    # Round 29: both writers already give none for a client they do not name (Sterling
    # Executive's "regional consumer group", Pinnacle People, QuantaEdge Staffing's "Leading
    # MNC", Sherwood Search's "Series B healthtech", Brackenridge Recruitment's "FMCG client",
    # Talentia Selección, Cabinet Lumière RH's "notre client", Lavoro Più's "azienda
    # cliente", Headhunters IT's "klient z branży fintech") and the client where they name it
    # (PeopleWorks RPO for Harbourline Insurance, Bluegum Recruitment for Harbour City
    # Council, Talento Norte for TecnoDouro, Nordic Talang for Vättervik Energi, Ashworth
    # Talent for Hollin & Vane). Octave Conseil (E18-0032), Agencja Kreatywna Pióro
    # (E18-0170) and the Urban Mobility Agency (E18-0289, a public body) hire for themselves:
    # the employer (tests/mail/test_agency_labels.py).
    "E18": [],
    "E19": [],
    # Round 30: both writers already give none for a client they do not name (Brightwell
    # Search's "my client", Techbemanning's "en större region", IT People's "skandynawski
    # fintech", Apex Recruit's "manufacturing client", Brookmere's "our client", Kettering
    # Fold's "building materials supplier", Holloway's "client based in Centurion", Lantern
    # Peak's "our client in fintech", Ubuntu HR's "large mining company", Talentis Conseil's
    # "acteur reconnu de l'assurance", Talentos' "empresa cliente", Talenti Italia's "gruppo
    # metalmeccanico", TalentBridge's "dużego banku") and the client where they name it
    # (Northbank Recruitment's Kestrel Logistics, Talentis Conseil's Mutuelle des Rives).
    # Vishwa Consulting's talent acquisition (E20-0059), Swift Staffing's own team (E21-0139)
    # and Pinegate Consulting (E21-0116) hire for themselves: the employer.
    "E20": [],
    "E21": [],
    # Round 31: both writers already give none for a client they do not name (Harbourview
    # Recruitment's "Client in Cork", Atlas Search's client, Protea HR's "Retail Group",
    # Talentis Conseil's "retour client", Tulp Staffing, Thornbury Talent's "fintech in Leeds",
    # Lattice Search's "stealth climate startup", Grafton and Greene's "unnamed client",
    # Wolff Personal, Hunters BR) and the client where they name it (HireAfrica for Verdecrest
    # Pay). Ridgeline Consulting (E22-0033), Hopscotch Agency (E22-0057) and Agence Reflets
    # (E23-0204) hire for themselves: the employer. Rural Health Partners Staffing's travel
    # nurse contracts (E23-0139) are labelled none as written: "contracts in Montana and
    # Wyoming" reads as placements with hospitals it does not name.
    "E22": [],
    "E23": [],
    # Round 32: both writers already give none for a client they do not name (Marlowe
    # Recruitment, Dunmore Talent's "Tier 1 builder", Cavendish Search, Harbourlink's "MNC",
    # Talentis RH's "notre client", Vos Uitzendbureau's "opdrachtgever", Helix Talent
    # Partners, Verity Staffing, Noor Talent Partners, Halden Recruitment, Summit Staffing's
    # "hospital in Denver", Cape Headhunters, Flexpol, Bemanningsbolaget Nord) and the client
    # where they name it (Zenith People for Kobo Crest, TalentBridge HR for Quantix Systems,
    # Northloop HR for Quillstone, Kinetic Staffing's assignment at Greystone Distribution,
    # Outlook Talent for Brightsmile Family Dentistry). Public bodies (Sunderland City
    # Council, Landratsamt Oberfeld, Fernvale County Council) are their own employers.
    "E24": [],
    "E25": [],
    # Round 33: both writers already give none for a client they do not name (Brightlane
    # Recruit, Meridian People's "client feedback", CrestHire's "Leading BFSI MNC", TalentForge's
    # "Series B fintech", Gold Coast HR's "confidential search", Kinetiq Search, Summit
    # Staffing's "fintech client", Prime Staff's "distribution centre", Hunterslog, Agenzia
    # Lavoro Più's "nostro cliente", Talent Finance's "klienta", Väst Bemanning's "kund") and
    # the client where they name it (Northgate Recruitment for Ridgeway Homes, Tandem
    # Recruiting for Coldwater Systems, Ellison Search for Hearthstone Software, Consultora
    # Andes for Viña Los Robles, Talent Grid for Cirrus Payments, FinStaff for Haverkamp
    # Zuivel, Talentwerk Köln for Kaffeerösterei Halden, Fernhill Ventures for Quillstream).
    # Cijferwerk Detachering (E27-0214: "vast contract bij ons") employs its consultants, and
    # Agence Cime (E26-0173) and Pixelcraft (E26-0050) hire for themselves: the employer.
    "E26": [],
    "E27": [],
    # Round 34: both writers already give none for a client they do not name (Staffline
    # Partners, Cape People, TalentBridge, Prime Staff, Adecco's, Randstad's and Manpower's
    # temp work, Kitchen Hire, Fielding Recruitment, AfriStaff, Reed's "a recruiter", Olympia,
    # Lernia; Halden & Moor, Redwood Talent's "client", Brightwater Staffing, Harbourline
    # Search's "medical research charity", TalentBridge HR's "Leading MNC", Clearwater Health
    # Recruit, Karoo Search, Lantern Locums, Vestry's "state government", Northstar, Talentwerk
    # Personal's "kommunalen Klinikgruppe", Cabinet Altis, Hunter Andes, Talentia Global,
    # Publieke Talenten's "provincie", HR Partners Italia's "ente no profit", Talentos Lusos,
    # Headhunter-Med, Akademisk Rekrytering's "lärosäte") and the client where they name it
    # (Fieldstone Partners for Brookfield University, E29-0102). Small employers writing from
    # a free mailbox (Stillwater Carpentry, Brouwerij De Kromme Haring, Hydro-Serwis) hire for
    # themselves: the employer.
    "E28": [],
    "E29": [],
}
NOTE = "an agency's mail about a client it does not name: no employer (round 18's rule)"
_HTML = re.compile(r"^\s*<(?:!doctype|html|body|div|table|p)\b", re.I)


def rows_of(author: str) -> list[dict[str, object]]:
    """One retired set's emails, as training rows of the corpus's format."""
    nulls = set(AGENCY_TO_NULL[author])
    out: list[dict[str, object]] = []
    lines = [line for line in SETS[author].read_text(encoding="utf-8").splitlines()
             if line.strip()]
    for n, line in enumerate(lines):
        row = json.loads(line)
        body = str(row.get("body") or "")
        out.append({
            "id": f"{author}-{n:04d}", "from": row.get("from"), "subject": row.get("subject"),
            "body": body, "format": "html" if _HTML.match(body) else "plain",
            "lang": row.get("lang"), "kind": row["kind"],
            "company": None if n in nulls else (row.get("company") or None),
            "role": row.get("role") or None, "platform": row.get("platform") or None,
            **({"notes": NOTE} if n in nulls else {}),
        })
    return out


def main() -> int:
    for author in SETS:
        rows = rows_of(author)
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        (TARGET / f"{author}.jsonl").write_text(text, encoding="utf-8")
        print(f"{author}: {len(rows)} emails, {len(AGENCY_TO_NULL[author])} agency labels "
              "set to none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
