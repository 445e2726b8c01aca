"""Pipeline stages, the separate outcome field, and the weekly scorecard (product.md, seed §5).

Stages move forward only: identified → proposed → viewed → replied → call_booked → verbal_yes → won
→ renewal / expansion, plus ``lost`` (terminal) from anywhere before won. Skipping is allowed (a reply
may come without a "viewed" signal). Every move is a timestamped ``PipelineEvent``.

The outcome field (``hired_other | closed_no_hire | expired | unknown``) says how a posting ended. The
last three are dead ends: a posting that never hired anyone cannot reply-rate us, so a proposal with a
dead-end outcome and no reply leaves the denominator. ``hired_other`` is a real loss and stays in."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text as sql
from sqlmodel import select

from service.accounts import audit
from service.accounts.auth import Principal
from service.core.db import get_or_404, session_scope
from service.core.errors import Conflict, IllegalTransition, InvalidInput
from service.core.models import Draft, Job, PipelineEvent, utcnow
from service.outcomes.outcome_counts import template_key

STAGES = ("identified", "proposed", "viewed", "replied", "call_booked", "verbal_yes", "won", "renewal", "expansion",
          "lost")
RANK = {"identified": 0, "proposed": 1, "viewed": 2, "replied": 3, "call_booked": 4, "verbal_yes": 5, "won": 6,
        "renewal": 7, "expansion": 7}
OUTCOMES = ("hired_other", "closed_no_hire", "expired", "unknown")
DEAD_ENDS = {"closed_no_hire", "expired", "unknown"}
LOW_SAMPLE = 3  # groups with fewer proposals in the denominator are marked "low sample"
SENT_DRAFT_STATES = {"approved", "exported"}


def allowed_next(stage: str) -> list[str]:
    if stage == "lost":
        return []
    if stage in ("won", "renewal", "expansion"):
        return ["expansion", "renewal"]
    rank = RANK.get(stage, 0)
    return [s for s in STAGES if s != "lost" and RANK[s] > rank and RANK[s] <= 6] + ["lost"]


def _aware(dt: datetime | None) -> datetime | None:
    return None if dt is None else (dt if dt.tzinfo else dt.replace(tzinfo=UTC))


def record(draft_id: int, actor: Principal, *, stage: str | None = None, outcome: str | None = None,
           at: datetime | None = None, value_usd: float | None = None, job_type: str | None = None,
           note: str | None = None) -> dict:
    """Log what happened to the job behind a draft. Returns the job's pipeline state."""
    actor.require("outcome")
    if stage is None and outcome is None and value_usd is None and job_type is None:
        raise InvalidInput("send at least one of stage, outcome, value_usd, job_type", field="stage",
                           fix="e.g. {\"stage\": \"proposed\"} once the approved proposal was sent on Upwork")
    if stage is not None and stage not in STAGES:
        raise InvalidInput(f"unknown stage '{stage}'", field="stage", fix="use one of: " + ", ".join(STAGES))
    if outcome is not None and outcome not in OUTCOMES:
        raise InvalidInput(f"unknown outcome '{outcome}'", field="outcome", fix="use one of: " + ", ".join(OUTCOMES))
    if value_usd is not None and not (0 <= value_usd < 100_000_000):
        raise InvalidInput("value_usd must be a non-negative amount in US dollars", field="value_usd")
    if job_type is not None and not 1 <= len(job_type.strip()) <= 60:
        raise InvalidInput("job_type must be 1-60 characters", field="job_type")
    if note is not None and len(note) > 2000:
        raise InvalidInput("note must be at most 2,000 characters", field="note")
    now = utcnow()
    try:
        at = _aware(at).astimezone(UTC) if at is not None else now
    except (OverflowError, ValueError):  # e.g. 0001-01-01T00:00:00+23:59 is before year 1 in UTC
        raise InvalidInput("'at' is out of range", field="at",
                           fix="send an ISO date-time such as 2025-03-03T14:00:00Z (or omit it for now)") from None
    if at > now + timedelta(minutes=5):
        raise InvalidInput("'at' is in the future", field="at", fix="omit it (now) or send when it happened")
    with session_scope() as s:
        draft = get_or_404(s, Draft, draft_id, what="draft", field="draft_id")
        if draft.job_id is None:
            raise InvalidInput("this draft belongs to a contract, not a job: outcomes are logged per job",
                               field="draft_id", fix="log the outcome on the proposal draft of the job")
        s.connection().execute(sql("UPDATE jobs SET stage = stage WHERE id = :id"), {"id": draft.job_id})
        s.refresh(draft)
        job = s.get(Job, draft.job_id)
        s.refresh(job)
        if stage is not None and stage != "identified" and draft.status not in SENT_DRAFT_STATES:
            raise Conflict(f"draft {draft_id} is '{draft.status}': only an approved proposal can have been sent",
                           field="stage", fix="approve (and export) the draft before logging pipeline stages",
                           status=draft.status)
        if stage is not None and stage != job.stage:
            if stage not in allowed_next(job.stage):
                raise IllegalTransition(f"the job is at stage '{job.stage}'; it cannot move to '{stage}'",
                                        field="stage", allowed=allowed_next(job.stage), current=job.stage,
                                        fix="stages only move forward; allowed: "
                                            + (", ".join(allowed_next(job.stage)) or "nothing (lost is final)"))
            if at < _aware(job.created_at) - timedelta(minutes=1):
                raise InvalidInput("'at' is before the job was pasted", field="at")
            job.stage = stage
        elif stage is not None and stage in ("renewal", "expansion"):
            pass  # a further renewal/expansion of a won contract is a new event
        elif stage is not None:
            stage = None  # same stage again: nothing to record
        if outcome is not None:
            job.outcome = outcome
        if job_type is not None:
            job.job_type = job_type.strip()
        repeat = stage in ("renewal", "expansion")
        if value_usd is not None and not repeat:
            job.value_usd = value_usd  # the project's value; renewal/expansion values are repeat revenue
        s.add(job)
        if stage is not None or outcome is not None:
            template_id, template_version = template_key(draft)
            s.add(PipelineEvent(job_id=job.id, draft_id=draft_id, at=at, stage=stage, outcome=outcome,
                                user_id=actor.user_id, note=note, template_id=template_id,
                                template_version=template_version))
        audit.log(s, actor, "outcome", "job", job.id, draft_id=draft_id, stage=stage, outcome=outcome,
                  value_usd=value_usd, repeat_revenue_usd=value_usd if repeat else None, job_type=job_type, at=at.isoformat(), note=note)
        s.flush()
        return pipeline_state(s, job)


def pipeline_state(s, job: Job) -> dict:
    events = s.exec(select(PipelineEvent).where(PipelineEvent.job_id == job.id).order_by(PipelineEvent.at,
                                                                                         PipelineEvent.id))
    return {"job_id": job.id, "stage": job.stage, "outcome": job.outcome, "job_type": job.job_type,
            "value_usd": job.value_usd, "allowed_next": allowed_next(job.stage),
            "events": [{"at": _aware(e.at).isoformat(), "stage": e.stage, "outcome": e.outcome, "draft_id": e.draft_id,
                        "user_id": e.user_id, "note": e.note, "template_id": e.template_id,
                        "template_version": e.template_version} for e in events]}


def job_pipeline(job_id: int) -> dict:
    with session_scope() as s:
        job = get_or_404(s, Job, job_id, what="job", field="job_id")
        return pipeline_state(s, job)


from service.outcomes.scorecard import format_scorecard, scorecard  # noqa: E402,F401  (public API of this module)
