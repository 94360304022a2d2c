"""Round 18's agency rule applied to the repo's email labels (applied in round 19, with the
company ranker's features of "none" for agency mail: docs/history/email-classification.md).

The rule: when a recruitment agency, staffing firm or executive search writes about a role
with one of its clients, the company is the client when the email names it and none when it
does not; never the agency (its outreach, acknowledgements, tests, interviews, feedback,
offers, a job board's "sent to <agency>"). The agency only when the job is with the agency
itself (its own staff, its own books: a nurse bank's contract); a firm named "agency" or
"consulting" that hires for itself is the employer.

249 labels broke it, read one by one: 248 gave the agency for a client the email does not
name (-> null) and one gave the agency where the subject names the client (hw-090 ->
Harbourline). Round 18 retrained the company ranker on them as they were and "none" won too
often for every sender (its only features were the sender type's); round 19 gave "none" the
features of agency mail (mail/agencymail.py) and applied them. Round 20 added seven labels
found by sender (six agencies whose names do not read as an agency's). Running it again
changes nothing.

Run: python scripts/agency_rule_labels.py  (rewrites the corpus files in place; then
`python -m bounceback.mail.train` to retrain)
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "corpora" / "emails"
TO_NULL = [
    "A-en-0020", "A-en-0049", "A-en-0074", "A-en-0126", "A-en-0154", "A-en-0155", "A-en-0185",
    "A-en-0214", "A-en-0276", "A-en-0307", "A-en-0341", "A-en-0404", "A-en-0405", "A-en-0438",
    "A-en-0472", "A-en-0485", "A-en-0505", "A-en-0577", "A-en-0616", "A-en-0651", "A-en-0686",
    "A-en-0688", "A-es-0002", "A-nl-0001", "A-pl-0004", "B-de-0007", "B-de-0008", "B-en-0003",
    "B-en-0041", "B-en-0064", "B-en-0075", "B-en-0087", "B-en-0108", "B-en-0110", "B-en-0111",
    "B-en-0117", "B-en-0135", "B-en-0190", "B-en-0191", "B-en-0207", "B-en-0218", "B-en-0219",
    "B-en-0226", "B-en-0236", "B-en-0237", "B-en-0259", "B-en-0260", "B-en-0261", "B-en-0286",
    "B-en-0288", "B-en-0301", "B-en-0306", "B-en-0310", "B-en-0311", "B-en-0312", "B-en-0336",
    "B-en-0337", "B-en-0362", "B-en-0372", "B-en-0384", "B-en-0385", "B-en-0387", "B-en-0403",
    "B-en-0410", "B-en-0412", "B-en-0425", "B-en-0428", "B-en-0433", "B-en-0436", "B-en-0486",
    "B-en-0504", "B-en-0513", "B-en-0536", "B-en-0538", "B-en-0552", "B-en-0559", "B-en-0561",
    "B-en-0583", "B-en-0585", "B-es-0007", "B-es-0008", "B-it-0007", "B-nl-0008", "B-pl-0008",
    "B-pt-0006", "B-pt-0008", "B-sv-0007", "B-sv-0008", "B-sv-0014", "C-de-0012", "C-de-0044",
    "C-de-0063", "C-en-0132", "C-es-0065", "C-fr-0019", "C-fr-0020", "C-fr-0065", "C-it-0019",
    "C-nl-0018", "C-pl-0064", "C-sv-0019", "C-sv-0041", "C-sv-0064", "D-de-0412", "D-en-0005",
    "D-en-0038", "D-en-0058", "D-en-0099", "D-en-0139", "D-en-0143", "D-en-0157", "D-en-0168",
    "D-en-0233", "D-en-0254", "D-en-0290", "D-en-0334", "D-en-0364", "D-en-0393", "D-en-0536",
    "D-en-0557", "D-en-0611", "D-en-0642", "D-en-0679", "D-en-0693", "D-en-0704", "D-en-0733",
    "D-es-0466", "D-nl-0448", "L-de-0004", "L-de-0039", "L-es-0004", "L-es-0037", "L-it-0004",
    "L-it-0038", "L-nl-0004", "L-nl-0038", "L-pl-0038", "L-pt-0004", "L-pt-0038", "L-sv-0004",
    "L-sv-0037", "O-de-0017", "O-en-0033", "O-en-0034", "O-en-0057", "O-en-0094", "O-en-0106",
    "O-en-0110", "O-en-0138", "O-en-0208", "O-en-0222", "O-en-0239", "O-en-0241", "O-es-0017",
    "O-fr-0017", "O-nl-0008", "O-pl-0017", "O-pt-0017", "O-sv-0017", "R-de-0016", "R-de-0024",
    "R-en-0011", "R-en-0016", "R-en-0019", "R-en-0038", "R-en-0084", "R-en-0086", "R-en-0104",
    "R-en-0129", "R-en-0161", "R-en-0171", "R-en-0172", "R-en-0275", "R-es-0009", "R-es-0025",
    "R-fr-0028", "R-it-0008", "R-it-0013", "R-it-0023", "R-nl-0014", "R-nl-0020", "R-pl-0029",
    "T10-de-0015", "T10-en-0034", "T10-en-0049", "T10-en-0094", "T10-en-0095", "T10-en-0101",
    "T10-en-0118", "T10-en-0124", "T10-it-0016", "T10-nl-0008", "T10-nl-0016", "T10-pl-0015",
    "T10-pt-0016", "T10-sv-0015", "T11-0013", "T11-0070", "T11-0082", "T11-0134", "T11-0138",
    "T11-0140", "T11-0143", "T11-0145", "T11-0148", "T11-0192", "T11-0252", "T11-0282",
    "T11-0291", "X-de-0030", "X-de-0034", "X-en-0021", "X-en-0033", "X-en-0077", "X-en-0092",
    "X-en-0110", "X-en-0183", "X-en-0189", "X-en-0192", "X-en-0193", "X-en-0201", "X-es-0034",
    "X-fr-0031", "X-fr-0034", "X-it-0031", "X-it-0033", "X-it-0034", "X-nl-0034", "X-pl-0030",
    "X-pl-0033", "X-pt-0034", "X-sv-0009", "X-sv-0031", "X-sv-0034", "email-de-0007",
    "email-fr-0007", "email-it-0007", "email-nl-0007", "email-pl-0007", "email-pt-0007",
    "email-sv-0007", "hw-011", "hw-059", "hw-066", "hw-089", "hw-107", "hw-119", "hw-156",
]
TO_CLIENT = {"hw-090": "Harbourline"}
# Round 20: the second pass, by sender: agency mail about a client it does not name whose
# label still gave the agency, under names that do not read as an agency's (Vantage People's
# "local government client", CareSide People's "NDIS provider" in its outreach and its
# interview invitation, Sriven Tech's "MNC clients", Trident IT Contracts' "public sector
# client", Talentia Consulting's "naszego klienta" through LinkedIn, Roadstar Driver
# Solutions' "client in Daventry").
TO_NULL += ["B-en-0029", "B-en-0216", "B-en-0528", "D-en-0218", "D-en-0317", "D-pl-0496",
            "D-en-0593"]


def main() -> int:
    new = {**dict.fromkeys(TO_NULL), **TO_CLIENT}
    changed = 0
    for path in [ROOT / "emails.jsonl", *sorted((ROOT / "authors").glob("*.jsonl"))]:
        out = []
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
            if line.strip() and (row := json.loads(line)).get("id") in new:
                row["company"] = new[row["id"]]
                line = json.dumps(row, ensure_ascii=False) + "\n"
                changed += 1
            out.append(line)
        path.write_text("".join(out), encoding="utf-8")
    for path in (ROOT / "handwritten.txt", ROOT / "handwritten_2.txt"):
        text = path.read_text(encoding="utf-8")
        for key, company in new.items():
            if key.startswith("hw-"):
                tail = "" if company is None else f" | company: {company}"
                text = re.sub(rf"^(=== id: {re.escape(key)} \| kind: [a-z_]+) \| company: "
                              r"[^|\n]+?(?=( \||$))", lambda m, t=tail: m.group(1) + t,
                              text, flags=re.M)
        path.write_text(text, encoding="utf-8")
    print(f"{changed} labels rewritten")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
