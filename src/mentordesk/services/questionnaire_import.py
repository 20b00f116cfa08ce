"""The volunteers' questionnaire imported: its answers read, checked, and written into a batch.

The steps are those of every import (:class:`~mentordesk.services.row_import.RowImport`)::

    opened = imports.open(path)                        # read + detect (slow part, no database)
    plan = imports.plan(opened, batch_id)              # normalise rows, list problems
    outcome = imports.apply(plan, batch_id)            # write people and participations

``import_file`` does all three (the CLI). Unlike the other imports, the questionnaire may
be given a :class:`~mentordesk.services.import_kinds.NewBatch` (the batch is created unless
one has its name), or None (the latest batch), and every row may be given a role.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.domain.dates import default_end
from mentordesk.domain.enums import Role
from mentordesk.domain.roles import parse_role
from mentordesk.i18n import Text
from mentordesk.io.columns import ColumnMapping, fold
from mentordesk.io.readers import TOO_SLOW
from mentordesk.io.tables import Location, Sheet
from mentordesk.services.batches import batch_or_fail
from mentordesk.services.errors import InvalidInput
from mentordesk.services.import_kinds import (
    BatchTarget,
    ImportChoice,
    ImportOutcome,
    ImportPreview,
    NewBatch,
    OpenedFile,
    Progress,
)
from mentordesk.services.mapping_profiles import QUESTIONNAIRE, MappingProfiles
from mentordesk.services.problems import Problem, refuse_if_strict, rows_skipped
from mentordesk.services.questionnaire_answers import DEFAULT_CAPACITY, Answer, read_answers
from mentordesk.services.questionnaire_fields import QUESTIONNAIRE_FIELDS
from mentordesk.services.questionnaire_writer import CHECK_DUPLICATE, stored_names, write_answers
from mentordesk.services.row_import import Reading, RowImport, RowPlan, Writing, Written
from mentordesk.services.same_email import (
    SameAnswers,
    SameEmailQuestion,
    same_email_questions,
    set_aside,
)
from mentordesk.storage.models import Batch, Topic
from mentordesk.storage.queries import find_batch, get_or_create_programme

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
NO_ANSWERS = Text(
    en="no row could be imported ({count} row(s) with errors; the first: {first})",
    fr="aucune ligne n'a pu être importée ({count} ligne(s) en erreur ; la première : {first})",
)
NO_BATCH = Text(
    en="there is no batch yet: name one to create it (--batch NAME)",
    fr="il n'existe encore aucune promo : nommez-en une pour la créer (--batch NOM)",
)
DUPLICATE = Text(
    en="{email} answered more than once: the answer of {kept} is kept ({why}), this one is ignored",
    fr="{email} a répondu plusieurs fois : la réponse de {kept} est gardée ({why}), celle-ci "
    "est ignorée",
)
LATEST = Text(en="the latest", fr="la plus récente")
LAST_ROW = Text(en="the last in the file", fr="la dernière du fichier")
ROW_OF = Text(en="row {row}", fr="la ligne {row}")
ROW_OF_SHEET = Text(en="row {row} of {sheet}", fr="la ligne {row} de {sheet}")
NO_CAPACITY_COLUMN = Text(
    en="no capacity column: every mentor of this sheet can take {default} mentee",
    fr="pas de colonne de capacité : chaque mentor de cette feuille peut suivre {default} "
    "mentoré(e)",
)


@dataclass(frozen=True)
class QuestionnaireOutcome(ImportOutcome):
    """What a questionnaire import did, its mentors and mentees counted."""

    @property
    def mentors(self) -> int:
        return self.detail("mentors")

    @property
    def mentees(self) -> int:
        return self.detail("mentees")

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


@dataclass(frozen=True)
class QuestionnairePlan(RowPlan[Answer]):
    """The questionnaire's plan: ``rows`` and ``problems`` as the answers given so far leave
    them (one answer per e-mail; the rows whose question is unanswered set aside)."""

    answers: tuple[Answer, ...] = ()
    """Every row read, before duplicates and questions."""
    read_problems: tuple[Problem, ...] = ()
    questions: tuple[SameEmailQuestion, ...] = ()
    same_person: Mapping[int, bool] = field(default_factory=dict)
    """The answers given, by row."""


class QuestionnaireImportService(MappingProfiles, RowImport[Answer]):
    """The volunteers' questionnaire: one :class:`Answer` per row, one per e-mail, written
    as the people and their participations in a batch (created when missing)."""

    key = QUESTIONNAIRE
    fields = QUESTIONNAIRE_FIELDS
    chooses_role = True
    creates_batch = True
    no_columns = NO_EMAIL_COLUMN
    strict_after_writing = False
    """``strict`` refuses the rows read wrong; a refused role change does not refuse the file."""
    outcome_type = QuestionnaireOutcome

    def _name_role(self, path: Path, sheet: Sheet) -> Role | None:
        """« Mentors », « Mentorés »: the sheet's name, else the file's, tells the role."""
        return parse_role(sheet.name) or parse_role(path.stem)

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
    ) -> QuestionnairePlan:
        """Every row read, and a question for each e-mail held under another name."""
        read = super().plan(
            opened, batch, sheets=sheets, mappings=mappings, profile=profile, role=role,
            progress=progress,
        )  # fmt: skip
        with self._uow() as uow:
            held = stored_names(uow.session, [answer.email for answer in read.rows])
        plan = QuestionnairePlan(
            file=read.file,
            sheets=read.sheets,
            rows=(),
            problems=(),
            answers=read.rows,
            read_problems=read.problems,
            questions=same_email_questions(read.rows, held),
        )
        return self._resolve(plan, {})

    def _resolve(self, plan: RowPlan[Answer], same_person: SameAnswers) -> QuestionnairePlan:
        """The rows to write once the questions are answered: those set aside reported, one
        answer kept per e-mail; problems by sheet (as chosen), row and column."""
        assert isinstance(plan, QuestionnairePlan)
        kept, problems = set_aside(plan.answers, plan.questions, same_person)
        latest, duplicates = _latest_answers(kept, len(plan.sheets) > 1)
        problems = [*plan.read_problems, *problems, *duplicates]
        order = {name: index for index, name in enumerate(plan.sheets)}
        problems.sort(key=lambda p: (order.get(p.location.sheet, -1), p.location.row or 0,
                                     p.location.column))  # fmt: skip
        return replace(
            plan, rows=tuple(latest), problems=tuple(problems), same_person=dict(same_person)
        )

    def _read_rows(self, reading: Reading, problems: list[Problem]) -> list[Answer]:
        """Normalise every row of the chosen sheets (duplicates are kept: see :meth:`plan`).

        Raises InvalidInput when a sheet's rows have no role (none chosen, no role column,
        none in the sheet's or the file's name), or when normalising the rows outlasts the
        read limits' ``max_seconds``.
        """
        known = self._known_topics(reading.batch)
        report = self._reporter(reading)
        answers: list[Answer] = []
        done = 0
        for sheet, mapping in reading.sheets:
            if reading.role is None and not mapping.columns_of("role") and sheet.role is None:
                raise InvalidInput(f"{reading.file}: {NO_ROLE()}")
            found, _ = read_answers(
                sheet.table,
                mapping,
                default_role=sheet.role,
                forced_role=reading.role,
                known_topics=known,
                problems=problems,
                progress=partial(report, done),
            )
            if not mapping.columns_of("capacity") and any(a.role is Role.MENTOR for a in found):
                warning = NO_CAPACITY_COLUMN(default=DEFAULT_CAPACITY)
                location = Location(reading.file, sheet.table.sheet)
                problems.append(Problem(location, warning, "", "warning"))
            answers.extend(found)
            done += len(sheet.table)
        return answers

    def _reporter(self, reading: Reading) -> Callable[[int, int], None]:
        """Called with the rows of the sheets before and the rows done in this one: reports
        0–40 % and gives up past the read limits' time."""
        give_up = time.monotonic() + self.limits.max_seconds
        total = sum(len(sheet.table) for sheet, _ in reading.sheets) or 1
        progress = reading.progress

        def report(offset: int, row: int) -> None:
            if time.monotonic() > give_up:
                limit = f"{self.limits.max_seconds:g}"
                raise InvalidInput(f"{reading.file}: {TOO_SLOW(limit=limit)}")
            if progress is not None:
                progress(int(40 * (offset + row) / total))

        return report

    def _known_topics(self, batch: BatchTarget) -> set[str]:
        """The folded labels and aliases of the batch's programme's topics (of every
        programme when the batch does not exist yet)."""
        with self._uow() as uow:
            programme_id = None
            if isinstance(batch, int):
                programme_id = batch_or_fail(uow.session, batch).programme_id
            elif isinstance(batch, NewBatch):
                found = find_batch(uow.session, batch.name)
                programme_id = found.programme_id if found is not None else None
            query = select(Topic.label, Topic.aliases)
            if programme_id is not None:
                query = query.where(Topic.programme_id == programme_id)
            known: set[str] = set()
            for label, aliases in uow.session.execute(query):
                known.add(fold(label))
                known.update(fold(alias) for alias in aliases or ())
            return known

    def _preview(self, plan: RowPlan[Answer], choice: ImportChoice) -> ImportPreview:
        """The answers ready, mentors and mentees; the database is not read."""
        mentors = sum(1 for answer in plan.rows if answer.role is Role.MENTOR)
        return ImportPreview(
            file=plan.file,
            choice=choice,
            counts=(
                ("ready", len(plan.rows)),
                ("mentors", mentors),
                ("mentees", len(plan.rows) - mentors),
            ),
            writes=len(plan.rows),
            skipped=rows_skipped(plan.problems),
            problems=plan.problems,
            plan=plan,
            questions=plan.questions if isinstance(plan, QuestionnairePlan) else (),
        )

    def _check_plan(self, plan: RowPlan[Answer], strict: bool) -> None:
        """``strict`` refuses a file with a row in error; a file with no answer is refused."""
        if strict:
            refuse_if_strict(plan.file, plan.problems)
        if not plan.rows:
            skipped = rows_skipped(plan.problems)
            if skipped:
                first = next(p for p in plan.problems if p.severity == "error")
                reason = f"{first.message} — {first.advice}" if first.advice else first.message
                raise InvalidInput(f"{plan.file}: {NO_ANSWERS(count=skipped, first=reason)}")
            raise InvalidInput(f"{plan.file}: {NO_EMAIL_COLUMN()}")

    def _target(self, session: Session, batch: BatchTarget) -> tuple[Batch, bool]:
        return _target_batch(session, batch)

    def _write(self, writing: Writing, rows: Sequence[Answer]) -> Written:
        return write_answers(writing, rows)

    def _order(self, problems: Sequence[Problem]) -> tuple[Problem, ...]:
        """By sheet and row; on one row, those found reading it before those found writing."""
        return tuple(sorted(problems, key=lambda p: (p.location.sheet, p.location.row or 0)))


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


def _target_batch(session: Session, batch: BatchTarget) -> tuple[Batch, bool]:
    """The batch of that id, or named (created when missing), else the latest; and whether
    it is new."""
    if isinstance(batch, int):
        return batch_or_fail(session, batch), False
    if batch is None:
        latest = session.scalars(
            select(Batch).order_by(Batch.start_date.desc(), Batch.id.desc())
        ).first()
        if latest is None:
            raise InvalidInput(NO_BATCH())
        return latest, False
    name = batch.name
    found = find_batch(session, name)
    if found is not None:
        return found, False
    programme = get_or_create_programme(session)
    today = date.today()
    created = Batch(
        programme_id=programme.id,
        name=name.strip(),
        start_date=today,
        end_date=default_end(today),
        settings={},
    )
    session.add(created)
    session.flush()
    return created, True
