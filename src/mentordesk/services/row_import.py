"""The steps every spreadsheet import shares, once: :class:`RowImport` reads the chosen sheets'
rows (no database), then writes them in one transaction into a batch.

A kind of import (the questionnaire, the meetings, the survey) subclasses it, gives its
fields, how a row is read and how rows are written; the steps and their results are those of
:class:`~mentordesk.services.import_kinds.ImportKind`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from mentordesk.domain.enums import Role
from mentordesk.i18n import Text
from mentordesk.io.columns import ColumnMapping, FieldSet
from mentordesk.io.tables import DEFAULT_LIMITS, CellValue, Location, ReadLimits, Sheet, Table
from mentordesk.services.batches import BATCH_NOT_FOUND, batch_or_fail
from mentordesk.services.bulk import without_collection
from mentordesk.services.errors import NotFound
from mentordesk.services.import_kinds import (
    BatchTarget,
    ImportChoice,
    ImportOutcome,
    ImportPreview,
    NewBatch,
    OpenedFile,
    OpenedSheet,
    Progress,
)
from mentordesk.services.import_records import (
    ImportChangeRow,
    default_coordinator,
    record_import,
)
from mentordesk.services.import_sheets import choose_sheets, open_file
from mentordesk.services.problems import (
    Problem,
    Severity,
    refuse_if_strict,
    rows_skipped,
    sort_problems,
)
from mentordesk.services.same_email import SameAnswers
from mentordesk.storage.models import Batch
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

RowT = TypeVar("RowT")


def stepper(progress: Progress | None, total: int, start: int, end: int) -> Callable[[int], None]:
    """A per-row callback reporting ``start``–``end`` % to ``progress`` at each whole percent."""
    last = [-1]

    def step(done: int) -> None:
        if progress is None:
            return
        percent = start + (end - start) * done // max(total, 1)
        if percent != last[0]:
            last[0] = percent
            progress(percent)

    return step


@dataclass(frozen=True)
class Reading:
    """What a kind reads rows from: the chosen sheets with their columns, and the choices."""

    file: str
    sheets: tuple[tuple[OpenedSheet, ColumnMapping], ...]
    batch: BatchTarget
    role: Role | None = None
    """The role the coordinator gave every row (kinds that choose a role)."""
    progress: Progress | None = None


@dataclass(frozen=True)
class RowPlan(Generic[RowT]):
    """The rows read from the chosen sheets and the problems found without the database."""

    file: str
    sheets: tuple[str, ...]
    rows: tuple[RowT, ...]
    problems: tuple[Problem, ...]


@dataclass
class Written:
    """What :meth:`RowImport._write` did to the database."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    details: tuple[tuple[str, int], ...] = ()
    """Figures of one kind only (:attr:`ImportOutcome.details`)."""
    changes: list[ImportChangeRow] = field(default_factory=list)
    """What was created or updated, as the import's record keeps it to revert it."""


@dataclass(frozen=True)
class Writing:
    """Where and when a kind writes its rows: inside the import's transaction."""

    session: Session
    batch: Batch
    problems: list[Problem]
    """Where the rows found wrong while writing are reported."""
    today: date
    progress: Progress | None = None

    def steps(self, total: int) -> Callable[[int], None]:
        """A callback for each of ``total`` rows written, reporting 0–95 %."""
        return stepper(self.progress, total, 0, 95)


class RowCells:
    """One row of a table as a kind reads it: each field's cell and where it sits, and the
    problems reported on the row."""

    def __init__(
        self,
        table: Table,
        columns: Mapping[str, int | tuple[int, ...]],
        index: int,
        problems: list[Problem],
    ) -> None:
        self.table = table
        self.columns = columns
        self.index = index
        self.values = table.rows[index]
        self.problems = problems
        self._reported = len(problems)

    @property
    def location(self) -> Location:
        return self.table.location(self.index)

    def cell(self, key: str) -> tuple[CellValue, Location]:
        """The cell of ``key``'s one column and where it is (the row, when it has none)."""
        column = self.columns.get(key)
        if column is None or isinstance(column, tuple):
            return None, self.table.location(self.index)
        return self.values[column], self.table.location(self.index, column)

    def report(self, where: Location, message: str, severity: Severity = "error") -> None:
        self.problems.append(Problem(where, message, "", severity))

    def has_errors(self) -> bool:
        """Whether an error was reported on this row (which skips it)."""
        return any(p.severity == "error" for p in self.problems[self._reported :])


class RowImport(Generic[RowT]):
    """An import of one record per row into a batch: the questionnaire, the meetings, the survey.

    A subclass gives its ``fields``, reads the rows (:meth:`_read_rows`, no database) and
    writes them (:meth:`_write`, inside the transaction, adding its problems); the other
    hooks have defaults that fit most kinds.
    """

    key = ""
    fields = FieldSet(())
    chooses_role = False
    creates_batch = False
    counted: tuple[str, ...] = ("created", "updated", "unchanged")
    """The figures the preview shows."""
    no_columns = Text(en="no column for {fields}", fr="aucune colonne pour {fields}")
    strict_after_writing = True
    """Whether ``strict`` also refuses the file for the rows that writing finds wrong."""
    outcome_type: type[ImportOutcome] = ImportOutcome

    def __init__(self, uow: UnitOfWorkFactory, limits: ReadLimits = DEFAULT_LIMITS) -> None:
        self._uow = uow
        self.limits = limits

    @without_collection()
    def open(self, path: Path | str, *, sheets: Sequence[str] | None = None) -> OpenedFile:
        """Read ``path`` (only ``sheets`` when given) and detect each sheet's columns."""
        return open_file(path, self.fields, self.limits, sheets=sheets, role_of=self._name_role)

    @without_collection()
    def plan(
        self,
        opened: OpenedFile,
        batch: BatchTarget,
        *,
        sheets: Sequence[str] | None = None,
        mappings: Mapping[str, ColumnMapping] | None = None,
        profile: Mapping[str, Any] | None = None,
        role: Role | None = None,
        progress: Progress | None = None,
    ) -> RowPlan[RowT]:
        """Read the rows of the chosen sheets: ``mappings`` (per sheet name) or ``profile``
        override the detected columns. Raises InvalidInput when no sheet can be read."""
        chosen = choose_sheets(
            opened, self.fields, self.no_columns, sheets=sheets, mappings=mappings, profile=profile
        )
        problems: list[Problem] = []
        reading = Reading(opened.path.name, tuple(chosen), batch, role, progress)
        rows = self._read_rows(reading, problems)
        return RowPlan(
            opened.path.name, tuple(s.name for s, _ in chosen), tuple(rows), tuple(problems)
        )

    @without_collection()
    def apply(
        self,
        plan: RowPlan[RowT],
        batch: BatchTarget,
        *,
        today: date | None = None,
        dry_run: bool = False,
        strict: bool = False,
        progress: Progress | None = None,
        same_person: SameAnswers | None = None,
        coordinator: str | None = None,
    ) -> ImportOutcome:
        """Write ``plan`` into ``batch`` in one transaction (rolled back with ``dry_run``) and
        record it, by ``coordinator`` (default: the computer's user name), to be reverted.

        ``same_person`` answers the plan's same-e-mail questions by row (None: as the plan
        already holds them)."""
        if same_person is not None:
            plan = self._resolve(plan, same_person)
        self._check_plan(plan, strict)
        import_id: int | None = None
        with self._uow() as uow:
            target, batch_created = self._target(uow.session, batch)
            problems = list(plan.problems)
            writing = Writing(uow.session, target, problems, today or date.today(), progress)
            written = self._write(writing, plan.rows)
            ordered = self._order(problems)
            if strict and self.strict_after_writing:
                refuse_if_strict(plan.file, ordered)
            if progress is not None:
                progress(99)
            name, batch_id = target.name, target.id
            if not dry_run:
                import_id = record_import(
                    uow.session,
                    batch_id=target.id,
                    kind=self.key,
                    file=plan.file,
                    coordinator=default_coordinator() if coordinator is None else coordinator,
                    created=written.created,
                    updated=written.updated,
                    changes=written.changes,
                )
                uow.commit()
        if progress is not None:
            progress(100)
        return self.outcome_type(
            file=plan.file,
            batch=name,
            batch_id=batch_id,
            created=written.created,
            updated=written.updated,
            unchanged=written.unchanged,
            skipped=rows_skipped(ordered),
            problems=ordered,
            dry_run=dry_run,
            batch_created=batch_created,
            details=written.details,
            import_id=import_id,
        )

    @without_collection()
    def import_file(
        self,
        path: Path | str,
        batch: BatchTarget = None,
        *,
        sheet: str | None = None,
        role: Role | None = None,
        today: date | None = None,
        profile: Mapping[str, Any] | None = None,
        dry_run: bool = False,
        strict: bool = False,
        progress: Progress | None = None,
        same_person: SameAnswers | None = None,
        coordinator: str | None = None,
    ) -> ImportOutcome:
        """Read, check and write in one call (the CLI): every sheet giving the needed columns,
        or only ``sheet``."""
        opened = self.open(path, sheets=None if sheet is None else [sheet])
        plan = self.plan(opened, batch, role=role, profile=profile, progress=progress)
        return self.apply(
            plan, batch, today=today, dry_run=dry_run, strict=strict, progress=progress,
            same_person=same_person, coordinator=coordinator,
        )  # fmt: skip

    # --- the ImportKind protocol ---------------------------------------------------------

    def preview(
        self, opened: OpenedFile, choice: ImportChoice, progress: Progress | None = None
    ) -> ImportPreview:
        plan = self.plan(
            opened,
            choice.batch,
            sheets=choice.sheets,
            mappings=choice.mappings,
            role=choice.role,
            progress=progress,
        )
        return self._preview(plan, choice)

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
        plan = preview.plan
        assert isinstance(plan, RowPlan)
        choice = preview.choice
        return self.apply(
            plan, choice.batch, today=choice.today, dry_run=dry_run, strict=strict,
            progress=progress, same_person=same_person, coordinator=coordinator,
        )  # fmt: skip

    def answer_questions(self, preview: ImportPreview, same_person: SameAnswers) -> ImportPreview:
        """``preview`` with its same-e-mail questions answered: the rows set aside and the
        figures as :meth:`run` will write them (the database is not read again)."""
        if not preview.questions:
            return preview
        plan = preview.plan
        assert isinstance(plan, RowPlan)
        return self._preview(self._resolve(plan, same_person), preview.choice)

    # --- what a kind gives --------------------------------------------------------------

    def _read_rows(self, reading: Reading, problems: list[Problem]) -> list[RowT]:
        raise NotImplementedError

    def _write(self, writing: Writing, rows: Sequence[RowT]) -> Written:
        raise NotImplementedError

    def _name_role(self, path: Path, sheet: Sheet) -> Role | None:
        """The role a sheet's or the file's name gives its rows (none by default)."""
        return None

    def _preview(self, plan: RowPlan[RowT], choice: ImportChoice) -> ImportPreview:
        """What writing ``plan`` would do, found by writing it and rolling back."""
        outcome = self.apply(plan, choice.batch, today=choice.today, dry_run=True)
        figures = {"created": outcome.created, "updated": outcome.updated}
        figures["unchanged"] = outcome.unchanged
        return ImportPreview(
            file=plan.file,
            choice=choice,
            counts=tuple((key, figures[key]) for key in self.counted),
            writes=outcome.created + outcome.updated,
            skipped=outcome.skipped,
            problems=outcome.problems,
            plan=plan,
        )

    def _check_plan(self, plan: RowPlan[RowT], strict: bool) -> None:
        """Refuse ``plan`` before the database is opened (nothing to refuse by default)."""

    def _resolve(self, plan: RowPlan[RowT], same_person: SameAnswers) -> RowPlan[RowT]:
        """``plan`` with the coordinator's answers to its questions (none by default)."""
        return plan

    def _target(self, session: Session, batch: BatchTarget) -> tuple[Batch, bool]:
        """The batch to write into, and whether it was just created: an existing one."""
        if isinstance(batch, int):
            return batch_or_fail(session, batch), False
        raise NotFound(BATCH_NOT_FOUND(name=batch.name if isinstance(batch, NewBatch) else None))

    def _order(self, problems: Sequence[Problem]) -> tuple[Problem, ...]:
        """The problems in the order they are reported: by sheet, row and column."""
        return sort_problems(problems)
