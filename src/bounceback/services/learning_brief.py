"""The brief before an interview, from one snapshot through plain DB-API: the application's own
rows (storage/readmodel/brief_queries.py, timeline_queries.py) and, from the rest of the search,
only what the brief shows (the read model, learning_queries.py). No ORM: `bounceback brief`
starts as quickly as `list` (issue 16), and the web's brief page reads the same way."""

from __future__ import annotations

from datetime import date

from bounceback.domain.errors import NotFound
from bounceback.learning.brief import Brief
from bounceback.storage.readmodel.reader import Reader


def build(r: Reader, app_id: int, skills: list[str] | None, today: date) -> Brief:
    from bounceback.learning import brief as b
    from bounceback.learning.interviews import WeakAnswer
    from bounceback.learning.lessons import Context, lessons_for
    from bounceback.learning.patterns import WeakWording
    from bounceback.storage.readmodel import brief_queries, learning_queries
    from bounceback.storage.readmodel import timeline_queries as tq

    app = tq.application(r, app_id)
    if app is None:
        raise NotFound(f"no application #{app_id}")
    found = brief_queries.company(r, app.company)
    kind = b.company_tags(app, {found.name: found} if found else {})
    said: list[WeakWording] = [w for w in learning_queries.wordings(r) if w.last_held <= today]
    candidates = learning_queries.learnables(r, b.role_family(app.role), set(kind),
                                             exclude=app_id, first=b.SIMILAR)
    chosen = b.most_similar(app, set(kind), candidates, b.SIMILAR)
    texts = learning_queries.learnable_texts(r, [c.application_id for c, _, _ in chosen])
    wordings = b.distinct_wordings([w.question for w in said])
    latest = learning_queries.latest_weak(r, wordings, today)
    held = sorted({interview_id for interview_id, _ in latest.values()})
    # this application's rounds and those the weak answers come from, read together
    read = brief_queries.interviews(r, app_id, held)
    rounds = sorted((i for i in read if i.application_id == app_id), key=lambda i: i.held_on)
    rounds_by_id = {i.id: i for i in read}
    struggled = []
    for text in wordings:
        if text in latest:
            interview_id, question_id = latest[text]
            round_ = rounds_by_id[interview_id]
            question = next(q for q in round_.questions if q.id == question_id)
            struggled.append(WeakAnswer(question, round_))
    context = Context(b.brief_stage(app), kind, tuple(skills or []))
    lessons, cards = brief_queries.lessons_and_due_cards(r, today, b.CARDS)
    return b.Brief(
        application=app, stage=b.brief_stage(app),
        contacts=tq.contacts(r, app_id),
        rounds_so_far=rounds,
        lessons=lessons_for(lessons, context),
        cards_due=cards,
        struggled=struggled,
        similar_feedback=[
            b.SimilarFeedback(other.application_id, other.title,
                              texts[other.application_id][k][0], why,
                              source=texts[other.application_id][k][1])
            for other, k, why in chosen
        ],
    )
