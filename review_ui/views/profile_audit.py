"""Profile audit: what the approved letters claim against the profile and proof library (quoted), proof
items never or over-used, service lines missing from the profile, and a suggested change list for a person
to act on. The audit itself is service/workflows/profile_audit.py."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from review_ui import state
from service.workflows.profile_audit import audit


def render() -> None:
    me = state.require_principal()
    st.title("Profile audit")
    if not me.can("metrics"):
        st.warning("Your role cannot read reports.")
        return
    since = st.selectbox("Approved in the last", ["7d", "30d", "90d", "365d"], index=1, key="pa_since")
    r = state.call(audit, since)
    if r is None:
        return
    st.caption(f"{r['letters']} approved letters · {len(r['unsupported'])} unsupported claims")
    st.subheader("Suggested profile changes")
    for s in r["suggestions"] or ["Nothing to change: every claim is backed."]:
        st.markdown(f"- {s}")
    st.subheader("Unsupported claims")
    if r["unsupported"]:
        st.dataframe(pd.DataFrame(r["unsupported"])[["draft_id", "kind", "value", "quote"]], hide_index=True,
                     width="stretch")
    else:
        st.caption("None.")
    st.subheader("Proof library use")
    st.dataframe(pd.DataFrame([{"proof": p["title"], "letters": len(p["letters"]), "share": p["share"]}
                               for p in r["proof_usage"]]), hide_index=True, width="stretch")
    st.subheader("Service lines")
    st.dataframe(pd.DataFrame([{"service line": sl["name"], "approved bids": sl["bids"],
                                "named in headline or overview": sl["in_headline_or_overview"]}
                               for sl in r["service_lines"]]), hide_index=True, width="stretch")
