"""What every spreadsheet import has in common, so one wizard and one CLI shape serve them all.

The questionnaire, the meetings log and the end-of-batch survey are each an
:class:`ImportKind`: the same three steps, the same plain-data results::

    kind = context.meeting_import                 # or context.imports, context.feedback_import
    opened = kind.open(path)                      # read, header rows and columns detected
    choice = ImportChoice(batch_id, sheets=("Octobre",), mappings={"Octobre": mapping})
    preview = kind.preview(opened, choice)        # every row checked; nothing written
    outcome = kind.run(preview, strict=False, progress=report)

``run`` writes in one transaction: a refusal (``strict`` and an error), a failure or a
``progress`` callback that raises (how the window cancels) leaves the database as it was.
Problems are :class:`~mentordesk.services.problems.Problem` records for every kind.
:class:`~mentordesk.services.row_import.RowImport` implements the steps for all three.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from mentordesk.domain.enums import Role
from mentordesk.io.columns import ColumnMapping, FieldSet
from mentordesk.io.tables import Table
from mentordesk.services.problems import Problem
from mentordesk.services.same_email import SameAnswers, SameEmailQuestion

Progress = Callable[[int], None]
"""Called with a percentage (0–100); may raise to cancel, which rolls everything back."""


@dataclass(frozen=True)
class OpenedSheet:
    """One sheet as read: its table under the header row, and the columns as detected."""

    name: str
    table: Table
    mapping: ColumnMapping
    missing: tuple[str, ...] = ()
    """The required fields the detected columns do not give."""
    role: Role | None = None
    """The role the sheet's or the file's name implies (questionnaires)."""

    @property
    def importable(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class OpenedFile:
    """A file read and its columns detected; ``native`` is the kind's own reading of it."""

    path: Path
    sheets: tuple[OpenedSheet, ...]
    notes: tuple[str, ...] = ()
    native: object = None

    def sheet(self, name: str) -> OpenedSheet:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise KeyError(name)


@dataclass(frozen=True)
class NewBatch:
    """A batch to import into by its name, created when no batch has it (the questionnaire
    only; the other imports take an existing batch's id)."""

    name: str


BatchTarget = int | NewBatch | None
"""Where an import writes: an existing batch's id, a batch to create, or (the questionnaire
only) None for the latest batch."""


@dataclass(frozen=True)
class ImportChoice:
    """What the coordinator chose: the batch, the sheets, their columns, a role for everyone."""

    batch: int | NewBatch
    """An existing batch's id, or the name of a batch to create (the questionnaire)."""
    sheets: tuple[str, ...] | None = None
    """None: every sheet that gives the required columns."""
    mappings: Mapping[str, ColumnMapping] = field(default_factory=dict)
    """Corrected columns by sheet name; the others keep the detected ones."""
    role: Role | None = None
    today: date | None = None
    """The day rules such as « not in the future » compare with (default: today)."""


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, every row checked; ``plan`` is what :meth:`ImportKind.run` writes.

    ``counts`` are the kind's figures in reading order, e.g. ``(("created", 3), ("unchanged", 1))``.
    """

    file: str
    choice: ImportChoice
    counts: tuple[tuple[str, int], ...]
    writes: int
    skipped: int
    problems: tuple[Problem, ...]
    plan: object
    questions: tuple[SameEmailQuestion, ...] = ()
    """Rows whose e-mail is already held under another name: the same person or not?"""

    @property
    def warnings(self) -> int:
        return sum(1 for problem in self.problems if problem.severity == "warning")


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did (or, with ``dry_run``, would have done)."""

    file: str
    batch: str
    """The batch's name, for the messages."""
    batch_id: int
    created: int
    updated: int
    unchanged: int
    skipped: int
    problems: tuple[Problem, ...] = ()
    dry_run: bool = False
    batch_created: bool = False
    details: tuple[tuple[str, int], ...] = ()
    """Figures of one kind only, e.g. the questionnaire's mentors and mentees."""
    import_id: int | None = None
    """The import's record (None for a dry run): what reverting it takes back."""

    def detail(self, key: str) -> int:
        return dict(self.details).get(key, 0)

    @property
    def warnings(self) -> int:
        return sum(1 for problem in self.problems if problem.severity == "warning")


class ImportKind(Protocol):
    """One kind of spreadsheet import, as the wizard and the CLI drive it."""

    key: str
    """``"questionnaire"``, ``"meetings"`` or ``"feedback"``; mapping profiles record it."""
    fields: FieldSet
    chooses_role: bool
    """Whether the coordinator may say that every row of the file has one role."""
    creates_batch: bool
    """Whether importing into a batch that does not exist yet creates it."""

    def open(self, path: Path | str) -> OpenedFile:
        """Read ``path`` and detect each sheet's columns. Raises InvalidInput."""
        ...

    def preview(
        self, opened: OpenedFile, choice: ImportChoice, progress: Progress | None = None
    ) -> ImportPreview:
        """Check every chosen row, against the database too; write nothing."""
        ...

    def run(
        self,
        preview: ImportPreview,
        *,
        strict: bool = False,
        dry_run: bool = False,
        progress: Progress | None = None,
        same_person: SameAnswers | None = None,
        coordinator: str | None = None,
    ) -> ImportOutcome:
        """Write the previewed rows in one transaction (none with ``dry_run``), recorded as
        imported by ``coordinator``; ``same_person`` answers the preview's questions (None:
        as :meth:`answer_questions` left them)."""
        ...

    def answer_questions(self, preview: ImportPreview, same_person: SameAnswers) -> ImportPreview:
        """``preview`` with its same-e-mail questions answered by row."""
        ...
