"""The demo batch is realistic, deterministic and has the real programme's shape."""

from __future__ import annotations

from sqlalchemy import func, select

from mentordesk.app import AppContext
from mentordesk.domain.enums import Role
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.storage.models import Duo, Feedback, Meeting


def test_demo_has_93_volunteers_in_french_cities(demo_context: AppContext) -> None:
    volunteers = demo_context.batches.volunteers(demo_context.batches.id_of(DEMO_BATCH))
    assert len(volunteers) == 93
    assert sum(v.role is Role.MENTOR for v in volunteers) == 38
    assert sum(v.role is Role.MENTEE for v in volunteers) == 55
    assert {"Paris", "Lyon", "Bordeaux"} <= {v.city for v in volunteers}
    topics = {topic for v in volunteers for topic in v.topics}
    assert {"Fixer son TJM", "Décrocher sa première mission", "GitHub", "Soft skills"} <= topics
    assert all(v.capacity and v.capacity >= 1 for v in volunteers if v.role is Role.MENTOR)


def test_demo_figures_match_the_real_programme(demo_context: AppContext) -> None:
    with demo_context.unit_of_work() as uow:
        session = uow.session
        counts = session.execute(
            select(Duo.id, func.count(Meeting.id)).outerjoin(Meeting).group_by(Duo.id)
        ).all()
        ratings = session.scalars(select(Feedback.rating)).all()
    met_once = sum(n >= 1 for _, n in counts) / len(counts)
    met_three = sum(n >= 3 for _, n in counts) / len(counts)
    above_eight = sum(r is not None and r > 8 for r in ratings) / len(ratings)
    assert round(met_once * 100) == 96
    assert round(met_three * 100) == 50
    assert round(above_eight * 100) == 89


def test_demo_is_deterministic_and_created_once(context: AppContext, tmp_path: object) -> None:
    first = context.demo.create()
    second = context.demo.create()
    assert first.created and not second.created
    assert (first.volunteers, first.duos, first.meetings) == (
        second.volunteers,
        second.duos,
        second.meetings,
    )
    from mentordesk.app import bootstrap

    other = bootstrap(context.url.replace("mentordesk.db", "other.db"))
    other.demo.create()
    assert [v.as_json() for v in other.batches.volunteers(context.batches.id_of(DEMO_BATCH))] == [
        v.as_json() for v in context.batches.volunteers(context.batches.id_of(DEMO_BATCH))
    ]
    other.close()
