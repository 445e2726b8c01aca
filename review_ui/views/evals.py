"""Evals: eval runs over time, metrics per suite, per-case results and diffs against a chosen run."""
from __future__ import annotations

import streamlit as st


def render() -> None:
    state_ok = st.session_state.get("principal")
    st.title("Evals")
    if not state_ok:
        st.stop()
