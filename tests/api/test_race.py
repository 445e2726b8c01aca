"""Races: 20 concurrent edits and approvals of one draft → exactly one approval, no lost text.

Each of 20 threads edits version 1 with its own text, then approves the version its edit produced.
Exactly one edit can win version 1; the other 19 get 409 and their text is stored as a ``stale``
version. Only the winner holds a current version to approve. Run through the service layer and
through HTTP (TestClient), on SQLite and PostgreSQL."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from fastapi.testclient import TestClient

from api.helpers import make_draft, make_user
from service.api.app import create_app
from service.core.errors import Conflict
from service.review import actions as review

N = 20


def _check(draft_id: int, texts: list[str], approvals: int, refused: int):
    assert approvals == 1
    assert refused == N - 1
    view = review.get_draft(draft_id)
    assert view.draft.status == "approved"
    kept = {v["text"]: v["source"] for v in review.versions(draft_id)}
    assert all(t in kept for t in texts), "a person's text was lost"
    assert sorted(kept[t] for t in texts) == ["human"] + ["stale"] * (N - 1)
    assert kept[view.text] == "human" and view.draft.approved_version == view.draft.version
    assert review.export(draft_id, make_user("bidder")[0])["text"] == view.text


def test_service_layer_race(db):
    draft = make_draft()
    people = [make_user("bidder")[0] for _ in range(4)]
    texts = [f"Version from writer {i}: we start with the data model, then the charts." for i in range(N)]
    barrier = threading.Barrier(N)

    def writer(i: int):
        barrier.wait()
        try:
            view = review.edit(draft.id, texts[i], 1, people[i % 4])
        except Conflict as exc:
            assert exc.extra["kept_version"] > 1 and exc.extra["your_text"] == texts[i]
            return "refused"
        review.approve(draft.id, view.draft.version, people[i % 4])
        return "approved"

    with ThreadPoolExecutor(N) as pool:
        results = list(pool.map(writer, range(N)))
    _check(draft.id, texts, results.count("approved"), results.count("refused"))


def test_http_race(db):
    client = TestClient(create_app())
    draft = make_draft()
    keys = [make_user("bidder")[1] for _ in range(4)]
    texts = [f"HTTP writer {i} says: the first milestone is the KPI view." for i in range(N)]
    barrier = threading.Barrier(N)

    def writer(i: int):
        headers = {"Authorization": f"Bearer {keys[i % 4]}"}
        barrier.wait()
        r = client.post(f"/v1/drafts/{draft.id}/edit", json={"version": 1, "text": texts[i]}, headers=headers)
        if r.status_code == 409:
            err = r.json()["error"]
            assert err["code"] in ("stale_version", "conflict") and err["your_text"] == texts[i]
            return "refused"
        assert r.status_code == 200, r.text
        r = client.post(f"/v1/drafts/{draft.id}/approve", json={"version": r.json()["version"]}, headers=headers)
        assert r.status_code == 200, r.text
        return "approved"

    with ThreadPoolExecutor(N) as pool:
        results = list(pool.map(writer, range(N)))
    _check(draft.id, texts, results.count("approved"), results.count("refused"))


def test_twenty_concurrent_approvals_one_wins(db):
    draft = make_draft()
    people = [make_user("bidder")[0] for _ in range(N)]
    barrier = threading.Barrier(N)

    def approver(i: int):  # the real flow: claim, then approve; only one claim can win
        barrier.wait()
        try:
            review.claim(draft.id, people[i])
            review.approve(draft.id, 1, people[i])
            return "approved"
        except Conflict:
            return "refused"

    with ThreadPoolExecutor(N) as pool:
        results = list(pool.map(approver, range(N)))
    assert results.count("approved") == 1 and results.count("refused") == N - 1
    from service.accounts.audit import query

    assert len(query(action="approve", target_id=draft.id)) == 1
