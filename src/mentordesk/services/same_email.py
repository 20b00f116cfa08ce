"""Two names behind one e-mail address: the questionnaire's import asks, it never merges.

A row whose e-mail the database (or an earlier row of the file) already holds under another
name may be the same person (a new surname, a nickname) or someone else typing the wrong
address. The plan lists a :class:`SameEmailQuestion` for each; the coordinator answers by row
number (True: the same person, the latest answer is kept; False: another person, the row is
set aside). A question left unanswered sets its row aside too, with an error saying why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentordesk.i18n import Text
from mentordesk.io.columns import fold
from mentordesk.services.problems import Problem

if TYPE_CHECKING:
    from mentordesk.services.questionnaire_answers import Answer

SameAnswers = Mapping[int, bool]
"""The coordinator's answers by row number: True, the same person; False, another person."""

UNANSWERED = Text(
    en="row {row}: {email} is already {stored}'s address, and this row says {new}: row set "
    "aside until you say whether it is the same person",
    fr="ligne {row} : {email} est déjà l'adresse de {stored}, et cette ligne indique {new} : "
    "ligne mise de côté tant que vous n'avez pas dit s'il s'agit de la même personne",
)
ASK_SAME = Text(
    en="choose « Same person » or « Different person » in the preview "
    "(CLI: --same-person {row} or --different-person {row})",
    fr="choisissez « Même personne » ou « Personne différente » dans l'aperçu "
    "(CLI : --same-person {row} ou --different-person {row})",
)
DIFFERENT_PERSON = Text(
    en="row {row}: {new} is not {stored}, but gives the same e-mail {email}: row set aside",
    fr="ligne {row} : {new} n'est pas {stored}, mais donne le même e-mail {email} : ligne mise "
    "de côté",
)
ASK_ADDRESS = Text(
    en="ask {new} for their own e-mail address, then import the row again",
    fr="demandez à {new} sa propre adresse e-mail, puis importez de nouveau la ligne",
)


@dataclass(frozen=True)
class SameEmailQuestion:
    """A row whose e-mail is already held under another name: is it the same person?"""

    row: int
    sheet: str
    email: str
    stored_name: str
    new_name: str


def full_name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def _words(name: str) -> frozenset[str]:
    return frozenset(fold(name).replace("-", " ").split())


def different_names(stored: str, new: str) -> bool:
    """Whether two names cannot be one person's: both given and neither's words (accents,
    case and order aside) contain the other's (« Romain » and « ROUSSEAU Romain » agree)."""
    old_words, new_words = _words(stored), _words(new)
    if not old_words or not new_words:
        return False
    return not (old_words <= new_words or new_words <= old_words)


def same_email_questions(
    answers: Sequence[Answer], stored_names: Mapping[str, str]
) -> tuple[SameEmailQuestion, ...]:
    """A question for each answer whose e-mail is held under another name: by the database
    (``stored_names``, by e-mail) or else by the first row of the file giving that e-mail."""
    holders = dict(stored_names)
    questions: list[SameEmailQuestion] = []
    for answer in answers:
        name = full_name(answer.first_name, answer.last_name)
        held = holders.get(answer.email)
        if held is None:
            holders[answer.email] = name
            continue
        if not held and name:
            holders[answer.email] = name
            continue
        if different_names(held, name):
            where = answer.location
            questions.append(
                SameEmailQuestion(where.row or 0, where.sheet, answer.email, held, name)
            )
    return tuple(questions)


def set_aside(
    answers: Sequence[Answer],
    questions: Sequence[SameEmailQuestion],
    same_person: SameAnswers | None,
) -> tuple[list[Answer], list[Problem]]:
    """The answers to import and, for each row set aside (another person, or no answer yet),
    an error naming the row and the e-mail."""
    if not questions:
        return list(answers), []
    answered = same_person or {}
    asked = {(question.sheet, question.row): question for question in questions}
    kept: list[Answer] = []
    problems: list[Problem] = []
    for answer in answers:
        where = answer.location
        question = asked.get((where.sheet, where.row or 0))
        if question is None or answered.get(question.row) is True:
            kept.append(answer)
            continue
        names = {"row": question.row, "email": question.email}
        names |= {"stored": question.stored_name, "new": question.new_name}
        if question.row in answered:
            problem = Problem(where, DIFFERENT_PERSON(**names), ASK_ADDRESS(new=question.new_name))
        else:
            problem = Problem(where, UNANSWERED(**names), ASK_SAME(row=question.row))
        problems.append(problem)
    return kept, problems
