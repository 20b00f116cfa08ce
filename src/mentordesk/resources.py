"""Where the files shipped beside the code live (translations, icons, templates).

Installed, they sit inside the package (pyproject force-includes the repository's
``resources/`` as ``mentordesk/resources``); in a source checkout (editable install, tests)
they are the repository's ``resources/`` folder, two levels above this file. A frozen
application (PyInstaller) bundles them as ``mentordesk/resources`` too.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    for candidate in (_PACKAGE / "resources", _PACKAGE.parents[1] / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"MentorDesk's resources folder is missing (looked beside {_PACKAGE})")


def translations_dir() -> Path:
    return resources_dir() / "translations"
