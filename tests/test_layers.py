"""Qt stays in ``mentordesk.ui``: the import-linter contracts of pyproject.toml hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
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


@pytest.mark.slow
def test_core_imports_without_qt() -> None:
    """The services load in a process where importing PySide6 is impossible."""
    code = (
        "import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
        "import mentordesk.app, mentordesk.cli, mentordesk.services.batches\n"
        "from mentordesk.app import bootstrap\n"
        "ctx = bootstrap('sqlite://'); ctx.demo.create()\n"
        "print(len(ctx.batches.volunteers(ctx.batches.id_of('Promo printemps 2026'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "93"


def test_no_module_outside_the_ui_package_imports_qt() -> None:
    """Every module, including ones the contracts do not list yet."""
    import ast

    package = ROOT / "src" / "mentordesk"
    offenders = []
    for path in package.rglob("*.py"):
        if (package / "ui") in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
