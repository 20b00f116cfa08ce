"""The programme a batch belongs to: which one a new batch joins, and renaming it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from mentordesk import i18n
from mentordesk.app import AppContext
from mentordesk.services.errors import InvalidInput, NotFound
from mentordesk.storage.queries import get_or_create_programme


@pytest.fixture
def french() -> Iterator[None]:
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def programmes(context: AppContext) -> dict[str, str]:
    return {batch.name: batch.programme for batch in context.batches.list_batches()}


def test_a_first_batch_gets_a_programme_named_in_the_interface_language(
    any_context: AppContext, french: None
) -> None:
    any_context.batches.create_batch("Promo automne", date(2026, 9, 7))
    assert programmes(any_context) == {"Promo automne": "Programme de mentorat"}


def test_a_first_batch_in_english(context: AppContext) -> None:
    context.batches.create_batch("Autumn batch", date(2026, 9, 7))
    assert programmes(context) == {"Autumn batch": "Mentoring programme"}


def test_a_new_batch_joins_the_only_programme(demo_context: AppContext, french: None) -> None:
    """Import and « Nouvelle promo » ask for no programme: the database's one is reused."""
    demo_context.batches.create_batch("Promo automne", date(2026, 9, 7))
    with demo_context.unit_of_work() as uow:
        assert get_or_create_programme(uow.session).name == "Mentorat freelance"
    assert set(programmes(demo_context).values()) == {"Mentorat freelance"}


def test_with_several_programmes_the_default_one_is_used_or_created(
    context: AppContext, french: None
) -> None:
    context.batches.create_batch("A", date(2026, 1, 5), programme="Mentorat freelance")
    context.batches.create_batch("B", date(2026, 1, 5), programme="Mentorat tech")
    context.batches.create_batch("C", date(2026, 1, 5))
    context.batches.create_batch("D", date(2026, 1, 5))
    assert programmes(context) == {
        "A": "Mentorat freelance",
        "B": "Mentorat tech",
        "C": "Programme de mentorat",
        "D": "Programme de mentorat",
    }


def test_a_named_programme_is_found_whatever_its_case(context: AppContext) -> None:
    context.batches.create_batch("A", date(2026, 1, 5), programme="Mentorat Été")
    context.batches.create_batch("B", date(2026, 1, 5), programme="  mentorat  été ")
    assert set(programmes(context).values()) == {"Mentorat Été"}


def test_renaming_the_programme_renames_it_for_all_its_batches(any_context: AppContext) -> None:
    any_context.batches.create_batch("Promo printemps", date(2026, 3, 2))
    any_context.batches.create_batch("Promo automne", date(2026, 9, 7))
    renamed = any_context.batches.rename_programme(
        any_context.batches.id_of("promo AUTOMNE"), "  Mentorat   freelance "
    )
    assert (renamed.name, renamed.batches) == (
        "Mentorat freelance",
        ("Promo automne", "Promo printemps"),
    )
    assert set(programmes(any_context).values()) == {"Mentorat freelance"}


def test_a_programme_can_change_only_its_case(context: AppContext) -> None:
    context.batches.create_batch("A", date(2026, 1, 5), programme="mentorat freelance")
    assert (
        context.batches.rename_programme(context.batches.id_of("A"), "Mentorat Freelance").name
        == "Mentorat Freelance"
    )


@pytest.mark.parametrize(
    ("name", "english", "french_message"),
    [
        ("  ", "a programme needs a name", "un programme doit avoir un nom"),
        ("x" * 201, "at most 200 characters", "au plus 200 caractères"),
        (
            "MENTORAT TECH",
            "another programme is already named 'Mentorat tech'",
            "« Mentorat tech »",
        ),
    ],
)
def test_a_programme_name_is_refused_in_both_languages(
    any_context: AppContext, name: str, english: str, french_message: str
) -> None:
    any_context.batches.create_batch("A", date(2026, 1, 5), programme="Mentorat freelance")
    any_context.batches.create_batch("B", date(2026, 1, 5), programme="Mentorat tech")
    with pytest.raises(InvalidInput, match=english):
        any_context.batches.rename_programme(any_context.batches.id_of("A"), name)
    i18n.set_language("fr")
    try:
        with pytest.raises(InvalidInput) as refused:
            any_context.batches.rename_programme(any_context.batches.id_of("A"), name)
    finally:
        i18n.set_language("en")
    assert french_message in str(refused.value)
    assert programmes(any_context) == {"A": "Mentorat freelance", "B": "Mentorat tech"}


def test_a_new_batch_refuses_a_blank_programme(context: AppContext) -> None:
    with pytest.raises(InvalidInput, match="a programme needs a name"):
        context.batches.create_batch("A", date(2026, 1, 5), programme=" ")
    assert context.batches.list_batches() == []


def test_renaming_the_programme_of_an_unknown_batch(context: AppContext) -> None:
    with pytest.raises(NotFound, match="no batch named 'Nowhere'"):
        context.batches.rename_programme(context.batches.id_of("Nowhere"), "Mentorat")
