"""What an import reports about a file's rows: :class:`Problem` records, and how they count.

Every spreadsheet import (the questionnaire, the meetings, the survey) reports its problems
alike: where (file, sheet, row, column), what, what to do, and whether the row is skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from mentordesk.domain.enums import Role
from mentordesk.i18n import Text
from mentordesk.io.tables import Location
from mentordesk.services.errors import InvalidInput

Severity = Literal["error", "warning"]
"""An error skips its row; a warning only tells."""

STRICT_REFUSAL = Text(
    en="{count} row(s) have errors, nothing was imported (first: sheet {sheet}, row {row}, "
    "column {column}: {message})",
    fr="{count} ligne(s) comportent des erreurs, rien n'a été importé (première : feuille "
    "{sheet}, ligne {row}, colonne {column} : {message})",
)
NOT_AN_EMAIL = Text(
    en="{value!r} is not an e-mail address", fr="« {value} » n'est pas une adresse e-mail"
)
ROLE_NAMES = {
    Role.MENTOR: Text(en="mentor", fr="mentor"),
    Role.MENTEE: Text(en="mentee", fr="mentoré(e)"),
}
"""A role as a problem's message names it."""


@dataclass(frozen=True)
class Problem:
    """Something wrong at one place of the file, and what the coordinator can do about it."""

    location: Location
    message: str
    advice: str
    severity: Severity = "error"

    def as_json(self) -> dict[str, object]:
        text = f"{self.message} — {self.advice}" if self.advice else self.message
        return {
            "sheet": self.location.sheet,
            "row": self.location.row,
            "column": self.location.column_label,
            "message": text,
        }


def sort_problems(problems: Sequence[Problem]) -> tuple[Problem, ...]:
    return tuple(
        sorted(problems, key=lambda p: (p.location.sheet, p.location.row or 0, p.location.column))
    )


def rows_skipped(problems: Sequence[Problem]) -> int:
    """How many rows an error keeps out of the import."""
    return len({(p.location.sheet, p.location.row) for p in problems if p.severity == "error"})


def refuse_if_strict(file: str, problems: Sequence[Problem]) -> None:
    """``--strict``: the whole file refused when any row has an error (the first one named)."""
    errors = [p for p in problems if p.severity == "error"]
    if not errors:
        return
    first = errors[0].location
    raise InvalidInput(
        f"{file}: "
        + STRICT_REFUSAL(
            count=rows_skipped(errors),
            sheet=first.sheet,
            row=first.row,
            column=first.column_label or "-",
            message=errors[0].message,
        )
    )
