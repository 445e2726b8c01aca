"""Sign-in: every person uses their own key (no shared logins), so every action carries a name."""
from __future__ import annotations

import streamlit as st

from review_ui import state


def render() -> None:
    st.title("Draftroom")
    st.caption("AI prepares, people decide: nothing leaves without a named person's approval.")
    reason = state.signed_out_reason()
    if reason:
        st.warning(f"You were signed out: {reason}")
    with st.form("sign_in"):
        key = st.text_input("Your key", type="password",
                            help="Printed by scripts/up (also in .draftroom/demo-keys.txt); "
                                 "new people get one from 'draftroom users add NAME --role ROLE' or Settings → Team.")
        submitted = st.form_submit_button("Sign in", type="primary")
    if submitted:
        me = state.sign_in(key)
        if me is not None:
            st.rerun()
