"""account management: milestones, check-in schedules, the Due list, Connects spent, account signals

Revision ID: 0004_accounts
Revises: 0001
Create Date: 2026-12-04

New tables only; existing rows are untouched. Milestones kept as JSON in ``contracts.milestones`` are
copied into ``contract_milestones`` (the JSON stays, as a mirror the drafting code reads).
"""
from datetime import UTC, date, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004_accounts"
down_revision = "0002_intake"
branch_labels = None
depends_on = None

DT = sqlmodel.sql.sqltypes.UTCDateTime
S = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "contract_milestones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", S(length=300), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", S(length=20), nullable=False),
        sa.Column("created_at", DT(), nullable=False),
        sa.Column("updated_at", DT(), nullable=False),
        sa.Column("done_at", DT(), nullable=True),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contract_milestones") as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_milestones_contract_id"), ["contract_id"], unique=False)
    op.create_table(
        "contract_schedules",
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("checkin_days", S(length=40), nullable=False),
        sa.Column("client_contact", S(length=200), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("updated_at", DT(), nullable=False),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"]),
        sa.PrimaryKeyConstraint("contract_id"),
    )
    op.create_table(
        "due_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", S(length=120), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("kind", S(length=20), nullable=False),
        sa.Column("first_seen_at", DT(), nullable=False),
        sa.Column("last_seen_at", DT(), nullable=False),
        sa.Column("resolved_at", DT(), nullable=True),
        sa.Column("draft_id", sa.Integer(), nullable=True),
        sa.Column("drafted_by", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"]),
        sa.ForeignKeyConstraint(["draft_id"], ["drafts.id"]),
        sa.ForeignKeyConstraint(["drafted_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("due_items") as batch_op:
        batch_op.create_index(batch_op.f("ix_due_items_contract_id"), ["contract_id"], unique=False)
    op.create_table(
        "connects_spends",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draft_id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("connects", sa.Integer(), nullable=False),
        sa.Column("boost", sa.Integer(), nullable=False),
        sa.Column("at", DT(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("note", S(length=2000), nullable=True),
        sa.ForeignKeyConstraint(["draft_id"], ["drafts.id"]),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("draft_id"),
    )
    with op.batch_alter_table("connects_spends") as batch_op:
        batch_op.create_index(batch_op.f("ix_connects_spends_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_connects_spends_job_id"), ["job_id"], unique=False)
    op.create_table(
        "account_signals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("kind", S(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", S(length=12), nullable=False),
        sa.Column("source", S(length=40), nullable=False),
        sa.Column("created_at", DT(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", DT(), nullable=True),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"]),
        sa.ForeignKeyConstraint(["entry_id"], ["contract_entries.id"]),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"]),
        sa.ForeignKeyConstraint(["decided_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("account_signals") as batch_op:
        batch_op.create_index(batch_op.f("ix_account_signals_contract_id"), ["contract_id"], unique=False)
    _copy_json_milestones()


def _due(value):
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None  # an unreadable date stays in the JSON mirror; the row keeps the title


def _copy_json_milestones() -> None:
    """One row per JSON milestone, in order; done ones are 'done', the rest 'open'."""
    bind = op.get_bind()
    contracts = sa.table("contracts", sa.column("id", sa.Integer), sa.column("milestones", sa.JSON))
    target = sa.table("contract_milestones", sa.column("contract_id", sa.Integer), sa.column("position", sa.Integer),
                      sa.column("title", sa.String), sa.column("due", sa.Date), sa.column("status", sa.String),
                      sa.column("created_at", DT()), sa.column("updated_at", DT()), sa.column("done_at", DT()))
    now = datetime.now(UTC)
    rows = []
    for cid, raw in bind.execute(sa.select(contracts.c.id, contracts.c.milestones).order_by(contracts.c.id)):
        for i, m in enumerate(raw or []):
            if isinstance(m, str):
                m = {"title": m}
            if not isinstance(m, dict) or not str(m.get("title") or "").strip():
                continue
            done = bool(m.get("done"))
            rows.append({"contract_id": cid, "position": i, "title": str(m["title"])[:300], "due": _due(m.get("due")),
                         "status": "done" if done else "open", "created_at": now, "updated_at": now,
                         "done_at": now if done else None})
    if rows:
        op.bulk_insert(target, rows)


def downgrade() -> None:
    # contracts.milestones (JSON) still holds every milestone, so dropping the copies loses nothing
    op.drop_table("account_signals")
    op.drop_table("connects_spends")
    op.drop_table("due_items")
    op.drop_table("contract_schedules")
    op.drop_table("contract_milestones")
