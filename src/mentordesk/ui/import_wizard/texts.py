"""The words of the import wizard that change with the kind of import."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from mentordesk.services.import_kinds import ImportOutcome


class KindTexts(QObject):
    """The words that change with the kind of import; every other text is shared."""

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key

    def _pick(self, texts: dict[str, Callable[[], str]]) -> str:
        return texts.get(self.key, texts["questionnaire"])()

    def title(self) -> str:
        return self._pick(
            {
                "questionnaire": lambda: self.tr("Import a Questionnaire"),
                "meetings": lambda: self.tr("Import Meetings"),
                "feedback": lambda: self.tr("Import the Survey's Answers"),
            }
        )

    def file_title(self) -> str:
        return self._pick(
            {
                "questionnaire": lambda: self.tr("Choose the Questionnaire Export"),
                "meetings": lambda: self.tr("Choose the Meetings Spreadsheet"),
                "feedback": lambda: self.tr("Choose the Survey's Export"),
            }
        )

    def file_help(self) -> str:
        return self._pick(
            {
                "questionnaire": lambda: self.tr(
                    "The file your form tool exported: Google Forms, Microsoft Forms, Typeform, "
                    "or your own workbook (xlsx, ods, csv). It is only read, never changed."
                ),
                "meetings": lambda: self.tr(
                    "A spreadsheet with one row per meeting: the mentor's and the mentee's "
                    "e-mails, the date, and if you have them the duration, the mode and notes "
                    "(xlsx, ods, csv). It is only read, never changed."
                ),
                "feedback": lambda: self.tr(
                    "The export of the end-of-batch survey, one row per respondent: their "
                    "e-mail, their rating out of 10, and any other answers (xlsx, ods, csv). "
                    "It is only read, never changed."
                ),
            }
        )

    def columns_help(self) -> str:
        return self._pick(
            {
                "questionnaire": lambda: self.tr(
                    "MentorDesk recognised these columns. Change any of them; columns left out "
                    "are still kept with each person's answers."
                ),
                "meetings": lambda: self.tr(
                    "MentorDesk recognised these columns. Change any of them; columns left out "
                    "are not imported."
                ),
                "feedback": lambda: self.tr(
                    "MentorDesk recognised these columns. Change any of them; columns left out "
                    "are still kept with each respondent's answers."
                ),
            }
        )

    def left_out(self) -> str:
        """The choice of the column menus that maps a column to no field."""
        if self.key == "meetings":
            return self.tr("— not imported —")
        return self.tr("— kept with the answers —")

    def preview_count(self, key: str, count: int) -> str:
        phrases: dict[tuple[str, str], Callable[[], str]] = {
            ("questionnaire", "ready"): lambda: self.tr("%n person(s) ready to import", "", count),
            ("questionnaire", "mentors"): lambda: self.tr("%n mentor(s)", "", count),
            ("questionnaire", "mentees"): lambda: self.tr("%n mentee(s)", "", count),
            ("meetings", "created"): lambda: self.tr("%n meeting(s) to import", "", count),
            ("meetings", "unchanged"): lambda: self.tr("%n already logged", "", count),
            ("feedback", "created"): lambda: self.tr("%n new answer(s)", "", count),
            ("feedback", "updated"): lambda: self.tr("%n answer(s) to update", "", count),
            ("feedback", "unchanged"): lambda: self.tr("%n unchanged", "", count),
        }
        phrase = phrases.get((self.key, key))
        return phrase() if phrase is not None else f"{key}: {count}"

    def commit_text(self, count: int, batch: str, new_batch: bool) -> str:
        """The button that imports: what it will write, and where."""
        if self.key == "meetings":
            text = self.tr("Import %n meeting(s) into %1", "", count)
        elif self.key == "feedback":
            text = self.tr("Import %n answer(s) into %1", "", count)
        elif new_batch:
            text = self.tr("Create the batch “%1” and import %n person(s) into it", "", count)
        else:
            text = self.tr("Import %n person(s) into %1", "", count)
        return text.replace("%1", batch)

    def outcome_lines(self, outcome: ImportOutcome) -> list[str]:
        """What was written, one figure a line; the figures that cannot happen are left out."""
        created, updated, unchanged = outcome.created, outcome.updated, outcome.unchanged
        if self.key == "meetings":
            return [
                self.tr("%n meeting(s) added", "", created),
                self.tr("%n meeting(s) already logged", "", unchanged),
            ]
        if self.key == "feedback":
            return [
                self.tr("%n answer(s) added", "", created),
                self.tr("%n answer(s) updated", "", updated),
                self.tr("%n answer(s) unchanged", "", unchanged),
            ]
        return [
            self.tr("%n person(s) added", "", created),
            self.tr("%n person(s) updated", "", updated),
            self.tr("%n person(s) unchanged", "", unchanged),
            self.tr("%n mentor(s)", "", outcome.detail("mentors"))
            + ", "
            + self.tr("%n mentee(s)", "", outcome.detail("mentees")),
        ]
