"""SQLModel tables. All timestamps are timezone-aware UTC. API schemas live in ``schemas.py``."""
from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, Optional

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def _json(**kw) -> Any:
    return Field(default=None, sa_column=Column(JSON, **kw))


def _text(**kw) -> Any:
    return Field(default="", sa_column=Column(Text, nullable=False, **kw))


class User(SQLModel, table=True):
    __tablename__ = "users"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=120)
    role: str = Field(max_length=20)  # owner | manager | bidder | viewer | api
    created_at: datetime = Field(default_factory=utcnow)
    disabled: bool = False
    signature: Optional[str] = Field(default=None, max_length=200)  # sign-off of their drafts (else the profile's)


class ApiKey(SQLModel, table=True):
    __tablename__ = "api_keys"
    id: Optional[int] = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True)
    prefix: str = Field(index=True, max_length=16)
    key_hash: str = Field(max_length=128, unique=True)
    created_at: datetime = Field(default_factory=utcnow)
    last_used_at: Optional[datetime] = None
    revoked_at: Optional[datetime] = None


class Job(SQLModel, table=True):
    """One pasted or posted job: its raw text (kept verbatim) and its brief."""

    __tablename__ = "jobs"
    id: Optional[int] = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, index=True)  # intake time
    created_by: Optional[int] = Field(default=None, foreign_key="users.id")
    source_format: str = Field(default="text", max_length=20)  # detail_page | tile | markdown | json | text
    upwork_id: Optional[str] = Field(default=None, index=True, max_length=64)
    text_hash: str = Field(index=True, max_length=64)
    title: str = Field(default="", max_length=500)
    raw_text: str = _text()
    raw_json: Optional[dict] = _json()
    brief: Optional[dict] = _json()
    brief_model: Optional[str] = Field(default=None, max_length=200)
    status: str = Field(default="new", max_length=20)  # new | extracted | needs_attention
    attention_reason: Optional[str] = Field(default=None, sa_column=Column(Text))
    stage: str = Field(default="identified", max_length=20)  # pipeline stage (product.md)
    outcome: Optional[str] = Field(default=None, max_length=20)  # hired_other | closed_no_hire | expired | unknown
    job_type: Optional[str] = Field(default=None, max_length=60)
    value_usd: Optional[float] = None


class FitAssessment(SQLModel, table=True):
    __tablename__ = "fit_assessments"
    id: Optional[int] = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="jobs.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    workspace_hash: str = Field(max_length=64)
    score: float
    tier: str = Field(max_length=10)
    service_line: Optional[str] = Field(default=None, max_length=80)
    model: str = Field(default="offline", max_length=200)
    data: Optional[dict] = _json()


class FitFeedback(SQLModel, table=True):
    __tablename__ = "fit_feedback"
    id: Optional[int] = Field(default=None, primary_key=True)
    assessment_id: int = Field(foreign_key="fit_assessments.id", index=True)
    user_id: Optional[int] = Field(default=None, foreign_key="users.id")
    created_at: datetime = Field(default_factory=utcnow)
    reasons: Optional[list] = _json()
    expected_tier: Optional[str] = Field(default=None, max_length=10)
    criterion: Optional[str] = Field(default=None, max_length=40)
    note: str = Field(default="", max_length=2000)


class Contract(SQLModel, table=True):
    __tablename__ = "contracts"
    id: Optional[int] = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    job_id: Optional[int] = Field(default=None, foreign_key="jobs.id")
    client_name: str = Field(max_length=200)
    title: str = Field(max_length=500)
    started_at: Optional[datetime] = None
    cadence: str = Field(default="weekly", max_length=40)
    milestones: Optional[list] = _json()
    status: str = Field(default="active", max_length=20)  # active | ended
    service_line: Optional[str] = Field(default=None, max_length=80)


class ContractEntry(SQLModel, table=True):
    """A note, task or pasted client message in a contract's log."""

    __tablename__ = "contract_entries"
    id: Optional[int] = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contracts.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    author_id: Optional[int] = Field(default=None, foreign_key="users.id")
    kind: str = Field(default="note", max_length=20)  # note | task | client_message
    text: str = _text()
    done: bool = False
    due: Optional[datetime] = None


class Draft(SQLModel, table=True):
    """A draft in the review queue. Text lives in append-only ``DraftVersion`` rows."""

    __tablename__ = "drafts"
    __table_args__ = (Index("ix_drafts_queue", "status", "tier_rank", "intake_at"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    created_by: Optional[int] = Field(default=None, foreign_key="users.id")
    job_id: Optional[int] = Field(default=None, foreign_key="jobs.id", index=True)
    contract_id: Optional[int] = Field(default=None, foreign_key="contracts.id", index=True)
    assessment_id: Optional[int] = Field(default=None, foreign_key="fit_assessments.id")
    kind: str = Field(default="proposal", max_length=20)  # proposal | checkin | kickoff | reply | followup
    status: str = Field(default="pending_review", max_length=20, index=True)
    tier: Optional[str] = Field(default=None, max_length=10)
    tier_rank: int = 3  # strong=0, possible=1, poor=2, none=3 (queue order)
    service_line: Optional[str] = Field(default=None, max_length=80, index=True)
    intake_at: datetime = Field(default_factory=utcnow)  # when the job was pasted (speed to lead)
    version: int = 1  # current version number (optimistic concurrency)
    template_id: Optional[str] = Field(default=None, max_length=200)
    template_hash: Optional[str] = Field(default=None, max_length=64)
    model: Optional[str] = Field(default=None, max_length=200)
    parts: Optional[dict] = _json()
    lint: Optional[dict] = _json()
    instructions: Optional[str] = Field(default=None, sa_column=Column(Text))
    claimed_by: Optional[int] = Field(default=None, foreign_key="users.id", index=True)
    lock_expires_at: Optional[datetime] = None
    approved_version: Optional[int] = None
    approved_hash: Optional[str] = Field(default=None, max_length=64)
    approved_by: Optional[int] = Field(default=None, foreign_key="users.id")
    approved_at: Optional[datetime] = None
    edit_distance: Optional[int] = None
    flags_acknowledged: bool = False
    reject_reason: Optional[str] = Field(default=None, max_length=40)
    reject_note: Optional[str] = Field(default=None, sa_column=Column(Text))
    attention_reason: Optional[str] = Field(default=None, sa_column=Column(Text))
    exported_at: Optional[datetime] = None
    export_count: int = 0
    # While a worker drafts a ``drafting`` row it keeps extending this lease; a lease in the past means the
    # worker died, and the draft moves to needs_attention (review.ai_versions.expire_stale_drafting).
    lease_expires_at: Optional[datetime] = None


class DraftVersion(SQLModel, table=True):
    __tablename__ = "draft_versions"
    __table_args__ = (UniqueConstraint("draft_id", "number", name="uq_draft_versions_number"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    draft_id: int = Field(foreign_key="drafts.id", index=True)
    number: int
    created_at: datetime = Field(default_factory=utcnow)
    author_id: Optional[int] = Field(default=None, foreign_key="users.id")
    source: str = Field(default="ai", max_length=20)  # ai | human | revision | stale
    text: str = _text()
    content_hash: str = Field(max_length=64)
    lint: Optional[dict] = _json()
    note: Optional[str] = Field(default=None, max_length=2000)


class PipelineEvent(SQLModel, table=True):
    __tablename__ = "pipeline_events"
    id: Optional[int] = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="jobs.id", index=True)
    draft_id: Optional[int] = Field(default=None, foreign_key="drafts.id")
    at: datetime = Field(default_factory=utcnow, index=True)
    stage: Optional[str] = Field(default=None, max_length=20)
    outcome: Optional[str] = Field(default=None, max_length=20)
    user_id: Optional[int] = Field(default=None, foreign_key="users.id")
    note: Optional[str] = Field(default=None, max_length=2000)
    # The template the sent letter came from, copied from the draft when the event is logged, so outcomes are
    # keyed by template id AND version (the first 12 hex characters of the draft's template_hash; "unknown"
    # when the draft has none). See outcomes.tracking.template_key.
    template_id: Optional[str] = Field(default=None, max_length=200)
    template_version: Optional[str] = Field(default=None, max_length=64)


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_events"
    id: Optional[int] = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user_id: Optional[int] = Field(default=None, foreign_key="users.id", index=True)
    api_key_id: Optional[int] = Field(default=None, foreign_key="api_keys.id")
    action: str = Field(max_length=60, index=True)
    target_type: str = Field(default="", max_length=30)
    target_id: Optional[int] = None
    detail: Optional[dict] = _json()


class LlmCall(SQLModel, table=True):
    """The ledger: one row per gateway call (offline engine included)."""

    __tablename__ = "llm_calls"
    id: Optional[int] = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    task: str = Field(max_length=60, index=True)
    job_id: Optional[int] = Field(default=None, index=True)
    draft_id: Optional[int] = Field(default=None, index=True)
    model_requested: str = Field(max_length=200)
    model_resolved: Optional[str] = Field(default=None, max_length=200)
    template_id: Optional[str] = Field(default=None, max_length=200)
    template_hash: Optional[str] = Field(default=None, max_length=64)
    prompt_hash: Optional[str] = Field(default=None, max_length=64)  # sha256 of the rendered messages (llm.ledger)
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    attempts: int = 1
    cache_hit: bool = False
    status: str = Field(default="ok", max_length=20)  # ok | error | skipped
    error_code: Optional[str] = Field(default=None, max_length=60)
    error_message: Optional[str] = Field(default=None, sa_column=Column(Text))


class LlmCacheEntry(SQLModel, table=True):
    __tablename__ = "llm_cache"
    key: str = Field(primary_key=True, max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    model: str = Field(max_length=200)
    task: str = Field(max_length=60)
    response: Optional[dict] = _json()
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    hits: int = 0


class IdempotencyRecord(SQLModel, table=True):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "key", name="uq_idempotency_user_key"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id")
    key: str = Field(max_length=200)
    request_hash: str = Field(max_length=64)
    status_code: int = 0
    response: Optional[dict] = _json()
    created_at: datetime = Field(default_factory=utcnow)
    heartbeat_at: Optional[datetime] = None  # refreshed while the request runs; stale = the request died


# ----------------------------------------------------------------- account management (issue 19)
class ContractMilestone(SQLModel, table=True):
    """A contract milestone: title, due date, status. ``contracts.milestones`` (JSON) mirrors these rows."""

    __tablename__ = "contract_milestones"
    id: Optional[int] = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contracts.id", index=True)
    position: int = 0
    title: str = Field(max_length=300)
    due: Optional[date] = None
    status: str = Field(default="open", max_length=20)  # open | in_progress | done | cancelled
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    done_at: Optional[datetime] = None


class ContractSchedule(SQLModel, table=True):
    """Per contract: check-in weekdays, the client's contact person, the planned end date."""

    __tablename__ = "contract_schedules"
    contract_id: int = Field(foreign_key="contracts.id", primary_key=True)
    checkin_days: str = Field(default="", max_length=40)  # "mon,thu"
    client_contact: Optional[str] = Field(default=None, max_length=200)
    ends_on: Optional[date] = None
    updated_at: datetime = Field(default_factory=utcnow)


class DueItem(SQLModel, table=True):
    """An item of the Due list as the periodic scan saw it, and the draft made from it (if any)."""

    __tablename__ = "due_items"
    id: Optional[int] = Field(default=None, primary_key=True)
    key: str = Field(max_length=120, unique=True)
    contract_id: int = Field(foreign_key="contracts.id", index=True)
    kind: str = Field(max_length=20)  # checkin | milestone | quiet | ending
    first_seen_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)
    resolved_at: Optional[datetime] = None
    draft_id: Optional[int] = Field(default=None, foreign_key="drafts.id")
    drafted_by: Optional[int] = Field(default=None, foreign_key="users.id")
    detail: Optional[dict] = _json()


class ConnectsSpend(SQLModel, table=True):
    """Connects spent on one sent proposal (bid plus boost)."""

    __tablename__ = "connects_spends"
    id: Optional[int] = Field(default=None, primary_key=True)
    draft_id: int = Field(foreign_key="drafts.id", unique=True)
    job_id: int = Field(foreign_key="jobs.id", index=True)
    connects: int = 0
    boost: int = 0
    at: datetime = Field(default_factory=utcnow, index=True)
    user_id: Optional[int] = Field(default=None, foreign_key="users.id")
    note: Optional[str] = Field(default=None, max_length=2000)


class AccountSignal(SQLModel, table=True):
    """A signal about a client from a contract: entered by a person, or proposed from a pasted client
    message (rules or a model) and then confirmed or dismissed by a person."""

    __tablename__ = "account_signals"
    id: Optional[int] = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contracts.id", index=True)
    entry_id: Optional[int] = Field(default=None, foreign_key="contract_entries.id")
    kind: str = Field(max_length=20)  # positive_feedback | scope_change | new_need | budget_change | complaint | timing_risk
    text: str = _text()
    status: str = Field(default="confirmed", max_length=12)  # proposed | confirmed | dismissed
    source: str = Field(default="person", max_length=40)  # person | rules | <model>
    created_at: datetime = Field(default_factory=utcnow)
    created_by: Optional[int] = Field(default=None, foreign_key="users.id")
    decided_by: Optional[int] = Field(default=None, foreign_key="users.id")
    decided_at: Optional[datetime] = None
