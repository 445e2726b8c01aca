"""Roles and keys: hashed at rest, shown once, revocable; API clients never approve; viewers read only."""
from __future__ import annotations

import pytest
from sqlmodel import select

from service.accounts import auth
from service.core.db import session_scope
from service.core.errors import Forbidden, InvalidInput, Unauthorized
from service.core.models import ApiKey


def test_keys_are_hashed_and_shown_once(db):
    user, key = auth.add_user("Kim", "bidder")
    with session_scope() as s:
        row = s.exec(select(ApiKey).where(ApiKey.user_id == user.id)).one()
    assert key.startswith("dr_") and row.key_hash == auth.hash_key(key) and key not in row.key_hash
    assert row.prefix == key[:10]
    p = auth.authenticate(key)
    assert (p.name, p.role, p.api_key_id) == ("Kim", "bidder", row.id)
    assert auth.list_keys(user.id)[0]["last_used_at"] is not None
    assert "key_hash" not in auth.list_keys()[0]


def test_revoked_and_disabled_keys_fail(db):
    user, key = auth.add_user("Lee", "api")
    second = auth.issue_key(user.id)
    auth.revoke_key(auth.list_keys(user.id)[0]["id"])
    with pytest.raises(Unauthorized, match="revoked"):
        auth.authenticate(key)
    assert auth.authenticate(second).name == "Lee"
    auth.set_disabled(user.id)
    with pytest.raises(Unauthorized, match="disabled"):
        auth.authenticate(second)
    with pytest.raises(Unauthorized):
        auth.authenticate(None)


def test_a_remembered_key_is_refused_at_once_after_revoke_or_disable_in_this_process(db):
    user, key = auth.add_user("Ray", "bidder")
    second = auth.issue_key(user.id)
    assert auth.authenticate(key).name == auth.authenticate(second).name == "Ray"  # both remembered now
    auth.revoke_key(auth.authenticate(key).api_key_id)
    with pytest.raises(Unauthorized, match="revoked"):
        auth.authenticate(key)
    auth.set_disabled(user.id)
    with pytest.raises(Unauthorized, match="disabled"):
        auth.authenticate(second)


def test_another_process_revoking_takes_effect_within_the_cache_bound(db, monkeypatch):
    """Another process's revoke is a row change this process does not hear about: the key works until its
    remembered verification is KEY_CACHE_SECONDS old, then never again."""
    from sqlalchemy import update

    from service.core.models import utcnow

    _, key = auth.add_user("Sol", "bidder")
    clock = [1000.0]
    monkeypatch.setattr(auth.time, "monotonic", lambda: clock[0])
    assert auth.authenticate(key).name == "Sol"
    with session_scope() as s:  # what `draftroom users revoke` in another process does
        s.connection().execute(update(ApiKey).where(ApiKey.key_hash == auth.hash_key(key)).values(revoked_at=utcnow()))
    clock[0] += auth.KEY_CACHE_SECONDS - 0.1
    assert auth.authenticate(key).name == "Sol"
    clock[0] += 0.1
    with pytest.raises(Unauthorized, match="revoked"):
        auth.authenticate(key)


@pytest.mark.parametrize("role,can,cannot", [
    ("api", {"read", "intake", "draft", "export"}, {"approve", "review", "outcome", "audit", "metrics", "read_text"}),
    ("viewer", {"read", "read_text", "metrics"}, {"review", "approve", "export", "draft", "intake", "outcome"}),
    ("bidder", {"review", "approve", "export", "outcome"}, {"audit", "manage_users", "settings"}),
    ("manager", {"audit", "manage_users", "approve"}, set()),
])
def test_role_permissions(role, can, cannot):
    p = auth.Principal(user_id=1, name="x", role=role)
    assert all(p.can(a) for a in can) and not any(p.can(a) for a in cannot)
    for action in cannot:
        with pytest.raises(Forbidden) as err:
            p.require(action)
        assert err.value.field == "role" and "role" in err.value.fix


def test_bad_role_is_a_clear_error(db):
    with pytest.raises(InvalidInput) as err:
        auth.add_user("Max", "admin")
    assert "owner" in err.value.fix


def test_first_user_rule_helper(db):
    assert not auth.has_users()
    auth.add_user("First", "owner")
    assert auth.has_users()
