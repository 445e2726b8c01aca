"""Follow-ups: clients ranked by priority (value, recency, confirmed signals) with the next project idea and
the timing risk; drafting a follow-up or upsell into the review queue when a person asks. Also a contract's
signals: paste a client message to get proposals, confirm or dismiss them, or log one yourself."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from review_ui import nav, state
from service.contracts import followups, signals
from service.contracts import records as contracts

LABEL = {"positive_feedback": "positive feedback", "scope_change": "scope change", "new_need": "new need",
         "budget_change": "budget change", "complaint": "complaint", "timing_risk": "timing risk"}


def queue_panel(me) -> None:
    rows = state.call(followups.followup_queue) or []
    if not rows:
        st.info("No clients yet: follow-ups come from contracts.")
        return
    st.dataframe(pd.DataFrame([{"priority": f.priority, "client": f.client, "value": f.points["value"],
                                "recency": f.points["recency"], "signals": f.points["signals"],
                                "next idea": f.next_idea or "—", "timing risk": f.timing_risk or "—",
                                "last activity": f.last_activity.isoformat()} for f in rows]),
                 hide_index=True, width="stretch")
    c1, c2 = st.columns([3, 1])
    client = c1.selectbox("Client", [f.client for f in rows], key="fu_client")
    if c2.button("Draft follow-up", type="primary", disabled=not me.can("draft"), key="fu_draft"):
        with st.spinner("Drafting…"):
            draft = state.call(followups.draft_followup, client, user=me)
        if draft is not None:
            state.open_draft(draft.id)
            state.flash(f"Follow-up #{draft.id} for {client} is in the review queue.")
            nav.go("review")


def signals_panel(me) -> None:
    rows = contracts.list_contracts()
    if not rows:
        return
    by_id = {c.id: c for c in rows}
    cid = st.selectbox("Contract", list(by_id), key="sig_contract",
                       format_func=lambda i: f"#{i} {by_id[i].client_name} — {by_id[i].title}")
    items = signals.list_signals(cid)
    for s in items:
        c1, c2, c3 = st.columns([6, 1, 1])
        c1.markdown(f"`{s.status}` **{LABEL[s.kind]}** — {s.text}")
        if s.status == "proposed" and me.can("review"):
            for col, label, confirm in ((c2, "Confirm", True), (c3, "Dismiss", False)):
                if col.button(label, key=f"sig_{'ok' if confirm else 'no'}_{s.id}"):
                    if state.call(signals.decide, s.id, confirm, user=me) is not None:
                        st.rerun()
    if not items:
        st.caption("No signals for this contract yet.")
    if not me.can("draft"):
        return
    with st.form("sig_propose", clear_on_submit=True):
        message = st.text_area("Paste a client message (it is logged; proposed signals wait for you)")
        if st.form_submit_button("Propose signals"):
            found = state.call(signals.propose_from_message, cid, message, user=me)
            if found is not None:
                state.flash(f"{len(found)} signal(s) proposed; confirm or dismiss each.")
                st.rerun()
    with st.form("sig_add", clear_on_submit=True):
        c1, c2 = st.columns([1, 3])
        kind = c1.selectbox("Kind", signals.KINDS, format_func=LABEL.get)
        text = c2.text_input("What happened")
        if st.form_submit_button("Log signal"):
            if state.call(signals.add_signal, cid, kind, text, user=me) is not None:
                st.rerun()


def render() -> None:
    me = state.require_principal()
    st.title("Follow-ups")
    state.show_flash()
    queue_panel(me)
    st.subheader("Signals")
    signals_panel(me)
