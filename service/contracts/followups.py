"""The follow-up queue (issue 19 item 3): clients ranked by priority from value, recency and confirmed
signals, each with the next project idea and the timing risk; a person asks, and the follow-up or upsell
is drafted into the review queue (``records.draft_for_contract(..., "followup")``).

Priority (points; docs/accounts.md), written rules, not tuned on data:
- value: the won value of the client's contracts' jobs, 1 point per $250, at most 40;
- recency: 30 minus the days since the last activity (log entry, signal, start), at least 0;
- signals (confirmed, last 90 days): new need +15, positive feedback +10, scope change +8,
  budget change +5, timing risk +5, complaint -15; the sum is kept within -30..40."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime

from sqlmodel import select

from service.contracts.context import SIGNAL_WINDOW, aware, client_key
from service.core.db import session_scope
from service.core.errors import Conflict, NotFound
from service.core.models import (
    AccountSignal,
    Contract,
    ContractEntry,
    ContractSchedule,
    Job,
)

POINTS = {"new_need": 15, "positive_feedback": 10, "scope_change": 8, "budget_change": 5, "timing_risk": 5,
          "complaint": -15}
ENDING_SOON = 14


@dataclass(frozen=True)
class Followup:
    client: str
    contract_id: int  # the contract a follow-up is drafted from (the latest one)
    contract_ids: tuple[int, ...]
    priority: float
    value_usd: float
    last_activity: date
    days_since: int
    signals: dict
    next_idea: str | None
    timing_risk: str | None
    points: dict
    idea_signal_id: int | None = None
    risk_signal_id: int | None = None

    def json(self) -> dict:
        body = asdict(self)
        body["last_activity"] = self.last_activity.isoformat()
        body["contract_ids"] = list(self.contract_ids)
        return body




def _rank(client: str, contracts: list[Contract], entries: list[ContractEntry], signals: list[AccountSignal],
          values: dict[int, float], ends: dict[int, date], now: datetime) -> Followup:
    today = now.date()
    latest = max(contracts, key=lambda c: (aware(c.started_at or c.created_at), c.id))
    stamps = [aware(e.created_at) for e in entries] + [aware(s.created_at) for s in signals]
    stamps += [aware(c.started_at or c.created_at) for c in contracts]
    last = max(t for t in stamps if t is not None and t <= now) if any(t and t <= now for t in stamps) else now
    days = max(0, (today - last.date()).days)
    value = round(sum(values.get(c.job_id, 0.0) for c in contracts if c.job_id), 2)
    recent = [s for s in signals if s.status == "confirmed" and aware(s.created_at) >= now - SIGNAL_WINDOW
              and aware(s.created_at) <= now]
    counts: dict[str, int] = defaultdict(int)
    for s in recent:
        counts[s.kind] += 1
    signal_points = max(-30, min(40, sum(POINTS[k] * n for k, n in counts.items())))
    points = {"value": round(min(40.0, value / 250), 1), "recency": max(0, 30 - days), "signals": signal_points}
    newest = sorted(recent, key=lambda s: (aware(s.created_at), s.id), reverse=True)
    idea_sig = next((s for s in newest if s.kind == "new_need"), None) or \
        next((s for s in newest if s.kind == "scope_change"), None)
    risk_sig = next((s for s in newest if s.kind == "timing_risk"), None)
    idea = idea_sig.text if idea_sig else None
    risk = risk_sig.text if risk_sig else None
    if risk is None:
        soon = sorted((ends[c.id], c.id) for c in contracts if c.status == "active" and c.id in ends
                      and 0 <= (ends[c.id] - today).days <= ENDING_SOON)
        if soon:
            risk = f"contract #{soon[0][1]} ends in {(soon[0][0] - today).days} days"
    return Followup(client=client, contract_id=latest.id, contract_ids=tuple(sorted(c.id for c in contracts)),
                    priority=round(sum(points.values()), 1), value_usd=value, last_activity=last.date(),
                    days_since=days, signals=dict(sorted(counts.items())), next_idea=idea, timing_risk=risk,
                    points=points, idea_signal_id=idea_sig.id if idea_sig else None,
                    risk_signal_id=risk_sig.id if risk_sig else None)


def followup_queue(now: datetime | None = None) -> list[Followup]:
    """Every client with a contract, highest priority first (then by name)."""
    now = aware(now) or datetime.now(UTC)
    with session_scope() as s:
        contracts = list(s.exec(select(Contract).order_by(Contract.id)))
        ids = [c.id for c in contracts] or [-1]
        entries = list(s.exec(select(ContractEntry).where(ContractEntry.contract_id.in_(ids))))
        signals = list(s.exec(select(AccountSignal).where(AccountSignal.contract_id.in_(ids))))
        job_ids = [c.job_id for c in contracts if c.job_id] or [-1]
        values = {j.id: float(j.value_usd or 0) for j in s.exec(select(Job).where(Job.id.in_(job_ids)))}
        ends = {r.contract_id: r.ends_on for r in s.exec(select(ContractSchedule).where(
            ContractSchedule.contract_id.in_(ids), ContractSchedule.ends_on.is_not(None)))}
    by_client: dict[str, list[Contract]] = defaultdict(list)
    for c in contracts:
        by_client[client_key(c.client_name)].append(c)
    out = []
    for key, members in by_client.items():
        cids = {c.id for c in members}
        name = max(members, key=lambda c: c.id).client_name
        out.append(_rank(name, members, [e for e in entries if e.contract_id in cids],
                         [x for x in signals if x.contract_id in cids], values, ends, now))
    return sorted(out, key=lambda f: (-f.priority, client_key(f.client)))


def draft_followup(client: str, *, user=None, now: datetime | None = None):
    """Draft the follow-up / upsell for one client into the review queue, from its latest contract, with
    the next project idea and the timing risk as instructions."""
    from service.contracts.records import draft_for_contract

    if user is not None:
        user.require("draft")
    row = next((f for f in followup_queue(now) if client_key(f.client) == client_key(client)), None)
    if row is None:
        raise NotFound(f"no contract for a client named '{client}'", field="client",
                       fix="use a client name as 'draftroom followups' lists it")
    contract_id = _followup_basis(row.contract_ids)
    if contract_id is None:
        raise Conflict(f"no contract of {row.client} has ended or reached a milestone, so a follow-up would have "
                       "nothing true to point to", field="client",
                       fix="mark a milestone done (draftroom contract milestone set) or end the contract "
                       "(draftroom contract end ID; POST /v1/contracts/ID/end) first, or draft a check-in instead")
    return draft_for_contract(contract_id, "followup", user=user, instructions=instructions_for(row))


def _followup_basis(contract_ids) -> int | None:
    """The newest of these contracts that ended or has a milestone marked done (what a follow-up may cite)."""
    from service.drafting.contract_messages import followup_allowed

    with session_scope() as s:
        rows = list(s.exec(select(Contract).where(Contract.id.in_(list(contract_ids) or [-1]))))
    eligible = [c for c in rows if followup_allowed(c)]
    return max(eligible, key=lambda c: (aware(c.started_at or c.created_at), c.id)).id if eligible else None


def instructions_for(row: Followup) -> str | None:
    """The reviewer's guidance the follow-up is drafted with: the next idea and the timing risk."""
    notes = [_note("Offer one next step tied to this", row.idea_signal_id, row.next_idea),
             _note("Mind the timing", row.risk_signal_id, row.timing_risk)]
    return " ".join(n for n in notes if n) or None


def _note(lead: str, signal_id: int | None, text: str | None) -> str | None:
    """Reviewer's guidance for the drafting prompt (a trusted slot): a team member's own words are quoted;
    words that came from a client message are only pointed at (they reach the model inside the contract
    log, as untrusted text), so a client message can never steer the drafting."""
    if not text:
        return None
    if signal_id is None:
        return f"{lead}: {text.rstrip('.')}."
    with session_scope() as s:
        sig = s.get(AccountSignal, signal_id)
    if sig is not None and sig.source == "person":
        return f"{lead}: {sig.text.rstrip('.')}."
    return f"{lead}: the {sig.kind.replace('_', ' ')} in the client's message (log entry #{sig.entry_id})."
