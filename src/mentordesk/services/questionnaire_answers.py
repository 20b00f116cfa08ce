"""Each row of a volunteers' questionnaire read into one normalised :class:`Answer`.

No database here: :func:`read_answers` turns a mapped :class:`~mentordesk.io.tables.Table`
into answers and :class:`~mentordesk.services.problems.Problem` reports; the questionnaire
import writes them.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, cast

from mentordesk.domain.emails import is_valid_email, normalise_email
from mentordesk.domain.enums import FormatPreference, Role
from mentordesk.domain.roles import parse_role
from mentordesk.i18n import Text
from mentordesk.io.columns import ColumnMapping, fold
from mentordesk.io.gazetteer import find_place
from mentordesk.io.tables import CellValue, Location, Table, cell_text, column_letter
from mentordesk.io.values import parse_bool, parse_count, parse_datetime, split_choices
from mentordesk.services.problems import Problem, Severity
from mentordesk.services.questionnaire_fields import (
    ANONYMOUS,
    QUESTIONNAIRE_FIELDS,
    parse_format,
    parse_languages,
)

DEFAULT_CAPACITY = 1
"""How many mentees a mentor takes when their answer does not say."""


@dataclass(frozen=True)
class Answer:
    """One volunteer's answer, normalised, with where it came from."""

    email: str
    role: Role
    location: Location
    first_name: str = ""
    last_name: str = ""
    capacity: int | None = None
    city: str = ""
    postcode: str = ""
    region: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    topics: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    format_preference: FormatPreference = FormatPreference.EITHER
    availability: str = ""
    consent: bool = False
    comment: str = ""
    experience_years: int | None = None
    company: str = ""
    answered_at: datetime | None = None
    raw_answers: dict[str, str] = field(default_factory=dict)


INVALID_EMAIL = Text(
    en="{value!r} is not a valid e-mail address",
    fr="« {value} » n'est pas une adresse e-mail valide",
)
FIX_EMAIL = Text(
    en="correct the address in the file, then import it again",
    fr="corrigez l'adresse dans le fichier puis importez-le à nouveau",
)
MISSING_EMAIL = Text(
    en="no e-mail address: the row was skipped", fr="pas d'adresse e-mail : la ligne est ignorée"
)
ADD_EMAIL = Text(
    en="add the person's address in the file, then import it again",
    fr="ajoutez l'adresse de la personne dans le fichier puis réimportez-le",
)
UNKNOWN_ROLE = Text(
    en="unknown role {value!r}: neither mentor nor mentee",
    fr="rôle inconnu « {value} » : ni mentor ni mentoré(e)",
)
MISSING_ROLE = Text(en="no role given", fr="aucun rôle indiqué")
FIX_ROLE = Text(
    en="write « Mentor » or « Mentoré(e) » in the file, or choose the role when importing",
    fr="écrivez « Mentor » ou « Mentoré(e) » dans le fichier, ou choisissez le rôle à l'import",
)
BAD_CAPACITY = Text(
    en="capacity {value!r} is not a number", fr="la capacité « {value} » n'est pas un nombre"
)
FIX_CAPACITY = Text(
    en="write how many mentees this mentor can take (for example 2)",
    fr="indiquez combien de mentorés ce mentor peut suivre (par exemple 2)",
)
NO_CAPACITY = Text(
    en="no capacity given: {default} mentee assumed",
    fr="capacité non renseignée : {default} mentoré(e) par défaut",
)
CHECK_CAPACITY = Text(
    en="change it on the Volunteers page if needed",
    fr="modifiez-la si besoin dans la page Volontaires",
)
UNKNOWN_CITY = Text(
    en="city {value!r} not found in the offline gazetteer: kept as written, without coordinates",
    fr="ville « {value} » introuvable dans le répertoire "
    "hors ligne : gardée telle quelle, sans coordonnées",
)
CHECK_CITY = Text(
    en="check the spelling if distances matter for this person",
    fr="vérifiez l'orthographe si la distance compte pour cette personne",
)
SKIPPED = Text(en="row skipped", fr="ligne ignorée")


_Fields = dict[str, Any]


def _answer(fields: _Fields, *parts: _Fields) -> Answer:
    """An :class:`Answer` from ``fields`` and ``parts`` (shared, read once per distinct
    combination of cells), which together give every field: built without the frozen
    dataclass's ``object.__setattr__`` for each of its 22 fields (a fifth of the time of
    reading a row)."""
    answer = object.__new__(Answer)
    values = answer.__dict__
    values.update(fields)
    for part in parts:
        values.update(part)
    return answer


_Cells = tuple[CellValue, ...]
_PLAIN = frozenset({str, type(None)})


def _picker(columns: tuple[int, ...]) -> Callable[[_Cells], _Cells]:
    """The cells of ``columns`` in a row, as a tuple (C-level, for row after row)."""
    if not columns:
        return lambda row: ()
    if len(columns) == 1:
        column = columns[0]
        return lambda row: (row[column],)
    return cast(Callable[[_Cells], _Cells], itemgetter(*columns))


def _first(cells: _Cells) -> CellValue:
    for value in cells:
        if value is not None:
            return value
    return None


_MEMO_SIZE = 4096


class _Memo:
    """A function of a row's cells, remembered for cells that are all text or empty (``1``,
    ``1.0`` and ``True`` are equal keys but not the same answer, so other values are read
    afresh every time), up to ``_MEMO_SIZE`` combinations: cells that repeat do so early, and
    a file of answers all different costs no memory for nothing."""

    def __init__(self, columns: tuple[int, ...], read: Callable[[_Cells], Any]) -> None:
        self.columns = columns
        self.pick = _picker(columns)
        self.read = read
        self.known: dict[_Cells, Any] = {}

    def __call__(self, row: _Cells) -> Any:
        cells = self.pick(row)
        found = self.known.get(cells, self)
        if found is self:
            found = self.read(cells)
            if len(self.known) < _MEMO_SIZE and _PLAIN.issuperset(map(type, cells)):
                self.known[cells] = found
        return found


class _RowReader:
    def __init__(
        self,
        table: Table,
        mapping: ColumnMapping,
        default_role: Role | None,
        forced_role: Role | None,
        known_topics: Container[str],
        problems: list[Problem],
    ) -> None:
        self.table = table
        self.default_role = default_role
        self.forced_role = forced_role
        self.known_topics = known_topics
        self.problems = problems
        self.file = table.file.name
        self.raw_keys: list[str] = []
        seen: dict[str, int] = {}
        for index, header in enumerate(table.headers):
            name = header or f"@{column_letter(index)}"
            if name in seen:
                name = f"{name} ({column_letter(index)})"
            seen[name] = index
            self.raw_keys.append(name)
        columns = {spec.key: mapping.columns_of(spec.key) for spec in QUESTIONNAIRE_FIELDS}
        self.columns = columns
        self.names = _Memo(
            columns["first_name"] + columns["last_name"] + columns["full_name"], self._names
        )
        self.place = _Memo(columns["city"] + columns["postcode"], self._place)
        self.topics = {
            role: _Memo(columns[own] + columns["topics"], self._topics)
            for role, own in ((Role.MENTOR, "expertise"), (Role.MENTEE, "needs"))
        }
        self.details = _Memo(
            columns["languages"]
            + columns["format_preference"]
            + columns["consent"]
            + columns["availability"]
            + columns["comment"]
            + columns["experience_years"]
            + columns["company"],
            self._details,
        )

    def first(self, row: _Cells, key: str) -> tuple[CellValue, int | None]:
        for column in self.columns[key]:
            if row[column] is not None:
                return row[column], column
        columns = self.columns[key]
        return None, (columns[0] if columns else None)

    def _split(self, cells: _Cells, *keys: str) -> list[_Cells]:
        """``cells`` (picked for ``keys`` in that order) cut back into each key's cells."""
        parts = []
        start = 0
        for key in keys:
            end = start + len(self.columns[key])
            parts.append(cells[start:end])
            start = end
        return parts

    def _names(self, cells: _Cells) -> _Fields:
        firsts, lasts, fulls = self._split(cells, "first_name", "last_name", "full_name")
        first = _squash(cell_text(_first(firsts)))
        last = _squash(cell_text(_first(lasts)))
        full = _squash(cell_text(_first(fulls)))
        if fold(first) in ANONYMOUS:
            first = ""
        if fold(last) in ANONYMOUS:
            last = ""
        if fold(full) in ANONYMOUS:
            full = ""
        if full and not last:
            if first:
                words = full.split()
                given = first.split()
                last = " ".join(words[len(given) :]) if words[: len(given)] == given else full
            else:
                first, last = split_full_name(full)
        return {"first_name": first, "last_name": last}

    def _place(self, cells: _Cells) -> tuple[_Fields, str]:
        """The place's fields, and the city as written when the gazetteer does not know it."""
        cities, postcodes = self._split(cells, "city", "postcode")
        city = _squash(cell_text(_first(cities)))
        postcode = _squash(cell_text(_first(postcodes)))
        place = find_place(city, postcode) if (city or postcode) else None
        if place is None:
            fields = {"city": city, "postcode": postcode, "region": "", "country": ""}
            return {**fields, "latitude": None, "longitude": None}, city
        return {
            "city": place.name,
            "postcode": place.postcode or postcode,
            "region": place.region,
            "country": place.country,
            "latitude": place.latitude,
            "longitude": place.longitude,
        }, ""

    def _topics(self, cells: _Cells) -> tuple[str, ...]:
        labels: list[str] = []
        for value in cells:
            labels.extend(split_choices(value, self.known_topics))
        return tuple(dict.fromkeys(labels))

    def _details(self, cells: _Cells) -> _Fields:
        """What an answer says beyond who and where."""
        languages_cells, format_cells, consent_cells, availability_cells, comment_cells, \
            experience_cells, company_cells = self._split(
                cells, "languages", "format_preference", "consent", "availability", "comment",
                "experience_years", "company",
            )  # fmt: skip
        languages: list[str] = []
        for value in languages_cells:
            languages.extend(parse_languages(value))
        return {
            "languages": tuple(dict.fromkeys(languages)),
            "format_preference": parse_format(_first(format_cells)) or FormatPreference.EITHER,
            "availability": "; ".join(_squash(cell_text(v)) for v in availability_cells if v),
            "consent": bool(parse_bool(_first(consent_cells))),
            "comment": "\n".join(cell_text(v).strip() for v in comment_cells if v is not None),
            "experience_years": parse_count(_first(experience_cells)),
            "company": _squash(cell_text(_first(company_cells))),
        }

    def problem(self, index: int, column: int | None, message: str, advice: str,
                severity: Severity = "error") -> None:  # fmt: skip
        self.problems.append(Problem(self.table.location(index, column), message, advice, severity))

    def read(self, index: int) -> Answer | None:
        """Row ``index`` as an answer, or None once the reason it is skipped is reported."""
        row = self.table.rows[index]
        email = self._email(index, row)
        if email is None:
            return None
        role = self._role(index, row)
        if role is None:
            return None
        readable, capacity = self._capacity(index, row, role)
        if not readable:
            return None
        place, unknown_city = self.place(row)
        if unknown_city:
            _, column = self.first(row, "city")
            self.problem(index, column, UNKNOWN_CITY(value=unknown_city), CHECK_CITY(), "warning")
        answered_value, _ = self.first(row, "answered_at")
        own = {
            "email": email,
            "role": role,
            "location": Location(self.file, self.table.sheet, self.table.row_numbers[index]),
            "capacity": capacity,
            "topics": self.topics[role](row),
            "answered_at": parse_datetime(answered_value),
            "raw_answers": self._raw(row),
        }
        return _answer(own, self.names(row), place, self.details(row))

    def _raw(self, row: _Cells) -> dict[str, str]:
        """Every answer of the row as written, by its column's header."""
        return {
            key: (v if v.__class__ is str else cell_text(v))
            for key, v in zip(self.raw_keys, row, strict=False)
            if v is not None
        }

    def _email(self, index: int, row: _Cells) -> str | None:
        value, column = self.first(row, "email")
        email = normalise_email(cell_text(value))
        if not email:
            self.problem(index, column, MISSING_EMAIL(), ADD_EMAIL())
            return None
        if not is_valid_email(email):
            self.problem(index, column, f"{INVALID_EMAIL(value=email)} — {SKIPPED()}",
                         FIX_EMAIL())  # fmt: skip
            return None
        return email

    def _role(self, index: int, row: _Cells) -> Role | None:
        """The forced role, else the row's, else the sheet's or the file's name's."""
        if self.forced_role is not None:
            return self.forced_role
        value, column = self.first(row, "role")
        text = cell_text(value).strip()
        if text:
            role = parse_role(text)
            if role is None:
                self.problem(index, column, f"{UNKNOWN_ROLE(value=text)} — {SKIPPED()}",
                             FIX_ROLE())  # fmt: skip
            return role
        if self.default_role is None:
            self.problem(index, column, f"{MISSING_ROLE()} — {SKIPPED()}", FIX_ROLE())
        return self.default_role

    def _capacity(self, index: int, row: _Cells, role: Role) -> tuple[bool, int | None]:
        """Whether the row's capacity can be read, and the capacity (a mentor's only; the
        default, with a warning, when the file has a capacity column left blank)."""
        if role is not Role.MENTOR:
            return True, None
        value, column = self.first(row, "capacity")
        if value is None:
            if self.columns["capacity"]:
                self.problem(index, column, NO_CAPACITY(default=DEFAULT_CAPACITY),
                             CHECK_CAPACITY(), "warning")  # fmt: skip
            return True, DEFAULT_CAPACITY
        capacity = parse_count(value)
        if capacity is None or capacity < 0:
            self.problem(index, column, f"{BAD_CAPACITY(value=cell_text(value))} — {SKIPPED()}",
                         FIX_CAPACITY())  # fmt: skip
            return False, None
        return True, capacity


@lru_cache(maxsize=65536)
def _squash(text: str) -> str:
    """Runs of spaces and line breaks as one space, none at the ends (answers repeat a lot)."""
    return " ".join(text.split())


def split_full_name(full: str) -> tuple[str, str]:
    """« Marie Dupont » → (Marie, Dupont); « DUPONT Marie » → (Marie, DUPONT); one word is a
    first name. Accents and hyphens are kept."""
    words = full.split()
    if not words:
        return "", ""
    if len(words) == 1:
        return words[0], ""
    upper = [w.isupper() and len(w) > 1 for w in words]
    if upper[0] and not all(upper):
        split = upper.index(False)
        return " ".join(words[split:]), " ".join(words[:split])
    return words[0], " ".join(words[1:])


def read_answers(
    table: Table,
    mapping: ColumnMapping,
    *,
    default_role: Role | None = None,
    forced_role: Role | None = None,
    known_topics: Container[str] = (),
    problems: list[Problem] | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[Answer], list[Problem]]:
    """Every row of ``table`` as an :class:`Answer`, or a problem saying why not.

    ``forced_role`` overrides the file; ``default_role`` (from the sheet's or the file's
    name) fills rows whose role is blank. ``known_topics`` holds the folded labels and
    aliases of the programme's topics, so labels containing a comma stay whole.
    """
    found: list[Problem] = [] if problems is None else problems
    known = (
        known_topics
        if isinstance(known_topics, frozenset)
        else frozenset(cast(Iterable[str], known_topics))
    )
    reader = _RowReader(table, mapping, default_role, forced_role, known, found)
    answers: list[Answer] = []
    for index in range(len(table.rows)):
        if progress is not None and index % 500 == 0:
            progress(index)
        answer = reader.read(index)
        if answer is not None:
            answers.append(answer)
    return answers, found
