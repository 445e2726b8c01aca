"""Queue page: rows, filters, next item (claims and opens), bulk reject with a reason, viewer limits."""
from __future__ import annotations

from service.review import actions as review
from tests.ui.conftest import button, page, texts


def _rows(at):
    return at.dataframe[0].value


def test_queue_lists_drafts_with_tier_age_and_title(seeded):
    at = page("queue", seeded.bidder)
    assert not at.exception
    df = _rows(at)
    assert sorted(df["id"]) == sorted(seeded.draft_ids)
    assert set(df["tier"]) <= {"strong", "possible", "poor", "—"}
    assert all(df["job"].str.len() > 5)  # job titles, not just ids
    assert set(df["age"]) == {"just now"}
    assert "within 10 min" in texts(at)


def test_tier_filter_narrows_the_queue(seeded):
    tiers = {i: review.get_draft(i).draft.tier for i in seeded.draft_ids}
    assert len(set(tiers.values())) > 1, "the seeded jobs should span more than one tier"
    want = tiers[seeded.draft_ids[0]]
    at = page("queue", seeded.bidder)
    at.selectbox(key="q_tier").select(want).run()
    assert set(_rows(at)["id"]) == {i for i, t in tiers.items() if t == want}


def test_next_item_claims_the_first_pending_draft_and_opens_it(seeded):
    at = page("queue", seeded.bidder)
    first = int(_rows(at)["id"].iloc[0])
    button(at, "Next item").click().run()
    assert not at.exception
    assert at.session_state["draft_id"] == first
    assert at.session_state["nav_target"] == "review"
    d = review.get_draft(first).draft
    assert d.status == "in_review" and d.claimed_by == seeded.bidder.user_id


def test_bulk_reject_with_reason(seeded):
    at = page("queue", seeded.bidder)
    at.multiselect[0].select(seeded.draft_ids[1]).select(seeded.draft_ids[2])
    at.selectbox[-1].select("bad_fit")
    button(at, "Reject selected").click().run()
    assert not at.exception
    for did in seeded.draft_ids[1:3]:
        d = review.get_draft(did).draft
        assert (d.status, d.reject_reason) == ("rejected", "bad_fit")
    assert review.get_draft(seeded.draft_ids[0]).draft.status == "pending_review"
    assert "Rejected 2 draft(s)" in texts(at)


def test_pages_through_the_queue_with_the_cursor(seeded, monkeypatch):
    from review_ui.views import queue

    monkeypatch.setattr(queue, "PAGE_SIZE", 2)
    at = page("queue", seeded.bidder)
    first = list(_rows(at)["id"])
    assert len(first) == 2
    button(at, "Older page").click().run()
    second = list(_rows(at)["id"])
    assert len(second) == 2 and not set(first) & set(second)
    button(at, "Newer page").click().run()
    assert list(_rows(at)["id"]) == first


def test_viewer_cannot_claim_or_reject(seeded):
    at = page("queue", seeded.viewer)
    assert not at.exception
    assert button(at, "Next item").disabled
    assert not [b for b in at.button if b.label == "Reject selected"]
