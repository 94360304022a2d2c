"""The skills commands as a user types them, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from skills_documents import ACCOUNTS_POSTING as ACCOUNTS

DATA = Path(__file__).resolve().parents[1] / "data" / "skills"


def test_posting_import_json_is_what_scripts_read(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("posting", "import", str(DATA / "posting_jsonld.html"), "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert (out["title"], out["company"], out["location"]) == (
        "Backend Engineer (Go)",
        "Larkspur Freight",
        "Rotterdam, NL",
    )
    assert out["salary"]["min"] == 65000 and out["salary"]["currency"] == "EUR"
    assert out["created"] is True and out["application_id"] == 1
    skills = {s["skill"]: s for s in out["skills"]}
    assert skills["Go"]["evidence"].startswith("4+ years of backend development, mostly in Go")
    assert skills["Kafka"]["importance"] == "nice_to_have"
    again = json.loads(cli("posting", "import", str(DATA / "posting_jsonld.html"), "--json").stdout)
    assert again["created"] is False and again["application_id"] == 1


def test_posting_from_standard_input_and_into_an_application(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("add", "Harwood Building Services", "Electrician").exit_code == 0
    result = cli("posting", "import", "-", "--app", "1", input=(DATA / "posting.txt").read_text())
    assert result.exit_code == 0, result.output
    assert "Updated application #1" in result.stdout
    shown = cli("posting", "show", "1")
    assert "electrical installation" in shown.stdout and "“" in shown.stdout


def test_bad_posting_is_one_line_and_nothing_is_kept(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("posting", "import", str(DATA / "not_a_posting.html"))
    assert result.exit_code != 0
    assert result.stderr.count("\n") == 1 and "paste its text instead" in result.stderr
    assert "Traceback" not in result.output
    missing = cli("posting", "import", str(tmp_path / "nope.html"))
    assert missing.exit_code != 0 and "no file at" in missing.stderr
    assert json.loads(cli("list", "--json").stdout) == []


def test_resume_import_profile_and_gaps(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("posting", "import", str(DATA / "posting_jsonld.html")).exit_code == 0
    result = cli("resume", "import", str(DATA / "resume.md"), "--name", "backend", "--app", "1")
    assert result.exit_code == 0, result.output
    assert "Imported backend v1" in result.stdout
    listed = json.loads(cli("resume", "list", "--json").stdout)
    assert listed[0]["applications"] == [1] and "Python" in listed[0]["skills"]
    profile = json.loads(cli("skills", "--json").stdout)
    assert "Go" in {s["skill"] for s in profile["skills"]}
    gaps = json.loads(cli("gaps", "1", "--json").stdout)
    missing = [g["skill"] for g in gaps["gaps"]["required_missing"]]
    # Round 16: "Design REST APIs..." is a duty, also mentioned under round 16's filter; round
    # 18's scores it at its cut (0.38 against 0.37), so it is no longer asserted either way
    assert "Java" in missing and "Go" not in missing
    text = cli("gaps", "1").stdout
    assert "Java — “4+ years of backend development, mostly in Go or Java.”" in text
    overall = json.loads(cli("gaps", "--json").stdout)
    assert overall["applications"] == 1 and overall["plan"]
    assert cli("tailor", "1").exit_code == 0


def test_skills_vocabulary_add_and_import(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("skills", "vocabulary", "ikebana", "--add", "--category", "floristry")
    assert result.exit_code == 0, result.output
    found = json.loads(cli("skills", "vocabulary", "ikebana", "--json").stdout)
    assert [e["name"] for e in found["entries"]] == ["ikebana"]
    imported = cli("skills", "import", "esco", str(DATA / "esco_skills.csv"))
    assert imported.exit_code == 0 and "ESCO classification" in imported.stdout
    assert cli("skills", "add", "cake decorating", "--years", "3").exit_code == 0
    assert "decorate cakes, 3 years" in cli("skills").stdout
    wrong = cli("skills", "import", "onet", str(DATA / "esco_skills.csv"))
    assert wrong.exit_code != 0 and "not an O*NET Technology Skills file" in wrong.stderr


def test_a_town_known_from_geonames_shows_its_attribution(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    posting = tmp_path / "driver.txt"
    posting.write_text(
        "Delivery Driver\nHarlow Parcels Ltd\nDaventry, Northamptonshire\n\n"
        "Requirements:\n- A full UK driving licence\n- Experience with handheld scanners\n"
    )
    out = json.loads(cli("posting", "import", str(posting), "--json").stdout)
    assert out["location"] == "Daventry, Northamptonshire"
    assert "GeoNames" in out["attribution"] and "CC BY 4.0" in out["attribution"]
    shown = cli("posting", "show", str(out["application_id"]))
    assert "GeoNames" in shown.stdout
    london = tmp_path / "london.txt"
    london.write_text(posting.read_text().replace("Daventry, Northamptonshire", "London"))
    other = json.loads(cli("posting", "import", str(london), "--json", "--app", "1").stdout)
    assert other["location"] == "London" and "GeoNames" not in (other["attribution"] or "")


def test_posting_import_json_keeps_asked_for_apart_from_also_mentioned(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "accounts.txt"
    path.write_text(ACCOUNTS, "utf-8")
    out = json.loads(cli("posting", "import", str(path), "--json").stdout)
    asked = {s["skill"] for s in out["skills"]}
    assert set(out["asked_for"]) == asked and {"Sage", "Xero"} <= asked
    also = {s["skill"] for s in out["also_mentioned"]}
    assert "Power BI" in also and not also & asked and not {"Slack", "Power BI"} & asked
    assert all(s["importance"] == "mentioned" for s in out["also_mentioned"])
    missing = json.loads(cli("gaps", "1", "--json").stdout)["gaps"]["required_missing"]
    assert "Sage" in {g["skill"] for g in missing} and "Slack" not in {g["skill"] for g in missing}
    text = cli("posting", "import", str(path)).stdout
    assert "Also mentioned (not asked for):" in text and "Power BI" in text.split("Also mentioned")[1]
    assert "Also mentioned (not asked for):" in cli("posting", "show", "1").stdout
