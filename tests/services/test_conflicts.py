"""What a pair would break: refused outright, or only a warning."""

from __future__ import annotations

import pytest

from mentordesk.app import AppContext
from mentordesk.services.conflicts import ConflictKind, pair_conflicts
from tests.services.matching_batch import BATCH, build


@pytest.fixture
def ids(any_context: AppContext) -> dict[str, int]:
    return build(any_context, earlier_duo=("bruno", "farid"))


def test_conflicts_say_what_is_refused_and_what_is_only_a_warning(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    any_context.curation.assign(any_context.batches.id_of(BATCH), ids["bruno"], ids["farid"])
    any_context.curation.exclude(
        any_context.batches.id_of(BATCH), ids["alice"], ids["gael"], "voisins"
    )
    snapshot = any_context.matching.snapshot(any_context.batches.id_of(BATCH))
    kinds = {
        pair: [(c.kind, c.blocking) for c in pair_conflicts(snapshot, *pair, "en")]
        for pair in [
            (ids["bruno"], ids["emma"]),
            (ids["chloe"], ids["emma"]),
            (ids["alice"], ids["gael"]),
            (ids["bruno"], ids["farid"]),
            (ids["alice"], ids["emma"]),
        ]
    }
    assert kinds[(ids["bruno"], ids["emma"])] == [(ConflictKind.CAPACITY, False)]
    assert kinds[(ids["chloe"], ids["emma"])] == [(ConflictKind.RULE, False)]
    assert kinds[(ids["alice"], ids["gael"])] == [(ConflictKind.EXCLUDED, True)]
    assert kinds[(ids["bruno"], ids["farid"])] == [(ConflictKind.ALREADY_DUO, True)]
    assert kinds[(ids["alice"], ids["emma"])] == []
    messages = [c.message for c in pair_conflicts(snapshot, ids["alice"], ids["gael"], "fr")]
    assert messages == ["paire exclue : voisins"]
    capacity = pair_conflicts(snapshot, ids["bruno"], ids["emma"], "fr")[0].message
    assert capacity == "Bruno Test aurait 2 mentoré(e)s pour 1 place"
