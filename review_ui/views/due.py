"""Due: what is owed on live contracts (check-ins, overdue milestones, quiet clients, contracts ending),
most urgent first, each with one click to draft the message into the review queue (a person approves it
there). The list and the drafting live in service/workflows/due_drafts.py."""
from __future__ import annotations

from datetime import UTC, datetime

import streamlit as st

from review_ui import nav, state
from service.workflows import due_drafts

BADGE = {"overdue": ":red-badge[overdue]", "due": ":orange-badge[due today]", "soon": ":blue-badge[ending soon]",
         "passed": ":red-badge[end date passed]"}
KIND = {"checkin": "Check-in", "milestone": "Milestone", "quiet": "Quiet client", "ending": "Contract ending"}


def _item(row: dict, me, as_of) -> None:
    with st.container(border=True):
        left, right = st.columns([5, 1])
        left.markdown(f"{BADGE.get(row['status'], row['status'])} **{KIND[row['kind']]}** · #{row['contract_id']} "
                      f"**{row['client']}** — {row['contract_title']}")
        left.caption(row["reason"])
        if row["draft_id"]:
            if right.button(f"Open draft #{row['draft_id']}", key=f"due_open_{row['key']}",
                            help=f"already drafted ({row['draft_status']})"):
                state.open_draft(row["draft_id"])
                nav.go("review")
        elif right.button("Draft it", key=f"due_draft_{row['key']}", type="primary", disabled=not me.can("draft"),
                          help=f"drafts a {row['draft_kind']} message into the review queue"):
            with st.spinner("Drafting…"):
                draft = state.call(due_drafts.draft_item, row["key"], me, now=as_of)
            if draft is not None:
                state.open_draft(draft.id)
                state.flash(f"{KIND[row['kind']]} draft #{draft.id} is in the review queue.")
                nav.go("review")


def render() -> None:
    me = state.require_principal()
    st.title("Due")
    state.show_flash()
    as_of = st.date_input("As of", value=datetime.now(UTC).date(), key="due_as_of",
                          help="The day the list is computed for (UTC)")
    rows = state.call(due_drafts.due_view, as_of)
    if rows is None:
        return
    if not rows:
        st.success("Nothing is due: every active contract is on schedule.")
        return
    counts = {k: sum(1 for r in rows if r["kind"] == k) for k in KIND}
    st.caption(" · ".join(f"{KIND[k]}: {n}" for k, n in counts.items() if n)
               + " — most urgent first. Drafts wait in the review queue; nothing reaches a client without approval.")
    for row in rows:
        _item(row, me, as_of)
