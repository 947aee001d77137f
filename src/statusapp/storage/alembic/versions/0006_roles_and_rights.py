"""Roles and rights: logins linked to owners, and on PostgreSQL the database's own group roles,
grants, row-level security and signing triggers (storage/rights.py).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "logins",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owners.id"], name=op.f("fk_logins_owner_id_owners"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_logins")),
    )
    op.create_table(
        "database_rights",
        sa.Column("database_name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("database_name", name=op.f("pk_database_rights")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from statusapp.storage.rights import install_rights

        install_rights(bind)


def downgrade() -> None:
    op.drop_table("database_rights")
    op.drop_table("logins")
