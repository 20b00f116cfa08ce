"""The pairs worth excluding: colleagues and former duos."""

from __future__ import annotations

import pytest

from mentordesk.app import AppContext
from tests.services.matching_batch import BATCH, build, email


@pytest.fixture
def ids(any_context: AppContext) -> dict[str, int]:
    return build(any_context, earlier_duo=("bruno", "farid"))


def test_suggested_exclusions_find_colleagues_and_former_duos(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    found = any_context.matching.suggested_exclusions(any_context.batches.id_of(BATCH), "fr")
    assert [(s.mentor.email, s.mentee.email, s.reason) for s in found] == [
        (email("alice"), email("emma"), "même entreprise : Acme"),
        (email("bruno"), email("farid"), "déjà en duo dans « Promo précédente »"),
    ]
    applied = any_context.curation.exclude_many(
        any_context.batches.id_of(BATCH),
        [(s.mentor.participation_id, s.mentee.participation_id, s.reason) for s in found],
    )
    assert len(applied.exclusions) == 2
    assert any_context.matching.suggested_exclusions(any_context.batches.id_of(BATCH)) == []
