"""review queue (issue 17): drafts.lint becomes the lint of the current version

Revision ID: 0006_queue_lint
Revises: 0005_outcome_versions
Create Date: 2026-12-04

Data only, no column changes: before this revision a human edit stored its re-lint on the version row
but left ``drafts.lint`` at the AI original's lint, so the API, the queue and the CLI showed the
original's flags while approve checked the edit's. Copy each current version's lint (when it has one)
onto its draft. Every row is kept; downgrade leaves the copied lint in place (it is the correct one).
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_queue_lint"
down_revision = "0005_outcome_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    drafts = sa.table("drafts", sa.column("id", sa.Integer), sa.column("version", sa.Integer),
                      sa.column("lint", sa.JSON))
    versions = sa.table("draft_versions", sa.column("draft_id", sa.Integer), sa.column("number", sa.Integer),
                        sa.column("lint", sa.JSON))
    rows = bind.execute(
        sa.select(drafts.c.id, drafts.c.lint, versions.c.lint)
        .select_from(drafts.join(versions, sa.and_(versions.c.draft_id == drafts.c.id,
                                                   versions.c.number == drafts.c.version)))
        .where(versions.c.lint.is_not(None))).all()
    for draft_id, old, lint in rows:  # one UPDATE per draft whose lint differs (edited drafts: few)
        if old == lint:
            continue
        bind.execute(drafts.update().where(drafts.c.id == draft_id).values(lint=lint))


def downgrade() -> None:
    pass
