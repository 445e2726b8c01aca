"""Settings: profile, service lines, ICP (sliders with a tier preview, saved to the workspace file), proof
library (edited and saved to the workspace file), team and keys (owner/manager only), and the ICP look-back
suggestions (service/icp_review.py). Saving is service.workflows.workspace_edit (validation, backup, audit);
owners and managers edit, everyone else reads."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from review_ui import lookup, state
from review_ui.format import plain
from review_ui.views import settings_icp
from service.accounts import auth
from service.core.config import get_settings
from service.core.workspace import current_workspace
from service.fit import icp_review
from service.workflows import workspace_edit


def profile(ws) -> None:
    p = ws.profile
    st.markdown(f"**{p.name}** — {p.headline}")
    st.write(p.overview)
    st.caption(f"Skills: {', '.join(p.skills)} · rate: {p.hourly_rate or '—'} · signs as: {p.signature or '—'}"
               f" · industries: {', '.join(p.industries) or '—'}")
    st.caption(f"Time zone: {p.timezone or '—'} · availability: {p.availability or '—'} (screening questions about "
               f"the start and the time zone are answered from these; empty, they are left for you to fill in)")
    st.caption(f"Workspace file: `{get_settings().workspace}` (validate with `draftroom workspace check FILE`)")


def service_lines(ws) -> None:
    st.dataframe(pd.DataFrame([{"id": s.id, "name": s.name, "skills": ", ".join(s.skills), "template": s.template,
                                "min fixed": s.min_fixed_budget, "min hourly": s.min_hourly_rate,
                                "next step": s.next_step, "words": f"{s.word_bounds[0]}–{s.word_bounds[1]}"}
                               for s in ws.service_lines]), hide_index=True, width="stretch")


PROOF_COLUMNS = ["id", "title", "summary", "outcome", "skills", "industry", "url"]


def proof_rows(ws) -> pd.DataFrame:
    return pd.DataFrame([{"id": p.id, "title": p.title, "summary": p.summary, "outcome": p.outcome,
                          "skills": ", ".join(p.skills), "industry": p.industry, "url": p.url or ""} for p in ws.proof],
                        columns=PROOF_COLUMNS)


def proof_items(table: pd.DataFrame) -> list[dict]:
    """The edited table as workspace proof items (blank rows dropped); validation is the service's."""
    items = []
    for row in table.fillna("").to_dict("records"):
        cells = {k: str(row.get(k) or "").strip() for k in PROOF_COLUMNS}
        if not any(cells.values()):
            continue
        items.append({"id": cells["id"], "title": cells["title"], "summary": cells["summary"],
                      "skills": [x.strip() for x in cells["skills"].split(",") if x.strip()],
                      "industry": cells["industry"], "outcome": cells["outcome"], "url": cells["url"] or None})
    return items


def proof(ws, me) -> None:
    why_not = workspace_edit.editable()
    if not me.can("settings") or why_not:
        st.caption(f"Read-only for role '{me.role}'." if not me.can("settings") else f"Read-only: {why_not}.")
        st.dataframe(proof_rows(ws), hide_index=True, width="stretch")
        return
    st.caption("Edit cells, add rows at the bottom, or select rows and delete them; skills are comma separated. "
               "Saving validates the whole workspace, keeps a backup of the previous file and logs who saved.")
    base = workspace_edit.file_hash()
    edited = st.data_editor(proof_rows(ws), num_rows="dynamic", hide_index=True, width="stretch", key="proof_editor")
    if st.button("Save proof library", key="proof_save", type="primary"):
        saved = state.call(workspace_edit.save_sections, me, proof=proof_items(edited), base_hash=base)
        if saved is not None and not saved["saved"]:
            st.info("Nothing changed; the workspace file was not written.")
        elif saved is not None:
            ch = saved["changes"]["proof"]
            state.flash(f"Proof library saved to {saved['path']} (added {len(ch['added'])}, changed "
                        f"{len(ch['changed'])}, removed {len(ch['removed'])}); previous file kept as {saved['backup']}.")
            st.rerun()


def team(me) -> None:
    if not me.can("manage_users"):
        st.info("Only owners and managers see the team and keys.")
        return
    users = auth.list_users()
    st.dataframe(pd.DataFrame([{"id": u.id, "name": u.name, "role": u.role, "disabled": u.disabled,
                                "since": u.created_at} for u in users]), hide_index=True, width="stretch")
    st.dataframe(pd.DataFrame(lookup.api_keys()), hide_index=True, width="stretch")
    with st.form("add_user", clear_on_submit=True):
        c1, c2 = st.columns(2)
        name = c1.text_input("Name")
        role = c2.selectbox("Role", auth.ROLES)
        if st.form_submit_button("Add person"):
            made = state.call(auth.add_user, name, role)
            if made is not None:
                st.success(f"Added {made[0].name} ({made[0].role}). Their key (shown once): ")
                st.code(made[1], language=None)
    c1, c2 = st.columns(2)
    with c1.form("issue_key"):
        uid = st.selectbox("New key for", [u.id for u in users], format_func={u.id: u.name for u in users}.get)
        if st.form_submit_button("Issue key"):
            key = state.call(auth.issue_key, uid)
            if key:
                st.success("New key (shown once):")
                st.code(key, language=None)
    with c2.form("revoke_key"):
        live = [k["key id"] for k in lookup.api_keys() if k["revoked"] is None]
        kid = st.selectbox("Revoke key", live, format_func=lambda k: f"key #{k}")
        if st.form_submit_button("Revoke") and kid is not None:
            if kid == me.api_key_id:
                st.error("key_id: that is the key you are signed in with (sign in with another key first)")
            elif state.call(auth.revoke_key, kid) is None:
                pass
            else:
                st.success(f"Key #{kid} revoked.")


def suggestions(ws) -> None:
    period = st.selectbox("Look back", ["30d", "90d", "180d", "1y"], index=1, key="icp_since")
    since = state.call(icp_review.parse_since, period)
    if since is None:
        return
    r = icp_review.review_icp(ws, since=since)
    st.markdown(f"{r.assessed} assessed · {r.sent} proposed · {r.replied} replied · "
                f"{r.excluded_dead_ends} never-hired postings left out"
                + (f" · reply rate {r.reply_rate:.0%}" if r.reply_rate is not None else ""))
    st.dataframe(pd.DataFrame([{"tier": t.tier, "sent": t.sent, "replied": t.replied,
                                "rate": None if t.rate is None else f"{t.rate:.0%}",
                                "sample": "low sample" if t.low_sample else ""} for t in r.tiers]),
                 hide_index=True, width="stretch")
    st.dataframe(pd.DataFrame([c.model_dump() for c in r.criteria]), hide_index=True, width="stretch")
    for s in r.suggestions:
        st.markdown(f"- **{plain(s.kind)} · {plain(s.target)}**: {plain(s.current)} → **{plain(s.suggested)}** — "
                    f"{plain(s.evidence)}")
    for note in r.notes:
        st.info(note)


def render() -> None:
    me = state.require_principal()
    st.title("Settings")
    state.show_flash()
    ws = state.call(current_workspace)
    if ws is None:
        return
    tabs = st.tabs(["Profile", "Service lines", "ICP", "Proof library", "Team & keys", "ICP review"])
    with tabs[0]:
        profile(ws)
    with tabs[1]:
        service_lines(ws)
    with tabs[2]:
        settings_icp.render(ws, me)
    with tabs[3]:
        proof(ws, me)
    with tabs[4]:
        team(me)
    with tabs[5]:
        suggestions(ws)
