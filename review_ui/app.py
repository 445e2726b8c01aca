"""Draftroom review UI: sign in with your key, then Queue, Review, New job, Contracts, Pipeline,
Evals and Settings. Pages call the service layer (service/*); no business rule lives here."""
from __future__ import annotations

import streamlit as st

from review_ui import nav, state
from review_ui.views import signin
from service.db import ensure_schema

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
    st.navigation(nav.build()).run()
