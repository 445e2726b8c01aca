"""Upwork's official GraphQL API, read-only: job search for saved searches (docs/intake.md).

Only one query is ever sent: ``marketplaceJobPostingsSearch`` (the "Read marketplace Job Postings" scope).
No mutation, no page scraping, no proposal submission. Requests are spaced by
``DRAFTROOM_UPWORK_MIN_INTERVAL_S``; a 429, a 5xx or a timeout is retried up to
``DRAFTROOM_UPWORK_MAX_ATTEMPTS`` times, waiting ``Retry-After`` when the server sends it, else 1, 2, 4, …
seconds, never longer than ``DRAFTROOM_UPWORK_MAX_BACKOFF_S``. A 401 refreshes the OAuth2 token once when
a refresh token and client credentials are configured. The token never appears in errors or logs."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from service.core.errors import ConfigError, DraftroomError, InvalidInput

log = logging.getLogger("draftroom.upwork")

SEARCH_QUERY = """query SavedSearch($filter: MarketplaceJobPostingsSearchFilter, $sort: [MarketplaceJobPostingSearchSortAttribute]) {
  marketplaceJobPostingsSearch(marketPlaceJobFilter: $filter, searchType: USER_JOBS_SEARCH, sortAttributes: $sort) {
    totalCount
    edges { node {
      id ciphertext title description createdDateTime publishedDateTime experienceLevel duration
      amount { rawValue currency }
      hourlyBudgetMin { rawValue currency } hourlyBudgetMax { rawValue currency }
      skills { name prettyName }
      client { location { country } totalSpent { rawValue currency } verificationStatus totalFeedback
               totalReviews totalPostedJobs totalHires }
    } }
    pageInfo { endCursor hasNextPage }
  }
}"""
ALLOWED_FILTERS = {"searchExpression_eq", "titleExpression_eq", "skillExpression_eq", "categoryIds_any",
                   "subcategoryIds_any", "jobType_eq", "verifiedPaymentOnly_eq", "daysPosted_eq",
                   "experienceLevel_eq", "hourlyRate_eq", "budgetRange_eq", "clientHiresRange_eq",
                   "locations_any", "workload_eq", "duration_v3", "proposalRange_eq"}


class UpworkApiError(DraftroomError):
    status_code = 502
    code = "upwork_api_error"


@dataclass
class SearchPage:
    jobs: list[dict]
    end_cursor: str | None = None
    has_next: bool = False
    total: int | None = None


@dataclass
class UpworkClient:
    token: str
    url: str = "https://api.upwork.com/graphql"
    token_url: str = "https://www.upwork.com/api/v3/oauth2/token"
    refresh_token: str = ""
    client_id: str = ""
    client_secret: str = ""
    tenant_id: str = ""
    min_interval_s: float = 2.0
    max_backoff_s: float = 60.0
    max_attempts: int = 5
    timeout_s: float = 20.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    waits: list[float] = field(default_factory=list)  # every back-off wait, for the poll report and tests
    _last: float | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if not self.token.strip():
            raise ConfigError("no Upwork API token", field="DRAFTROOM_UPWORK_TOKEN",
                              fix="create an OAuth2 token with the read-only job search scope (docs/intake.md)")

    # ------------------------------------------------------------ public
    def search(self, query: str, filters: dict | None = None, *, after: str | None = None, first: int = 50) -> SearchPage:
        flt: dict[str, Any] = {"searchExpression_eq": query} if query else {}
        for key, value in (filters or {}).items():
            if key not in ALLOWED_FILTERS:
                raise InvalidInput(f"unknown saved-search filter '{key}'", field=f"filters.{key}",
                                   fix="use one of: " + ", ".join(sorted(ALLOWED_FILTERS)))
            flt[key] = value
        flt["pagination_eq"] = {"first": first, **({"after": after} if after else {})}
        data = self._post({"query": SEARCH_QUERY,
                           "variables": {"filter": flt, "sort": [{"field": "RECENCY"}]}})
        block = (data.get("data") or {}).get("marketplaceJobPostingsSearch")
        if not isinstance(block, dict):
            raise UpworkApiError("the search answer has no marketplaceJobPostingsSearch block",
                                 fix="check the token's scopes (docs/intake.md)")
        jobs = [to_job(e["node"]) for e in block.get("edges") or [] if isinstance(e, dict) and e.get("node")]
        info = block.get("pageInfo") or {}
        return SearchPage(jobs, info.get("endCursor"), bool(info.get("hasNextPage")), block.get("totalCount"))

    # ------------------------------------------------------------ transport
    def _space(self) -> None:
        with self._lock:
            now = self.clock()
            if self._last is not None and now - self._last < self.min_interval_s:
                self.sleep(self.min_interval_s - (now - self._last))
            self._last = self.clock()

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        wait = 2.0 ** (attempt - 1)
        if retry_after:
            try:
                wait = float(retry_after)
            except ValueError:
                pass
        return max(0.0, min(wait, self.max_backoff_s))

    def _post(self, body: dict) -> dict:
        refreshed = False
        last_problem = ""
        for attempt in range(1, self.max_attempts + 1):
            self._space()
            try:
                headers = {"Authorization": f"Bearer {self.token}", "Accept": "application/json"}
                if self.tenant_id:
                    headers["X-Upwork-API-TenantId"] = self.tenant_id
                resp = httpx.post(self.url, json=body, timeout=self.timeout_s, headers=headers)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                last_problem = f"{exc.__class__.__name__}"
                self._wait(attempt, None)
                continue
            if resp.status_code == 401 and not refreshed and self._can_refresh():
                self._refresh()
                refreshed = True
                continue
            if resp.status_code == 401:
                raise UpworkApiError("Upwork refused the token (401)", field="DRAFTROOM_UPWORK_TOKEN",
                                     fix="create a new token, or set DRAFTROOM_UPWORK_REFRESH_TOKEN and client credentials")
            if resp.status_code == 429 or resp.status_code >= 500:
                last_problem = f"HTTP {resp.status_code}"
                self._wait(attempt, resp.headers.get("Retry-After"))
                continue
            if resp.status_code >= 400:
                raise UpworkApiError(f"Upwork answered HTTP {resp.status_code}", fix="check the saved search's filters")
            try:
                data = resp.json()
            except ValueError:
                raise UpworkApiError("Upwork's answer is not JSON") from None
            if data.get("errors") and not data.get("data"):
                msg = "; ".join(str(e.get("message", e)) for e in data["errors"][:3] if isinstance(e, dict))
                raise UpworkApiError(f"Upwork GraphQL error: {msg[:300]}", fix="check the saved search's filters")
            return data
        raise UpworkApiError(f"Upwork API still failing after {self.max_attempts} attempts ({last_problem})",
                             fix="the next poll tries again; lower the poll frequency if this repeats")

    def _wait(self, attempt: int, retry_after: str | None) -> None:
        if attempt >= self.max_attempts:
            return
        wait = self._backoff(attempt, retry_after)
        self.waits.append(wait)
        log.info("Upwork API busy; retrying in %.1f s (attempt %d of %d)", wait, attempt + 1, self.max_attempts)
        self.sleep(wait)

    def _can_refresh(self) -> bool:
        return bool(self.refresh_token and self.client_id and self.client_secret)

    def _refresh(self) -> None:
        resp = httpx.post(self.token_url, timeout=self.timeout_s,
                          data={"grant_type": "refresh_token", "refresh_token": self.refresh_token,
                                "client_id": self.client_id, "client_secret": self.client_secret})
        if resp.status_code != 200 or not resp.json().get("access_token"):
            raise UpworkApiError(f"refreshing the Upwork token failed (HTTP {resp.status_code})",
                                 field="DRAFTROOM_UPWORK_REFRESH_TOKEN", fix="authorise the app again (docs/intake.md)")
        answer = resp.json()
        self.token = answer["access_token"]
        self.refresh_token = answer.get("refresh_token", self.refresh_token)
        log.warning("Upwork access token refreshed; store the new token in DRAFTROOM_UPWORK_TOKEN to keep it")


def _money(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("rawValue", value.get("amount"))
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def to_job(node: dict) -> dict:
    """One search result node → a job JSON for ``parse_job``. Zero amounts mean "not stated" here."""
    client = node.get("client") or {}
    job: dict[str, Any] = {"upwork_job_id": node.get("ciphertext") or node.get("id"), "title": node.get("title") or "",
                           "description": node.get("description") or "",
                           "posted_at": node.get("publishedDateTime") or node.get("createdDateTime"),
                           "experience_level": node.get("experienceLevel"), "project_length": node.get("duration")}
    cipher = node.get("ciphertext")
    if cipher:
        job["url"] = f"https://www.upwork.com/jobs/{cipher}"
    lo, hi, fixed = _money(node.get("hourlyBudgetMin")), _money(node.get("hourlyBudgetMax")), _money(node.get("amount"))
    if lo or hi:
        job.update(budget_type="hourly", budget_min=lo or hi, budget_max=hi or lo)
    elif fixed:
        job.update(budget_type="fixed", budget=fixed)
    skills = [s.get("prettyName") or s.get("name") for s in node.get("skills") or [] if isinstance(s, dict)]
    if skills:
        job["skills"] = [s for s in skills if s]
    c: dict[str, Any] = {}
    if (client.get("location") or {}).get("country"):
        c["country"] = client["location"]["country"]
    if client.get("verificationStatus"):
        c["payment_verified"] = str(client["verificationStatus"]).upper() == "VERIFIED"
    if _money(client.get("totalSpent")) is not None:
        c["total_spent"] = _money(client.get("totalSpent"))
    for src, dst in (("totalFeedback", "rating"), ("totalReviews", "reviews"), ("totalPostedJobs", "jobs_posted")):
        if src == "totalFeedback" and not client.get("totalReviews"):
            continue  # Upwork sends 0 feedback for a client nobody reviewed yet: not stated, not zero
        if client.get(src) is not None:
            c[dst] = client[src]
    if c:
        job["client"] = c
    return {k: v for k, v in job.items() if v not in (None, "", [])}
