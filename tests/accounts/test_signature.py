"""Sign-off per person (issue 21): a draft is signed by the person who asked for it when they have a signature,
else by the workspace profile's; people set their own, owners and managers anyone's; migration 0007 adds the
column to an old database and keeps every row."""
from __future__ import annotations

import contextlib

import pytest
from sqlalchemy import create_engine, text

from service.accounts.auth import add_user, principal_for, set_signature
from service.core import db as dbmod
from service.core.errors import Forbidden, InvalidInput, NotFound
from service.workflows.proposals import draft_for_job
from tests.pg import empty_database

POST = ("Stripe webhooks for our invoicing API\nOur FastAPI invoicing service misses Stripe webhooks when traffic "
        "spikes. We need retries and idempotent handlers.")


def _sign_off(draft) -> str:
    from sqlmodel import select

    from service.core.db import session_scope
    from service.core.models import DraftVersion

    with session_scope() as s:
        text = s.exec(select(DraftVersion.text).where(DraftVersion.draft_id == draft.id)
                      .order_by(DraftVersion.number.desc())).first()
    return text.split("Answers to your questions")[0].rstrip().splitlines()[-1]


def test_drafts_are_signed_by_the_person_who_asked(db):
    add_user("Rita", "bidder", signature="Rita")
    add_user("Owen", "owner")
    rita, owen = principal_for("Rita"), principal_for("Owen")
    by_rita, _ = draft_for_job(POST, user=rita)
    assert _sign_off(by_rita) == "Rita"
    by_owen, _ = draft_for_job(POST + " Also a weekly report.", user=owen)  # no signature of his own
    assert _sign_off(by_owen) == "Maya"  # the demo workspace profile's default


def test_who_may_set_a_signature(db):
    add_user("Owen", "owner")
    add_user("Rita", "bidder")
    add_user("Bea", "bidder")
    rita = principal_for("Rita")
    assert set_signature(rita, "Rita", "  Rita  ").signature == "Rita"
    with pytest.raises(Forbidden):
        set_signature(rita, "Bea", "Bea")  # a bidder sets only their own
    assert set_signature(principal_for("Owen"), "Bea", "Beatrice").signature == "Beatrice"
    assert set_signature(rita, "Rita", "").signature is None  # empty: back to the profile's
    with pytest.raises(InvalidInput):
        set_signature(rita, "Rita", "x" * 201)
    with pytest.raises(NotFound):
        set_signature(principal_for("Owen"), "Nobody", "N")


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_migration_0007_adds_the_column_and_keeps_every_user(backend, tmp_path):
    stack = contextlib.ExitStack()
    url = empty_database(backend, tmp_path, stack)
    try:
        dbmod.upgrade(url, "0006_queue_lint")
        eng = create_engine(dbmod.normalise_url(url))
        with eng.begin() as conn:
            conn.execute(text("INSERT INTO users (name, role, created_at, disabled) VALUES "
                              "('Ann', 'owner', '2026-01-01 00:00:00', false), ('Bo', 'bidder', '2026-01-02 00:00:00', true)"))
            before = conn.execute(text("SELECT id, name, role, disabled FROM users ORDER BY id")).all()
        dbmod.upgrade(url)
        assert dbmod.current_revision(url) == dbmod.head_revision()
        with eng.connect() as conn:
            after = conn.execute(text("SELECT id, name, role, disabled, signature FROM users ORDER BY id")).all()
        eng.dispose()
        assert [tuple(r)[:4] for r in after] == [tuple(r) for r in before]
        assert [r[4] for r in after] == [None, None]
    finally:
        dbmod.reset_engines()
        stack.close()
