"""Hand-curation: each action is one transaction, undoable and redoable, and refuses stale edits."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus, DuoState
from mentordesk.matching.settings import MatchSettings
from mentordesk.services import change_writer
from mentordesk.services import curation as curation_module
from mentordesk.services.change_sets import ChangeSet
from mentordesk.services.errors import Conflict, InvalidInput, NotFound
from mentordesk.storage.queries import find_batch
from tests.services.matching_batch import BATCH, add_meeting, build, email

TODAY = date(2026, 10, 20)


@pytest.fixture
def ids(any_context: AppContext, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    monkeypatch.setattr(curation_module, "_today", lambda: TODAY)
    return build(any_context)


def _duos(context: AppContext) -> dict[tuple[int, int], tuple[DuoState, bool]]:
    board = context.matching.board(context.batches.id_of(BATCH))
    return {view.duo.pair: (view.duo.state, view.duo.pinned) for view in board.duos}


def _undo_redo(context: AppContext, done: ChangeSet) -> tuple[ChangeSet, ChangeSet]:
    undone = context.curation.apply(done.inverse())
    redone = context.curation.apply(undone.inverse())
    return undone, redone


def test_assign_pins_the_duo_and_undo_redo_replay_it(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    pair = (ids["alice"], ids["emma"])
    done = any_context.curation.assign(any_context.batches.id_of(BATCH), *pair)
    assert _duos(any_context) == {pair: (DuoState.CONFIRMED, True)}
    undone = any_context.curation.apply(done.inverse())
    assert _duos(any_context) == {}
    any_context.curation.apply(undone.inverse())
    assert _duos(any_context) == {pair: (DuoState.CONFIRMED, True)}


def test_refusals_and_warnings(any_context: AppContext, ids: dict[str, int]) -> None:
    curation = any_context.curation
    curation.exclude(any_context.batches.id_of(BATCH), ids["alice"], ids["gael"], "neighbours")
    with pytest.raises(Conflict, match="cannot be paired: excluded pair: neighbours"):
        curation.assign(
            any_context.batches.id_of(BATCH), ids["alice"], ids["gael"], accept_warnings=True
        )
    curation.withdraw(any_context.batches.id_of(BATCH), ids["hugo"], date(2026, 9, 20))
    with pytest.raises(Conflict, match="withdrew on 2026-09-20"):
        curation.assign(
            any_context.batches.id_of(BATCH), ids["alice"], ids["hugo"], accept_warnings=True
        )
    with pytest.raises(Conflict, match="no language in common"):
        curation.assign(any_context.batches.id_of(BATCH), ids["chloe"], ids["emma"])
    done = curation.assign(
        any_context.batches.id_of(BATCH), ids["chloe"], ids["emma"], accept_warnings=True
    )
    assert done.warnings == ("no language in common (required)",)
    with pytest.raises(Conflict, match="already has a mentor"):
        curation.assign(any_context.batches.id_of(BATCH), ids["bruno"], ids["emma"])
    curation.assign(any_context.batches.id_of(BATCH), ids["bruno"], ids["farid"])
    with pytest.raises(Conflict, match="would have 2 mentees for 1 place"):
        curation.assign(any_context.batches.id_of(BATCH), ids["bruno"], ids["gael"])
    with pytest.raises(Conflict, match="already form a duo"):
        curation.assign(
            any_context.batches.id_of(BATCH), ids["bruno"], ids["farid"], accept_warnings=True
        )
    assert set(_duos(any_context)) == {(ids["chloe"], ids["emma"]), (ids["bruno"], ids["farid"])}


def test_moving_a_mentee_to_another_mentor_is_one_undoable_step(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    curation = any_context.curation
    first = curation.assign(any_context.batches.id_of(BATCH), ids["bruno"], ids["emma"])
    version = first.pairs[0].after_version
    assert version is not None
    board = any_context.matching.board(any_context.batches.id_of(BATCH))
    expected = {board.duos[0].duo.id: version}
    moved = curation.assign(
        any_context.batches.id_of(BATCH), ids["alice"], ids["emma"], move=True, expected=expected
    )
    assert set(_duos(any_context)) == {(ids["alice"], ids["emma"])}
    any_context.curation.apply(moved.inverse())
    assert set(_duos(any_context)) == {(ids["bruno"], ids["emma"])}


def test_unpair_removes_a_duo_that_never_met_and_ends_one_that_did(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    curation = any_context.curation
    curation.assign(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    curation.assign(any_context.batches.id_of(BATCH), ids["bruno"], ids["farid"])
    add_meeting(any_context, ids["bruno"], ids["farid"], date(2026, 9, 30))
    removed = curation.unpair(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    assert removed.pairs[0].after is None
    ended = curation.unpair(any_context.batches.id_of(BATCH), ids["bruno"], ids["farid"])
    after = ended.pairs[0].after
    assert after is not None and (after.state, after.ended_on) == (DuoState.ENDED, TODAY)
    board = any_context.matching.board(any_context.batches.id_of(BATCH))
    assert board.duos == ()
    assert {p.email for p in board.waiting} >= {"emma@example.org", "farid@example.org"}
    curation.apply(ended.inverse())
    assert set(_duos(any_context)) == {(ids["bruno"], ids["farid"])}
    with pytest.raises(NotFound, match="are not a duo"):
        curation.unpair(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])


def test_swap_exchanges_the_mentees_of_two_duos(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    curation = any_context.curation
    curation.assign(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    curation.assign(any_context.batches.id_of(BATCH), ids["bruno"], ids["farid"])
    swapped = curation.swap(
        any_context.batches.id_of(BATCH), (ids["alice"], ids["emma"]), (ids["bruno"], ids["farid"])
    )
    assert set(_duos(any_context)) == {(ids["alice"], ids["farid"]), (ids["bruno"], ids["emma"])}
    assert swapped.warnings == ()
    _, redone = _undo_redo(any_context, swapped)
    assert set(_duos(any_context)) == {(ids["alice"], ids["farid"]), (ids["bruno"], ids["emma"])}
    curation.apply(redone.inverse())
    assert set(_duos(any_context)) == {(ids["alice"], ids["emma"]), (ids["bruno"], ids["farid"])}


def test_a_refused_swap_writes_nothing(any_context: AppContext, ids: dict[str, int]) -> None:
    curation = any_context.curation
    curation.assign(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    curation.assign(any_context.batches.id_of(BATCH), ids["bruno"], ids["farid"])
    curation.exclude(any_context.batches.id_of(BATCH), ids["bruno"], ids["emma"])
    before = _duos(any_context)
    with pytest.raises(Conflict, match="excluded pair"):
        curation.swap(
            any_context.batches.id_of(BATCH),
            (ids["alice"], ids["emma"]),
            (ids["bruno"], ids["farid"]),
        )
    assert _duos(any_context) == before


def test_pins_survive_the_proposal_and_the_rest_is_replaced(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    curation = any_context.curation
    curation.assign(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    curation.assign(any_context.batches.id_of(BATCH), ids["bruno"], ids["gael"], pinned=False)
    applied = curation.apply_proposal(any_context.batches.id_of(BATCH))
    duos = _duos(any_context)
    assert duos[(ids["alice"], ids["emma"])] == (DuoState.CONFIRMED, True)
    assert (ids["bruno"], ids["gael"]) not in duos
    assert duos[(ids["bruno"], ids["farid"])] == (DuoState.CONFIRMED, False)
    assert len(duos) == 4
    assert curation.apply_proposal(any_context.batches.id_of(BATCH)).empty, (
        "a second proposal changes nothing"
    )
    curation.apply(applied.inverse())
    assert set(_duos(any_context)) == {(ids["alice"], ids["emma"]), (ids["bruno"], ids["gael"])}


def test_pin_and_unpin(any_context: AppContext, ids: dict[str, int]) -> None:
    curation = any_context.curation
    created = curation.pin(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    assert _duos(any_context) == {(ids["alice"], ids["emma"]): (DuoState.CONFIRMED, True)}
    unpinned = curation.set_pinned(
        any_context.batches.id_of(BATCH), ids["alice"], ids["emma"], False
    )
    assert _duos(any_context) == {(ids["alice"], ids["emma"]): (DuoState.CONFIRMED, False)}
    assert curation.set_pinned(
        any_context.batches.id_of(BATCH), ids["alice"], ids["emma"], False
    ).empty
    assert (
        curation.pin(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
        .pairs[0]
        .after.pinned
    )  # type: ignore[union-attr]
    assert created.pairs and unpinned.pairs


def test_a_stale_edit_is_refused_with_a_clear_message(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    curation = any_context.curation
    curation.assign(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    seen = any_context.matching.board(any_context.batches.id_of(BATCH)).duos[0].duo
    curation.set_pinned(
        any_context.batches.id_of(BATCH), ids["alice"], ids["emma"], False
    )  # someone else, meanwhile
    with pytest.raises(Conflict, match="Alice Test – Emma Test changed elsewhere"):
        curation.unpair(
            any_context.batches.id_of(BATCH),
            ids["alice"],
            ids["emma"],
            expected_version=seen.version,
        )
    with pytest.raises(Conflict, match="changed elsewhere"):
        curation.set_pinned(
            any_context.batches.id_of(BATCH), ids["alice"], ids["emma"], True, seen.version
        )
    assert set(_duos(any_context)) == {(ids["alice"], ids["emma"])}


def test_undo_refuses_to_overwrite_someone_elses_change(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    curation = any_context.curation
    done = curation.assign(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    curation.set_pinned(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"], False)
    with pytest.raises(Conflict, match="changed elsewhere"):
        curation.apply(done.inverse())
    assert _duos(any_context) == {(ids["alice"], ids["emma"]): (DuoState.CONFIRMED, False)}


def test_a_proposal_computed_on_an_older_state_is_refused(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    proposal = any_context.matching.propose(any_context.batches.id_of(BATCH))
    any_context.curation.assign(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    pairs = [(p.mentor.participation_id, p.mentee.participation_id) for p in proposal.pairs]
    with pytest.raises(Conflict, match="propose again"):
        any_context.curation.apply_proposal(
            any_context.batches.id_of(BATCH), pairs, proposal.fingerprint
        )
    fresh = any_context.matching.propose(any_context.batches.id_of(BATCH))
    pairs = [(p.mentor.participation_id, p.mentee.participation_id) for p in fresh.pairs]
    any_context.curation.apply_proposal(any_context.batches.id_of(BATCH), pairs, fresh.fingerprint)
    assert len(_duos(any_context)) == fresh.matched


def test_exclusions_undo_and_refuse_a_current_duo(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    curation = any_context.curation
    curation.assign(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    with pytest.raises(Conflict, match="form a duo"):
        curation.exclude(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    done = curation.exclude(
        any_context.batches.id_of(BATCH), ids["alice"], ids["emma"], "same family", unpair=True
    )
    assert _duos(any_context) == {}
    assert any_context.matching.snapshot(any_context.batches.id_of(BATCH)).exclusions == {
        (ids["alice"], ids["emma"]): "same family"
    }
    with pytest.raises(InvalidInput, match="already excluded"):
        curation.exclude(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    curation.apply(done.inverse())
    assert any_context.matching.snapshot(any_context.batches.id_of(BATCH)).exclusions == {}
    assert set(_duos(any_context)) == {(ids["alice"], ids["emma"])}
    curation.unpair(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    curation.exclude(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    curation.include(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    with pytest.raises(NotFound, match="not excluded"):
        curation.include(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])


def test_withdrawal_ends_the_duos_and_undo_brings_everyone_back(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    curation = any_context.curation
    curation.assign(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    curation.assign(any_context.batches.id_of(BATCH), ids["alice"], ids["gael"])
    left = curation.withdraw(any_context.batches.id_of(BATCH), ids["alice"], date(2026, 10, 1))
    assert _duos(any_context) == {}
    assert {c.mentee_id for c in left.pairs} == {ids["emma"], ids["gael"]}
    with pytest.raises(InvalidInput, match="already withdrawn"):
        curation.withdraw(any_context.batches.id_of(BATCH), ids["alice"])
    curation.apply(left.inverse())
    assert set(_duos(any_context)) == {(ids["alice"], ids["emma"]), (ids["alice"], ids["gael"])}


def test_settings_are_saved_per_batch_and_undoable(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    curation = any_context.curation
    changed = MatchSettings().with_weight("place", 9).with_rule("in_person_same_city", True)
    done = curation.save_settings(any_context.batches.id_of(BATCH), changed)
    assert any_context.matching.snapshot(any_context.batches.id_of(BATCH)).settings == changed
    assert curation.save_settings(any_context.batches.id_of(BATCH), changed).empty
    curation.apply(done.inverse())
    assert (
        any_context.matching.snapshot(any_context.batches.id_of(BATCH)).settings == MatchSettings()
    )
    curation.save_settings(
        any_context.batches.id_of(BATCH), MatchSettings().with_weight("topics", 1)
    )
    with pytest.raises(Conflict, match="weights and rules changed elsewhere"):
        curation.apply(done)
    with any_context.unit_of_work() as uow:
        batch = find_batch(uow.session, BATCH)
        assert batch is not None and batch.settings["at_risk_weeks"] == 3


def test_resolve_takes_the_two_emails_in_either_order(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    resolve = any_context.curation.resolve
    assert resolve(any_context.batches.id_of(BATCH), "emma@example.org", "ALICE@example.org") == (
        ids["alice"],
        ids["emma"],
    )
    assert resolve(any_context.batches.id_of(BATCH), "alice@example.org", "emma@example.org") == (
        ids["alice"],
        ids["emma"],
    )
    with pytest.raises(InvalidInput, match="one mentor and one mentee"):
        resolve(any_context.batches.id_of(BATCH), "alice@example.org", "bruno@example.org")
    with pytest.raises(NotFound):
        resolve(any_context.batches.id_of(BATCH), "alice@example.org", "zoe@example.org")


def _set_closed(context: AppContext, closed: bool) -> None:
    with context.unit_of_work() as uow:
        batch = find_batch(uow.session, BATCH)
        assert batch is not None
        batch.status = BatchStatus.CLOSED if closed else BatchStatus.RUNNING
        uow.commit()


def test_a_closed_batch_refuses_every_write_and_still_reads(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    curation = any_context.curation
    done = curation.assign(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    curation.exclude(any_context.batches.id_of(BATCH), ids["bruno"], ids["hugo"], "same company")
    _set_closed(any_context, True)
    alice, emma, gael = ids["alice"], ids["emma"], ids["gael"]
    writes = {
        "assign": lambda: curation.assign(
            any_context.batches.id_of(BATCH), alice, gael, accept_warnings=True
        ),
        "pin": lambda: curation.pin(
            any_context.batches.id_of(BATCH), alice, gael, accept_warnings=True
        ),
        "unpin": lambda: curation.set_pinned(any_context.batches.id_of(BATCH), alice, emma, False),
        "unpair": lambda: curation.unpair(any_context.batches.id_of(BATCH), alice, emma),
        "exclude": lambda: curation.exclude(
            any_context.batches.id_of(BATCH), alice, gael, "neighbours"
        ),
        "exclude many": lambda: curation.exclude_many(
            any_context.batches.id_of(BATCH), [(alice, gael, "neighbours")]
        ),
        "include": lambda: curation.include(
            any_context.batches.id_of(BATCH), ids["bruno"], ids["hugo"]
        ),
        "withdraw": lambda: curation.withdraw(any_context.batches.id_of(BATCH), gael),
        "proposal": lambda: curation.apply_proposal(any_context.batches.id_of(BATCH)),
        "settings": lambda: curation.save_settings(
            any_context.batches.id_of(BATCH), MatchSettings().with_weight("place", 9)
        ),
        "undo": lambda: curation.apply(done.inverse()),
    }
    before = any_context.matching.snapshot(any_context.batches.id_of(BATCH)).fingerprint
    for name, write in writes.items():
        with pytest.raises(Conflict, match="is closed: its duos no longer change") as refused:
            write()
        assert "batch set --batch" in str(refused.value) and "--status running" in str(
            refused.value
        ), name
    assert any_context.matching.snapshot(any_context.batches.id_of(BATCH)).fingerprint == before
    assert _duos(any_context) == {(alice, emma): (DuoState.CONFIRMED, True)}
    assert any_context.matching.propose(any_context.batches.id_of(BATCH)).pairs
    assert any_context.matching.suggest(
        any_context.batches.id_of(BATCH), mentee=email("gael"), top=3
    )

    _set_closed(any_context, False)
    curation.assign(any_context.batches.id_of(BATCH), alice, gael)
    assert set(_duos(any_context)) == {(alice, emma), (alice, gael)}


def test_the_closed_batch_refusal_speaks_french() -> None:
    text = change_writer.BATCH_CLOSED("fr", batch=BATCH)
    assert text.startswith(f"la promo « {BATCH} » est close : ses duos ne changent plus")
    assert "page Promos" in text
