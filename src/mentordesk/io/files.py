"""Files written whole or not at all, and why one could not be written, in plain words."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from mentordesk.i18n import Text

CANNOT_WRITE = Text(en="cannot write {path}: {reason}", fr="impossible d'écrire {path} : {reason}")
FOLDER_MISSING = Text(
    en="the folder {folder} does not exist", fr="le dossier {folder} n'existe pas"
)
NOT_A_FOLDER = Text(
    en="{folder} is a file, not a folder", fr="{folder} est un fichier, pas un dossier"
)
IS_A_FOLDER = Text(
    en="it is a folder: give a file name", fr="c'est un dossier : indiquez un nom de fichier"
)
NO_NEW_FILES = Text(
    en="the folder {folder} does not accept new files",
    fr="le dossier {folder} n'accepte pas de nouveaux fichiers",
)
NO_PERMISSION = Text(
    en="you are not allowed to write there", fr="vous n'avez pas le droit d'y écrire"
)
DISK_FULL = Text(en="the disk is full", fr="le disque est plein")
READ_ONLY = Text(en="the disk is read-only", fr="le disque est en lecture seule")


@contextlib.contextmanager
def replaced_atomically(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it once the block succeeds.

    A failure halfway (a full disk, an error while laying out) leaves any previous file
    untouched and no half-written file behind.
    """
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        yield Path(temporary)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def why_not_written(error: OSError, path: Path) -> str:
    """The reason ``path`` could not be written (or created, for a folder), for a person."""
    code = error.errno
    if isinstance(error, IsADirectoryError) or (code == errno.EISDIR) or path.is_dir():
        return IS_A_FOLDER()
    if code in (errno.ENOENT, errno.ENOTDIR):
        nearest = next((folder for folder in path.parents if folder.exists()), None)
        if nearest is not None and not nearest.is_dir():
            return NOT_A_FOLDER(folder=nearest)
        if path.parent.is_dir():
            return NO_NEW_FILES(folder=path.parent)
        return FOLDER_MISSING(folder=path.parent)
    if code in (errno.EACCES, errno.EPERM):
        return NO_PERMISSION()
    if code in (errno.ENOSPC, errno.EDQUOT):
        return DISK_FULL()
    if code == errno.EROFS:
        return READ_ONLY()
    return error.strerror or str(error)
