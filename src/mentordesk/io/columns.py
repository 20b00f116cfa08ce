"""Find the header row and the meaning of each column, for any kind of import.

An importer describes the fields it wants as a :class:`FieldSet` of :class:`FieldSpec`
(header synonyms in French and English, and a *sniffer* recognising a value);
:func:`find_header_row` and :func:`detect_mapping` decide which column feeds which field.
The questionnaire, meetings and feedback importers share it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from mentordesk.i18n import Text
from mentordesk.io.tables import CellValue, Sheet, Table, cell_text, column_letter

Sniffer = Callable[[CellValue], bool]

PROFILE_VERSION = 1
_NON_WORD = re.compile(r"[^0-9a-z]+")
_SAMPLE = 200
_MIN_SCORE = 0.5


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent-, case- and punctuation-free words: « Adresse e-mail ? » → "adresse e mail"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return _NON_WORD.sub(" ", plain).strip()


def _contains_words(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    return any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))


@dataclass(frozen=True)
class FieldSpec:
    """One thing an importer wants from a file, and how to recognise its column.

    ``marks_data``: a value this sniffer accepts never sits in a header row (an e-mail
    address), so a row holding one is data.
    """

    key: str
    label: Text
    synonyms: tuple[str, ...] = ()
    sniffer: Sniffer | None = None
    values_decide: bool = False
    detect_alone: bool = False
    required: bool = False
    multiple: bool = False
    min_share: float = 0.6
    marks_data: bool = False
    _folded: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        folded = tuple(dict.fromkeys(tuple(fold(s).split()) for s in self.synonyms if fold(s)))
        object.__setattr__(self, "_folded", folded)

    def header_score(self, header: str) -> float:
        """1 for a header equal to a synonym; less for a synonym inside a longer question.

        Headers are compared in :func:`fold`-ed form (no accents, no case, punctuation as
        spaces) and a synonym matches only whole words: « Prénom » never matches "nom".
        """
        words = tuple(fold(header).split())
        if not words:
            return 0.0
        best = 0.0
        for synonym in self._folded:
            if words == synonym:
                return 1.0
            if _contains_words(words, synonym):
                best = max(best, 0.6 + 0.3 * len(synonym) / len(words))
        return best

    def share(self, values: Iterable[CellValue]) -> float | None:
        """The share of ``values`` the sniffer accepts, or None without sniffer or values."""
        return self._share_of(_distinct(values))

    def _share_of(
        self, distinct: Mapping[tuple[type, CellValue], int], at_least: float = 0.0
    ) -> float | None:
        """:meth:`share` of values counted by :func:`_distinct`: each distinct value sniffed
        once (a sample of 200 answers often holds a handful of them).

        With ``at_least``, sniffing stops as soon as the share cannot reach it, and what is
        returned is then only known to be below it.
        """
        sniffer = self.sniffer
        if sniffer is None or not distinct:
            return None
        total = sum(distinct.values())
        accepted = refused = 0
        for (_, value), count in distinct.items():
            if sniffer(value):
                accepted += count
            else:
                refused += count
                if (total - refused) / total < at_least:
                    break
        return accepted / total


def _distinct(values: Iterable[CellValue]) -> dict[tuple[type, CellValue], int]:
    """How many times each value occurs, ``None`` aside; ``1``, ``1.0`` and ``True`` apart."""
    return Counter((value.__class__, value) for value in values if value is not None)


@dataclass(frozen=True)
class FieldSet:
    """The fields of one kind of import, in the order a person reads them."""

    fields: tuple[FieldSpec, ...]
    choices_field: str | None = None

    def __iter__(self) -> Iterator[FieldSpec]:
        return iter(self.fields)

    def __contains__(self, key: object) -> bool:
        return any(spec.key == key for spec in self.fields)

    def get(self, key: str) -> FieldSpec:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)


@dataclass(frozen=True)
class ColumnMapping:
    """Which field each column feeds, by column index; a column absent is left unmapped."""

    headers: tuple[str, ...]
    assigned: tuple[tuple[int, str], ...] = ()

    @property
    def columns(self) -> dict[int, str]:
        return dict(self.assigned)

    def field_of(self, column: int) -> str | None:
        return self.columns.get(column)

    def columns_of(self, key: str) -> tuple[int, ...]:
        return tuple(column for column, name in self.assigned if name == key)

    def unmapped(self) -> tuple[int, ...]:
        mapped = self.columns
        return tuple(i for i in range(len(self.headers)) if i not in mapped)

    def with_column(
        self, column: int, key: str | None, fields: FieldSet | None = None
    ) -> ColumnMapping:
        """This mapping with ``column`` feeding ``key`` (None: unmapped).

        When ``fields`` says ``key`` takes one column only, the column it fed before is freed.
        """
        single = (
            fields is not None
            and key is not None
            and key in fields
            and not fields.get(key).multiple
        )
        kept = [
            (c, name) for c, name in self.assigned if c != column and not (single and name == key)
        ]
        if key is not None:
            kept.append((column, key))
        return ColumnMapping(self.headers, tuple(sorted(kept)))

    def missing(self, fields: FieldSet) -> list[FieldSpec]:
        present = set(self.columns.values())
        return [spec for spec in fields if spec.required and spec.key not in present]

    def to_profile(self) -> dict[str, Any]:
        """A JSON-ready profile: each header's field, ``null`` for a column left unmapped."""
        columns: dict[str, str | None] = {}
        mapped = self.columns
        for index, header in enumerate(self.headers):
            name = header or f"@{column_letter(index)}"
            columns.setdefault(name, mapped.get(index))
        return {"version": PROFILE_VERSION, "columns": columns}

    @classmethod
    def from_profile(
        cls, profile: Mapping[str, Any], table: Table, fields: FieldSet
    ) -> ColumnMapping:
        """Apply a saved profile to ``table``: headers it names are mapped as it says (keys
        compared :func:`fold`-ed; ``"@C"`` names column C), the others are detected."""
        raw = profile.get("columns", {}) if isinstance(profile, Mapping) else {}
        if not isinstance(raw, Mapping):
            raise ValueError("a mapping profile holds a 'columns' object")
        wanted: dict[str, str | None] = {}
        for header, key in raw.items():
            if key is not None and key not in fields:
                raise ValueError(f"unknown field {key!r} in the mapping profile")
            wanted[_profile_key(str(header))] = key
        decided: dict[int, str | None] = {}
        for index, header in enumerate(table.headers):
            for name in (f"@{column_letter(index).lower()}", _profile_key(header)):
                if name in wanted:
                    decided[index] = wanted[name]
        return detect_mapping(table, fields, fixed=decided)


def _profile_key(header: str) -> str:
    return header.strip().lower() if header.startswith("@") else fold(header)


def _sample(table: Table, column: int) -> list[CellValue]:
    values: list[CellValue] = []
    for value in table.column(column):
        if value is not None:
            values.append(value)
            if len(values) >= _SAMPLE:
                break
    return values


def choice_groups(table: Table) -> list[list[int]]:
    """Runs of two or more adjacent columns each holding only its own header (Typeform)."""
    flags = []
    for index, header in enumerate(table.headers):
        values = {fold(cell_text(v)) for v in _sample(table, index)}
        flags.append(bool(header) and len(values) == 1 and values == {fold(header)})
    groups: list[list[int]] = []
    run: list[int] = []
    for index, flag in enumerate([*flags, False]):
        if flag:
            run.append(index)
            continue
        if len(run) >= 2:
            groups.append(run)
        run = []
    return groups


def detect_mapping(
    table: Table,
    fields: FieldSet,
    fixed: Mapping[int, str | None] | None = None,
) -> ColumnMapping:
    """The likeliest field for each column; ``fixed`` columns are taken as given.

    * ``values_decide`` fields (the e-mail) go to the column whose values pass the sniffer,
      whatever its header claims: Microsoft Forms' ``Email`` column holding "anonymous" is
      not the e-mail column when a later question collects the addresses.
    * ``detect_alone`` fields may be recognised from their values with no header match.
    * Typeform's one-column-per-choice questions (:func:`choice_groups`) are given to the
      ``multiple`` field whose sniffer accepts the choices, else to
      ``FieldSet.choices_field``.
    * Each column feeds at most one field; a field not ``multiple`` takes at most one column.
    """
    fixed = dict(fixed or {})
    assigned: dict[int, str] = {c: key for c, key in fixed.items() if key is not None}
    taken = set(assigned.values())
    samples = {c: _sample(table, c) for c in range(len(table.headers)) if c not in fixed}

    for group in choice_groups(table):
        free = [c for c in group if c in samples]
        if len(free) < 2:
            continue
        labels: list[CellValue] = [table.headers[c] for c in free]
        target = fields.choices_field
        for spec in fields:
            share = spec.share(labels)
            if spec.multiple and share is not None and share >= spec.min_share:
                target = spec.key
                break
        if target is None:
            continue
        for c in free:
            assigned[c] = target
            samples.pop(c)
        taken.add(target)

    _give_shared_questions_to_the_choices_field(table, fields, samples, assigned, taken)

    distinct = {column: _distinct(values) for column, values in samples.items()}
    candidates: list[tuple[float, int, int, str]] = []
    for order, spec in enumerate(fields):
        for column, values in samples.items():
            score = _score(spec, table.headers[column], values, distinct[column])
            if score >= _MIN_SCORE:
                candidates.append((score, -order, -column, spec.key))
    candidates.sort(reverse=True)
    for _score_value, _order, negative_column, key in candidates:
        column = -negative_column
        if column in assigned:
            continue
        if key in taken and not fields.get(key).multiple:
            continue
        assigned[column] = key
        taken.add(key)
    return ColumnMapping(table.headers, tuple(sorted(assigned.items())))


def _give_shared_questions_to_the_choices_field(
    table: Table,
    fields: FieldSet,
    samples: dict[int, list[CellValue]],
    assigned: dict[int, str],
    taken: set[str],
) -> None:
    """A question naming several multiple-choice fields at once goes to the common one.

    « Thématiques (besoins si vous êtes mentoré, expertise si vous êtes mentor) » names both
    the mentees' needs and the mentors' expertise: given to either, it would silently empty
    the other side's answers, so it goes to the field both roles share.
    """
    common = fields.choices_field
    if common is None or not fields.get(common).multiple:
        return
    for column in list(samples):
        named = [
            spec.key
            for spec in fields
            if spec.multiple and spec.key != common and spec.header_score(table.headers[column]) > 0
        ]
        if len(named) >= 2:
            assigned[column] = common
            taken.add(common)
            samples.pop(column)


def _score(
    spec: FieldSpec,
    header: str,
    values: list[CellValue],
    distinct: Mapping[tuple[type, CellValue], int],
) -> float:
    heading = spec.header_score(header)
    if not (spec.values_decide or heading > 0 or spec.detect_alone):
        return 0.0
    # Without a header naming the field, only whether the share reaches min_share matters.
    share = spec._share_of(distinct, spec.min_share if spec.values_decide or heading == 0 else 0)
    if spec.values_decide:
        if share is None or share < spec.min_share:
            return 0.0
        return 1.0 + heading + share
    if heading > 0:
        if share is not None and share < 0.2 and len(values) >= 5:
            return heading * 0.6
        return heading + 0.5 * (share or 0.0)
    if share is not None and share >= spec.min_share:
        return 0.5 * share + 0.1
    return 0.0


def find_header_row(sheet: Sheet, fields: FieldSet, scan: int = 30) -> int | None:
    """The index in ``sheet.rows`` of the header row: title rows above it are skipped.

    The row naming the most fields wins, then the one with the most distinct text cells;
    rows from the first one holding a ``marks_data`` value (an e-mail address) on are data,
    and a sheet whose very first row is data has no header row (None).
    """
    best: tuple[float, int] | None = None
    deciders = [spec for spec in fields if spec.marks_data and spec.sniffer is not None]
    limit = min(scan, len(sheet.rows))
    for index in range(limit):
        row = sheet.rows[index]
        if any(spec.sniffer(value) for spec in deciders for value in row if value is not None):  # type: ignore[misc]
            if best is None:
                return None
            break
        texts = list(dict.fromkeys(cell_text(v) for v in row if isinstance(v, str)))
        filled = sum(1 for v in row if v is not None)
        if filled < 2 or index + 1 >= len(sheet.rows):
            continue
        named = sum(1 for text in texts if any(spec.header_score(text) >= 0.6 for spec in fields))
        score = 3.0 * named + len(texts) + 0.5 * filled
        if best is None or score > best[0]:
            best = (score, index)
    if best is None:
        return 0 if sheet.rows else None
    return best[1]
