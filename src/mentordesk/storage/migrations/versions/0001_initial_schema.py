"""Initial schema: programmes, batches, people, participations, duos, meetings, feedback.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 14:38:42.139155
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("email LIKE '%_@_%'", name=op.f("ck_person_email_has_at")),
        sa.CheckConstraint("email = lower(trim(email))", name=op.f("ck_person_email_normalised")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("email", name=op.f("uq_person_email")),
    )
    op.create_table(
        "programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint("name", name=op.f("uq_programme_name")),
    )
    op.create_table(
        "batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "matching",
                "running",
                "closed",
                name="batch_status",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_batch_dates_in_order")),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_batch_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_batch")),
        sa.UniqueConstraint("name", name=op.f("uq_batch_name")),
    )
    op.create_table(
        "topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_topic_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic")),
        sa.UniqueConstraint("programme_id", "key", name="uq_topic_programme_key"),
    )
    op.create_table(
        "milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "kickoff",
                "checkin",
                "closing",
                "custom",
                name="milestone_kind",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["batch.id"], name=op.f("fk_milestone_batch_id_batch"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
    )
    op.create_table(
        "participation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "mentor",
                "mentee",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column(
            "format_preference",
            sa.Enum(
                "in_person",
                "remote",
                "either",
                name="format_preference",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("availability", sa.Text(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("experience_years", sa.Integer(), nullable=True),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("raw_answers", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "(role = 'mentor' AND capacity IS NOT NULL AND capacity >= 0) OR (role = 'mentee' AND capacity IS NULL)",
            name=op.f("ck_participation_capacity_for_mentors"),
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["batch.id"],
            name=op.f("fk_participation_batch_id_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_participation_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation")),
        sa.UniqueConstraint("batch_id", "person_id", name="uq_participation_batch_person"),
        sa.UniqueConstraint("id", "batch_id", "role", name="uq_participation_id_batch_role"),
    )
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.create_index("ix_participation_batch_role", ["batch_id", "role"], unique=False)

    op.create_table(
        "duo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("mentor_role", sa.String(length=16), nullable=False),
        sa.Column("mentee_role", sa.String(length=16), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "proposed",
                "confirmed",
                "ended",
                name="duo_state",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("mentee_role = 'mentee'", name=op.f("ck_duo_mentee_side_is_mentee")),
        sa.CheckConstraint("mentor_role = 'mentor'", name=op.f("ck_duo_mentor_side_is_mentor")),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["batch.id"], name=op.f("fk_duo_batch_id_batch"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id", "batch_id", "mentee_role"],
            ["participation.id", "participation.batch_id", "participation.role"],
            name="fk_duo_mentee_participation",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id", "batch_id", "mentor_role"],
            ["participation.id", "participation.batch_id", "participation.role"],
            name="fk_duo_mentor_participation",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duo")),
        sa.UniqueConstraint("mentor_id", "mentee_id", name="uq_duo_mentor_mentee"),
    )
    with op.batch_alter_table("duo", schema=None) as batch_op:
        batch_op.create_index("ix_duo_batch", ["batch_id"], unique=False)

    op.create_table(
        "excluded_pair",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("mentor_role", sa.String(length=16), nullable=False),
        sa.Column("mentee_role", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "mentee_role = 'mentee'", name=op.f("ck_excluded_pair_mentee_side_is_mentee")
        ),
        sa.CheckConstraint(
            "mentor_role = 'mentor'", name=op.f("ck_excluded_pair_mentor_side_is_mentor")
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["batch.id"],
            name=op.f("fk_excluded_pair_batch_id_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id", "batch_id", "mentee_role"],
            ["participation.id", "participation.batch_id", "participation.role"],
            name="fk_excluded_pair_mentee_participation",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id", "batch_id", "mentor_role"],
            ["participation.id", "participation.batch_id", "participation.role"],
            name="fk_excluded_pair_mentor_participation",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_excluded_pair")),
        sa.UniqueConstraint("mentor_id", "mentee_id", name="uq_excluded_pair_mentor_mentee"),
    )
    op.create_table(
        "participation_topic",
        sa.Column("participation_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participation.id"],
            name=op.f("fk_participation_topic_participation_id_participation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
            name=op.f("fk_participation_topic_topic_id_topic"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "participation_id", "topic_id", name=op.f("pk_participation_topic")
        ),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=False),
        sa.Column("duo_id", sa.Integer(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("progressed_on", sa.JSON(), nullable=False),
        sa.Column("learned_from_partner", sa.Boolean(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("may_quote", sa.Boolean(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("raw_answers", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "rating IS NULL OR (rating >= 0 AND rating <= 10)",
            name=op.f("ck_feedback_rating_range"),
        ),
        sa.ForeignKeyConstraint(
            ["duo_id"], ["duo.id"], name=op.f("fk_feedback_duo_id_duo"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participation.id"],
            name=op.f("fk_feedback_participation_id_participation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
        sa.UniqueConstraint("participation_id", name=op.f("uq_feedback_participation_id")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("duo_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column(
            "mode",
            sa.Enum(
                "in_person",
                "video",
                "phone",
                name="meeting_mode",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint(
            "minutes IS NULL OR minutes > 0", name=op.f("ck_meeting_minutes_positive")
        ),
        sa.ForeignKeyConstraint(
            ["duo_id"], ["duo.id"], name=op.f("fk_meeting_duo_id_duo"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_duo_date", ["duo_id", "date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_duo_date")

    op.drop_table("meeting")
    op.drop_table("feedback")
    op.drop_table("participation_topic")
    op.drop_table("excluded_pair")
    with op.batch_alter_table("duo", schema=None) as batch_op:
        batch_op.drop_index("ix_duo_batch")

    op.drop_table("duo")
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_index("ix_participation_batch_role")

    op.drop_table("participation")
    op.drop_table("milestone")
    op.drop_table("topic")
    op.drop_table("batch")
    op.drop_table("programme")
    op.drop_table("person")
