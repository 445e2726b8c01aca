"""Account management after the proposal: contract schedules and milestones, the Due list with
one-click drafting into the review queue, Connects spent per proposal, and skip/apply/boost advice."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from service.accounts.auth import Principal
from service.api.deps import current_user
from service.api.schemas import DraftOut, TypedRoute
from service.api.schemas_more import (
    BidAdviceListOut,
    BidAdviceOut,
    ConnectsSpendOut,
    DueOut,
    FollowupsOut,
    MilestoneOut,
    MilestonesOut,
    PeriodReportOut,
    ProfileAuditOut,
    ScheduleOut,
    SignalOut,
    SignalsOut,
)
from service.api.serialize import draft_json
from service.contracts import cadence, followups, milestones, signals
from service.contracts.records import get_contract
from service.core.errors import InvalidInput
from service.core.workspace import current_workspace
from service.outcomes import bid_advice
from service.outcomes import connects as connects_svc
from service.review.actions import get_draft
from service.workflows import due_drafts

router = APIRouter(tags=["accounts"], route_class=TypedRoute)


class Schedule(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"checkin_days": "every Monday and Thursday", "client_contact": "Dana", "ends_on": "2025-05-30"}]})
    checkin_days: str | None = Field(None, max_length=80, description="Weekdays, e.g. 'mon,thu'.")
    client_contact: str | None = Field(None, max_length=200, description="The client's contact person.")
    ends_on: date | None = Field(None, description="Planned end date, YYYY-MM-DD.")


class MilestoneIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1, max_length=300)
    due: date | None = None
    status: Literal["open", "in_progress", "done", "cancelled"] = "open"


class MilestonePatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = Field(None, min_length=1, max_length=300)
    due: date | None = None
    clear_due: bool = False
    status: Literal["open", "in_progress", "done", "cancelled"] | None = None


class SpendIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"connects": 16, "boost": 10}]})
    connects: int = Field(ge=0, le=connects_svc.MAX_CONNECTS)
    boost: int = Field(0, ge=0, le=connects_svc.MAX_CONNECTS)
    at: datetime | None = None
    note: str | None = Field(None, max_length=2000)
    replace: bool = False


class SignalIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"kind": "new_need", "text": "Asked about a Shopify store for next quarter"}]})
    kind: Literal["positive_feedback", "scope_change", "new_need", "budget_change", "complaint", "timing_risk"]
    text: str = Field(min_length=1, max_length=signals.MAX_TEXT)


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    message: str = Field(min_length=1, max_length=20_000, description="A client message, pasted as it is.")


class FollowupDraft(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"client": "Dana Ortiz"}]})
    client: str = Field(min_length=1, max_length=200, description="The client name as GET /v1/followups lists it.")


def _as_of(value: date | None) -> date | None:
    if value is not None and not date(2000, 1, 1) <= value <= date(2100, 1, 1):
        raise InvalidInput("as_of must be a date between 2000 and 2100", field="as_of", fix="use YYYY-MM-DD")
    return value


def _schedule(contract_id: int) -> dict:
    c = get_contract(contract_id)
    return cadence.schedule_json(c, cadence.get_schedule(contract_id), current_workspace().accounts.checkin_days)


@router.get("/v1/contracts/{contract_id}/schedule")
def get_schedule(contract_id: int, user: Principal = Depends(current_user)) -> ScheduleOut:
    user.require("read")
    return _schedule(contract_id)


@router.put("/v1/contracts/{contract_id}/schedule")
def put_schedule(contract_id: int, body: Schedule, user: Principal = Depends(current_user)) -> ScheduleOut:
    user.require("draft")
    cadence.set_schedule(contract_id, checkin_days=body.checkin_days, client_contact=body.client_contact,
                         ends_on=body.ends_on, user=user)
    return _schedule(contract_id)


@router.get("/v1/contracts/{contract_id}/milestones")
def list_milestones(contract_id: int, user: Principal = Depends(current_user)) -> MilestonesOut:
    user.require("read")
    return {"items": [m.json() for m in milestones.list_milestones(contract_id)]}


@router.post("/v1/contracts/{contract_id}/milestones", status_code=201)
def add_milestone(contract_id: int, body: MilestoneIn, user: Principal = Depends(current_user)) -> MilestoneOut:
    user.require("draft")
    return milestones.add_milestone(contract_id, body.title, due=body.due, status=body.status, user=user).json()


@router.patch("/v1/contracts/{contract_id}/milestones/{milestone_id}")
def patch_milestone(contract_id: int, milestone_id: int, body: MilestonePatch,
                    user: Principal = Depends(current_user)) -> MilestoneOut:
    user.require("draft")
    return milestones.update_milestone(contract_id, milestone_id, title=body.title, due=body.due,
                                       clear_due=body.clear_due, status=body.status, user=user).json()


@router.get("/v1/due")
def due(as_of: date | None = Query(None, description="Compute as of this day (default: today, UTC)."),
        contract_id: int | None = None, user: Principal = Depends(current_user)) -> DueOut:
    """What is due on active contracts: check-ins, overdue milestones, quiet clients, contracts ending."""
    user.require("read")
    day = _as_of(as_of) or datetime.now(UTC).date()
    return {"as_of": day.isoformat(), "items": due_drafts.due_view(day, contract_id=contract_id)}


@router.post("/v1/due/{key}/draft", status_code=201)
def draft_due(key: str, as_of: date | None = None, user: Principal = Depends(current_user)) -> DraftOut:
    """Draft the message for one Due item into the review queue (a person approves it there)."""
    user.require("draft")
    d = due_drafts.draft_item(key, user, now=_as_of(as_of))
    return draft_json(get_draft(d.id))


@router.post("/v1/drafts/{draft_id}/connects", status_code=201)
def record_connects(draft_id: int, body: SpendIn, user: Principal = Depends(current_user)) -> ConnectsSpendOut:
    return connects_svc.record_spend(draft_id, user, connects=body.connects, boost=body.boost, at=body.at, note=body.note,
                                 replace=body.replace)


@router.get("/v1/drafts/{draft_id}/bid-advice")
def draft_advice(draft_id: int, user: Principal = Depends(current_user)) -> BidAdviceOut:
    user.require("read")
    return bid_advice.advise(draft_id).json()


@router.get("/v1/bid-advice")
def queue_advice(user: Principal = Depends(current_user)) -> BidAdviceListOut:
    """Skip / apply / boost for every queued proposal, with the reason. Never acted on automatically."""
    user.require("read")
    return {"items": [a.json() for a in bid_advice.queue_advice()]}


@router.get("/v1/connects")
def connects_report(weeks: int = Query(4, ge=1, le=104), user: Principal = Depends(current_user)) -> PeriodReportOut:
    user.require("metrics")
    end = datetime.now(UTC)
    return connects_svc.economics(end - timedelta(weeks=weeks), end)


@router.get("/v1/contracts/{contract_id}/signals")
def list_signals(contract_id: int, status: str | None = None, user: Principal = Depends(current_user)) -> SignalsOut:
    user.require("read")
    return {"items": [signals.signal_json(r) for r in signals.list_signals(contract_id, status)]}


@router.post("/v1/contracts/{contract_id}/signals", status_code=201)
def add_signal(contract_id: int, body: SignalIn, user: Principal = Depends(current_user)) -> SignalOut:
    """A signal a person enters (confirmed at once)."""
    user.require("draft")
    return signals.signal_json(signals.add_signal(contract_id, body.kind, body.text, user=user))


@router.post("/v1/contracts/{contract_id}/signals/propose", status_code=201)
def propose_signals(contract_id: int, body: MessageIn, user: Principal = Depends(current_user)) -> SignalsOut:
    """Log a pasted client message and propose signals from it; each waits for a person to confirm it."""
    user.require("draft")
    return {"items": [signals.signal_json(r) for r in signals.propose_from_message(contract_id, body.message, user=user)]}


@router.post("/v1/signals/{signal_id}/{decision}")
def decide_signal(signal_id: int, decision: Literal["confirm", "dismiss"], user: Principal = Depends(current_user)) -> SignalOut:
    user.require("review")
    return signals.signal_json(signals.decide(signal_id, decision == "confirm", user=user))


@router.get("/v1/followups")
def followup_queue(user: Principal = Depends(current_user)) -> FollowupsOut:
    """Clients ranked by priority (value, recency, confirmed signals) with the next idea and timing risk."""
    user.require("read")
    return {"items": [f.json() for f in followups.followup_queue()]}


@router.post("/v1/followups/draft", status_code=201)
def draft_followup(body: FollowupDraft, user: Principal = Depends(current_user)) -> DraftOut:
    """Draft the follow-up / upsell for one client into the review queue."""
    user.require("draft")
    d = followups.draft_followup(body.client, user=user)
    return draft_json(get_draft(d.id))


@router.get("/v1/profile/audit")
def profile_audit(since: str = Query("30d", description="Period: 30d, 8w, 12h"),
                  user: Principal = Depends(current_user)) -> ProfileAuditOut:
    """Approved letters against the profile and proof library: unsupported claims (quoted), proof usage,
    service lines missing from the profile, suggested profile changes."""
    user.require("metrics")
    from service.workflows.profile_audit import audit

    return audit(since)
