"""Accounts: a contract's check-in days, client contact, end date and milestones; Connects spent per sent
proposal, cost per reply and per hire; skip / apply / boost advice on queued proposals (advice only)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import streamlit as st

from review_ui import state
from service.contracts import cadence, milestones
from service.contracts import records as contracts
from service.core.workspace import current_workspace
from service.outcomes import bid_advice, connects

ACTION = {"skip": "skip", "apply": "apply", "boost": "boost"}  # plain words: tables cannot show icons


def schedule_panel(c, me) -> None:
    sched = cadence.get_schedule(c.id)
    info = cadence.schedule_json(c, sched, current_workspace().accounts.checkin_days)
    st.caption(f"check-ins on **{info['checkin_days']}** (from {info['from']}) · contact "
               f"**{info['client_contact'] or '—'}** · ends {info['ends_on'] or '—'}")
    if not me.can("draft"):
        return
    with st.form(f"schedule_{c.id}"):
        c1, c2, c3 = st.columns(3)
        days = c1.text_input("Check-in days", value=sched.checkin_days if sched else "", placeholder="mon,thu")
        contact = c2.text_input("Client contact", value=(sched.client_contact or "") if sched else "")
        ends = c3.date_input("Ends on", value=sched.ends_on if sched else None)
        if st.form_submit_button("Save schedule"):
            if state.call(cadence.set_schedule, c.id, checkin_days=days or None, client_contact=contact, ends_on=ends,
                          user=me) is not None:
                state.flash("Schedule saved.")
                st.rerun()


def milestones_panel(c, me) -> None:
    rows = milestones.list_milestones(c.id)
    if rows:
        st.dataframe(pd.DataFrame([m.json() for m in rows])[["id", "title", "due", "status"]], hide_index=True,
                     width="stretch")
    else:
        st.caption("No milestones yet.")
    if not me.can("draft"):
        return
    if rows:
        c1, c2, c3 = st.columns([3, 2, 1])
        pick = c1.selectbox("Milestone", [m.id for m in rows], key=f"ms_pick_{c.id}",
                            format_func=lambda i: next(m.title for m in rows if m.id == i))
        status = c2.selectbox("Status", milestones.STATUSES, key=f"ms_status_{c.id}")
        if c3.button("Set status", key=f"ms_set_{c.id}"):
            if state.call(milestones.update_milestone, c.id, pick, status=status, user=me) is not None:
                st.rerun()
    with st.form(f"ms_add_{c.id}", clear_on_submit=True):
        c1, c2 = st.columns([3, 1])
        title = c1.text_input("New milestone")
        due = c2.date_input("Due", value=None)
        if st.form_submit_button("Add milestone"):
            if state.call(milestones.add_milestone, c.id, title, due=due, user=me) is not None:
                st.rerun()


def connects_panel(me) -> None:
    st.subheader("Queued proposals: skip, apply or boost?")
    advice = state.call(bid_advice.queue_advice) or []
    if advice:
        st.dataframe(pd.DataFrame([{"draft": a.draft_id, "suggestion": ACTION[a.action], "reason": a.reason,
                                    "tier": a.tier, "proposals": a.proposals, "age (h)": a.age_hours}
                                   for a in advice]), hide_index=True, width="stretch")
        st.caption("Advice only: nothing is spent or sent; a person decides.")
    else:
        st.caption("No queued proposals.")
    if me.can("outcome"):
        with st.form("connects_record", clear_on_submit=True):
            c1, c2, c3 = st.columns(3)
            draft_id = c1.number_input("Sent proposal (draft #)", min_value=1, step=1, value=None)
            spent = c2.number_input("Connects", min_value=0, max_value=connects.MAX_CONNECTS, step=1, value=16)
            boost = c3.number_input("Boost", min_value=0, max_value=connects.MAX_CONNECTS, step=1, value=0)
            if st.form_submit_button("Record Connects"):
                if draft_id is None:
                    st.error("draft_id: give the number of the proposal draft you sent")
                elif state.call(connects.record_spend, int(draft_id), me, connects=int(spent),
                                boost=int(boost)) is not None:
                    state.flash(f"Recorded {int(spent) + int(boost)} Connects on draft #{int(draft_id)}.")
                    st.rerun()
    if me.can("metrics"):
        end = datetime.now(UTC)
        e = connects.economics(end - timedelta(weeks=4), end)
        st.subheader("Connects, last 4 weeks")
        st.text("\n".join(connects.format_economics(e)))


def render() -> None:
    me = state.require_principal()
    st.title("Accounts")
    state.show_flash()
    rows = contracts.list_contracts("active")
    if rows:
        by_id = {c.id: c for c in rows}
        chosen = st.selectbox("Contract", list(by_id), key="acct_contract",
                              format_func=lambda i: f"#{i} {by_id[i].client_name} — {by_id[i].title}")
        c = by_id[chosen]
        st.subheader("Check-in schedule")
        schedule_panel(c, me)
        st.subheader("Milestones")
        milestones_panel(c, me)
    else:
        st.info("No active contracts. Create one on the Contracts page.")
    connects_panel(me)
