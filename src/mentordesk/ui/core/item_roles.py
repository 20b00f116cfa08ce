"""What the table models and their proxies share: the role columns sort by, and a filter change.

Kept apart from the models so that every feature's model and proxy can use them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSortFilterProxyModel, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The value a column sorts by (folded text, ISO date, number), not the text it shows."""


@contextmanager
def filter_change(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Change ``proxy``'s filter criteria inside this block; the rows are filtered again after.

    Qt 6.9 and later want the change announced (``beginFilterChange``); older versions
    only know ``invalidateFilter``.
    """
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        yield
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        yield
        proxy.invalidateFilter()
