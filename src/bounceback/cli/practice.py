"""`bounceback interview` and `bounceback practice`: the interview log and the practice deck."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from bounceback.cli.context import (
    AppArg,
    JsonOption,
    interactive,
    parse_day,
    print_json,
    resolve_app,
    say,
    service,
)

if TYPE_CHECKING:
    from bounceback.domain.learning import InterviewQuestion

interview_app = typer.Typer(
    help="Log interview rounds: questions, answers, how it went.", no_args_is_help=True
)
practice_app = typer.Typer(
    short_help="Practise interview questions, spaced out over days (Leitner boxes).",
    help="Practise interview questions with spaced repetition (Leitner boxes). Without a "
    "subcommand: review the cards due today. Each card shows the STAR structure (Situation, "
    "Task, Action, Result); you draft an answer, rate it 1-5, and the card comes back sooner "
    "or later depending on the rating.",
    invoke_without_command=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(interview_app, name="interview")
    app.add_typer(practice_app, name="practice")


def _questions(
    questions: list[str], answers: list[str], scores: list[int]
) -> list[InterviewQuestion]:
    from bounceback.domain.errors import InvalidValue
    from bounceback.domain.learning import InterviewQuestion

    if len(answers) > len(questions) or len(scores) > len(questions):
        raise InvalidValue(
            "each --answer and --score belongs to a --question; give the question first"
        )
    return [
        InterviewQuestion(
            q, answers[i] if i < len(answers) else "", scores[i] if i < len(scores) else None
        )
        for i, q in enumerate(questions)
    ]


def _ask_questions() -> list[InterviewQuestion]:
    from bounceback.domain.learning import InterviewQuestion

    found: list[InterviewQuestion] = []
    say("Questions they asked (Enter on an empty line when done).")
    while True:
        q = typer.prompt("Question", default="", show_default=False).strip()
        if not q:
            return found
        summary = typer.prompt("Your answer, in a line", default="", show_default=False)
        score = typer.prompt(
            "How well did you answer? 1 (poorly) to 5 (very well)", type=int, default=3
        )
        found.append(InterviewQuestion(q, summary.strip(), score))


@interview_app.command("log")
def log(
    ref: str = AppArg,
    on: str | None = typer.Option(None, "--on", "-d", help="When (default today)."),
    kind: str = typer.Option(
        "other",
        "--type",
        help="phone_screen, technical, behavioural, case, panel, final, take_home_review.",
    ),
    with_: list[str] = typer.Option([], "--with", help="An interviewer's name; repeat for more."),
    question: list[str] = typer.Option([], "--question", "-q", help="A question asked; repeat."),
    answer: list[str] = typer.Option(
        [], "--answer", "-a", help="Your answer, in short, to the question in the same place."
    ),
    score: list[int] = typer.Option([], "--score", help="Self-rating 1-5 of that answer."),
    rating: int | None = typer.Option(None, "--rating", help="Self-rating 1-5 of the whole round."),
    went_well: str = typer.Option("", "--went-well", help="What went well."),
    differently: str = typer.Option("", "--differently", help="What to do differently."),
    notes: str = typer.Option("", help="Anything else."),
    json: bool = JsonOption,
) -> None:
    """Log one interview round. Answers rated 2 or below become practice cards."""
    from bounceback.domain.learning import Interview
    from bounceback.learning.interviews import parse_interview_type

    found = resolve_app(ref)
    qs = _questions(question, answer, score)
    if not qs and interactive():
        qs = _ask_questions()
    interview = Interview(
        found.id,
        parse_day(on, "--on", past=True) or service().clock().date(),
        parse_interview_type(kind),
        interviewers=with_,
        questions=qs,
        rating=rating,  # type: ignore[arg-type]
        went_well=went_well,
        do_differently=differently,
        notes=notes,
    )
    saved = service().learning.log_interview(interview)
    if json:
        print_json(saved)
        return
    weak = [q for q in saved.questions if q.rating is not None and q.rating <= 2]
    say(f"Logged round {saved.round} ({saved.kind.value}) for #{found.id} {found.title}.")
    if weak:
        say(
            f"{len(weak)} answer(s) rated 2 or below are now practice cards: `bounceback practice`."
        )


@interview_app.command("list")
def list_interviews(
    ref: str | None = typer.Argument(None, metavar="[APP]", help="Only this application."),
    json: bool = JsonOption,
) -> None:
    """The interview rounds you logged, oldest first."""
    app_id = resolve_app(ref).id if ref else None
    rounds = service().views.interviews(app_id)  # no ORM (issue 16)
    if json:
        print_json(rounds)
        return
    if not rounds:
        say("No interviews logged yet. After the next one: `bounceback interview log APP`.")
    for i in rounds:
        rated = f", rated {i.rating}/5" if i.rating else ""
        say(f"#{i.application_id} round {i.round} on {i.held_on}: {i.kind.value}{rated}")
        for q in i.questions:
            score = f" [{q.rating}/5]" if q.rating else ""
            say(f"   - {q.question}{score}")


def _read_answer() -> str:
    lines: list[str] = []
    while True:
        line = input()
        if not line.strip():
            return "\n".join(lines)
        lines.append(line)


@practice_app.callback()
def practice(
    ctx: typer.Context,
    limit: int = typer.Option(10, "--limit", "-n", min=1, help="At most this many cards now."),
    json: bool = JsonOption,
) -> None:
    """Review the practice cards due today."""
    if ctx.invoked_subcommand is not None:
        return
    from bounceback.learning.practice import EMPTY_DECK, STAR

    views = service().views  # the lean read path: no ORM until a card is reviewed (issue 16)
    due = views.due_cards(limit)
    if json:
        print_json(due)
        return
    if not due:
        deck = views.deck()
        if not deck:
            say(EMPTY_DECK)
        else:
            upcoming = min(c.due for c in deck)
            say(
                f"Nothing due today. Your next card comes back on {upcoming}. "
                'Add one with `bounceback practice add "QUESTION"`.'
            )
        return
    say(f"{len(due)} card(s) due. Answer in your own words; an empty line ends your draft.")
    say("Structure: " + " / ".join(f"{name} ({hint})" for name, hint in STAR))
    done = 0
    try:
        for card in due:
            say(f"\nQuestion: {card.question}")
            if card.best_answer:
                say("(Your best answer so far is kept; try it fresh first.)")
            answer = _read_answer()
            rating = typer.prompt("How was it? 1 (weak) to 5 (strong)", type=int)
            assert card.id is not None  # a card read from the database
            saved = service().learning.review_card(card.id, rating, answer)
            done += 1
            say(f"Next time: {saved.due} (box {saved.box} of 5).")
    except (EOFError, typer.Abort):
        say("")
    say(f"{done} card(s) reviewed. Each one counts; the rest will wait.")


@practice_app.command("add")
def add_card(
    question: str = typer.Argument(..., help="The question to practise."),
    tag: list[str] = typer.Option([], "--tag", "-t", help="A tag; repeat for more."),
    app_ref: str | None = typer.Option(None, "--app", help="The application it is for."),
    json: bool = JsonOption,
) -> None:
    """Add a card of your own: a question you expect, or one you dread."""
    app_id = resolve_app(app_ref).id if app_ref else None
    card = service().learning.add_card(question, tag, app_id)
    if json:
        print_json(card)
    else:
        say(f"Added card #{card.id}, due today.")


@practice_app.command("list")
def list_cards(json: bool = JsonOption) -> None:
    """Every card, with its box and next review."""
    cards = service().views.deck()
    if json:
        print_json(cards)
        return
    if not cards:
        from bounceback.learning.practice import EMPTY_DECK

        say(EMPTY_DECK)
    for c in cards:
        say(f"#{c.id} box {c.box}, due {c.due}: {c.question}")
