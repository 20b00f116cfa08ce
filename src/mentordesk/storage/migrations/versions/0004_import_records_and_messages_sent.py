"""Imports are recorded, so they can be listed and reverted; messages given to duos too.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 22:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("coordinator", sa.String(length=200), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("reverted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["batch.id"],
            name=op.f("fk_import_record_batch_id_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_record")),
    )
    op.create_index(op.f("ix_import_record_batch_id"), "import_record", ["batch_id"])
    op.create_table(
        "import_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("participation_id", sa.Integer(), nullable=True),
        sa.Column("previous", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["import_record.id"],
            name=op.f("fk_import_change_import_id_import_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_change")),
    )
    op.create_index(op.f("ix_import_change_import_id"), "import_change", ["import_id"])
    op.create_table(
        "message_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("duo_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("coordinator", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["duo_id"],
            ["duo.id"],
            name=op.f("fk_message_sent_duo_id_duo"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_sent")),
    )
    op.create_index(op.f("ix_message_sent_duo_id"), "message_sent", ["duo_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_message_sent_duo_id"), table_name="message_sent")
    op.drop_table("message_sent")
    op.drop_index(op.f("ix_import_change_import_id"), table_name="import_change")
    op.drop_table("import_change")
    op.drop_index(op.f("ix_import_record_batch_id"), table_name="import_record")
    op.drop_table("import_record")
