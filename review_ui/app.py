"""Streamlit review UI (foundation): sign in, queue, review with editor and Approve."""
from __future__ import annotations

import streamlit as st

from service.auth import authenticate
from service.db import ensure_schema
from service.errors import DraftroomError
from service import review

st.set_page_config(page_title="Draftroom", layout="wide")
ensure_schema()

if "principal" not in st.session_state:
    st.title("Draftroom sign-in")
    key = st.text_input("API key", type="password", help="Printed by the start command and in .draftroom/demo-keys.txt")
    if st.button("Sign in"):
        try:
            st.session_state.principal = authenticate(key)
            st.rerun()
        except DraftroomError as exc:
            st.error(exc.one_line())
    st.stop()

me = st.session_state.principal
st.sidebar.write(f"Signed in as **{me.name}** ({me.role})")
drafts = review.list_queue(limit=200)
st.title("Review queue")
if not drafts:
    st.info("The queue is empty.")
    st.stop()
labels = {d.id: f"#{d.id} · {d.tier or '-'} · {d.kind} · {d.status}" for d in drafts}
chosen = st.selectbox("Draft", list(labels), format_func=labels.get)
view = review.get_draft(chosen)
st.subheader(labels[chosen])
text = st.text_area("Draft", view.text, height=320)
col1, col2 = st.columns(2)
with col1:
    if st.button("Save edit", disabled=not me.can("review") or text == view.text):
        try:
            review.edit(chosen, text, view.draft.version, me)
            st.rerun()
        except DraftroomError as exc:
            st.error(exc.one_line())
with col2:
    ack = st.checkbox("I reviewed the open lint flags")
    if st.button("Approve", type="primary", disabled=not me.can("approve")):
        try:
            review.approve(chosen, view.draft.version, me, acknowledge_flags=ack)
            st.success("Approved")
            st.rerun()
        except DraftroomError as exc:
            st.error(exc.one_line())
