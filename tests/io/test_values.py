"""Cell values as French and English exports write them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordesk.io.columns import fold
from mentordesk.io.values import (
    looks_like_email,
    parse_bool,
    parse_count,
    parse_datetime,
    split_choices,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Oui", True), ("oui, j'accepte", True), ("J'accepte", True), ("Yes", True), (True, True),
     (1, True), ("x", True), ("Non", False), ("no", False), (0, False), ("", None),
     ("Peut-être", None), (None, None)],
)  # fmt: skip
def test_parse_bool(value: object, expected: bool | None) -> None:
    assert parse_bool(value) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(2, 2), (2.0, 2), ("3", 3), ("deux", 2), ("2 mentorés maximum", 2), ("1 à 3", 3),
     ("entre 1 et 2", 2), ("beaucoup", None), ("", None), (2.5, None), (None, None),
     (True, None)],
)  # fmt: skip
def test_parse_count(value: object, expected: int | None) -> None:
    assert parse_count(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("14/03/2026 10:22:33", datetime(2026, 3, 14, 10, 22, 33)),
        ("2026/03/14 10:22:33 AM GMT+1", datetime(2026, 3, 14, 10, 22, 33)),
        ("2026/03/14 1:02:03 PM GMT+1", datetime(2026, 3, 14, 13, 2, 3)),
        ("3/14/2026 10:22:33", datetime(2026, 3, 14, 10, 22, 33)),
        ("2026-03-14 10:22:33", datetime(2026, 3, 14, 10, 22, 33)),
        ("2026-03-14T10:22:33Z", datetime(2026, 3, 14, 10, 22, 33)),
        ("02/03/26 9h15", datetime(2026, 3, 2, 9, 15)),
        (date(2026, 3, 2), datetime(2026, 3, 2)),
        ("hier", None),
        ("31/02/2026", None),
    ],
)
def test_parse_datetime(value: object, expected: datetime | None) -> None:
    assert parse_datetime(value) == expected  # type: ignore[arg-type]


def test_split_choices_google_and_microsoft() -> None:
    assert split_choices("Fixer son TJM, GitHub") == ["Fixer son TJM", "GitHub"]
    assert split_choices("Fixer son TJM;GitHub;") == ["Fixer son TJM", "GitHub"]
    assert split_choices("Améliorer mon CV / profil, GitHub") == [
        "Améliorer mon CV / profil",
        "GitHub",
    ]
    assert split_choices("") == []


def test_split_choices_keeps_known_labels_with_commas_whole() -> None:
    known = {fold("Réseau, visibilité"), fold("GitHub")}
    assert split_choices("Réseau, visibilité, GitHub", known) == ["Réseau, visibilité", "GitHub"]
    assert split_choices("Réseau, visibilité", known) == ["Réseau, visibilité"]


def test_split_choices_with_known_labels_in_any_spelling() -> None:
    known = frozenset({fold("Réseau, visibilité"), fold("Fixer son TJM")})
    text = "RÉSEAU ;  visibilite; GitHub;\nfixer son  TJM;"
    assert split_choices(text, known) == ["RÉSEAU ; visibilite", "GitHub", "fixer son TJM"]
    assert split_choices(text, frozenset()) == ["RÉSEAU", "visibilite", "GitHub", "fixer son TJM"]


_PIECE = st.text(st.sampled_from(list("aé É-œß.()'\u0301\t/")), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECE, min_size=1, max_size=4), st.sampled_from([",", ";"]))
def test_pieces_joined_fold_to_their_folds_joined(pieces: list[str], separator: str) -> None:
    """What split_choices relies on to fold each piece of an answer only once."""
    assert fold(separator.join(pieces)) == " ".join(f for f in map(fold, pieces) if f)


def test_looks_like_email() -> None:
    assert looks_like_email(" Hélène.Durand@Example.fr ")
    assert not looks_like_email("anonymous")
    assert not looks_like_email(42)
