"""Pages and moving between them. ``app.py`` builds the navigation; pages call ``go(name)``."""
from __future__ import annotations

import streamlit as st

PAGES: dict[str, "st.Page"] = {}
NAV_TARGET = "nav_target"


def build() -> dict[str, list]:
    """The page groups for ``st.navigation`` (pages are rebuilt on every run)."""
    from .views import contracts, evals, new_job, pipeline, queue, review, settings

    spec = [
        ("Work", "queue", queue.render, "Queue", ":material/inbox:", True),
        ("Work", "review", review.render, "Review", ":material/rate_review:", False),
        ("Work", "new_job", new_job.render, "New job", ":material/post_add:", False),
        ("Work", "contracts", contracts.render, "Contracts", ":material/handshake:", False),
        ("Measure", "pipeline", pipeline.render, "Pipeline", ":material/monitoring:", False),
        ("Measure", "evals", evals.render, "Evals", ":material/science:", False),
        ("Setup", "settings", settings.render, "Settings", ":material/tune:", False),
    ]
    groups: dict[str, list] = {}
    PAGES.clear()
    for group, name, fn, title, icon, default in spec:
        page = st.Page(fn, title=title, icon=icon, url_path=name, default=default)
        PAGES[name] = page
        groups.setdefault(group, []).append(page)
    return groups


def go(name: str) -> None:
    """Switch to a page (inside the app) or record the target and rerun (a page tested alone)."""
    st.session_state[NAV_TARGET] = name
    page = PAGES.get(name)
    if page is None:
        st.rerun()
    st.switch_page(page)
