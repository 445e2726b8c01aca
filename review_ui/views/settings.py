"""Settings page."""
from __future__ import annotations

import streamlit as st

from .. import state


def render() -> None:
    state.require_principal()
    st.title("Settings")
