"""Log what happened after a proposal was sent (pipeline stage / outcome) — service/outcomes.py."""
from __future__ import annotations

import streamlit as st


def render(draft, me) -> None:
    st.divider()
    st.markdown("**Log the outcome**")
    try:
        from service import outcomes
    except ImportError:
        st.caption("Outcome logging needs service/outcomes.py (not in this build yet).")
        return
    st.caption(f"{outcomes}")
