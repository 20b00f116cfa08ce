"""A duo's number within its batch, the one the PDF report and the Excel export both print.

Duos are numbered from 1 in the order they were made (their id), over every duo of the
batch, proposed or withdrawn too: a number never changes with a table's sort or filter,
so « duo 7 » of the report is row « N° de duo 7 » of the workbook.
"""

from __future__ import annotations

from collections.abc import Iterable


def duo_numbers(duo_ids: Iterable[int]) -> dict[int, int]:
    """``{duo id: number}`` for the given duos of one batch."""
    return {duo_id: number for number, duo_id in enumerate(sorted(set(duo_ids)), start=1)}
