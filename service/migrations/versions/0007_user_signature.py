"""sign-off per person: users.signature

Revision ID: 0007_user_signature
Revises: 0006_queue_lint
Create Date: 2026-12-04

Adds the nullable ``users.signature`` (issue 21: drafts are signed by the person who drafted them, the
workspace profile's signature being the default). Every existing row is kept; existing users have no
signature of their own, so their drafts keep the profile's sign-off until they set one.
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007_user_signature"
down_revision = "0006_queue_lint"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("signature", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("signature")
