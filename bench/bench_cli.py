"""CLI start-up and listing: `--help` against `import typer`, `list` small, `list --json` large.

Targets (issue 2): `bounceback --help` within 2x `python -c "import typer"` measured in the same
run; `bounceback list --json` on the large demo (5,000 applications) under 0.5 s.
"""

from __future__ import annotations

import sys

from common import BOUNCEBACK, demo_url, show, time_command


def main() -> None:
    typer = time_command([sys.executable, "-c", "import typer"])
    show("python -c 'import typer'", typer)
    help_ = time_command([BOUNCEBACK, "--help"])
    show("bounceback --help", help_)
    ratio = help_["median"] / typer["median"]
    print(f"ratio --help / import typer (median): {ratio:.2f}  (target <= 2.0) {'OK' if ratio <= 2 else 'MISSED'}")
    small = demo_url("small")
    show("bounceback list (small demo)", time_command([BOUNCEBACK, "--db", small, "list"]))
    show("bounceback today (small demo)", time_command([BOUNCEBACK, "--db", small, "today"]))
    large = demo_url("large")
    listing = time_command([BOUNCEBACK, "--db", large, "list", "--json"], runs=5)
    show("bounceback list --json (large demo)", listing)
    verdict = "OK" if listing["median"] < 0.5 else "MISSED"
    print(f"list --json on 5,000 applications: median {listing['median']:.3f} s (target < 0.5 s) {verdict}")


if __name__ == "__main__":
    main()
