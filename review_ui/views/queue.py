"""Queue: drafts ordered by the service (needs attention first, then fit tier, then age since intake),
filters, the needs-attention count, speed to lead (since intake / since posting) with its colour, the
skip/apply/boost advice with its reason, "next item", and bulk reject with a reason."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from review_ui import lookup, nav, state
from review_ui.format import (
    AGE_BANDS,
    AGE_COLOURS,
    TIER_ICON,
    age_band,
    age_minutes,
    human_age,
    status_label,
)
from service.api.serialize import state_notes
from service.core.schemas import DRAFT_KINDS
from service.core.workspace import current_workspace
from service.outcomes.bid_advice import advice_for
from service.review import actions as review
from service.review.queue import STATUSES, lock_holder
from service.workflows.speed import lead_ages

PAGE_SIZE = 50
ASSIGNEE = {"anyone": None, "me": "me", "unassigned": "unassigned"}


def _any(v):
    return "— any —" if v is None else str(v)


DONE = "done (exported, rejected)"


def filters() -> dict:
    ws = current_workspace()
    c1, c2, c3, c4, c5 = st.columns(5)
    status = c1.selectbox("Status", [None, *STATUSES, "all"], key="q_status",
                          format_func=lambda s: "— open drafts —" if s is None else
                          ("all, done included" if s == "all" else status_label(s)),
                          help="Default: every open draft; exported and rejected drafts only when chosen here.")
    tier = c2.selectbox("Tier", [None, "strong", "possible", "poor"], format_func=_any, key="q_tier")
    line = c3.selectbox("Service line", [None, *[s.id for s in ws.service_lines]], format_func=_any, key="q_line")
    kind = c4.selectbox("Kind", [None, *DRAFT_KINDS], format_func=_any, key="q_kind")
    who = c5.selectbox("Assignee", list(ASSIGNEE), key="q_assignee")
    assignee = ASSIGNEE[who]
    if assignee == "me":
        assignee = state.require_principal().user_id
    if st.session_state.get("q_attention_only"):
        status = "needs_attention"
    return {"status": status, "tier": tier, "service_line": line, "kind": kind, "assignee": assignee}


def _get(item, name, default=None):
    return item.get(name, default) if isinstance(item, dict) else getattr(item, name, default)


def _status(it, worker: dict | None = None) -> str:
    """The status with what it does not say by itself: the needs-attention reason, an expired claim,
    a draft waiting for a worker."""
    note = state_notes(it, worker)["status_note"]
    label = status_label(_get(it, "status"))
    if not note:
        return label
    note = " ".join(note.split())
    return f"{label}: {note[:90]}{'…' if len(note) > 90 else ''}"


def rows(items) -> pd.DataFrame:
    ids = [_get(it, "id") for it in items]
    titles = lookup.job_titles([_get(it, "job_id") for it in items])
    holders = {_get(it, "id"): lock_holder(it) for it in items}
    names = lookup.user_names(list(holders.values()))
    ages = lead_ages(ids)
    advice = advice_for(ids)
    out = []
    for it in items:
        did = _get(it, "id")
        lead = ages.get(did, {})
        minutes = lead.get("since_intake_min")
        if minutes is None:
            minutes = age_minutes(_get(it, "intake_at"))
        posted = lead.get("since_posted_min")
        holder = holders[did]
        tip = advice.get(did)
        out.append({"id": did, "tier": TIER_ICON.get(_get(it, "tier"), TIER_ICON[None]),
                    "job": titles.get(_get(it, "job_id"), "") or f"contract #{_get(it, 'contract_id') or '—'}",
                    "kind": _get(it, "kind"), "service line": _get(it, "service_line") or "—",
                    "status": _status(it), "age": human_age(minutes), "_band": age_band(minutes),
                    "since posted": human_age(posted) if posted is not None else "—",
                    "advice": tip.action if tip else "—", "advice reason": tip.reason if tip else "",
                    "claimed by": names.get(holder, "") if holder else ""})
    return pd.DataFrame(out, columns=COLUMNS)


# What a reviewer decides on comes first (status with its note, speed to lead, advice); the job title after.
COLUMNS = ["id", "tier", "status", "age", "_band", "since posted", "advice", "job", "advice reason", "kind",
           "service line", "claimed by"]


def styled(df: pd.DataFrame):
    bands = df["_band"].tolist()
    view = df.drop(columns=["_band"])
    colours = [f"background-color: {AGE_COLOURS.get(b, '')}" if b in AGE_COLOURS else "" for b in bands]
    return view.style.apply(lambda col: colours if col.name == "age" else [""] * len(col), axis=0)


def next_item(f: dict) -> int | None:
    """Claim the next draft the service orders next for these filters (pending review, or in review
    whose claim expired: ``review.claim_next``); open it."""
    me = state.require_principal()
    view = state.call(review.claim_next, me, **{k: v for k, v in f.items() if k != "assignee"})
    if view is None:
        st.info("Nothing is waiting for review with these filters.")
        return None
    return view.draft.id


def bulk_reject(ids: list[int]) -> None:
    me = state.require_principal()
    reasons = review.REJECT_REASONS
    with st.form("bulk_reject", clear_on_submit=True):
        chosen = st.multiselect("Drafts to reject", ids, format_func=lambda i: f"#{i}")
        reason = st.selectbox("Reason", list(reasons),
                              format_func=(reasons.get if isinstance(reasons, dict) else str))
        note = st.text_input("Note (optional)")
        if st.form_submit_button("Reject selected", disabled=not me.can("review")):
            if not chosen:
                st.error("ids: choose at least one draft to reject")
                return
            result = state.call(review.bulk_reject, chosen, me, reason, note)
            if result is not None:
                state.flash(f"Rejected {len(chosen)} draft(s) with reason '{reason}'.")
                st.rerun()


def render() -> None:
    me = state.require_principal()
    st.title("Review queue")
    state.show_flash()
    f = filters()
    cursors = st.session_state.setdefault("q_cursors", [None])
    sig = tuple(sorted((k, str(v)) for k, v in f.items()))
    if st.session_state.get("q_sig") != sig:
        st.session_state["q_sig"], st.session_state["q_cursors"] = sig, [None]
        cursors = st.session_state["q_cursors"]
    page = state.call(review.list_queue, **f, cursor=cursors[-1], limit=PAGE_SIZE)
    if page is None:
        return
    items = list(page.items)
    head = st.columns([2, 2, 4])
    head[0].metric("Need attention", page.needs_attention,
                   help="Drafts that failed or stalled (listed first, with the reason). Retry or regenerate them.")
    head[1].toggle("Needs attention only", key="q_attention_only")
    head[2].caption("Listed: " + ("every status" if set(page.statuses) >= {"exported", "rejected"} else
                                  ", ".join(status_label(x) for x in page.statuses))
                    + ". Exported and rejected drafts: choose them in Status.")
    top = st.columns([1, 1, 1, 3])
    if top[0].button("Next item", type="primary", shortcut="n", disabled=not me.can("review"),
                     help="Claim the next draft you may take (pending review, or a claim that expired; tier, "
                          "then oldest first) and open it. Shortcut: N"):
        draft_id = next_item(f)
        if draft_id is not None:
            state.open_draft(draft_id)
            nav.go("review")
    if top[1].button("Newer page", disabled=len(cursors) <= 1, key="q_prev"):
        cursors.pop()
        st.rerun()
    if top[2].button("Older page", disabled=not page.next_cursor, key="q_next"):
        cursors.append(page.next_cursor)
        st.rerun()
    top[3].caption("Speed to lead, age since intake: " + " · ".join(f":{c}-badge[{label}]" for _lim, c, label in AGE_BANDS)
                   + " · advice: skip / apply / boost with its reason")
    if not items:
        st.info("No drafts match these filters.")
        return
    st.dataframe(styled(rows(items)), hide_index=True, width="stretch",
                 height=min(38 * len(items) + 40, 640))
    ids = [_get(it, "id") for it in items]
    c1, c2 = st.columns([3, 1])
    chosen = c1.selectbox("Open draft", ids, format_func=lambda i: f"#{i}", key="q_open_id")
    if c2.button("Open", key="q_open", shortcut="o"):
        state.open_draft(chosen)
        nav.go("review")
    if me.can("review"):
        with st.expander("Bulk reject"):
            bulk_reject(ids)
