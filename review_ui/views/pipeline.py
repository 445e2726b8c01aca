"""Pipeline: the funnel by stage, outcomes per template version (sent, viewed, replied, interviewed, won,
lost, no reply), reply rate by job type, speed to lead per tier and person, and the weekly scorecard. All
numbers come from service.workflows.speed.scorecard_with_speed (outcomes.scorecard + workflows.speed)."""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from review_ui import state
from service.outcomes.outcome_counts import LABELS, STATS
from service.workflows.speed import scorecard_with_speed


def rate_table(rows: list[dict], label: str) -> pd.DataFrame:
    return pd.DataFrame([{label: r["group"], "proposals": r["proposals"], "in denominator": r["denominator"],
                          "hits": r["hits"], "rate": None if r["rate"] is None else f"{r['rate']:.0%}",
                          "sample": "⚠ low sample" if r["low_sample"] else ""} for r in rows],
                        columns=[label, "proposals", "in denominator", "hits", "rate", "sample"])


def _cell(stat: dict) -> str:
    return "—" if stat["rate"] is None else f"{stat['count']} ({stat['rate']:.0%})"


def outcomes_table(rows: list[dict]) -> pd.DataFrame:
    """One row per template version: counts, each rate over that row's 'in denominator'."""
    cols = ["template", "version", "sent", "left out", "in denominator", *(LABELS[s] for s in STATS), "sample"]
    return pd.DataFrame([{"template": r["template_id"], "version": r["template_version"], "sent": r["sent"],
                          "left out": r["left_out"], "in denominator": r["denominator"],
                          **{LABELS[s]: _cell(r[s]) for s in STATS},
                          "sample": "low sample" if r["low_sample"] else ""} for r in rows], columns=cols)


def speed_table(speed: dict) -> pd.DataFrame:
    def span(row: dict, key: str) -> str:
        v = row[key]
        return "—" if not v["n"] else f"{v['p50_min']:.0f} / {v['p95_min']:.0f} min (n={v['n']})"

    groups = [("all", "all", speed["all"])] + [("tier", t, r) for t, r in speed["by_tier"].items()] + \
             [("person", p, r) for p, r in speed["by_person"].items()]
    return pd.DataFrame([{"by": by, "group": g, "drafts": r["n"], "approved": r["approved"], "waiting": r["waiting"],
                          "intake → approval p50 / p95": span(r, "intake_to_approval"),
                          "posting → approval p50 / p95": span(r, "posted_to_approval")} for by, g, r in groups])


def funnel_chart(funnel: dict) -> alt.Chart:
    df = pd.DataFrame([{"stage": k.replace("_", " "), "jobs": v, "order": i} for i, (k, v) in enumerate(funnel.items())])
    return alt.Chart(df).mark_bar().encode(
        x=alt.X("jobs:Q", title="proposals that reached the stage"), y=alt.Y("stage:N", sort=alt.SortField("order"), title=None),
        tooltip=["stage", "jobs"]).properties(height=32 * len(df) + 20)


def metric(col, label: str, row: dict) -> None:
    value = "—" if row.get("rate") is None else f"{row['rate']:.0%}"
    col.metric(label, value, help=f"{row.get('hits', 0)} of {row.get('denominator', 0)}"
               + (" · low sample" if row.get("low_sample") else ""))


def render() -> None:
    state.require_principal()
    st.title("Pipeline")
    weeks = st.slider("Weeks", 1, 26, 4, key="pipe_weeks")
    card = state.call(scorecard_with_speed, weeks)
    if card is None:
        return
    st.caption(f"{card['proposals']} proposals sent in the period; {card['excluded_dead_ends']} went to postings that "
               "never hired and leave the reply-rate denominator.")
    c = st.columns(5)
    metric(c[0], "Reply rate", card["reply_rate"])
    metric(c[1], "Call booking rate", card["call_booking_rate"])
    metric(c[2], "Close rate", card["close_rate"])
    ttfp = card["time_to_first_proposal_minutes"]
    c[3].metric("Time to first proposal (median)", "—" if ttfp["median"] is None else f"{ttfp['median']:.0f} min",
                help=f"p90 {ttfp['p90']} min · n={ttfp['n']}" + (" · low sample" if ttfp["low_sample"] else ""))
    apv = card["average_project_value_usd"]
    c[4].metric("Average project value", "—" if apv["value"] is None else f"${apv['value']:,.0f}",
                help=f"n={apv['n']}" + (" · low sample" if apv["low_sample"] else ""))
    o = card["outcomes"]
    st.subheader("Outcomes of sent proposals")
    st.caption(f"Sent {o['sent']}. Every rate below is over {o['over']}.")
    c = st.columns(len(STATS))
    for col, stat in zip(c, STATS):
        col.metric(LABELS[stat].split(" (")[0].capitalize(), _cell(o[stat]), help=f"{LABELS[stat]}: {o[stat]['count']} of "
                   f"{o[stat]['of']}" + (" · low sample" if o["low_sample"] else ""))
    st.markdown("**By template version** (never pooled across versions; the version is the template hash)")
    st.dataframe(outcomes_table(card["outcomes_by_template"]), hide_index=True, width="stretch")
    st.subheader("Speed to lead")
    st.caption("Minutes from intake (and from the job's posting, when its source gave the posting time) to "
               "approval, for proposal drafts of the period; per tier and per approving person.")
    st.dataframe(speed_table(card["speed_to_lead"]), hide_index=True, width="stretch")
    left, right = st.columns(2, gap="large")
    with left:
        st.subheader("Funnel")
        st.altair_chart(funnel_chart(card["funnel"]), width="stretch")
        st.subheader("Weekly scorecard")
        st.dataframe(pd.DataFrame(card["weeks_detail"]), hide_index=True, width="stretch")
        ext = card["extension_rate"]
        ext_rate = "—" if ext["rate"] is None else f"{ext['rate']:.0%}"
        st.caption(f"Extension rate: {ext_rate} of {ext['denominator']} won · "
                   f"repeat revenue ${card['repeat_revenue_usd'] or 0:,.0f}")
    with right:
        st.subheader("Reply rate by job type")
        st.dataframe(rate_table(card["reply_rate_by_job_type"], "job type"), hide_index=True, width="stretch")
        st.subheader("Reply rate by template version")
        st.dataframe(rate_table(card["reply_rate_by_template"], "template @ version"), hide_index=True,
                     width="stretch")
        st.subheader("Close rate by niche")
        st.dataframe(rate_table(card["close_rate_by_niche"], "niche"), hide_index=True, width="stretch")
    st.caption("Groups with fewer than 3 proposals are marked low sample: don't act on them yet.")
