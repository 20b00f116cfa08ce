"""Import the end-of-batch survey's export: one answer per respondent, found by their e-mail
among the batch's volunteers (mentors and mentees answer the same survey).

Columns are recognised by their headers in French or English and by their values
(:data:`FEEDBACK_FIELDS`), or named by a saved mapping profile. The steps (open, preview,
run) and their results are those of every import: see :mod:`mentordesk.services.row_import`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.domain.emails import normalise_email
from mentordesk.domain.enums import Role
from mentordesk.domain.roles import looks_like_role, parse_role
from mentordesk.domain.topics import clean_label
from mentordesk.i18n import Text
from mentordesk.io.columns import FieldSet, FieldSpec, fold
from mentordesk.io.tables import CellValue, Location, Table, cell_text
from mentordesk.io.values import (
    looks_like_bool,
    looks_like_datetime,
    looks_like_email,
    parse_bool,
    parse_datetime,
    split_choices,
)
from mentordesk.services.batches import BATCH_NOT_FOUND, batch_or_fail
from mentordesk.services.errors import NotFound
from mentordesk.services.feedback import (
    clean_progress,
    formed_duos,
    remember_survey_choices,
    survey_choices,
)
from mentordesk.services.import_kinds import BatchTarget, NewBatch
from mentordesk.services.import_records import (
    FEEDBACK_CREATED,
    FEEDBACK_UPDATED,
    FEEDBACK_VALUES,
    ImportChangeRow,
    changed_fields,
    feedback_values,
)
from mentordesk.services.import_sheets import email_field
from mentordesk.services.problems import NOT_AN_EMAIL, ROLE_NAMES, Problem
from mentordesk.services.row_import import (
    Reading,
    RowCells,
    RowImport,
    Writing,
    Written,
)
from mentordesk.storage.models import Duo, Feedback, Participation, Person, Topic

_RATING = re.compile(r"^(\d{1,2})(?:[.,]0+)?(?:\s*(?:/|sur|out of|on)\s*10)?$")


def parse_rating(value: CellValue) -> int | None:
    """A whole rating from 0 to 10: ``9``, ``9.0``, "9", "9/10", « 9 sur 10 », "9 out of 10"."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value if 0 <= value <= 10 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and 0 <= value <= 10 else None
    if not isinstance(value, str):
        return None
    match = _RATING.match(" ".join(value.casefold().split()))
    if match is None:
        return None
    rating = int(match.group(1))
    return rating if rating <= 10 else None


def looks_like_rating(value: CellValue) -> bool:
    return parse_rating(value) is not None


FEEDBACK_FIELDS = FieldSet(
    (
        email_field(
            "email",
            Text(en="E-mail", fr="E-mail"),
            ("email", "e-mail", "adresse e-mail", "adresse email", "courriel", "mail",
             "your email", "votre e-mail", "votre adresse e-mail", "email address"),
        ),
        FieldSpec(
            "role",
            Text(en="Role", fr="Rôle"),
            synonyms=("role", "rôle", "vous êtes", "you are", "profil", "statut",
                      "mentor ou mentoré", "mentor or mentee"),
            sniffer=looks_like_role,
        ),
        FieldSpec(
            "rating",
            Text(en="Rating out of 10", fr="Note sur 10"),
            synonyms=("note", "note sur 10", "rating", "score", "satisfaction", "note globale",
                      "notez", "sur 10", "out of 10", "rate", "how would you rate",
                      "quelle note", "évaluation", "evaluation"),
            sniffer=looks_like_rating,
            required=True,
        ),
        FieldSpec(
            "progressed_on",
            Text(en="Progressed on", fr="Progrès"),
            synonyms=("progrès", "progres", "progressé", "progresse", "progressed",
                      "progress", "sur quoi avez-vous progressé", "what did you progress on",
                      "what did you improve", "amélioré", "acquis", "compétences"),
            multiple=True,
        ),
        FieldSpec(
            "learned",
            Text(en="Learned from partner", fr="A appris de son binôme"),
            synonyms=("appris", "avez-vous appris", "learned", "learnt", "learn",
                      "appris de votre binôme", "appris de votre mentoré",
                      "learned from your mentee", "learned from your partner"),
            sniffer=looks_like_bool,
        ),
        FieldSpec(
            "comment",
            Text(en="Comment", fr="Commentaire"),
            synonyms=("commentaire", "commentaires", "comment", "comments", "remarques",
                      "remarque", "un mot", "témoignage", "temoignage", "testimonial",
                      "verbatim", "avis", "feedback", "message", "en quelques mots",
                      "in a few words", "anything to add", "anything else",
                      "quelque chose à ajouter", "autre chose"),
        ),
        FieldSpec(
            "may_quote",
            Text(en="May be quoted", fr="Citation autorisée"),
            synonyms=("citation", "citer", "cité", "cite", "quote", "quoted", "quoting",
                      "peut on citer", "may we quote", "can we quote", "publier", "publish",
                      "autorisez vous", "accord pour citer", "diffuser", "share your comment"),
            sniffer=looks_like_bool,
        ),
        FieldSpec(
            "submitted_at",
            Text(en="Submitted on", fr="Date de réponse"),
            synonyms=("horodateur", "horodatage", "timestamp", "submitted at", "submitted",
                      "date de réponse", "date de soumission", "heure de fin", "completion time",
                      "end time", "date"),
            sniffer=looks_like_datetime,
        ),
        FieldSpec(
            "partner",
            Text(en="Partner's e-mail", fr="E-mail du binôme"),
            synonyms=("binôme", "binome", "partner", "e-mail de votre binôme",
                      "e-mail de votre mentor", "e-mail de votre mentoré", "partner email",
                      "your mentor email", "your mentee email"),
            sniffer=looks_like_email,
        ),
    ),
    choices_field="progressed_on",
)  # fmt: skip

NO_COLUMNS = Text(
    en="no sheet gives {fields}: is this the end-of-batch survey's export?",
    fr="aucune feuille ne donne {fields} : est-ce bien l'export du questionnaire de fin ?",
)
NO_EMAIL = Text(en="the e-mail is empty", fr="l'e-mail est vide")
NOT_IN_BATCH = Text(
    en="{email} is not a volunteer of the batch {batch!r}",
    fr="{email} ne fait pas partie des volontaires de la promo « {batch} »",
)
BAD_RATING = Text(
    en="{value!r} is not a rating from 0 to 10",
    fr="« {value} » n'est pas une note de 0 à 10",
)
BAD_DATE = Text(en="{value!r} is not a date", fr="« {value} » n'est pas une date")
UNCLEAR_YES_NO = Text(
    en="{value!r} is neither yes nor no: read as no",
    fr="« {value} » n'est ni oui ni non : compris comme non",
)
UNCLEAR_QUOTE = Text(
    en="{value!r} is neither yes nor no: the comment stays private",
    fr="« {value} » n'est ni oui ni non : le commentaire reste privé",
)
ROLE_DIFFERS = Text(
    en="the survey says {said}, the batch has {email} as {role}: the batch's role is kept",
    fr="le questionnaire indique {said}, la promo compte {email} comme {role} : le rôle de la"
    " promo est gardé",
)
PARTNER_UNKNOWN = Text(
    en="{email} is not in a duo with {partner}: the answer is not tied to a duo",
    fr="{email} n'est pas en duo avec {partner} : la réponse n'est liée à aucun duo",
)
ANSWERED_TWICE = Text(
    en="{email} answered twice: the answer of row {kept} is kept",
    fr="{email} a répondu deux fois : la réponse de la ligne {kept} est gardée",
)


@dataclass(frozen=True)
class _AnswerRow:
    location: Location
    email_at: Location
    email: str
    role: Role | None
    rating: int | None
    progressed_on: tuple[str, ...]
    learned: bool | None
    comment: str
    may_quote: bool
    submitted_at: datetime | None
    partner: str
    raw: dict[str, str]
    asked: frozenset[str]
    """The fields the file has a column for; the others keep what the answer already holds."""
    choices: tuple[str, ...] = ()
    """The survey's fixed choices for what mentees progressed on, as its file shows them."""


class FeedbackImportService(RowImport[_AnswerRow]):
    """The survey's export as an :class:`~mentordesk.services.import_kinds.ImportKind`."""

    key = "feedback"
    fields = FEEDBACK_FIELDS
    no_columns = NO_COLUMNS

    def _read_rows(self, reading: Reading, problems: list[Problem]) -> list[_AnswerRow]:
        known = self._known_labels(reading.batch)
        rows: list[_AnswerRow] = []
        for sheet, mapping in reading.sheets:
            table = sheet.table
            columns: dict[str, int | tuple[int, ...]] = {}
            for spec in FEEDBACK_FIELDS:
                taken = mapping.columns_of(spec.key)
                if taken:
                    columns[spec.key] = taken if spec.multiple else taken[0]
            choices = _fixed_choices(table, mapping.columns_of("progressed_on"))
            for index in range(len(table)):
                row = _read_row(RowCells(table, columns, index, problems), known, choices)
                if row is not None:
                    rows.append(row)
        return _latest_per_email(rows, problems)

    def _known_labels(self, batch: BatchTarget) -> set[str]:
        """The folded labels and aliases of the programme's topics, and the survey's choices."""
        with self._uow() as uow:
            if not isinstance(batch, int):
                name = batch.name if isinstance(batch, NewBatch) else None
                raise NotFound(BATCH_NOT_FOUND(name=name))
            found = batch_or_fail(uow.session, batch)
            known = {
                fold(label)
                for topic in uow.session.scalars(
                    select(Topic).where(Topic.programme_id == found.programme_id)
                )
                for label in (topic.label, *topic.aliases)
            }
            known.update(fold(label) for label in survey_choices(found))
        return known

    def _write(self, writing: Writing, rows: Sequence[_AnswerRow]) -> Written:
        """Each respondent's answer created or updated; importing the same export again
        changes nothing: an answer whose row (``raw_answers``) is unchanged is left as it is,
        so corrections made in the window survive."""
        session, batch, problems = writing.session, writing.batch, writing.problems
        people = {
            email: participation
            for email, participation in session.execute(
                select(Person.email, Participation)
                .join(Participation, Participation.person_id == Person.id)
                .where(Participation.batch_id == batch.id)
            )
        }
        remember_survey_choices(batch, (label for row in rows for label in row.choices))
        written = Written()
        step = writing.steps(len(rows))
        created: list[Feedback] = []
        for done, row in enumerate(rows):
            step(done)
            participation = people.get(row.email)
            if participation is None:
                problems.append(
                    Problem(row.email_at, NOT_IN_BATCH(email=row.email, batch=batch.name), "")
                )
                continue
            _check_role(participation, row, problems)
            duo_id = _duo_of(session, participation, row, problems)
            _write_answer(session, participation, row, duo_id, written, created)
        session.flush()
        written.changes.extend(
            ImportChangeRow(
                FEEDBACK_CREATED,
                participation_id=feedback.participation_id,
                previous={"feedback_id": feedback.id},
            )
            for feedback in created
        )
        return written


def _check_role(participation: Participation, row: _AnswerRow, problems: list[Problem]) -> None:
    """A warning when the survey gives the respondent another role than the batch does."""
    if row.role is not None and row.role is not participation.role:
        said, role = ROLE_NAMES[row.role](), ROLE_NAMES[participation.role]()
        problems.append(
            Problem(
                row.location, ROLE_DIFFERS(said=said, email=row.email, role=role), "", "warning"
            )
        )


def _write_answer(
    session: Session,
    participation: Participation,
    row: _AnswerRow,
    duo_id: int | None,
    written: Written,
    created: list[Feedback],
) -> None:
    """Create or update one answer, or leave it when its row is unchanged."""
    feedback = participation.feedback
    if feedback is not None and feedback.raw_answers == row.raw:
        written.unchanged += 1
        return
    if feedback is None:
        feedback = Feedback(participation_id=participation.id)
        session.add(feedback)
        created.append(feedback)
        written.created += 1
        _apply(feedback, row, duo_id)
        return
    written.updated += 1
    before = feedback_values(feedback)
    _apply(feedback, row, duo_id)
    previous = changed_fields(before, feedback_values(feedback), FEEDBACK_VALUES)
    written.changes.append(
        ImportChangeRow(FEEDBACK_UPDATED, participation.person_id, participation.id, previous)
    )


def _fixed_choices(table: Table, columns: Sequence[int]) -> tuple[str, ...]:
    """The headers of the columns that hold one choice each (Typeform): the survey's words.

    Such a column holds nothing but its own header where the choice was ticked. A column of
    free answers (a Google Forms question, an "Other" column) gives none: a respondent's own
    words are never taken for one of the survey's choices.
    """
    choices: list[str] = []
    for column in columns:
        header = table.headers[column]
        texts = (cell_text(value).strip() for value in table.column(column))
        values = {fold(text) for text in texts if text}
        if header and values == {fold(header)}:
            choices.append(clean_label(header))
    return tuple(choices)


def _read_row(cells: RowCells, known: set[str], choices: tuple[str, ...]) -> _AnswerRow | None:
    """The row's answer, or None when an error skips it (unclear answers are warnings)."""
    cell = cells.cell
    email_value, email_at = cell("email")
    email = normalise_email(cell_text(email_value))
    if not email:
        cells.report(email_at, NO_EMAIL())
    elif not looks_like_email(email):
        cells.report(email_at, NOT_AN_EMAIL(value=cell_text(email_value)))
    value, where = cell("rating")
    rating = parse_rating(value)
    if rating is None and cell_text(value).strip():
        cells.report(where, BAD_RATING(value=cell_text(value).strip()))
    submitted, learned, may_quote = _dates_and_yes_no(cells)
    role_value, _ = cell("role")
    comment_value, _ = cell("comment")
    partner_value, _ = cell("partner")
    if cells.has_errors():
        return None
    values, headers = cells.values, cells.table.headers
    raw = {
        header or f"@{index}": cell_text(values[index])
        for index, header in enumerate(headers)
        if cell_text(values[index]).strip()
    }
    return _AnswerRow(
        location=cells.location,
        email_at=email_at,
        email=email,
        role=parse_role(cell_text(role_value)) if role_value is not None else None,
        rating=rating,
        progressed_on=_progressed_on(cells, known),
        learned=learned,
        comment=cell_text(comment_value).strip(),
        may_quote=bool(may_quote),
        submitted_at=submitted,
        partner=normalise_email(cell_text(partner_value)),
        raw=raw,
        asked=frozenset(cells.columns),
        choices=choices,
    )


def _dates_and_yes_no(cells: RowCells) -> tuple[datetime | None, bool | None, bool | None]:
    """When the row was submitted, whether the respondent learned from their partner and
    whether they may be quoted; what cannot be read is a warning (an unclear "learned" is no)."""
    value, where = cells.cell("submitted_at")
    submitted = parse_datetime(value)
    if submitted is None and cell_text(value).strip():
        cells.report(where, BAD_DATE(value=cell_text(value).strip()), "warning")
    value, where = cells.cell("learned")
    learned = parse_bool(value)
    if learned is None and cell_text(value).strip():
        cells.report(where, UNCLEAR_YES_NO(value=cell_text(value).strip()), "warning")
        learned = False
    value, where = cells.cell("may_quote")
    may_quote = parse_bool(value)
    if may_quote is None and cell_text(value).strip():
        cells.report(where, UNCLEAR_QUOTE(value=cell_text(value).strip()), "warning")
    return submitted, learned, may_quote


def _progressed_on(cells: RowCells, known: set[str]) -> tuple[str, ...]:
    """What the respondent progressed on, from every column of the question (a Typeform
    question has one column per choice), kept as they answered it, their own words included
    (a form's "Other: …"): the report names only the programme's topics and the survey's
    fixed choices (:func:`mentordesk.services.feedback.printable_subjects`)."""
    columns = cells.columns.get("progressed_on", ())
    if isinstance(columns, int):
        columns = (columns,)
    return tuple(
        clean_progress(
            choice for column in columns for choice in split_choices(cells.values[column], known)
        )
    )


def _apply(feedback: Feedback, row: _AnswerRow, duo_id: int | None) -> None:
    """``row`` into ``feedback``; what the file has no column for keeps its value. A comment
    may be quoted only when the respondent said so: an empty or unclear answer keeps it
    private."""
    feedback.duo_id = duo_id
    feedback.rating = row.rating
    feedback.raw_answers = row.raw
    if "progressed_on" in row.asked:
        feedback.progressed_on = list(row.progressed_on)
    if "learned" in row.asked:
        feedback.learned_from_partner = row.learned
    if "comment" in row.asked:
        feedback.comment = row.comment
    if "may_quote" in row.asked or "comment" in row.asked:
        feedback.may_quote = row.may_quote and bool(feedback.comment)
    if "submitted_at" in row.asked or feedback.submitted_at is None:
        feedback.submitted_at = row.submitted_at


def _latest_per_email(rows: list[_AnswerRow], problems: list[Problem]) -> list[_AnswerRow]:
    """One answer per respondent: the latest submitted, else the last in the file."""
    kept: dict[str, _AnswerRow] = {}
    for row in rows:
        previous = kept.get(row.email)
        if previous is None:
            kept[row.email] = row
            continue
        newer = (
            row
            if previous.submitted_at is None
            or row.submitted_at is None
            or row.submitted_at >= previous.submitted_at
            else previous
        )
        older = previous if newer is row else row
        kept[row.email] = newer
        problems.append(
            Problem(older.location, ANSWERED_TWICE(email=row.email, kept=newer.location.row), "")
        )
    return list(kept.values())


def _duo_of(
    session: Session, participation: Participation, row: _AnswerRow, problems: list[Problem]
) -> int | None:
    duos: list[Duo] = formed_duos(session, participation)
    if row.partner:
        for duo in duos:
            other = duo.mentee if duo.mentor_id == participation.id else duo.mentor
            if other.person.email == row.partner:
                return duo.id
        problems.append(
            Problem(
                row.location, PARTNER_UNKNOWN(email=row.email, partner=row.partner), "", "warning"
            )
        )
        return None
    return duos[0].id if len(duos) == 1 else None
