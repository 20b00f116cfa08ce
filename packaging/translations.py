"""Update the window's translation files: ``python packaging/translations.py``.

For each area of the window (``resources/translations/<area>.sources`` lists its source
files), ``pyside6-lupdate`` collects the texts into ``<area>_fr.ts`` (every text, for the
translator) and ``<area>_en.ts`` (plural forms only: "%n volunteer(s)" → "1 volunteer",
"2 volunteers"), then ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the
application loads. Commit the .sources, .ts and .qm files together.

``--check`` changes nothing and exits 1 when a text has no translation or a .qm is stale;
the tests run it. See resources/translations/README.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"fr": False, "en": True}
"""Each language, and whether its file holds only the plural forms."""


@dataclass(frozen=True)
class Area:
    name: str
    sources: tuple[Path, ...]

    def ts(self, language: str, folder: Path = TRANSLATIONS) -> Path:
        return folder / f"{self.name}_{language}.ts"

    def qm(self, language: str, folder: Path = TRANSLATIONS) -> Path:
        return folder / f"{self.name}_{language}.qm"


def tool(name: str) -> str:
    """A Qt tool shipped inside the PySide6 wheel (what ``pyside6-<name>`` runs)."""
    return str(Path(PySide6.__file__).resolve().parent / name)


def read_area(path: Path) -> Area:
    sources: list[Path] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        pattern = line.split("#", 1)[0].strip()
        if pattern:
            matches = sorted(ROOT.glob(pattern))
            if not matches:
                raise SystemExit(f"{path.name}: nothing matches {pattern!r}")
            sources.extend(matches)
    return Area(path.name.removesuffix(".sources"), tuple(dict.fromkeys(sources)))


def areas(folder: Path = TRANSLATIONS) -> list[Area]:
    return [read_area(path) for path in sorted(folder.glob("*.sources"))]


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def update_ts(area: Area, language: str, ts: Path) -> None:
    command = [tool("lupdate"), "-locations", "none", "-no-obsolete", "-silent"]
    if LANGUAGES[language]:
        command.append("-pluralonly")
    _run([*command, *map(str, area.sources), "-ts", str(ts)])


def release(ts: Path, qm: Path) -> None:
    _run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)])


def untranslated(ts: Path) -> list[str]:
    """``context: source`` of every message without a (complete) translation."""
    missing = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = (
                [form.text for form in forms]
                if forms
                else [None if translation is None else translation.text]
            )
            unfinished = translation is None or translation.get("type") == "unfinished"
            if unfinished or not all(text and text.strip() for text in texts):
                missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def update() -> list[str]:
    problems = []
    for area in areas():
        for language in LANGUAGES:
            ts = area.ts(language)
            update_ts(area, language, ts)
            release(ts, area.qm(language))
            problems += [f"{ts.name}: {text}" for text in untranslated(ts)]
    return problems


def check() -> list[str]:
    """What ``update`` would find missing or change, without touching the committed files."""
    problems = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for area in areas():
            for language in LANGUAGES:
                committed = area.ts(language)
                ts = area.ts(language, folder)
                if committed.exists():
                    shutil.copy(committed, ts)
                update_ts(area, language, ts)
                problems += [f"{committed.name}: {text}" for text in untranslated(ts)]
                qm = area.qm(language, folder)
                release(ts, qm)
                if not area.qm(language).exists():
                    problems.append(f"{area.qm(language).name} is missing")
                elif area.qm(language).read_bytes() != qm.read_bytes():
                    problems.append(f"{area.qm(language).name} is older than its .ts")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; report problems")
    args = parser.parse_args()
    problems = check() if args.check else update()
    for problem in problems:
        print(f"untranslated or stale: {problem}", file=sys.stderr)
    if problems and not args.check:
        print(
            "translate these in the .ts files (pyside6-linguist), then run this again",
            file=sys.stderr,
        )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
