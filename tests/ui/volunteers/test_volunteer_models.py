"""The Volunteers table: a thin model, accent-insensitive search, role filter, sorting."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from mentordesk.app import AppContext
from mentordesk.domain.enums import Role
from mentordesk.services.batches import Volunteer
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.ui.volunteers.models import Column, VolunteerFilter, VolunteersModel


def volunteer(
    number: int, first: str, last: str, role: Role = Role.MENTEE, **more: object
) -> Volunteer:
    values: dict[str, object] = {
        "participation_id": number,
        "email": f"{first}.{last}@example.org".lower(),
        "first_name": first,
        "last_name": last,
        "role": role,
        "city": "Lyon",
        "topics": ("GitHub",),
        "capacity": 2 if role == Role.MENTOR else None,
        "languages": ("fr",),
        "format_preference": "either",
        "withdrawn_on": None,
    }
    values.update(more)
    return Volunteer(**values)  # type: ignore[arg-type]


PEOPLE = [
    volunteer(1, "Léa", "Lefèvre", Role.MENTOR, city="Paris", topics=("Fixer son TJM",)),
    volunteer(2, "Hugo", "Martin", Role.MENTOR, capacity=3, topics=("Soft skills", "GitHub")),
    volunteer(3, "Clémence", "Durand", city="Nantes", topics=("Améliorer son CV",)),
    volunteer(4, "Zoé", "Abadie", email="zoe@freelance.example"),
]


@pytest.fixture
def model() -> VolunteersModel:
    model = VolunteersModel()
    model.set_volunteers(PEOPLE)
    return model


@pytest.fixture
def proxy(model: VolunteersModel) -> VolunteerFilter:
    proxy = VolunteerFilter()
    proxy.setSourceModel(model)
    return proxy


def names(proxy: VolunteerFilter) -> list[str]:
    return [proxy.index(row, Column.NAME).data() for row in range(proxy.rowCount())]


def test_the_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, demo_context: AppContext
) -> None:
    model = VolunteersModel()
    model.set_volunteers(demo_context.batches.volunteers(demo_context.batches.id_of(DEMO_BATCH)))
    qtmodeltester.check(model)
    assert model.rowCount() == 93


def test_the_filter_passes_qtmodeltester(
    qtmodeltester: ModelTester, proxy: VolunteerFilter
) -> None:
    proxy.set_search("lyon")
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2


def test_cells_read_as_a_coordinator_expects(model: VolunteersModel) -> None:
    row = [model.index(0, column).data() for column in Column]
    assert row == [
        "Léa Lefèvre",
        "Mentor",
        "Paris",
        "Fixer son TJM",
        "2",
        "léa.lefèvre@example.org",
    ]
    assert model.index(2, Column.CAPACITY).data() == ""
    assert model.headerData(Column.TOPICS, Qt.Orientation.Horizontal) == "Topics"


def test_search_ignores_accents_and_case(proxy: VolunteerFilter) -> None:
    proxy.set_search("LEFEVRE")
    assert names(proxy) == ["Léa Lefèvre"]
    proxy.set_search("clémence")
    assert names(proxy) == ["Clémence Durand"]
    proxy.set_search("clemence")
    assert names(proxy) == ["Clémence Durand"]


def test_search_looks_in_email_city_and_topics(proxy: VolunteerFilter) -> None:
    proxy.set_search("freelance.example")
    assert names(proxy) == ["Zoé Abadie"]
    proxy.set_search("nantes")
    assert names(proxy) == ["Clémence Durand"]
    proxy.set_search("ameliorer cv")
    assert names(proxy) == ["Clémence Durand"]
    proxy.set_search("github lyon")
    assert names(proxy) == ["Hugo Martin", "Zoé Abadie"]
    proxy.set_search("")
    assert len(names(proxy)) == 4


def test_role_filter_combines_with_search(proxy: VolunteerFilter) -> None:
    proxy.set_role(Role.MENTOR)
    assert names(proxy) == ["Léa Lefèvre", "Hugo Martin"]
    proxy.set_search("lyon")
    assert names(proxy) == ["Hugo Martin"]
    proxy.set_role(Role.MENTEE)
    assert names(proxy) == ["Zoé Abadie"]
    proxy.set_role(None)
    proxy.set_search("")
    assert len(names(proxy)) == 4


def test_sorting_by_name_uses_last_names_without_accents(proxy: VolunteerFilter) -> None:
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["Zoé Abadie", "Clémence Durand", "Léa Lefèvre", "Hugo Martin"]
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["Hugo Martin", "Léa Lefèvre", "Clémence Durand", "Zoé Abadie"]


def test_sorting_by_capacity_and_back_to_loading_order(proxy: VolunteerFilter) -> None:
    proxy.sort(Column.CAPACITY, Qt.SortOrder.DescendingOrder)
    assert names(proxy)[:2] == ["Hugo Martin", "Léa Lefèvre"]
    proxy.sort(-1)
    assert names(proxy) == [person.first_name + " " + person.last_name for person in PEOPLE]


def test_sorting_keeps_persistent_indexes_on_their_row(model: VolunteersModel) -> None:
    held = QPersistentModelIndex(model.index(3, Column.NAME))
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert held.row() == 0
    assert held.data() == "Zoé Abadie"


def test_the_sort_survives_a_reload(model: VolunteersModel, proxy: VolunteerFilter) -> None:
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    model.set_volunteers(list(reversed(PEOPLE)))
    assert names(proxy)[0] == "Zoé Abadie"


def test_five_thousand_rows_filter_and_sort(
    qtmodeltester: ModelTester, model: VolunteersModel, proxy: VolunteerFilter
) -> None:
    rng = random.Random(5)
    firsts = ["Léa", "Hugo", "Inès", "Émile", "Chloé"]
    lasts = ["Lefèvre", "Martin", "Durand", "Faure", "Benali"]
    many = [
        volunteer(n, rng.choice(firsts), f"{rng.choice(lasts)}{n}", rng.choice(list(Role)))
        for n in range(5000)
    ]
    model.set_volunteers(many)
    proxy.set_search("emile")
    expected = sum(1 for v in many if v.first_name == "Émile")
    assert proxy.rowCount() == expected
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    keys = [proxy.index(row, Column.NAME).data().split()[1] for row in range(proxy.rowCount())]
    folded = [key.replace("è", "e").casefold() for key in keys]
    assert folded == sorted(folded)
    qtmodeltester.check(proxy)


def test_withdrawn_volunteers_say_so(model: VolunteersModel) -> None:
    from datetime import date

    model.set_volunteers([volunteer(9, "Ana", "Roux", withdrawn_on=date(2026, 4, 1))])
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole) == "Withdrew on 1 Apr 2026"
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
