"""Look backward (seed practice 1): do the fit tiers and criteria predict replies?

For jobs assessed in the period that were actually proposed on, compare those that got a reply
(replied, call booked, verbal yes, won, renewal) with those that did not, by tier and by criterion,
and suggest weight or floor changes with the numbers behind each. Postings that never hired
(outcome closed_no_hire / expired / unknown) leave the denominator."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel, Field
from sqlmodel import select

from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.models import FitAssessment, Job
from service.core.stats import roc_auc
from service.core.workspace import CRITERIA, Workspace

POSITIVE_STAGES = {"replied", "call_booked", "call", "verbal_yes", "won", "renewal", "expansion"}
NOT_SENT_STAGES = {"identified", "new", "", None}
DEAD_END_OUTCOMES = {"closed_no_hire", "expired", "unknown"}
MIN_SAMPLE = 3  # groups under this are "low sample"
MIN_OUTCOMES = 3  # suggestions need at least this many replied AND not-replied jobs


class TierRow(BaseModel):
    tier: str
    sent: int
    replied: int
    rate: float | None
    low_sample: bool


class CriterionRow(BaseModel):
    name: str
    weight: float
    floor: float | None
    mean_replied: float | None
    mean_not_replied: float | None
    auc: float | None = Field(None, description="P(replied job scored higher than a not-replied one); 0.5 = no signal.")
    replied_below_floor: int = 0
    low_sample: bool


class Suggestion(BaseModel):
    kind: str  # weight | floor | tiers
    target: str
    current: float | None
    suggested: float | None
    evidence: str


class ICPReview(BaseModel):
    since: datetime
    assessed: int
    sent: int
    replied: int
    excluded_dead_ends: int
    reply_rate: float | None
    tiers: list[TierRow]
    criteria: list[CriterionRow]
    suggestions: list[Suggestion]
    notes: list[str] = Field(default_factory=list)


def parse_since(value: str, now: datetime | None = None) -> datetime:
    m = re.fullmatch(r"\s*(\d+)\s*([dwmy])\s*", value or "")
    if not m:
        raise InvalidInput(f"cannot read period '{value}'", field="--since", fix="use a number and a unit: 30d, 12w, 6m or 1y")
    days = int(m.group(1)) * {"d": 1, "w": 7, "m": 30, "y": 365}[m.group(2)]
    if days <= 0:
        raise InvalidInput("the period must be at least one day", field="--since", fix="e.g. 90d")
    return (now or datetime.now(UTC)) - timedelta(days=days)


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _load(since: datetime) -> tuple[list[tuple[Job, FitAssessment]], int]:
    """Latest assessment per job created since ``since``."""
    with session_scope() as s:
        rows = s.exec(select(Job, FitAssessment).join(FitAssessment, FitAssessment.job_id == Job.id)
                      .where(Job.created_at >= since).order_by(FitAssessment.id)).all()
    latest: dict[int, tuple[Job, FitAssessment]] = {}
    for job, a in rows:
        latest[job.id] = (job, a)
    return list(latest.values()), len(latest)


def _mean(xs: list[float]) -> float | None:
    return round(sum(xs) / len(xs), 1) if xs else None


def _criterion_scores(a: FitAssessment) -> dict[str, float]:
    return {c["name"]: float(c["score"]) for c in (a.data or {}).get("criteria", []) if "name" in c and "score" in c}


def review_icp(ws: Workspace, *, since: datetime) -> ICPReview:
    pairs, assessed = _load(_aware(since))
    sent: list[tuple[FitAssessment, bool]] = []
    dead = 0
    for job, a in pairs:
        if job.stage in NOT_SENT_STAGES:
            continue
        positive = job.stage in POSITIVE_STAGES
        if not positive and job.outcome in DEAD_END_OUTCOMES:
            dead += 1
            continue
        sent.append((a, positive))
    n_pos = sum(1 for _, y in sent if y)
    n_neg = len(sent) - n_pos
    tiers = []
    for tier in ("strong", "possible", "poor"):
        group = [y for a, y in sent if a.tier == tier]
        tiers.append(TierRow(tier=tier, sent=len(group), replied=sum(group), rate=round(sum(group) / len(group), 3) if group else None,
                             low_sample=len(group) < MIN_SAMPLE))
    weights = ws.icp.weights.as_dict()
    crit_rows = []
    for name in CRITERIA:
        vals = [(_criterion_scores(a).get(name), y) for a, y in sent]
        vals = [(v, y) for v, y in vals if v is not None]
        floor = ws.icp.floors.get(name)
        pos = [v for v, y in vals if y]
        neg = [v for v, y in vals if not y]
        auc = roc_auc([v for v, _ in vals], [y for _, y in vals])
        crit_rows.append(CriterionRow(name=name, weight=weights[name], floor=floor, mean_replied=_mean(pos), mean_not_replied=_mean(neg),
                                      auc=round(auc, 3) if auc is not None else None,
                                      replied_below_floor=sum(1 for v in pos if floor is not None and v < floor),
                                      low_sample=len(pos) < MIN_SAMPLE or len(neg) < MIN_SAMPLE))
    review = ICPReview(since=since, assessed=assessed, sent=len(sent), replied=n_pos, excluded_dead_ends=dead,
                       reply_rate=round(n_pos / len(sent), 3) if sent else None, tiers=tiers, criteria=crit_rows, suggestions=[])
    if n_pos < MIN_OUTCOMES or n_neg < MIN_OUTCOMES:
        review.notes.append(f"not enough outcomes to suggest changes: {n_pos} replied and {n_neg} not replied in the period "
                            f"(need at least {MIN_OUTCOMES} of each); log outcomes on proposed jobs")
        return review
    review.suggestions = _suggest(review, ws)
    if not review.suggestions:
        review.notes.append("the current weights, floors and tiers are consistent with the outcomes; no change suggested")
    return review


def _suggest(r: ICPReview, ws: Workspace) -> list[Suggestion]:
    out: list[Suggestion] = []
    total_w = sum(c.weight for c in r.criteria) or 1
    for c in r.criteria:
        if c.auc is None or c.low_sample:
            continue
        ev = f"replied jobs averaged {c.mean_replied} vs {c.mean_not_replied} for the rest (AUC {c.auc:.2f}, {r.sent} sent)"
        if c.auc >= 0.65 and c.weight / total_w < 0.35:
            out.append(Suggestion(kind="weight", target=c.name, current=c.weight, suggested=round(max(c.weight * 1.5, c.weight + 5), 1),
                                  evidence="predicts replies: " + ev))
        elif c.auc <= 0.45 and c.weight > 0:
            out.append(Suggestion(kind="weight", target=c.name, current=c.weight, suggested=round(c.weight * 0.5, 1),
                                  evidence="does not separate replied from not-replied jobs: " + ev))
        if c.floor is not None and c.replied_below_floor >= 1:
            out.append(Suggestion(kind="floor", target=c.name, current=c.floor, suggested=max(0.0, c.floor - 10),
                                  evidence=f"{c.replied_below_floor} job(s) scored under the floor {c.floor:g} on {c.name} still got a reply"))
    by = {t.tier: t for t in r.tiers}
    s, p = by["strong"], by["possible"]
    if not s.low_sample and not p.low_sample and s.rate is not None and p.rate is not None and p.rate >= s.rate:
        out.append(Suggestion(kind="tiers", target="strong", current=ws.icp.tiers.strong, suggested=min(100.0, ws.icp.tiers.strong + 5),
                              evidence=f"'possible' jobs replied at {p.rate:.0%} vs {s.rate:.0%} for 'strong': the strong threshold does not separate them"))
    return out


def format_review(r: ICPReview) -> str:
    lines = [f"ICP review since {r.since:%Y-%m-%d}: {r.assessed} assessed, {r.sent} proposed, {r.replied} replied"
             + (f" ({r.reply_rate:.0%})" if r.reply_rate is not None else "")
             + (f"; {r.excluded_dead_ends} never-hired posting(s) left out" if r.excluded_dead_ends else ""), "",
             "tier       sent  replied  rate"]
    for t in r.tiers:
        rate = f"{t.rate:.0%}" if t.rate is not None else "-"
        lines.append(f"{t.tier:<10}{t.sent:>5}{t.replied:>9}  {rate:>4}" + ("  low sample" if t.low_sample else ""))
    lines += ["", "criterion              weight  floor  replied  not-replied  AUC"]
    for c in r.criteria:
        fmt = lambda v: "-" if v is None else f"{v:g}"  # noqa: E731
        lines.append(f"{c.name:<23}{c.weight:>6g}  {fmt(c.floor):>5}  {fmt(c.mean_replied):>7}  {fmt(c.mean_not_replied):>11}  "
                     f"{'-' if c.auc is None else f'{c.auc:.2f}'}" + ("  low sample" if c.low_sample else ""))
    lines.append("")
    for s in r.suggestions:
        lines.append(f"suggest {s.kind} {s.target}: {s.current} -> {s.suggested}  ({s.evidence})")
    lines += r.notes
    return "\n".join(lines)
