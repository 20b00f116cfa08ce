"""What a pair would break: refused outright, or only a warning."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mentordesk.app import AppContext
from mentordesk.services.conflicts import ConflictKind, duo_conflicts, pair_conflicts
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


def test_a_duo_whose_mentor_covers_none_of_the_needs_is_warned_in_both_languages(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    batch = any_context.batches.id_of(BATCH)
    any_context.curation.assign(batch, ids["alice"], ids["farid"])  # TJM, GitHub / CV
    any_context.curation.assign(batch, ids["alice"], ids["hugo"])  # TJM, GitHub / TJM
    board = any_context.matching.board(batch, "en")
    warnings = {view.duo.pair: [c.kind for c in view.conflicts] for view in board.duos}
    assert warnings[(ids["alice"], ids["farid"])] == [ConflictKind.NO_NEED_COVERED]
    assert warnings[(ids["alice"], ids["hugo"])] == []
    [duo] = [view.duo for view in board.duos if view.duo.mentee_id == ids["farid"]]
    snapshot = any_context.matching.snapshot(batch)
    [english] = duo_conflicts(snapshot, duo, "en")
    assert english.message == "Alice Test covers none of Farid Test's needs"
    assert not english.blocking
    [french] = duo_conflicts(snapshot, duo, "fr")
    assert french.message == "Alice Test ne couvre aucun des besoins de Farid Test"
    # the hard rule, when on, says it already: one warning, not two
    settings = replace(snapshot.settings, rules=replace(snapshot.settings.rules, cover_a_need=True))
    any_context.curation.save_settings(batch, settings)
    snapshot = any_context.matching.snapshot(batch)
    assert [c.kind for c in duo_conflicts(snapshot, duo, "en")] == [ConflictKind.RULE]
