"""Upwork GraphQL saved searches against a local fake server: result mapping, read-only queries, back-off on
429/5xx/timeouts within the documented limits, token refresh, and polling without duplicate jobs."""
from __future__ import annotations

import pytest
from sqlmodel import select

from intake.fake_upwork import FakeUpwork, node
from service.core.db import session_scope
from service.core.errors import ConfigError, InvalidInput
from service.core.intake_models import IntakeDelivery, SavedSearch
from service.core.models import Job
from service.intake.upwork_api import UpworkApiError, UpworkClient, to_job
from service.workflows import polling


@pytest.fixture
def fake():
    f = FakeUpwork([node(i) for i in range(5)])
    yield f
    f.close()


def _client(fake, **kw) -> UpworkClient:
    waits = []
    c = UpworkClient(token="good-token", url=fake.url, token_url=fake.token_url, min_interval_s=0, timeout_s=0.3,
                     sleep=waits.append, **kw)
    return c


def test_search_maps_nodes_to_job_json(fake):
    page = _client(fake).search("fastapi", {"verifiedPaymentOnly_eq": True})
    assert len(page.jobs) == 2 and page.has_next and page.end_cursor == "2" and page.total == 5
    job = page.jobs[0]
    assert job["upwork_job_id"] == "~01ee00000000000000" and job["url"].endswith(job["upwork_job_id"])
    assert job["budget_type"] == "fixed" and job["budget"] == 3000.0 and "budget_min" not in job
    assert job["client"] == {"country": "Germany", "payment_verified": True, "total_spent": 20000.0,
                             "rating": 4.9, "reviews": 7, "jobs_posted": 12}
    assert fake.requests[0]["tenant"] is None
    _client(fake, tenant_id="org-42").search("x")
    assert fake.requests[-1]["tenant"] == "org-42"
    sent = fake.requests[0]["body"]
    assert sent["variables"]["filter"]["searchExpression_eq"] == "fastapi"
    assert sent["query"].lstrip().startswith("query") and "mutation" not in sent["query"]


def test_unreviewed_client_rating_is_not_stated_and_hourly_ranges_map():
    job = to_job(node(1, amount={"rawValue": "0"}, hourlyBudgetMin={"rawValue": "40"}, hourlyBudgetMax={"rawValue": "60"},
                      client={"totalFeedback": 0, "totalReviews": 0}))
    assert job["budget_type"] == "hourly" and (job["budget_min"], job["budget_max"]) == (40.0, 60.0)
    assert "rating" not in job.get("client", {})


def test_429_waits_retry_after_then_doubles_capped(fake):
    fake.script = [("429", 3), ("429", None), ("429", None), ("500", None)]
    c = _client(fake, max_backoff_s=3.5, max_attempts=5)
    assert len(c.search("x").jobs) == 2
    assert c.waits == [3.0, 2.0, 3.5, 3.5]  # Retry-After, then 2**(n-1) seconds, never above the cap


def test_gives_up_after_max_attempts_with_a_clear_error(fake):
    fake.script = [("429", None)] * 3
    c = _client(fake, max_attempts=3)
    with pytest.raises(UpworkApiError) as err:
        c.search("x")
    assert "after 3 attempts" in err.value.message and len(c.waits) == 2
    assert "good-token" not in err.value.one_line()


def test_timeout_is_retried(fake):
    fake.script = [("timeout", 1.0)]
    c = _client(fake)
    assert len(c.search("x").jobs) == 2 and c.waits == [1.0]


def test_expired_token_is_refreshed_once(fake):
    fake.script = [("401", None)]
    fake.token = "fresh-token"
    c = _client(fake, refresh_token="r1", client_id="cid", client_secret="cs")
    assert len(c.search("x").jobs) == 2
    assert c.token == "fresh-token" and fake.token_requests[0]["grant_type"] == "refresh_token"
    no_refresh = UpworkClient(token="stale", url=fake.url, min_interval_s=0, sleep=lambda s: None)
    with pytest.raises(UpworkApiError) as err:
        no_refresh.search("x")
    assert err.value.field == "DRAFTROOM_UPWORK_TOKEN"


def test_requests_are_spaced_by_the_minimum_interval(fake):
    now = [0.0]
    waits = []
    c = UpworkClient(token="good-token", url=fake.url, min_interval_s=2.0, sleep=lambda s: (waits.append(s), now.__setitem__(0, now[0] + s)),
                     clock=lambda: now[0])
    c.search("a")
    c.search("b")
    assert waits == [2.0]


def test_missing_token_and_unknown_filters_are_refused(fake):
    with pytest.raises(ConfigError):
        UpworkClient(token="")
    with pytest.raises(InvalidInput) as err:
        _client(fake).search("x", {"scrapeEverything": True})
    assert err.value.field == "filters.scrapeEverything"


def test_polling_with_faults_stores_every_job_once(inline, fake, monkeypatch):
    from service.core.config import reset_settings

    fake.script = [("429", 1), ("timeout", 1.0), ("500", None)]
    monkeypatch.setenv("DRAFTROOM_UPWORK_POLL_MINUTES", "15")
    reset_settings()
    polling.add_search("python apis", "fastapi")
    polling.add_search("django", "django")  # overlaps with the first search: same jobs
    client = _client(fake)
    new = polling.poll_due(client)
    assert len(new) == 5  # 5 distinct jobs across both searches and all pages
    assert polling.due() == []  # both just polled
    with session_scope() as s:
        keys = [d.dedupe_key for d in s.exec(select(IntakeDelivery))]
        searches = s.exec(select(SavedSearch).order_by(SavedSearch.id)).all()
    assert len(keys) == len(set(keys)) == 5
    assert [x.last_status for x in searches] == ["ok", "ok"] and searches[0].jobs_found == 5
    assert client.waits == [1.0, 2.0, 4.0]  # one request: Retry-After 1, then 2 and 4 s
    fake.nodes.insert(0, node(99))  # a new job appears on top
    for search in polling.list_searches():
        new = polling.poll(search, client)
    assert len(new) == 0  # the second search saw only the job the first search just stored
    with session_scope() as s:
        assert len(s.exec(select(IntakeDelivery)).all()) == 6


def test_a_failing_search_records_its_error_and_others_still_run(inline, fake):
    polling.add_search("a", "x")
    fake.script = [("429", None)] * 2
    client = _client(fake, max_attempts=2)
    [search] = polling.list_searches()
    assert polling.poll(search, client) == []
    [search] = polling.list_searches()
    assert search.last_status == "error" and "after 2 attempts" in search.last_error


def test_periodic_task_polls_and_drafts(inline, fake, monkeypatch):
    from service.core.config import reset_settings
    from service.workflows.intake_queue import run_periodic_now

    monkeypatch.setenv("DRAFTROOM_UPWORK_TOKEN", "good-token")
    monkeypatch.setenv("DRAFTROOM_UPWORK_GRAPHQL_URL", fake.url)
    monkeypatch.setenv("DRAFTROOM_UPWORK_MIN_INTERVAL_S", "0")
    reset_settings()
    polling.add_search("python apis", "fastapi")
    run_periodic_now()
    with session_scope() as s:
        rows = s.exec(select(IntakeDelivery)).all()
        assert len(s.exec(select(Job)).all()) == 5
    assert {r.status for r in rows} <= {"drafted", "kept"} and all(r.source == "upwork_api" for r in rows)
    run_periodic_now()  # not due again yet: nothing new, nothing twice
    with session_scope() as s:
        assert len(s.exec(select(IntakeDelivery)).all()) == 5


def test_recorded_cassette_replays_back_off_and_results():
    """tests/cassettes/upwork_search.yaml (recorded by tests/intake/record_upwork_cassette.py): a 429 with
    Retry-After 2, then a page; replayed with no server listening and no token in the cassette."""
    from intake.record_upwork_cassette import CASSETTES, recorder

    assert "good-token" not in (CASSETTES / "upwork_search.yaml").read_text()
    waits = []
    with recorder("none").use_cassette("upwork_search.yaml") as cas:
        page = UpworkClient(token="any", url="http://127.0.0.1:9/graphql", min_interval_s=0,
                            sleep=waits.append).search("fastapi", {"verifiedPaymentOnly_eq": True})
    assert cas.all_played and waits == [2.0]
    assert [j["upwork_job_id"] for j in page.jobs] == ["~01ee00000000000000", "~01ee00000000000001", "~01ee00000000000002"]
