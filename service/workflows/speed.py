"""Speed to lead, end to end (docs/intake.md): for proposal drafts of the last N days, the minutes from the
job's posting on Upwork (when a source told us) and from intake to the first draft and to approval, per
tier and per approving person, with drafts still waiting counted separately."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.intake_models import IntakeDelivery
from service.core.models import Draft, Job, User, utcnow
from service.core.stats import percentile

SPANS = ("posted_to_intake", "intake_to_draft", "intake_to_approval", "posted_to_approval")


def _aware(dt: datetime | None) -> datetime | None:
    return dt if dt is None or dt.tzinfo else dt.replace(tzinfo=UTC)


def _minutes(a: datetime | None, b: datetime | None) -> float | None:
    return None if a is None or b is None else max(0.0, (b - a).total_seconds() / 60)


def _posted(job: Job, delivered: datetime | None) -> datetime | None:
    if delivered:
        return _aware(delivered)
    raw = (job.brief or {}).get("posted_at")
    try:
        return _aware(datetime.fromisoformat(raw)) if isinstance(raw, str) else None
    except ValueError:
        return None


def _group(rows: list[dict]) -> dict:
    out: dict = {"n": len(rows), "approved": sum(r["intake_to_approval"] is not None for r in rows),
                 "waiting": sum(r["intake_to_approval"] is None for r in rows)}
    for span in SPANS:
        vals = [r[span] for r in rows if r[span] is not None]
        p50, p95 = percentile(vals, 0.5), percentile(vals, 0.95)
        out[span] = {"n": len(vals), "p50_min": None if p50 is None else round(p50, 1),
                     "p95_min": None if p95 is None else round(p95, 1)}
    return out


def speed_to_lead(days: int = 28, *, now: datetime | None = None) -> dict:
    if not 1 <= days <= 366:
        raise InvalidInput("days must be 1-366", field="days")
    now = now or utcnow()
    since = now - timedelta(days=days)
    with session_scope() as s:
        drafts = list(s.exec(select(Draft, Job).where(Draft.job_id == Job.id, Draft.kind == "proposal",
                                                      Draft.created_at >= since)))
        job_ids = [j.id for _d, j in drafts]
        posted = {d.job_id: d.posted_at for d in s.exec(select(IntakeDelivery).where(
            IntakeDelivery.job_id.in_(job_ids or [-1]), IntakeDelivery.posted_at.is_not(None)))}
        names = {u.id: u.name for u in s.exec(select(User))}
    rows = []
    for draft, job in drafts:
        intake = _aware(draft.intake_at or job.created_at)
        approved = _aware(draft.approved_at)
        when_posted = _posted(job, posted.get(job.id))
        rows.append({"tier": draft.tier or "none", "person": names.get(draft.approved_by, "—") if approved else None,
                     "posted_to_intake": _minutes(when_posted, intake),
                     "intake_to_draft": _minutes(intake, _aware(draft.created_at)),
                     "intake_to_approval": _minutes(intake, approved),
                     "posted_to_approval": _minutes(when_posted, approved)})
    by_tier = {t: _group([r for r in rows if r["tier"] == t]) for t in sorted({r["tier"] for r in rows})}
    people = sorted({r["person"] for r in rows if r["person"]})
    by_person = {p: _group([r for r in rows if r["person"] == p]) for p in people}
    return {"days": days, "all": _group(rows), "by_tier": by_tier, "by_person": by_person}


# ---------------------------------------------------------------- in the scorecard (CLI, API, UI)
def scorecard_with_speed(weeks: int = 4, *, now: datetime | None = None) -> dict:
    """The weekly scorecard (outcomes.scorecard) plus speed to lead over the same weeks: what ``draftroom
    scorecard``, ``GET /v1/metrics/scorecard`` and the UI's Pipeline page show."""
    from service.outcomes.scorecard import scorecard

    now = now or utcnow()
    card = scorecard(weeks, now=now)
    card["speed_to_lead"] = speed_to_lead(weeks * 7, now=now)
    return card


def _span(row: dict, span: str) -> str:
    v = row[span]
    return f"p50 {v['p50_min']} / p95 {v['p95_min']} min (n={v['n']})" if v["n"] else "n/a"


def format_speed(speed: dict) -> list[str]:
    """Text lines for the CLI: per tier and per approving person, from intake and from the posting."""
    lines = [f"speed to lead (proposal drafts of the last {speed['days']} days; minutes to approval; "
             "from posting only where the source gave the posting time):"]
    groups = [("all", speed["all"])] + [(f"tier {t}", r) for t, r in speed["by_tier"].items()] + \
             [(f"by {p}", r) for p, r in speed["by_person"].items()]
    for label, row in groups:
        lines.append(f"  {label[:24]:24} drafts {row['n']:3} approved {row['approved']:3} waiting {row['waiting']:3}  "
                     f"intake→approval {_span(row, 'intake_to_approval')}  "
                     f"posted→approval {_span(row, 'posted_to_approval')}")
    return lines


def lead_ages(draft_ids: list[int], *, now: datetime | None = None) -> dict[int, dict]:
    """Per draft, the speed-to-lead clock as it stands: minutes since intake and since the job was posted
    on Upwork (when a source or the post told us; else None). The same posted/intake times as
    ``speed_to_lead``; for the queue and review pages."""
    now = now or utcnow()
    if not draft_ids:
        return {}
    with session_scope() as s:
        pairs = list(s.exec(select(Draft, Job).where(Draft.id.in_(draft_ids), Draft.job_id == Job.id)))
        others = list(s.exec(select(Draft).where(Draft.id.in_(draft_ids), Draft.job_id.is_(None))))
        job_ids = [j.id for _d, j in pairs]
        posted = {d.job_id: d.posted_at for d in s.exec(select(IntakeDelivery).where(
            IntakeDelivery.job_id.in_(job_ids or [-1]), IntakeDelivery.posted_at.is_not(None)))}
    out = {}
    for draft, job in pairs:
        out[draft.id] = {"since_intake_min": _minutes(_aware(draft.intake_at or job.created_at), now),
                         "since_posted_min": _minutes(_posted(job, posted.get(job.id)), now)}
    for draft in others:
        out[draft.id] = {"since_intake_min": _minutes(_aware(draft.intake_at), now), "since_posted_min": None}
    return out
