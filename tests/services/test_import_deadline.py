"""Normalising a file's rows stops, database untouched, once the read limits' time is up."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentordesk.app import AppContext
from mentordesk.io.tables import ReadLimits
from mentordesk.services.errors import InvalidInput
from mentordesk.services.import_kinds import NewBatch
from mentordesk.services.questionnaire_import import QuestionnaireImportService
from mentordesk.storage.models import Person
from tests.io import exports


def test_rows_normalised_past_the_deadline_are_refused(context: AppContext, tmp_path: Path) -> None:
    path = exports.google_forms_fr(tmp_path / "réponses.xlsx")
    service = QuestionnaireImportService(context.unit_of_work)
    source = service.open(path)
    assert service.plan(source, batch=NewBatch("Promo")).rows
    service.limits = ReadLimits(max_seconds=-1)
    with pytest.raises(InvalidInput) as caught:
        service.plan(source, batch=NewBatch("Promo"))
    assert str(caught.value) == (
        "réponses.xlsx: reading the file took longer than -1 s; it is too large or damaged"
    )
    with context.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Person)) == 0
