"""Words that end a phrase naming no skill: the team, the setting, people, job facts a board
shows beside a posting (schedule, contract), and the heads of credentials that need a name before
them ("certificate" alone is no skill)."""

from __future__ import annotations

CERT_HEADS = frozenset(
    [
        "certificate", "certificates", "certification", "certifications", "licence", "licences",
        "license", "licenses", "card", "cards", "ticket", "tickets", "registration",
        "qualification", "qualifications", "diploma", "degree", "award", "accreditation",
        "credential", "credentials", "course", "training", "endorsement", "permit", "check",
        "clearance", "medical", "induction", "skills", "skill", "experience", "knowledge",
        "system", "systems", "software",
    ]
)
STOP_HEADS = frozenset(
    [
        "team", "teams", "environment", "environments", "setting", "settings", "role", "roles",
        "position", "positions", "company", "companies", "business", "businesses", "organisation",
        "organization", "organisations", "organizations", "customers", "customer", "patients",
        "patient", "children", "child", "people", "staff", "colleagues", "clients", "client",
        "residents", "tenants", "families", "family", "parents", "managers", "manager", "members",
        "member", "supervisor", "supervisors", "day", "days", "week", "weeks", "hours", "hour",
        "time", "times", "year", "years", "month", "months", "shift", "shifts", "basis", "manner",
        "way", "ways", "area", "areas", "site", "sites", "office", "offices", "location",
        "locations", "opportunity", "opportunities", "candidate", "candidates", "applicants",
        "applicant", "individual", "individuals", "person", "persons", "someone", "anyone",
        "things", "thing", "etc", "lot", "lots", "range", "variety", "number", "needs", "duties",
        "responsibilities", "tasks", "task", "job", "jobs", "requirements", "requirement",
        "deadlines", "pressure", "attitude", "approach", "passion", "desire", "willingness",
        "commitment", "enthusiasm", "eye", "them", "it", "this", "us", "you", "we", "they",
        "others", "public", "community", "users", "visitors", "guests", "students", "pupils",
        "learners", "toddlers", "infants", "babies", "men", "women", "home", "homes", "centre",
        "center", "centres", "facility", "facilities", "premises", "building", "store", "stores",
        "shop", "restaurant", "hotel", "ward", "wards", "unit", "units", "department",
        "departments", "hospital", "hospitals", "clinic", "clinics", "school", "schools",
        "country", "city", "region", "field", "industry", "sector", "fleet", "level", "standard",
        "workplace", "world", "life", "lives", "difference", "future", "career", "progression",
        "salary", "pay", "rate", "bonus", "hire", "hires", "starters", "starter", "joiners",
        "joiner", "service", "leader", "leaders", "employer", "employers", "vehicle",
        "access", "weekend", "weekends", "evenings", "nights", "holidays", "drivers", "operators",
        "workers", "jockeys", "assistants", "trucks", "careers", "insights", "engineers",
        "consultants", "officers", "advisors", "advisers", "analysts",
    ]
)
STOP_PHRASES = frozenset(
    [
        # job facts a board shows beside the posting: schedule, contract, grade lines; generic words
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekends",
        "weekend availability", "overtime", "permanent", "temporary", "full-time", "part-time",
        "full time", "part time", "fixed term", "fixed-term", "evening shift", "day shift",
        "night shift", "morning shift", "8 hour shift", "10 hour shift", "12 hour shift", "dates",
        "appointment type", "relocation expenses reimbursed", "telework eligible", "remote job",
        "travel required", "work schedule", "job type", "shift and schedule", "on call",
        "holidays", "no weekends", "monday to friday", "show more", "show less", "easy apply",
        "people also viewed", "job details", "management", "senior management", "the management",
        "ability", "experience", "knowledge", "skills",
        "skill", "understanding", "work", "working", "tasks", "duties", "support", "help",
        "assistance", "information", "things", "stuff", "others", "etc", "all", "everything",
        "anything", "something", "daily", "weekly", "monthly", "quality", "standards", "policies",
        "procedures", "guidelines", "regulations", "records", "reports", "data", "equipment",
        "systems", "tools", "documentation", "paperwork", "issues", "problems", "requests",
        "queries", "enquiries", "orders", "stock", "goods", "products", "materials", "items",
        "and", "or", "the", "a", "an", "of", "in", "with", "to", "for", "on", "at", "by", "as",
        "use", "using", "new", "existing", "relevant", "other", "various", "multiple", "different",
        "key", "main", "general", "overall", "high", "good", "strong", "excellent", "keeping",
        "including", "related", "similar", "equivalent", "required", "essential", "desirable",
        "preferred", "minimum", "maximum", "least", "more", "less", "sense", "own", "willingness",
        "one", "two", "three", "able", "ensure", "ensuring", "well", "effectively", "clear",
        "needed", "necessary", "following", "process", "processes", "practice", "practices",
        "service", "services", "activities", "activity", "areas", "plan", "plans", "time", "care",
        "operations", "operation", "accounts", "account", "health", "safety", "advanced",
        "intermediate", "beginner", "basic", "senior", "junior", "indoors", "outdoors",
        "education", "competent", "friendly", "safe", "have", "nice", "questions", "reliable",
        "flexible", "punctual", "motivated", "enthusiastic", "proactive", "organised", "organized",
        "hardworking", "hard-working", "confident", "positive", "professional", "willing",
        "passionate", "plus", "given", "comfortable", "large", "hand", "calm", "warm", "web",
        "app", "cv", "resume", "cover", "letter", "covering", "note", "ideally", "busy",
    ]
)
PEOPLE = frozenset(
    [
        "police", "council", "councils", "authority", "authorities", "agencies", "partners",
        "children", "child", "patients", "customers", "clients", "staff", "residents", "families",
        "tenants", "people", "students", "pupils", "users", "colleagues", "providers", "visitors",
        "guests", "members", "managers", "adults", "toddlers", "infants", "babies", "parents",
        "carers", "apprentices", "trainees", "new", "senco", "sencos", "dispatchers",
    ]
)
