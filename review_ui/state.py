"""Session state for the review UI: who is signed in, which draft is open, and one way to run a
service call so every error reaches the person as one readable line (never a traceback).

The signed-in person is checked again on every run (every click): the session keeps the key, and
``principal()`` authenticates it afresh, so a revoked key or a disabled user is signed out at once (within
``auth.KEY_CACHE_SECONDS``, 5 s, when another process such as the CLI revoked it) and a changed role takes
effect at once. ``api`` keys (scripts) cannot sign in: the UI shows draft text.

No business rules here: permissions come from ``Principal.can`` (service/auth.py)."""
from __future__ import annotations

from typing import Any, Callable, TypeVar

import streamlit as st

from service.accounts.auth import Principal, authenticate
from service.core.errors import DraftroomError, Forbidden, Unauthorized

T = TypeVar("T")
PRINCIPAL = "principal"
KEY = "api_key"
SIGNED_OUT = "signed_out_reason"
DRAFT_ID = "draft_id"
FLASH = "flash"


def principal() -> Principal | None:
    """The person signed in, re-checked against the database on this run (None when signed out)."""
    key = st.session_state.get(KEY)
    if key is None:
        return None
    try:
        me = _check(key)
    except DraftroomError as exc:  # revoked key, disabled user, deleted user: out at once
        sign_out()
        st.session_state[SIGNED_OUT] = exc.one_line()
        return None
    st.session_state[PRINCIPAL] = me
    return me


def _check(key: str) -> Principal:
    me = authenticate(key)
    if not me.can("read_text"):
        raise Forbidden(f"role '{me.role}' keys are for scripts and alert tools; the review UI is for people",
                        field="key", fix="sign in with your own person's key (Settings → Team issues one)")
    return me


def signed_out_reason() -> str | None:
    return st.session_state.pop(SIGNED_OUT, None)


def require_principal() -> Principal:
    """The signed-in person; stops the page (with a note) when nobody is signed in."""
    me = principal()
    if me is None:
        st.warning("Sign in first.")
        st.stop()
    return me


def sign_in(key: str) -> Principal | None:
    key = (key or "").strip()
    if not key:
        st.error(Unauthorized("enter your key", field="key").one_line())
        return None
    me = call(_check, key)
    if me is not None:
        st.session_state[KEY] = key
        st.session_state[PRINCIPAL] = me
    return me


def sign_out() -> None:
    for k in list(st.session_state.keys()):
        del st.session_state[k]


def can(action: str) -> bool:
    me = principal()
    return bool(me and me.can(action))


def call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """Run a service function; show its error as one line and return None when it refuses."""
    try:
        return fn(*args, **kwargs)
    except DraftroomError as exc:
        st.error(exc.one_line())
        return None


def flash(message: str, kind: str = "success") -> None:
    """A message shown once on the next run (survives ``st.rerun``)."""
    st.session_state[FLASH] = (kind, message)


def show_flash() -> None:
    kind, message = st.session_state.pop(FLASH, (None, None))
    if message:
        getattr(st, kind, st.info)(message)


def open_draft(draft_id: int) -> None:
    st.session_state[DRAFT_ID] = int(draft_id)


def current_draft_id() -> int | None:
    value = st.session_state.get(DRAFT_ID)
    if value is None:
        raw = st.query_params.get("draft")
        if raw and str(raw).isdigit():
            value = int(raw)
            st.session_state[DRAFT_ID] = value
    return value
