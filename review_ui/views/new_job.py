"""New job: paste a post, see its brief and fit within seconds, pick the service line, draft it."""
from __future__ import annotations

import streamlit as st

from review_ui import components, nav, state
from service.core.workspace import current_workspace
from service.workflows import jobs
from service.workflows.proposals import draft_or_existing, open_draft

RESULT = "new_job_result"


def render() -> None:
    me = state.require_principal()
    st.title("New job")
    state.show_flash()
    if not me.can("intake"):
        st.info(f"Your role ({me.role}) cannot add jobs.")
        return
    with st.form("paste_job"):
        raw = st.text_area("Paste the job post", height=260,
                           placeholder="Paste the whole Upwork job page (title, description, budget, client info) "
                                       "or a job JSON from your alert tool.")
        go = st.form_submit_button("Analyse", type="primary", shortcut="ctrl+enter")
    if go:
        with st.spinner("Reading the post and scoring it against your ICP…"):
            result = state.call(jobs.intake, raw, user_id=me.user_id)
        if result is not None:
            st.session_state[RESULT] = result
    result = st.session_state.get(RESULT)
    if result is None:
        return
    if result.duplicate:
        st.info(result.note or f"Already stored as job #{result.job.id}.")
    existing = open_draft(result.job.id)
    if existing is not None:
        st.warning(f"This job already has an open draft #{existing.id} ({existing.status.replace('_', ' ')}): "
                   "\"Draft proposal\" opens it. Tick \"Draft a new one anyway\" for a second draft.")
    left, right = st.columns(2, gap="large")
    with left:
        st.subheader("Brief")
        components.brief_panel(result.brief)
    with right:
        st.subheader("Fit")
        components.fit_panel(result.fit)
        components.mark_score_wrong(result.assessment_id, key=f"new_{result.job.id}")
    st.divider()
    ws = current_workspace()
    lines = [s.id for s in ws.service_lines]
    names = {s.id: s.name for s in ws.service_lines}
    default = lines.index(result.fit.service_line) if result.fit.service_line in lines else 0
    c1, c2 = st.columns([2, 3])
    line = c1.selectbox("Service line", lines, index=default, format_func=lambda i: names.get(i, i),
                        help="Suggested by the fit score; change it if the job belongs to another line.")
    instructions = c2.text_input("Instructions for the draft (optional)")
    if result.fit.tier == "poor":
        st.warning("This job scored **poor**: " + (result.fit.tier_reason or "see the fit breakdown")
                   + ". You can still draft it.")
    force = existing is not None and st.checkbox("Draft a new one anyway", key="force_new_draft")
    if st.button("Draft proposal", type="primary", disabled=not me.can("draft"), key="draft_job"):
        with st.spinner("Drafting…"):
            done = state.call(draft_or_existing, result.job.id, force=force, user=me, service_line=line,
                              instructions=instructions or None)
        if done is not None:
            draft, note = done
            st.session_state.pop(RESULT, None)
            state.open_draft(draft.id)
            state.flash(f"This is the existing draft #{draft.id}, not a new one." if note else
                        f"Draft #{draft.id} is in the queue; review it here.", "info" if note else "success")
            nav.go("review")
