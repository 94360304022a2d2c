"""The weekly review page: the week's facts, private parts only on request, text escaped."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from bounceback.charts.export import html_to_pdf
from bounceback.charts.review import (
    JournalExcerpt,
    MoodEntry,
    PracticeItem,
    RecoveryItem,
    ReplyItem,
    SentItem,
    WeeklyReview,
    render_html,
    title_of,
    week_of,
)

SECRET = "I felt like giving up on Tuesday"


def a_week() -> WeeklyReview:
    monday = date(2026, 11, 16)
    return WeeklyReview(
        week_start=monday,
        goal=5,
        sent=[SentItem(date(2026, 11, 16), "Data analyst at Acme"),
              SentItem(date(2026, 11, 18), "BI developer at <Globex>")],
        replies=[ReplyItem(date(2026, 11, 19), "Analyst at Initech", "a no, after interviews")],
        recoveries=[RecoveryItem("Analyst at Initech", 3)],
        check_ins=[MoodEntry(datetime(2026, 11, 19, 20, 0), 2, ("disappointment", "self-doubt"))],
        journal=[JournalExcerpt(datetime(2026, 11, 19, 21, 0), "expressive", SECRET)],
        lessons=["Bring numbers to the case study"],
        practice=[PracticeItem(date(2026, 11, 20), "Tell me about a failure", 20)],
        live=7,
        outlook=0.62,
        plan=["Tuesday 9:00, at the library: 3 applications"],
    )


def test_the_week_is_all_there() -> None:
    page = render_html(a_week())
    assert "<title>Your week: 16 to 22 November 2026</title>" in page
    for text in ("Data analyst at Acme", "a no, after interviews", "back on track in 3 days",
                 "Bring numbers to the case study", "Tell me about a failure", "62%",
                 "Tuesday 9:00, at the library", "You sent 2 of the 5 applications"):
        assert text in page


def test_private_parts_only_with_include_private() -> None:
    page = render_html(a_week())
    assert SECRET not in page and "self-doubt" not in page
    assert "--include-private" in page
    private = render_html(a_week(), include_private=True)
    assert SECRET in private and "self-doubt" in private and "2 (low)" in private


def test_user_text_is_escaped() -> None:
    page = render_html(a_week())
    assert "BI developer at &lt;Globex&gt;" in page and "<Globex>" not in page


def test_a_quiet_week_is_said_kindly() -> None:
    page = render_html(WeeklyReview(week_start=date(2026, 11, 16), goal=5))
    assert "A quiet week" in page and "Nothing sent this week." in page
    assert "!" not in page.split("<body>")[1]


def test_week_boundaries() -> None:
    assert week_of(date(2026, 11, 22)) == date(2026, 11, 16)  # a Sunday
    assert week_of(date(2026, 11, 23), weeks_back=1) == date(2026, 11, 16)
    across = WeeklyReview(week_start=date(2026, 12, 28), goal=5)
    assert title_of(across) == "Your week: 28 December 2026 to 3 January 2027"


def test_pdf_from_the_local_browser(artifacts: Path) -> None:
    out = html_to_pdf(render_html(a_week()), artifacts / "review.pdf")
    assert out.read_bytes().startswith(b"%PDF-")
    (artifacts / "review.html").write_text(render_html(a_week()), encoding="utf-8")


def test_pdf_without_a_browser_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback.charts.export import ExportEngineMissing

    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "none"))
    with pytest.raises(ExportEngineMissing, match="PDF output needs Chrome or Chromium"):
        html_to_pdf("<p>x</p>", tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()
