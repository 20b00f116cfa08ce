"""Qt stays in ``mentordesk.ui``: the import-linter contracts of pyproject.toml hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            "--no-cache",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_imports_without_qt() -> None:
    """The services load in a process where importing PySide6 is impossible."""
    code = (
        "import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
        "import mentordesk.app, mentordesk.cli, mentordesk.services.batches\n"
        "from mentordesk.app import bootstrap\n"
        "ctx = bootstrap('sqlite://'); ctx.demo.create()\n"
        "print(len(ctx.batches.volunteers('Promo printemps 2026')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "93"
