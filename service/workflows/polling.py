"""Saved searches on Upwork's GraphQL API, polled by the task queue's periodic task (docs/intake.md).

``poll_due`` runs every saved search whose last poll is older than ``DRAFTROOM_UPWORK_POLL_MINUTES``, stores
each result through ``sources.accept`` (so a job already delivered by any source is not stored twice) and
returns the new deliveries for the caller to enqueue. One search failing never stops the others."""
from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from service.core.config import get_settings
from service.core.db import session_scope
from service.core.errors import Conflict, DraftroomError, InvalidInput
from service.core.intake_models import SavedSearch
from service.core.models import utcnow
from service.intake.upwork_api import ALLOWED_FILTERS, UpworkClient
from service.workflows.sources import accept

log = logging.getLogger("draftroom.polling")


def client_from_settings(**overrides) -> UpworkClient:
    s = get_settings()
    kw = dict(token=s.upwork_token, url=s.upwork_graphql_url, token_url=s.upwork_token_url,
              refresh_token=s.upwork_refresh_token, client_id=s.upwork_client_id, client_secret=s.upwork_client_secret,
              tenant_id=s.upwork_tenant_id,
              min_interval_s=s.upwork_min_interval_s, max_backoff_s=s.upwork_max_backoff_s,
              max_attempts=s.upwork_max_attempts)
    kw.update(overrides)
    return UpworkClient(**kw)


def add_search(name: str, query: str, filters: dict | None = None) -> SavedSearch:
    name, query = " ".join(name.split()), query.strip()
    if not name or len(name) > 120:
        raise InvalidInput("a saved search needs a name of 1-120 characters", field="name")
    if not query and not filters:
        raise InvalidInput("a saved search needs a query or filters", field="query", fix="e.g. \"django upgrade\"")
    unknown = set(filters or {}) - ALLOWED_FILTERS
    if unknown:
        raise InvalidInput(f"unknown filter(s) {sorted(unknown)}", field="filters",
                           fix="use: " + ", ".join(sorted(ALLOWED_FILTERS)))
    with session_scope() as s:
        if s.exec(select(SavedSearch).where(SavedSearch.name == name)).first():
            raise Conflict(f"a saved search named '{name}' exists", field="name", fix="pick another name")
        row = SavedSearch(name=name, query=query[:500], filters=filters or None)
        s.add(row)
        s.flush()
        return row


def list_searches() -> list[SavedSearch]:
    with session_scope() as s:
        return list(s.exec(select(SavedSearch).order_by(SavedSearch.id)))


def _aware(dt: datetime | None) -> datetime | None:
    return dt if dt is None or dt.tzinfo else dt.replace(tzinfo=UTC)


def due(now: datetime | None = None) -> list[SavedSearch]:
    minutes = get_settings().upwork_poll_minutes
    if minutes <= 0:
        return []
    now = now or utcnow()
    return [s for s in list_searches()
            if s.enabled and (s.last_polled_at is None or now - _aware(s.last_polled_at) >= timedelta(minutes=minutes))]


def poll(search: SavedSearch, client: UpworkClient, *, max_pages: int = 3) -> list[int]:
    """One saved search: up to ``max_pages`` pages, newest first; returns the new delivery ids."""
    new: list[int] = []
    seen = 0
    status, error = "ok", None
    try:
        after = None
        for _ in range(max_pages):
            page = client.search(search.query, search.filters, after=after)
            fresh_on_page = 0
            for job in page.jobs:
                seen += 1
                try:
                    stored = accept(job, source="upwork_api", auth="poll", meta={"search": search.name})
                except InvalidInput as exc:
                    log.warning("saved search %s: skipped a result: %s", search.name, exc.one_line())
                    continue
                if not stored.duplicate:
                    new.append(stored.delivery_id)
                    fresh_on_page += 1
            if not page.has_next or fresh_on_page == 0:  # sorted by recency: a page of known jobs ends the poll
                break
            after = page.end_cursor
    except DraftroomError as exc:
        status, error = "error", exc.one_line()
        log.warning("saved search %s failed: %s", search.name, error)
    with session_scope() as s:
        row = s.get(SavedSearch, search.id)
        row.last_polled_at, row.last_status, row.last_error = utcnow(), status, error
        row.jobs_found += len(new)
        s.add(row)
    return new


def poll_due(client: UpworkClient | None = None, now: datetime | None = None) -> list[int]:
    searches = due(now)
    if not searches:
        return []
    if client is None:
        if not get_settings().upwork_token:
            log.info("saved searches are due but DRAFTROOM_UPWORK_TOKEN is not set; skipping")
            return []
        client = client_from_settings()
    out: list[int] = []
    for search in searches:
        out += poll(search, client)
    return out
