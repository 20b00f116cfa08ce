"""Draw the application icon's Windows (.ico) and macOS (.icns) files from its SVG.

    QT_QPA_PLATFORM=offscreen python packaging/icons.py

Qt's own image plugins write both formats; commit the results beside the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "mentordesk.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv)
    for suffix, size in (("ico", 256), ("icns", 1024)):
        writer = QImageWriter(str(ICONS / f"mentordesk.{suffix}"), suffix.encode())
        if not writer.write(render(size)):
            print(f"mentordesk.{suffix}: {writer.errorString()}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
