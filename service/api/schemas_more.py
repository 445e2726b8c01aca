"""Response models of the routes outside drafts and the queue: jobs, contracts, accounts, intake, fit,
retry, admin. Declared fields are the documented contract; reports whose inner groups another package
owns (scorecard, Connects economics, speed to lead, profile audit) declare their top level."""
from __future__ import annotations

from pydantic import Field

from service.api.schemas import DraftOut, Out


class HealthOut(Out):
    status: str = Field(examples=["ok"])


class JobOut(Out):
    id: int
    title: str | None = None
    created_at: str | None = None
    status: str
    source_format: str | None = None
    upwork_id: str | None = None
    stage: str | None = None
    outcome: str | None = None
    brief: dict | None = None
    fit: dict | None = None
    assessment_id: int | None = None
    duplicate: bool | None = None
    note: str | None = None
    drafts: list[dict] | None = None
    pipeline: dict | None = None


class RetryDraftOut(Out):
    id: int
    status: str
    version: int
    job_id: int | None = None
    model: str | None = None
    tier: str | None = None


class RetryJobOut(Out):
    id: int
    status: str
    tier: str | None = None
    score: float | None = None
    assessment_id: int | None = None
    brief_model: str | None = None


class ContractEntryOut(Out):
    id: int
    contract_id: int
    kind: str
    text: str
    done: bool
    due: str | None = None
    created_at: str | None = None


class ContractOut(Out):
    id: int
    client_name: str
    title: str
    cadence: str | None = None
    started_at: str | None = None
    milestones: list[dict] = Field(default_factory=list)
    status: str
    service_line: str | None = None
    job_id: int | None = None
    created_at: str | None = None
    entries: list[ContractEntryOut] | None = None


class ContractsOut(Out):
    items: list[ContractOut]


class MilestoneOut(Out):
    id: int
    contract_id: int
    position: int
    title: str
    due: str | None = None
    status: str


class MilestonesOut(Out):
    items: list[MilestoneOut]


class ScheduleOut(Out):
    contract_id: int | None = None


class DueOut(Out):
    as_of: str
    items: list[dict]


class SignalOut(Out):
    id: int
    contract_id: int
    entry_id: int | None = None
    kind: str
    text: str
    status: str
    source: str | None = None
    created_at: str | None = None


class SignalsOut(Out):
    items: list[SignalOut]


class FollowupsOut(Out):
    items: list[dict] = Field(description="Clients ranked for a follow-up or upsell, highest priority first.")


class BidAdviceOut(Out):
    draft_id: int
    action: str = Field(description="skip | apply | boost")
    reason: str
    tier: str | None = None
    score: float | None = None
    proposals: int | None = None
    age_hours: float | None = None
    similar: dict


class BidAdviceListOut(Out):
    items: list[BidAdviceOut]


class ConnectsSpendOut(Out):
    draft_id: int | None = None


class PeriodReportOut(Out):
    """A report over a period (Connects economics, the scorecard): its period and its groups."""
    period: dict


class ProfileAuditOut(Out):
    letters: int | None = None


class SpeedToLeadOut(Out):
    days: int
    all: dict
    by_tier: dict
    by_person: dict


class DeliveriesOut(Out):
    deliveries: list[dict]


class WebhookOut(Out):
    accepted: list[dict]
    rejected: list[dict]


class FitFeedbackOut(Out):
    id: int | None = None
    assessment_id: int | None = None


class FitFeedbackListOut(Out):
    items: list[FitFeedbackOut]


class AuditPageOut(Out):
    items: list[dict]
    next_cursor: str | None = None


class OutcomeOut(Out):
    job_id: int | None = None
    stage: str | None = None
    outcome: str | None = None


__all__ = ["DraftOut"]
