"""Pipeline: the funnel by stage, reply rate by job type and by template (low-sample groups marked),
and the weekly scorecard. All numbers come from service/scorecard.py."""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from review_ui import state
from service.outcomes import scorecard as sc


def rate_table(rows: list[dict], label: str) -> pd.DataFrame:
    return pd.DataFrame([{label: r["group"], "proposals": r["proposals"], "in denominator": r["denominator"],
                          "hits": r["hits"], "rate": None if r["rate"] is None else f"{r['rate']:.0%}",
                          "sample": "⚠ low sample" if r["low_sample"] else ""} for r in rows],
                        columns=[label, "proposals", "in denominator", "hits", "rate", "sample"])


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
    card = state.call(sc.scorecard, weeks)
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
        st.subheader("Reply rate by template")
        st.dataframe(rate_table(card["reply_rate_by_template"], "template"), hide_index=True, width="stretch")
        st.subheader("Close rate by niche")
        st.dataframe(rate_table(card["close_rate_by_niche"], "niche"), hide_index=True, width="stretch")
    st.caption("Groups with fewer than 3 proposals are marked low sample: don't act on them yet.")
