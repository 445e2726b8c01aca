"""Contracts: the log (notes, tasks, pasted client messages) and drafting a check-in, kickoff, reply
or follow-up from it. Drafts land in the same review queue as proposals (service/contracts.py)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from review_ui import lookup, nav, state
from review_ui.format import DONE_ICON, plain, status_label, when
from service.contracts import records as contracts
from service.core.workspace import current_workspace

KIND_LABEL = {"checkin": "Check-in update", "kickoff": "Kickoff message", "reply": "Reply to a client message",
              "followup": "Follow-up / upsell"}


def new_contract(me) -> None:
    ws = current_workspace()
    with st.expander("New contract", expanded=not contracts.list_contracts()):
        with st.form("new_contract", clear_on_submit=True):
            c1, c2 = st.columns(2)
            client = c1.text_input("Client name")
            title = c2.text_input("Contract title")
            c3, c4, c5 = st.columns(3)
            started = c3.date_input("Started", value=None)
            cadence = c4.selectbox("Check-in cadence", ["weekly", "twice a week", "every two weeks", "monthly"])
            line = c5.selectbox("Service line", [None, *[s.id for s in ws.service_lines]],
                                format_func=lambda i: "—" if i is None else i)
            milestones = st.text_area("Milestones (one per line: title | YYYY-MM-DD)")
            if st.form_submit_button("Create contract", disabled=not me.can("draft")):
                ms = []
                for raw in milestones.splitlines():
                    if raw.strip():
                        title_part, _, due = raw.partition("|")
                        ms.append({"title": title_part.strip(), "due": due.strip() or None})
                row = state.call(contracts.create_contract, client_name=client, title=title, started_at=started,
                                 cadence=cadence, milestones=ms, service_line=line, user=me)
                if row is not None:
                    st.session_state["contract_id"] = row.id
                    state.flash(f"Contract #{row.id} created.")
                    st.rerun()


def log_panel(contract, me) -> None:
    entries = contracts.list_entries(contract.id)
    st.markdown("**Log**")
    if not entries:
        st.caption("No notes yet: add what was done, what is next, and paste client messages here.")
    for e in entries:
        if e.kind == "task" and me.can("draft"):
            done = st.checkbox(plain(e.text) + (f" (due {when(e.due)[:10]})" if e.due else ""), value=e.done,
                               key=f"task_{e.id}")
            if done != e.done:
                state.call(contracts.set_entry_done, contract.id, e.id, done=done, user=me)
                st.rerun()
        else:
            st.markdown(f"- `{e.kind}`{' ✓' if e.done else ''} {when(e.created_at)[:10]} — {plain(e.text)}")
    if not me.can("draft"):
        return
    with st.form(f"entry_{contract.id}", clear_on_submit=True):
        c1, c2, c3 = st.columns([1, 3, 1])
        kind = c1.selectbox("Kind", contracts.ENTRY_KINDS)
        text = c2.text_area("Text", height=80)
        done = c3.checkbox("done")
        if st.form_submit_button("Add to log"):
            if state.call(contracts.add_entry, contract.id, text, kind=kind, done=done, user=me) is not None:
                st.rerun()


def draft_panel(contract, me) -> None:
    st.markdown("**Draft a message**")
    kind = st.radio("Kind", contracts.DRAFT_KINDS, format_func=KIND_LABEL.get, horizontal=True, key="c_kind")
    message = st.text_area("Client message to reply to", key="c_message") if kind == "reply" else None
    instructions = st.text_input("Instructions (optional)", key="c_instructions")
    if st.button("Draft it", type="primary", disabled=not me.can("draft"), key="c_draft"):
        with st.spinner("Drafting…"):
            draft = state.call(contracts.draft_for_contract, contract.id, kind, message=message, user=me,
                               instructions=instructions or None)
        if draft is not None:
            state.open_draft(draft.id)
            state.flash(f"{KIND_LABEL[kind]} #{draft.id} is in the review queue.")
            nav.go("review")
    rows = lookup.contract_drafts(contract.id)
    if rows:
        st.markdown("**Drafts for this contract**")
        st.dataframe(pd.DataFrame([{"id": d.id, "kind": d.kind, "status": status_label(d.status),
                                    "version": d.version, "created": when(d.created_at)} for d in rows]),
                     hide_index=True, width="stretch")
        pick = st.selectbox("Open draft", [d.id for d in rows], format_func=lambda i: f"#{i}", key="c_open_id")
        if st.button("Open in review", key="c_open"):
            state.open_draft(pick)
            nav.go("review")


def render() -> None:
    me = state.require_principal()
    st.title("Contracts")
    state.show_flash()
    new_contract(me)
    rows = contracts.list_contracts()
    if not rows:
        st.info("No contracts yet.")
        return
    ids = [c.id for c in rows]
    by_id = {c.id: c for c in rows}
    current = st.session_state.get("contract_id")
    chosen = st.selectbox("Contract", ids, index=ids.index(current) if current in ids else len(ids) - 1,
                          format_func=lambda i: f"#{i} {by_id[i].client_name} — {by_id[i].title}")
    st.session_state["contract_id"] = chosen
    c = by_id[chosen]
    st.caption(f"client **{plain(c.client_name)}** · cadence {plain(c.cadence)} · started {when(c.started_at)[:10]} · "
               f"{c.status} · service line {plain(c.service_line) or '—'}")
    for m in c.milestones or []:
        st.markdown(f"- {DONE_ICON[bool(m.get('done'))]} milestone **{plain(m.get('title'))}**"
                    + (f" · due {plain(m['due'])}" if m.get("due") else ""))
    if c.status == "active" and me.can("draft") and st.button("Mark contract ended", key=f"end_{c.id}",
                                                              help="Delivered or closed by the client: its follow-up "
                                                                   "can then be drafted"):
        if state.call(contracts.end_contract, c.id, user=me):
            state.flash(f"Contract #{c.id} ended.")
            st.rerun()
    left, right = st.columns(2, gap="large")
    with left:
        log_panel(c, me)
    with right:
        draft_panel(c, me)
