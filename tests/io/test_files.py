"""A file is replaced whole or left as it was; why it could not be written, in plain words."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from mentordesk.io.files import replaced_atomically, why_not_written


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


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "you are not allowed to write there"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "the disk is read-only"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error"),
    ],
)
def test_why_a_file_was_not_written(tmp_path: Path, error: OSError, reason: str) -> None:
    assert why_not_written(error, tmp_path / "report.pdf") == reason


def test_why_a_file_was_not_written_names_the_folder(tmp_path: Path) -> None:
    missing = OSError(errno.ENOENT, "No such file or directory")
    assert why_not_written(missing, tmp_path / "a" / "b" / "x.pdf") == (
        f"the folder {tmp_path / 'a' / 'b'} does not exist"
    )
    (tmp_path / "a").write_text("")
    assert why_not_written(missing, tmp_path / "a" / "b" / "x.pdf") == (
        f"{tmp_path / 'a'} is a file, not a folder"
    )
    assert why_not_written(missing, tmp_path / "x.pdf") == (
        f"the folder {tmp_path} does not accept new files"
    )
    assert why_not_written(IsADirectoryError(errno.EISDIR, "Is a directory"), tmp_path) == (
        "it is a folder: give a file name"
    )
