"""The composition root: the one place where engine, sessions and services are wired together."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.config import resolve_db_url
from mentordesk.services.batch_edit import BatchEditService
from mentordesk.services.batches import BatchService
from mentordesk.services.curation import CurationService
from mentordesk.services.demo import DemoService
from mentordesk.services.exports import ExportService
from mentordesk.services.feedback import FeedbackService
from mentordesk.services.feedback_import import FeedbackImportService
from mentordesk.services.import_history import ImportHistoryService
from mentordesk.services.matching_service import MatchingService
from mentordesk.services.meeting_import import MeetingImportService
from mentordesk.services.meetings import MeetingService
from mentordesk.services.messages import MessageService
from mentordesk.services.questionnaire_import import QuestionnaireImportService
from mentordesk.services.reminders import ReminderService
from mentordesk.services.reports import ReportService
from mentordesk.services.sent_messages import SentMessageService
from mentordesk.services.stats import StatsService
from mentordesk.services.timeline import TimelineService
from mentordesk.services.volunteer_edit import VolunteerEditService
from mentordesk.storage.database import UpgradeResult, create_db_engine, upgrade
from mentordesk.storage.unit_of_work import UnitOfWork


@dataclass
class AppContext:
    """Everything a front end (window, CLI, test) needs, built from one database URL."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    upgrade_result: UpgradeResult | None
    batches: BatchService = field(init=False)
    batch_edit: BatchEditService = field(init=False)
    curation: CurationService = field(init=False)
    demo: DemoService = field(init=False)
    exports: ExportService = field(init=False)
    feedback: FeedbackService = field(init=False)
    feedback_import: FeedbackImportService = field(init=False)
    imports: QuestionnaireImportService = field(init=False)
    import_history: ImportHistoryService = field(init=False)
    matching: MatchingService = field(init=False)
    meeting_import: MeetingImportService = field(init=False)
    meetings: MeetingService = field(init=False)
    messages: MessageService = field(init=False)
    reminders: ReminderService = field(init=False)
    reports: ReportService = field(init=False)
    sent_messages: SentMessageService = field(init=False)
    stats: StatsService = field(init=False)
    timeline: TimelineService = field(init=False)
    volunteer_edit: VolunteerEditService = field(init=False)

    def __post_init__(self) -> None:
        self.batches = BatchService(self.unit_of_work)
        self.batch_edit = BatchEditService(self.unit_of_work, self.batches)
        self.demo = DemoService(self.unit_of_work)
        self.meetings = MeetingService(self.unit_of_work)
        self.stats = StatsService(self.unit_of_work)
        self.timeline = TimelineService(self.unit_of_work)
        self.sent_messages = SentMessageService(self.unit_of_work)
        self.messages = MessageService(
            self.unit_of_work, self.meetings, self.timeline, self.sent_messages
        )
        self.reminders = ReminderService(self.meetings, self.timeline, self.sent_messages)
        self.reports = ReportService(self.unit_of_work, self.stats)
        self.exports = ExportService(self.unit_of_work)
        self.feedback = FeedbackService(self.unit_of_work)
        self.feedback_import = FeedbackImportService(self.unit_of_work)
        self.imports = QuestionnaireImportService(self.unit_of_work)
        self.import_history = ImportHistoryService(self.unit_of_work)
        self.curation = CurationService(self.unit_of_work)
        self.matching = MatchingService(self.unit_of_work)
        self.meeting_import = MeetingImportService(self.unit_of_work)
        self.volunteer_edit = VolunteerEditService(self.unit_of_work, self.curation)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory)

    def close(self) -> None:
        self.engine.dispose()


def bootstrap(url: str | None = None, *, migrate: bool = True) -> AppContext:
    """Open (and, unless told otherwise, upgrade) the database at ``url`` and build the services."""
    resolved = resolve_db_url(url)
    engine = create_db_engine(resolved)
    result = upgrade(engine, resolved) if migrate else None
    factory = sessionmaker(engine, expire_on_commit=False)
    return AppContext(url=resolved, engine=engine, session_factory=factory, upgrade_result=result)
