"""Reading applications from a CSV a person kept by hand, and writing them back out.

What `write_csv` writes, `parse_csv` reads back as it was: every column, and two rows that
differ in any column stay two applications (the round trip is tested with Hypothesis).

A cell that starts with =, +, -, @, a tab or a carriage return is opened as a formula by
spreadsheet apps (CSV injection: `=HYPERLINK(...)` in a company name copied from an email).
The export neutralises such a cell with a leading single quote, as OWASP advises, and the import
of bounceback's own export takes exactly that quote off again (see `neutralise`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bounceback.domain.dates import parse_date
from bounceback.domain.errors import ImportFailed, InvalidValue
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Outcome, Source, Stage

# Our field -> header spellings seen in real trackers (compared lower-case, without punctuation).
HEADERS: dict[str, tuple[str, ...]] = {
    "company": ("company", "company name", "employer", "organisation", "organization"),
    "role": ("position", "role", "title", "job title", "job", "position title", "role title"),
    "status": ("status", "stage", "application status", "state"),
    "date_applied": ("date applied", "applied", "applied on", "date", "application date",
                     "applied date", "date of application"),
    "url": ("url", "link", "job link", "posting", "posting url", "job url"),
    "notes": ("notes", "note", "comments", "comment"),
    "salary": ("salary", "salary range", "pay", "compensation"),
    "location": ("location", "city", "place"),
    "source": ("source", "found via", "channel", "how applied"),
    "via": ("via", "source detail", "referred by"),
    "tags": ("tags", "labels"),
    "excitement": ("excitement", "interest", "rating", "priority"),
    # The columns of bounceback's own export, read exactly.
    "stage": ("stage",),
    "furthest_stage": ("furthest stage",),
    "outcome": ("outcome",),
    "remote": ("remote", "remote ok"),
    "salary_min": ("salary min", "minimum salary"),
    "salary_max": ("salary max", "maximum salary"),
    "salary_currency": ("salary currency", "currency"),
    "id": ("id",),
}
# A cell longer than this is not something a person typed (the csv module refuses cells over
# 128 KB by default; notes are kept up to 100,000 characters).
MAX_CELL = 1_000_000
_YES = {"yes": True, "y": True, "true": True, "1": True, "remote": True,
        "no": False, "n": False, "false": False, "0": False, "on-site": False, "onsite": False}

# Words people write in a status column -> (stage, outcome).
STATUS_WORDS: dict[str, tuple[Stage, Outcome | None]] = {
    "saved": (Stage.SAVED, None), "wishlist": (Stage.SAVED, None), "bookmarked": (Stage.SAVED, None),
    "to apply": (Stage.SAVED, None), "applied": (Stage.APPLIED, None),
    "submitted": (Stage.APPLIED, None), "pending": (Stage.APPLIED, None),
    "screen": (Stage.SCREENING, None), "screening": (Stage.SCREENING, None),
    "phone screen": (Stage.SCREENING, None), "recruiter call": (Stage.SCREENING, None),
    "interview": (Stage.INTERVIEWING, None), "interviewing": (Stage.INTERVIEWING, None),
    "onsite": (Stage.INTERVIEWING, None), "final round": (Stage.INTERVIEWING, None),
    "offer": (Stage.OFFER, None), "offered": (Stage.OFFER, None),
    "accepted": (Stage.ACCEPTED, Outcome.ACCEPTED), "hired": (Stage.ACCEPTED, Outcome.ACCEPTED),
    "rejected": (Stage.APPLIED, Outcome.REJECTED), "declined": (Stage.APPLIED, Outcome.REJECTED),
    "no": (Stage.APPLIED, Outcome.REJECTED), "withdrawn": (Stage.APPLIED, Outcome.WITHDRAWN),
    "withdrew": (Stage.APPLIED, Outcome.WITHDRAWN), "ghosted": (Stage.APPLIED, Outcome.GHOSTED),
    "no response": (Stage.APPLIED, Outcome.GHOSTED),
}

SOURCE_WORDS: dict[str, Source] = {
    "referral": Source.REFERRAL, "referred": Source.REFERRAL, "recruiter": Source.RECRUITER,
    "agency": Source.RECRUITER, "linkedin": Source.JOB_BOARD, "indeed": Source.JOB_BOARD,
    "job board": Source.JOB_BOARD, "glassdoor": Source.JOB_BOARD, "careers page": Source.CAREERS_PAGE,
    "company website": Source.CAREERS_PAGE, "website": Source.CAREERS_PAGE,
}


# Quotes already at the start count too, so that a value that really starts with quotes and then
# a formula character ("'=x") gets one more and comes back as it was.
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")


def neutralise(cell: str) -> str:
    """The cell as a spreadsheet shows it as text: a single quote before a formula start."""
    return "'" + cell if _FORMULA_START.match(cell) else cell


def restore(cell: str) -> str:
    """What `neutralise` was given: the one quote it added taken off, nothing else changed."""
    return cell[1:] if _NEUTRALISED.match(cell) else cell


def _norm(header: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", header.lower()).split())


@dataclass
class RowError:
    line: int
    message: str


@dataclass
class ParsedRow:
    line: int
    application: Application
    fingerprint: str
    exported_id: int | None = None  # the id column of bounceback's own export

@dataclass
class CsvParse:
    mapping: dict[str, str]
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


def detect_mapping(headers: list[str], given: dict[str, str] | None = None) -> dict[str, str]:
    """Our field -> the file's header. `given` (field -> header) wins over detection."""
    mapping: dict[str, str] = {}
    by_norm = {_norm(h): h for h in headers}
    for ours, spellings in HEADERS.items():
        for spelling in spellings:
            if spelling in by_norm and by_norm[spelling] not in mapping.values():
                mapping[ours] = by_norm[spelling]
                break
    for ours, theirs in (given or {}).items():
        if ours not in HEADERS:
            raise InvalidValue(f"mapping: unknown field {ours!r}; fields are {', '.join(HEADERS)}")
        if theirs not in headers:
            raise InvalidValue(f"mapping: the file has no column {theirs!r}; it has {', '.join(headers)}")
        mapping[ours] = theirs
    missing = [f for f in ("company", "role") if f not in mapping]
    if missing:
        raise ImportFailed(
            f"cannot find the {' and '.join(missing)} column among: {', '.join(headers)}; "
            "give a mapping such as --map company=Employer"
        )
    return mapping


def _salary(text: str) -> tuple[int | None, int | None, str | None]:
    currency = None
    for symbol, code in (("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("₹", "INR")):
        if symbol in text:
            currency = code
    written = re.search(r"\b([A-Z]{3})\b", text)
    if written:
        currency = written.group(1)
    numbers = []
    for raw, k in re.findall(r"(\d[\d,.]*)\s*([kK])?", text):
        value = float(raw.replace(",", "")) if raw.replace(",", "").replace(".", "", 1).isdigit() else None
        if value is not None:
            numbers.append(int(value * 1000) if k else int(value))
    if not numbers:
        return None, None, currency
    return min(numbers), max(numbers), currency


def _status(text: str) -> tuple[Stage, Outcome | None]:
    key = _norm(text)
    if not key:
        return Stage.APPLIED, None
    if key in STATUS_WORDS:
        return STATUS_WORDS[key]
    for word, value in STATUS_WORDS.items():
        if word in key:
            return value
    raise InvalidValue(f"status {text!r} is not a stage we know (try applied, interviewing, rejected)")


def fingerprint(cells: dict[str, str]) -> str:
    """The identity of a row: every mapped cell (and the export's id, when there is one).
    The same file imported twice adds nothing; two rows that differ anywhere are two."""
    raw = json.dumps(sorted(cells.items()), ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()[:40]


def parse_csv(
    content: bytes | str, mapping: dict[str, str] | None = None, *, today: date,
    order: str | None = None,
) -> CsvParse:
    """Every row as an Application, or an error with its line; never stops at a bad row.
    Relative dates ("yesterday") are read against `today`, the service's date."""
    text = content.decode("utf-8-sig", errors="strict") if isinstance(content, bytes) else content
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    own_export = text.startswith(",".join(EXPORT_COLUMNS))
    if own_export:  # never guess the dialect from its notes
        dialect = csv.excel  # type: ignore[assignment]
    if csv.field_size_limit() < MAX_CELL:
        csv.field_size_limit(MAX_CELL)
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    try:
        headers = [h for h in (reader.fieldnames or []) if h]
        if not headers:
            raise ImportFailed("the file has no header row")
        result = CsvParse(mapping=detect_mapping(headers, mapping))
        result.ignored_columns = [h for h in headers if h not in result.mapping.values()]
        for raw in reader:
            line = reader.line_num
            cells = {ours: raw.get(theirs) or "" for ours, theirs in result.mapping.items()}
            if own_export:  # exactly as written: only the quote before a formula comes off
                cells = {k: restore(v) for k, v in cells.items()}
            else:
                cells = {k: v if k == "notes" else v.strip() for k, v in cells.items()}
            try:
                result.rows.append(_row(cells, line, today, order))
            except InvalidValue as exc:
                result.errors.append(RowError(line, str(exc)))
    except csv.Error as exc:  # a cell over MAX_CELL, a NUL character: the file cannot be read on
        where = f"line {reader.line_num + 1}: "  # the line being read when it failed
        detail = (f"a cell holds more than {MAX_CELL:,} characters" if "field limit" in str(exc)
                  else str(exc))
        raise ImportFailed(f"{where}{detail}; nothing was imported") from None
    return result


def _row(row: dict[str, str], line: int, today: date, order: str | None = None) -> ParsedRow:
    if not row.get("company"):
        raise InvalidValue("the company is empty")
    if not row.get("role"):
        raise InvalidValue("the role is empty")
    applied = (parse_date(row["date_applied"], what="date applied", today=today, past=True,
                          order=order) if row.get("date_applied") else None)
    stage, outcome = _status(row.get("status", ""))
    if "stage" in row or "outcome" in row:  # bounceback's own columns: exact values
        stage = _enum(Stage, row.get("stage", ""), "stage") or stage
        outcome = _enum(Outcome, row.get("outcome", ""), "outcome") if "outcome" in row else outcome
    furthest = _enum(Stage, row.get("furthest_stage", ""), "furthest stage") or stage
    if furthest.rank < stage.rank:
        furthest = stage
    low, high, currency = _salary(row.get("salary", ""))
    if "salary_min" in row or "salary_max" in row:
        low, high = _whole(row.get("salary_min", ""), "salary min"), _whole(row.get("salary_max", ""), "salary max")
    currency = row.get("salary_currency") or currency
    excitement = None
    if row.get("excitement"):
        try:
            excitement = max(1, min(5, int(float(row["excitement"]))))
        except ValueError:
            raise InvalidValue(f"excitement {row['excitement']!r} is not a number") from None
    written = row.get("source", "")
    source, detail = Source.OTHER, written or None
    if written in Source._value2member_map_:  # as bounceback writes it
        source, detail = Source(written), None
    else:
        for word, value in SOURCE_WORDS.items():
            if word in written.lower():
                source = value
                break
    if row.get("via"):
        detail = row["via"]
    url = row.get("url") or None
    if url and not url.startswith(("http://", "https://")):
        url = "https://" + url if "." in url and " " not in url else None
    remote = None
    if row.get("remote"):
        remote = _YES.get(row["remote"].lower())
        if remote is None:
            raise InvalidValue(f"remote {row['remote']!r} is not yes or no")
    app = Application(
        company=row["company"], role=row["role"], date_applied=applied, stage=stage,
        furthest_stage=furthest, outcome=outcome, outcome_date=None, url=url,
        notes=row.get("notes", ""), salary_min=low, salary_max=high, salary_currency=currency,
        location=row.get("location") or None, remote=remote, source=source,
        source_detail=detail, excitement=excitement,
        tags=[t.strip() for t in re.split(r"[,;]", row.get("tags", "")) if t.strip()],
    )
    exported = row.get("id", "")
    return ParsedRow(line, app, fingerprint(row),
                     int(exported) if exported.isascii() and exported.isdigit()
                     and int(exported) < 2**63 else None)


def _enum(kind: type[Stage] | type[Outcome], text: str, what: str) -> Any:
    if not text:
        return None
    try:
        return kind(text.lower())
    except ValueError:
        valid = ", ".join(v.value for v in kind)
        raise InvalidValue(f"{what} {text!r} is not one of {valid}") from None


def _whole(text: str, what: str) -> int | None:
    if not text:
        return None
    try:
        return int(text.replace(",", "").replace(" ", ""))
    except ValueError:
        raise InvalidValue(f"{what} {text!r} is not a whole number") from None


EXPORT_COLUMNS = [
    "id", "company", "role", "status", "stage", "furthest_stage", "outcome", "date_applied",
    "location", "remote", "salary_min", "salary_max", "salary_currency", "source", "via",
    "url", "excitement", "tags", "notes",
]


def export_row(a: Application) -> list[Any]:
    """An application's cells as the export writes them, without its id."""
    return [
        a.company, a.role, a.status, a.stage.value, a.furthest_stage.value,
        a.outcome.value if a.outcome else "", a.date_applied or "", a.location or "",
        "" if a.remote is None else ("yes" if a.remote else "no"), _cell(a.salary_min),
        _cell(a.salary_max), a.salary_currency or "", a.source.value, a.source_detail or "",
        a.url or "", _cell(a.excitement), ", ".join(a.tags), a.notes,
    ]


def write_csv(apps: list[Application]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    for a in apps:
        writer.writerow([a.id, *(neutralise(c) if isinstance(c, str) else c for c in export_row(a))])
    return out.getvalue()


def _cell(value: int | None) -> int | str:
    return "" if value is None else value
