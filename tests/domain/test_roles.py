"""Roles read word by word: « mentoré » is never a mentor."""

from __future__ import annotations

import pytest

from mentordesk.domain.enums import Role
from mentordesk.domain.roles import parse_role


@pytest.mark.parametrize(
    "text",
    ["Mentor", "mentor", "A mentor", "MENTORS", "Je veux accompagner (mentor)",
     "Je souhaite accompagner un(e) freelance", "Be a mentor", "I want to mentor",
     "Devenir mentor", "Marraine", "mentors-2026.csv", "Mentor·e"],
)  # fmt: skip
def test_mentor(text: str) -> None:
    assert parse_role(text) is Role.MENTOR


@pytest.mark.parametrize(
    "text",
    ["Mentoré", "Mentoré(e)", "mentorée", "Mentorés", "Mentee", "mentees", "Disciple",
     "Je veux être accompagné(e) (mentoré)", "I'm looking for a mentor", "Find a mentor",
     "Be mentored", "Trouver un mentor", "inscriptions_mentores.xlsx", "MENTORÉ(E)S"],
)  # fmt: skip
def test_mentee(text: str) -> None:
    assert parse_role(text) is Role.MENTEE


@pytest.mark.parametrize(
    "text", ["", "Mentor / Mentoré", "Les deux", "Questionnaire mentorat", "Réponses", "42"]
)
def test_unclear(text: str) -> None:
    assert parse_role(text) is None
