"""`bounceback users ...` and `bounceback --user EMAIL COMMAND`, as an administrator types them."""

from __future__ import annotations

import json

from conftest import Cli

PASSWORD = "correct horse battery\n"


def test_users_add_list_disable_and_run_as_a_user(cli: Cli) -> None:
    assert cli("add", "Acme", "Owner's role").exit_code == 0
    listed = cli("users", "list")
    assert listed.exit_code == 0 and "single-user" in listed.output
    made = cli("users", "add", "Admin@Centre.org", "--role", "admin", "--password-stdin",
               input=PASSWORD)
    assert made.exit_code == 0, made.output
    assert "first account" in made.output
    assert cli("users", "add", "b@centre.org", "--password-stdin", input=PASSWORD).exit_code == 0
    again = cli("users", "add", "b@centre.org", "--password-stdin", input=PASSWORD)
    assert again.exit_code != 0 and "already" in again.output
    bad = cli("users", "add", "c@centre.org", "--role", "boss", "--password-stdin", input=PASSWORD)
    assert bad.exit_code == 2 and "seeker, coach, admin" in bad.output

    assert cli("--user", "b@centre.org", "add", "Beta", "Seeker's role").exit_code == 0
    theirs = json.loads(cli("--user", "b@centre.org", "list", "--json").output)
    assert [a["company"] for a in theirs] == ["Beta"]
    mine = json.loads(cli("list", "--json").output)
    assert [a["company"] for a in mine] == ["Acme"]  # no --user: the owner's, as before
    assert [a["company"] for a in json.loads(
        cli("--user", "admin@centre.org", "list", "--json").output)] == ["Acme"]

    people = json.loads(cli("users", "list", "--json").output)
    assert [(p["email"], p["role"]) for p in people] == [
        ("admin@centre.org", "admin"), ("b@centre.org", "seeker")]
    assert cli("users", "disable", "b@centre.org").exit_code == 0
    assert json.loads(cli("users", "list", "--json").output)[1]["disabled"] is True
    reset = cli("users", "reset-password", "b@centre.org", "--password-stdin",
                input="another long passphrase\n")
    assert reset.exit_code == 0 and "ended" in reset.output
    unknown = cli("--user", "nobody@centre.org", "list")
    assert unknown.exit_code != 0 and "no account" in unknown.output


def test_the_journal_is_never_reached_with_user(cli: Cli) -> None:
    cli("users", "add", "admin@centre.org", "--role", "admin", "--password-stdin", input=PASSWORD)
    cli("users", "add", "b@centre.org", "--password-stdin", input=PASSWORD)
    for args in (["journal", "list"], ["backup", "x.db"], ["export", "--include-private"]):
        result = cli("--user", "b@centre.org", *args)
        assert result.exit_code == 4, (args, result.output)
        assert "private" in result.output


def test_user_needs_accounts(cli: Cli) -> None:
    result = cli("--user", "b@centre.org", "list")
    assert result.exit_code != 0 and "no accounts" in result.output


def test_share_unshare_and_the_audit_from_the_command_line(cli: Cli) -> None:
    cli("users", "init", "admin@centre.org", "--password-stdin", input=PASSWORD)
    again = cli("users", "init", "other@centre.org", "--password-stdin", input=PASSWORD)
    assert again.exit_code != 0 and "already" in again.output
    cli("users", "add", "b@centre.org", "--password-stdin", input=PASSWORD)
    cli("users", "add", "coach@centre.org", "--role", "coach", "--password-stdin", input=PASSWORD)
    refused = cli("--user", "b@centre.org", "share", "coach@centre.org", "--what", "journal")
    assert refused.exit_code == 2 and "never shared" in refused.output
    not_coach = cli("--user", "coach@centre.org", "share", "b@centre.org")
    assert not_coach.exit_code == 2 and "not a coach" in not_coach.output
    shared = cli("--user", "b@centre.org", "share", "coach@centre.org", "--what",
                 "pipeline,checkins-summary")
    assert shared.exit_code == 0, shared.output
    listed = json.loads(cli("--user", "b@centre.org", "sharing", "--json").output)
    assert listed["shares"] == [{"coach": "coach@centre.org",
                                 "what": ["pipeline", "checkins-summary"],
                                 "since": listed["shares"][0]["since"]}]
    assert listed["views"] == []
    assert cli("--user", "b@centre.org", "unshare", "coach@centre.org").exit_code == 0
    assert json.loads(cli("--user", "b@centre.org", "sharing", "--json").output)["shares"] == []


def test_serve_multi_user_needs_an_administrator(cli: Cli) -> None:
    result = cli("serve", "--multi-user", "--port", "0")
    assert result.exit_code == 2 and "users init" in result.output
    made = cli("users", "init", "admin@centre.org", "--password-stdin", input=PASSWORD)
    assert made.exit_code == 0


def test_users_delete_removes_the_account_and_its_data(cli: Cli) -> None:
    cli("users", "init", "admin@centre.org", "--password-stdin", input=PASSWORD)
    cli("users", "add", "b@centre.org", "--password-stdin", input=PASSWORD)
    cli("--user", "b@centre.org", "add", "Beta", "Leaving")
    assert cli("users", "delete", "b@centre.org").exit_code == 2  # no terminal: --yes needed
    assert cli("users", "delete", "b@centre.org", "--yes").exit_code == 0
    emails = [p["email"] for p in json.loads(cli("users", "list", "--json").output)]
    assert emails == ["admin@centre.org"]
    cli("users", "add", "b@centre.org", "--password-stdin", input=PASSWORD)
    assert json.loads(cli("--user", "b@centre.org", "list", "--json").output) == []
