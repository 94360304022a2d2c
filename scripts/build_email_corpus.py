"""Build corpora/emails/emails.jsonl from the hand-written fragments and hand-written emails.

Deterministic (seeded). Every generated email records its `group` (the hand-written core
paragraph it was built around) so that evaluation can hold whole groups out of training.
Run: python scripts/build_email_corpus.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora" / "emails"
FRAG = CORPUS / "fragments"

COUNTS = {
    "application_received": 100,
    "rejection": 115,
    "interview_request": 90,
    "assessment": 50,
    "offer": 38,
    "action_required": 50,
    "recruiter_outreach": 55,
}
SKILLS = ["Kubernetes", "IFRS reporting", "ventilator care", "forklift operation", "React",
          "phonics teaching", "SAP", "commercial kitchens", "PLC programming", "Salesforce"]
COUNTRIES = {"UK": "the UK", "US": "the US", "IN": "India", "DE": "Germany", "AU": "Australia",
             "CA": "Canada", "IE": "Ireland"}
CURRENCY = {"UK": "£", "IE": "€", "DE": "€", "US": "$", "CA": "CA$", "AU": "A$", "IN": "₹"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September",
          "October", "November"]
LOCATIONS = {
    "UK": ["London", "Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Remote (UK)"],
    "IE": ["Dublin", "Cork", "Galway"], "US": ["Austin, TX", "Chicago, IL", "Denver, CO",
    "Atlanta, GA", "Columbus, OH", "Remote (US)"], "CA": ["Toronto, ON", "Vancouver, BC",
    "Calgary, AB", "Halifax, NS"], "IN": ["Bengaluru", "Pune", "Hyderabad", "Mumbai", "Chennai"],
    "DE": ["Berlin", "Munich", "Hamburg", "Cologne"], "AU": ["Sydney", "Melbourne", "Brisbane",
    "Perth"],
}
TZS = ["GMT", "BST", "EST", "PT", "CET", "IST", "AEST", "ET"]


def sections(path: Path) -> dict[str, list[str]]:
    """Read a fragment file: [section] headers; items split by '---' lines (subjects: lines)."""
    out: dict[str, list[str]] = {}
    name = ""
    for block in re.split(r"^\[(\w+)\]\s*$", path.read_text(encoding="utf-8"), flags=re.M)[1:]:
        if not name:
            name = block
            continue
        if name in ("subjects", "openers", "signoffs"):
            items = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
        else:
            items = [p.strip() for p in re.split(r"^---\s*$", block, flags=re.M) if p.strip()]
        out[name] = items
        name = ""
    return out


def a_date(rng: random.Random) -> str:
    day, month, dow = rng.randint(1, 28), rng.choice(MONTHS), rng.choice(DAYS)
    style = rng.randrange(5)
    if style == 0:
        return f"{dow} {day} {month}"
    if style == 1:
        return f"{dow}, {month} {day}"
    if style == 2:
        return f"{day:02d}/{MONTHS.index(month) + 1:02d}/2026"
    if style == 3:
        return f"{dow[:3]} {day} {month[:3]}"
    return f"{month} {day}, 2026"


def a_time(rng: random.Random) -> str:
    hour, minute = rng.randint(8, 17), rng.choice([0, 0, 15, 30, 45])
    if rng.random() < 0.5:
        return f"{hour:02d}:{minute:02d}"
    suffix = "pm" if hour >= 12 else "am"
    h12 = hour - 12 if hour > 12 else hour
    return f"{h12}:{minute:02d} {suffix.upper() if rng.random() < 0.5 else suffix}"


def people(rng: random.Random, ent: dict) -> tuple[str, str]:
    return rng.choice(ent["first_names"]), rng.choice(ent["last_names"])


def fill(text: str, v: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: v.get(m.group(1), m.group(0)), text).replace("\\n", "\n")


def variables(rng: random.Random, ent: dict, company: list) -> dict[str, str]:
    name, domain, _industry, country, roles = company
    first, last = people(rng, ent)
    rfirst, rlast = people(rng, ent)
    cur = CURRENCY[country]
    salary = (f"{cur}{rng.randint(18, 140) * 1000:,}" if rng.random() < 0.8
              else f"{cur}{rng.randint(11, 40)}.{rng.choice(['00', '50', '25'])} per hour")
    return {
        "company": name, "domain": domain, "slug": re.sub(r"[^a-z]", "", name.split()[0].lower()),
        "role": rng.choice(roles), "first": first, "last": last, "first_lc": first.lower(),
        "rfirst": rfirst, "rlast": rlast, "recruiter": f"{rfirst} {rlast}",
        "rfirst_lc": rfirst.lower(), "rlast_lc": re.sub(r"[^a-z]", "", rlast.lower()),
        "rtitle": rng.choice(ent["recruiter_titles"]), "location": rng.choice(LOCATIONS[country]),
        "date": a_date(rng), "date2": a_date(rng), "time": a_time(rng), "time2": a_time(rng),
        "tz": rng.choice(TZS), "deadline": a_date(rng), "salary": salary,
        "ref": rng.choice(["REQ-", "JR", "R-", "", "Job ID "]) + str(rng.randint(10000, 99999)),
        "skill": rng.choice(SKILLS), "country": COUNTRIES[country],
        "num": f"{rng.randint(100, 999)}",
    }


def to_html(rng: random.Random, subject: str, paragraphs: list[str], v: dict[str, str]) -> str:
    """Wrap the email in one of several HTML layouts seen in ATS mail."""
    esc = [p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for p in paragraphs]
    style = rng.randrange(4)
    if style == 0:
        body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in esc)
        return f"<html><body>\n{body}</body></html>"
    if style == 1:
        rows = "".join(f'<tr><td style="padding:8px 24px;font-family:Arial">'
                       f'{p.replace(chr(10), "<br/>")}</td></tr>' for p in esc)
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{color:#333}'
                '.btn{background:#0a66c2}</style></head><body>'
                f'<div style="display:none;max-height:0">{esc[-1][:90]}</div>'
                '<table width="600" align="center" cellpadding="0">'
                f'<tr><td><img src="https://{v["domain"]}/logo.png" alt="{v["company"]}"></td></tr>'
                f'{rows}<tr><td><a class="btn" href="https://{v["domain"]}/candidate">'
                'View in candidate portal</a></td></tr></table></body></html>')
    if style == 2:
        return ("<div dir=\"ltr\">" + "<br><br>".join(p.replace("\n", "<br>") for p in esc)
                + "</div>")
    body = "".join(f"<div><span style=\"font-size:14px\">{p.replace(chr(10), '<br>')}</span>"
                   "</div><div><br></div>" for p in esc)
    return (f"<html><head><title>{subject}</title></head><body style=\"margin:0\">{body}"
            "<p style=\"font-size:11px;color:#999\">Unsubscribe | Privacy</p></body></html>")


def compose(rng: random.Random, ent: dict, plats: dict, common: dict, kind: str,
            frags: dict, core: int) -> dict:
    company = rng.choice(ent["companies"])
    v = variables(rng, ent, company)
    weights = {"direct": 5, "Greenhouse": 2, "Lever": 2, "Workday": 2, "Ashby": 1, "iCIMS": 1,
               "SmartRecruiters": 1, "Taleo": 1, "Workable": 1, "Teamtailor": 1, "Personio": 1,
               "SuccessFactors": 1, "Jobvite": 1, "BambooHR": 1}
    if kind == "recruiter_outreach":
        weights = {"direct": 6, "agency": 4, "LinkedIn": 4}
    platform = rng.choices(list(weights), weights=list(weights.values()))[0]
    footer = ""
    if platform == "agency":
        agency, adom = rng.choice(ent["agencies"])
        sender = f"{v['recruiter']} <{v['rfirst_lc']}.{v['rlast_lc']}@{adom}>"
        signoff = f"Best,\n{v['recruiter']}\nConsultant, {agency}"
        platform = "direct"
    elif platform == "LinkedIn":
        sender = f"{v['recruiter']} via LinkedIn <inmail-hit-reply@linkedin.com>"
        signoff = f"{v['rfirst']}\n{v['rtitle']} at {v['company']}"
        footer = "You are receiving InMail notification emails. Unsubscribe. LinkedIn Corporation"
    else:
        sender = fill(rng.choice(plats[platform]["senders"]), v)
        signoff = fill(rng.choice(common["signoffs"]), v)
        footer = fill(rng.choice(plats[platform]["footers"]), v)
    opener = fill(rng.choice(common["openers"]), v)
    main = fill(frags["main"][core], v)
    extras = [fill(e, v) for e in rng.sample(frags["extra"], k=rng.choice([0, 1, 1, 2]))]
    paragraphs = [opener, main, *extras, signoff] + ([footer] if footer else [])
    if rng.random() < 0.15:
        paragraphs.insert(1, fill(rng.choice(
            ["I hope this email finds you well.", "Thank you for your patience.",
             "Hope you're having a good week.", "Re: {role} ({ref})"]), v))
    subject = fill(rng.choice(frags["subjects"]), v)
    html = rng.random() < 0.35
    body = to_html(rng, subject, paragraphs, v) if html else "\n\n".join(paragraphs)
    return record(kind, sender, subject, body, v, f"gen:{kind}:{core}",
                  None if platform == "direct" else platform, html)


def record(kind: str, sender: str, subject: str, body: str, v: dict[str, str], group: str,
           platform: str | None, html: bool) -> dict:
    text = f"{sender}\n{subject}\n{body}".replace("&amp;", "&")
    company = v.get("company") if v.get("company") and v["company"] in text else None
    role = v.get("role") if v.get("role") and v["role"] in f"{subject}\n{body}" else None
    return {"from": sender, "subject": subject, "body": body, "kind": kind,
            "company": company, "role": role, "platform": platform, "group": group,
            "format": "html" if html else "plain", "notes": ""}


ALERTS = [
    ("LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "LinkedIn",
     "{query}: {n} new jobs in {location}",
     "Your job alert for {query} in {location}\n\n{n} new jobs match your preferences.\n\n"
     "{items}\n\nSee all jobs\n\nYou are receiving Job Alert emails. Manage alerts | Unsubscribe",
     "{role}\n{company} · {location}\nActively recruiting · Easy Apply"),
    ("Indeed <alert@indeed.com>", "Indeed", "{n} new {query} jobs in {location}",
     "Jobs for {query} in {location}\n\n{items}\n\nView all {n} jobs\n"
     "Indeed will never ask you for payment. Edit this job alert.",
     "{role}\n{company} - {location}\n{salary}\nEasily apply | Just posted"),
    ("SEEK <noreply@s.seek.com.au>", "Seek", "{n} new jobs for {query}",
     "Here are the latest jobs for your saved search \"{query}\".\n\n{items}\n\n"
     "Manage your saved searches on SEEK.", "{role} at {company}, {location}. New to you."),
    ("Naukri Job Alert <jobalert@naukri.com>", "Naukri", "Jobs matching your profile: {query}",
     "Dear {first}, we found these jobs matching your profile.\n\n{items}\n\n"
     "Apply now before the jobs close. Update your profile to get better matches.",
     "{role} | {company} | {location} | 3-6 Yrs | Apply"),
    ("StepStone Jobagent <jobagent@stepstone.de>", "StepStone", "Ihr Jobagent: {n} neue Jobs",
     "Your job agent found {n} new jobs for \"{query}\".\n\n{items}\n\nJobagent bearbeiten",
     "{role} - {company} ({location})"),
    ("{company} Careers <talentcommunity@{domain}>", None, "New jobs at {company} for you",
     "Hi {first}, here are new openings at {company} that match your interests.\n\n{items}\n\n"
     "You are receiving this because you joined our talent community. Unsubscribe at any time.",
     "{role} - {location} - Apply by {deadline}"),
    ("Glassdoor Jobs <noreply@glassdoor.com>", "Glassdoor", "{role} and {n} more jobs for you",
     "Jobs you may be interested in, based on your searches.\n\n{items}\n\n"
     "Salary estimates are provided by Glassdoor.", "{company}\n{role}\n{location} · {salary}"),
    ("NHS Jobs <noreply@jobs.nhs.uk>", "NHS Jobs", "New jobs matching your saved search",
     "The following new vacancies match your saved search \"{query}\".\n\n{items}\n\n"
     "Sign in to NHS Jobs to apply. To stop these alerts, delete the saved search.",
     "{role}\nEmployer: {company}\nClosing date: {deadline}"),
    ("Reed.co.uk <jobalerts@reed.co.uk>", "Reed", "Today's {query} jobs",
     "Here are today's new jobs from your alert.\n\n{items}\n\nBe one of the first to apply.",
     "{role} - {salary} - {location}"),
]


def job_alert(rng: random.Random, ent: dict, i: int) -> dict:
    sender, platform, subj, body, item = ALERTS[i % len(ALERTS)]
    picks = rng.sample(ent["companies"], k=rng.randint(2, 6))
    v = variables(rng, ent, picks[0])
    items = []
    for company in picks:
        iv = variables(rng, ent, company)
        items.append(fill(item, iv))
    v.update(query=rng.choice(["nurse", "teacher", "software engineer", "warehouse", "finance",
                               "chef", "electrician", "data analyst", "customer service"]),
             n=str(rng.randint(3, 40)), items="\n\n".join(items))
    v["role"] = fill(item.split("\n")[0], variables(rng, ent, picks[0])).split(" | ")[0]
    html = rng.random() < 0.5
    text = fill(body, v)
    subject = fill(subj, v)
    body_out = to_html(rng, subject, text.split("\n\n"), v) if html else text
    rec = record("other", fill(sender, v), subject, body_out, {}, f"gen:alert:{i % len(ALERTS)}",
                 platform, html)
    rec["notes"] = "job alert listing roles: other"
    return rec


def other_items(rng: random.Random, ent: dict) -> list[dict]:
    raw = (FRAG / "other.txt").read_text(encoding="utf-8")
    out = []
    for idx, item in enumerate(p.strip() for p in re.split(r"^---\s*$", raw, flags=re.M)):
        sender, subject, body = item.split("\n", 2)
        for _ in range(1 + (idx % 2)):
            v = variables(rng, ent, rng.choice(ent["companies"]))
            html = rng.random() < 0.3
            text = fill(body.strip(), v)
            subj = fill(subject.removeprefix("Subject: "), v)
            out.append(record("other", fill(sender.removeprefix("From: "), v), subj,
                              to_html(rng, subj, text.split("\n\n"), v) if html else text,
                              {}, f"gen:other:{idx}", None, html))
    return out


def handwritten() -> list[dict]:
    """Parse handwritten*.txt: '=== key: value | ...' headers, From:/Subject:/Notes: lines, body."""
    out = []
    raw = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("handwritten*.txt")))
    for chunk in re.split(r"^=== ", raw, flags=re.M)[1:]:
        header, rest = chunk.split("\n", 1)
        meta = dict(part.split(": ", 1) for part in header.strip().split(" | "))
        lines = rest.split("\n")
        fields = {}
        while lines and re.match(r"^(From|Subject|Notes): ", lines[0]):
            key, val = lines.pop(0).split(": ", 1)
            fields[key.lower()] = val
        body = "\n".join(lines).strip("\n")
        out.append({"id": meta["id"], "from": fields.get("from", ""),
                    "subject": fields.get("subject", ""), "body": body, "kind": meta["kind"],
                    "company": meta.get("company") or None, "role": meta.get("role") or None,
                    "platform": meta.get("platform") or None, "group": f"hw:{meta['id']}",
                    "format": "html" if body.lstrip().startswith("<") else "plain",
                    "notes": fields.get("notes", "")})
    return out


def build(seed: int = 20261125) -> list[dict]:
    rng = random.Random(seed)
    ent = json.loads((FRAG / "entities.json").read_text(encoding="utf-8"))
    plats = json.loads((FRAG / "platforms.json").read_text(encoding="utf-8"))
    common = sections(FRAG / "common.txt")
    rows: list[dict] = []
    for kind, count in COUNTS.items():
        frags = sections(FRAG / f"{kind}.txt")
        for i in range(count):
            rows.append(compose(rng, ent, plats, common, kind, frags, i % len(frags["main"])))
    rows += other_items(rng, ent)
    rows += [job_alert(rng, ent, i) for i in range(45)]
    for n, row in enumerate(rows, 1):
        row["id"] = f"gen-{n:04d}"
    rows += handwritten()
    for row in rows:
        if row["kind"] == "other":
            row["company"] = row["company"] if row["group"].startswith("hw:") else None
            row["role"] = row["role"] if row["group"].startswith("hw:") else None
    return rows


def main() -> None:
    from bounceback.mail.classify import read_body

    rows = build()
    for row in rows:  # written in English and some German: the detector tells which
        row["lang"] = read_body(row["subject"], row["body"]).lang
    keys = ["id", "from", "subject", "body", "kind", "company", "role", "platform", "group",
            "format", "lang", "notes"]
    out = CORPUS / "emails.jsonl"
    tmp = out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row.get(k) for k in keys}, ensure_ascii=False) + "\n")
    tmp.replace(out)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    print(f"wrote {len(rows)} emails to {out.relative_to(ROOT)}: {counts}")


if __name__ == "__main__":
    main()
