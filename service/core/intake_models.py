"""Tables for jobs that arrive by themselves (docs/intake.md): one row per delivered job (webhook, alert
e-mail, saved search), the saved searches polled on Upwork's API, and every alert sent."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field

from service.core.models import SQLModel, _json, utcnow

DELIVERY_STATUSES = ("queued", "processing", "drafted", "kept", "duplicate", "needs_attention", "rejected")


class IntakeDelivery(SQLModel, table=True):
    """One job as a source delivered it. ``dedupe_key`` (``upwork:<id>`` or ``text:<hash>``) is unique, so
    the same job arriving twice, by any source, is processed once. Rejected payloads are kept too."""

    __tablename__ = "intake_deliveries"
    id: int | None = Field(default=None, primary_key=True)
    received_at: datetime = Field(default_factory=utcnow, index=True)
    source: str = Field(max_length=20, index=True)  # vollna | generic | mail | imap | upwork_api
    auth: str = Field(default="", max_length=20)  # api_key | hmac | bearer_secret | cli | poll
    received_by: int | None = Field(default=None, foreign_key="users.id")
    dedupe_key: str | None = Field(default=None, max_length=120, unique=True)
    upwork_id: str | None = Field(default=None, max_length=64, index=True)
    status: str = Field(default="queued", max_length=20, index=True)
    payload: dict | None = _json()  # the job as delivered (normalised to a job JSON), or the rejected body
    meta: dict | None = _json()  # envelope facts: filter/search name, event id, mail subject
    error: str | None = Field(default=None, sa_column=Column(Text))
    posted_at: datetime | None = None  # when Upwork says the job was posted (speed to lead)
    job_id: int | None = Field(default=None, foreign_key="jobs.id", index=True)
    draft_id: int | None = Field(default=None, foreign_key="drafts.id")
    tier: str | None = Field(default=None, max_length=10)
    score: float | None = None
    processed_at: datetime | None = None


class SavedSearch(SQLModel, table=True):
    """A job search on Upwork's GraphQL API, polled by the task queue's periodic task."""

    __tablename__ = "saved_searches"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    query: str = Field(max_length=500)
    filters: dict | None = _json()
    enabled: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    last_polled_at: datetime | None = None
    last_status: str | None = Field(default=None, max_length=20)  # ok | error
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    jobs_found: int = 0


class AlertEvent(SQLModel, table=True):
    """One alert to one target (its URL with secrets masked). Unique per kind, job and target."""

    __tablename__ = "alert_events"
    __table_args__ = (UniqueConstraint("kind", "job_id", "target", name="uq_alert_events_once"),)
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    kind: str = Field(max_length=30)  # strong_job
    job_id: int | None = Field(default=None, foreign_key="jobs.id", index=True)
    draft_id: int | None = Field(default=None, foreign_key="drafts.id")
    tier: str | None = Field(default=None, max_length=10)
    target: str = Field(max_length=300)
    status: str = Field(default="sent", max_length=20)  # sent | failed
    error: str | None = Field(default=None, sa_column=Column(Text))
