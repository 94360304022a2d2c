"""A deterministic, realistic mailbox for the import benchmark (written for this project).

About 5 % job-search mail (ATS acknowledgements, rejections, interview requests, offers,
assessments, recruiter outreach); the rest newsletters, notifications, personal threads,
mailing lists and receipts, with Gmail-like header blocks, HTML parts and some attachments.
"""

from __future__ import annotations

import base64
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

WORDS = ["the", "team", "project", "update", "week", "plan", "market", "report", "customer", "design", "review", "quarter", "budget", "meeting", "notes", "draft", "release", "feature", "support", "travel", "weekend", "family", "dinner", "photos", "garden", "school", "music", "concert", "ticket", "order", "delivery", "account", "security", "payment", "invoice", "statement", "product", "launch", "event", "city", "weather", "coffee", "book", "library", "museum", "running", "health", "recipe", "community", "volunteer", "holiday", "flight", "hotel", "booking", "summary", "analysis", "data", "cloud", "service"]
COMPANIES = [
    "Acme Inc.", "Globex", "Initech", "Umbrella Health", "Northwind Traders", "Contoso",
    "Fabrikam", "Tailspin Toys", "Wide World Importers", "Blue Yonder Airlines", "Litware",
    "Adatum", "Proseware", "Coho Vineyard", "Fourth Coffee", "Lucerne Publishing",
    "Margie's Travel", "Trey Research", "Wingtip Toys", "Alpine Ski House", "Bellows College",
    "Datum Analytics", "Southridge Video", "Woodgrove Bank", "Relecloud", "VanArsdel",
]
ROLES = [
    "Data Analyst", "Senior Software Engineer", "Product Designer", "Marketing Coordinator",
    "Project Manager", "Nurse Practitioner", "Financial Analyst", "Customer Success Manager",
    "Backend Developer", "UX Researcher", "Operations Associate", "Sales Development Rep",
]
ATS = [
    ("no-reply@us.greenhouse-mail.io", "greenhouse"), ("notifications@hire.lever.co", "lever"),
    ("{slug}@myworkday.com", "workday"), ("no-reply@ashbyhq.com", "ashby"),
    ("{slug}@talent.icims.com", "icims"), ("noreply@smartrecruiters.com", "smartrecruiters"),
    ("careers@{slug}.com", "direct"),
]
JOB_TEMPLATES = {
    "application_received": (
        "Thank you for applying to {company}",
        "Hi Sam,\n\nThank you for your interest in {company}. We have received your "
        "application for the {role} position and our team is reviewing it. If your "
        "experience matches what we need, we will be in touch about next steps.\n\n"
        "Best regards,\n{company} Recruiting",
    ),
    "rejection": (
        "Update on your application for {role}",
        "Dear Sam,\n\nThank you for taking the time to apply for the {role} role at "
        "{company}. After careful consideration, we have decided to move forward with other "
        "candidates whose experience more closely matches our needs.\n\nWe encourage you to "
        "apply for future openings.\n\nKind regards,\nThe {company} Talent Team",
    ),
    "interview_request": (
        "Interview invitation: {role} at {company}",
        "Hi Sam,\n\nThanks for applying for the {role} role. We would like to invite you to "
        "a 30 minute phone screen with our recruiter. Please share your availability for "
        "Tuesday or Wednesday next week.\n\nThanks,\nJordan, {company}",
    ),
    "assessment": (
        "Next step: online assessment for {role}",
        "Hello Sam,\n\nAs the next step for the {role} position at {company}, please "
        "complete the online coding assessment on HackerRank within five days.\n\n"
        "Good luck,\n{company} Hiring",
    ),
    "offer": (
        "Offer letter: {role} at {company}",
        "Dear Sam,\n\nWe are pleased to offer you the position of {role} at {company}. "
        "Please find your offer letter attached and sign it by Friday.\n\nWarm regards,\n"
        "{company} People Team",
    ),
    "recruiter_outreach": (
        "{role} opportunity at {company}",
        "Hi Sam,\n\nI came across your profile and think you could be a great fit for a "
        "{role} role we are hiring for at {company}. Would you be open to a quick chat?\n\n"
        "Cheers,\nAlex, Talent Partner",
    ),
}
JOB_WEIGHTS = [30, 35, 15, 6, 3, 11]


class MailFactory:
    """Builds raw RFC 5322 messages quickly from pools of prepared text."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        rng = self.rng
        self.paragraphs = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 90))).capitalize() + "."
            for _ in range(3000)
        ]
        self.noise = rng.randbytes(2 << 20)
        self.start = datetime(2023, 1, 1, tzinfo=UTC)
        self.number = 0

    def text(self, paragraphs: int) -> str:
        pick = self.rng.randrange
        return "\n\n".join(self.paragraphs[pick(3000)] for _ in range(paragraphs))

    def html(self, paragraphs: int) -> str:
        pick = self.rng.randrange
        rows = "".join(
            '<tr><td style="padding:12px;font-family:Arial,sans-serif;font-size:14px;'
            f'color:#333333;line-height:20px">{self.paragraphs[pick(3000)]}</td></tr>\n'
            for _ in range(paragraphs)
        )
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0}'
            ".btn{background:#0a66c2;color:#fff}</style></head><body>"
            '<table width="100%" cellpadding="0" cellspacing="0" role="presentation">'
            f"{rows}</table></body></html>"
        )

    def headers(self, sender: str, subject: str, when: datetime, extra: str = "") -> str:
        rng = self.rng
        self.number += 1
        domain = sender.rpartition("@")[2].rstrip(">")
        mid = f"<{self.number}.{rng.getrandbits(48):x}@{domain}>"
        received = "".join(
            f"Received: from mail-{rng.randrange(999)}.{domain} (mail-{rng.randrange(999)}."
            f"{domain}. [{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}.1])\r\n"
            f"        by mx.google.com with ESMTPS id {rng.getrandbits(64):x}\r\n"
            f"        for <sam@example.net>; {format_datetime(when)}\r\n"
            for _ in range(rng.randint(2, 4))
        )
        dkim = base64.b64encode(self.noise[rng.randrange(1 << 20) :][:180]).decode()
        no_id = rng.random() < 0.01
        return (
            f"X-GM-THRID: {rng.getrandbits(62)}\r\nX-Gmail-Labels: Inbox,Category Updates\r\n"
            f"Delivered-To: sam@example.net\r\n{received}"
            f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=s1;\r\n"
            f"        b={dkim[:76]}\r\n        {dkim[76:152]}\r\n"
            f"From: {sender}\r\nTo: Sam Rivera <sam@example.net>\r\n"
            f"Subject: {subject}\r\nDate: {format_datetime(when)}\r\n"
            + ("" if no_id else f"Message-ID: {mid}\r\n")
            + f"MIME-Version: 1.0\r\n{extra}"
        )

    def alternative(self, head: str, text: str, html: str) -> str:
        b = f"b{self.rng.getrandbits(40):x}"
        return (
            f'{head}Content-Type: multipart/alternative; boundary="{b}"\r\n\r\n'
            f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: 8bit\r\n\r\n{text}\r\n"
            f"--{b}\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: 8bit\r\n\r\n{html}\r\n--{b}--\r\n"
        )

    def with_attachment(self, head: str, text: str, name: str, ctype: str, size: int) -> str:
        b = f"m{self.rng.getrandbits(40):x}"
        at = self.rng.randrange(len(self.noise) - size)
        payload = base64.encodebytes(self.noise[at : at + size]).decode()
        return (
            f'{head}Content-Type: multipart/mixed; boundary="{b}"\r\n\r\n'
            f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
            f'--{b}\r\nContent-Type: {ctype}; name="{name}"\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{payload}\r\n--{b}--\r\n"
        )

    def message(self, index: int) -> tuple[str, str]:
        """(kind, raw message) for the index-th message: kind is 'noise' or an email kind."""
        rng = self.rng
        when = self.start + timedelta(minutes=7 * index + rng.randrange(7))
        roll = rng.random()
        if roll < 0.05:
            return self.job(when)
        if roll < 0.38:
            brand = rng.choice(["Shopwise", "Daily Brief", "Trailhead Outdoors", "Cinema+"])
            head = self.headers(f"{brand} <news@{brand.lower().replace(' ', '')}.com>",
                                f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} this week",
                                when, "List-Unsubscribe: <mailto:unsub@example.com>\r\n")
            n = rng.randint(8, 40)
            return "noise", self.alternative(head, self.text(n // 3), self.html(n))
        if roll < 0.62:
            svc = rng.choice(["GitHub <notifications@github.com>", "Bank <alerts@bank.example>",
                              "Parcel <track@parcel.example>", "Calendar <cal@google.com>"])
            head = self.headers(svc, f"[{rng.choice(WORDS)}] {rng.choice(WORDS)} updated", when)
            return "noise", self.alternative(head, self.text(2), self.html(rng.randint(3, 10)))
        if roll < 0.82:
            friend = rng.choice(["Ana <ana@example.org>", "Ben Okafor <ben@mail.example>",
                                 "Mum <mum@home.example>", "Chris <chris@work.example>"])
            subject = ("Re: " if rng.random() < 0.5 else "") + f"{rng.choice(WORDS)} plans"
            head = self.headers(friend, subject, when,
                                "Content-Type: text/plain; charset=utf-8\r\n")
            body = self.text(rng.randint(1, 6))
            if rng.random() < 0.02:
                body += "\r\n>From the archive, as promised.\r\n"
            return "noise", head + "\r\n" + body + "\r\n"
        if roll < 0.95:
            lst = rng.choice(["python-dev", "neighbours", "book-club"])
            head = self.headers(f"{lst} <{lst}@lists.example.org>",
                                f"[{lst}] {rng.choice(WORDS)} {rng.choice(WORDS)}", when,
                                f"List-Id: <{lst}.lists.example.org>\r\n"
                                "Content-Type: text/plain; charset=utf-8\r\n")
            return "noise", head + "\r\n" + self.text(rng.randint(3, 12)) + "\r\n"
        head = self.headers("Store <receipts@store.example>", "Your receipt and photos", when)
        size = rng.choice([40_000, 90_000, 150_000, 300_000, 600_000])
        name, ctype = rng.choice([("receipt.pdf", "application/pdf"),
                                  ("photo.jpg", "image/jpeg")])
        return "noise", self.with_attachment(head, self.text(2), name, ctype, size)

    def job(self, when: datetime) -> tuple[str, str]:
        rng = self.rng
        kind = rng.choices(list(JOB_TEMPLATES), JOB_WEIGHTS)[0]
        company, role = rng.choice(COMPANIES), rng.choice(ROLES)
        slug = "".join(ch for ch in company.lower() if ch.isalnum())[:12]
        address, _ = rng.choice(ATS)
        sender = f"{company} Recruiting <{address.format(slug=slug)}>"
        if kind == "recruiter_outreach":
            sender = f"Alex Morgan <alex@{slug}-talent.com>"
        subject, body = JOB_TEMPLATES[kind]
        text = body.format(company=company, role=role)
        html = ("<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
                + "<p style='color:#999'>" + self.paragraphs[rng.randrange(3000)]
                + "</p></body></html>")
        head = self.headers(sender, subject.format(company=company, role=role), when)
        return kind, self.alternative(head, text, html)


def envelope(when_index: int) -> str:
    day = datetime(2023, 1, 1, tzinfo=UTC) + timedelta(minutes=7 * when_index)
    return f"From {1700000000000000000 + when_index}@xxx {day:%a %b %d %H:%M:%S} +0000 {day:%Y}"


def write_mbox(path: Path, count: int, seed: int = 7) -> dict[str, int]:
    """Write `count` messages to an mbox at `path`; returns the number of each kind written."""
    factory = MailFactory(seed)
    kinds: dict[str, int] = {}
    tmp = path.with_suffix(".partial")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        for index in range(count):
            kind, raw = factory.message(index)
            kinds[kind] = kinds.get(kind, 0) + 1
            raw = raw.replace("\r\n", "\n")
            out.write(envelope(index) + "\n" + raw + "\n")
    tmp.replace(path)
    return kinds
