"""Work on many rows at once: an ``INSERT`` of many rows in one ``executemany``, ``IN`` lists
in chunks, and no garbage collection while the rows are built (an import of tens of thousands
of rows, the candidates of a suggestion)."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import orjson
from sqlalchemy import JSON, insert
from sqlalchemy.orm import Session

CHUNK = 500


@contextmanager
def without_collection() -> Iterator[None]:
    """No cyclic garbage collection while many short-lived rows and tuples are built: none is
    in a cycle, and each pass of the collector they trigger walks the whole heap instead (in a
    fresh process, every object its imports made), which can cost more than the work itself.

    Used as a decorator, a step runs under it whole, so no full collection lands in the short
    stretches between its bulk loops either."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def bulk_insert(session: Session, table: Any, columns: Mapping[str, Sequence[Any]]) -> None:
    """``INSERT`` rows given as columns of equal length (name → values) in one
    ``executemany``, each value through its column type's own bind processor, without
    SQLAlchemy's per-row parameter machinery (a third of the time of a 10,000-row import).

    The parameters are built a column at a time (C-level ``map`` and ``zip`` rather than a
    Python loop per row), and a column of few distinct values (a role, a format) runs its
    processor once per value."""
    connection = session.connection()
    dialect = connection.dialect
    names = list(columns)
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup) if compiled.positional and compiled.positiontup else names
    processed: list[Sequence[Any]] = []
    for name in order:
        values = columns[name]
        column_type = table.c[name].type
        processor = column_type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            values = _processed(values, _compact_json(column_type, dialect, processor))
        processed.append(values)
    params: list[Any] = list(zip(*processed, strict=True))
    if not compiled.positional:
        params = [dict(zip(order, values, strict=True)) for values in params]
    connection.exec_driver_sql(str(compiled), params)


def _processed(values: Sequence[Any], processor: Callable[[Any], Any]) -> list[Any]:
    """``processor`` applied to each value; once per distinct value when the column repeats
    a few values of one type (``True`` and ``1`` are equal keys, so one type only)."""
    kinds = set(map(type, values))
    if len(kinds) == 1 and next(iter(kinds)).__hash__ is not None:
        try:
            distinct = set(values)
        except TypeError:  # a tuple holding a list
            distinct = set()
        if distinct and 4 * len(distinct) <= len(values):
            converted = {value: processor(value) for value in distinct}
            return list(map(converted.__getitem__, values))
    return list(map(processor, values))


_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def _json_text(value: Any) -> str:
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:  # what orjson does not take (a str subclass as a key...)
        return _COMPACT_JSON.encode(value)


def _compact_json(
    column_type: Any, dialect: Any, processor: Callable[[Any], Any]
) -> Callable[[Any], Any]:
    """A JSON column's values written as compact UTF-8 JSON (orjson's, five times faster than
    the standard library's escaped and spaced text, in two thirds of the bytes: the raw
    answers are most of a participation row); the same values read back. ``None`` and an
    engine's own serializer are left alone."""
    if not isinstance(column_type, JSON) or getattr(dialect, "_json_serializer", None):
        return processor

    def process(value: Any) -> Any:
        return processor(value) if value is None else _json_text(value)

    return process
