"""The shipped files are found from a source checkout (an installed wheel holds the same tree)."""

from __future__ import annotations

from mentordesk.resources import resources_dir, translations_dir


def test_translations_are_found() -> None:
    assert (translations_dir() / "main_fr.qm").is_file()
    assert translations_dir().parent == resources_dir()
