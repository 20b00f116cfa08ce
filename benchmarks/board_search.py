"""How the Duos page's search boxes keep up with a board of 2,000 mentees.

    QT_QPA_PLATFORM=offscreen python benchmarks/board_search.py

Builds a batch of 2,000 mentees and 700 mentors (two places each) in a SQLite file, fills
the places with the optimal proposal (1,400 duos, 600 mentees waiting), opens the Duos page
on it, then types a search one letter at a time in each of the three lists (waiting mentees,
mentors with room, duos formed) and prints, in milliseconds, what each keystroke costs the
GUI thread: the filter, and the view laid out and painted again. A keystroke should stay well
under 50 ms to feel instant.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit

from mentordesk.app import AppContext, bootstrap
from mentordesk.domain.enums import Role
from mentordesk.storage.models import Participation, ParticipationTopic, Person
from mentordesk.storage.queries import ensure_topics, find_batch
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.duos.page import DuosPage

MENTEES, MENTORS = 2000, 700
FIRST = ["Léa", "Hugo", "Inès", "Émile", "Chloé", "Karim", "Fatou", "Maxime", "Zoé", "Jules"]
LAST = ["Lefèvre", "Martin", "Durand", "Faure", "Benali", "Nguyen", "Roux", "Garnier"]
CITIES = ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Rennes", "Brest"]
TOPICS = ["Fixer son TJM", "GitHub", "Soft skills", "Améliorer son CV", "Méthodes de travail"]
TYPED = "lefevre"
"""Typed one letter at a time, without its accent: « Lefèvre » is found from « le »."""


def milliseconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def fill(context: AppContext) -> int:
    created = context.batches.create_batch("Benchmark board", date(2026, 9, 7))
    name = created.name
    rng = random.Random(7)
    with context.unit_of_work() as uow:
        session = uow.session
        batch = find_batch(session, name)
        assert batch is not None
        topics = ensure_topics(session, batch.programme_id, TOPICS)
        for number in range(MENTEES + MENTORS):
            role = Role.MENTOR if number < MENTORS else Role.MENTEE
            person = Person(
                email=f"p{number}@example.org",
                first_name=rng.choice(FIRST),
                last_name=f"{rng.choice(LAST)}{number}",
            )
            participation = Participation(
                batch=batch,
                person=person,
                role=role,
                capacity=2 if role == Role.MENTOR else None,
                city=rng.choice(CITIES),
            )
            session.add(participation)
            session.flush()
            for position, topic in enumerate(rng.sample(topics, 2)):
                session.add(
                    ParticipationTopic(
                        participation_id=participation.id, topic_id=topic.id, position=position
                    )
                )
        uow.commit()
    context.curation.apply_proposal(created.id)
    return created.id


def wait_until(app: QApplication, ready: Callable[[], bool]) -> None:
    """The script drives the event loop itself until the page has read the board."""
    deadline = time.monotonic() + 120
    while not ready():
        if time.monotonic() > deadline:
            raise SystemExit("the board was not read in two minutes")
        app.processEvents()
        time.sleep(0.005)


def type_in(app: QApplication, box: QLineEdit) -> list[float]:
    """Each keystroke: the text changed (the filter runs), then the view laid out and painted."""
    costs = []
    for length in range(1, len(TYPED) + 1):
        costs.append(milliseconds(lambda n=length: (box.setText(TYPED[:n]), app.processEvents())))
    costs.append(milliseconds(lambda: (box.clear(), app.processEvents())))
    return costs


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        context = bootstrap(f"sqlite:///{Path(folder, 'bench.db').as_posix()}")
        print(f"building {MENTEES} mentees, {MENTORS} mentors and their duos…")
        batch_id = fill(context)
        tasks = TaskManager()
        writes = Writes(tasks)
        writes.show_batch(batch_id)
        page = DuosPage(context, writes)
        page.resize(1280, 760)
        page.show()
        page.show_full.setChecked(True)
        loading = milliseconds(
            lambda: (
                page.set_batch(context.batches.get(batch_id)),
                wait_until(app, lambda: page.board is not None and not tasks.is_busy()),
            )
        )
        print(f"board read and shown: {loading:.0f} ms (reading off the GUI thread)")
        for label, search, view in (
            ("waiting mentees", page.waiting_search, page.waiting_view),
            ("mentors", page.mentors_search, page.mentors_view),
            ("duos formed", page.duos_search, page.duos_view),
        ):
            costs = type_in(app, search.box)
            keystrokes = " ".join(f"{cost:.1f}" for cost in costs[:-1])
            print(
                f"{label:16} {search.proxy.sourceModel().rowCount():5} rows · "
                f"per keystroke (ms): {keystrokes} · worst {max(costs[:-1]):.1f} · "
                f"cleared {costs[-1]:.1f}"
            )
            assert view.rows() == search.proxy.sourceModel().rowCount()
        page.close()
        context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
