"""Introductions and nudges remember when, how and by whom they were given to their duos."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from mentordesk.app import AppContext
from mentordesk.services.errors import InvalidInput, NotFound
from mentordesk.services.sent_messages import MessageKind, SendChannel
from tests.services.running_batch import BATCH, PlannedDuo, build
from tests.services.test_tracking_figures import SCENARIO, TODAY

MARCH_2 = datetime(2026, 3, 2, 14, 5)
MARCH_9 = datetime(2026, 3, 9, 9, 30)


def test_the_last_sending_of_each_kind_is_remembered(any_context: AppContext) -> None:
    built = build(any_context, SCENARIO)
    anna = built.duo_ids["anna.martin/bob.durand"]
    sent = any_context.sent_messages
    sent.record_sent([anna], "introduction", "copied", "alice", at=MARCH_2)
    sent.record_sent([anna], "introduction", "mail", "bruno", at=MARCH_9)
    sent.record_sent([anna], "nudge", "eml", "alice", at=MARCH_2)
    last = sent.last_sent([anna], MessageKind.INTRODUCTION)[anna]
    assert (last.channel, last.sent_at, last.coordinator) == (SendChannel.MAIL, MARCH_9, "bruno")
    assert sent.last_sent([anna], "nudge")[anna].sent_at == MARCH_2
    assert [m.kind for m in sent.history(anna)] == ["introduction", "nudge", "introduction"]


def test_a_bad_kind_channel_or_duo_is_refused_and_nothing_is_written(
    any_context: AppContext,
) -> None:
    built = build(any_context, SCENARIO)
    duo = min(built.duo_ids.values())
    sent = any_context.sent_messages
    with pytest.raises(InvalidInput, match="unknown kind of message 'letter'"):
        sent.record_sent([duo], "letter", "copied")
    with pytest.raises(InvalidInput, match="unknown way of sending 'fax'"):
        sent.record_sent([duo], "nudge", "fax")
    with pytest.raises(NotFound, match="no duo numbered 999999"):
        sent.record_sent([duo, 999999], "nudge", "copied")
    assert sent.history(duo) == []


def test_introductions_carry_their_last_sending(any_context: AppContext) -> None:
    build(any_context, SCENARIO)
    drafts = any_context.messages.introductions(any_context.batches.id_of(BATCH), today=TODAY)
    assert all(d.last_sent is None for d in drafts)
    any_context.sent_messages.record_sent([drafts[1].duo_id], "introduction", "copied", "alice")
    again = any_context.messages.introductions(any_context.batches.id_of(BATCH), today=TODAY)
    assert [d.last_sent is not None for d in again] == [i == 1 for i in range(len(again))]
    assert again[1].last_sent is not None and again[1].last_sent.coordinator == "alice"


def test_saved_introductions_are_recorded_as_sent(context: AppContext, tmp_path: Path) -> None:
    build(context, SCENARIO)
    paths = context.messages.export_introductions(
        context.batches.id_of(BATCH), tmp_path / "out", today=TODAY, coordinator="alice"
    )
    drafts = context.messages.introductions(context.batches.id_of(BATCH), today=TODAY)
    assert len(drafts) == len(paths)
    assert {(d.last_sent.channel, d.last_sent.coordinator) for d in drafts if d.last_sent} == {
        (SendChannel.EML, "alice")
    }
    assert all(d.last_sent is not None for d in drafts)


def test_the_nudge_list_puts_those_not_nudged_lately_first(any_context: AppContext) -> None:
    extra = [
        PlannedDuo("oscar.petit", "paul.roux"),
        PlannedDuo("quentin.vidal", "rose.marin"),
    ]
    build(any_context, [*SCENARIO, *extra])
    reminders, sent = any_context.reminders, any_context.sent_messages
    before = [
        row.duo.id for row in reminders.at_risk(any_context.batches.id_of(BATCH), today=TODAY)
    ]
    assert len(before) >= 3
    first, second, third = before[:3]
    sent.record_sent([first], "nudge", "copied", at=MARCH_9)
    sent.record_sent([second], "nudge", "mail", at=MARCH_2)
    sent.record_sent([third], "introduction", "copied", at=MARCH_9)  # not a nudge
    rows = reminders.at_risk(any_context.batches.id_of(BATCH), today=TODAY)
    never = [row.duo.id for row in rows if row.last_nudge is None]
    assert [row.duo.id for row in rows] == [*never, second, first]
    assert never == [duo for duo in before if duo not in (first, second)]  # quiet longest first
    assert rows[-2].last_nudge is not None and rows[-2].last_nudge.channel is SendChannel.MAIL
