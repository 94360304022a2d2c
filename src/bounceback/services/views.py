"""What pages and read commands show, from the read model through plain DB-API.

This part imports no ORM and no capability that writes: `bounceback list`, `today` and
`outlook` start quickly, and the web reads the same way. The capability parts keep their
writes, and their read methods hand over to this one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from bounceback.services.views_skills import SkillViews
from bounceback.storage.readmodel import board_queries, queries

if TYPE_CHECKING:
    from bounceback.domain.learning import Interview, Lesson, PracticeCard
    from bounceback.domain.models import Application, ApplicationQuery, Contact, Task, Timeline
    from bounceback.domain.recovery import CheckIn, JournalEntry, SupportPerson
    from bounceback.learning.brief import Brief
    from bounceback.learning.feedback import FeedbackOverview
    from bounceback.learning.patterns import PatternReport
    from bounceback.pipeline.concentration import PipelineWarning
    from bounceback.pipeline.conversion import Conversion
    from bounceback.pipeline.ghosting import GhostCheck
    from bounceback.pipeline.outlook import Outlook
    from bounceback.pipeline.plan import PlanStatus
    from bounceback.services.base import TodaySection
    from bounceback.services.page_reads import ApplicationPage
    from bounceback.services.pipeline_reads import AnswerPace, PipelineReads, PipelineReport
    from bounceback.services.reason_reads import ReasonReview
    from bounceback.services.recovery_reads import RecoveryStatus, Resilience


# Longer search text matches nothing a person typed (and SQLite refuses LIKE patterns over
# 50,000 characters with an error).
MAX_SEARCH = 500


def check_search(query: ApplicationQuery | None) -> None:
    """Refuses a search text no person typed, before SQLite refuses it with an error."""
    from bounceback.domain.errors import InvalidValue

    for name in ("text", "company", "tag"):
        value = getattr(query, name, None)
        if value is not None and len(value) > MAX_SEARCH:
            raise InvalidValue(f"the {name} to search for is {len(value):,} characters "
                               f"long; search with up to {MAX_SEARCH}")


class ViewsService(SkillViews):
    def __init__(self, app: Any) -> None:
        from bounceback.services.page_reads import Kept

        super().__init__(app)
        self.kept = Kept()  # what this store's labels and skills give, under their stamps

    # ---- applications ------------------------------------------------------------------

    def applications(self, query: ApplicationQuery | None = None) -> list[Application]:
        """Applications matching the filters, newest first."""
        check_search(query)
        with self.db.reader() as r:
            return queries.applications(r, query)

    def sent_summary(self, since: date) -> queries.SentSummary:
        """The applications sent, counted per furthest stage and outcome (readmodel/queries)."""
        with self.db.reader() as r:
            return queries.sent_summary(r, since)

    def resolve(self, text: str) -> Application:
        """The application a user names by number (read alone) or by company/role words (every
        application's reference read): what `applications.resolve` finds, without the ORM."""
        from bounceback.domain.errors import NotFound
        from bounceback.services import references
        from bounceback.storage.readmodel import timeline_queries as tq

        number = references.number(text)
        with self.db.reader() as r:
            candidates = (tq.references(r) if number is None else  # 20 digits: no such
                          tq.reference(r, number) if number < 2**63 else [])
            app_id = references.resolve(text, candidates)
            found = tq.application(r, app_id)
        if found is None:
            raise NotFound(f"no application #{app_id}")
        return found

    def application(self, app_id: int) -> Application:
        """One application with its company and tags (`applications.get`, without the ORM)."""
        from bounceback.domain.errors import NotFound
        from bounceback.storage.readmodel import timeline_queries as tq

        with self.db.reader() as r:
            found = tq.application(r, app_id)
        if found is None:
            raise NotFound(f"no application #{app_id}")
        return found

    def application_page(self, app_id: int, *, learning: bool, skills: bool) -> ApplicationPage:
        """An application's page from one snapshot (services/page_reads.py)."""
        from bounceback.domain.errors import NotFound
        from bounceback.services import page_reads
        from bounceback.services.reason_reads import model_path

        today, path = self.today(), model_path(self.app.settings)
        with self.db.reader() as r:
            found = page_reads.application_page(r, app_id, self.kept, with_learning=learning,
                                                with_skills=skills, today=today, model=path)
        if found is None:
            raise NotFound(f"no application #{app_id}")
        return found

    def timeline(self, app_id: int) -> Timeline:
        """The application with its events, contacts, tasks and rejection (`show`), from one
        snapshot: what `applications.timeline` builds, without the ORM."""
        from bounceback.domain.errors import NotFound
        from bounceback.storage.readmodel import timeline_queries as tq

        with self.db.reader() as r:
            found = tq.timeline(r, app_id)
        if found is None:
            raise NotFound(f"no application #{app_id}")
        return found

    def board(
        self, columns: list[ApplicationQuery], per_column: int, cap: int | None = None,
        offset: int = 0,
    ) -> tuple[list[tuple[list[Application], int]], bool]:
        """For each column's filters: its first `per_column` applications as cards (id, role,
        company, place and status: board_queries._CARD; after the first
        `offset`) and how many match, and whether the matches were capped. Without a text, tag or source filter the counts
        are the kept totals by status and each column reads its first cards by index; with
        one, a single pass finds the newest `cap` matches (all when None) and the counts are
        of those (the second value says the cap was reached)."""
        from dataclasses import replace

        from bounceback.domain.vocabulary import Outcome, Stage
        from bounceback.pipeline.state import STATUS

        for q in columns:
            check_search(q)

        def statuses(q: ApplicationQuery) -> set[tuple[bool, str]]:
            """What a column holds: (closed?, the stage, or the outcome when closed)."""
            wanted = q.stages or ()
            return {(False, x) for x in wanted if x in Stage._value2member_map_} | {
                (True, x) for x in wanted if x in Outcome._value2member_map_}

        with self.db.reader() as r:
            if all(not (q.text or q.tag or q.source or q.company or q.since or q.until
                        or q.live_only) for q in columns):
                status = {k: v for (n, k), v in queries.totals(r, STATUS).items()}
                out: list[tuple[list[Application], int]] = []
                staged = [list(q.stages or ()) for q in columns if q.stages]
                cards = iter(board_queries.columns(r, staged, per_column, offset))
                for q in columns:  # every staged column's cards read in one statement
                    wanted = set(q.stages or ())
                    total = sum(v for k, v in status.items() if k in wanted) if q.stages else (
                        sum(status.values()))
                    out.append((next(cards) if q.stages else queries.applications(
                        r, replace(q, limit=per_column, offset=offset)), total))
                return out, False
            found: list[tuple[list[int], int]] = []
            first = replace(columns[0], stages=None, limit=None)
            rows = (board_queries.newest_matching(r, first, cap + 1)
                    if first.text and cap is not None
                    else queries.matching_ids(r, first, None if cap is None else cap + 1))
            capped = cap is not None and len(rows) > cap
            keyed = [(app_id, (outcome is not None, outcome or stage))
                     for app_id, stage, outcome in (rows[:cap] if capped else rows)]
            for q in columns:
                held = statuses(q)
                mine = [app_id for app_id, status in keyed if status in held]
                found.append((mine[offset:offset + per_column], len(mine)))
            apps = board_queries.cards(r, [i for ids, _ in found for i in ids])
            return [([apps[i] for i in ids], total) for ids, total in found], capped

    # ---- a person's own lists (the ORM's repositories give the same: tests/cli/test_lean_lists.py)

    def contacts(self, app_id: int | None = None) -> list[Contact]:
        """Every contact (or one application's) by name, with the applications it is linked to."""
        from bounceback.storage.readmodel import timeline_queries as tq

        with self.db.reader() as r:
            return tq.contacts(r, app_id)

    def tasks(self, *, include_done: bool = False) -> list[Task]:
        """The open tasks (every task with `include_done`), by due day."""
        from bounceback.storage.readmodel import timeline_queries as tq

        with self.db.reader() as r:
            return tq.tasks(r, None, include_done=include_done)

    def journal(self) -> list[JournalEntry]:
        from bounceback.storage.readmodel import own_rows

        with self.db.reader() as r:
            return own_rows.journal(r)

    def check_ins(self) -> list[CheckIn]:
        from bounceback.storage.readmodel import own_rows

        with self.db.reader() as r:
            return own_rows.check_ins(r)

    def people(self, include_inactive: bool = False) -> list[SupportPerson]:
        from bounceback.storage.readmodel import own_rows

        with self.db.reader() as r:
            return own_rows.people(r, include_inactive)

    def interviews(self, app_id: int | None = None) -> list[Interview]:
        """The interview rounds (of one application) with their questions, oldest first."""
        from bounceback.storage.readmodel import brief_queries

        with self.db.reader() as r:
            return brief_queries.interviews(r, app_id, [])

    def lessons(self, tag: str | None = None) -> list[Lesson]:
        """The lessons (with this tag), newest first."""
        from bounceback.learning import lessons as lesson_rules
        from bounceback.storage.readmodel import brief_queries

        wanted = lesson_rules.parse_tag(tag) if tag else None
        with self.db.reader() as r:
            found = brief_queries.lessons(r)
        return [lesson for lesson in found if wanted is None or wanted in lesson.tags]

    def suggested_lessons(self) -> list[Lesson]:
        """Lessons the patterns point to that the user has not written yet."""
        from bounceback.learning import lessons as lesson_rules

        return lesson_rules.suggest_lessons(self.patterns(applications=False), self.lessons(),
                                          self.today())

    def valid_reasons(self) -> list[str]:
        """Every reason name a rejection may have: the built-in ones and the user's own."""
        from bounceback.learning.reasons import valid_reasons
        from bounceback.services import reason_reads as rr

        with self.db.reader() as r:
            return valid_reasons(rr.custom_names(r, rr.Labelled(None, rr.labels(r))))

    def reasons(self, app_id: int) -> ReasonReview:
        """A rejection's reasons as they stand and the classifier's suggestions
        (`learning.review_reasons`), from one snapshot."""
        from bounceback.domain.errors import NotFound
        from bounceback.services import reason_reads as rr
        from bounceback.storage.readmodel import own_rows
        from bounceback.storage.readmodel import timeline_queries as tq

        with self.db.reader() as r:
            rejection = tq.rejection(r, app_id)
            if rejection is None:
                raise NotFound(f"no rejection recorded for #{app_id}; record it first with "
                               "`bounceback reject`")
            text, kind = rr.text_of(rejection, own_rows.feedback(r, app_id))
            labelled = rr.Labelled(None, rr.labels(r))
            custom = rr.custom_names(r, labelled)
        return rr.review_of(app_id, rejection, text, kind, labelled, custom,
                            rr.model_path(self.app.settings), save=False)  # a read writes nothing

    def feedback_overview(self, app_id: int | None = None) -> FeedbackOverview:
        """Feedback requests, answers, follow-ups due and the response rate."""
        from bounceback.learning.feedback import overview
        from bounceback.storage.readmodel import own_rows

        with self.db.reader() as r:
            requests, given = own_rows.requests(r, app_id), own_rows.feedback(r, app_id)
        return overview(requests, given, self.today())

    # ---- today ---------------------------------------------------------------------------

    def today_sections(self, on: date | None = None, *, whole: str = "") -> list[TodaySection]:
        from bounceback.domain.dates import check_day
        from bounceback.services.today import sections

        today = self.today()
        return sections(self.app, check_day(on, today=today, what="the day to show") if on else today,
                        whole)

    def today_date(self) -> date:
        return self.today()

    # ---- the pipeline --------------------------------------------------------------------

    @contextmanager
    def pipeline(self, on: date | None = None) -> Iterator[PipelineReads]:
        """The pipeline's reads on one snapshot (services/pipeline_reads.py)."""
        from bounceback.services.pipeline_reads import PipelineReads

        prefs = self.app.preferences()
        with self.db.reader() as r:
            yield PipelineReads(r, on or self.today_date(), prefs, self.app.outlooks_kept)

    def report(self, target: float | None = None, *, on: date | None = None,
               contributions: int | None = None) -> PipelineReport:
        """The outlook with its warnings; `contributions`: list only the highest that many."""
        with self.pipeline(on) as reads:
            return reads.report(target, contributions)

    def outlook(self, target: float | None = None, *, on: date | None = None,
                contributions: int | None = None) -> Outlook:
        with self.pipeline(on) as reads:
            return reads.outlook(target, contributions)

    def warnings(self, *, on: date | None = None) -> list[PipelineWarning]:
        with self.pipeline(on) as reads:
            return reads.warnings()

    def ghosting(self, *, on: date | None = None) -> list[GhostCheck]:
        with self.pipeline(on) as reads:
            return reads.ghosting()

    def overdue(self, limit: int | None = None, *, on: date | None = None
                ) -> tuple[list[GhostCheck], int]:
        with self.pipeline(on) as reads:
            return reads.overdue(limit)

    def answer_times(self) -> AnswerPace:
        with self.pipeline() as reads:
            return reads.answer_pace()

    def plan(self, *, on: date | None = None) -> PlanStatus:
        with self.pipeline(on) as reads:
            return reads.plan()

    def conversion(self, *, on: date | None = None) -> Conversion:
        with self.pipeline(on) as reads:
            return reads.conversion()

    def outlook_page(self, contributions: int, ghosts: int) -> dict[str, Any]:
        """Everything the Outlook page shows, from one snapshot."""
        with self.pipeline() as reads:
            report = reads.report(contributions=contributions)
            shown, total = reads.overdue(ghosts)
            return {"report": report, "ghosts": shown, "ghosts_total": total,
                    "plan": reads.plan()}

    # ---- learning --------------------------------------------------------------------------

    def patterns(self, *, applications: bool = True) -> PatternReport:
        """What the rejections have in common, from the read model's counts. `applications`:
        also the applications behind each repeated question (one row per weak answer: as many
        as the search has had, so a page that shows only the questions leaves them out)."""
        from bounceback.learning.patterns import grouped, patterns_from
        from bounceback.storage.readmodel import learning_queries

        with self.db.reader() as r:
            inputs = learning_queries.pattern_inputs(r, self.today_date())
            report = patterns_from(inputs)
            if not applications:
                return report
            members = {group[0].question: [w.question for w in group]
                       for group in grouped(inputs.wordings)}
            behind = learning_queries.weak_applications(
                r, {found.question: members[found.question] for found in report.repeated_questions})
            for found in report.repeated_questions:
                found.application_ids = behind[found.question]
        return report

    def brief(self, app_id: int, skills: list[str] | None = None) -> Brief:
        """Everything to read before the next interview for one application, from one
        snapshot (services/learning_brief.py)."""
        from bounceback.services import learning_brief

        today = self.today()
        with self.db.reader() as r:
            return learning_brief.build(r, app_id, skills, today)

    def deck(self) -> list[PracticeCard]:
        """Every practice card, by due day."""
        from bounceback.storage.readmodel import brief_queries

        with self.db.reader() as r:
            return brief_queries.cards(r)

    def due_cards(self, limit: int | None = None, on: date | None = None) -> list[PracticeCard]:
        """The cards due on a day (today), the overdue and least known first."""
        from bounceback.learning import practice

        return practice.due_cards(self.deck(), self.bounded_day(on, "--on") or self.today(),
                                  limit)

    # ---- recovery --------------------------------------------------------------------------

    def recovery_status(self, on: date | None = None) -> RecoveryStatus:
        from bounceback.services import recovery_reads

        prefs = self.app.preferences()
        with self.db.reader() as r:
            return recovery_reads.build_status(r, on or self.today_date(), prefs)

    def resilience(self, limit: int | None = None) -> Resilience:
        """Resilience over time; `limit`: only the latest that many records (with the total)."""
        from bounceback.services import recovery_reads

        with self.db.reader() as r:
            return recovery_reads.build_resilience(r, limit)

    def in_window(self, on: date | None = None) -> bool:
        """True while a recovery window is open."""
        from bounceback.services import recovery_reads

        prefs = self.app.preferences()
        with self.db.reader() as r:
            return recovery_reads.in_window(r, on or self.today_date(), prefs)
