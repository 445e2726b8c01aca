"""Contracts: create, list, read, log entries, and draft check-ins / kickoffs / replies / follow-ups."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from service.accounts.auth import Principal
from service.api.deps import current_user
from service.api.schemas import DraftOut, TypedRoute
from service.api.schemas_more import ContractEntryOut, ContractOut, ContractsOut
from service.api.serialize import draft_json_for
from service.contracts import records as svc
from service.review.actions import get_draft

router = APIRouter(prefix="/v1/contracts", tags=["contracts"], route_class=TypedRoute)


class Milestone(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1, max_length=300)
    due: str | None = Field(None, description="YYYY-MM-DD")
    done: bool = False


class ContractCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "client_name": "Dana Ortiz", "title": "Reporting dashboard rebuild", "started_at": "2025-03-03",
        "cadence": "twice a week", "milestones": [{"title": "Wireframes approved", "due": "2025-03-07"}],
        "service_line": "web-app"}]})
    client_name: str = Field(min_length=1, max_length=200)
    title: str = Field(min_length=1, max_length=500)
    started_at: str | None = Field(None, description="YYYY-MM-DD")
    cadence: str = Field("weekly", max_length=40)
    milestones: list[Milestone] = Field(default_factory=list)
    service_line: str | None = None
    job_id: int | None = None


class EntryCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["note", "task", "client_message"] = "note"
    text: str = Field(min_length=1, max_length=svc.MAX_TEXT)
    done: bool = False
    due: str | None = Field(None, description="YYYY-MM-DD")


class DraftRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["checkin", "kickoff", "reply", "followup"]
    message: str | None = Field(None, max_length=svc.MAX_TEXT, description="The client's message (kind=reply).")
    instructions: str | None = Field(None, max_length=2000)


@router.post("", status_code=201)
def create(body: ContractCreate, user: Principal = Depends(current_user)) -> ContractOut:
    user.require("draft")
    c = svc.create_contract(**{**body.model_dump(), "milestones": [m.model_dump() for m in body.milestones]}, user=user)
    return svc.contract_json(c)


@router.get("")
def list_(status: str | None = None, user: Principal = Depends(current_user)) -> ContractsOut:
    user.require("read")
    return {"items": [svc.contract_json(c) for c in svc.list_contracts(status)]}


@router.get("/{contract_id}")
def get(contract_id: int, user: Principal = Depends(current_user)) -> ContractOut:
    user.require("read")
    return svc.contract_json(svc.get_contract(contract_id), svc.list_entries(contract_id))


@router.post("/{contract_id}/entries", status_code=201)
def add_entry(contract_id: int, body: EntryCreate, user: Principal = Depends(current_user)) -> ContractEntryOut:
    user.require("draft")
    return svc.entry_json(svc.add_entry(contract_id, body.text, kind=body.kind, done=body.done, due=body.due, user=user))


class EntryUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    done: bool


@router.post("/{contract_id}/end")
def end(contract_id: int, user: Principal = Depends(current_user)) -> ContractOut:
    """Mark the contract ended: its follow-up may then be drafted (409 when it has already ended)."""
    user.require("draft")
    return svc.contract_json(svc.end_contract(contract_id, user=user))


@router.patch("/{contract_id}/entries/{entry_id}")
def update_entry(contract_id: int, entry_id: int, body: EntryUpdate,
                 user: Principal = Depends(current_user)) -> ContractEntryOut:
    """Mark a logged note or task done (or open again)."""
    user.require("draft")
    return svc.entry_json(svc.set_entry_done(contract_id, entry_id, done=body.done, user=user))


@router.post("/{contract_id}/drafts", status_code=201)
def draft(contract_id: int, body: DraftRequest, user: Principal = Depends(current_user)) -> DraftOut:
    user.require("draft")
    d = svc.draft_for_contract(contract_id, body.kind, message=body.message, user=user, instructions=body.instructions)
    return draft_json_for(user, get_draft(d.id))
