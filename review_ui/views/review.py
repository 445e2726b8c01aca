"""Review one draft: the job with evidence highlighted, the brief, the fit breakdown, and on the
right the editor with its live checklist and every action the service allows."""
from __future__ import annotations

import streamlit as st

from review_ui import components, lookup, nav, state
from review_ui.format import age_badge, human_age, plain, status_label, tier_badge, when
from review_ui.views import review_actions
from service.api.serialize import state_notes
from service.core.errors import DraftroomError
from service.core.schemas import FitAssessmentOut, JobBrief
from service.outcomes.bid_advice import advice_for
from service.review import actions as review
from service.review.queue import lock_holder
from service.workflows.jobs import get_job
from service.workflows.proposals import get_assessment
from service.workflows.speed import lead_ages


def _context(draft):
    """Job, brief and fit behind a draft (None for contract drafts)."""
    job = brief = fit = None
    if draft.job_id is not None:
        job = get_job(draft.job_id)
        brief = JobBrief.model_validate(job.brief) if job.brief else None
    assessment = get_assessment(draft.assessment_id)
    if assessment is not None and assessment.data:
        fit = FitAssessmentOut.model_validate(assessment.data)
    return job, brief, fit


def header(draft, title: str) -> None:
    names = lookup.user_names([draft.claimed_by, draft.approved_by])
    st.title(f"#{draft.id} · {plain(title)}")
    holder = lock_holder(draft)
    bits = [tier_badge(draft.tier), f":blue-badge[{draft.kind}]", f":gray-badge[{status_label(draft.status)}]",
            age_badge(draft.intake_at), f":gray-badge[v{draft.version}]"]
    if draft.service_line:
        bits.append(f":violet-badge[{draft.service_line}]")
    if holder:
        bits.append(f":orange-badge[:material/lock: {names.get(holder, holder)} until {when(draft.lock_expires_at)[11:]}]")
    st.markdown(" ".join(bits))
    if draft.approved_by:
        st.caption(f"Approved by **{names.get(draft.approved_by, draft.approved_by)}** at {when(draft.approved_at)}"
                   f" (version {draft.approved_version})")
    if draft.status == "rejected":
        st.caption(f"Rejected: {plain(draft.reject_reason)}" + (f" — {plain(draft.reject_note)}" if draft.reject_note else ""))
    if draft.attention_reason:
        st.error(f"Needs attention: {plain(draft.attention_reason)}")
    note = state_notes(draft)["status_note"]
    if note and draft.status != "needs_attention":
        st.warning(f"{status_label(draft.status)}: {plain(note)}")
    lead_and_advice(draft)
    st.caption(f"template `{draft.template_id}` · model `{draft.model}`")


def lead_and_advice(draft) -> None:
    """Speed to lead (since intake, since posting when known) and the skip/apply/boost advice with its reason."""
    lead = lead_ages([draft.id]).get(draft.id, {})
    since_intake, since_posted = lead.get("since_intake_min"), lead.get("since_posted_min")
    bits = [f"**Speed to lead**: {human_age(since_intake)} since intake"
            + (f" · {human_age(since_posted)} since posted" if since_posted is not None else " · posting time unknown")]
    tip = advice_for([draft.id]).get(draft.id)
    if tip is not None:
        colour = {"skip": "red", "apply": "blue", "boost": "green"}.get(tip.action, "gray")
        bits.append(f"**Bid advice**: :{colour}-badge[{tip.action}] {plain(tip.reason)}")
    st.markdown("  \n".join(bits))


def render() -> None:
    me = state.require_principal()
    state.show_flash()
    draft_id = state.current_draft_id()
    if draft_id is None:
        st.title("Review")
        st.info("Pick a draft in the queue (or press Next item there).")
        if st.button("Go to the queue"):
            nav.go("queue")
        return
    try:
        view = review.get_draft(draft_id)
        job, brief, fit = _context(view.draft)
    except DraftroomError as exc:
        st.error(exc.one_line())
        return
    draft = view.draft
    header(draft, (job.title if job else None) or f"{draft.kind} for contract #{draft.contract_id}")
    review_actions.claim_bar(draft, me)
    left, right = st.columns([5, 6], gap="large")
    with left:
        tabs = st.tabs(["Job", "Brief", "Fit"] if job else ["Contract"], key=f"context_{draft.id}", on_change="rerun")
        if job:
            with tabs[0]:
                components.job_text(job.raw_text, brief, fit)
            with tabs[1]:
                if brief:
                    components.brief_panel(brief)
                else:
                    st.info("No brief stored for this job yet.")
            with tabs[2]:
                if fit:
                    components.fit_panel(fit)
                    components.mark_score_wrong(draft.assessment_id, key=str(draft.id))
                else:
                    st.info("No fit assessment for this draft.")
        else:
            with tabs[0]:
                review_actions.contract_panel(draft)
    with right:
        review_actions.editor(view, brief, me)
