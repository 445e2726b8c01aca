"""The approval gate at the service layer: locks, versions, stale writes, approval binding, export."""
from __future__ import annotations

from datetime import timedelta

import pytest
from api.helpers import AI_TEXT, make_draft, make_user

from service.core.db import session_scope
from service.core.errors import (
    Conflict,
    Forbidden,
    IllegalTransition,
    InvalidInput,
    NotFound,
    StaleVersion,
)
from service.core.models import Draft, utcnow
from service.review import actions as review


@pytest.fixture
def people(db):
    return {r: make_user(r)[0] for r in ("owner", "manager", "bidder", "viewer", "api")}


def test_claim_locks_out_others_until_release_or_expiry(people, monkeypatch):
    d = make_draft()
    alice, bob = people["bidder"], make_user("bidder", "bob")[0]
    view = review.claim(d.id, alice)
    assert view.draft.status == "in_review" and view.draft.claimed_by == alice.user_id
    assert view.draft.lock_expires_at - utcnow() > timedelta(minutes=14)  # default 15 minutes
    with pytest.raises(Conflict, match="claimed by bidder"):
        review.claim(d.id, bob)
    with pytest.raises(Conflict):
        review.approve(d.id, 1, bob)
    with pytest.raises(Conflict):  # bob cannot release alice's lock; a manager can
        review.release(d.id, bob)
    review.release(d.id, people["manager"])
    assert review.get_draft(d.id).draft.status == "pending_review"
    assert review.claim(d.id, bob).draft.claimed_by == bob.user_id
    # an expired lock is free for anyone
    with session_scope() as s:
        row = s.get(Draft, d.id)
        row.lock_expires_at = utcnow() - timedelta(seconds=1)
        s.add(row)
    assert review.claim(d.id, alice).draft.claimed_by == alice.user_id


def test_lock_minutes_setting(people, monkeypatch):
    from service.core.config import reset_settings

    monkeypatch.setenv("DRAFTROOM_LOCK_MINUTES", "3")
    reset_settings()
    view = review.claim(make_draft().id, people["bidder"])
    assert timedelta(minutes=2) < view.draft.lock_expires_at - utcnow() <= timedelta(minutes=3)


def test_versions_are_append_only_and_keep_the_ai_original(people):
    d = make_draft()
    me = people["bidder"]
    v2 = review.edit(d.id, AI_TEXT + " Thanks!", 1, me)
    v3 = review.edit(d.id, "Completely new text written by a person.", v2.draft.version, me)
    assert (v2.draft.version, v3.draft.version) == (2, 3)
    assert v3.original_text == AI_TEXT and v3.text.startswith("Completely")
    rows = review.versions(d.id)
    assert [(r["number"], r["source"], r["current"]) for r in rows] == [(1, "ai", False), (2, "human", False),
                                                                        (3, "human", True)]
    assert rows[0]["text"] == AI_TEXT and rows[1]["author"] == me.name


def test_stale_edit_is_409_and_its_text_is_kept(people):
    d = make_draft()
    me = people["bidder"]
    review.edit(d.id, AI_TEXT + " first", 1, me)
    with pytest.raises(StaleVersion) as err:
        review.edit(d.id, AI_TEXT + " second, from an old tab", 1, me)
    body = err.value.as_dict()
    assert body["code"] == "stale_version" and body["current_version"] == 2
    assert body["your_text"].endswith("old tab")
    kept = [v for v in review.versions(d.id) if v["number"] == body["kept_version"]][0]
    assert kept["source"] == "stale" and kept["text"].endswith("old tab") and not kept["current"]
    assert review.get_draft(d.id).draft.version == 2  # the stale text did not become current
    # the next real edit still gets a fresh number
    assert review.edit(d.id, "third", 2, me).draft.version == body["kept_version"] + 1


def test_locked_out_edit_keeps_text_too(people):
    d = make_draft()
    review.claim(d.id, people["bidder"])
    with pytest.raises(Conflict) as err:
        review.edit(d.id, "manager's rewrite", 1, people["manager"])
    assert err.value.extra["kept_version"] == 2
    assert review.versions(d.id)[-1]["text"] == "manager's rewrite"


def test_every_write_names_a_version(people):
    d = make_draft()
    with pytest.raises(InvalidInput) as err:
        review.edit(d.id, "x", None, people["bidder"])
    assert err.value.field == "version" and '"version": 1' in err.value.fix
    with pytest.raises(InvalidInput):
        review.approve(d.id, None, people["bidder"])


def test_illegal_transition_names_the_allowed_ones(people):
    d = make_draft()
    me = people["bidder"]
    review.reject(d.id, 1, me, "tone", "too stiff")
    with pytest.raises(IllegalTransition) as err:
        review.approve(d.id, 1, me)
    assert err.value.extra["allowed"] == ["pending_review"] and err.value.extra["current"] == "rejected"
    assert err.value.status_code == 409


def test_open_flags_must_be_acknowledged(people):
    d = make_draft(flags=("hook_specific", "word_bounds_high"))
    me = people["bidder"]
    review.claim(d.id, me)
    with pytest.raises(Conflict) as err:
        review.approve(d.id, 1, me)
    assert err.value.extra["open_flags"] == ["hook_specific", "word_bounds_high"]
    view = review.approve(d.id, 1, me, acknowledge_flags=True)
    assert view.draft.status == "approved" and view.draft.flags_acknowledged


def test_approval_is_bound_to_text_and_voided_by_an_edit(people):
    d = make_draft()
    me = people["bidder"]
    edited = AI_TEXT.replace("Monday", "Tuesday") + " Best, Sam"
    review.edit(d.id, edited, 1, me)
    approved = review.approve(d.id, 2, me)
    assert approved.draft.approved_version == 2 and approved.draft.edit_distance == 3  # 1 swap + 2 added words
    assert approved.draft.approved_hash == review.content_hash(edited)
    review.edit(d.id, edited + " P.S.", 2, me)  # an edit after approval voids it
    voided = review.get_draft(d.id).draft
    assert voided.status == "in_review" and voided.approved_version is None and voided.approved_hash is None
    with pytest.raises(Conflict, match="only a draft a person approved"):
        review.export(d.id, me)
    review.approve(d.id, 3, me)  # the edit kept the editor's claim
    out = review.export(d.id, people["api"])
    assert out["text"] == edited + " P.S." and out["version"] == 3 and out["approved_by"] == me.user_id
    assert review.get_draft(d.id).draft.status == "exported"
    with pytest.raises(IllegalTransition):  # exported is final
        review.edit(d.id, "late change", 3, me)


def test_approve_needs_the_approvers_own_live_claim(people, monkeypatch):
    d = make_draft()
    me, other = people["bidder"], make_user("bidder", "other-bidder")[0]
    with pytest.raises(Conflict) as err:  # never claimed, never opened
        review.approve(d.id, 1, me)
    assert err.value.code == "claim_required" and "claim" in err.value.fix
    review.claim(d.id, other)
    with pytest.raises(Conflict, match="claimed by other-bidder"):  # someone else's claim
        review.approve(d.id, 1, me)
    review.release(d.id, other)
    review.claim(d.id, me, minutes=1)
    with session_scope() as s:  # the claim runs out before the approval
        row = s.get(Draft, d.id)
        row.lock_expires_at = utcnow() - timedelta(seconds=1)
        s.add(row)
    with pytest.raises(Conflict, match="claim has expired"):
        review.approve(d.id, 1, me)
    review.claim(d.id, me)
    with pytest.raises(Conflict) as err:  # a version it does not hold
        review.approve(d.id, 2, me)
    assert err.value.code in ("stale_version", "claim_required")
    assert review.approve(d.id, 1, me).draft.approved_by == me.user_id


def test_export_refuses_text_that_does_not_match_its_hash(people):
    d = make_draft()
    me = people["bidder"]
    review.claim(d.id, me)
    review.approve(d.id, 1, me)
    with session_scope() as s:
        row = s.get(Draft, d.id)
        row.approved_hash = "0" * 64
        s.add(row)
    with pytest.raises(Conflict, match="hash"):
        review.export(d.id, me)


def test_roles_gate_the_actions(people):
    d = make_draft()
    with pytest.raises(Forbidden):
        review.approve(d.id, 1, people["api"])
    with pytest.raises(Forbidden):
        review.edit(d.id, "x", 1, people["viewer"])
    with pytest.raises(Forbidden):
        review.claim(d.id, people["viewer"])
    with pytest.raises(Forbidden) as err:
        review.approve(d.id, 1, people["viewer"])
    assert "bidder" in err.value.fix


def test_reject_reasons_and_bulk_reject(people):
    me = people["bidder"]
    with pytest.raises(InvalidInput) as err:
        review.reject(make_draft().id, 1, me, "meh")
    assert "off_target" in err.value.fix
    with pytest.raises(InvalidInput, match="note"):
        review.reject(make_draft().id, 1, me, "other", "")
    a, b, c = make_draft(), make_draft(), make_draft()
    review.claim(c.id, people["manager"])
    result = review.bulk_reject([a.id, {"id": b.id, "version": 1}, c.id, 999999], me, "bad_fit", "budget too low")
    assert result["rejected"] == [a.id, b.id]
    assert {s["id"] for s in result["skipped"]} == {c.id, 999999}
    row = review.get_draft(a.id).draft
    assert (row.status, row.reject_reason, row.reject_note) == ("rejected", "bad_fit", "budget too low")


def test_diff_against_the_ai_original(people):
    d = make_draft("We can build the dashboard in React this week.")
    review.edit(d.id, "We can build the KPI dashboard in React next week.", 1, people["bidder"])
    out = review.diff(d.id)
    assert out["from_version"] == 1 and out["to_version"] == 2
    assert out["edit_distance"] == 2 and out["words_added"] == 2 and out["words_removed"] == 1
    changed = [o for o in out["ops"] if o["op"] != "equal"]
    assert {"op": "insert", "before": "", "after": "KPI"} in changed
    assert {"op": "replace", "before": "this", "after": "next"} in changed
    with pytest.raises(NotFound):
        review.diff(d.id, against=42)


def test_version_zero_draft_does_not_crash(people):
    with session_scope() as s:
        row = Draft(kind="proposal", status="needs_attention", version=0, attention_reason="model timed out")
        s.add(row)
        s.flush()
        did = row.id
    view = review.get_draft(did)
    assert view.text == "" and view.original_text == "" and view.draft.version == 0
    assert review.versions(did) == []
    with pytest.raises(IllegalTransition):
        review.approve(did, 0, people["bidder"])


def test_queue_order_filters_and_cursor(people):
    now = utcnow()
    poor_old = make_draft(tier="poor", intake_at=now - timedelta(hours=5))
    strong_new = make_draft(tier="strong", intake_at=now - timedelta(minutes=1))
    strong_old = make_draft(tier="strong", intake_at=now - timedelta(hours=1), service_line="shopify")
    possible = make_draft(tier="possible", intake_at=now - timedelta(hours=2))
    page = review.list_queue()
    assert [d.id for d in page.items] == [strong_old.id, strong_new.id, possible.id, poor_old.id]
    assert page.next_cursor is None
    first = review.list_queue(limit=3)
    rest = review.list_queue(limit=3, cursor=first.next_cursor)
    assert [d.id for d in first.items + rest.items] == [d.id for d in page.items] and rest.next_cursor is None
    assert [d.id for d in review.list_queue(tier="strong,possible", service_line="web_app").items] == \
        [strong_new.id, possible.id]
    review.claim(possible.id, people["bidder"])
    assert [d.id for d in review.list_queue(assignee=people["bidder"].name).items] == [possible.id]
    assert [d.id for d in review.list_queue(status="in_review").items] == [possible.id]
    with pytest.raises(InvalidInput) as err:
        review.list_queue(status="waiting")
    assert err.value.field == "status"
    with pytest.raises(InvalidInput):
        review.list_queue(cursor="garbage!")
