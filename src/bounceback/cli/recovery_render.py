"""Printing the recovery steps: crisis messages first, acknowledgements, prompts, status."""

from __future__ import annotations

from typing import Any

from bounceback.cli.context import console, say

ANSWER_WORDS = {"y": "yes", "yes": "yes", "n": "no", "no": "no", "not sure": "not_sure",
                "notsure": "not_sure", "unsure": "not_sure", "maybe": "not_sure", "?": "not_sure",
                "not_sure": "not_sure"}


def _ask(message: Any) -> str | None:
    """Ask the question in a terminal; the answer is only used to choose what to show."""
    import typer

    from bounceback.cli.context import interactive

    if not interactive():
        return None
    raw = typer.prompt(f"{message.question} yes / not sure / no", default="", show_default=False)
    return ANSWER_WORDS.get(" ".join(str(raw).lower().split()))


def resources(message: Any) -> None:
    """Each line once, its number and page as terminal links (tel:, sms:, https:) where the
    terminal shows them; the same words as plain text anywhere else."""
    from rich.style import Style
    from rich.text import Text

    for resource in message.resources:
        row = Text("  • " + resource.name + ": ")
        target = resource.tel or resource.sms_link or resource.url
        row.append(resource.contact, style=Style(link=target) if target else None)
        if resource.details:
            row.append(f" ({resource.details})")
        if resource.url and resource.phone:
            row.append("  ")
            row.append(resource.url, style=Style(link=resource.url))
        console.print(row)
    emergency = Text(message.emergency_line)
    if message.emergency.isdigit():
        emergency.stylize(Style(link="tel:" + message.emergency),
                          *_span(message.emergency_line, message.emergency))
    console.print(emergency)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.find(part)
    return (start, start + len(part)) if start >= 0 else (0, 0)


def crisis(message: Any) -> None:
    """The crisis message, before anything else; calm, no colour alarm. A soft one asks its
    question in a terminal: "no" shows a short note, "yes" or "not sure" (or no terminal to ask
    in) shows the lines. Nothing of the answer is kept."""
    from rich.text import Text
    if message is None:
        return
    console.print(Text(message.headline, style="bold"))
    for line in message.lines:
        say(line)
    if message.asks:
        answer = _ask(message)
        if answer == "no":
            say(message.if_no)
            console.print()
            return
        if answer is None:
            say(message.question + " If yes, or if you are not sure, you can talk to someone "
                "now, free and in confidence:")
        else:
            for line in message.if_yes:
                say(line)
    resources(message)
    if message.level.value == "explicit":
        from bounceback.recovery.crisis import CLOSING

        say(CLOSING)
    console.print()


def acknowledgement(ack: Any) -> None:
    from rich.text import Text
    console.print(Text(ack.headline, style="bold"))
    for line in ack.lines:
        say(line)
    if ack.source:
        console.print(Text(f"(Figures: {ack.source}.)", style="dim"))
    console.print()


def window(w: Any) -> None:
    from datetime import timedelta

    last = w.ends_on - timedelta(days=1)
    say(
        f"Your recovery window: {w.days} day{'s' if w.days != 1 else ''}, through {last:%a %d %b}. "
        "Until then `bounceback today` only checks in, gently; after it, it turns to a plan."
    )


def prompt(p: Any) -> None:
    from rich.text import Text
    console.print(Text(f"Private writing, day {p.session} ({p.minutes} minutes)", style="bold"))
    console.print(Text(p.intro, style="dim"))
    say(p.text)


def suggestion(s: Any) -> None:
    from rich.text import Text
    who = s.person.name + (f" ({s.person.reach})" if s.person.reach else "")
    console.print(Text(f"Talk to someone: {who}", style="bold"))
    say("A message you could send (edit it as you like):")
    say("  " + s.message)
    console.print(Text(s.why, style="dim"))


def status(st: Any, windows: bool = True) -> None:
    from rich.text import Text
    if not windows:
        pass
    elif st.open:
        console.print(Text("Recovery windows open", style="bold cyan"))
        for v in st.open:
            say(f"  • #{v.application_id} {v.title}: day {v.day_number} of {v.days} "
                f"(no at {v.stage_reached.value}, {v.received_on})")
    else:
        say("No recovery window is open.")
    if st.plan is not None:
        console.print()
        console.print(Text(st.plan.headline, style="bold"))
        for step in st.plan.steps:
            say("  • " + step.text)
    if st.nudge is not None:
        console.print()
        for line in st.nudge.lines:
            say(line)
    res = st.resilience
    if res is not None and res.records:
        console.print()
        console.print(Text("Resilience", style="bold"))
        shown = res.records[-8:]
        if len(res.records) > len(shown):
            say(f"  ({len(res.records) - len(shown)} earlier rejections in `--json`)")
        for r in shown:
            mood = "not yet" if r.days_to_mood is None else _days(r.days_to_mood)
            nxt = "not yet" if r.days_to_next_application is None else _days(
                r.days_to_next_application
            )
            say(f"  • {r.received_on} {res.titles.get(r.rejection_id, '')}: mood back to okay: "
                f"{mood}; next application: {nxt}")
        for trend in (res.mood_trend, res.search_trend):
            if trend is not None:
                say(trend.sentence)


def _days(n: int) -> str:
    return "same day" if n == 0 else ("1 day" if n == 1 else f"{n} days")
