"""Connects economics (issue 19): the Connects spent on each sent proposal (bid plus boost), and what
they bought: cost per reply and per hire, overall and by fit tier, template version and service line.

Every figure is a plain sum over ``connects_spends`` rows, so it reconciles exactly with the rows:
a group's ``total`` is the sum of its rows' ``connects + boost``; the groups of each breakdown add up
to the overall totals. A reply is a job that reached ``replied`` or later, a hire one that reached
``won`` (or renewal / expansion). Connects spent on postings that never hired still count as cost."""
from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from service.accounts import audit
from service.accounts.auth import Principal
from service.core.db import get_or_404, session_scope
from service.core.errors import Conflict, InvalidInput
from service.core.models import ConnectsSpend, Draft, PipelineEvent, utcnow
from service.outcomes.outcome_counts import template_key

REPLY_STAGES = ("replied", "call_booked", "verbal_yes", "won", "renewal", "expansion")
HIRE_STAGES = ("won", "renewal", "expansion")
SENT = ("approved", "exported")
MAX_CONNECTS = 1000
LOW_SAMPLE = 3


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _count(value, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_CONNECTS:
        raise InvalidInput(f"{field} must be a whole number of Connects from 0 to {MAX_CONNECTS}", field=field,
                           fix="give what Upwork charged for this proposal, e.g. 16")
    return value


def spend_json(row: ConnectsSpend) -> dict:
    return {"id": row.id, "draft_id": row.draft_id, "job_id": row.job_id, "connects": row.connects, "boost": row.boost,
            "total": row.connects + row.boost, "at": _aware(row.at).isoformat(), "user_id": row.user_id, "note": row.note}


def record_spend(draft_id: int, actor: Principal, *, connects: int, boost: int = 0, at: datetime | None = None,
                 note: str | None = None, replace: bool = False) -> dict:
    """Record the Connects spent on a sent proposal. A second record for the same draft is refused unless
    ``replace`` (a correction; the audit log keeps the old figures)."""
    actor.require("outcome")
    connects, boost = _count(connects, "connects"), _count(boost, "boost")
    if note is not None and len(note) > 2000:
        raise InvalidInput("note must be at most 2,000 characters", field="note")
    now = utcnow()
    at = _aware(at) if at else now
    if at > now + timedelta(minutes=5):
        raise InvalidInput("'at' is in the future", field="at", fix="omit it (now) or give when the proposal was sent")
    with session_scope() as s:
        draft = get_or_404(s, Draft, draft_id, what="draft", field="draft_id")
        if draft.kind != "proposal" or draft.job_id is None:
            raise InvalidInput(f"draft {draft_id} is a {draft.kind} message, not a proposal: Connects are spent on "
                               "proposals", field="draft_id", fix="give the id of the proposal draft you sent")
        if draft.status not in SENT:
            raise Conflict(f"draft {draft_id} is '{draft.status}': only an approved proposal can have been sent",
                           field="draft_id", fix="approve (and export) the draft, send it, then record its Connects")
        row = s.exec(select(ConnectsSpend).where(ConnectsSpend.draft_id == draft_id)).first()
        before = None
        if row is not None:
            if not replace:
                raise Conflict(f"Connects for draft {draft_id} are already recorded ({row.connects} + {row.boost} "
                               "boost)", field="draft_id", fix="pass replace=true (CLI: --replace) to correct them")
            before = {"connects": row.connects, "boost": row.boost, "at": _aware(row.at).isoformat()}
        else:
            row = ConnectsSpend(draft_id=draft_id, job_id=draft.job_id)
        row.connects, row.boost, row.at, row.user_id, row.note = connects, boost, at, actor.user_id, note
        s.add(row)
        s.flush()
        audit.log(s, actor, "connects.record", "draft", draft_id, job_id=draft.job_id, connects=connects, boost=boost,
                  before=before)
        return spend_json(row)


def _group(name: str, rows: list[dict]) -> dict:
    total = sum(r["total"] for r in rows)
    replies = sum(1 for r in rows if r["replied"])
    hires = sum(1 for r in rows if r["hired"])
    return {"group": name, "proposals": len(rows), "connects": sum(r["connects"] for r in rows),
            "boost": sum(r["boost"] for r in rows), "total": total, "replies": replies, "hires": hires,
            "cost_per_reply": round(total / replies, 2) if replies else None,
            "cost_per_hire": round(total / hires, 2) if hires else None, "low_sample": len(rows) < LOW_SAMPLE}


def _by(rows: list[dict], key: str) -> list[dict]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r[key]].append(r)
    return sorted((_group(g, members) for g, members in groups.items()), key=lambda g: (-g["total"], g["group"]))


def spend_rows(start: datetime, end: datetime) -> list[dict]:
    """One dict per recorded spend in [start, end) with its draft's tier, template version and service
    line and whether its job replied / hired (at any time)."""
    with session_scope() as s:
        spends = list(s.exec(select(ConnectsSpend).where(ConnectsSpend.at >= start, ConnectsSpend.at < end)
                             .order_by(ConnectsSpend.id)))
        drafts = {d.id: d for d in s.exec(select(Draft).where(Draft.id.in_([r.draft_id for r in spends] or [-1])))}
        jobs = [r.job_id for r in spends] or [-1]
        stages = defaultdict(set)
        for job_id, stage in s.exec(select(PipelineEvent.job_id, PipelineEvent.stage).where(
                PipelineEvent.job_id.in_(jobs), PipelineEvent.stage.is_not(None))):
            stages[job_id].add(stage)
    out = []
    for r in spends:
        d = drafts.get(r.draft_id)
        template_id, version = template_key(d)  # the same key as the scorecard's outcomes
        template = f"{template_id} @ {version}" if d and d.template_id else "unknown"
        out.append({"id": r.id, "draft_id": r.draft_id, "job_id": r.job_id, "connects": r.connects, "boost": r.boost,
                    "total": r.connects + r.boost, "tier": (d.tier if d and d.tier else "unknown"),
                    "template": template, "service_line": (d.service_line if d and d.service_line else "unknown"),
                    "replied": bool(stages[r.job_id] & set(REPLY_STAGES)),
                    "hired": bool(stages[r.job_id] & set(HIRE_STAGES))})
    return out


def economics(start: datetime, end: datetime) -> dict:
    """Connects spent in [start, end) and what they bought, overall and by tier, template, service line."""
    rows = spend_rows(_aware(start), _aware(end))
    return {"period": {"start": _aware(start).isoformat(), "end": _aware(end).isoformat()},
            "overall": _group("all", rows), "by_tier": _by(rows, "tier"), "by_template": _by(rows, "template"),
            "by_service_line": _by(rows, "service_line")}


def _cost(v) -> str:
    return "n/a" if v is None else f"{v:,.2f}"


def format_economics(e: dict) -> list[str]:
    o = e["overall"]
    lines = [f"Connects: {o['total']} spent on {o['proposals']} proposals ({o['connects']} bids + {o['boost']} boost); "
             f"{o['replies']} replies, {o['hires']} hires; per reply {_cost(o['cost_per_reply'])}, "
             f"per hire {_cost(o['cost_per_hire'])}"]
    for title, key in (("by tier", "by_tier"), ("by template version", "by_template"),
                       ("by service line", "by_service_line")):
        lines.append(f"Connects {title}:")
        lines += [f"  {g['group'][:40]:40} {g['total']:6} on {g['proposals']:3}  per reply {_cost(g['cost_per_reply']):>8}"
                  f"  per hire {_cost(g['cost_per_hire']):>8}" + ("  (low sample)" if g["low_sample"] else "")
                  for g in e[key]] or ["  (none recorded)"]
    return lines
