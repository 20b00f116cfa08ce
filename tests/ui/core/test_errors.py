"""Service messages shown as sentences, without changing a file's own name."""

from __future__ import annotations

import pytest

from mentordesk.ui.core.errors import as_sentence


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        ("no batch named 'x'", "No batch named 'x'."),
        ("rand.xlsx: not a workbook", "rand.xlsx: not a workbook."),
        ("/tmp/nope.csv: file not found", "/tmp/nope.csv: file not found."),
        ("la promo « B » est close", "La promo « B » est close."),
        ("déjà une phrase.", "Déjà une phrase."),
    ],
)
def test_as_sentence(message: str, sentence: str) -> None:
    assert as_sentence(message) == sentence
