"""The database schema as typed SQLAlchemy 2 declarative models.

Integrity lives in the database, not only here: unique e-mails in their normal form,
a duo's mentor and mentee taken from the same batch and holding the right roles
(composite foreign keys), ratings between 0 and 10, capacities for mentors only.
The schema is created and changed only through the Alembic migrations beside this file.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from mentordesk.domain.enums import (
    BatchStatus,
    DuoState,
    FormatPreference,
    MeetingMode,
    MilestoneKind,
    Role,
)

LABEL_LENGTH = 200
"""The longest name, label or city the schema keeps (the same on SQLite and PostgreSQL)."""

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(enum_type: type[Any], name: str) -> Enum:
    return Enum(
        enum_type,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=16,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class Programme(Base):
    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)

    batches: Mapped[list[Batch]] = relationship(back_populates="programme")
    topics: Mapped[list[Topic]] = relationship(back_populates="programme")


class Batch(Base):
    __tablename__ = "batch"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_in_order"),
        CheckConstraint("trim(name) <> ''", name="name_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200), unique=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    status: Mapped[BatchStatus] = mapped_column(
        _enum(BatchStatus, "batch_status"), default=BatchStatus.DRAFT
    )
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    programme: Mapped[Programme] = relationship(back_populates="batches")
    participations: Mapped[list[Participation]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", passive_deletes=True
    )
    duos: Mapped[list[Duo]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", passive_deletes=True
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="batch",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Milestone.date",
    )


class Person(Base):
    """One human, identified across batches by their e-mail in normal form."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("email = lower(trim(email))", name="email_normalised"),
        CheckConstraint("email LIKE '%_@_%'", name="email_has_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    participations: Mapped[list[Participation]] = relationship(back_populates="person")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class ParticipationTopic(Base):
    """A topic a participant needs (mentee) or offers (mentor), in the order they gave it."""

    __tablename__ = "participation_topic"

    participation_id: Mapped[int] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Participation(Base):
    """One person's part in one batch, with the questionnaire's answers."""

    __tablename__ = "participation"
    __table_args__ = (
        UniqueConstraint("batch_id", "person_id", name="uq_participation_batch_person"),
        UniqueConstraint("id", "batch_id", "role", name="uq_participation_id_batch_role"),
        CheckConstraint(
            "(role = 'mentor' AND capacity IS NOT NULL AND capacity >= 0)"
            " OR (role = 'mentee' AND capacity IS NULL)",
            name="capacity_for_mentors",
        ),
        Index("ix_participation_batch_role", "batch_id", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    capacity: Mapped[int | None] = mapped_column(Integer)
    city: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    languages: Mapped[list[str]] = mapped_column(default=list)
    format_preference: Mapped[FormatPreference] = mapped_column(
        _enum(FormatPreference, "format_preference"), default=FormatPreference.EITHER
    )
    availability: Mapped[str] = mapped_column(Text, default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    experience_years: Mapped[int | None] = mapped_column(Integer)
    company: Mapped[str] = mapped_column(String(200), default="")
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    raw_answers: Mapped[dict[str, Any]] = mapped_column(default=dict)

    batch: Mapped[Batch] = relationship(back_populates="participations")
    person: Mapped[Person] = relationship(back_populates="participations")
    topic_links: Mapped[list[ParticipationTopic]] = relationship(
        cascade="all, delete-orphan",
        order_by=ParticipationTopic.position,
        passive_deletes=True,
    )
    topics: Mapped[list[Topic]] = relationship(
        secondary="participation_topic",
        order_by=ParticipationTopic.position,
        viewonly=True,
    )
    feedback: Mapped[Feedback | None] = relationship(
        back_populates="participation", cascade="all, delete-orphan", passive_deletes=True
    )


class Topic(Base):
    """A label for needs and expertise; ``key`` is its accent- and case-free form."""

    __tablename__ = "topic"
    __table_args__ = (UniqueConstraint("programme_id", "key", name="uq_topic_programme_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[list[str]] = mapped_column(default=list)

    programme: Mapped[Programme] = relationship(back_populates="topics")


class Duo(Base):
    """A mentor and a mentee of one batch.

    The composite foreign keys tie each side to a participation of the duo's own batch
    holding the right role, so the database itself refuses a cross-batch or
    mentor–mentor duo. ``version`` is the optimistic-locking counter.
    """

    __tablename__ = "duo"
    __table_args__ = (
        ForeignKeyConstraint(
            ["mentor_id", "batch_id", "mentor_role"],
            ["participation.id", "participation.batch_id", "participation.role"],
            name="fk_duo_mentor_participation",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["mentee_id", "batch_id", "mentee_role"],
            ["participation.id", "participation.batch_id", "participation.role"],
            name="fk_duo_mentee_participation",
            ondelete="CASCADE",
        ),
        CheckConstraint("mentor_role = 'mentor'", name="mentor_side_is_mentor"),
        CheckConstraint("mentee_role = 'mentee'", name="mentee_side_is_mentee"),
        UniqueConstraint("mentor_id", "mentee_id", name="uq_duo_mentor_mentee"),
        Index("ix_duo_batch", "batch_id"),
        Index(
            "uq_duo_running_mentee",
            "mentee_id",
            unique=True,
            sqlite_where=text("state <> 'ended'"),
            postgresql_where=text("state <> 'ended'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    mentor_id: Mapped[int] = mapped_column(Integer)
    mentee_id: Mapped[int] = mapped_column(Integer)
    mentor_role: Mapped[str] = mapped_column(String(16), default=Role.MENTOR.value)
    mentee_role: Mapped[str] = mapped_column(String(16), default=Role.MENTEE.value)
    state: Mapped[DuoState] = mapped_column(_enum(DuoState, "duo_state"), default=DuoState.PROPOSED)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[float | None] = mapped_column(Float)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    batch: Mapped[Batch] = relationship(back_populates="duos")
    mentor: Mapped[Participation] = relationship(
        foreign_keys=[mentor_id], primaryjoin="Duo.mentor_id == Participation.id", viewonly=True
    )
    mentee: Mapped[Participation] = relationship(
        foreign_keys=[mentee_id], primaryjoin="Duo.mentee_id == Participation.id", viewonly=True
    )
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="duo",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Meeting.date",
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint("minutes IS NULL OR minutes > 0", name="minutes_positive"),
        Index("ix_meeting_duo_date", "duo_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    duo_id: Mapped[int] = mapped_column(ForeignKey("duo.id", ondelete="CASCADE"))
    date: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int | None] = mapped_column(Integer)
    mode: Mapped[MeetingMode] = mapped_column(
        _enum(MeetingMode, "meeting_mode"), default=MeetingMode.VIDEO
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    duo: Mapped[Duo] = relationship(back_populates="meetings")


class Feedback(Base):
    """One participant's end-of-batch answer. ``may_quote`` guards the comment."""

    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint("rating IS NULL OR (rating >= 0 AND rating <= 10)", name="rating_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participation_id: Mapped[int] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), unique=True
    )
    duo_id: Mapped[int | None] = mapped_column(ForeignKey("duo.id", ondelete="SET NULL"))
    rating: Mapped[int | None] = mapped_column(Integer)
    progressed_on: Mapped[list[str]] = mapped_column(default=list)
    learned_from_partner: Mapped[bool | None] = mapped_column(Boolean)
    comment: Mapped[str] = mapped_column(Text, default="")
    may_quote: Mapped[bool] = mapped_column(Boolean, default=False)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    raw_answers: Mapped[dict[str, Any]] = mapped_column(default=dict)

    participation: Mapped[Participation] = relationship(back_populates="feedback")
    duo: Mapped[Duo | None] = relationship()


class ExcludedPair(Base):
    """A mentor and a mentee the coordinator never wants paired in this batch."""

    __tablename__ = "excluded_pair"
    __table_args__ = (
        ForeignKeyConstraint(
            ["mentor_id", "batch_id", "mentor_role"],
            ["participation.id", "participation.batch_id", "participation.role"],
            name="fk_excluded_pair_mentor_participation",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["mentee_id", "batch_id", "mentee_role"],
            ["participation.id", "participation.batch_id", "participation.role"],
            name="fk_excluded_pair_mentee_participation",
            ondelete="CASCADE",
        ),
        CheckConstraint("mentor_role = 'mentor'", name="mentor_side_is_mentor"),
        CheckConstraint("mentee_role = 'mentee'", name="mentee_side_is_mentee"),
        UniqueConstraint("mentor_id", "mentee_id", name="uq_excluded_pair_mentor_mentee"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    mentor_id: Mapped[int] = mapped_column(Integer)
    mentee_id: Mapped[int] = mapped_column(Integer)
    mentor_role: Mapped[str] = mapped_column(String(16), default=Role.MENTOR.value)
    mentee_role: Mapped[str] = mapped_column(String(16), default=Role.MENTEE.value)
    reason: Mapped[str] = mapped_column(Text, default="")


class Milestone(Base):
    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    kind: Mapped[MilestoneKind] = mapped_column(_enum(MilestoneKind, "milestone_kind"))
    label: Mapped[str] = mapped_column(String(200), default="")
    date: Mapped[date] = mapped_column(Date)

    batch: Mapped[Batch] = relationship(back_populates="milestones")


class MappingProfile(Base):
    """A saved column mapping of a questionnaire export, reused batch after batch."""

    __tablename__ = "mapping_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class MessageTemplate(Base):
    """An editable message (introduction, nudge, guidance) in one language."""

    __tablename__ = "message_template"
    __table_args__ = (
        UniqueConstraint("programme_id", "key", "language", name="uq_message_template_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(2))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")


class ImportRecord(Base):
    """One spreadsheet imported into a batch: what, when, by whom, and what it changed.

    Its :class:`ImportChange` rows are what reverting it takes back.
    """

    __tablename__ = "import_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(300), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    coordinator: Mapped[str] = mapped_column(String(200), default="")
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    reverted_at: Mapped[datetime | None] = mapped_column(DateTime)

    changes: Mapped[list[ImportChange]] = relationship(
        back_populates="record",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ImportChange.id",
    )


class ImportChange(Base):
    """One row an import created or updated; ``previous`` holds an updated row's old values."""

    __tablename__ = "import_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("import_record.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(32))
    person_id: Mapped[int | None] = mapped_column(Integer)
    participation_id: Mapped[int | None] = mapped_column(Integer)
    previous: Mapped[dict[str, Any]] = mapped_column(default=dict)

    record: Mapped[ImportRecord] = relationship(back_populates="changes")


class MessageSent(Base):
    """An introduction or a nudge given to a duo: copied, opened in the mail program or saved."""

    __tablename__ = "message_sent"

    id: Mapped[int] = mapped_column(primary_key=True)
    duo_id: Mapped[int] = mapped_column(ForeignKey("duo.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    coordinator: Mapped[str] = mapped_column(String(200), default="")
