"""Review page: evidence highlighted and escaped, live checklist, save → diff, approval rules,
export only after approval, reject, regenerate, claim/release, score feedback, outcome, viewer."""
from __future__ import annotations

from sqlmodel import select

from service.core.db import session_scope
from service.core.models import FitFeedback, Job
from service.review import actions as review
from tests.ui.conftest import button, page, texts


def _open(seeded, who=None, idx=0):
    return page("review", who or seeded.bidder, draft_id=seeded.draft_ids[idx])


def _editor(at):
    return [t for t in at.text_area if t.label == "Draft"][0]


def _save(at, text):
    _editor(at).input(text)
    at.run()
    button(at, "Save edit").click().run()
    return at


def test_job_text_shows_highlighted_evidence(seeded):
    at = _open(seeded)
    assert not at.exception
    html = "".join(h.proto.body for h in at.get("html"))
    assert "<mark" in html and "fit evidence" in html
    assert "#1 ·" in at.title[0].value


def test_live_checklist_follows_the_editor(seeded):
    at = _open(seeded)
    assert ":green[:material/check_circle:] `no_contact_details`" in texts(at)
    _editor(at).input(_editor(at).value + "\nWrite to me at bob@example.com").run()
    assert ":red[:material/cancel:] `no_contact_details`" in texts(at)
    assert "Unsaved changes" in texts(at)
    assert button(at, "Approve").disabled  # approval binds to a saved version


def test_save_creates_a_version_and_the_diff_shows_it(seeded):
    at = _open(seeded)
    original = _editor(at).value
    _save(at, original + "\nThanks, Maya")
    assert not at.exception
    view = review.get_draft(seeded.draft_ids[0])
    assert view.draft.version == 2 and view.text.endswith("Thanks, Maya")
    assert "Saved as version 2" in texts(at)
    html = "".join(h.proto.body for h in at.get("html"))
    assert "<ins" in html and "Maya</ins>" in html
    assert "2 words added" in texts(at)


def test_open_flags_need_acknowledgement_then_approve_names_the_reviewer(seeded):
    at = _open(seeded)
    _save(at, _editor(at).value + "\nWrite to me at bob@example.com")
    assert button(at, "Approve").disabled
    assert "`no_contact_details`" in texts(at)
    at.checkbox(key=f"ack_{seeded.draft_ids[0]}").check().run()
    button(at, "Approve").click().run()
    assert not at.exception
    d = review.get_draft(seeded.draft_ids[0]).draft
    assert d.status == "approved" and d.approved_by == seeded.bidder.user_id and d.flags_acknowledged
    assert "Approved by **Bea**" in texts(at)


def test_unapproved_draft_cannot_be_exported(seeded):
    at = _open(seeded)
    assert not [b for b in at.button if b.label == "Export approved text"]
    assert "Export is available once a person approves this exact text." in texts(at)
    assert not at.get("download_button")


def test_export_after_approval_equals_the_edited_text(seeded):
    at = _open(seeded)
    edited = _editor(at).value.replace("\n", "\n\n", 1) + "\nP.S. happy to start Monday."
    _save(at, edited)
    button(at, "Approve").click().run()
    button(at, "Export approved text").click().run()
    assert not at.exception
    assert at.code[-1].value == edited
    assert at.get("download_button")
    assert review.get_draft(seeded.draft_ids[0]).draft.status == "exported"


def test_reject_with_reason(seeded):
    at = _open(seeded)
    form_select = [s for s in at.selectbox if s.label == "Reject reason"][0]
    form_select.select("tone")
    [t for t in at.text_input if t.label == "Note"][0].input("too stiff")
    button(at, "Reject").click().run()
    d = review.get_draft(seeded.draft_ids[0]).draft
    assert (d.status, d.reject_reason, d.reject_note) == ("rejected", "tone", "too stiff")


def test_regenerate_with_instructions_adds_an_ai_version(seeded):
    at = _open(seeded)
    [t for t in at.text_area if t.label == "Regenerate with instructions"][0].input("shorter please")
    button(at, "Regenerate").click().run()
    assert not at.exception
    rows = review.versions(seeded.draft_ids[0])
    assert [v["source"] for v in rows] == ["ai", "ai"] and "shorter please" in rows[-1]["note"]


def test_claim_then_release(seeded):
    at = _open(seeded)
    button(at, "Claim").click().run()
    d = review.get_draft(seeded.draft_ids[0]).draft
    assert d.claimed_by == seeded.bidder.user_id and d.status == "in_review"
    assert ":material/lock: Bea" in texts(at)
    button(at, "Release").click().run()
    d = review.get_draft(seeded.draft_ids[0]).draft
    assert d.claimed_by is None and d.status == "pending_review"


def test_claimed_by_someone_else_shows_the_lock_error(seeded):
    review.claim(seeded.draft_ids[0], seeded.owner)
    at = _open(seeded)
    assert ":material/lock: Olive" in texts(at)
    button(at, "Claim").click().run()
    assert any("claimed by Olive" in e.value for e in at.error)


def test_mark_score_wrong_stores_feedback(seeded):
    at = _open(seeded)
    at.multiselect[0].select("budget_misread")
    [s for s in at.selectbox if s.label == "Tier you expected"][0].select(
        "poor" if review.get_draft(seeded.draft_ids[0]).draft.tier != "poor" else "strong")
    button(at, "Send feedback").click().run()
    assert not at.exception
    with session_scope() as s:
        rows = list(s.exec(select(FitFeedback)))
    assert len(rows) == 1 and rows[0].reasons == ["budget_misread"] and rows[0].user_id == seeded.bidder.user_id


def test_log_outcome_after_export(seeded):
    did = seeded.draft_ids[0]
    view = review.get_draft(did)
    review.claim(did, seeded.bidder)
    review.approve(did, view.draft.version, seeded.bidder, acknowledge_flags=True)
    review.export(did, seeded.bidder)
    at = _open(seeded)
    [s for s in at.selectbox if s.label == "Stage reached"][0].select("proposed")
    button(at, "Log outcome").click().run()
    assert not at.exception
    with session_scope() as s:
        assert s.get(Job, view.draft.job_id).stage == "proposed"


def test_viewer_sees_everything_but_cannot_change_anything(seeded):
    at = _open(seeded, who=seeded.viewer)
    assert not at.exception
    assert _editor(at).disabled
    for label in ("Save edit", "Approve", "Claim", "Next item", "Reject", "Regenerate"):
        assert button(at, label).disabled, label
    assert "cannot log outcomes" in texts(at)
    assert "cannot send score feedback" in texts(at)
    assert not [b for b in at.button if b.label in ("Export approved text", "Log outcome", "Send feedback")]


def test_approve_needs_a_claim_in_the_ui_then_works(seeded):
    did = seeded.draft_ids[1]
    at = page("review", seeded.bidder, draft_id=did)
    assert button(at, "Approve").disabled and "Claim this draft first" in texts(at)
    button(at, "Claim").click().run()
    flags = [c for c in at.checkbox if c.key == f"ack_{did}"]
    if flags:
        flags[0].check().run()
    button(at, "Approve").click().run()
    assert not at.exception
    assert review.get_draft(did).draft.approved_by == seeded.bidder.user_id


def test_revoked_key_or_disabled_user_is_signed_out_on_the_next_click(seeded):
    from service.accounts.auth import authenticate, revoke_key, set_disabled

    did = seeded.draft_ids[2]
    for cut in ("revoke", "disable"):
        at = page("review", seeded.bidder, draft_id=did)
        assert [b for b in at.button if b.label == "Claim"]
        me = authenticate(at.session_state["api_key"])
        if cut == "revoke":
            revoke_key(me.api_key_id)
        else:
            set_disabled(me.user_id, True)
        button(at, "Claim").click().run()  # the very next run checks the key again
        assert "Sign in first." in texts(at) and not [b for b in at.button if b.label == "Claim"]
        assert review.get_draft(did).draft.claimed_by is None  # the click did nothing
        set_disabled(me.user_id, False)


def test_api_keys_cannot_sign_in_to_the_ui(seeded):
    from service.accounts.auth import add_user

    _user, key = add_user("ui-bot", "api")
    at = page("signin", None)
    at.text_input[0].input(key)
    at.button[0].click().run()
    assert "review UI is for people" in texts(at) and "api_key" not in at.session_state


def test_post_text_renders_as_plain_text_no_links_no_images(seeded):
    """A phishing link and a tracking image in a post: shown as the characters written, never as a link
    or an image (no <a>, no <img> in what the page renders)."""
    from service.workflows.proposals import draft_for_job

    evil = ("Build a React dashboard [Click to verify your account](https://phish.example/login) "
            "![pixel](https://tracker.example/p.png) see https://phish.example/x and <img src=https://t.example/i>\n"
            "We need a React + TypeScript dashboard for our KPIs. Budget: $1,500 fixed.\n"
            "1. What is [your rate](https://phish.example/rate)?")
    draft, _ = draft_for_job(evil, user=seeded.bidder)
    at = page("review", seeded.bidder, draft_id=draft.id)
    assert not at.exception
    from review_ui.format import plain

    shown = texts(at)
    assert "](https://" not in shown.replace("\\](", "")  # every bracket/paren escaped: no Markdown link
    assert "![" not in shown.replace("\\!\\[", "")
    import re

    for e in at.markdown:  # raw HTML only ever appears escaped (\<img), never as a tag
        assert not re.search(r"(?<!\\)<(img|a)\b", str(e.value)), e.value
    assert plain("[a](https://x.example)") == "\\[a\\]\\(https\\://x\\.example\\)"
