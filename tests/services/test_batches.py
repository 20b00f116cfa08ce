"""Creating batches: names the database can keep, dates in order."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.app import AppContext
from mentordesk.services.errors import InvalidInput


@pytest.mark.parametrize(("name", "message"), [("   ", "needs a name"), ("x" * 201, "at most 200")])
def test_a_batch_name_must_be_kept_whole(any_context: AppContext, name: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        any_context.batches.create_batch(name, date(2026, 9, 1))
    assert any_context.batches.list_batches() == []


def test_a_new_batch_lasts_four_months_by_default(context: AppContext) -> None:
    batch = context.batches.create_batch("  Promo   automne 2026 ", date(2026, 10, 31))
    assert (batch.name, batch.end) == ("Promo automne 2026", date(2027, 2, 28))
