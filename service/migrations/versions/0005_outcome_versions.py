"""outcomes keyed by template version; the ledger's rendered-prompt hash

Revision ID: 0005_outcome_versions
Revises: 0004_accounts
Create Date: 2026-12-04

Adds ``pipeline_events.template_id`` / ``template_version`` (outcomes keyed by template id AND version,
issue 17 item 6) and ``llm_calls.prompt_hash`` (issue 17 item 8). Every existing row is kept.

Existing pipeline events get the version they can be traced to: the template of the draft they were logged
on (``drafts.template_id`` and the first 12 hex characters of ``drafts.template_hash``), else ``unknown``.
Existing ledger rows keep ``prompt_hash`` empty: the rendered messages were never stored, so no hash can
be traced for them.
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005_outcome_versions"
down_revision = "0004_accounts"
branch_labels = None
depends_on = None

S = sqlmodel.sql.sqltypes.AutoString
VERSION_CHARS = 12  # outcomes.tracking.VERSION_CHARS


def upgrade() -> None:
    with op.batch_alter_table("pipeline_events") as batch_op:
        batch_op.add_column(sa.Column("template_id", S(length=200), nullable=True))
        batch_op.add_column(sa.Column("template_version", S(length=64), nullable=True))
    with op.batch_alter_table("llm_calls") as batch_op:
        batch_op.add_column(sa.Column("prompt_hash", S(length=64), nullable=True))
    op.execute(sa.text(
        "UPDATE pipeline_events SET "
        "template_id = COALESCE((SELECT d.template_id FROM drafts d WHERE d.id = pipeline_events.draft_id), 'unknown'), "
        "template_version = COALESCE((SELECT substr(d.template_hash, 1, %d) FROM drafts d "
        "WHERE d.id = pipeline_events.draft_id AND d.template_id IS NOT NULL), 'unknown')" % VERSION_CHARS))


def downgrade() -> None:
    with op.batch_alter_table("llm_calls") as batch_op:
        batch_op.drop_column("prompt_hash")
    with op.batch_alter_table("pipeline_events") as batch_op:
        batch_op.drop_column("template_version")
        batch_op.drop_column("template_id")
