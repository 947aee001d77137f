"""The database schema. Changes go through an Alembic revision in storage/alembic/versions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from statusapp.domain.model import DEFAULT_EXPLANATION_LIMIT

# Named constraints, so SQLite batch migrations can find and change them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)  # UUIDs as text: stable across export, import and merge, on SQLite and PostgreSQL


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ProgrammeRow(Base):
    __tablename__ = "programmes"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text, default="")
    term: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(5), default="nl")
    explanation_limit: Mapped[int] = mapped_column(
        Integer, default=DEFAULT_EXPLANATION_LIMIT, server_default=str(DEFAULT_EXPLANATION_LIMIT)
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RoundRow(Base):
    __tablename__ = "rounds"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    reference_date: Mapped[date] = mapped_column(Date)
    # The date owners hand their updates back by (named in the hand-out mails); optional.
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_rounds_programme_position", "programme_id", "position"),)


class OwnerRow(Base):
    """A project leader responsible for actions' updates."""

    __tablename__ = "owners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # Where the hand-out mail goes; None until someone fills it in.
    email: Mapped[str | None] = mapped_column(String(320), nullable=True)


class PillarRow(Base):
    __tablename__ = "pillars"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(Text)
    aims: Mapped[list[str]] = mapped_column(JSON, default=list)

    __table_args__ = (
        CheckConstraint("kind IN ('pillar', 'section')", name="kind"),
        Index("ix_pillars_programme_position", "programme_id", "position"),
    )


class AmbitionRow(Base):
    __tablename__ = "ambitions"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    pillar_id: Mapped[str] = mapped_column(ForeignKey("pillars.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    table_kind: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("table_kind IN ('green', 'blue')", name="table_kind"),
        Index("ix_ambitions_pillar_position", "pillar_id", "position"),
    )


class ActionRow(Base):
    __tablename__ = "actions"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    ambition_id: Mapped[str] = mapped_column(ForeignKey("ambitions.id", ondelete="CASCADE"))
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("actions.id", ondelete="CASCADE"), nullable=True
    )
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20), default="")
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("owners.id", ondelete="SET NULL"), nullable=True
    )

    __table_args__ = (
        Index("ix_actions_ambition_position", "ambition_id", "position"),
        Index("ix_actions_parent", "parent_id"),
    )


class SubItemRow(Base):
    """A bullet inside an action's cell, with its own planned text."""

    __tablename__ = "sub_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action_id: Mapped[str] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    planned: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (Index("ix_sub_items_action_position", "action_id", "position"),)


class StatusUpdateRow(Base):
    """An action's status, planned text and explanation in one reporting round."""

    __tablename__ = "status_updates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action_id: Mapped[str] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    round_id: Mapped[str] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10), default="none")
    planned: Mapped[str] = mapped_column(String(100), default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    # draft: being edited; submitted: the project leader handed it in; approved: accepted.
    review: Mapped[str] = mapped_column(String(10), default="draft", server_default="draft")

    __table_args__ = (
        UniqueConstraint("round_id", "action_id", name="uq_status_updates_round_action"),
        CheckConstraint(
            "status IN ('done', 'on_track', 'longer', 'delayed', 'none')", name="status"
        ),
        CheckConstraint("review IN ('draft', 'submitted', 'approved')", name="review"),
        Index("ix_status_updates_action", "action_id"),
    )


class ChangeLogRow(Base):
    """Every applied change of an action's update or owner: who, when, from where, old and new.

    `action_id` is no foreign key on purpose: the trail outlives a deleted action.
    """

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    action_id: Mapped[str] = mapped_column(ID)
    field: Mapped[str] = mapped_column(String(20))
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    changed_by: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(20))  # window, import, consolidate, round, cli
    source_file: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_detail: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index("ix_change_log_action", "action_id", "changed_at"),
        Index("ix_change_log_round", "round_id"),
    )


class ReceivedFileRow(Base):
    """A workbook handed back and consolidated (or refused) in a round."""

    __tablename__ = "received_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    owner: Mapped[str | None] = mapped_column(String(200), nullable=True)
    handout_id: Mapped[str | None] = mapped_column(ID, nullable=True)  # the hand-out it answers
    exported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    received_by: Mapped[str] = mapped_column(String(200))
    changes: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(20))  # applied, refused
    message: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_received_files_round_hash", "round_id", "sha256"),)


class ConflictRow(Base):
    """A field changed differently centrally and in a returned file: an open item until resolved."""

    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    action_id: Mapped[str] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(20))
    base_value: Mapped[str] = mapped_column(Text, default="")
    central_value: Mapped[str] = mapped_column(Text, default="")
    incoming_value: Mapped[str] = mapped_column(Text, default="")
    incoming_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    source_file: Mapped[str | None] = mapped_column(Text, nullable=True)
    detected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    resolution: Mapped[str | None] = mapped_column(
        String(20), nullable=True
    )  # central, incoming, merged
    resolved_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The returned file it came from, so consolidating that file again settles it.
    source_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (Index("ix_conflicts_round_open", "round_id", "resolved_at"),)


class MergeBaseRow(Base):
    """In a working copy made from a handed-out workbook: the values as handed out.

    Exporting the working copy again writes these as the base, so the control team's three-way
    merge sees what the project leader changed, not the working copy's own latest values.
    """

    __tablename__ = "merge_bases"

    action_id: Mapped[str] = mapped_column(
        ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True
    )
    round_id: Mapped[str] = mapped_column(
        ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10))
    planned: Mapped[str] = mapped_column(String(100), default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # The central database's record of the hand-out these values came from.
    handout_id: Mapped[str | None] = mapped_column(ID, nullable=True)


class HandoutRow(Base):
    """Every workbook the database handed out, with what each of its rows held.

    A returned file's merge base comes from here, never from the file, which its holder could
    have changed; a workbook exported from a laptop's working copy carries this id along.
    """

    __tablename__ = "handouts"

    id: Mapped[str] = mapped_column(ID, primary_key=True)  # the workbook id
    round_id: Mapped[str] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    owner: Mapped[str | None] = mapped_column(String(200), nullable=True)
    file_name: Mapped[str] = mapped_column(Text, default="")
    exported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    exported_by: Mapped[str] = mapped_column(String(200))
    action_count: Mapped[int] = mapped_column(Integer)
    # zlib-compressed JSON: {action id: {revision, status, planned, explanation, owner}}; one
    # value instead of a row per action keeps a 50,000-action export fast.
    handed_out: Mapped[bytes] = mapped_column(LargeBinary)


class LoginRow(Base):
    """A server login linked to the owner (project leader) whose actions it edits.

    Its role is the server's own record (membership of this database's group roles, see
    storage/rights.py); this table only links a login to an owner. SQLite files have no logins.
    """

    __tablename__ = "logins"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("owners.id", ondelete="SET NULL"), nullable=True
    )


class DatabaseRightsRow(Base):
    """The database the roles were set up for: a copied or renamed database has its own name,
    so its roles are set up anew before anyone works in it."""

    __tablename__ = "database_rights"

    database_name: Mapped[str] = mapped_column(Text, primary_key=True)


class RoundSnapshotRow(Base):
    """A closed round as it was reported: the programme in the `list --json` format at the
    moment the round closed, so the published open data of an earlier round never changes
    with later edits of the structure (an action renamed, added or deleted afterwards)."""

    __tablename__ = "round_snapshots"

    round_id: Mapped[str] = mapped_column(
        ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True
    )
    taken_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    programme_json: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed UTF-8 JSON
