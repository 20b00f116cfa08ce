"""A spreadsheet's sheets as every import reads them: header rows and columns detected, then
the sheets to import chosen with their columns (corrected, from a profile, or as detected)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from mentordesk.domain.enums import Role
from mentordesk.i18n import Text
from mentordesk.io.columns import (
    ColumnMapping,
    FieldSet,
    FieldSpec,
    detect_mapping,
    find_header_row,
)
from mentordesk.io.readers import read_workbook
from mentordesk.io.tables import ReadLimits, Sheet, UnreadableFile
from mentordesk.io.values import looks_like_email
from mentordesk.services.errors import InvalidInput
from mentordesk.services.import_kinds import OpenedFile, OpenedSheet

SHEET_LACKS = Text(
    en="sheet {sheet!r} has no column for {fields}",
    fr="la feuille « {sheet} » n'a pas de colonne pour {fields}",
)


def email_field(key: str, label: Text, synonyms: tuple[str, ...]) -> FieldSpec:
    """A required column of e-mail addresses, found by its values as much as by its header
    (an e-mail never sits in a header row)."""
    return FieldSpec(
        key,
        label,
        synonyms=synonyms,
        sniffer=looks_like_email,
        values_decide=True,
        marks_data=True,
        required=True,
    )


def open_file(
    path: Path | str,
    fields: FieldSet,
    limits: ReadLimits,
    *,
    sheets: Iterable[str] | None = None,
    role_of: Callable[[Path, Sheet], Role | None] | None = None,
) -> OpenedFile:
    """Read ``path`` (only ``sheets`` when given) and detect each non-empty sheet's header row
    and columns; ``role_of`` tells the role a sheet's or the file's name implies."""
    path = Path(path)
    try:
        workbook = read_workbook(path, sheets=sheets, limits=limits)
    except UnreadableFile as error:
        raise InvalidInput(str(error)) from None
    opened = []
    for sheet in workbook.sheets:
        if not sheet.rows:
            continue
        table = sheet.table(find_header_row(sheet, fields))
        mapping = detect_mapping(table, fields)
        missing = tuple(spec.key for spec in mapping.missing(fields))
        role = role_of(path, sheet) if role_of is not None else None
        opened.append(OpenedSheet(sheet.name, table, mapping, missing, role))
    return OpenedFile(path, tuple(opened), tuple(workbook.notes))


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
