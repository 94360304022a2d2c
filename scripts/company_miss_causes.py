"""Where the company ranker's held-out misses come from, by the causes of round 19's brief.

Reads a dump of held-out picks (`eval_email_company.py --dump FILE`: each email's author, id,
label and pick) and the corpus, and sorts every miss into the causes below (a miss may have
several; the first that applies is its cause, and every one that applies is counted too):

- `agency`: an agency or RPO firm wrote (its domain, display name or signature reads as an
  agency's, or the mail speaks of a client), or the label or the pick reads as an agency's;
- `platform_name`: the pick is an applicant-tracking system's or job board's own name;
- `domain_only`: the label is written nowhere in the mail, but the sender's domain spells it;
- `alt_text`: the label is written only in an HTML attribute (a logo's alt or title text);
- `footer`: the label is written only below the part that decides (a footer, a quoted
  thread, an unsubscribe block);
- `signature`: the label is written only in the last lines of the part that decides;
- `group_brand`: the mail writes a group, a parent or a brand beside the employer ("part of",
  "a member of", "division of", "ein Unternehmen der", "filiale de", "onderdeel van"...);
- `public_body`: the label is a public body or a university (council, NHS, ministry,
  Universität, gemeente, kommun, Politechnika, ayuntamiento...);
- `local_language_ats`: mail not in English from an applicant-tracking system or job board
  (its boilerplate often in English);
- `other`: none of these.

Run: python scripts/company_miss_causes.py DUMP [--corpus DIR] [--list CAUSE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from email_metrics import company_key, norm_name, same_employer

from bounceback.mail.features import read
from bounceback.mail.names import squash
from bounceback.mail.nameshape import AGENCY_NAME, static_feats
from bounceback.mail.sender import sender_facts, speaks_of_client
from bounceback.mail.text import readable
from bounceback.mail.train import REPO_CORPUS, read_rows

CAUSES = ("agency", "platform_name", "domain_only", "alt_text", "footer", "signature",
          "group_brand", "public_body", "local_language_ats", "other")
_GROUP = re.compile(
    r"part of|a member of|member of the|division of|subsidiary|a brand of|brand of|"
    r"trading as|t/a |owned by|group company|ein unternehmen der|teil der|tochter|"
    r"filiale d|membre du groupe|groupe |fait partie|parte de[l ]|filial|miembro del grupo|"
    r"parte del gruppo|società del gruppo|gruppo |onderdeel van|dochter|"
    r"część grupy|należy do|del av|ingår i|en del av|dotterbolag|grupa |grupo |group\b",
    re.I)
_PUBLIC = re.compile(
    r"universit|college|school|council|nhs|ministry|ministère|ministerio|ministero|"
    r"ministerie|ministerstwo|departe?ment of|county|city of|state of|government|"
    r"kommun|region |regionen|landsting|gemeente|provincie|stadt |landkreis|bezirk|"
    r"hochschule|schule|krankenhaus|klinikum|hôpital|hospital|ospedale|ziekenhuis|"
    r"szpital|politechnika|uniwersytet|urząd|ayuntamiento|comune|mairie|préfecture|"
    r"police|polizei|trust\b|agency\b|agentur|bundes|staats|rijks|public|publique|"
    r"pública|pubblica|publiczn|offentlig|myndighet|verket\b|inspectorate",
    re.I)
_ATTR = re.compile(r"""(?:alt|title)\s*=\s*["']([^"']*)["']""", re.I)


def causes_of(row: dict[str, object], pick: str | None) -> list[str]:
    """Every cause (CAUSES) that applies to one miss, in CAUSES' order."""
    label = row.get("company") if isinstance(row.get("company"), str) else None
    sender = str(row.get("from") or "")
    subject = str(row.get("subject") or "")
    body = str(row.get("body") or "")
    display, _local, kind, stem, _lsq, agency = sender_facts(sender)
    reading = read(subject, body)
    out = []
    low = reading.low
    if agency or speaks_of_client(low) or any(
            n and AGENCY_NAME.search(n) for n in (label, pick, display)) or (
            AGENCY_NAME.search(reading.cut.text[-300:])):
        out.append("agency")
    if pick and "platform" in static_feats(pick, squash(pick)):
        out.append("platform_name")
    key = company_key(label) if label else ""
    if key:
        plain = readable(body, 40000)
        written = norm_name(" ".join((display, subject, plain))).replace(" ", "")
        if key not in written:
            if stem and (key in stem or stem in key):
                out.append("domain_only")
            if any(key in norm_name(a).replace(" ", "") for a in _ATTR.findall(body)):
                out.append("alt_text")
        decides = norm_name(" ".join((display, subject, reading.cut.text))).replace(" ", "")
        if key in written and key not in decides:
            out.append("footer")
        head = norm_name(" ".join((display, subject, reading.cut.text[:-250]))).replace(" ", "")
        if key in decides and key not in head:
            out.append("signature")
    if _GROUP.search(reading.text[:4000]):
        out.append("group_brand")
    if label and _PUBLIC.search(label):
        out.append("public_body")
    if kind in ("ats", "board", "test") and row.get("lang") not in (None, "en"):
        out.append("local_language_ats")
    return out or ["other"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--corpus", type=Path, default=REPO_CORPUS)
    parser.add_argument("--list", help="print the misses of this cause")
    args = parser.parse_args()
    rows = {str(r.get("id")): r for r in read_rows(args.corpus)}
    first: Counter[str] = Counter()
    anyc: Counter[str] = Counter()
    split: Counter[tuple[str, str]] = Counter()
    named = misses = 0
    for line in args.dump.read_text(encoding="utf-8").splitlines():
        pick = json.loads(line)
        row = rows[str(pick["id"])]
        # the corpus's label (a dump made before a label was fixed is scored by the fix)
        label = row.get("company") if isinstance(row.get("company"), str) else None
        got = pick["pick"]
        if label:
            named += 1
        if same_employer(label, got):
            continue
        misses += 1
        found = causes_of(row, got)
        first[found[0]] += 1
        anyc.update(found)
        shape = "null given" if label and not got else "named for null" if not label else \
            "another name"
        split[(found[0], shape)] += 1
        if args.list and args.list in found:
            print(f"- {row['author']} {row.get('id')} want {label!r} got {got!r} | "
                  f"{str(row.get('from'))[:50]} | {str(row.get('subject'))[:50]}")
    print(f"{misses} misses ({named} emails name an employer)")
    print(f"{'cause':20} {'first':>6} {'any':>6}  null given / named for null / another name")
    for cause in CAUSES:
        print(f"{cause:20} {first[cause]:6d} {anyc[cause]:6d}  "
              f"{split[(cause, 'null given')]} / {split[(cause, 'named for null')]} / "
              f"{split[(cause, 'another name')]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
