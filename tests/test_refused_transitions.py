"""Issue 17: every refused transition says which action was refused and in which state the draft is
("a draft cannot be rejected while drafting"), never another target; the bulk-reject skip message too."""
from __future__ import annotations

import pytest

from api.helpers import make_draft, make_job, make_user
from service.core.errors import DraftroomError, IllegalTransition
from service.review import actions as review
from service.review import ai_versions
from service.review.state import ACTIONS, STATE_PHRASES, STATUSES_IN_ORDER, TRANSITIONS, check_transition


@pytest.fixture
def me(db):
    return make_user("owner")[0]


def _in(state: str, me) -> int:
    if state == "drafting":
        return ai_versions.create_placeholder(make_job().id).id
    d = make_draft().id
    if state == "needs_attention":
        ai_versions.mark_attention(d, "model timed out")
    if state in ("in_review", "approved", "exported"):
        review.claim(d, me)
    if state in ("approved", "exported"):
        review.approve(d, 1, me)
    if state == "exported":
        review.export(d, me)
    if state == "rejected":
        review.reject(d, 1, me, "tone")
    return d


def _version(draft_id: int) -> int:
    return review.get_draft(draft_id).draft.version


ATTEMPTS = {
    "approve": lambda d, me: review.approve(d, _version(d), me),
    "reject": lambda d, me: review.reject(d, _version(d), me, "tone"),
    "edit": lambda d, me: review.edit(d, "A person's new text for this draft.", _version(d), me),
    "claim": lambda d, me: review.claim(d, me),
    "release": lambda d, me: review.release(d, me),
    "regenerate": lambda d, me: ai_versions.check_regenerable(d, me),
}


def test_every_refused_transition_names_the_action_and_the_state(me):
    refused = 0
    for state in STATUSES_IN_ORDER:
        for action, attempt in ATTEMPTS.items():
            d = _in(state, me)
            try:
                attempt(d, me)
            except IllegalTransition as exc:
                refused += 1
                msg = str(exc)
                assert msg == f"a draft cannot be {ACTIONS[action]} while {STATE_PHRASES[state]}", (state, action, msg)
                assert exc.extra["current"] == state and exc.extra["action"] == action
                assert "cannot move" not in msg and " to '" not in msg
            except DraftroomError:  # refused for another reason (no claim, stale version): not a transition
                pass
    assert refused >= 15  # drafting, exported, rejected, needs_attention refuse most actions


def test_rejecting_while_drafting_says_so(me):
    d = _in("drafting", me)
    with pytest.raises(IllegalTransition) as err:
        review.reject(d, 0, me, "tone")
    assert str(err.value).startswith("a draft cannot be rejected while drafting")
    assert "approved" not in str(err.value)


def test_bulk_reject_skip_names_the_right_state(me):
    drafting, exported, fine = _in("drafting", me), _in("exported", me), _in("pending_review", me)
    result = review.bulk_reject([drafting, exported, fine], me, "bad_fit")
    assert result["rejected"] == [fine]
    skipped = {s["id"]: s for s in result["skipped"]}
    assert skipped[drafting]["error"] == "illegal_transition"
    assert skipped[drafting]["message"].startswith("a draft cannot be rejected while drafting")
    assert skipped[exported]["message"].startswith("a draft cannot be rejected while exported")


@pytest.mark.parametrize("current", list(TRANSITIONS))
def test_the_table_refuses_in_words_for_every_pair(current):
    for target in TRANSITIONS:
        if target in TRANSITIONS[current]:
            check_transition(current, target)
            continue
        with pytest.raises(IllegalTransition) as err:
            check_transition(current, target)
        msg = str(err.value)
        assert msg.startswith("a draft cannot be ") and STATE_PHRASES[current] in msg and "cannot move" not in msg
