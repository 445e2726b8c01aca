"""Draftroom review UI: sign in with your key, then Queue, Review, New job, Contracts, Pipeline,
Evals and Settings. Pages call the service layer (service/*); no business rule lives here."""
from __future__ import annotations

import streamlit as st

from review_ui import nav, state
from review_ui.views import (
    accounts,
    contracts,
    due,
    evals,
    followups,
    new_job,
    pipeline,
    profile_audit,
    queue,
    review,
    settings,
    signin,
)
from service.core.db import ensure_schema


def _pages() -> dict[str, list]:
    """The page groups for ``st.navigation`` (pages are rebuilt on every run)."""
    spec = [
        ("Work", "queue", queue.render, "Queue", ":material/inbox:", True),
        ("Work", "review", review.render, "Review", ":material/rate_review:", False),
        ("Work", "new_job", new_job.render, "New job", ":material/post_add:", False),
        ("Work", "contracts", contracts.render, "Contracts", ":material/handshake:", False),
        ("Work", "due", due.render, "Due", ":material/event_upcoming:", False),
        ("Work", "followups", followups.render, "Follow-ups", ":material/forward_to_inbox:", False),
        ("Work", "accounts", accounts.render, "Accounts", ":material/account_balance_wallet:", False),
        ("Measure", "pipeline", pipeline.render, "Pipeline", ":material/monitoring:", False),
        ("Measure", "evals", evals.render, "Evals", ":material/science:", False),
        ("Measure", "profile_audit", profile_audit.render, "Profile audit", ":material/fact_check:", False),
        ("Setup", "settings", settings.render, "Settings", ":material/tune:", False),
    ]
    groups: dict[str, list] = {}
    by_name: dict[str, st.Page] = {}
    for group, name, fn, title, icon, default in spec:
        page = st.Page(fn, title=title, icon=icon, url_path=name, default=default)
        by_name[name] = page
        groups.setdefault(group, []).append(page)
    nav.register(by_name)
    return groups


st.set_page_config(page_title="Draftroom", page_icon=":material/edit_note:", layout="wide")


@st.cache_resource(show_spinner=False)
def _migrated() -> bool:
    ensure_schema()
    return True


_migrated()
me = state.principal()
if me is None:
    st.navigation([st.Page(signin.render, title="Sign in", icon=":material/login:", url_path="signin")],
                  position="hidden").run()
else:
    with st.sidebar:
        st.markdown(f"Signed in as **{me.name}** · `{me.role}`")
        if not me.can("review"):
            st.caption("Read-only: your role cannot change drafts.")
        if st.button("Sign out", key="sign_out"):
            state.sign_out()
            st.rerun()
    st.navigation(_pages()).run()
