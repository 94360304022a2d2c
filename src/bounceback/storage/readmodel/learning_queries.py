"""Learning's reads with plain SQL on a `Reader`: the patterns' counts and sums from the read
model, the brief's rows for one application, through indexes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from bounceback.domain.vocabulary import STAGE_ORDER, Stage
from bounceback.learning import facts as f
from bounceback.learning.brief import Learnable
from bounceback.learning.patterns import (
    RECENT_DAYS,
    Delay,
    PatternInputs,
    Split,
    WeakWording,
    comparisons,
)
from bounceback.pipeline import state as st
from bounceback.storage.readmodel import days
from bounceback.storage.readmodel.reader import Reader, as_date

_REACHED = ("screening", "interviewing", "offer", "accepted")
_FAR = tuple(s.value for s in Stage if s.rank >= Stage.INTERVIEWING.rank)


def _median(r: Reader, stage: str | None, n: int) -> Delay | None:
    """The median of `n` delays (all, or of one stage reached): its middle one or two rows,
    read through the index."""
    if not n:
        return None
    where = "delay_days IS NOT NULL" + ("" if stage is None else " AND stage_reached = :stage")
    middle = r.column(f"SELECT delay_days FROM rm_rejections WHERE {where} ORDER BY delay_days "
                      "LIMIT :take OFFSET :skip", stage=stage, take=2 - n % 2, skip=(n - 1) // 2)
    return Delay(stage or "all", sum(middle) / len(middle), n)


def delays_from(kept: dict[str, int]) -> list[Delay]:
    """Median days from applying to the no, in all and per stage reached, from the records'
    delays counted by stage and days (the tallies' "r_delay", key "stage|days": a row per
    stage and number of days, however many rejections): as `delays` reads them."""
    by_stage: dict[str, dict[int, int]] = {}
    for key, n in kept.items():
        stage, _, days_ = key.partition("|")
        counted = by_stage.setdefault(stage, {})
        counted[int(days_)] = counted.get(int(days_), 0) + n
        every = by_stage.setdefault("", {})
        every[int(days_)] = every.get(int(days_), 0) + n

    def median(stage: str) -> Delay | None:
        counted = by_stage.get(stage, {})
        n = sum(counted.values())
        if not n:
            return None
        want = range((n - 1) // 2, (n - 1) // 2 + 2 - n % 2)
        middle, seen = [], 0
        for value in sorted(counted):
            middle += [value] * sum(1 for i in want if seen <= i < seen + counted[value])
            seen += counted[value]
        return Delay(stage or "all", sum(middle) / len(middle), n)

    found = [median(""), *(median(s.value) for s in STAGE_ORDER)]
    return [d for d in found if d is not None]


def delays(r: Reader) -> list[Delay]:
    """Median days from applying to the no, in all and per stage reached, read from the
    records (the counts in one query, then each median's middle rows): what `delays_from`
    gives from the kept counts (the reference of its tests)."""
    counts = {stage: int(n) for stage, n in r.all(
        "SELECT stage_reached, count(*) FROM rm_rejections WHERE delay_days IS NOT NULL "
        "GROUP BY stage_reached")}
    found = [_median(r, None, sum(counts.values())),
             *(_median(r, s.value, counts.get(s.value, 0)) for s in STAGE_ORDER)]
    return [d for d in found if d is not None]


def wordings(r: Reader) -> list[WeakWording]:
    """Each wording answered weakly, the most recently asked first (application ids empty:
    `weak_applications` fills them for the groups shown). A few rows, however many
    applications answered them: the wordings walked through their index one by one (a
    recursive query: the next wording after each), each one's latest day from the index, and
    how often each was answered weakly from the tallies (kept by each write), in one
    statement."""
    times: dict[str, int] = {}
    found = []
    for part, question, last, n in r.all(
            "WITH RECURSIVE q(question) AS (SELECT min(question) FROM rm_weak UNION ALL "
            "SELECT (SELECT min(w.question) FROM rm_weak w WHERE w.question > q.question) "
            "FROM q WHERE q.question IS NOT NULL) "
            "SELECT 0 AS part, question, (SELECT max(x.last_held) FROM rm_weak x "
            "WHERE x.question = q.question) AS last, NULL AS n FROM q "
            "WHERE question IS NOT NULL UNION ALL "
            "SELECT 1, key, NULL, value FROM rm_tallies WHERE name = :weak "
            "ORDER BY part, last DESC, question", weak=days.WEAK_TIMES):
        if part:
            times[question] = int(n)
        else:
            found.append((question, last))
    return [WeakWording(question, times.get(days.wording_key(question), 0), (),
                        as_date(last))  # type: ignore[arg-type]
            for question, last in found]


def wordings_grouped(r: Reader) -> list[WeakWording]:
    """`wordings` from every application's rows (the reference of its tests)."""
    return [WeakWording(question, int(times), (), as_date(last))  # type: ignore[arg-type]
            for question, times, last in r.all(
                "SELECT question, sum(times), max(last_held) AS last FROM rm_weak "
                "GROUP BY question ORDER BY last DESC, question")]


def weak_applications(r: Reader, groups: dict[str, list[str]]) -> dict[str, list[int]]:
    """For each group of wordings, the applications behind them, once per weak answer, in
    order: one query for every group."""
    owner = {question: key for key, questions in groups.items() for question in questions}
    out: dict[str, list[int]] = {key: [] for key in groups}
    if not owner:
        return out
    clause, params = r.in_list("q", list(owner))
    # ordered here, not by the query: ORDER BY would have it scan the table in key order
    # rather than look each wording up through its index
    for question, app_id, times in sorted(r.all(
            f"SELECT question, application_id, times FROM rm_weak WHERE question IN {clause}",
            **params), key=lambda row: row[1]):
        out[owner[question]] += [app_id] * int(times)
    return out


def pattern_inputs(r: Reader, today: date) -> PatternInputs:
    cut = today - timedelta(days=RECENT_DAYS)
    # the recent window's counts from the totals kept by day (a few rows a day), read with
    # the search's totals in one statement
    found, recent = days.since_with_totals(
        r, [f.DECIDED, f.DECIDED_REJECTED, f.REJ_STAGE, f.REJ_REASON, f.RATED_N, f.RATED_SUM,
            f.REACHED, st.STATUS, st.APPLIED_WEEK, days.DELAY],
        [days.APPLIED, days.REJECTED, days.RATED_N, days.RATED_SUM], cut)

    def named(name: str) -> dict[str, int]:
        return {k: v for (n, k), v in found.items() if n == name}

    rates: dict[str, dict[str, tuple[int, int]]] = {}
    rejected = named(f.DECIDED_REJECTED)
    for key, decided in named(f.DECIDED).items():
        if key != "all":
            dim, _, value = key.partition(":")
            rates.setdefault(dim, {})[value] = (decided, rejected.get(key, 0))
    stages = named(f.REJ_STAGE)
    sent = reached = m = far = rated_k = rated = 0
    for (name, key), count in recent.items():
        if name == days.APPLIED:
            sent += count
            reached += count if key.split("|")[2] in _REACHED else 0
        elif name == days.REJECTED:
            m += count
            far += count if key in ("interviewing", "offer") else 0
        elif name == days.RATED_N:
            rated_k += count
        else:
            rated += count
    applied = sum(named(st.APPLIED_WEEK).values())  # a row a week (round 25: a day)
    reached_all = found.get((f.REACHED, ""), 0)
    far_all = sum(v for stage, v in stages.items() if stage in _FAR)
    rated_n, rated_sum = found.get((f.RATED_N, ""), 0), found.get((f.RATED_SUM, ""), 0)
    return PatternInputs(
        applications=sum(named(st.STATUS).values()),
        rejections=sum(stages.values()),
        stages=stages, reasons=named(f.REJ_REASON), rates=rates,
        decided=found.get((f.DECIDED, "all"), 0),
        decided_rejected=found.get((f.DECIDED_REJECTED, "all"), 0),
        delays=delays_from(named(days.DELAY)), wordings=wordings(r),
        compare=comparisons(
            Split(float(reached), sent, float(reached_all - reached), applied - sent),
            Split(float(far), m, float(far_all - far), sum(stages.values()) - m),
            Split(float(rated), rated_k, float(rated_sum - rated), rated_n - rated_k),
        ),
    )


# ---- the brief ---------------------------------------------------------------------------------


def _learnable_rows(r: Reader, same: str, params: dict[str, Any], limit: int | None = None
                    ) -> list[Any]:
    """Feedback rows, then informative rejection emails (where there is no feedback), of the
    applications matching `same`, in reading order: (0 or 1, received on, id, application id,
    company, role, role family)."""
    rows = r.all(
        f"SELECT 0, f.received_on, f.id, f.application_id, a.company, a.role, a.role_family "
        f"FROM feedback f "
        f"JOIN rm_applications a ON a.application_id = f.application_id WHERE {same} UNION ALL "
        f"SELECT 1, x.received_on, x.rejection_id, x.application_id, a.company, a.role, "
        f"a.role_family "
        f"FROM rm_rejections x JOIN rm_applications a ON a.application_id = x.application_id "
        f"WHERE a.learnable = :yes AND ({same}) AND NOT EXISTS "
        f"(SELECT 1 FROM feedback g WHERE g.application_id = x.application_id) "
        f"ORDER BY 1, 2, 3" + (f" LIMIT {int(limit)}" if limit is not None else ""),
        yes=True, **params)
    rows.sort(key=lambda row: (row[0], as_date(row[1]), row[2]))
    return rows


def learnables(r: Reader, family: str, tags: set[str], *, exclude: int | None = None,
               first: int | None = None) -> list[Learnable]:
    """Other applications with something to learn from, in the brief's reading order (feedback
    first, in the order it came; then informative rejection emails, oldest first), limited to
    those of the same role family or the same kind of company: the only ones it can show.

    `first`: only what the brief can pick from when it shows that many. Its choice ranks by
    why an application is similar (its role family, what its company shares with this one)
    and then by reading order, so among applications similar for the same reasons only the
    `first` in reading order can be picked: each group is read up to that many, and the
    applications kept keep their reading order (a search of any size reads a few rows)."""
    kinds, p1 = r.in_list("t", sorted(tags))
    companies = {name: tuple(t for t in (size, industry) if t) for name, size, industry in r.all(
        f"SELECT name, size, industry FROM companies WHERE size IN {kinds} OR industry IN {kinds}",
        **p1)} if tags else {}
    names, p2 = r.in_list("c", sorted(companies))
    same = f"(a.role_family = :family AND a.role_family != 'other') OR a.company IN {names}"
    mine = "" if exclude is None else " AND a.application_id != :me"
    params: dict[str, Any] = {"family": family, "me": exclude, **p2}
    if first is None:
        rows = _learnable_rows(r, f"({same}){mine}", params)
    else:
        rows = _learnables_first(r, family, tags, companies, mine, params, first)
    found: dict[int, Learnable] = {}
    for _, _, _, app_id, company, role, family_of in rows:
        if app_id in found:
            known = found[app_id]
            found[app_id] = Learnable(app_id, known.title, known.family, known.tags,
                                      known.texts + 1)
        else:
            found[app_id] = Learnable(app_id, f"{role} at {company}", family_of,
                                      companies.get(company, ()))
    return list(found.values())


def _learnables_first(r: Reader, family: str, tags: set[str],
                      companies: dict[str, tuple[str, ...]], mine: str, params: dict[str, Any],
                      first: int) -> list[Any]:
    """Every row of the applications the brief can pick from: ranked as it ranks them (by why
    they are similar, then reading order), the first `first` applications. Each reason for
    being similar is a condition of its own (the same role family and a company sharing these
    kinds; the same family, any other company; another family, a company sharing these
    kinds): the conditions are read most reasons first, each in reading order up to a few
    rows, until `first` applications are found. Most searches find them in the first: a few
    rows read, not every similar rejection ranked and sorted."""
    from bounceback.learning.brief import why_similar

    by_shared: dict[frozenset[str], list[str]] = {}
    for name, company_tags in companies.items():
        by_shared.setdefault(frozenset(tags & set(company_tags)), []).append(name)
    every_name = sorted(companies)
    by_rank: dict[int, list[str]] = {}
    for same_family in ([True, False] if family != "other" else [False]):
        for n, (shared, names) in enumerate([*by_shared.items(), (frozenset[str](), [])]):
            why = why_similar(family, tags, Learnable(0, "", family if same_family else "",
                                                      tuple(shared)))
            if not why:
                continue
            parts = []
            if family != "other":
                parts.append("a.role_family = :family" if same_family
                             else "a.role_family != :family")
            if names:
                clause, p = r.in_list(f"s{int(same_family)}_{n}_", sorted(names))
                params.update(p)
                parts.append(f"a.company IN {clause}")
            elif every_name:  # the same family, at none of the companies named above
                clause, p = r.in_list("all_", every_name)
                params.update(p)
                parts.append(f"a.company NOT IN {clause}")
            by_rank.setdefault(len(why), []).append("(" + " AND ".join(parts or ["1 = 1"]) + ")")
    ranks = sorted(by_rank, reverse=True)
    clauses = {rank: "(" + " OR ".join(by_rank[rank]) + ")" + mine for rank in ranks}
    limit = first * 4
    # A rank is read only when the ranks above it fell short (most briefs: the first rank, a
    # few rows), on both engines: one union of every rank's first rows saved PostgreSQL a
    # round trip or two but kept its server 29 ms busy on the 5,000 demo's brief (the page's
    # wall time 38-52 ms, 13-18 read rank by rank).
    apps: list[int] = []
    for rank in ranks:
        wider = limit
        while True:
            rows = r.all(f"SELECT * FROM ({_learnable_sql(clauses[rank])}) u "
                         f"ORDER BY k, day, id LIMIT {wider}", yes=True, no=False, **params)
            found = list(dict.fromkeys(row[3] for row in rows))
            if len(apps) + len(found) >= first or len(rows) < wider:
                break
            wider *= 4  # a rank whose rows filled the limit without enough applications
        apps += [a for a in found if a not in apps]
        if len(apps) >= first:
            break
    if not apps:
        return []
    ids, p_ids = r.in_list("i", apps[:first])
    return _learnable_rows(r, f"a.application_id IN {ids}", p_ids)


def _learnable_sql(same: str) -> str:
    """The feedback, then the informative rejection emails (with no feedback), of the
    learnable applications `same` names: (k, day, id, application id), unordered."""
    return (f"SELECT 0 AS k, f.received_on AS day, f.id AS id, f.application_id AS app "
            f"FROM feedback f JOIN rm_applications a ON a.application_id = f.application_id "
            f"WHERE a.learnable IN (:yes, :no) AND {same} UNION ALL "
            f"SELECT 1, x.received_on, x.rejection_id, x.application_id "
            f"FROM rm_rejections x JOIN rm_applications a "
            f"ON a.application_id = x.application_id "
            f"WHERE a.learnable = :yes AND {same} AND NOT EXISTS "
            f"(SELECT 1 FROM feedback g WHERE g.application_id = x.application_id)")


def learnable_texts(r: Reader, app_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """(text, source) of these applications' feedback, or else their rejection email."""
    clause, params = r.in_list("a", app_ids)
    out: dict[int, list[tuple[str, str]]] = {}
    emails: dict[int, str] = {}
    for source, app_id, text, _, _ in r.all(  # one statement: the feedback, then the emails
            f"SELECT 0, application_id, text, received_on, id FROM feedback WHERE application_id "
            f"IN {clause} UNION ALL SELECT 1, application_id, text, received_on, id FROM "
            f"rejections WHERE application_id IN {clause} ORDER BY 1, 4, 5", **params):
        if source == 0:
            out.setdefault(app_id, []).append((text, "feedback"))
        else:
            emails.setdefault(app_id, text)
    for app_id, text in emails.items():
        if app_id not in out:
            out[app_id] = [(text, "email")]
    return out


def latest_weak(r: Reader, questions: list[str], on: date) -> dict[str, tuple[int, int]]:
    """For each wording: (interview id, question id) of the latest round by `on` where it was
    answered weakly (rated 2 or below, or unrated in a round rated so); of rounds held the same
    day, the first. Read from the read model (each application's latest weak answer of each
    wording, `rm_weak`): per wording, its latest day through the index, then that day's rows,
    in one query, however often the question was asked. A wording answered weakly after `on`
    (a round logged ahead of its day) is read from the rounds themselves."""
    if not questions:
        return {}
    values = ", ".join(f"(:q{i})" for i in range(len(questions)))
    params = {f"q{i}": question for i, question in enumerate(questions)}
    best: dict[str, tuple[int, int]] = {}
    later = []
    for question, newest, interview_id, question_id in r.all(
            f"WITH asked(question) AS (VALUES {values}), last AS (SELECT a.question, "
            "(SELECT max(x.last_held) FROM rm_weak x WHERE x.question = a.question "
            "AND x.last_held <= :on) AS upto, (SELECT max(x.last_held) FROM rm_weak x "
            "WHERE x.question = a.question) AS newest FROM asked a) "
            "SELECT l.question, l.newest, w.latest_interview, w.latest_question FROM last l "
            "LEFT JOIN rm_weak w ON w.question = l.question AND w.last_held = l.upto",
            on=on, **params):
        if newest is None:
            continue
        if as_date(newest) > on:  # type: ignore[operator]
            later.append(question)
        elif interview_id is not None and (question not in best
                                           or (interview_id, question_id) < best[question]):
            best[question] = (int(interview_id), int(question_id))
    if later:
        best.update(_latest_weak_asked(r, sorted(set(later)), on))
    return best


def _latest_weak_asked(r: Reader, questions: list[str], on: date) -> dict[str, tuple[int, int]]:
    """`latest_weak` from every round these wordings were asked in."""
    from bounceback.learning.interviews import WEAK_RATING

    clause, params = r.in_list("q", questions)
    return {question: (interview_id, question_id) for question, interview_id, question_id in r.all(
        "SELECT question, interview_id, question_id FROM (SELECT q.question AS question, "
        "i.id AS interview_id, q.id AS question_id, row_number() OVER (PARTITION BY q.question "
        "ORDER BY i.held_on DESC, i.id, q.position) AS n FROM interviews i "
        "JOIN interview_questions q ON q.interview_id = i.id "
        f"WHERE q.question IN {clause} AND i.held_on <= :on "
        "AND coalesce(q.rating, i.rating) <= :weak) ranked WHERE n = 1",
        on=on, weak=WEAK_RATING, **params)}
