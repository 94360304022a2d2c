"""Title, company and location from more of the layouts people paste: pipes and markdown
headings, "X is hiring a Y in Z!", "We're looking for a Y to join our team at X", recruiters'
subject lines, Glassdoor and Indeed rating lines, NHS Jobs and Seek labels, "Title: Y at X (Z)",
"Agency:" (USAJOBS), agencies that are not the employer, a team beside the title with the
employer on the line below, "Dublin 2", "Downtown Denver", a lone "Remote" line. The first
batch was written before the round-four layout rules; the second after them, as a check
(first read: title 28/30, company 23/30, location 28/30)."""

from __future__ import annotations

import re

import pytest

from bounceback.skills.postings import read_posting

B1 = "\n\nResponsibilities\n- Provide customer service\n\nRequirements\n- Experience in a similar role\n"
B2 = "\n\nKey duties\n- Keep accurate records\n\nWhat you need\n- A positive attitude\n"
B3 = "\n\nWhat you'll do\n- Keep accurate records\n\nWhat we're looking for\n- A positive attitude\n"
HB = "<h2>Responsibilities</h2><ul><li>Keep accurate records of all deliveries and stock movements</li><li>Supervise a small team</li></ul><h2>Requirements</h2><ul><li>A positive attitude and previous experience</li><li>Full driving licence</li></ul><p>Salary: competitive. Apply now with your CV.</p>"
# (text, title, company, location, file name): a third batch, pages and reversed orders
pages = [
 ("<html><head><title>Warehouse Supervisor | Careers at Northpoint Distribution</title></head><body><h1>Warehouse Supervisor</h1><p>Reno, NV &middot; Full-time</p>" + HB + "<footer>&copy; 2026 Northpoint Distribution LLC</footer></body></html>", "Warehouse Supervisor", "Northpoint Distribution", "Reno, NV", "p.html"),
 ("<html><body><div class='job'><h1 class='title'>Dental Nurse</h1><div class='company'>Bright Smiles Dental Practice</div><div class='location'>Leicester, UK</div>" + HB + "</div></body></html>", "Dental Nurse", "Bright Smiles Dental Practice", "Leicester", "p.html"),
 ("Porter Logistics — Night Shift Forklift Driver — Toledo, OH\n" + B3, "Night Shift Forklift Driver", "Porter Logistics", "Toledo, OH", "p.txt"),
 ("ELECTRICAL ENGINEER (M/F/D)\nVoltaris Energy GmbH\nDublin, Ireland\n" + B3, "Electrical Engineer", "Voltaris Energy GmbH", "Dublin", "p.txt"),
 ("**Role:** Housekeeping Attendant\n**Hotel:** The Grand Esplanade\n**Location:** Brighton\n" + B3, "Housekeeping Attendant", "The Grand Esplanade", "Brighton", "p.md"),
 ("Payroll Clerk\nRemote - US\nAtlas Payroll Partners\n" + B3, "Payroll Clerk", "Atlas Payroll Partners", "Remote", "p.txt"),
 ("Machine Operator - Hamilton, ON - Ridgeline Plastics Inc.\n" + B3, "Machine Operator", "Ridgeline Plastics Inc.", "Hamilton, ON", "p.txt"),
 ("Job Posting\n\nPosition: Youth Worker\nOrganisation: Brightside Youth Trust\nLocation: Hybrid (2 days in office), Auckland\n" + B3, "Youth Worker", "Brightside Youth Trust", "Auckland", "p.txt"),
 ("Hiring now! Cashier / Stocker at Valley Fresh Market in Yakima, WA. Apply in store or online.\n" + B3, "Cashier / Stocker", "Valley Fresh Market", "Yakima, WA", "p.txt"),
 ("<html><head><title>Job: Sous Chef - The Linden Tree</title></head><body><main><h1>Sous Chef</h1><p><strong>Location:</strong> Chester</p>" + HB + "<p>The Linden Tree is a gastropub in the heart of Chester.</p></main></body></html>", "Sous Chef", "The Linden Tree", "Chester", "p.html"),
 ("Community Support Worker\n\nPosted: 28 Nov 2026\nClosing: 12 Dec 2026\n\nCarewell Community Services are seeking a Community Support Worker to join our team in Ballarat.\n" + B3, "Community Support Worker", "Carewell Community Services", "Ballarat", "p.txt"),
 ("Trainee Accountant\nHarper Lane Chartered Accountants | Norwich | £22,000\n" + B3, "Trainee Accountant", "Harper Lane Chartered Accountants", "Norwich", "p.txt"),
 ("Job Title\tAgricultural Field Technician\nCompany\tGreenRow Agronomy\nLocation\tFresno, California\n" + B3, "Agricultural Field Technician", "GreenRow Agronomy", "Fresno, California", "p.txt"),
 ("Child Protection Social Worker\nDepartment of Families, Fairness and Housing\nVictorian Government\nMorwell, VIC\n" + B3, "Child Protection Social Worker", "Department of Families, Fairness and Housing", "Morwell, VIC", "p.txt"),
 ("Cleaner (Evenings)\nPristine Office Care Ltd\nLocation: Swindon SN1\nHours: 15 per week\n" + B3, "Cleaner (Evenings)", "Pristine Office Care Ltd", "Swindon", "p.txt"),
 ("Senior Software Engineer, Payments\nCobaltpay\nLondon, England, United Kingdom · Hybrid\n" + B3, "Senior Software Engineer, Payments", "Cobaltpay", "London", "p.txt"),
 ("From: Priya Nair <priya@talentbridge.example>\nSubject: Opportunity: Phlebotomist at City Diagnostics, Leeds\n\nHi Tom,\n" + B3, "Phlebotomist", "City Diagnostics", "Leeds", "p.txt"),
 ("Landscape Gardener needed - GreenThumb Gardens, Truro\n" + B3, "Landscape Gardener", "GreenThumb Gardens", "Truro", "p.txt"),
 ("Class 2 Driver\nSpeedy Haulage Ltd\nWigan\nSalary: £32,000\n" + B3 + "\nSpeedy Haulage Ltd is an equal opportunities employer.\n", "Class 2 Driver", "Speedy Haulage Ltd", "Wigan", "p.txt"),
 ("Veterinary Receptionist\nAbout the practice: Riverbank Vets is an independent practice in Perth, WA.\n" + B3, "Veterinary Receptionist", "Riverbank Vets", "Perth, WA", "p.txt"),
]

cases = [
 ("Maintenance Technician | Corvane Plastics | Akron, OH\n" + B1, "Maintenance Technician", "Corvane Plastics", "Akron, OH"),
 ("# Dental Receptionist\n## Smilewell Dental Group\n*Swindon, Wiltshire*\n" + B1, "Dental Receptionist", "Smilewell Dental Group", "Swindon, Wiltshire"),
 ("Harbourview Hotel is hiring a Night Porter in Galway!\n" + B1, "Night Porter", "Harbourview Hotel", "Galway"),
 ("We're looking for a Bookkeeper to join our team at Alder & Finch Accountants in Leeds.\n" + B1, "Bookkeeper", "Alder & Finch Accountants", "Leeds"),
 ("Pharmacy Assistant\nGreenleaf Pharmacy\nTamworth\nvia Indeed\n15 hours ago\nPart-time\n" + B1, "Pharmacy Assistant", "Greenleaf Pharmacy", "Tamworth"),
 ("Stonebridge Logistics\n3.6\nForklift Operator\nReno, NV\n$21.00 - $24.00 Per Hour (Employer est.)\nEasy Apply\n" + B1, "Forklift Operator", "Stonebridge Logistics", "Reno, NV"),
 ("Subject: Site Manager role - Hollis Construction, Bristol\n\nHi Sam,\n\nI hope you're well." + B1, "Site Manager", "Hollis Construction", "Bristol"),
 ("Position: HVAC Installer\nEmployer: Polar Air Services\nCity: Tulsa\nState: OK\n" + B1, "HVAC Installer", "Polar Air Services", "Tulsa"),
 ("Line Cook (Full Time) - Downtown Denver\n" + B1 + "\nJoin the team at Copper Kettle Bistro and grow with us.\n", "Line Cook", "Copper Kettle Bistro", "Denver"),
 ("Warehouse Associate\nMeridian Fulfillment\n4.0\n4.0 out of 5 stars\nLakeland, FL 33801\n$18 an hour - Full-time\n" + B1, "Warehouse Associate", "Meridian Fulfillment", "Lakeland, FL"),
 ("Accounts Assistant\nBrookmere Holdings Ltd\nChelmsford, Essex\n£24,000 - £26,000 per annum\nPermanent\n" + B1, "Accounts Assistant", "Brookmere Holdings Ltd", "Chelmsford, Essex"),
 ("Job title\nHealthcare Assistant\nEmployer\nRiverside Community Health NHS Trust\nDepartment\nWard 7\nLocation\nIpswich Hospital\nTown\nIpswich\n" + B1, "Healthcare Assistant", "Riverside Community Health NHS Trust", "Ipswich"),
 ("Apprentice Electrician\nSparkline Electrical\nView all jobs\nToowoomba, Darling Downs QLD\nElectricians (Trades & Services)\nFull time\n" + B1, "Apprentice Electrician", "Sparkline Electrical", "Toowoomba"),
 ("The Old Mill Inn\nBar Supervisor\nKeswick · Full Time · £12.50/hr\n" + B1, "Bar Supervisor", "The Old Mill Inn", "Keswick"),
 ("NOW HIRING: DELIVERY DRIVERS\nSwiftRoute Couriers - Leicester\n" + B1, "Delivery Drivers", "SwiftRoute Couriers", "Leicester"),
 ("Title: Payroll Administrator at Kinsale Foods (Cork)\n" + B1, "Payroll Administrator", "Kinsale Foods", "Cork"),
 ("Customer Service Representative\nPosted 2 December by Bluewater Insurance\nHalifax, NS\n" + B1, "Customer Service Representative", "Bluewater Insurance", "Halifax, NS"),
 ("Teaching Assistant (SEN)\nLocation: Rotherham, South Yorkshire\nSalary: £90 - £100 per day\nJob type: Temporary\n" + B1 + "\nKind regards,\nJess Patel\nSenior Consultant\nClassroom Connect Recruitment\n", "Teaching Assistant (SEN)", None, "Rotherham, South Yorkshire"),  # the agency, no client named: no company (round 29)
 ("Software Engineer II\nQuillstack · Bengaluru, Karnataka, India (Hybrid)\n2 weeks ago · Over 100 applicants\n" + B1, "Software Engineer II", "Quillstack", "Bengaluru, Karnataka, India"),
 ("Plumber\nFlowfix Plumbing & Heating\nLocation\nCardiff, Wales, UK\n" + B1, "Plumber", "Flowfix Plumbing & Heating", "Cardiff, Wales, UK"),
 ("CDL-A Regional Truck Driver - Home Weekly\nIronhorse Transport Inc.\nJoplin, MO\n" + B1, "CDL-A Regional Truck Driver - Home Weekly", "Ironhorse Transport Inc.", "Joplin, MO"),
 ("**Job:** Sous Chef\n**Restaurant:** Juniper & Sage\n**Where:** Harrogate\n" + B1, "Sous Chef", "Juniper & Sage", "Harrogate"),
 ("Early Childhood Educator (Level 2)\nLittle Acorns Learning Centre - Red Deer, AB\n" + B1, "Early Childhood Educator (Level 2)", "Little Acorns Learning Centre", "Red Deer, AB"),
 ("Social Worker - Adult Services\nNorthfield County Council\nHybrid - Northallerton\nGrade 9\n" + B1, "Social Worker - Adult Services", "Northfield County Council", "Northallerton"),
 ("Security Officer\n\nCompany: Guardian Shield Security\nLocation: Remote (US)\n" + B1, "Security Officer", "Guardian Shield Security", "Remote"),
 ("Agricultural Technician\nFieldstone Seeds\nSalinas, CA 93901\nJob details\nPay $22 - $28 an hour\n" + B1, "Agricultural Technician", "Fieldstone Seeds", "Salinas, CA"),
 ("Cleaner - Office Buildings\nSparkleclean Commercial Services Ltd\nManchester M1\n" + B1, "Cleaner - Office Buildings", "Sparkleclean Commercial Services Ltd", "Manchester"),
 ("Job Opening: Medical Laboratory Scientist\nOrganization: St. Brendan's Regional Hospital\nLocation: Saskatoon, Saskatchewan\n" + B1, "Medical Laboratory Scientist", "St. Brendan's Regional Hospital", "Saskatoon, Saskatchewan"),
 ("HGV Class 1 Driver\nCarter Haulage\nDoncaster, DN4\n£16.50 - £18.00 an hour\n" + B1, "HGV Class 1 Driver", "Carter Haulage", "Doncaster"),
 ("Retail Sales Associate\nat Northgate Outfitters\nPortland, OR\n" + B1, "Retail Sales Associate", "Northgate Outfitters", "Portland, OR"),
 ("Benefits Eligibility Caseworker\nDepartment of Human Services\nState of Oregon\nSalem, Oregon\n" + B1, "Benefits Eligibility Caseworker", "Department of Human Services", "Salem, Oregon"),
 ("Farm Worker (Dairy)\nHillcrest Dairy Farm, Cullompton, Devon\n" + B1, "Farm Worker (Dairy)", "Hillcrest Dairy Farm", "Cullompton, Devon"),
 ("Caretaker\nSt Mary's Catholic Primary School\nBolton\nSalary: NJC Grade 3\n" + B1, "Caretaker", "St Mary's Catholic Primary School", "Bolton"),
 ("Data Analyst - Remote\nBrightwave Analytics\nRemote in Canada\n" + B1, "Data Analyst", "Brightwave Analytics", "Remote"),
 ("Registered Nurse - Med/Surg\nMercy Valley Medical Center\n4.2 ★\nFresno, CA\n" + B1, "Registered Nurse - Med/Surg", "Mercy Valley Medical Center", "Fresno, CA"),
 ("Kitchen Porter\nThe Riverside Tavern\nStratford-upon-Avon, Warwickshire\n£11.44 an hour\n" + B2, "Kitchen Porter", "The Riverside Tavern", "Stratford-upon-Avon, Warwickshire"),
 ("Quality Inspector - 2nd Shift\nApex Precision Machining, LLC - Grand Rapids, MI\n" + B2, "Quality Inspector - 2nd Shift", "Apex Precision Machining, LLC", "Grand Rapids, MI"),
 ("JOB TITLE: Mental Health Support Worker\nORGANISATION: Harbour Lights Housing Association\nBASED AT: Plymouth\n" + B2, "Mental Health Support Worker", "Harbour Lights Housing Association", "Plymouth"),
 ("Sales Executive – Renewable Energy\nSolaris Home Energy | Brisbane QLD | Full time\n" + B2, "Sales Executive – Renewable Energy", "Solaris Home Energy", "Brisbane QLD"),
 ("Veterinary Nurse\nPawsitive Vets\nMaidstone\nFull-time, Permanent\nPosted 4 days ago\n" + B2, "Veterinary Nurse", "Pawsitive Vets", "Maidstone"),
 ("Are you an experienced Electrician looking for your next challenge? Voltline Electrical Contractors are recruiting in Swansea.\n" + B2, "Electrician", "Voltline Electrical Contractors", "Swansea"),
 ("Office Administrator (Maternity Cover)\nKingsley & Brook Solicitors LLP\nLocation: Exeter, Devon\n" + B2, "Office Administrator (Maternity Cover)", "Kingsley & Brook Solicitors LLP", "Exeter, Devon"),
 ("Job Summary\nPosition Title: Correctional Officer Trainee\nAgency: Department of Corrections\nLocation: Huntsville, TX\n" + B2, "Correctional Officer Trainee", "Department of Corrections", "Huntsville, TX"),
 ("Maple Grove Senior Living\nResident Care Aide\nSurrey, BC\n$24.50/hour\n" + B2, "Resident Care Aide", "Maple Grove Senior Living", "Surrey, BC"),
 ("Hiring: Bus Driver (PCV D)\nMetroLink Buses · Newcastle upon Tyne\n" + B2, "Bus Driver (PCV D)", "MetroLink Buses", "Newcastle upon Tyne"),
 ("Accountant | Hybrid | Dublin 2\nClient: a growing fintech\nRecruiter: Emerald Talent\n" + B2, "Accountant", None, "Dublin"),  # round 29: an agency's client unnamed, no company
 ("Greenhouse Grower\nSunrise Nurseries Ltd\nEvesham, WR11\nSalary: £27,000\n" + B2, "Greenhouse Grower", "Sunrise Nurseries Ltd", "Evesham"),
 ("Barista\n\nBean There Coffee Co. is looking for a friendly Barista to join our cafe in Hobart, TAS.\n" + B2, "Barista", "Bean There Coffee Co.", "Hobart, TAS"),
 ("Customer Success Manager\nLedgerly\nToronto, Ontario, Canada · Hybrid\nAbout the job\n" + B2, "Customer Success Manager", "Ledgerly", "Toronto, Ontario, Canada"),
 ("Night Shift Cleaner\nLocation: Gatwick Airport, Crawley\nCompany: Airside Cleaning Solutions\nPay: £12.10 per hour\n" + B2, "Night Shift Cleaner", "Airside Cleaning Solutions", "Crawley"),
 ("Lab Technician (Microbiology)\nBioNova Diagnostics Pvt. Ltd.\nHyderabad, Telangana\n1-3 Yrs\n" + B2, "Lab Technician (Microbiology)", "BioNova Diagnostics Pvt. Ltd.", "Hyderabad, Telangana"),
 ("Welder Fabricator\nCompany\nNorthstar Steel Fabrication\nLocation\nGeelong VIC\nWork type\nFull time\n" + B2, "Welder Fabricator", "Northstar Steel Fabrication", "Geelong VIC"),
 ("Support Worker - Learning Disabilities\nSilverbirch Support\nCoventry CV1\n£11.75 - £12.50 an hour - Full-time, Part-time\n" + B2, "Support Worker - Learning Disabilities", "Silverbirch Support", "Coventry"),
 ("Store Manager\nFreshWay Supermarkets\nWaterford, County Waterford\n€45,000 - €50,000 a year\n" + B2, "Store Manager", "FreshWay Supermarkets", "Waterford"),
 ("IT Support Technician\nCity of Brookhaven\nBrookhaven, GA 30319\n" + B2, "IT Support Technician", "City of Brookhaven", "Brookhaven, GA"),
 ("Title: Delivery Driver\nLocation: Aurora, CO\nPay: $19/hr\n" + B2 + "\nApply today to drive with Rocky Mountain Courier!\n", "Delivery Driver", "Rocky Mountain Courier", "Aurora, CO"),
 ("Receptionist - Part Time\nCrescent Medical Centre, Wollongong\n" + B2, "Receptionist - Part Time", "Crescent Medical Centre", "Wollongong"),
 ("Posted by: Blueprint Recruitment\nJob: Quantity Surveyor\nLocation: Milton Keynes\n" + B2, "Quantity Surveyor", None, "Milton Keynes"),  # round 29: an agency's client unnamed, no company
 ("Dairy Herdsperson\nGlenview Farms\nTimaru, Canterbury\n" + B2, "Dairy Herdsperson", "Glenview Farms", "Timaru"),
 ("HR Coordinator\nWe are Lumen Health, a network of clinics across Ohio.\nColumbus, OH (On-site)\n" + B2, "HR Coordinator", "Lumen Health", "Columbus, OH"),
 ("School Business Manager\nOakfield Academy Trust\nLocation: Wigan, Greater Manchester\nContract type: Permanent\n" + B2, "School Business Manager", "Oakfield Academy Trust", "Wigan, Greater Manchester"),
 ("Pest Control Technician\nShieldGuard Pest Solutions — Phoenix, AZ\n" + B2, "Pest Control Technician", "ShieldGuard Pest Solutions", "Phoenix, AZ"),
 ("Senior Carer\nRosewood House Care Home\nIn Whitby\n" + B2, "Senior Carer", "Rosewood House Care Home", "Whitby"),
 ("Tax Associate\nKPMG\nGurugram, Haryana, India\n" + B2, "Tax Associate", "KPMG", "Gurugram, Haryana, India"),
 ("Loan Processor\nCapital Crest Mortgage\nRemote\n" + B2, "Loan Processor", "Capital Crest Mortgage", "Remote"),
]


def _same(want: str | None, got: str) -> bool:
    a = set(re.sub(r"[^\w]+", " ", (want or "").casefold()).split())
    b = set(re.sub(r"[^\w]+", " ", got.casefold()).split())
    return (not a and not b) or bool(a and b and (a <= b or b <= a))


@pytest.mark.parametrize(
    ("text", "title", "company", "location", "name"),
    [(*case, "posting.txt") for case in cases] + pages,
)
def test_header_fields(
    text: str, title: str, company: str | None, location: str, name: str
) -> None:
    posting = read_posting(text.encode(), name)
    assert _same(title, posting.title), posting.title
    assert _same(company, posting.company), posting.company
    assert _same(location, posting.location), posting.location
