"""leases: a heartbeat for idempotency records and a drafting lease for background drafts

A request that died (API killed mid-request) stops beating, so its Idempotency-Key can be retried once
the heartbeat is older than the lease; a worker that died mid-draft stops extending
``drafts.lease_expires_at``, so the draft leaves ``drafting`` once the lease is over.
Both columns are nullable: every existing row is kept as it is.

Revision ID: 0002_gate_leases
Revises: 0001
Create Date: 2026-12-04
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002_gate_leases"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("heartbeat_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lease_expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.drop_column("lease_expires_at")
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.drop_column("heartbeat_at")
