"""How the Volunteers page copes with 5,000 volunteers: load, search keystrokes, sorting.

    QT_QPA_PLATFORM=offscreen python benchmarks/volunteers_table.py

Prints, in milliseconds: the service call that runs off the GUI thread (5,000 rows from a
SQLite file), then what the GUI thread does (filling the model, each keystroke of a search,
each column sort, clearing the search). The reference, measured in the same run, is Qt's own
proxy sorting through ``data()``, which the model's sort replaces.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QWidget

from mentordesk.app import bootstrap
from mentordesk.domain.enums import Role
from mentordesk.storage.models import Batch, Participation, ParticipationTopic, Person
from mentordesk.storage.queries import ensure_topics
from mentordesk.ui.core.table_model import SORT_ROLE
from mentordesk.ui.volunteers.models import Column, VolunteerFilter, VolunteersModel

ROWS = 5000
FIRST = ["Léa", "Hugo", "Inès", "Émile", "Chloé", "Karim", "Fatou", "Maxime", "Zoé", "Jules"]
LAST = ["Lefèvre", "Martin", "Durand", "Faure", "Benali", "Nguyen", "Roux", "Garnier"]
CITIES = ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Rennes", "Brest"]
TOPICS = ["Fixer son TJM", "GitHub", "Soft skills", "Améliorer son CV", "Méthodes de travail"]


def milliseconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def fill(url: str) -> int:
    context = bootstrap(url)
    batch_id = context.batches.create_batch("Benchmark batch", date(2026, 9, 7)).id
    rng = random.Random(7)
    with context.unit_of_work() as uow:
        session = uow.session
        batch = session.get(Batch, batch_id)
        assert batch is not None
        topics = ensure_topics(session, batch.programme_id, TOPICS)
        for number in range(ROWS):
            first, last = rng.choice(FIRST), f"{rng.choice(LAST)}{number}"
            person = Person(email=f"p{number}@example.org", first_name=first, last_name=last)
            role = Role.MENTOR if number % 3 == 0 else Role.MENTEE
            participation = Participation(
                batch=batch,
                person=person,
                role=role,
                capacity=2 if role == Role.MENTOR else None,
                city=rng.choice(CITIES),
            )
            session.add(participation)
            session.flush()
            for position, topic in enumerate(rng.sample(topics, 3)):
                session.add(
                    ParticipationTopic(
                        participation_id=participation.id, topic_id=topic.id, position=position
                    )
                )
        uow.commit()
    context.close()
    return batch_id


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder, 'bench.db').as_posix()}"
        batch_id = fill(url)
        context = bootstrap(url)
        volunteers: list = []
        load = milliseconds(lambda: volunteers.extend(context.batches.volunteers(batch_id)))
        context.close()
    print(f"rows: {len(volunteers)}")
    print(f"service call, off the GUI thread: {load:8.1f} ms")

    holder = QWidget()
    model = VolunteersModel(holder)
    proxy = VolunteerFilter(holder)
    proxy.setSourceModel(model)
    filling = milliseconds(lambda: model.set_volunteers(volunteers))
    print(f"filling the model:                {filling:8.1f} ms")
    for text in ("l", "le", "lef", "lefe", "lefev"):
        spent = milliseconds(lambda t=text: proxy.set_search(t))
        print(f"search keystroke {text!r:9}        {spent:8.1f} ms ({proxy.rowCount()} rows)")
    print(f"clearing the search:              {milliseconds(lambda: proxy.set_search('')):8.1f} ms")

    other = VolunteersModel(holder)
    other.set_volunteers(volunteers)
    reference = QSortFilterProxyModel(holder)
    reference.setSourceModel(other)
    reference.setSortRole(SORT_ROLE)
    ours = theirs = 0.0
    for column in Column:
        mine = milliseconds(lambda c=column: proxy.sort(c, Qt.SortOrder.AscendingOrder))
        qt = milliseconds(lambda c=column: reference.sort(c, Qt.SortOrder.AscendingOrder))
        ours, theirs = ours + mine, theirs + qt
        print(f"sort by {column.name.lower():9}: model {mine:7.1f} ms, Qt proxy {qt:7.1f} ms")
    print(
        f"sorting every column: model {ours:.0f} ms, Qt proxy {theirs:.0f} ms "
        f"(the Qt proxy takes {theirs / ours:.0f}× as long)"
    )
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
