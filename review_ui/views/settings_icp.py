"""ICP weights, floors and tier thresholds as sliders, with a preview of how the most recent jobs'
tiers would change. The tier itself is always computed by the fit module (service/pipeline/fit.py)."""
from __future__ import annotations

import pandas as pd
import streamlit as st
import yaml
from pydantic import ValidationError

from review_ui import lookup, state
from review_ui.format import TIER_ICON
from service.core.config import get_settings
from service.core.schemas import JobBrief
from service.core.workspace import CRITERIA, KNOWN_DISQUALIFIERS, Workspace
from service.fit.assess import assess_fit
from service.workflows import workspace_edit

PREVIEW_JOBS = 20


def _dq_line(d) -> str:
    return d if isinstance(d, str) else (f"{d.id} | {d.description}" if d.description else d.id)


def _dq_entry(line: str):
    ident, sep, note = line.partition(" | ")
    return {"id": ident.strip(), "description": note.strip()} if sep else line.strip()


def candidate(ws: Workspace, editable: bool) -> Workspace | None:
    icp = ws.icp
    st.markdown("**Weights** (relative; 0 ignores a criterion)")
    cols = st.columns(3)
    weights = {c: cols[i % 3].slider(c.replace("_", " "), 0.0, max(100.0, float(icp.weights.as_dict()[c])), float(icp.weights.as_dict()[c]), 1.0,
                                     key=f"w_{c}", disabled=not editable) for i, c in enumerate(CRITERIA)}
    st.markdown("**Floors** (a criterion under its floor makes the job poor; 0 = no floor)")
    cols = st.columns(3)
    floors = {c: cols[i % 3].slider(c.replace("_", " ") + " floor", 0, 100, int(icp.floors.get(c, 0)), 5,
                                    key=f"f_{c}", disabled=not editable) for i, c in enumerate(CRITERIA)}
    c1, c2 = st.columns(2)
    strong = c1.slider("strong from score", 0, 100, int(icp.tiers.strong), 1, key="t_strong", disabled=not editable)
    possible = c2.slider("possible from score", 0, 100, int(icp.tiers.possible), 1, key="t_possible", disabled=not editable)
    neutral = st.slider("neutral score (when the post gives no signal)", 0, 100, int(icp.neutral_score), 1,
                        key="t_neutral", disabled=not editable)
    lines = st.text_area("Disqualifiers, one per line: a known id (" + ", ".join(KNOWN_DISQUALIFIERS) + "), "
                         "'keyword:<word>', or a description in words; 'id | note' keeps a note",
                         "\n".join(_dq_line(d) for d in icp.disqualifiers), key="t_disqualifiers", disabled=not editable)
    data = ws.model_dump(mode="json")
    data["icp"].update(weights=weights, floors={c: float(v) for c, v in floors.items() if v > 0},
                       tiers={"strong": float(strong), "possible": float(possible)}, neutral_score=float(neutral),
                       disqualifiers=[_dq_entry(x) for x in lines.splitlines() if x.strip()])
    try:
        return Workspace.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            st.error(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}")
        return None


def preview(ws: Workspace, new: Workspace) -> pd.DataFrame:
    rows = []
    for job_id, title, brief in lookup.recent_briefs(PREVIEW_JOBS):
        b = JobBrief.model_validate(brief)
        before, after = assess_fit(b, ws, job_id=job_id), assess_fit(b, new, job_id=job_id)
        rows.append({"job": f"#{job_id} {title[:60]}", "now": TIER_ICON[before.tier], "score now": before.score,
                     "with these settings": TIER_ICON[after.tier], "new score": after.score,
                     "changed": "◀ changed" if before.tier != after.tier else "", "why": after.tier_reason})
    return pd.DataFrame(rows)


def render(ws: Workspace, me) -> None:
    editable = me.can("settings")
    if editable and "icp_base_hash" not in st.session_state and workspace_edit.editable() is None:
        st.session_state["icp_base_hash"] = workspace_edit.file_hash()  # the file as the sliders started from it
    if not editable:
        st.caption(f"Read-only for role '{me.role}'.")
    new = candidate(ws, editable)
    if new is None:
        return
    changed = new.icp != ws.icp
    st.markdown(f"**Preview on the {PREVIEW_JOBS} most recent jobs**")
    offline = get_settings().is_offline
    if not changed:
        st.caption("Move a slider to see which tiers would change.")
    elif offline or st.button("Preview (re-scores with the model: costs one call per job)", key="icp_preview"):
        table = preview(ws, new)
        if table.empty:
            st.info("No jobs with a brief yet.")
        else:
            n = int((table["changed"] != "").sum())
            st.markdown(f"{n} of {len(table)} jobs would change tier.")
            st.dataframe(table, hide_index=True, width="stretch")
    if editable and changed:
        why_not = workspace_edit.editable()
        if why_not:
            st.caption(f"Saving here is off: {why_not}.")
        elif st.button("Save ICP to the workspace file", key="icp_save", type="primary",
                       help="Validates the whole workspace, keeps a backup of the previous file and logs who saved."):
            saved = state.call(workspace_edit.save_sections, me, icp=new.icp.model_dump(mode="json"),
                               base_hash=st.session_state.get("icp_base_hash"))
            if saved is not None and saved["saved"]:
                state.flash(f"ICP saved to {saved['path']} ({', '.join(saved['changes']['icp']) or 'no change'}); "
                            f"previous file kept as {saved['backup']}.")
                for k in [k for k in st.session_state if k.startswith(("w_", "f_", "t_"))]:
                    del st.session_state[k]  # the sliders start again from the saved file
                st.session_state.pop("icp_base_hash", None)
                st.rerun()
        st.download_button("Download the updated workspace YAML", yaml.safe_dump(new.model_dump(mode="json"), sort_keys=False),
                           file_name="workspace.yaml", mime="application/x-yaml", key="ws_download",
                           help="Replace your DRAFTROOM_WORKSPACE file with it; the service re-reads the file when it changes.")
