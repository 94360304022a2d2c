"""`bounceback users`: the accounts of a multi-user server (a career centre's)."""

from __future__ import annotations

import sys

import typer

from bounceback.cli.context import JsonOption, accounts, print_json, say

users_app = typer.Typer(help="Accounts on a shared server: add, list, disable, reset-password.",
                        no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
    app.command("share")(share)
    app.command("unshare")(unshare)
    app.command("sharing")(sharing)


def read_password(from_stdin: bool, prompt: str = "Password") -> str:
    """The password from standard input's first line (scripts) or typed twice, hidden."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        from bounceback.domain.errors import InvalidValue

        raise InvalidValue("no terminal to type a password in: use --password-stdin")
    return str(typer.prompt(prompt, hide_input=True, confirmation_prompt=True))


PasswordStdin = typer.Option(False, "--password-stdin",
                             help="Read the password from the first line of standard input.")


@users_app.command("add")
def users_add(
    email: str = typer.Argument(..., help="The person's email: they log in with it."),
    role: str = typer.Option("seeker", "--role", help="seeker, coach or admin."),
    password_stdin: bool = PasswordStdin,
) -> None:
    """Add an account. The first account made owns the data already in the database."""
    from bounceback.domain.accounts import parse_role

    chosen = parse_role(role)
    svc = accounts()
    first = not svc.enabled() or not svc.users()
    user = svc.add(email, chosen, read_password(password_stdin))
    say(f"Added {user.email} ({user.role.value}).")
    if first:
        say("This is the first account: the data already in this database is theirs. "
            "Serve everyone with `bounceback serve --multi-user`.")


@users_app.command("init")
def users_init(
    email: str = typer.Argument(..., help="The administrator's email."),
    password_stdin: bool = PasswordStdin,
) -> None:
    """First run of a shared server: create the administrator (only while there is none)."""
    from bounceback.domain.accounts import Role
    from bounceback.domain.errors import Conflict

    svc = accounts()
    if svc.enabled() and svc.users():
        raise Conflict("this server has accounts already; add more with `bounceback users add`")
    user = svc.add(email, Role.ADMIN, read_password(password_stdin))
    say(f"Administrator {user.email} created. Add people with `bounceback users add EMAIL "
        "--role seeker|coach`, then run `bounceback serve --multi-user`.")


@users_app.command("list")
def users_list(json: bool = JsonOption) -> None:
    """Every account, with its role and whether it is disabled."""
    from bounceback.cli.context import no_accounts_yet

    svc = None if no_accounts_yet() else accounts()  # a fresh install: none, nothing made
    people = svc.users() if svc is not None and svc.enabled() else []
    if json:
        print_json([{"email": u.email, "role": u.role.value, "disabled": u.disabled,
                     "created": u.created_at} for u in people])
        return
    if not people:
        say("No accounts: this is a single-user install. Add one with "
            "`bounceback users add EMAIL --role admin`.")
        return
    for u in people:
        say(f"{u.email}  {u.role.value}" + ("  (disabled)" if u.disabled else ""))


@users_app.command("disable")
def users_disable(email: str = typer.Argument(...)) -> None:
    """Stop an account from logging in (its sessions end now; its data stays)."""
    user = accounts().set_disabled(email, True)
    say(f"{user.email} is disabled and logged out everywhere.")


@users_app.command("enable")
def users_enable(email: str = typer.Argument(...)) -> None:
    """Let a disabled account log in again."""
    user = accounts().set_disabled(email, False)
    say(f"{user.email} may log in again.")


@users_app.command("reset-password")
def users_reset_password(email: str = typer.Argument(...),
                         password_stdin: bool = PasswordStdin) -> None:
    """Set a new password; the account is logged out everywhere."""
    svc = accounts()
    user = svc.get(email)
    svc.reset_password(user.email, read_password(password_stdin, "New password"))
    say(f"New password set for {user.email}; every session of theirs has ended.")


@users_app.command("logout-everywhere")
def users_logout(email: str = typer.Argument(...)) -> None:
    """End every session of an account (each browser must log in again)."""
    svc = accounts()
    count = svc.end_all_sessions(svc.get(email))
    say(f"Ended {count} session{'s' if count != 1 else ''} of {email}.")


def _me():  # type: ignore[no-untyped-def]
    """The account of `--user` (sharing is always someone's own choice)."""
    from bounceback.cli.context import state
    from bounceback.domain.errors import InvalidValue

    if state.user is None:
        raise InvalidValue("say whose data: bounceback --user YOUR-EMAIL share ...")
    from bounceback.cli.context import found_accounts

    return found_accounts().get(state.user)


def share(
    coach: str = typer.Argument(..., help="The coach's email."),
    what: str = typer.Option("pipeline,outlook", "--what",
                             help="What to share: pipeline, outlook, checkins-summary "
                             "(comma-separated). The journal is never shared."),
) -> None:
    """Share parts of your search with a coach (replaces what you shared with them before)."""
    me = _me()  # first: on a fresh install it says so and makes nothing
    found = accounts().sharing.share(me, coach, what)
    say(f"Shared with {found.coach_email}: {', '.join(p.value for p in found.what)}. "
        "Every look they take is listed by `bounceback --user YOU sharing`.")


def unshare(coach: str = typer.Argument(..., help="The coach's email.")) -> None:
    """Stop sharing with a coach, at once."""
    if accounts().sharing.revoke(_me(), coach):
        say(f"{coach} no longer sees anything of yours.")
    else:
        say(f"You were not sharing with {coach}; nothing changed.")


def sharing(json: bool = JsonOption) -> None:
    """What you share, with whom, and every look a coach took (the audit)."""
    me = _me()
    svc = accounts().sharing
    shares, looks, notes = svc.shares_of(me), svc.audit(me), svc.notes(me)
    if json:
        print_json({"shares": [{"coach": s.coach_email, "what": [p.value for p in s.what],
                                "since": s.since} for s in shares],
                    "views": [{"coach": v.coach_email, "what": v.what, "at": v.at} for v in looks],
                    "notes": [{"coach": n.coach_email, "text": n.text, "at": n.at}
                              for n in notes]})
        return
    if not shares:
        say("You share nothing with anyone.")
    for s in shares:
        say(f"Shared with {s.coach_email}: {', '.join(p.value for p in s.what)}")
    for v in looks:
        say(f"{v.at:%Y-%m-%d %H:%M}  {v.coach_email} looked at: {v.what}")
    for n in notes:
        say(f"{n.at:%Y-%m-%d %H:%M}  note from {n.coach_email}: {n.text}")


@users_app.command("delete")
def users_delete(email: str = typer.Argument(...),
                 yes: bool = typer.Option(False, "--yes", help="Do not ask to confirm.")) -> None:
    """Delete an account and all of its data, for good (a seeker leaving the centre)."""
    svc = accounts()
    user = svc.get(email)
    if not yes:
        if not sys.stdin.isatty():
            from bounceback.domain.errors import InvalidValue

            raise InvalidValue("add --yes to delete an account without a terminal to confirm")
        typer.confirm(f"Delete {user.email} and all of their data for good?", abort=True)
    svc.delete_account(user)
    say(f"Deleted {user.email} and all of their data.")
