"""What every spreadsheet import has in common, so one wizard and one CLI shape serve them all.

The questionnaire, the meetings log and the end-of-batch survey are each an
:class:`ImportKind`: the same three steps, the same plain-data results::

    kind = context.meeting_import                 # or QuestionnaireImport(context.imports)
    opened = kind.open(path)                      # read, header rows and columns detected
    choice = ImportChoice("Promo 2026", sheets=("Octobre",), mappings={"Octobre": mapping})
    preview = kind.preview(opened, choice)        # every row checked; nothing written
    outcome = kind.run(preview, strict=False, progress=report)

``run`` writes in one transaction: a refusal (``strict`` and an error), a failure or a
``progress`` callback that raises (how the window cancels) leaves the database as it was.
Problems are :class:`~mentordesk.services.questionnaire.Problem` records for every kind:
where (file, sheet, row, column), what, what to do, and whether the row is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.domain.enums import Role
from mentordesk.i18n import Text
from mentordesk.io.columns import ColumnMapping, FieldSet, detect_mapping, find_header_row
from mentordesk.io.readers import read_workbook
from mentordesk.io.tables import DEFAULT_LIMITS, ReadLimits, Table, UnreadableFile
from mentordesk.services.batches import BATCH_NOT_FOUND
from mentordesk.services.errors import InvalidInput, NotFound
from mentordesk.services.imports import (
    STRICT_REFUSAL,
    ImportPlan,
    ImportService,
    ImportSource,
    Progress,
    read_profile_file,
)
from mentordesk.services.questionnaire import QUESTIONNAIRE_FIELDS, Problem, Severity
from mentordesk.storage.models import Batch, MappingProfile
from mentordesk.storage.queries import find_batch
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

__all__ = [
    "ImportChoice",
    "ImportKind",
    "ImportOutcome",
    "ImportPreview",
    "OpenedFile",
    "OpenedSheet",
    "Problem",
    "Progress",
    "QuestionnaireImport",
    "RowImport",
    "Severity",
]

QUESTIONNAIRE = "questionnaire"
WRONG_PROFILE = Text(
    en="{name}: this mapping profile is for another import ({kind})",
    fr="{name} : ce profil de correspondance est celui d'un autre import ({kind})",
)
SHEET_LACKS = Text(
    en="sheet {sheet!r} has no column for {fields}",
    fr="la feuille « {sheet} » n'a pas de colonne pour {fields}",
)


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
class ImportChoice:
    """What the coordinator chose: the batch, the sheets, their columns, a role for everyone."""

    batch: str
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

    @property
    def warnings(self) -> int:
        return sum(1 for problem in self.problems if problem.severity == "warning")


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did (or, with ``dry_run``, would have done)."""

    file: str
    batch: str
    created: int
    updated: int
    unchanged: int
    skipped: int
    problems: tuple[Problem, ...] = ()
    dry_run: bool = False
    batch_created: bool = False
    details: tuple[tuple[str, int], ...] = ()
    """Figures of one kind only, e.g. the questionnaire's mentors and mentees."""

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
    ) -> ImportOutcome:
        """Write the previewed rows in one transaction (none with ``dry_run``)."""
        ...


# --- mapping profiles of any kind -------------------------------------------------------


def profile_kind(profile: Mapping[str, Any]) -> str | None:
    """The import a saved profile was made for; None for a profile that does not say."""
    kind = profile.get("kind")
    return kind if isinstance(kind, str) else None


def tagged(profile: Mapping[str, Any], kind: str) -> dict[str, Any]:
    """``profile`` marked as made for ``kind``, so that only that import offers it."""
    return {**profile, "kind": kind}


def read_profile(path: Path | str, kind: ImportKind) -> dict[str, Any]:
    """A mapping profile file for ``kind`` (or for no import in particular); refused when it
    names fields ``kind`` does not have or was made for another import."""
    try:
        profile = read_profile_file(path, kind.fields)
    except InvalidInput:
        profile = read_profile_file(path, _ANY_FIELDS)
        if profile_kind(profile) in (None, kind.key):
            raise
    made_for = profile_kind(profile)
    if made_for not in (None, kind.key):
        raise InvalidInput(WRONG_PROFILE(name=Path(path).name, kind=made_for))
    return profile


def profile_names(uow: UnitOfWorkFactory, kind: str) -> list[str]:
    """The saved mapping profiles made for ``kind``, by name (those that do not say were made
    by the questionnaire's wizard before the others existed)."""
    with uow() as unit:
        rows = unit.session.execute(
            select(MappingProfile.name, MappingProfile.mapping).order_by(MappingProfile.name)
        )
        return [
            name for name, mapping in rows if (profile_kind(mapping or {}) or QUESTIONNAIRE) == kind
        ]


class _AnyFields(FieldSet):
    """Accepts every field name: to read which import a profile was made for."""

    def __contains__(self, key: object) -> bool:
        return True


_ANY_FIELDS = _AnyFields(())


# --- shared steps -----------------------------------------------------------------------


def open_file(path: Path | str, fields: FieldSet, limits: ReadLimits) -> OpenedFile:
    """Read ``path`` and detect each non-empty sheet's header row and columns."""
    path = Path(path)
    try:
        workbook = read_workbook(path, limits=limits)
    except UnreadableFile as error:
        raise InvalidInput(str(error)) from None
    sheets = []
    for sheet in workbook.sheets:
        if not sheet.rows:
            continue
        table = sheet.table(find_header_row(sheet, fields))
        mapping = detect_mapping(table, fields)
        missing = tuple(spec.key for spec in mapping.missing(fields))
        sheets.append(OpenedSheet(sheet.name, table, mapping, missing))
    return OpenedFile(path, tuple(sheets), tuple(workbook.notes))


def field_names(fields: FieldSet, keys: Sequence[str]) -> str:
    return ", ".join(fields.get(key).label() for key in keys)


def choose_sheets(
    opened: OpenedFile,
    fields: FieldSet,
    refusal: Text,
    *,
    sheets: Sequence[str] | None = None,
    mappings: Mapping[str, ColumnMapping] | None = None,
    profile: Mapping[str, Any] | None = None,
) -> list[tuple[OpenedSheet, ColumnMapping]]:
    """The sheets to import, each with its columns: corrected, from a profile, or detected.

    Without ``sheets``, those lacking a required column are left out and the file is refused
    (``refusal``, given the missing fields) when none remains; a sheet named in ``sheets``
    that lacks one is refused.
    """
    candidates = list(opened.sheets) if sheets is None else [opened.sheet(n) for n in sheets]
    chosen: list[tuple[OpenedSheet, ColumnMapping]] = []
    fewest: list[str] = [spec.key for spec in fields if spec.required]
    for sheet in candidates:
        mapping = sheet.mapping
        if mappings is not None and sheet.name in mappings:
            mapping = mappings[sheet.name]
        elif profile is not None:
            try:
                mapping = ColumnMapping.from_profile(profile, sheet.table, fields)
            except ValueError as error:
                raise InvalidInput(f"{opened.path.name}: {error}") from None
        lacking = [spec.key for spec in mapping.missing(fields)]
        if not lacking:
            chosen.append((sheet, mapping))
        elif sheets is not None:
            names = field_names(fields, lacking)
            raise InvalidInput(f"{opened.path.name}: {SHEET_LACKS(sheet=sheet.name, fields=names)}")
        elif len(lacking) < len(fewest):
            fewest = lacking
    if not chosen:
        raise InvalidInput(f"{opened.path.name}: {refusal(fields=field_names(fields, fewest))}")
    return chosen


def sort_problems(problems: Sequence[Problem]) -> tuple[Problem, ...]:
    return tuple(
        sorted(problems, key=lambda p: (p.location.sheet, p.location.row or 0, p.location.column))
    )


def rows_skipped(problems: Sequence[Problem]) -> int:
    """How many rows an error keeps out of the import."""
    return len({(p.location.sheet, p.location.row) for p in problems if p.severity == "error"})


def refuse_if_strict(file: str, problems: Sequence[Problem]) -> None:
    """``--strict``: the whole file refused when any row has an error."""
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


# --- the kinds ----------------------------------------------------------------------------

RowT = TypeVar("RowT")


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


class RowImport(Generic[RowT]):
    """An import of one record per row into an existing batch: the meetings, the feedback.

    A subclass gives its ``fields``, reads a row (:meth:`_read_rows`, no database) and
    writes the rows (:meth:`_write`, inside the transaction, adding its problems).
    """

    key = ""
    fields = FieldSet(())
    chooses_role = False
    creates_batch = False
    counted: tuple[str, ...] = ("created", "updated", "unchanged")
    """The figures the preview shows."""
    no_columns = Text(en="no column for {fields}", fr="aucune colonne pour {fields}")

    def __init__(self, uow: UnitOfWorkFactory, limits: ReadLimits = DEFAULT_LIMITS) -> None:
        self._uow = uow
        self._limits = limits

    def open(self, path: Path | str) -> OpenedFile:
        return open_file(path, self.fields, self._limits)

    def plan(
        self,
        opened: OpenedFile,
        batch: str,
        *,
        sheets: Sequence[str] | None = None,
        mappings: Mapping[str, ColumnMapping] | None = None,
        profile: Mapping[str, Any] | None = None,
    ) -> RowPlan[RowT]:
        chosen = choose_sheets(
            opened, self.fields, self.no_columns, sheets=sheets, mappings=mappings, profile=profile
        )
        problems: list[Problem] = []
        rows = self._read_rows([(s.table, m) for s, m in chosen], batch, problems)
        return RowPlan(
            opened.path.name, tuple(s.name for s, _ in chosen), tuple(rows), tuple(problems)
        )

    def apply(
        self,
        plan: RowPlan[RowT],
        batch: str,
        *,
        today: date | None = None,
        dry_run: bool = False,
        strict: bool = False,
        progress: Progress | None = None,
    ) -> ImportOutcome:
        """Write ``plan`` into ``batch`` in one transaction (rolled back with ``dry_run``)."""
        with self._uow() as uow:
            target = find_batch(uow.session, batch)
            if target is None:
                raise NotFound(BATCH_NOT_FOUND(name=batch))
            problems = list(plan.problems)
            written = self._write(
                uow.session, target, plan.rows, problems, today or date.today(), progress
            )
            ordered = sort_problems(problems)
            if strict:
                refuse_if_strict(plan.file, ordered)
            if progress is not None:
                progress(99)
            name = target.name
            if not dry_run:
                uow.commit()
        if progress is not None:
            progress(100)
        return ImportOutcome(
            file=plan.file,
            batch=name,
            created=written.created,
            updated=written.updated,
            unchanged=written.unchanged,
            skipped=rows_skipped(ordered),
            problems=ordered,
            dry_run=dry_run,
        )

    def import_file(
        self,
        path: Path | str,
        batch: str,
        *,
        today: date | None = None,
        profile: Mapping[str, Any] | None = None,
        dry_run: bool = False,
        strict: bool = False,
        progress: Progress | None = None,
    ) -> ImportOutcome:
        """Read, check and write in one call (the CLI): every sheet giving the needed columns."""
        plan = self.plan(self.open(path), batch, profile=profile)
        return self.apply(
            plan, batch, today=today, dry_run=dry_run, strict=strict, progress=progress
        )

    # --- the ImportKind protocol ---------------------------------------------------------

    def preview(
        self, opened: OpenedFile, choice: ImportChoice, progress: Progress | None = None
    ) -> ImportPreview:
        plan = self.plan(opened, choice.batch, sheets=choice.sheets, mappings=choice.mappings)
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

    def run(
        self,
        preview: ImportPreview,
        *,
        strict: bool = False,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> ImportOutcome:
        plan = preview.plan
        assert isinstance(plan, RowPlan)
        choice = preview.choice
        return self.apply(
            plan, choice.batch, today=choice.today, dry_run=dry_run, strict=strict,
            progress=progress,
        )  # fmt: skip

    # --- what a kind gives --------------------------------------------------------------

    def _read_rows(
        self, tables: list[tuple[Table, ColumnMapping]], batch: str, problems: list[Problem]
    ) -> list[RowT]:
        raise NotImplementedError

    def _write(
        self,
        session: Session,
        batch: Batch,
        rows: Sequence[RowT],
        problems: list[Problem],
        today: date,
        progress: Progress | None,
    ) -> Written:
        raise NotImplementedError


class QuestionnaireImport:
    """The volunteers' questionnaire (:class:`ImportService`) seen as an :class:`ImportKind`."""

    key = QUESTIONNAIRE
    fields = QUESTIONNAIRE_FIELDS
    chooses_role = True
    creates_batch = True

    def __init__(self, service: ImportService) -> None:
        self.service = service

    def open(self, path: Path | str) -> OpenedFile:
        source = self.service.open(path)
        sheets = tuple(
            OpenedSheet(
                sheet.name,
                sheet.table,
                sheet.mapping,
                tuple(spec.key for spec in sheet.mapping.missing(self.fields)),
                sheet.name_role,
            )
            for sheet in source.sheets
        )
        return OpenedFile(source.path, sheets, tuple(source.workbook.notes), native=source)

    def preview(
        self, opened: OpenedFile, choice: ImportChoice, progress: Progress | None = None
    ) -> ImportPreview:
        source = opened.native
        assert isinstance(source, ImportSource)
        plan = self.service.plan(
            source,
            sheets=choice.sheets,
            role=choice.role,
            mappings=choice.mappings,
            batch=choice.batch,
            progress=progress,
        )
        mentors = sum(1 for answer in plan.answers if answer.role is Role.MENTOR)
        return ImportPreview(
            file=plan.path.name,
            choice=choice,
            counts=(
                ("ready", len(plan.answers)),
                ("mentors", mentors),
                ("mentees", len(plan.answers) - mentors),
            ),
            writes=len(plan.answers),
            skipped=plan.skipped,
            problems=plan.problems,
            plan=plan,
        )

    def run(
        self,
        preview: ImportPreview,
        *,
        strict: bool = False,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> ImportOutcome:
        plan = preview.plan
        assert isinstance(plan, ImportPlan)
        report = self.service.apply(
            plan, preview.choice.batch, dry_run=dry_run, strict=strict, progress=progress
        )
        return ImportOutcome(
            file=report.file,
            batch=report.batch,
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
            skipped=report.skipped,
            problems=report.problems,
            dry_run=report.dry_run,
            batch_created=report.batch_created,
            details=(("mentors", report.mentors), ("mentees", report.mentees)),
        )
