"""Session state for the review UI: who is signed in, which draft is open, and one way to run a
service call so every error reaches the person as one readable line (never a traceback).

No business rules here: permissions come from ``Principal.can`` (service/auth.py)."""
from __future__ import annotations

from typing import Any, Callable, TypeVar

import streamlit as st

from service.accounts.auth import Principal, authenticate
from service.core.errors import DraftroomError

T = TypeVar("T")
PRINCIPAL = "principal"
DRAFT_ID = "draft_id"
FLASH = "flash"


def principal() -> Principal | None:
    return st.session_state.get(PRINCIPAL)


def require_principal() -> Principal:
    """The signed-in person; stops the page (with a note) when nobody is signed in."""
    me = principal()
    if me is None:
        st.warning("Sign in first.")
        st.stop()
    return me


def sign_in(key: str) -> Principal | None:
    me = call(authenticate, key)
    if me is not None:
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
