"""One run of the import wizard as plain data: what the coordinator chose, what each step found.

The wizard owns an :class:`ImportSession`; its pages read and write it (the file read, the
sheets and role chosen, the corrected columns, the preview, the outcome), and the wizard only
moves between them. No Qt here.
"""

from __future__ import annotations

from datetime import date

from mentordesk.domain.enums import Role
from mentordesk.io.columns import ColumnMapping
from mentordesk.services.import_kinds import (
    ImportChoice,
    ImportKind,
    ImportOutcome,
    ImportPreview,
    NewBatch,
    OpenedFile,
    OpenedSheet,
)
from mentordesk.services.mapping_profiles import MappingProfiles


class ImportSession:
    """The state of one import, from the file chosen to what was written."""

    def __init__(
        self,
        kind: ImportKind,
        profiles: MappingProfiles,
        *,
        today: date | None = None,
    ) -> None:
        self.kind = kind
        self.profiles = profiles
        """Where mapping profiles are saved and found."""
        self.today = today
        """The day the rows are checked against (None: today)."""
        self.batch: int | NewBatch | None = None
        """The batch chosen: an existing batch's id, or a new name typed (None: none yet)."""
        self.batch_name = ""
        """The batch's name as the coordinator sees it, for the texts."""
        self.path: str | None = None
        self.opened: OpenedFile | None = None
        self.sheets: tuple[str, ...] = ()
        """The sheets ticked (when there was a choice to make)."""
        self.role: Role | None = None
        self.mappings: dict[str, ColumnMapping] = {}
        """The columns corrected, by sheet name."""
        self.strict = False
        self.preview: ImportPreview | None = None
        self.same_person: dict[int, bool] = {}
        """The preview's same-e-mail questions answered, by row (True: the same person); the
        preview's plan holds them too, so that running it writes them."""
        self.outcome: ImportOutcome | None = None

    def read(self, path: str, opened: OpenedFile) -> None:
        """``path`` was read: the corrections and the preview of another file are forgotten."""
        self.path = path
        self.opened = opened
        self.mappings = {}
        self.preview = None

    def nothing_to_choose(self) -> bool:
        """One sheet and no role to choose: the sheets page is left out."""
        opened = self.opened
        return not self.kind.chooses_role and opened is not None and len(opened.sheets) == 1

    def chosen_sheets(self) -> list[OpenedSheet]:
        if self.opened is None:
            return []
        if self.nothing_to_choose():
            return list(self.opened.sheets)
        return [sheet for sheet in self.opened.sheets if sheet.name in self.sheets]

    def chosen_sheet(self, name: str) -> OpenedSheet | None:
        return next((sheet for sheet in self.chosen_sheets() if sheet.name == name), None)

    def mapping_of(self, sheet: OpenedSheet) -> ColumnMapping:
        return self.mappings.get(sheet.name, sheet.mapping)

    def set_mapping(self, sheet: OpenedSheet, mapping: ColumnMapping) -> None:
        self.mappings[sheet.name] = mapping
        self.preview = None

    def missing(self, sheet: OpenedSheet) -> list[str]:
        """The required fields ``sheet``'s columns do not give."""
        return [spec.key for spec in self.mapping_of(sheet).missing(self.kind.fields)]

    @property
    def new_batch(self) -> bool:
        """Whether :attr:`batch` names no batch yet (the import would create it)."""
        return isinstance(self.batch, NewBatch)

    def choice(self) -> ImportChoice:
        sheets = self.chosen_sheets()
        assert self.batch is not None
        return ImportChoice(
            batch=self.batch,
            sheets=tuple(sheet.name for sheet in sheets),
            mappings={sheet.name: self.mapping_of(sheet) for sheet in sheets},
            role=self.role,
            today=self.today,
        )
