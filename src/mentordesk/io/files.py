"""Files written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from mentordesk.i18n import Text

CANNOT_WRITE = Text(en="cannot write {path}: {reason}", fr="impossible d'écrire {path} : {reason}")


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
