"""Round snapshots: a closed round's programme as it was reported, for the open data.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 21:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "round_snapshots",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("programme_json", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["rounds.id"],
            name=op.f("fk_round_snapshots_round_id_rounds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("round_id", name=op.f("pk_round_snapshots")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":  # the new table gets the roles' grants
        from statusapp.storage.rights import install_rights

        install_rights(bind)


def downgrade() -> None:
    op.drop_table("round_snapshots")
