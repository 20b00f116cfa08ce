"""A file is replaced whole or left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentordesk.io.files import replaced_atomically


def test_success_replaces(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_text("old")
    with replaced_atomically(target) as temporary:
        temporary.write_text("new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_failure_keeps_the_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_text("old")
    with pytest.raises(RuntimeError), replaced_atomically(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("layout failed")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
