"""A mentee belongs to one duo at a time, and a batch always has a name.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 16:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "uq_duo_running_mentee",
        "duo",
        ["mentee_id"],
        unique=True,
        sqlite_where=sa.text("state <> 'ended'"),
        postgresql_where=sa.text("state <> 'ended'"),
    )
    with op.batch_alter_table("batch") as batch_op:
        batch_op.create_check_constraint(op.f("ck_batch_name_not_blank"), "trim(name) <> ''")


def downgrade() -> None:
    with op.batch_alter_table("batch") as batch_op:
        batch_op.drop_constraint(op.f("ck_batch_name_not_blank"), type_="check")
    op.drop_index("uq_duo_running_mentee", table_name="duo")
