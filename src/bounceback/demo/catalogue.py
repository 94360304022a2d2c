"""Companies, roles and words of the demo search: a career changer into data and operations."""

from __future__ import annotations

COMPANIES: list[tuple[str, str, str]] = [
    # name, industry, size
    ("Northwind Health", "healthcare", "large"), ("Acme Logistics", "logistics", "large"),
    ("Brightleaf Analytics", "software", "small"), ("Harbour & Vale", "finance", "medium"),
    ("Kestrel Energy", "energy", "large"), ("Lumen Learning Trust", "education", "medium"),
    ("Pinecrest Retail", "retail", "large"), ("Quayside Bank", "finance", "large"),
    ("Riverbend Council", "public sector", "large"), ("Saffron Foods", "food", "medium"),
    ("Tidewater Shipping", "logistics", "medium"), ("Umbra Games", "software", "small"),
    ("Verdant Labs", "biotech", "small"), ("Willow Insurance", "insurance", "large"),
    ("Yardley Manufacturing", "manufacturing", "medium"), ("Zephyr Mobility", "transport", "small"),
    ("Atlas Civic Tech", "software", "small"), ("Beacon Hospitals", "healthcare", "large"),
    ("Cobalt Consulting", "consulting", "medium"), ("Delta Outdoor", "retail", "medium"),
    ("Ember Media", "media", "small"), ("Fjord Travel", "travel", "medium"),
    ("Granite Construction Co", "construction", "large"), ("Helix Pharma", "pharma", "large"),
    ("Ionic Software", "software", "medium"), ("Juniper Credit Union", "finance", "small"),
    ("Kite Nonprofit Network", "nonprofit", "small"), ("Larch University", "education", "large"),
    ("Marigold Hotels", "hospitality", "large"), ("Nimbus Cloud", "software", "large"),
]

ROLES: list[str] = [
    "Data Analyst", "Operations Analyst", "Business Intelligence Analyst", "Junior Data Scientist",
    "Reporting Analyst", "Supply Chain Analyst", "Product Analyst", "Data Engineer",
    "Analytics Coordinator", "Insights Analyst", "Operations Coordinator", "Research Analyst",
]

LOCATIONS = ["Manchester", "Leeds", "London", "Bristol", "Remote (UK)", "Birmingham", "Glasgow"]

FIRST = ["Priya", "Tom", "Aisha", "Marek", "Sofia", "James", "Mei", "Daniel", "Fatima", "Owen",
         "Grace", "Luis", "Hannah", "Kwame", "Ines", "Rory"]
LAST = ["Shah", "Okafor", "Novak", "Reyes", "Campbell", "Chen", "Murphy", "Haddad", "Jones",
        "Fischer", "Patel", "Byrne"]

REJECTION_TEXTS: dict[str, str] = {
    "not_specified": "Thank you for your interest. After careful consideration we have decided "
                     "not to move forward with your application.",
    "stronger_candidates": "We received many strong applications and have decided to pursue "
                           "candidates whose experience more closely matches our needs.",
    "skill_gap": "The team felt you would need more hands-on experience with SQL and dbt "
                 "for this role.",
    "experience_level": "We are looking for someone with at least five years of experience "
                        "leading analytics projects.",
    "interview_performance": "The panel felt your answers on stakeholder management lacked "
                             "specific examples.",
    "assessment_result": "Unfortunately your take-home exercise did not meet the bar we set "
                         "for this stage.",
    "internal_candidate": "We have decided to fill the role with an internal candidate.",
    "position_closed": "The position has been put on hold due to a hiring freeze.",
    "fit": "We felt another candidate was a closer fit for the way the team works.",
    "compensation": "We could not meet your salary expectations for this role.",
    "logistics": "The role requires three days a week on site in Aberdeen, which you said "
                 "would not work.",
}

NOTES = [
    "Recruiter sounded keen on my logistics background.",
    "Team uses Power BI and SQL Server.",
    "Hiring manager mentioned a reorganisation.",
    "Applied through the careers page; tailored the summary.",
    "Friend from the bootcamp works here.",
    "Salary band not listed; ask in the screen.",
]

TASKS = [
    "Follow up with the recruiter", "Prepare STAR stories for the panel",
    "Send thank-you note", "Update portfolio project README", "Research the team's products",
]
