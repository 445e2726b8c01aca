"""The weekly scorecard (seed §5) with honest denominators and low-sample marks.

Cohort: jobs first sent (first stage at or past ``proposed``) inside the period; what happened to them
since counts, whenever it happened. Denominator of every rate: the cohort minus dead ends (outcome
closed_no_hire / expired / unknown) that never replied. A group with fewer than 3 proposals in its
denominator is marked ``low_sample``; a rate with an empty denominator is ``None``, never 0%."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from statistics import median

from sqlmodel import select

from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.models import AuditEvent, Draft, Job, PipelineEvent, utcnow
from service.outcomes.connects import economics as connects_economics
from service.outcomes.connects import format_economics as format_connects
from service.outcomes.outcome_counts import by_template as outcomes_by_template
from service.outcomes.outcome_counts import counts as outcome_counts
from service.outcomes.outcome_counts import format_counts, template_key

RANK = {"identified": 0, "proposed": 1, "viewed": 2, "replied": 3, "call_booked": 4, "verbal_yes": 5, "won": 6,
        "renewal": 7, "expansion": 7}
DEAD_ENDS = {"closed_no_hire", "expired", "unknown"}
LOW_SAMPLE = 3


@dataclass
class _Sent:
    job: Job
    sent_at: datetime
    reached: int
    extended: bool
    template: str
    niche: str
    template_version: str = "unknown"
    lost: bool = False

    @property
    def dead_end(self) -> bool:
        return self.job.outcome in DEAD_ENDS and self.reached < RANK["replied"]


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _rate(group: str, items: list[_Sent], hit) -> dict:
    counted = [i for i in items if not i.dead_end]
    hits = sum(1 for i in counted if hit(i))
    return {"group": group, "proposals": len(items), "denominator": len(counted), "hits": hits,
            "rate": round(hits / len(counted), 4) if counted else None, "low_sample": len(counted) < LOW_SAMPLE}


def _by(items: list[_Sent], key, hit) -> list[dict]:
    groups: dict[str, list[_Sent]] = defaultdict(list)
    for i in items:
        groups[key(i)].append(i)
    rows = [_rate(g, members, hit) for g, members in groups.items()]
    return sorted(rows, key=lambda r: (-r["denominator"], r["group"]))


def _job_type(job: Job) -> str:
    if job.job_type:
        return job.job_type
    return ((job.brief or {}).get("budget_type") or "unknown") if isinstance(job.brief, dict) else "unknown"


def _cohort(start: datetime, end: datetime) -> tuple[list[_Sent], float]:
    with session_scope() as s:
        events = list(s.exec(select(PipelineEvent).where(PipelineEvent.at >= start, PipelineEvent.stage.is_not(None))
                             .order_by(PipelineEvent.at, PipelineEvent.id)))
        by_job: dict[int, list[PipelineEvent]] = defaultdict(list)
        for e in events:
            by_job[e.job_id].append(e)
        sent_first = {j: next((e for e in evs if RANK.get(e.stage, 0) >= 1), None) for j, evs in by_job.items()}
        sent_first = {j: e for j, e in sent_first.items() if e is not None and _aware(e.at) < end}
        earlier = set(s.exec(select(PipelineEvent.job_id).where(
            PipelineEvent.job_id.in_(list(sent_first) or [-1]), PipelineEvent.at < start,
            PipelineEvent.stage.in_([k for k, v in RANK.items() if v >= 1])))) if sent_first else set()
        jobs = {j.id: j for j in s.exec(select(Job).where(Job.id.in_(list(sent_first) or [-1])))}
        draft_ids = {e.draft_id for e in sent_first.values() if e.draft_id}
        drafts = {d.id: d for d in s.exec(select(Draft).where(Draft.id.in_(list(draft_ids) or [-1])))}
        out = []
        for job_id, first in sent_first.items():
            if job_id in earlier or job_id not in jobs:
                continue
            evs = by_job[job_id]
            d = drafts.get(first.draft_id)
            template, version = (first.template_id, first.template_version or "unknown") if first.template_id \
                else template_key(d)
            job = jobs[job_id]
            out.append(_Sent(job=job, sent_at=_aware(first.at),
                             reached=max(RANK.get(e.stage, 0) for e in evs),
                             extended=any(e.stage in ("renewal", "expansion") for e in evs),
                             template=template, template_version=version,
                             niche=(d.service_line if d and d.service_line else "unknown"),
                             lost=job.stage == "lost" or job.outcome == "hired_other"))
        repeat = 0.0
        for a in s.exec(select(AuditEvent).where(AuditEvent.action == "outcome", AuditEvent.at >= start,
                                                 AuditEvent.at < end)):
            repeat += float((a.detail or {}).get("repeat_revenue_usd") or 0)
    return out, round(repeat, 2)


def scorecard(weeks: int = 4, *, now: datetime | None = None) -> dict:
    if not isinstance(weeks, int) or not 1 <= weeks <= 104:
        raise InvalidInput("weeks must be 1-104", field="weeks")
    end = _aware(now) if now else utcnow()
    start = end - timedelta(weeks=weeks)
    items, repeat = _cohort(start, end)
    replied = lambda i: i.reached >= RANK["replied"]  # noqa: E731
    waits = sorted((i.sent_at - _aware(i.job.created_at)).total_seconds() / 60 for i in items)
    won = [i for i in items if i.reached >= RANK["won"]]
    values = [i.job.value_usd for i in won if i.job.value_usd is not None]
    week_rows = []
    for w in range(weeks):
        lo, hi = start + timedelta(weeks=w), start + timedelta(weeks=w + 1)
        row = _rate(lo.date().isoformat(), [i for i in items if lo <= i.sent_at < hi], replied)
        week_rows.append({"week_start": row.pop("group"), **row})
    return {
        "period": {"start": start.isoformat(), "end": end.isoformat(), "weeks": weeks},
        "proposals": len(items), "denominator": sum(1 for i in items if not i.dead_end),
        "excluded_dead_ends": sum(1 for i in items if i.dead_end),
        "time_to_first_proposal_minutes": {
            "median": round(median(waits), 1) if waits else None,
            "p90": round(waits[min(len(waits) - 1, int(0.9 * len(waits)))], 1) if waits else None,
            "n": len(waits), "low_sample": len(waits) < LOW_SAMPLE},
        "reply_rate": _rate("all", items, replied),
        "call_booking_rate": _rate("all", items, lambda i: i.reached >= RANK["call_booked"]),
        "close_rate": _rate("all", items, lambda i: i.reached >= RANK["won"]),
        "reply_rate_by_job_type": _by(items, lambda i: _job_type(i.job), replied),
        "reply_rate_by_template": [{**r, "template_id": r["group"].split(" @ ")[0],
                                    "template_version": r["group"].split(" @ ")[-1]}
                                   for r in _by(items, lambda i: f"{i.template} @ {i.template_version}", replied)],
        "outcomes": outcome_counts(items),
        "outcomes_by_template": outcomes_by_template(items),
        "close_rate_by_niche": _by(items, lambda i: i.niche, lambda i: i.reached >= RANK["won"]),
        "average_project_value_usd": {"value": round(sum(values) / len(values), 2) if values else None,
                                      "n": len(values), "low_sample": len(values) < LOW_SAMPLE},
        "extension_rate": {"group": "won", "proposals": len(won), "denominator": len(won),
                           "hits": sum(1 for i in won if i.extended),
                           "rate": round(sum(1 for i in won if i.extended) / len(won), 4) if won else None,
                           "low_sample": len(won) < LOW_SAMPLE},
        "repeat_revenue_usd": repeat,
        "funnel": {stage: sum(1 for i in items if i.reached >= rank)
                   for stage, rank in RANK.items() if stage not in ("identified", "expansion")},
        "weeks_detail": week_rows,
        "connects": connects_economics(start, end),
    }


def _pct(row: dict) -> str:
    if row["rate"] is None:
        return "   n/a"
    mark = "  (low sample)" if row["low_sample"] else ""
    return f"{row['rate'] * 100:5.1f}% ({row['hits']}/{row['denominator']}){mark}"


def format_scorecard(card: dict) -> str:
    p = card["period"]
    ttfp = card["time_to_first_proposal_minutes"]
    lines = [f"Scorecard {p['start'][:10]} → {p['end'][:10]} ({p['weeks']} weeks)",
             f"proposals sent: {card['proposals']}   counted: {card['denominator']}   "
             f"left out (posting never hired, no reply): {card['excluded_dead_ends']}",
             "time to first proposal: " + (f"median {ttfp['median']} min, p90 {ttfp['p90']} min (n={ttfp['n']})"
                                            if ttfp["n"] else "n/a"),
             f"reply rate:        {_pct(card['reply_rate'])}",
             f"call-booking rate: {_pct(card['call_booking_rate'])}",
             f"close rate:        {_pct(card['close_rate'])}"]
    apv = card["average_project_value_usd"]
    lines.append("average project value: " + (f"${apv['value']:,.2f} (n={apv['n']})"
                                                + ("  (low sample)" if apv["low_sample"] else "")
                                                if apv["value"] is not None else "n/a"))
    lines.append(f"extension rate:    {_pct(card['extension_rate'])}")
    lines.append(f"repeat revenue:    ${card['repeat_revenue_usd']:,.2f}")
    lines += format_counts(card["outcomes"], card["outcomes_by_template"]) if "outcomes" in card else []
    for title, key in (("reply rate by job type", "reply_rate_by_job_type"),
                       ("reply rate by template version", "reply_rate_by_template"),
                       ("close rate by niche", "close_rate_by_niche")):
        lines.append(f"{title}:")
        lines += [f"  {r['group'][:40]:40} {_pct(r)}" for r in card[key]] or ["  (no proposals)"]
    lines.append("by week (reply rate):")
    lines += [f"  {w['week_start']}  sent {w['proposals']:3}  {_pct(w)}" for w in card["weeks_detail"]]
    lines += format_connects(card["connects"]) if "connects" in card else []
    return "\n".join(lines)
