"""Moving between pages. ``app.py`` builds the navigation and registers it here; pages call ``go(name)``."""
from __future__ import annotations

import streamlit as st

PAGES: dict[str, "st.Page"] = {}
NAV_TARGET = "nav_target"


def register(pages: dict[str, "st.Page"]) -> None:
    """Remember the pages ``app.py`` built, by name, so ``go`` can switch to them."""
    PAGES.clear()
    PAGES.update(pages)


def go(name: str) -> None:
    """Switch to a page (inside the app) or record the target and rerun (a page tested alone)."""
    st.session_state[NAV_TARGET] = name
    page = PAGES.get(name)
    if page is None:
        st.rerun()
    st.switch_page(page)
