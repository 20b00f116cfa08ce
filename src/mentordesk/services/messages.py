"""Messages to duos: editable templates, introductions and nudges as drafts, ``.eml`` files.

Each duo is written to in French when both its mentor and its mentee speak French (or did
not say), in English otherwise, unless a language is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.domain.enums import DuoState, MilestoneKind
from mentordesk.domain.messages import (
    DEFAULTS,
    RESOURCES,
    TemplateKey,
    allowed_placeholders,
    join_words,
    render,
    unknown_placeholders,
)
from mentordesk.domain.timeline import long_date, midpoint
from mentordesk.i18n import LANGUAGES, Language, Text, as_language
from mentordesk.io import eml
from mentordesk.io.mailto import mailto_url
from mentordesk.services.batches import batch_or_fail
from mentordesk.services.errors import InvalidInput
from mentordesk.services.meetings import DuoRow, MeetingService
from mentordesk.services.output import output_file, output_folder
from mentordesk.services.sent_messages import (
    MessageKind,
    SendChannel,
    SentMessage,
    SentMessageService,
)
from mentordesk.services.timeline import Timeline, TimelineService
from mentordesk.services.tracking_texts import (
    NO_CONFIRMED_DUO,
    NUDGE_SITUATIONS,
    UNKNOWN_PLACEHOLDERS,
    UNKNOWN_TEMPLATE,
)
from mentordesk.storage.models import MessageTemplate
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

TO_BE_DEFINED = Text(en="to be defined together", fr="à définir ensemble")
NO_MEETING_YET = Text(en="no meeting yet", fr="aucune rencontre pour l'instant")


@dataclass(frozen=True)
class TemplateText:
    key: TemplateKey
    language: Language
    subject: str
    body: str
    customised: bool

    @property
    def is_resource(self) -> bool:
        return self.key in RESOURCES


@dataclass(frozen=True)
class Draft:
    """A message ready to open, copy or save; ``recipients`` are (name, e-mail) pairs."""

    duo_id: int
    language: Language
    recipients: tuple[tuple[str, str], ...]
    subject: str
    body: str
    file_stem: str
    last_sent: SentMessage | None = None
    """When this kind of message was last given to the duo (copied, opened, saved)."""

    def mailto(self) -> str:
        return mailto_url([email for _, email in self.recipients], self.subject, self.body)

    def as_text(self) -> str:
        """What the clipboard gets: recipients and subject above the body, like a mail."""
        to = ", ".join(f"{name} <{email}>" for name, email in self.recipients)
        return f"To: {to}\nSubject: {self.subject}\n\n{self.body}"


def parse_key(raw: str) -> TemplateKey:
    try:
        return TemplateKey(raw)
    except ValueError:
        keys = ", ".join(key.value for key in TemplateKey)
        raise InvalidInput(UNKNOWN_TEMPLATE(key=raw, keys=keys)) from None


def duo_language(duo: DuoRow) -> Language:
    """French when both sides speak French (or did not say which languages they speak)."""
    speaks = [set(side.languages) for side in (duo.mentor, duo.mentee)]
    return "fr" if all(not langs or "fr" in langs for langs in speaks) else "en"


class MessageService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        meetings: MeetingService,
        timeline: TimelineService,
        sent: SentMessageService,
    ) -> None:
        self._uow = uow
        self._meetings = meetings
        self._timeline = timeline
        self._sent = sent

    # Templates

    def templates(self, batch_id: int) -> list[TemplateText]:
        """Every message and resource in every language, edited or built-in."""
        with self._uow() as uow:
            stored = _stored(uow.session, _programme_id(uow.session, batch_id))
            return [
                _template(key, language, stored.get((key.value, language)))
                for key in TemplateKey
                for language in LANGUAGES
            ]

    def template(self, batch_id: int, key: TemplateKey, language: str) -> TemplateText:
        lang = as_language(language)
        with self._uow() as uow:
            stored = _stored(uow.session, _programme_id(uow.session, batch_id))
            return _template(key, lang, stored.get((key.value, lang)))

    def save_template(
        self, batch_id: int, key: TemplateKey, language: str, subject: str, body: str
    ) -> TemplateText:
        """Store the coordinator's version; saving the built-in text back forgets the edit."""
        lang = as_language(language)
        unknown = unknown_placeholders(key, subject, body)
        if unknown:
            allowed = sorted(allowed_placeholders(key))
            raise InvalidInput(
                UNKNOWN_PLACEHOLDERS(
                    names=", ".join(f"{{{n}}}" for n in unknown),
                    allowed=", ".join(f"{{{n}}}" for n in allowed),
                )
            )
        subject = " ".join(subject.split())
        with self._uow() as uow:
            programme_id = _programme_id(uow.session, batch_id)
            row = _stored(uow.session, programme_id).get((key.value, lang))
            if (subject, body) == DEFAULTS[key].text(lang):
                if row is not None:
                    uow.session.delete(row)
                row = None
            elif row is None:
                row = MessageTemplate(
                    programme_id=programme_id,
                    key=key.value,
                    language=lang,
                    subject=subject,
                    body=body,
                )
                uow.session.add(row)
            else:
                row.subject, row.body = subject, body
            uow.commit()
            return _template(key, lang, row)

    def reset_template(self, batch_id: int, key: TemplateKey, language: str) -> TemplateText:
        subject, body = DEFAULTS[key].text(as_language(language))
        return self.save_template(batch_id, key, language, subject, body)

    # Drafts

    def introduction(self, duo_id: int, language: str | None = None) -> Draft:
        duo = self._meetings.duo(duo_id)
        timeline = self._timeline.timeline(duo.batch_id)
        return _compose(TemplateKey.INTRO, duo, timeline, self._texts(duo.batch_id), language)

    def introductions(
        self, batch_id: int, language: str | None = None, today: date | None = None
    ) -> list[Draft]:
        """One introduction per confirmed duo still running, with when it was last given."""
        today = today or date.today()
        timeline = self._timeline.timeline(batch_id)
        duos = [
            duo
            for duo in self._meetings.duos(batch_id, today)
            if duo.state is DuoState.CONFIRMED and (duo.ended_on is None or duo.ended_on > today)
        ]
        texts = self._texts(batch_id)
        drafts = [_compose(TemplateKey.INTRO, duo, timeline, texts, language) for duo in duos]
        sent = self._sent.last_sent([d.duo_id for d in drafts], MessageKind.INTRODUCTION)
        return [replace(d, last_sent=sent.get(d.duo_id)) for d in drafts]

    def export_introductions(
        self,
        batch_id: int,
        folder: Path,
        language: str | None = None,
        today: date | None = None,
        coordinator: str = "",
    ) -> list[Path]:
        """Write one ``.eml`` per confirmed duo into ``folder`` (created when missing, inside
        an existing folder), and remember that ``coordinator`` saved them."""
        drafts = self.introductions(batch_id, language, today)
        if not drafts:
            raise InvalidInput(NO_CONFIRMED_DUO(batch=self._timeline.timeline(batch_id).batch))
        output_folder(folder)
        width = len(str(len(drafts)))
        paths = []
        for index, d in enumerate(drafts, start=1):
            path = folder / f"{index:0{width}d}-{d.file_stem}.eml"
            with output_file(path) as temporary:
                eml.write(eml.draft(d.recipients, d.subject, d.body), temporary)
            paths.append(path)
        self._sent.record_sent(
            [d.duo_id for d in drafts], MessageKind.INTRODUCTION, SendChannel.EML, coordinator
        )
        return paths

    def nudge(self, duo_id: int, language: str | None = None, today: date | None = None) -> Draft:
        today = today or date.today()
        duo = self._meetings.duo(duo_id, today)
        timeline = self._timeline.timeline(duo.batch_id)
        lang = as_language(language) if language else duo_language(duo)
        situation = _situation(duo, timeline, today, lang)
        last = long_date(duo.last_meeting, lang) if duo.last_meeting else NO_MEETING_YET(lang)
        extra = {"situation": situation, "last_meeting": last}
        texts = self._texts(duo.batch_id)
        return _compose(TemplateKey.NUDGE, duo, timeline, texts, lang, extra)

    def _texts(self, batch_id: int) -> Texts:
        return {(t.key, t.language): t for t in self.templates(batch_id)}


Texts = dict[tuple[TemplateKey, Language], TemplateText]


def _compose(
    key: TemplateKey,
    duo: DuoRow,
    timeline: Timeline,
    texts: Texts,
    language: str | None,
    extra: dict[str, str] | None = None,
) -> Draft:
    lang = as_language(language) if language else duo_language(duo)
    values = _duo_values(duo, timeline, lang) | (extra or {})
    for resource in RESOURCES:
        values[resource.value] = render(texts[resource, lang].body, values).strip()
    template = texts[key, lang]
    return Draft(
        duo_id=duo.id,
        language=lang,
        recipients=((duo.mentor.name, duo.mentor.email), (duo.mentee.name, duo.mentee.email)),
        subject=" ".join(render(template.subject, values).split()),
        body=render(template.body, values),
        file_stem=eml.file_stem(duo.mentor.name, duo.mentee.name),
    )


def _situation(duo: DuoRow, timeline: Timeline, today: date, lang: Language) -> str:
    """One sentence on why the duo is nudged, with the same starting point as the at-risk rule."""
    kickoff = timeline.kickoff
    begin = max(kickoff, duo.started_on) if duo.started_on else kickoff
    last = duo.last_meeting
    if last is not None and last >= begin:
        weeks = max((today - last).days // 7, 0)
        return NUDGE_SITUATIONS["quiet"](lang, since=long_date(last, lang), weeks=weeks)
    key = "never_met" if begin == kickoff else "never_met_late"
    return NUDGE_SITUATIONS[key](lang, since=long_date(begin, lang))


def _duo_values(duo: DuoRow, timeline: Timeline, lang: Language) -> dict[str, str]:
    def milestone(kind: MilestoneKind, fallback: date) -> str:
        found = timeline.first(kind)
        return long_date(found.date if found else fallback, lang)

    return {
        "mentor_first_name": duo.mentor.first_name or duo.mentor.name,
        "mentor_name": duo.mentor.name,
        "mentor_email": duo.mentor.email,
        "mentor_expertise": join_words(duo.mentor.topics, lang) or TO_BE_DEFINED(lang),
        "mentee_first_name": duo.mentee.first_name or duo.mentee.name,
        "mentee_name": duo.mentee.name,
        "mentee_email": duo.mentee.email,
        "mentee_needs": join_words(duo.mentee.topics, lang) or TO_BE_DEFINED(lang),
        "programme": timeline.programme,
        "batch": timeline.batch,
        "batch_start": long_date(timeline.start, lang),
        "batch_end": long_date(timeline.end, lang),
        "kickoff_date": milestone(MilestoneKind.KICKOFF, timeline.start),
        "checkin_date": milestone(MilestoneKind.CHECKIN, midpoint(timeline.start, timeline.end)),
        "closing_date": milestone(MilestoneKind.CLOSING, timeline.end),
    }


def _programme_id(session: Session, batch_id: int) -> int:
    return batch_or_fail(session, batch_id).programme_id


def _stored(session: Session, programme_id: int) -> dict[tuple[str, str], MessageTemplate]:
    rows = session.scalars(
        select(MessageTemplate).where(MessageTemplate.programme_id == programme_id)
    )
    return {(row.key, row.language): row for row in rows}


def _template(key: TemplateKey, language: Language, row: MessageTemplate | None) -> TemplateText:
    if row is None:
        subject, body = DEFAULTS[key].text(language)
        return TemplateText(key, language, subject, body, customised=False)
    return TemplateText(key, language, row.subject, row.body, customised=True)
