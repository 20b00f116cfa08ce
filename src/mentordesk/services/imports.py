"""Import the volunteers' questionnaire exports: read, map, check, then write in one transaction.

The three steps are separate so the window can show each one::

    source = imports.open(path)                       # read + detect (slow part, no database)
    plan = imports.plan(source, role=None, mappings=None)   # normalise rows, list problems
    report = imports.apply(plan, batch="Promo 2026")  # write people and participations

``import_file`` does all three (the CLI). Nothing is ever half-imported: the writes of one
import run in one transaction, committed at the very end (never with ``dry_run``), and any
refusal or failure leaves the database as it was.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import JSON, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from mentordesk.domain.dates import default_end
from mentordesk.domain.enums import Role
from mentordesk.domain.roles import parse_role
from mentordesk.domain.topics import clean_label, topic_key
from mentordesk.i18n import Text
from mentordesk.io.columns import ColumnMapping, FieldSet, detect_mapping, find_header_row, fold
from mentordesk.io.readers import TOO_SLOW, read_workbook
from mentordesk.io.tables import (
    DEFAULT_LIMITS,
    Location,
    ReadLimits,
    Sheet,
    Table,
    UnreadableFile,
    Workbook,
)
from mentordesk.services.errors import InvalidInput, NotFound
from mentordesk.services.questionnaire import (
    DEFAULT_CAPACITY,
    QUESTIONNAIRE_FIELDS,
    Answer,
    Problem,
    read_answers,
)
from mentordesk.storage.models import (
    Batch,
    Duo,
    MappingProfile,
    Participation,
    ParticipationTopic,
    Person,
    Topic,
)
from mentordesk.storage.queries import (
    ensure_topics,
    find_batch,
    get_or_create_programme,
    topics_by_key,
)
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

Progress = Callable[[int], None]
"""Called with a percentage (0–100); may raise to cancel, which rolls everything back."""

NO_EMAIL_COLUMN = Text(
    en="no column of e-mail addresses was found; check that this is the questionnaire's export",
    fr="aucune colonne d'adresses e-mail trouvée ; vérifiez qu'il s'agit bien de l'export du "
    "questionnaire",
)
NO_ROLE = Text(
    en="cannot tell mentors from mentees: add a role column, name the sheet or the file "
    "« Mentors » or « Mentorés », or choose the role",
    fr="impossible de distinguer mentors et mentorés : ajoutez une colonne de rôle, nommez la "
    "feuille ou le fichier « Mentors » ou « Mentorés », ou choisissez le rôle",
)
STRICT_REFUSAL = Text(
    en="{count} row(s) have errors, nothing was imported (first: sheet {sheet}, row {row}, "
    "column {column}: {message})",
    fr="{count} ligne(s) comportent des erreurs, rien n'a été importé (première : feuille "
    "{sheet}, ligne {row}, colonne {column} : {message})",
)
NO_ANSWERS = Text(
    en="no row could be imported ({count} row(s) with errors)",
    fr="aucune ligne n'a pu être importée ({count} ligne(s) en erreur)",
)
NO_BATCH = Text(
    en="there is no batch yet: name one to create it (--batch NAME)",
    fr="il n'existe encore aucune promo : nommez-en une pour la créer (--batch NOM)",
)
BATCH_NOT_FOUND = Text(en="no batch named {name!r}", fr="aucune promo nommée « {name} »")
DUPLICATE = Text(
    en="{email} answered more than once: the answer of {kept} is kept ({why}), this one is ignored",
    fr="{email} a répondu plusieurs fois : la réponse de {kept} est gardée ({why}), celle-ci "
    "est ignorée",
)
LATEST = Text(en="the latest", fr="la plus récente")
LAST_ROW = Text(en="the last in the file", fr="la dernière du fichier")
ROW_OF = Text(en="row {row}", fr="la ligne {row}")
ROW_OF_SHEET = Text(en="row {row} of {sheet}", fr="la ligne {row} de {sheet}")
CHECK_DUPLICATE = Text(
    en="nothing to do if the kept answer is the right one",
    fr="rien à faire si la réponse gardée est la bonne",
)
OLDER_ANSWER = Text(
    en="{email} already has a later answer in this batch ({stored}): this older one is ignored",
    fr="{email} a déjà une réponse plus récente dans cette promo ({stored}) : celle-ci, plus "
    "ancienne, est ignorée",
)
ROLE_IN_DUO = Text(
    en="{email} is already in a duo as {old}; the file says {new}: row skipped",
    fr="{email} est déjà en duo comme {old} ; le fichier indique {new} : ligne ignorée",
)
UNDO_DUO = Text(
    en="end or remove the duo first if the role really changed",
    fr="terminez ou supprimez d'abord le duo si le rôle a vraiment changé",
)
NO_CAPACITY_COLUMN = Text(
    en="no capacity column: every mentor of this sheet can take {default} mentee",
    fr="pas de colonne de capacité : chaque mentor de cette feuille peut suivre {default} "
    "mentoré(e)",
)
SHEET_IGNORED = Text(
    en="sheet {sheet!r} was not imported: no column of e-mail addresses",
    fr="la feuille « {sheet} » n'a pas été importée : aucune colonne d'adresses e-mail",
)
PROFILE_UNREADABLE = Text(
    en="{name}: not a mapping profile ({reason})",
    fr="{name} : ce n'est pas un profil de correspondance ({reason})",
)
PROFILE_NOT_FOUND = Text(
    en="no mapping profile named {name!r}", fr="aucun profil de correspondance « {name} »"
)
ROLE_NAMES = {
    Role.MENTOR: Text(en="mentor", fr="mentor"),
    Role.MENTEE: Text(en="mentee", fr="mentoré(e)"),
}


@dataclass(frozen=True)
class SheetSource:
    """One sheet as read and understood: its table, detected mapping and implied role."""

    sheet: Sheet
    table: Table
    mapping: ColumnMapping
    name_role: Role | None

    @property
    def name(self) -> str:
        return self.sheet.name

    @property
    def importable(self) -> bool:
        return bool(self.mapping.columns_of("email"))


@dataclass(frozen=True)
class ImportSource:
    """A file read and its sheets' columns detected; nothing written anywhere."""

    path: Path
    workbook: Workbook
    sheets: tuple[SheetSource, ...]

    def sheet(self, name: str) -> SheetSource:
        for source in self.sheets:
            if source.name == name:
                return source
        raise KeyError(name)

    @property
    def importable(self) -> tuple[SheetSource, ...]:
        return tuple(source for source in self.sheets if source.importable)


@dataclass(frozen=True)
class ImportPlan:
    """The answers that would be written, and every problem found on the way."""

    path: Path
    answers: tuple[Answer, ...]
    problems: tuple[Problem, ...]
    skipped: int
    sheets: tuple[str, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def rows_with_errors(self) -> set[tuple[str, int | None]]:
        return {(p.location.sheet, p.location.row) for p in self.errors}


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, with ``dry_run``, would have done)."""

    file: str
    batch: str
    created: int
    updated: int
    unchanged: int
    skipped: int
    mentors: int
    mentees: int
    problems: tuple[Problem, ...] = ()
    dry_run: bool = False
    batch_created: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "mentors": self.mentors,
            "mentees": self.mentees,
            "warnings": [problem.as_json() for problem in self.problems],
        }


@dataclass
class _Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)


@contextmanager
def _bulk_work() -> Iterator[None]:
    """No cyclic garbage collection while tens of thousands of rows are built: they hold no
    cycles, and collecting the growing heap again and again costs a sixth of an import.

    Each step (read, plan, write) runs under it whole, so no full collection lands in the
    short stretches between the bulk loops either."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _refuse(error: UnreadableFile) -> InvalidInput:
    return InvalidInput(str(error))


def read_profile_file(path: Path | str, fields: FieldSet = QUESTIONNAIRE_FIELDS) -> dict[str, Any]:
    """A mapping profile saved as JSON (``{"columns": {"Header": "field" | null}}``) naming
    only ``fields`` (the questionnaire's unless another import's are given)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidInput(PROFILE_UNREADABLE(name=path.name, reason=str(error))) from error
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise InvalidInput(PROFILE_UNREADABLE(name=path.name, reason="no 'columns' object"))
    for key in data["columns"].values():
        if key is not None and key not in fields:
            raise InvalidInput(PROFILE_UNREADABLE(name=path.name, reason=f"unknown field {key!r}"))
    return data


def write_profile_file(path: Path | str, profile: Mapping[str, Any]) -> None:
    Path(path).write_text(json.dumps(profile, ensure_ascii=False, indent=2), encoding="utf-8")


class ImportService:
    def __init__(self, uow: UnitOfWorkFactory, limits: ReadLimits = DEFAULT_LIMITS) -> None:
        self._uow = uow
        self.limits = limits

    # --- reading and planning (no database writes) ---------------------------------

    @_bulk_work()
    def open(self, path: Path | str, *, sheets: Iterable[str] | None = None) -> ImportSource:
        """Read ``path`` and detect each sheet's header row and columns. Raises InvalidInput."""
        path = Path(path)
        try:
            workbook = read_workbook(path, sheets=sheets, limits=self.limits)
        except UnreadableFile as error:
            raise _refuse(error) from error
        file_role = parse_role(path.stem)
        sources = []
        for sheet in workbook.sheets:
            if not sheet.rows:
                continue
            header = find_header_row(sheet, QUESTIONNAIRE_FIELDS)
            table = sheet.table(header)
            mapping = _detect(table)
            role = parse_role(sheet.name) or file_role
            sources.append(SheetSource(sheet, table, mapping, role))
        return ImportSource(path, workbook, tuple(sources))

    @_bulk_work()
    def plan(
        self,
        source: ImportSource,
        *,
        sheets: Sequence[str] | None = None,
        role: Role | None = None,
        mappings: Mapping[str, ColumnMapping] | None = None,
        profile: Mapping[str, Any] | None = None,
        batch: str | None = None,
        progress: Progress | None = None,
    ) -> ImportPlan:
        """Normalise every row of the chosen sheets; refuse what cannot be imported at all.

        ``mappings`` (per sheet name) or ``profile`` override the detected columns;
        ``role`` forces every row's role. Raises InvalidInput when no sheet can be read, or
        when normalising the rows outlasts the read limits' ``max_seconds``.
        """
        give_up = time.monotonic() + self.limits.max_seconds
        chosen = _choose_sheets(source, sheets, mappings, profile)
        known = self._known_topics(batch)
        problems: list[Problem] = []
        answers: list[Answer] = []
        total = sum(len(s.table) for s, _ in chosen) or 1
        done = 0
        for sheet_source, mapping in chosen:
            table = sheet_source.table
            if role is None and not mapping.columns_of("role") and sheet_source.name_role is None:
                raise InvalidInput(f"{source.path.name}: {NO_ROLE()}")

            def report(row: int, offset: int = done) -> None:
                if time.monotonic() > give_up:
                    limit = f"{self.limits.max_seconds:g}"
                    raise InvalidInput(f"{source.path.name}: {TOO_SLOW(limit=limit)}")
                if progress is not None:
                    progress(int(40 * (offset + row) / total))

            found, _ = read_answers(
                table,
                mapping,
                default_role=sheet_source.name_role,
                forced_role=role,
                known_topics=known,
                problems=problems,
                progress=report,
            )
            if not mapping.columns_of("capacity") and any(a.role is Role.MENTOR for a in found):
                problems.append(
                    Problem(
                        Location(source.path.name, table.sheet),
                        NO_CAPACITY_COLUMN(default=DEFAULT_CAPACITY),
                        "",
                        "warning",
                    )
                )
            answers.extend(found)
            done += len(table)
        skipped = len(
            {(p.location.sheet, p.location.row) for p in problems if p.severity == "error"}
        )
        kept, duplicates = _latest_answers(answers, len(chosen) > 1)
        problems.extend(duplicates)
        return ImportPlan(
            path=source.path,
            answers=tuple(kept),
            problems=tuple(sorted(problems, key=_problem_order(chosen))),
            skipped=skipped,
            sheets=tuple(s.name for s, _ in chosen),
        )

    def _known_topics(self, batch: str | None) -> set[str]:
        with self._uow() as uow:
            programme_id = None
            if batch is not None:
                found = find_batch(uow.session, batch)
                programme_id = found.programme_id if found is not None else None
            query = select(Topic.label, Topic.aliases)
            if programme_id is not None:
                query = query.where(Topic.programme_id == programme_id)
            known: set[str] = set()
            for label, aliases in uow.session.execute(query):
                known.add(fold(label))
                known.update(fold(alias) for alias in aliases or ())
            return known

    # --- writing ------------------------------------------------------------------

    @_bulk_work()
    def apply(
        self,
        plan: ImportPlan,
        batch: str | None,
        *,
        dry_run: bool = False,
        strict: bool = False,
        create_batch: bool = True,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Write the plan's answers into ``batch`` in one transaction (none with ``dry_run``)."""
        errors = plan.errors
        name = plan.path.name
        if strict and errors:
            first = errors[0]
            raise InvalidInput(
                f"{name}: "
                + STRICT_REFUSAL(
                    count=plan.skipped,
                    sheet=first.location.sheet,
                    row=first.location.row,
                    column=first.location.column_label or "-",
                    message=first.message,
                )
            )
        if not plan.answers:
            if errors:
                raise InvalidInput(f"{name}: {NO_ANSWERS(count=plan.skipped)}")
            raise InvalidInput(f"{name}: {NO_EMAIL_COLUMN()}")
        with self._uow() as uow:
            session = uow.session
            target, created_batch = _target_batch(session, batch, create_batch)
            counts = _write(session, target, plan.answers, progress)
            if progress is not None:
                progress(99)
            batch_name = target.name
            if not dry_run:
                uow.commit()
        refused = {p.location for p in counts.refused}
        imported = (
            [a for a in plan.answers if a.location not in refused] if refused else plan.answers
        )
        problems = sorted(
            [*plan.problems, *counts.refused, *counts.notes],
            key=lambda p: (p.location.sheet, p.location.row or 0),
        )
        if progress is not None:
            progress(100)
        return ImportReport(
            file=name,
            batch=batch_name,
            created=counts.created,
            updated=counts.updated,
            unchanged=counts.unchanged,
            skipped=plan.skipped + len(counts.refused),
            mentors=sum(1 for a in imported if a.role is Role.MENTOR),
            mentees=sum(1 for a in imported if a.role is Role.MENTEE),
            problems=tuple(problems),
            dry_run=dry_run,
            batch_created=created_batch,
        )

    @_bulk_work()
    def import_file(
        self,
        path: Path | str,
        batch: str | None = None,
        *,
        sheet: str | None = None,
        role: Role | None = None,
        profile: Mapping[str, Any] | None = None,
        dry_run: bool = False,
        strict: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Read, plan and apply in one call (what the CLI does)."""
        source = self.open(path, sheets=None if sheet is None else [sheet])
        plan = self.plan(source, role=role, profile=profile, batch=batch, progress=progress)
        return self.apply(plan, batch, dry_run=dry_run, strict=strict, progress=progress)

    # --- mapping profiles -----------------------------------------------------------

    def profiles(self) -> list[str]:
        with self._uow() as uow:
            return list(
                uow.session.scalars(select(MappingProfile.name).order_by(MappingProfile.name))
            )

    def profile(self, name: str) -> dict[str, Any]:
        with self._uow() as uow:
            found = uow.session.scalars(
                select(MappingProfile).where(MappingProfile.name == name)
            ).one_or_none()
            if found is None:
                raise NotFound(PROFILE_NOT_FOUND(name=name))
            return dict(found.mapping)

    def save_profile(self, name: str, profile: Mapping[str, Any]) -> None:
        """Save (or replace) a named mapping profile."""
        name = name.strip()
        if not name:
            raise InvalidInput("a mapping profile needs a name")
        with self._uow() as uow:
            found = uow.session.scalars(
                select(MappingProfile).where(MappingProfile.name == name)
            ).one_or_none()
            if found is None:
                uow.session.add(MappingProfile(name=name, mapping=dict(profile)))
            else:
                found.mapping = dict(profile)
            uow.commit()

    def delete_profile(self, name: str) -> None:
        with self._uow() as uow:
            uow.session.execute(delete(MappingProfile).where(MappingProfile.name == name))
            uow.commit()


def _detect(table: Table) -> ColumnMapping:
    return detect_mapping(table, QUESTIONNAIRE_FIELDS)


def _choose_sheets(
    source: ImportSource,
    sheets: Sequence[str] | None,
    mappings: Mapping[str, ColumnMapping] | None,
    profile: Mapping[str, Any] | None,
) -> list[tuple[SheetSource, ColumnMapping]]:
    candidates = (
        [source.sheet(name) for name in sheets] if sheets is not None else list(source.sheets)
    )
    chosen: list[tuple[SheetSource, ColumnMapping]] = []
    for sheet_source in candidates:
        mapping = sheet_source.mapping
        if mappings is not None and sheet_source.name in mappings:
            mapping = mappings[sheet_source.name]
        elif profile is not None:
            try:
                mapping = ColumnMapping.from_profile(
                    profile, sheet_source.table, QUESTIONNAIRE_FIELDS
                )
            except ValueError as error:
                raise InvalidInput(f"{source.path.name}: {error}") from error
        if mapping.columns_of("email"):
            chosen.append((sheet_source, mapping))
    if not chosen:
        raise InvalidInput(f"{source.path.name}: {NO_EMAIL_COLUMN()}")
    return chosen


def _latest_answers(
    answers: list[Answer], several_sheets: bool
) -> tuple[list[Answer], list[Problem]]:
    """One answer per e-mail: the latest by timestamp when all have one, else the last row."""
    if len({answer.email for answer in answers}) == len(answers):
        return list(answers), []
    groups: dict[str, list[int]] = {}
    for index, answer in enumerate(answers):
        groups.setdefault(answer.email, []).append(index)
    keep: set[int] = set()
    problems: list[Problem] = []
    for email, indexes in groups.items():
        if len(indexes) == 1:
            keep.add(indexes[0])
            continue
        stamps = [answers[i].answered_at for i in indexes]
        if all(stamp is not None for stamp in stamps):
            winner = max(indexes, key=lambda i: (answers[i].answered_at, i))
            why = LATEST()
        else:
            winner = indexes[-1]
            why = LAST_ROW()
        keep.add(winner)
        kept_at = answers[winner].location
        kept = (
            ROW_OF_SHEET(row=kept_at.row, sheet=kept_at.sheet)
            if several_sheets
            else ROW_OF(row=kept_at.row)
        )
        for index in indexes:
            if index != winner:
                problems.append(
                    Problem(
                        answers[index].location,
                        DUPLICATE(email=email, kept=kept, why=why),
                        CHECK_DUPLICATE(),
                        "warning",
                    )
                )
    return [answers[i] for i in sorted(keep)], problems


def _problem_order(
    chosen: list[tuple[SheetSource, ColumnMapping]],
) -> Callable[[Problem], tuple[int, int, str]]:
    order = {source.name: index for index, (source, _) in enumerate(chosen)}

    def key(problem: Problem) -> tuple[int, int, str]:
        location = problem.location
        return (order.get(location.sheet, -1), location.row or 0, location.column)

    return key


def _target_batch(session: Session, name: str | None, create: bool) -> tuple[Batch, bool]:
    if name is None:
        latest = session.scalars(
            select(Batch).order_by(Batch.start_date.desc(), Batch.id.desc())
        ).first()
        if latest is None:
            raise InvalidInput(NO_BATCH())
        return latest, False
    found = find_batch(session, name)
    if found is not None:
        return found, False
    if not create:
        raise NotFound(BATCH_NOT_FOUND(name=name))
    programme = get_or_create_programme(session)
    today = date.today()
    batch = Batch(
        programme_id=programme.id,
        name=name.strip(),
        start_date=today,
        end_date=default_end(today),
        settings={},
    )
    session.add(batch)
    session.flush()
    return batch, True


_PARTICIPATION: tuple[tuple[str, Callable[[Answer], Any]], ...] = (
    ("role", attrgetter("role")),
    ("capacity", lambda a: a.capacity if a.role is Role.MENTOR else None),
    ("city", lambda a: a.city[:200]),
    ("postcode", lambda a: a.postcode[:20]),
    ("region", lambda a: a.region[:200]),
    ("country", lambda a: a.country[:2]),
    ("latitude", attrgetter("latitude")),
    ("longitude", attrgetter("longitude")),
    ("languages", attrgetter("languages")),
    ("format_preference", attrgetter("format_preference")),
    ("availability", attrgetter("availability")),
    ("consent", attrgetter("consent")),
    ("comment", attrgetter("comment")),
    ("experience_years", attrgetter("experience_years")),
    ("company", lambda a: a.company[:200]),
    ("answered_at", attrgetter("answered_at")),
    ("raw_answers", attrgetter("raw_answers")),
)
"""Each participation column an answer fills, and how (the JSON ones as they are written)."""
_COMPARED = tuple(name for name, _ in _PARTICIPATION)
_CHUNK = 500


def _chunks(values: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _participation_values(answer: Answer) -> dict[str, Any]:
    """The columns as read back from the database, to compare and update (languages a list)."""
    values = {name: get(answer) for name, get in _PARTICIPATION}
    values["languages"] = list(answer.languages)
    values["raw_answers"] = dict(answer.raw_answers)
    return values


def _write(
    session: Session, batch: Batch, answers: Sequence[Answer], progress: Progress | None
) -> _Counts:
    """Bulk upsert of people, participations and topic links: a handful of statements."""
    counts = _Counts()
    emails = [a.email for a in answers]
    people = _people_by_email(session, emails)
    names = {
        a.email: (a.first_name[:200], a.last_name[:200]) for a in answers if a.email not in people
    }
    if names:
        _bulk_insert(
            session,
            Person.__table__,
            {
                "email": list(names),
                "first_name": [first for first, _ in names.values()],
                "last_name": [last for _, last in names.values()],
            },
        )
        for email, pid in _by_email(session, list(names), Person.id):
            people[email] = (pid, *names[email])
    if progress is not None:
        progress(55)

    # The batch's own rows are read whole: one query each, whatever the file's size.
    existing: dict[int, dict[str, Any]] = {
        row.person_id: dict(row._mapping)
        for row in session.execute(
            select(
                Participation.id,
                Participation.person_id,
                *[getattr(Participation, name) for name in _COMPARED],
            ).where(Participation.batch_id == batch.id)
        )
    }
    in_duos: set[int] = set()
    links: dict[int, list[int]] = {}
    if existing:
        for mentor_id, mentee_id in session.execute(
            select(Duo.mentor_id, Duo.mentee_id).where(Duo.batch_id == batch.id)
        ):
            in_duos.update((mentor_id, mentee_id))
        for pid, topic_id in session.execute(
            select(ParticipationTopic.participation_id, ParticipationTopic.topic_id)
            .join(Participation, Participation.id == ParticipationTopic.participation_id)
            .where(Participation.batch_id == batch.id)
            .order_by(ParticipationTopic.participation_id, ParticipationTopic.position)
        ):
            links.setdefault(pid, []).append(topic_id)

    index = topics_by_key(session, batch.programme_id)
    all_labels = list(dict.fromkeys(label for a in answers for label in a.topics))
    ensure_topics(session, batch.programme_id, all_labels, index)
    topic_ids: dict[str, int] = {}
    for label in all_labels:
        topic = index.get(topic_key(clean_label(label)))
        if topic is not None:
            topic_ids[label] = topic.id
    if progress is not None:
        progress(65)

    new_answers: list[Answer] = []
    new_people: list[int] = []
    insert_topics: list[list[int]] = []
    to_update: list[dict[str, Any]] = []
    update_topics: dict[int, list[int]] = {}
    renamed: list[dict[str, Any]] = []
    # Answers share their topics' tuples (read once per distinct cell), so do their ids.
    topic_lists: dict[tuple[str, ...], list[int]] = {}
    for answer in answers:
        pid, first, last = people[answer.email]
        wanted_topics = topic_lists.get(answer.topics)
        if wanted_topics is None:
            wanted_topics = list(
                dict.fromkeys(topic_ids[label] for label in answer.topics if label in topic_ids)
            )
            topic_lists[answer.topics] = wanted_topics
        name_changed = (answer.first_name and answer.first_name != first) or (
            answer.last_name and answer.last_name != last
        )
        if name_changed:
            renamed.append(
                {
                    "id": pid,
                    "first_name": (answer.first_name or first)[:200],
                    "last_name": (answer.last_name or last)[:200],
                }
            )
        current = existing.get(pid)
        if current is None:
            new_answers.append(answer)
            new_people.append(pid)
            insert_topics.append(wanted_topics)
            counts.created += 1
            continue
        stored_at = current["answered_at"]
        if (
            stored_at is not None
            and answer.answered_at is not None
            and answer.answered_at < stored_at
        ):
            counts.unchanged += 1
            counts.notes.append(
                Problem(
                    answer.location,
                    OLDER_ANSWER(email=answer.email, stored=stored_at.isoformat(sep=" ")),
                    CHECK_DUPLICATE(),
                    "warning",
                )
            )
            if name_changed:
                renamed.pop()
            continue
        if current["role"] != answer.role and current["id"] in in_duos:
            counts.refused.append(
                Problem(
                    answer.location,
                    ROLE_IN_DUO(
                        email=answer.email,
                        old=ROLE_NAMES[current["role"]](),
                        new=ROLE_NAMES[answer.role](),
                    ),
                    UNDO_DUO(),
                )
            )
            if name_changed:
                renamed.pop()
            continue
        values = _participation_values(answer)
        same = all(_same(current[name], values[name]) for name in _COMPARED)
        if same and links.get(current["id"], []) == wanted_topics and not name_changed:
            counts.unchanged += 1
            continue
        to_update.append({"id": current["id"], **values})
        update_topics[current["id"]] = wanted_topics
        counts.updated += 1

    if renamed:
        session.execute(update(Person), renamed)
    if to_update:
        session.execute(update(Participation), to_update)
        for chunk in _chunks(list(update_topics)):
            session.execute(
                delete(ParticipationTopic).where(ParticipationTopic.participation_id.in_(chunk))
            )
    if progress is not None:
        progress(75)
    links_to_write: list[tuple[int, list[int]]] = list(update_topics.items())
    if new_answers:
        columns = {"batch_id": [batch.id] * len(new_answers), "person_id": new_people}
        columns.update((name, list(map(get, new_answers))) for name, get in _PARTICIPATION)
        _bulk_insert(session, Participation.__table__, columns)
        inserted = {
            person_id: participation_id
            for person_id, participation_id in session.connection()
            .execute(
                select(Participation.person_id, Participation.id).where(
                    Participation.batch_id == batch.id
                )
            )
            .all()
        }
        links_to_write[:0] = zip([inserted[pid] for pid in new_people], insert_topics, strict=True)
    link_columns: dict[str, list[int]] = {"participation_id": [], "topic_id": [], "position": []}
    for participation_id, topic_list in links_to_write:
        link_columns["participation_id"].extend([participation_id] * len(topic_list))
        link_columns["topic_id"].extend(topic_list)
        link_columns["position"].extend(range(len(topic_list)))
    if link_columns["topic_id"]:
        _bulk_insert(session, ParticipationTopic.__table__, link_columns)
    session.flush()
    return counts


def _people_by_email(session: Session, emails: Sequence[str]) -> dict[str, tuple[int, str, str]]:
    """The people among ``emails`` already known: their id and names."""
    rows = _by_email(session, emails, Person.id, Person.first_name, Person.last_name)
    return {email: (pid, first, last) for email, pid, first, last in rows}


def _by_email(session: Session, emails: Sequence[str], *columns: Any) -> list[Any]:
    """``columns`` of the people among ``emails``, each row led by the e-mail: everyone read
    at once when that is cheaper than many ``IN`` lists, else by chunks through one cached
    statement."""
    connection = session.connection()
    total = connection.scalar(select(func.count()).select_from(Person)) or 0
    wanted = set(emails)
    if total <= 4 * len(wanted):
        rows = connection.execute(select(Person.email, *columns)).all()
        return [row for row in rows if row[0] in wanted]
    found: list[Any] = []
    statement = select(Person.email, *columns).where(
        Person.email.in_(bindparam("emails", expanding=True))
    )
    for chunk in _chunks(list(wanted)):
        found.extend(connection.execute(statement, {"emails": list(chunk)}).all())
    return found


def _bulk_insert(session: Session, table: Any, columns: Mapping[str, Sequence[Any]]) -> None:
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


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, float) and isinstance(new, float):
        return abs(old - new) < 1e-9
    return bool(old == new)


def reread_with_mapping(source: ImportSource, name: str, mapping: ColumnMapping) -> ImportSource:
    """``source`` with one sheet's mapping replaced (the wizard's corrections)."""
    sheets = tuple(replace(s, mapping=mapping) if s.name == name else s for s in source.sheets)
    return replace(source, sheets=sheets)
