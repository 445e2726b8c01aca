"""The right-hand side of the review page: editor, live checklist, diff, and the actions
(claim/release, save, approve, reject, regenerate, export, outcome). Every action is a call
into service/review.py; the UI only enables what ``Principal.can`` allows."""
from __future__ import annotations

import html

import streamlit as st

from review_ui import nav, state
from review_ui.format import CHECK_ICON, DONE_ICON, plain, when
from review_ui.views import outcome_panel
from service.contracts import records as contracts
from service.core.schemas import JobBrief, LintResult, ProposalParts
from service.core.workspace import current_workspace
from service.review import actions as review
from service.review.queue import lock_holder
from service.workflows.proposals import regenerate

EXPORTABLE = ("approved", "exported")


def claim_bar(draft, me) -> None:
    holder = lock_holder(draft)
    c1, c2, c3, _ = st.columns([1, 1, 1, 3])
    can = me.can("review")
    claimable = draft.status == "in_review" or "in_review" in review.TRANSITIONS.get(draft.status, set())
    if claimable and holder != me.user_id and c1.button("Claim", disabled=not can, shortcut="l", key="claim",
                                          help="Lock this draft for you while you review it. Shortcut: L"):
        if state.call(review.claim, draft.id, me) is not None:
            state.flash("Claimed: the draft is locked for you.")
            st.rerun()
    if holder == me.user_id and c1.button("Release", disabled=not can, key="release",
                                          help="Unlock it and put it back in the queue"):
        if state.call(review.release, draft.id, me) is not None:
            state.flash("Released.")
            st.rerun()
    if c2.button("Next item", disabled=not can, shortcut="n", key="review_next",
                 help="Claim the next pending draft. Shortcut: N"):
        from review_ui.views.queue import next_item

        nxt = next_item({})
        if nxt is not None:
            state.open_draft(nxt)
            st.rerun()
    if c3.button("Back to queue", key="back_queue"):
        nav.go("queue")


def live_lint(draft, text: str, brief: JobBrief | None) -> LintResult | None:
    """The service's checklist run on the text as it is in the editor now."""
    ws = current_workspace()
    if draft.kind == "proposal":
        if brief is None:
            return None
        from service.drafting.lint import lint_proposal

        line = next((s for s in ws.service_lines if s.id == draft.service_line), None)
        parts = ProposalParts.model_validate(draft.parts) if draft.parts and "hook" in draft.parts else None
        return lint_proposal(text, brief, ws, parts, line)
    from service.drafting.lint_contract import lint_contract_message

    if draft.contract_id is None:
        return None
    contract, entries = contracts.get_contract(draft.contract_id), contracts.list_entries(draft.contract_id)
    return lint_contract_message(draft.kind, text, ws, parts=draft.parts, entries=entries, contract=contract)


def checklist(result: LintResult | None) -> None:
    if result is None:
        st.caption("No checklist: this draft has no brief.")
        return
    bad = result.failures
    st.markdown(f"**Checklist** · {result.word_count} words · "
                + (":green-badge[all checks pass]" if not bad else f":red-badge[{len(bad)} open]"))
    for c in result.checks:
        icon = CHECK_ICON["pass" if c.passed else ("error" if c.severity == "error" else "warning")]
        st.markdown(f"{icon} `{c.id}` {plain(c.message)}")


def open_flags(draft, versions: list[dict]) -> list[dict]:
    """Failing checks the service stored for the current version (approval must acknowledge them)."""
    current = next((v for v in versions if v.get("current")), None)
    lint = current["lint"] if current and current.get("lint") is not None else draft.lint
    return [c for c in (lint or {}).get("checks", []) if not c.get("passed", True)]


def diff_html(ops: list[dict]) -> str:
    out = []
    for o in ops:
        if o["op"] == "equal":
            out.append(html.escape(o["before"]))
            continue
        if o["before"]:
            out.append(f'<del style="background:#ffd6d6">{html.escape(o["before"])}</del>')
        if o["after"]:
            out.append(f'<ins style="background:#d3f4dc;text-decoration:none">{html.escape(o["after"])}</ins>')
    return '<div style="white-space:pre-wrap;line-height:1.5">' + " ".join(out) + "</div>"


def diff_tab(draft_id: int) -> None:
    d = state.call(review.diff, draft_id)
    if d is None:
        return
    data = d
    ops = data.get("ops") or []
    if not any(o["op"] != "equal" for o in ops):
        st.caption("No human edits yet: the current text is the AI original.")
        return
    st.caption(f"{data.get('words_added', 0)} words added, {data.get('words_removed', 0)} removed · "
               f"edit distance {data.get('edit_distance', '—')} words ({data.get('changed_ratio', 0):.0%} of the original)")
    st.html(diff_html(ops))


def versions_tab(rows: list[dict]) -> None:
    for v in reversed(rows):
        who = v.get("author") or ("AI" if v.get("source") == "ai" else "—")
        marks = (" · **current**" if v.get("current") else "") + (" · :material/verified: approved" if v.get("approved") else "")
        st.markdown(f"**v{v['number']}** · {v['source']} · {who} · {v['words']} words · "
                    f"{str(v['created_at'])[:16].replace('T', ' ')}{marks}" + (f" · {plain(v['note'])}" if v.get("note") else ""))


def editor(view, brief: JobBrief | None, me) -> None:
    draft = view.draft
    can_edit = me.can("review") and draft.status not in ("exported",)
    text = st.text_area("Draft", view.text, height=380, key=f"editor_{draft.id}_v{draft.version}",
                        disabled=not can_edit,
                        help=None if can_edit else f"Read-only for role '{me.role}' or status '{draft.status}'.")
    dirty = text != view.text
    if st.button("Save edit", disabled=not can_edit or not dirty, shortcut="ctrl+s", key="save",
                 help="Saves a new version (the AI original is kept). Shortcut: Ctrl+S"):
        if state.call(review.edit, draft.id, text, draft.version, me) is not None:
            state.flash(f"Saved as version {draft.version + 1}.")
            st.rerun()
    if dirty:
        st.caption("Unsaved changes: save them before approving (an approval binds to a saved version).")
    history = state.call(review.versions, draft.id) or []
    tabs = st.tabs(["Checklist", "Diff vs AI original", "Versions", "Approve / reject", "Export & outcome"],
                   key=f"actions_{draft.id}", on_change="rerun")
    with tabs[0]:
        checklist(live_lint(draft, text, brief))
    with tabs[1]:
        diff_tab(draft.id)
    with tabs[2]:
        versions_tab(history)
    with tabs[3]:
        decide(draft, me, dirty, open_flags(draft, history))
    with tabs[4]:
        export_panel(draft, me)
        outcome_panel.render(draft, me)


def decide(draft, me, dirty: bool, flags: list[dict]) -> None:
    ack = False
    if flags:
        st.markdown("**Open flags on this version**")
        for f in flags:
            st.markdown(f"- `{f['id']}` {plain(f.get('message', ''))}")
        ack = st.checkbox(f"I reviewed these {len(flags)} open flag(s) and approve anyway", key=f"ack_{draft.id}",
                          disabled=not me.can("approve"))
    mine = lock_holder(draft) == me.user_id
    if me.can("approve") and not mine and draft.status in ("pending_review", "in_review"):
        st.caption("Claim this draft first (the Claim button above): an approval needs your claim on the version "
                   "you read.")
    if st.button("Approve", type="primary", key="approve", shortcut="ctrl+enter",
                 disabled=not me.can("approve") or not mine or dirty or (bool(flags) and not ack),
                 help=f"Approve version {draft.version} as {me.name}. Shortcut: Ctrl+Enter"):
        if state.call(review.approve, draft.id, draft.version, me, acknowledge_flags=ack) is not None:
            state.flash(f"Approved version {draft.version} as {me.name}.")
            st.rerun()
    st.divider()
    reasons = review.REJECT_REASONS
    with st.form(f"reject_{draft.id}", clear_on_submit=True):
        reason = st.selectbox("Reject reason", list(reasons), format_func=(reasons.get if isinstance(reasons, dict) else str))
        note = st.text_input("Note")
        if st.form_submit_button("Reject", disabled=not me.can("review")):
            if state.call(review.reject, draft.id, draft.version, me, reason, note) is not None:
                state.flash(f"Rejected ({reason}).", "warning")
                st.rerun()
    with st.form(f"regen_{draft.id}", clear_on_submit=True):
        instructions = st.text_area("Regenerate with instructions", placeholder="e.g. shorter, lead with the Stripe webhook issue")
        if st.form_submit_button("Regenerate", disabled=not me.can("review") or draft.kind != "proposal"):
            if state.call(regenerate, draft.id, me, instructions) is not None:
                state.flash("Regenerated: a new AI version is in the editor; the diff still compares with the first original.")
                st.rerun()


def copy_button(text: str, key: str) -> None:
    st.html(f'<textarea id="cp-{key}" style="position:absolute;left:-9999px" readonly>{html.escape(text)}</textarea>'
            f'<button onclick="navigator.clipboard.writeText(document.getElementById(\'cp-{key}\').value)'
            f'.then(()=>{{this.innerText=\'Copied ✓\'}})" style="padding:4px 12px;border-radius:6px;'
            f'border:1px solid #bbb;background:#fff;cursor:pointer">Copy to clipboard</button>',
            unsafe_allow_javascript=True)


def export_panel(draft, me) -> None:
    key = f"export_{draft.id}"
    if draft.status not in EXPORTABLE or draft.approved_version is None:
        st.info("Export is available once a person approves this exact text.")
        return
    if st.button("Export approved text", key="export", disabled=not me.can("export"), type="primary"):
        result = state.call(review.export, draft.id, me)
        if result is not None:
            st.session_state[key] = result
    result = st.session_state.get(key)
    if result and result.get("content_hash") == draft.approved_hash:
        st.caption(f"Approved version {result['version']} · exported by {me.name}")
        st.code(result["text"], language=None, wrap_lines=True)
        c1, c2 = st.columns(2)
        with c1:
            copy_button(result["text"], str(draft.id))
        c2.download_button("Download .txt", result["text"], file_name=f"draftroom-{draft.id}-v{result['version']}.txt",
                           mime="text/plain", key="download")


def contract_panel(draft) -> None:
    if draft.contract_id is None:
        st.info("This draft has no contract.")
        return
    contract, entries = contracts.get_contract(draft.contract_id), contracts.list_entries(draft.contract_id)
    st.markdown(f"**{plain(contract.title)}** · client **{plain(contract.client_name)}** · cadence "
                f"{plain(contract.cadence)} · {contract.status}")
    for m in contract.milestones or []:
        st.markdown(f"- {DONE_ICON[bool(m.get('done'))]} milestone {plain(m.get('title'))}"
                    + (f" · due {plain(m['due'])}" if m.get("due") else ""))
    st.markdown("**Log**")
    for e in entries[-30:]:
        st.markdown(f"- `{e.kind}`{' ✓' if e.done else ''} {when(e.created_at)[:10]} — {plain(e.text)}")
