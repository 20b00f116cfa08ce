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
    printable = {"cv": "CV", "resume": "CV", "fixer son tjm": "Fixer son TJM", "git": "Git"}
    counts = defs.progress_counts(
        [("CV", "Fixer son TJM"), ("cv ", "Resume", "fixer son tjm"), ("Git",)], printable
    )
    assert [(row.label, row.count) for row in counts.subjects] == [
        ("CV", 2),
        ("Fixer son TJM", 2),
        ("Git", 1),
    ]
    assert counts.other == 0
    assert defs.progress_counts([("", "  ")], printable) == defs.ProgressCounts((), 0)


def test_progress_counts_name_no_subject_outside_the_printable_ones() -> None:
    """A respondent's own words (a form's "Other: …") are counted, once per answer, unnamed."""
    counts = defs.progress_counts(
        [("CV", "Mon burn-out", "mes dettes"), ("Mon burn-out",), ("cv",)], {"cv": "CV"}
    )
    assert [(row.label, row.count) for row in counts.subjects] == [("CV", 2)]
    assert counts.other == 2


def test_share_said_yes_counts_no_answer_as_no() -> None:
    assert defs.share_said_yes([True, None, False, True]) == 0.5
    assert defs.share_said_yes([]) is None
