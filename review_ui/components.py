"""Widgets shared by several pages: fit breakdown chart, job text with highlighted evidence,
brief panel, "mark score wrong" form. They render service data; they decide nothing."""
from __future__ import annotations

import html

import altair as alt
import pandas as pd
import streamlit as st

from review_ui import state
from review_ui.format import plain, tier_badge
from service.core.schemas import FitAssessmentOut, JobBrief
from service.core.workspace import CRITERIA
from service.fit import feedback as fit_feedback

NOT_STATED = "not stated"
HIGHLIGHT = {  # kind → (colour, legend)
    "fit": ("#fff3a3", "fit evidence"),
    "need": ("#cde8ff", "implicit need"),
    "question": ("#d9f7d9", "screening question / client instruction"),
    "flag": ("#ffd0d0", "red flag / injection attempt"),
}


def evidence_spans(brief: JobBrief | None, fit: FitAssessmentOut | None) -> list[tuple[str, str]]:
    """(quote, kind) pairs the service attached to this job, in display priority order."""
    out: list[tuple[str, str]] = []
    if brief is not None:
        out += [(f.quote, "flag") for f in brief.injection_flags]
        out += [(f.evidence, "flag") for f in brief.red_flags]
        out += [(q, "question") for q in brief.screening_questions]
        out += [(i.text, "question") for i in brief.client_instructions]
        out += [(n.evidence, "need") for n in brief.implicit_needs]
    if fit is not None:
        out += [(c.evidence, "fit") for c in fit.criteria]
    return [(q.strip(), k) for q, k in out if q and q.strip() and q.strip().lower() != NOT_STATED]


def highlight_html(text: str, spans: list[tuple[str, str]]) -> str:
    """Escape the (untrusted) job text and wrap every quoted span in a coloured <mark>."""
    taken: list[tuple[int, int, str]] = []
    for quote, kind in spans:
        start = text.find(quote)
        while start >= 0:
            end = start + len(quote)
            if not any(s < end and start < e for s, e, _ in taken):
                taken.append((start, end, kind))
            start = text.find(quote, end)
    taken.sort()
    parts, pos = [], 0
    for s, e, kind in taken:
        parts.append(html.escape(text[pos:s]))
        colour, label = HIGHLIGHT[kind]
        parts.append(f'<mark title="{html.escape(label)}" style="background:{colour};padding:0 2px">'
                     f"{html.escape(text[s:e])}</mark>")
        pos = e
    parts.append(html.escape(text[pos:]))
    return ('<div class="job-text" style="white-space:pre-wrap;font-size:0.9rem;line-height:1.45;'
            'max-height:520px;overflow-y:auto;border:1px solid #ddd;border-radius:6px;padding:10px">'
            + "".join(parts) + "</div>")


def legend_html() -> str:
    return " ".join(f'<mark style="background:{c};padding:0 4px">{html.escape(label)}</mark>'
                    for c, label in HIGHLIGHT.values())


def job_text(raw: str, brief: JobBrief | None, fit: FitAssessmentOut | None) -> None:
    st.html(legend_html())
    st.html(highlight_html(raw or "", evidence_spans(brief, fit)))


def brief_panel(brief: JobBrief) -> None:
    st.markdown(f"**{plain(brief.title) or 'Untitled job'}**")
    if brief.summary:
        st.markdown(plain(brief.summary))
    money = "—"
    if brief.budget_type:
        lo, hi = brief.budget_min, brief.budget_max
        amount = f"{lo:g}–{hi:g}" if lo is not None and hi is not None and lo != hi else f"{(lo or hi or 0):g}"
        money = f"{brief.budget_type} {brief.currency or ''} {amount}".strip()
    facts = {"budget": money, "experience": brief.experience_level, "length": brief.project_length,
             "hours/week": brief.hours_per_week, "client country": brief.client.country,
             "payment verified": brief.client.payment_verified, "client spent": brief.client.total_spent,
             "hire rate": brief.client.hire_rate, "proposals": brief.proposals, "tone": brief.tone,
             "confidence": brief.confidence}
    st.dataframe(pd.DataFrame([(k, "—" if v is None else str(v)) for k, v in facts.items()], columns=["field", "value"]),
                 hide_index=True, width="stretch")
    if brief.skills or brief.tools:
        st.caption("Skills: " + plain(", ".join(dict.fromkeys(brief.skills + brief.tools))))
    if brief.requirements:
        st.markdown("**Requirements**")
        for r in brief.requirements:
            st.markdown(f"- {plain(r.id)} {'**must**' if r.must else 'nice'}: {plain(r.text)}")
    if brief.deliverables:
        st.markdown("**Deliverables**")
        st.markdown("\n".join(f"- {plain(d)}" for d in brief.deliverables))
    if brief.screening_questions:
        st.markdown("**Screening questions (verbatim)**")
        st.markdown("\n".join(f"{i}\\. {plain(q)}" for i, q in enumerate(brief.screening_questions, 1)))
    if brief.client_instructions:
        st.markdown("**Client instructions to honour**")
        for ins in brief.client_instructions:
            st.markdown(f"- {plain(ins.kind)}: “{plain(ins.text)}”" + (f" → must contain **{plain(ins.value)}**"
                                                                       if ins.value else ""))
    for flag in brief.red_flags:
        st.warning(f"Red flag: {plain(flag.text)}" + (f" — “{plain(flag.evidence)}”" if flag.evidence else ""))
    for inj in brief.injection_flags:
        st.error(f"Injection attempt (ignored by the AI): “{plain(inj.quote)}” {plain(inj.reason)}")
    if brief.missing_fields:
        st.caption("Not stated in the post: " + plain(", ".join(brief.missing_fields)))


def fit_chart(fit: FitAssessmentOut) -> alt.Chart:
    rows = [{"criterion": c.name.replace("_", " "), "score": c.score, "weight": c.weight,
             "floor": c.floor, "below floor": c.below_floor, "reason": c.reason, "evidence": c.evidence}
            for c in fit.criteria]
    df = pd.DataFrame(rows)
    bars = alt.Chart(df).mark_bar().encode(
        x=alt.X("score:Q", scale=alt.Scale(domain=[0, 100]), title="score (0–100)"),
        y=alt.Y("criterion:N", sort=None, title=None),
        color=alt.condition(alt.datum["below floor"], alt.value("#d9534f"), alt.value("#4c78a8")),
        tooltip=["criterion", "score", "weight", "floor", "reason", "evidence"])
    floors = alt.Chart(df.dropna(subset=["floor"])).mark_tick(color="black", thickness=2, size=18).encode(
        x="floor:Q", y=alt.Y("criterion:N", sort=None), tooltip=["criterion", "floor"])
    return (bars + floors).properties(height=36 * len(rows) + 20)


def fit_panel(fit: FitAssessmentOut) -> None:
    st.markdown(f"{tier_badge(fit.tier)} **score {fit.score:.1f}** · service line "
                f"**{fit.service_line_name or fit.service_line or '—'}**")
    st.caption(plain(fit.tier_reason))
    for hit in fit.disqualifiers:
        st.error(f"Disqualifier {plain(hit.id)}: {plain(hit.reason)}"
                 + (f" — “{plain(hit.evidence)}”" if hit.evidence != NOT_STATED else ""))
    st.altair_chart(fit_chart(fit), width="stretch")
    table = pd.DataFrame([{"criterion": c.name, "score": c.score, "weight": c.weight, "floor": c.floor,
                           "reason": c.reason, "evidence": c.evidence, "by": c.source} for c in fit.criteria])
    st.dataframe(table, hide_index=True, width="stretch")
    if fit.matched_skills or fit.missing_skills:
        st.caption(f"Matched skills: {plain(', '.join(fit.matched_skills)) or '—'} · "
                   f"missing: {plain(', '.join(fit.missing_skills)) or '—'}")


def mark_score_wrong(assessment_id: int | None, key: str) -> None:
    """The reviewer's "this score is wrong" report (stored by service/fit_feedback.py)."""
    me = state.principal()
    if assessment_id is None:
        return
    with st.expander("Mark score wrong"):
        if not (me and me.can("feedback")):
            st.caption(f"Your role ({me.role if me else 'none'}) cannot send score feedback.")
            return
        with st.form(f"fit_feedback_{key}", clear_on_submit=True):
            reasons = st.multiselect("What is wrong", list(fit_feedback.REASONS), format_func=fit_feedback.REASONS.get)
            expected = st.selectbox("Tier you expected", [None, *fit_feedback.TIERS],
                                    format_func=lambda t: "— not sure —" if t is None else t)
            criterion = st.selectbox("Criterion most wrong", [None, *CRITERIA],
                                     format_func=lambda c: "— any —" if c is None else c)
            note = st.text_area("Note", max_chars=fit_feedback.MAX_NOTE)
            if st.form_submit_button("Send feedback"):
                fb = state.call(fit_feedback.record_feedback, assessment_id, reasons=reasons, expected_tier=expected,
                                criterion=criterion, note=note, user_id=me.user_id)
                if fb is not None:
                    st.success(f"Feedback #{fb.id} stored; it joins the fit eval cases.")
