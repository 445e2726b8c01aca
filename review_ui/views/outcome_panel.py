"""Log what happened after a proposal was sent: pipeline stage, outcome, value, job type
(service/outcomes.py decides which moves are allowed)."""
from __future__ import annotations

import streamlit as st

from review_ui import state
from service.outcomes import tracking as outcomes


def render(draft, me) -> None:
    st.divider()
    st.markdown("**Log the outcome**")
    if draft.job_id is None:
        st.caption("Outcomes are logged on the proposal of the job, not on contract messages.")
        return
    pipe = state.call(outcomes.job_pipeline, draft.job_id)
    if pipe is None:
        return
    st.caption(f"Stage **{pipe['stage']}** · outcome **{pipe['outcome'] or '—'}**"
               + (f" · value ${pipe['value_usd']:,.0f}" if pipe.get("value_usd") else "")
               + (f" · type {pipe['job_type']}" if pipe.get("job_type") else ""))
    if not me.can("outcome"):
        st.caption(f"Your role ({me.role}) cannot log outcomes.")
        return
    with st.form(f"outcome_{draft.id}", clear_on_submit=True):
        c1, c2 = st.columns(2)
        stage = c1.selectbox("Stage reached", [None, *pipe["allowed_next"]], format_func=lambda s: "— no change —" if s is None else s)
        outcome = c2.selectbox("How the posting ended", [None, *outcomes.OUTCOMES],
                               format_func=lambda s: "— not known yet —" if s is None else s,
                               help="closed_no_hire / expired / unknown leave the reply-rate denominator")
        c3, c4 = st.columns(2)
        value = c3.number_input("Project value (USD)", min_value=0.0, value=None, step=100.0)
        job_type = c4.text_input("Job type", value=pipe.get("job_type") or "")
        note = st.text_input("Note")
        if st.form_submit_button("Log outcome"):
            done = state.call(outcomes.record, draft.id, me, stage=stage, outcome=outcome, value_usd=value,
                              job_type=(job_type.strip() or None) if job_type.strip() != (pipe.get("job_type") or "") else None,
                              note=note or None)
            if done is not None:
                state.flash(f"Logged: stage {done['stage']}, outcome {done['outcome'] or '—'}.")
                st.rerun()
    for e in pipe["events"][-5:]:
        st.caption(f"{e['at'][:16].replace('T', ' ')} · {e['stage'] or ''} {e['outcome'] or ''} {e['note'] or ''}")
