"""The printed definitions are the figures module's own words, and its helpers count right."""

from __future__ import annotations

import re

import pytest

from mentordesk.domain import figure_definitions as defs
from mentordesk.domain import figures


def _docstring_definitions() -> dict[str, str]:
    doc = figures.__doc__ or ""
    items = re.findall(r"^\* \*\*(.+?)\*\* — (.+?)(?=^\* |\Z)", doc, flags=re.M | re.S)
    return {
        term: " ".join(meaning.split()).replace("``weeks``", "{weeks}") for term, meaning in items
    }


def test_english_definitions_are_the_docstring() -> None:
    documented = _docstring_definitions()
    printed = {d.term("en"): d.meaning("en") for d in defs.SHARED}
    assert printed == documented


@pytest.mark.parametrize("definition", defs.SHARED, ids=lambda d: d.term("en"))
def test_every_definition_is_french_too(definition: defs.Definition) -> None:
    assert definition.term("fr") and definition.meaning("fr")
    assert definition.meaning("fr") != definition.meaning("en")
    assert ("{weeks}" in definition.meaning("fr")) == ("{weeks}" in definition.meaning("en"))


def test_progress_counts_merge_spellings_and_count_an_answer_once() -> None:
    rows = defs.progress_counts([("CV", "Fixer son TJM"), ("cv ", "CV", "fixer son tjm"), ("Git",)])
    assert [(row.label, row.count) for row in rows] == [
        ("CV", 2),
        ("Fixer son TJM", 2),
        ("Git", 1),
    ]
    assert defs.progress_counts([("", "  ")]) == []


def test_share_said_yes_counts_no_answer_as_no() -> None:
    assert defs.share_said_yes([True, None, False, True]) == 0.5
    assert defs.share_said_yes([]) is None
